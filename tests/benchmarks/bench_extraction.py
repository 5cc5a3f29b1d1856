"""Extraction speed on a 300 KB portal page (run: ``uv run python -m tests.benchmarks.bench_extraction``).

The page is generated here, shaped like a district portal's article page: a long header and navigation,
sidebars and "related articles" lists full of links, inline script and style, a footer, and an article of
about 10,000 characters with bold sub-headings, a table and a list. It is written to a temporary folder,
loaded once, and ``extract`` is timed on the loaded document (budget: 150 ms, architecture.md); loading
plus extraction is reported beside it.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.timing import measure, report

TARGET_BYTES = 300 * 1024
BUDGET_SECONDS = 0.150
TITLE = "关于进一步做好城乡社区综合服务设施建设工作的情况通报"

_WORDS = [
    "社区",
    "街道",
    "居民",
    "服务",
    "中心",
    "建设",
    "推进",
    "工作",
    "群众",
    "便民",
    "养老",
    "托育",
    "医疗",
    "卫生",
    "文化",
    "体育",
    "就业",
    "培训",
    "志愿者",
    "网格",
    "治理",
    "安全",
    "应急",
    "环境",
    "绿化",
    "道路",
    "交通",
    "停车",
    "供水",
    "供电",
    "燃气",
    "改造",
    "提升",
    "完善",
    "落实",
    "保障",
    "制度",
    "机制",
    "平台",
    "数字",
    "智慧",
    "信息",
    "数据",
    "共享",
    "办理",
    "窗口",
    "事项",
    "政策",
    "资金",
    "项目",
    "年度",
    "计划",
    "目标",
]
_PUNCT = "，，，、；。"


def _sentence(rng: random.Random, length: int) -> str:
    parts = []
    for _ in range(length):
        parts.append(rng.choice(_WORDS))
        if rng.random() < 0.25:
            parts.append(rng.choice(_PUNCT[:-1]))
    return "".join(parts).strip("，、；") + "。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng, rng.randint(12, 30)) for _ in range(rng.randint(3, 6)))


def _links(rng: random.Random, count: int, prefix: str) -> str:
    items = []
    for index in range(count):
        title = "".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 10)))
        items.append(
            f'<li><a href="https://www.example.gov.cn/{prefix}/{index:04d}.html" target="_blank" '
            f'title="{title}">{title}</a>'
            f'<span class="date">2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</span></li>'
        )
    return "<ul>" + "".join(items) + "</ul>"


def portal_page(seed: int = 300) -> str:
    """A portal article page of about ``TARGET_BYTES`` UTF-8 bytes."""
    rng = random.Random(seed)
    body = []
    for section in range(6):
        body.append(f"<p><strong>{section + 1}、{''.join(rng.choice(_WORDS) for _ in range(6))}</strong></p>")
        body.extend(f'<p style="text-indent:2em">{_paragraph(rng)}</p>' for _ in range(7))
    rows = "".join(
        f"<tr><td>{rng.choice(_WORDS)}{rng.choice(_WORDS)}</td><td>{rng.randint(10, 99)}</td>"
        f"<td>{rng.randint(1, 9)}.{rng.randint(0, 9)}%</td></tr>"
        for _ in range(12)
    )
    body.insert(20, f"<table><tr><th>项目</th><th>数量</th><th>增长</th></tr>{rows}</table>")
    body.insert(30, "<ul>" + "".join(f"<li>{_sentence(rng, 10)}</li>" for _ in range(8)) + "</ul>")
    article = "".join(body)

    head = (
        f"<head><meta charset='utf-8'><title>{TITLE}_某某区人民政府</title>"
        f"<meta name='ArticleTitle' content='{TITLE}'><meta name='PubDate' content='2025-04-18 10:00'>"
        "<meta name='ContentSource' content='某某区民政局'>"
        "<style>" + ".c{color:#333;margin:0 auto}" * 300 + "</style>"
        "<script>var config = {" + ",".join(f"k{i}: 'v{i}'" for i in range(1500)) + "};</script></head>"
    )
    header = (
        '<div style="position:absolute;left:-9999px"><a href="http://spam.example.com/">某某棋牌</a></div>'
        "<div class='top'><a href='https://www.gov.cn/'>中国政府网</a> | <a href='#'>无障碍</a> | "
        "<a href='#'>关怀版</a> <a href='#'>注册</a> <a href='#'>登录</a> 网站支持IPv6</div>"
        "<div class='nav'>" + _links(rng, 120, "nav") + "</div>"
        "<div class='position'>您当前位置：<a href='#'>首页</a> &gt; <a href='#'>政务公开</a> &gt; 正文</div>"
    )
    main = (
        f"<div class='article'><h1>{TITLE}</h1>"
        "<div class='info'>日期：2025-04-18 来源：某某区民政局 字号：大 中 小 打印本页</div>"
        f"<div class='content' id='zoom'>{article}</div>"
        "<div class='qr'><img src='qr.png' alt='二维码'>扫一扫在手机打开当前页</div></div>"
    )
    footer = (
        "<div class='footer'>主办单位：某某区人民政府办公室 承办：某某区大数据发展中心 "
        "网站标识码：0000000000 某ICP备00000000号 公网安备 00000000000000号</div>"
    )
    sidebar_parts = []
    page = ""
    # Fill with sidebars and related-article lists until the page reaches its size, as portals do.
    while True:
        sidebar = "<div class='side'>" + "".join(sidebar_parts) + "</div>"
        page = f"<!DOCTYPE html><html>{head}<body>{header}{main}{sidebar}{footer}</body></html>"
        if len(page.encode("utf-8")) >= TARGET_BYTES:
            return page
        sidebar_parts.append(f"<h3>相关信息</h3>{_links(rng, 20, f'side{len(sidebar_parts)}')}")


def main() -> int:
    from reader.core.extraction import extract, extract_file
    from reader.core.loading import load

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        path = Path(folder) / "portal-300k.html"
        path.write_text(portal_page(), encoding="utf-8")
        size_kb = path.stat().st_size / 1024
        document = load(path)
        article = extract(document)
        facts = (
            f"{size_kb:.0f} KB page, body {len(article.text):,} chars, "
            f"title {'ok' if article.title == TITLE else repr(article.title[:30])}"
        )
        report(
            "extraction of a 300 KB portal page",
            measure(lambda: extract(document)),
            budget=BUDGET_SECONDS,
            extra=facts,
        )
        report("load + extraction of the same page", measure(lambda: extract_file(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
