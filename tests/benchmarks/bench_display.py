"""Display changes on a 1,000,000-character novel, through the window as the user makes them.

Run: ``uv run python -m tests.benchmarks.bench_display``.

The novel is generated as in ``bench_open_large`` and opened in a 1280×900 ``MainWindow`` (offscreen).
Each timed run makes one change with ``MainWindow.change`` (what the toolbar, the menus and the keys do:
settings applied, scheme through ``ThemeManager``, reading position kept), processes the events it posted
and repaints the reading view's viewport. Measured, each as a median against the 150 ms budget
(architecture.md):

1. text size one step up or down (Ctrl+= / Ctrl+-) with the reading position at the top, in the middle
   and near the end of the book: keeping the position needs the text laid out down to it, so the middle
   and the end cost more;
2. colour scheme, cycling through the fixed schemes and ``default``;
3. line spacing, and the line-width limit (viewport margins only).
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

BUDGET_SECONDS = 0.150
RUNS = 8


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reader-bench-display-") as temporary:
        folder = Path(temporary)
        os.environ.setdefault("READER_CONFIG_DIR", str(folder / "config"))
        novel = folder / "novel.txt"
        length = write_novel(novel)
        print(f"generated {novel.name}: {length} characters", flush=True)
        in_window(novel)
    return 0


def in_window(novel: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.core.display import DocPosition
    from reader.core.themes import list_themes
    from reader.ui.app import application
    from reader.ui.mainwindow import MainWindow

    application()
    window = MainWindow(is_persistent=False, shows_problems=False)
    window.resize(1280, 900)
    window.show()
    if not window.open_path(novel):
        raise RuntimeError(f"could not open {novel}")
    view = window.reading_view
    QApplication.processEvents()
    view.viewport().repaint()
    display = window.display
    assert display is not None
    blocks = len(display.blocks)

    def timed(change: object) -> float:
        started = time.perf_counter()
        change()  # type: ignore[operator]
        QApplication.processEvents()
        view.viewport().repaint()
        return time.perf_counter() - started

    def size_steps(where: float) -> tuple[list[float], bool]:
        # A place in the whole book (a long text is shown a section at a time).
        view.scroll_to(DocPosition(min(int(blocks * where), blocks - 1), 0))
        QApplication.processEvents()
        before = view.reading_place()
        steps = [window.larger_text, window.smaller_text]
        timed(steps[0])
        timed(steps[1])  # warm-up at this place
        timings = [timed(steps[run % 2]) for run in range(RUNS)]
        return timings, view.reading_place() == before

    for label, where in (("top", 0.0), ("middle", 0.5), ("end", 0.97)):
        timings, kept = size_steps(where)
        report(
            f"text size step on 1M-char TXT at the {label} until repainted",
            timings,
            budget=BUDGET_SECONDS,
            extra=f"position kept: {kept}",
        )

    view.scroll_to(DocPosition(0, 0))
    schemes = itertools.cycle([theme.name for theme in list_themes()[1:]] + [list_themes()[0].name])
    for _ in range(3):
        timed(lambda: window.change(theme=next(schemes)))
    report(
        "scheme change on 1M-char TXT through the window until repainted",
        [timed(lambda: window.change(theme=next(schemes))) for _ in range(RUNS * 2)],
        budget=BUDGET_SECONDS,
    )
    spacings = itertools.cycle([1.3, 1.5, 2.0, 1.8])
    report(
        "line spacing change on 1M-char TXT until repainted",
        [timed(lambda: window.change(line_spacing=next(spacings))) for _ in range(RUNS)],
        budget=BUDGET_SECONDS,
    )
    widths = itertools.cycle([30, 0, 40, 0])
    report(
        "line width limit change on 1M-char TXT until repainted",
        [timed(lambda: window.change(max_line_width_chars=next(widths))) for _ in range(RUNS)],
        budget=BUDGET_SECONDS,
    )
    window.close()


if __name__ == "__main__":
    sys.exit(main())
