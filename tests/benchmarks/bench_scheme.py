"""Changing the colour scheme on a 1,000,000-character novel.

Run: ``uv run python -m tests.benchmarks.bench_scheme``.

The novel is generated as in ``bench_open_large`` and opened in a 1280×900 ``MainWindow`` (offscreen).
Each timed run applies the next scheme in the cycle (every fixed scheme, then ``default``) through
``ThemeManager.apply`` and stops when:

1. the reading view's viewport has repainted (``viewport().repaint()``) — the budget's measure, 150 ms
   (architecture.md); the events the change posted (style and palette changes, polish) are processed
   first, so their cost is counted;
2. the whole window (toolbar, menu bar, status bar, page) has repainted — reported beside it.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_open_large import write_novel
from tests.benchmarks.timing import report

SCHEME_BUDGET_SECONDS = 0.150
RUNS = 16


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reader-bench-scheme-") as temporary:
        folder = Path(temporary)
        os.environ.setdefault("READER_CONFIG_DIR", str(folder / "config"))
        novel = folder / "novel.txt"
        length = write_novel(novel)
        print(f"generated {novel.name}: {length} characters", flush=True)
        in_window(novel)
    return 0


def in_window(novel: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.core.themes import list_themes
    from reader.ui.app import application
    from reader.ui.mainwindow import MainWindow
    from reader.ui.theming import ThemeManager

    app = application()
    window = MainWindow()
    window.resize(1280, 900)
    window.show()
    if not window.open_path(novel):
        raise RuntimeError(f"could not open {novel}")
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline and window.reading_view.document().characterCount() < 1000:
        app.processEvents()
    window.repaint()
    manager = getattr(window, "theme_manager", None) or ThemeManager(app)
    point_size = window.reading_view.point_size
    cycle = itertools.cycle([*[t for t in list_themes() if not t.is_system], list_themes()[0]])
    view = window.reading_view.viewport()

    def change(repaint: object) -> float:
        theme = next(cycle)
        started = time.perf_counter()
        manager.apply(theme, font_size_pt=point_size, big_toolbar=False)
        QApplication.processEvents()
        repaint_target = view if repaint is view else window
        repaint_target.repaint()
        return time.perf_counter() - started

    for _ in range(3):  # warm-up: style creation, template reads, glyph caches
        change(view)
    page = [change(view) for _ in range(RUNS)]
    shown = f"{window.reading_view.document().characterCount()} characters shown"
    report(
        "scheme change on 1M-char TXT until the page repainted",
        page,
        budget=SCHEME_BUDGET_SECONDS,
        extra=shown,
    )
    whole = [change(window) for _ in range(RUNS)]
    report("scheme change on 1M-char TXT until the whole window repainted", whole)
    window.close()


if __name__ == "__main__":
    sys.exit(main())
