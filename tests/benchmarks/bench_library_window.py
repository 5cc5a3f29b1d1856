"""The 文库 dialog on 10,000 articles (run: ``uv run python -m tests.benchmarks.bench_library_window``).

The library is filled straight through SQL (10,000 rows of the store's ``articles`` table, each naming a
small real file, half of them opened), so this measures the window, not the import
(``bench_library_import`` does that). Reported, each the median of several windows:

- the dialog shown and painted from the command (Ctrl+L), the first time in a window (the library file
  is opened then too) and again (budget 200 ms for both);
- the 全部文章 list of all 10,000 articles filled and painted;
- a search typed in the dialog, listed and painted (the search index is empty here: the query cost is
  ``bench_library_search``'s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.timing import report

ARTICLES = 10_000
RUNS = 5
BUDGET = 0.200


def fill(folder: Path) -> Path:
    """A library of :data:`ARTICLES` articles whose files exist; returns its path."""
    from reader.core.library import Library

    path = folder / "library.db"
    files = folder / "files"
    files.mkdir()
    rows = []
    now = time.time()
    for number in range(ARTICLES):
        file = files / f"{number:05d}.html"
        file.write_text(f"<p>{number}</p>", encoding="utf-8")
        opened = now - number if number % 2 == 0 else None
        title = f"第{number}号 关于进一步做好养老服务工作的通知"
        rows.append(
            (str(file), f"{number:064x}", title, "2025-05-03", "民政局", "utf-8", "zh-Hans", 20, now, opened)
        )
    with Library(path) as library:
        conn = library._conn  # the benchmark writes the rows in one go, as an import would over time
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO articles (path, content_hash, title, date, source, encoding, script, size, "
            "added_at, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")
    return path


def one_window(folder: Path, library_path: Path, run: int) -> tuple[float, float, float, float]:
    """Seconds to show the dialog (first time, again), to list all articles and to list a search."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.settings import SettingsStore
    from reader.ui.mainwindow import MainWindow

    store = SettingsStore(folder / f"settings{run}.json")
    window = MainWindow(store=store, library_path=library_path, shows_problems=False)
    window.resize(1100, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QApplication.processEvents()

    def shown() -> float:
        started = time.perf_counter()
        window.commands["library"].trigger()
        dialog = window.library.dialog
        assert dialog is not None
        QTest.qWaitForWindowExposed(dialog)
        QApplication.processEvents()
        dialog.repaint()
        return time.perf_counter() - started

    first = shown()
    dialog = window.library.dialog
    assert dialog is not None and dialog.row_count() == 200  # "continue reading": the 200 latest
    dialog.reject()
    QApplication.processEvents()
    again = shown()

    started = time.perf_counter()
    dialog.choice.setCurrentIndex(1)
    QApplication.processEvents()
    dialog.repaint()
    whole = time.perf_counter() - started
    assert dialog.row_count() == ARTICLES

    started = time.perf_counter()
    dialog.field.setText("养老服务")
    dialog.search()
    QApplication.processEvents()
    dialog.repaint()
    searched = time.perf_counter() - started
    dialog.reject()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return first, again, whole, searched


def main() -> int:
    from reader.ui.app import application

    application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        library_path = fill(folder)
        runs = [one_window(folder, library_path, run) for run in range(RUNS)]
    first, again, whole, searched = (list(column) for column in zip(*runs, strict=True))
    report(f"library window shown, first time ({ARTICLES} articles)", first, budget=BUDGET)
    report(f"library window shown again ({ARTICLES} articles)", again, budget=BUDGET)
    report(f"library window, all {ARTICLES} articles listed", whole)
    report("library window, a search listed", searched)
    return 0


if __name__ == "__main__":
    sys.exit(main())
