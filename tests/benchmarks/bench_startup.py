"""Start-up to first paint (run: ``uv run python -m tests.benchmarks.bench_startup [--platform xcb]``).

Each run starts ``reader FILE --screenshot OUT`` (as ``python -m reader``) in a fresh process, on the bundled
sample and on a generated 20,000-character article, with ``READER_REPORT_TIMING=1`` so the app prints, at
the reading view's first paint, the seconds since its process started and since ``run`` was called and its
PSS then. Reported: the median of those, and the whole process's wall time (start to exit, PNG written).
Budget (architecture.md): 0.5 s to the painted 20,000-character article, PSS ≤ 150 MB. The platform is
``offscreen`` unless ``--platform xcb`` is given (then ``DISPLAY`` must point at an X server, e.g. Xvfb).
With ``PYTHONDONTWRITEBYTECODE`` set (as in some sandboxes) every run compiles the project's sources again
(~70 ms an installed reader never pays); ``--cached-bytecode`` lets the runs share compiled bytecode in a
temporary ``PYTHONPYCACHEPREFIX`` instead.
The runs are sequential cold-ish starts: the OS file cache is warm after the first, as in the budget's
"warm start".
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.timing import report

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
BUDGET_SECONDS = 0.5
PSS_BUDGET_MB = 150
RUNS = 7
TIMING = re.compile(r"reader-timing: first-paint run=([\d.]+) process=([-\d.]+) pss-kb=(-?\d+)")

_PHRASES = (
    "青溪区民政局",
    "综合养老服务中心",
    "日间照料",
    "助餐服务",
    "社区卫生服务站",
    "老年大学",
    "家庭医生签约",
    "适老化改造",
    "志愿服务队",
    "为民办实事",
    "持续推进",
    "不断完善",
    "有效提升",
    "群众满意度",
    "基本公共服务",
)


def chinese_paragraph(rng: random.Random, length: int) -> str:
    """A paragraph of plausible Chinese text, ``length`` characters long."""
    parts: list[str] = []
    size = 0
    while size < length:
        clause = "".join(rng.choice(_PHRASES) for _ in range(rng.randint(2, 4)))
        clause += rng.choice("，，，。；")
        parts.append(clause)
        size += len(clause)
    return "".join(parts)[: length - 1] + "。"


def article_html(characters: int, *, seed: int = 7) -> str:
    """A portal-like saved article page whose body has about ``characters`` characters."""
    rng = random.Random(seed)
    body: list[str] = []
    size = 0
    number = 0
    while size < characters:
        if number % 8 == 0:
            heading = f"{'一二三四五六七八九十'[(number // 8) % 10]}、工作进展"
            body.append(f"<p><strong>{heading}</strong></p>")
            size += len(heading)
        text = chinese_paragraph(rng, rng.randint(150, 400))
        body.append(f"<p>{text}</p>")
        size += len(text)
        number += 1
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>青溪区养老服务体系建设情况通报_青溪区人民政府"
        "</title></head><body><div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a></div>"
        "<div class='crumb'>您当前位置：首页 &gt; 政务公开 &gt; 工作动态</div>"
        "<h1>青溪区养老服务体系建设情况通报</h1><div class='info'>日期：2025-05-03 来源：青溪区民政局</div>"
        "<div class='content'>" + "".join(body) + "</div>"
        "<div class='footer'>主办单位：青溪区人民政府办公室</div></body></html>"
    )


def start_once(
    file: Path, out: Path, platform: str, *, pycache: Path | None = None
) -> tuple[float, float, float, int]:
    """One cold start; returns (wall, process→paint, run→paint, pss kB)."""
    env = {**os.environ, "READER_REPORT_TIMING": "1", "QT_QPA_PLATFORM": platform}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.setdefault("READER_CONFIG_DIR", str(out.parent / "config"))
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(file), "--screenshot", str(out)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall = time.perf_counter() - started
    match = TIMING.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"reader exited {result.returncode}: {result.stderr[-2000:]}")
    return wall, float(match.group(2)), float(match.group(1)), int(match.group(3))


def bench(name: str, file: Path, folder: Path, platform: str, *, pycache: Path | None = None) -> None:
    out = folder / f"{name}.png"
    runs = [start_once(file, out, platform, pycache=pycache) for _ in range(RUNS + 1)][1:]
    wall, process, in_run, pss = (list(column) for column in zip(*runs, strict=True))
    pss_mb = statistics.median(pss) / 1024
    verdict = "within" if pss_mb <= PSS_BUDGET_MB else "OVER"
    pss_note = f"PSS median {pss_mb:.0f} MB (budget {PSS_BUDGET_MB} MB, {verdict})"
    report(
        f"startup {name} [{platform}] process start→first paint",
        process,
        budget=BUDGET_SECONDS,
        extra=pss_note,
    )
    report(f"startup {name} [{platform}] run()→first paint", in_run)
    report(f"startup {name} [{platform}] whole process incl. exit", wall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--platform", default="offscreen", help="Qt platform plugin (offscreen or xcb)")
    parser.add_argument(
        "--cached-bytecode",
        action="store_true",
        help="share compiled bytecode between the runs even where PYTHONDONTWRITEBYTECODE is set",
    )
    args = parser.parse_args(argv)
    from reader.core.resources import sample_article

    with tempfile.TemporaryDirectory(prefix="reader-bench-startup-") as temporary:
        folder = Path(temporary)
        generated = folder / "article-20k.html"
        generated.write_text(article_html(20_000), encoding="utf-8")
        pycache = folder / "pycache" if args.cached_bytecode else None
        bench("sample", sample_article(), folder, args.platform, pycache=pycache)
        bench("20k-article", generated, folder, args.platform, pycache=pycache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
