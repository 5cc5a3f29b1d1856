"""Opening a 1,000,000-character TXT novel (run: ``uv run python -m tests.benchmarks.bench_open_large``).

Two novels are generated into a temporary folder (never committed), UTF-8: the *paragraph* shape
(chapters of indented paragraphs separated by blank lines) and the *sentence* shape (one line per
sentence, no blank line, no indent: how novels and text copied from a page usually come, and what a
quadratic join once took 80 s over). Measured:

1. in a running window (offscreen, 1280×900), paragraph shape: ``MainWindow.open_path`` until the
   reading view has painted the new text, median of several runs, with the steps (load, extract, render
   to HTML, show) timed separately on the side; budget 1.0 s (architecture.md);
2. changing the text size on that novel until repainted (budget 150 ms);
3. for both shapes, ``load`` + ``extract`` in this process (median of several runs), and a cold
   ``reader NOVEL --screenshot`` in a fresh process, process start → first paint, and its PSS then
   (budgets 1.0 s and 250 MB);
4. memory: peak RSS of ``load`` + ``extract`` of a 20 MB and a 60 MB sentence-shaped TXT, each in a
   fresh process, against 6× the file's size for what loading and extracting add.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_startup import PROJECT_DIR, chinese_paragraph, start_once
from tests.benchmarks.timing import measure, report

CHARACTERS = 1_000_000
OPEN_BUDGET_SECONDS = 1.0
FONT_BUDGET_SECONDS = 0.150
PSS_BUDGET_MB = 250
MEMORY_FACTOR_BUDGET = 6
"""Loading and extracting a text file may add at most this many times its size in memory."""
MEMORY_SIZES_MB = (20, 60)
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


def write_sentence_novel(path: Path, characters: int = CHARACTERS, *, seed: int = 13) -> int:
    """Write a TXT novel with one sentence a line and no blank line or indent; return its length."""
    rng = random.Random(seed)
    lines = ["青溪往事"]
    size = 0
    chapter = 0
    while size < characters:
        if size >= chapter * 20_000:
            chapter += 1
            lines.append(f"第{chapter}章　社区里的新变化")
        clauses = chinese_paragraph(rng, rng.randint(8, 60)).replace("。", "，").rstrip("，；")
        sentence = clauses + rng.choice("。。。！？…")
        if rng.random() < 0.2:
            sentence = f"“{sentence}”"
        lines.append(sentence)
        size += len(sentence) + 1
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reader-bench-large-") as temporary:
        folder = Path(temporary)
        os.environ.setdefault("READER_CONFIG_DIR", str(folder / "config"))
        novels = {"paragraphs": folder / "novel.txt", "sentences": folder / "sentences.txt"}
        for shape, novel in novels.items():
            length = (write_novel if shape == "paragraphs" else write_sentence_novel)(novel)
            print(f"generated {novel.name}: {length} characters, {novel.stat().st_size} bytes", flush=True)
        in_window(novels["paragraphs"])
        for shape, novel in novels.items():
            core(shape, novel)
            cold(shape, novel, folder)
        for megabytes in MEMORY_SIZES_MB:
            memory(megabytes, folder)
    return 0


def core(shape: str, novel: Path) -> None:
    """``load`` + ``extract`` of one novel in this process."""
    from reader.core.extraction import extract
    from reader.core.loading import load

    article = extract(load(novel))
    longest = max(len(block.text) for block in article.blocks)
    report(
        f"open 1M-char TXT ({shape}) core: load + extract",
        measure(lambda: extract(load(novel)), runs=RUNS),
        extra=f"{len(article.blocks):,} blocks, longest {longest:,} characters",
    )


def cold(shape: str, novel: Path, folder: Path) -> None:
    """A cold ``reader NOVEL --screenshot``: process start → first paint, and PSS then."""
    runs = [start_once(novel, folder / "novel.png", os.environ["QT_QPA_PLATFORM"]) for _ in range(3)]
    pss_mb = statistics.median(run[3] for run in runs) / 1024
    verdict = "within" if pss_mb <= PSS_BUDGET_MB else "OVER"
    report(
        f"open 1M-char TXT ({shape}) cold: process start→first paint",
        [run[1] for run in runs],
        budget=OPEN_BUDGET_SECONDS,
        extra=f"PSS median {pss_mb:.0f} MB (budget {PSS_BUDGET_MB} MB, {verdict})",
    )


_MEMORY_PROBE = """
import sys, time
from reader.core.extraction import extract
from reader.core.loading import load

def status_kb(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))

# Warm up on a small file of the same shape: what the modules load on first use (decoder tables,
# language statistics) is the interpreter's, not the file's.
extract(load(sys.argv[2]))
before = status_kb("VmRSS")
started = time.perf_counter()
article = extract(load(sys.argv[1]))
seconds = time.perf_counter() - started
# VmHWM, this process's own peak. Not getrusage's ru_maxrss: Linux carries over into it, at exec, the
# peak of the process image it replaced, which with vfork is the parent's (the benchmark's window).
peak = status_kb("VmHWM")
print(before, peak, seconds, len(article.blocks))
"""


def memory(megabytes: int, folder: Path) -> None:
    """Peak RSS of ``load`` + ``extract`` of a sentence-shaped TXT of ``megabytes`` MB, in a fresh process."""
    path = folder / f"novel-{megabytes}mb.txt"
    write_sentence_novel(path, megabytes * 1024 * 1024 // 3, seed=megabytes)  # 3 UTF-8 bytes a character
    small = folder / "novel-small.txt"
    write_sentence_novel(small, 20_000, seed=megabytes)
    size_mb = path.stat().st_size / (1024 * 1024)
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(path), str(small)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    before_kb, peak_kb, seconds, blocks = result.stdout.split()
    added_mb = (int(peak_kb) - int(before_kb)) / 1024
    factor = added_mb / size_mb
    verdict = "within" if factor <= MEMORY_FACTOR_BUDGET else "OVER"
    print(
        f"BENCH memory of load + extract, {size_mb:.0f} MB TXT ({int(blocks):,} blocks, "
        f"{float(seconds):.2f} s): peak RSS {int(peak_kb) / 1024:.0f} MB, {added_mb:.0f} MB over the "
        f"warmed-up interpreter's {int(before_kb) / 1024:.0f} MB = {factor:.1f}× the file "
        f"(budget {MEMORY_FACTOR_BUDGET}×, {verdict})",
        flush=True,
    )
    path.unlink()


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
    for run in range(RUNS * 2):
        started = time.perf_counter()
        if run % 2 == 0:
            window.larger_text()
        else:
            window.smaller_text()
        view.viewport().repaint()
        sizes.append(time.perf_counter() - started)
    report("font size change on 1M-char TXT until repainted", sizes, budget=FONT_BUDGET_SECONDS)
    window.close()


if __name__ == "__main__":
    sys.exit(main())
