"""OpenCC conversion through ``reader.core.conversion`` against raw OpenCC, on 1,000,000 characters (run:
``uv run python -m tests.benchmarks.bench_conversion``).

The text is generated here: portal-style paragraphs of 100–400 characters made of common words, with
about one word in twenty from the phrase dictionaries (U盘, 软件, 鼠标, 内存, 打印机, 肯尼亚…) and some
Latin, digits and punctuation. For s2t and s2twp, ``convert`` (text + offset map) and the raw binding's
``convert`` are timed in the same run, alternately; the budget is our median ≤ 1.3 × OpenCC's. Beside
that: aligning one paragraph of a phrase conversion on first use (what the first position question about
a paragraph costs), and converting paragraph by paragraph (what a window that must stay responsive does).
"""

from __future__ import annotations

import random
import statistics
import sys

import opencc

from tests.benchmarks.timing import measure, report

TARGET_CHARS = 1_000_000
RATIO_BUDGET = 1.3
CONFIGS = ("s2t", "s2twp")

_WORDS = [
    "关于",
    "进一步",
    "加强",
    "政务",
    "公开",
    "工作",
    "的",
    "通知",
    "各",
    "区",
    "人民政府",
    "市政府",
    "各",
    "部门",
    "为",
    "贯彻",
    "落实",
    "国务院",
    "办公厅",
    "要求",
    "推进",
    "基层",
    "服务",
    "标准化",
    "规范化",
    "现",
    "将",
    "有关",
    "事项",
    "通知",
    "如下",
    "一",
    "总体",
    "目标",
    "到",
    "年底",
    "建成",
    "覆盖",
    "城乡",
    "养老",
    "服务",
    "体系",
    "社区",
    "街道",
    "老年人",
    "健康",
    "医疗",
    "保障",
    "信息",
    "网络",
    "平台",
    "数据",
    "安全",
    "管理",
    "制度",
    "落实",
    "责任",
    "群众",
    "满意度",
    "明显",
    "提升",
    "经济",
    "发展",
    "质量",
    "效益",
    "科技",
    "创新",
    "能力",
    "增强",
    "生态",
    "环境",
    "持续",
    "改善",
]
_PHRASES = [
    "U盘",
    "软件",
    "鼠标",
    "内存",
    "打印机",
    "肯尼亚",
    "出租车",
    "信息",
    "网络",
    "SQL注入",
    "数据库",
    "硬盘",
    "视频",
    "程序",
]
_OTHER = ["2024", "年", "5", "月", "ABC", "IPv6", "（", "）", "“", "”"]
_PUNCT = "，，，。、；"


def portal_text(seed: int = 4) -> str:
    """Paragraphs separated by newlines, about ``TARGET_CHARS`` characters in all."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < TARGET_CHARS:
        length = rng.randint(100, 400)
        words: list[str] = []
        count = 0
        while count < length:
            roll = rng.random()
            if roll < 0.05:
                word = rng.choice(_PHRASES)
            elif roll < 0.08:
                word = rng.choice(_OTHER)
            elif roll < 0.2:
                word = rng.choice(_PUNCT)
            else:
                word = rng.choice(_WORDS)
            words.append(word)
            count += len(word)
        paragraph = "".join(words) + "。\n"
        parts.append(paragraph)
        size += len(paragraph)
    return "".join(parts)[:TARGET_CHARS]


def main() -> int:
    text = portal_text()
    for config in CONFIGS:
        compare(text, config)
    first_questions(text)
    return 0


def compare(text: str, config: str) -> None:
    """Our ``convert`` against the raw binding's, alternately; then paragraph by paragraph."""
    from reader.core.conversion import convert, converter

    raw = opencc.OpenCC(config, include_tofu_risk_dictionaries=False)
    converter(config)
    paragraphs = text.split("\n")
    ours_times: list[float] = []
    raw_times: list[float] = []
    for _ in range(7):
        # Alternate, so that a noisy neighbour on this shared machine hits both alike.
        raw_times.extend(measure(lambda: raw.convert(text), runs=1, warmup=0))
        ours_times.extend(measure(lambda: convert(text, config), runs=1, warmup=0))
    ratio = statistics.median(ours_times) / statistics.median(raw_times)
    verdict = "within" if ratio <= RATIO_BUDGET else "OVER"
    report(f"raw OpenCC {config} of 1,000,000 chars", raw_times, extra=f"{len(paragraphs):,} paragraphs")
    report(
        f"reader convert {config} of 1,000,000 chars (text + offset map)",
        ours_times,
        extra=f"ratio to raw {ratio:.2f}x; budget {RATIO_BUDGET}x, {verdict}",
    )
    report(
        f"reader convert {config}, paragraph by paragraph",
        measure(lambda: [convert(part, config) for part in paragraphs], runs=3),
    )


def first_questions(text: str) -> None:
    """The cost of the first position question about a paragraph of an s2twp conversion."""
    from reader.core.conversion import convert

    lines = text.split("\n")
    step = max(1, len(lines) // 50)
    starts = []
    offset = 0
    for index, line in enumerate(lines):
        if index % step == 0:
            starts.append(offset)
        offset += len(line) + 1
    # Each run asks a map nobody has asked yet (built here, outside the timing).
    fresh_maps = [convert(text, "s2twp").offsets for _ in range(4)]

    def ask() -> None:
        fresh = fresh_maps.pop()
        for start in starts:
            fresh.to_converted(start + 10)

    report(
        "s2twp: first position question in a paragraph (aligns it)",
        [seconds / len(starts) for seconds in measure(ask, runs=3)],
        extra=f"{len(convert(text, 's2twp').offsets.spans()):,} replaced phrases in the whole text",
    )


if __name__ == "__main__":
    sys.exit(main())
