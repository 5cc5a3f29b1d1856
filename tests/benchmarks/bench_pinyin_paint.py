"""拼音 painted over a 1,000,000-character novel at 32 pt.

Run: ``uv run python -m tests.benchmarks.bench_pinyin_paint``.

The novel of ``bench_open_large`` (one line per sentence) is opened in a 1280×900 window (offscreen) with
the text at 32 pt. Reported, each a median:

- a repaint of the reading view with tone-mark readings, the screen's readings already computed (the
  budget, 8 ms, is for the readings' share: the repaint without them is reported beside it);
- the first paint of a screen never shown before (readings computed for it: a jump into the book);
- turning readings on (the text restyled with room above the lines, and the first paint).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_open_large import write_novel
from tests.benchmarks.timing import report

RUNS = 9
PAINT_BUDGET = 0.008


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.core.display import DocPosition
    from reader.core.settings import SettingsStore
    from reader.ui.app import application
    from reader.ui.mainwindow import MainWindow

    application()
    with tempfile.TemporaryDirectory(prefix="reader-bench-pinyin-") as temporary:
        folder = Path(temporary)
        novel = folder / "novel.txt"
        length = write_novel(novel)
        window = MainWindow(
            store=SettingsStore(folder / "settings.json"), library_path=folder / "library.db", font_size=32
        )
        window.resize(1280, 900)
        window.show()
        if not window.open_path(novel):
            raise RuntimeError(f"could not open {novel}")
        QApplication.processEvents()
        view = window.reading_view
        display = view.display
        assert display is not None
        blocks = len(display.blocks)

        def repaint() -> float:
            started = time.perf_counter()
            view.viewport().repaint()
            return time.perf_counter() - started

        repaint()
        plain = [repaint() for _ in range(RUNS)]
        started = time.perf_counter()
        window.change(pinyin="marks")
        QApplication.processEvents()
        view.viewport().repaint()
        turned_on = time.perf_counter() - started
        repaint()
        warm = [repaint() for _ in range(RUNS)]
        cold = []
        for step in range(RUNS):
            view.scroll_to(DocPosition(blocks * (step + 1) // (RUNS + 2), 0))
            QApplication.processEvents()
            cold.append(repaint())
        shown = view.pinyin
        assert shown is not None
        overhead = [max(0.0, w - p) for w, p in zip(sorted(warm), sorted(plain), strict=True)]
        report(f"repaint at 32 pt without readings ({length} characters)", plain)
        report("repaint at 32 pt with tone-mark readings, screen computed", warm)
        report("readings' share of a repaint at 32 pt", overhead, budget=PAINT_BUDGET)
        report("first paint of a screen never shown (readings computed)", cold, budget=0.020 + PAINT_BUDGET)
        report("turning readings on (restyle and first paint)", [turned_on])
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
