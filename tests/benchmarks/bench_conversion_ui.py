"""The longest GUI-thread stall while the window converts a 1,000,000-character article (run:
``uv run python -m tests.benchmarks.bench_conversion_ui``).

The article is ``bench_conversion``'s generated portal text cut into its paragraphs, shown in an offscreen
1280×900 ``MainWindow``. A ``QTimer`` ticking every 5 ms records the gaps between its ticks while
``choose_conversion`` runs to the end; the longest gap is the longest time the window could not answer.
Reported: the longest gap during the conversion slices, the longest gap overall (which includes showing
the converted document: ``setHtml`` of 1,000,000 characters, the reading view's cost, not the
conversion's), and the total time from the choice to the converted document being shown. Medians of runs,
switching 原文 → s2t and 原文 → s2twp.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks.bench_conversion import portal_text
from tests.benchmarks.timing import report

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.mainwindow import MainWindow

RUNS = 5
TICK_MS = 5
STALL_BUDGET_MS = 50


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reader-bench-convert-ui-") as temporary:
        os.environ.setdefault("READER_CONFIG_DIR", str(Path(temporary) / "config"))
        run_window(Path(temporary))
    return 0


def run_window(folder: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.document import Block, BlockKind
    from reader.core.settings import SettingsStore
    from reader.ui.app import application
    from reader.ui.mainwindow import MainWindow
    from tests.ui.articles import make_opened

    app = application()
    text = portal_text()
    blocks = [Block(BlockKind.PARAGRAPH, line) for line in text.split("\n") if line.strip()]
    opened = make_opened(folder, blocks)
    characters = len(opened.article.text)
    print(f"article: {characters} characters in {len(blocks)} paragraphs", flush=True)
    window = MainWindow(store=SettingsStore(folder / "settings.json"), is_persistent=False)
    window.resize(1280, 900)
    window.show()
    window.show_opened(opened)
    QApplication.processEvents()

    ticks: list[float] = []
    timer = QTimer(window)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    shown: list[float] = []
    controls = window.conversion_controls
    original_show = controls._show

    def show(*args: object) -> None:
        shown.append(time.perf_counter())
        original_show(*args)  # type: ignore[arg-type]

    controls._show = show  # type: ignore[method-assign]

    for config in ("s2t", "s2twp"):
        runs = [_one_run(app, window, config, timer=timer, ticks=ticks, shown=shown) for _ in range(RUNS)]
        report(
            f"convert-ui {config} 1M chars: longest stall while converting",
            [r[0] for r in runs],
            budget=STALL_BUDGET_MS / 1000,
        )
        name = f"convert-ui {config} 1M chars"
        report(f"{name}: longest stall including showing the result", [r[1] for r in runs])
        report(f"{name}: total, choice → converted document shown", [r[2] for r in runs])
    window.close()
    window.deleteLater()
    app.processEvents()


def _one_run(
    app: QApplication,
    window: MainWindow,
    config: str,
    *,
    timer: QTimer,
    ticks: list[float],
    shown: list[float],
) -> tuple[float, float, float]:
    """One switch 原文 → ``config``: (longest gap while converting, longest gap overall, total) in seconds."""
    window.choose_conversion(None)
    app.processEvents()
    ticks.clear()
    shown.clear()
    timer.start()
    started = time.perf_counter()
    ticks.append(started)
    window.choose_conversion(config)
    deadline = started + 60
    while window.conversion != config and time.perf_counter() < deadline:
        app.processEvents()
    done = time.perf_counter()
    ticks.append(done)
    timer.stop()
    if window.conversion != config:
        raise RuntimeError(f"{config} never finished")
    gaps = [(b - a, b) for a, b in itertools.pairwise(ticks)]
    # Gaps that ended before the converted document began to be shown.
    converting = [gap for gap, end in gaps if not shown or end <= shown[0]]
    return max(converting, default=0.0), max(gap for gap, _ in gaps), done - started


if __name__ == "__main__":
    raise SystemExit(main())
