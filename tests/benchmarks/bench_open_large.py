"""Opening a 1,000,000-character TXT novel (run: ``uv run python -m tests.benchmarks.bench_open_large``).

The novel is generated into a temporary folder (never committed): chapters of plausible Chinese
paragraphs, UTF-8. Measured:

1. in a running window (offscreen, 1280×900): ``MainWindow.open_path`` until the reading view has painted
   the new text, median of several runs, with the steps (load, extract, render to HTML, show) timed
   separately on the side; budget 1.0 s (architecture.md);
2. changing the text size on that novel until repainted (budget 150 ms);
3. a cold ``reader NOVEL --screenshot`` in a fresh process, process start → first paint, and its PSS then
   (budget 250 MB).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_startup import chinese_paragraph, start_once
from tests.benchmarks.timing import report

CHARACTERS = 1_000_000
OPEN_BUDGET_SECONDS = 1.0
FONT_BUDGET_SECONDS = 0.150
PSS_BUDGET_MB = 250
RUNS = 5


def write_novel(path: Path, characters: int = CHARACTERS, *, seed: int = 11) -> int:
    """Write a TXT novel of about ``characters`` characters; return its exact length in characters."""
    rng = random.Random(seed)
    lines = ["青溪往事", ""]
    size = 0
    chapter = 0
    while size < characters:
        if size >= chapter * 20_000:
            chapter += 1
            lines += [f"第{chapter}章　社区里的新变化", ""]
        paragraph = "　　" + chinese_paragraph(rng, rng.randint(80, 600))
        lines += [paragraph, ""]
        size += len(paragraph)
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return len(text)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reader-bench-large-") as temporary:
        folder = Path(temporary)
        os.environ.setdefault("READER_CONFIG_DIR", str(folder / "config"))
        novel = folder / "novel.txt"
        length = write_novel(novel)
        print(f"generated {novel.name}: {length} characters, {novel.stat().st_size} bytes", flush=True)
        in_window(novel)
        cold = [start_once(novel, folder / "novel.png", os.environ["QT_QPA_PLATFORM"]) for _ in range(3)]
        pss_mb = statistics.median(c[3] for c in cold) / 1024
        verdict = "within" if pss_mb <= PSS_BUDGET_MB else "OVER"
        report(
            "open 1M-char TXT cold: process start→first paint",
            [c[1] for c in cold],
            extra=f"PSS median {pss_mb:.0f} MB (budget {PSS_BUDGET_MB} MB, {verdict})",
        )
    return 0


def in_window(novel: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.core.extraction import extract
    from reader.core.loading import load
    from reader.ui.app import application
    from reader.ui.mainwindow import MainWindow
    from reader.ui.rendering import render_article

    app = application()
    window = MainWindow()
    window.resize(1280, 900)
    window.show()
    QApplication.processEvents()
    painted: list[float] = []
    window.reading_view.content_painted.connect(lambda: painted.append(time.perf_counter()))

    def open_once() -> float:
        painted.clear()
        started = time.perf_counter()
        if not window.open_path(novel):
            raise RuntimeError(f"could not open {novel}")
        deadline = started + 30
        while not painted and time.perf_counter() < deadline:
            app.processEvents()
        if not painted:
            raise RuntimeError("the reading view never painted")
        return painted[0] - started

    open_once()  # warm-up: imports, fonts, caches
    opens = [open_once() for _ in range(RUNS)]
    report("open 1M-char TXT in window until painted", opens, budget=OPEN_BUDGET_SECONDS)

    steps: dict[str, list[float]] = {"load": [], "extract": [], "render html": []}
    for _ in range(RUNS):
        started = time.perf_counter()
        document = load(novel)
        steps["load"].append(time.perf_counter() - started)
        started = time.perf_counter()
        article = extract(document)
        steps["extract"].append(time.perf_counter() - started)
        started = time.perf_counter()
        render_article(article, document.resource)
        steps["render html"].append(time.perf_counter() - started)
    for step, timings in steps.items():
        report(f"open 1M-char TXT step: {step}", timings)

    view = window.reading_view
    sizes: list[float] = []
    for step in range(RUNS * 2):
        started = time.perf_counter()
        if step % 2 == 0:
            window.larger_text()
        else:
            window.smaller_text()
        view.viewport().repaint()
        sizes.append(time.perf_counter() - started)
    report("font size change on 1M-char TXT until repainted", sizes, budget=FONT_BUDGET_SECONDS)
    window.close()


if __name__ == "__main__":
    sys.exit(main())
