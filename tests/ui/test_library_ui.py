"""The library in the real window: articles remembered as they are shown, reading positions kept across
windows and 简繁, the 文库 dialog by keyboard (search, Enter opens at the hit, Delete removes), bookmarks,
importing a folder with a bad file, a missing file, and a damaged library told and rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.library import Library, Position
from reader.core.settings import SettingsStore
from reader.ui.librarydialog import NoteDialog
from reader.ui.mainwindow import MainWindow
from reader.ui.positions import cursor_position
from tests.ui.test_accessibility import mixes_languages
from tests.ui.test_keyboard import press

pytestmark = pytest.mark.gui

SENTENCE = "街道综合养老服务中心为周边老人提供助餐、日间照料和康复护理服务。"


def write_article(folder: Path, name: str, title: str, paragraphs: int = 60, extra: str = "") -> Path:
    """A saved page: a title and many numbered paragraphs (``extra`` added to paragraph 40)."""
    body = "".join(
        f"<p>第{n}段。{SENTENCE}{extra if n == 40 else ''}</p>\n" for n in range(1, paragraphs + 1)
    )
    path = folder / name
    path.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def new_window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(store=SettingsStore(folder / "settings.json"), library_path=folder / "library.db")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def open_and_remember(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.library.article_id is not None, timeout=10_000)


def block_of(window: MainWindow, start: str) -> int:
    """The display block that starts with ``start``."""
    display = window.reading_view.display
    assert display is not None
    return next(index for index, block in enumerate(display.blocks) if block.text.startswith(start))


def shown_config(window: MainWindow) -> str | None:
    display = window.reading_view.display
    return display.config if display is not None else "nothing shown"


def block_text(window: MainWindow) -> str:
    display = window.reading_view.display
    assert display is not None
    return display.blocks[window.reading_view.reading_place().block].text


def listen(window: MainWindow) -> list[str]:
    heard: list[str] = []
    window.announcer.said.connect(heard.append)
    return heard


def test_an_article_shown_is_kept_and_reopened_where_it_was_left(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path, "news.html", "青溪区养老服务")
    first = new_window(qtbot, tmp_path)
    open_and_remember(first, qtbot, path)
    first.navigation.go_to(block_of(first, "第40段。"))
    assert block_text(first).startswith("第40段")
    first.close()
    with Library(tmp_path / "library.db") as library:
        record = library.find(path)
        assert record is not None and record.position.block == 40 and record.opened_at is not None

    second = new_window(qtbot, tmp_path)
    heard = listen(second)
    open_and_remember(second, qtbot, path)
    qtbot.waitUntil(lambda: block_text(second).startswith("第40段"))
    assert cursor_position(second.reading_view.textCursor()).block == block_of(second, "第40段。")
    assert any(text.startswith("回到上次读到的地方") for text in heard)
    second.close()


def test_the_position_survives_conversion_and_a_reader_who_moved_stays(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path, "news.html", "青溪区养老服务")
    first = new_window(qtbot, tmp_path)
    open_and_remember(first, qtbot, path)
    first.choose_conversion("s2twp")
    qtbot.waitUntil(lambda: shown_config(first) == "s2twp")
    first.navigation.go_to(block_of(first, "第30段。"))
    assert block_text(first).startswith("第30段")
    first.library.save_position()
    first.choose_conversion(None)
    qtbot.waitUntil(lambda: shown_config(first) is None)
    assert block_text(first).startswith("第30段")
    first.close()
    with Library(tmp_path / "library.db") as library:
        record = library.find(path)
        assert record is not None and record.position == Position(30, 0)


def test_switching_articles_keeps_each_position(qtbot: QtBot, tmp_path: Path) -> None:
    one = write_article(tmp_path, "one.html", "第一篇")
    two = write_article(tmp_path, "two.html", "第二篇")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, one)
    window.navigation.go_to(block_of(window, "第20段。"))
    open_and_remember(window, qtbot, two)
    window.navigation.go_to(block_of(window, "第10段。"))
    open_and_remember(window, qtbot, one)
    qtbot.waitUntil(lambda: block_text(window).startswith("第20段"))
    window.close()
    with Library(tmp_path / "library.db") as library:
        positions = {Path(r.path).name: r.position.block for r in library.articles()}
    assert positions == {"one.html": 20, "two.html": 10}


def library_dialog(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    press(window.reading_view, "Ctrl+L")
    dialog = window.library.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    return dialog


def test_library_search_by_keyboard_opens_at_the_hit(qtbot: QtBot, tmp_path: Path) -> None:
    one = write_article(tmp_path, "one.html", "第一篇", extra="独有词汇青溪湖。")
    two = write_article(tmp_path, "two.html", "第二篇")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, one)
    open_and_remember(window, qtbot, two)
    heard = listen(window)
    dialog = library_dialog(window, qtbot)
    assert [entry.article.title for entry in dialog.entries()] == ["第二篇", "第一篇"]  # most recent first
    dialog.field.insert("青谿湖")  # traditional 谿 finds simplified 溪
    qtbot.waitUntil(lambda: dialog.count.text() == "找到 1 篇")
    assert heard[-1] == "找到 1 篇"
    entry = dialog.entries()[0]
    assert entry.article.title == "第一篇" and entry.hit == "青溪湖"
    assert "青溪湖" in dialog.item_texts()[0]
    press(dialog.field, "Return")
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.path.name == "one.html")
    assert not dialog.isVisible()
    assert window.reading_view.textCursor().selectedText() == "青溪湖"
    assert block_text(window).startswith("第40段")
    # The hit wins over the kept position (which was the top).
    qtbot.waitUntil(lambda: window.library.article_id is not None)
    qtbot.wait(100)
    assert window.reading_view.textCursor().selectedText() == "青溪湖"


def test_the_library_dialog_speaks_one_language_and_removes_by_delete(qtbot: QtBot, tmp_path: Path) -> None:
    one = write_article(tmp_path, "one.html", "第一篇")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, one)
    dialog = library_dialog(window, qtbot)
    assert dialog.field.accessibleName() == "搜索"
    for widget in (dialog.field, dialog.choice, dialog.list, dialog.open_button, dialog.remove_button):
        assert widget.accessibleName() and not mixes_languages(widget.accessibleName())
        assert widget.accessibleDescription() and not mixes_languages(widget.accessibleDescription())
    dialog.choice.setCurrentIndex(1)  # 全部文章
    assert dialog.count.text() == "共 1 篇文章"
    dialog.list.setFocus()
    press(dialog.list, "Delete")
    qtbot.waitUntil(lambda: dialog.row_count() == 0)
    assert dialog.count.text() == "文库里还没有文章：打开的文章会自动加入"
    assert one.is_file()  # the file is never touched
    press(dialog, "Escape")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_missing_file_is_shown_as_missing_and_not_opened(qtbot: QtBot, tmp_path: Path) -> None:
    gone = write_article(tmp_path, "gone.html", "搬走的文章")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, gone)
    gone.unlink()
    dialog = library_dialog(window, qtbot)
    assert dialog.item_texts() == ["搬走的文章（文件找不到了）"]
    assert not dialog.open_button.isEnabled()
    heard = listen(window)
    dialog.open_current()
    assert heard and heard[-1].startswith("文件找不到了")


def back_to(window: MainWindow, qtbot: QtBot) -> None:
    """The window active again after a dialog: a window manager does that, the offscreen platform not."""
    window.activateWindow()
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def accept_note(qtbot: QtBot, note: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NoteDialog)
        dialog.field.insert(note)
        dialog.accept()

    QTimer.singleShot(100, fill)


def test_bookmarks_are_added_with_a_note_listed_and_jumped_to(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path, "news.html", "青溪区养老服务")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, path)
    heard = listen(window)
    window.navigation.go_to(block_of(window, "第50段。"))
    window.reading_view.setFocus()
    accept_note(qtbot, "要复印")
    press(window.reading_view, "Ctrl+D")
    qtbot.waitUntil(lambda: bool(heard) and heard[-1].startswith("已加书签：第50段"))
    window.navigation.go_to(block_of(window, "第1段。"))
    back_to(window, qtbot)
    press(window.reading_view, "Ctrl+B")
    dialog = window.library.bookmarks_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    assert dialog.item_texts()[0].startswith("要复印：第50段")
    press(dialog.list, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert block_text(window).startswith("第50段")
    assert heard[-1].startswith("要复印：第50段")
    # Deleting it.
    back_to(window, qtbot)
    press(window.reading_view, "Ctrl+B")
    qtbot.waitUntil(dialog.isVisible)
    press(dialog.list, "Delete")
    qtbot.waitUntil(lambda: dialog.item_texts() == [])
    assert dialog.count.text() == "这篇文章还没有书签：按 Ctrl+D 添加"


def test_import_counts_new_known_and_unreadable_files(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for number in range(3):
        write_article(folder, f"page{number}.html", f"文章{number}")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 400)
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04")  # not an article file: skipped without a word
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, folder / "page0.html")
    heard = listen(window)
    assert window.library.import_folder(folder)
    qtbot.waitUntil(lambda: not window.library.is_importing, timeout=30_000)
    assert heard[-1] == "导入完成：新加入 2 篇，1 篇已在文库中，1 个文件无法读取"
    failures = window.findChild(QMessageBox, "importFailures")
    assert failures is not None and "broken.txt" in failures.detailedText()
    with Library(tmp_path / "library.db") as library:
        assert len(library.articles()) == 3


def test_a_damaged_library_is_moved_aside_rebuilt_and_the_reader_told(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_article(tmp_path, "news.html", "青溪区养老服务")
    with Library(tmp_path / "library.db") as library:
        record = library.add(path).article
        library.set_position(record.id, Position(20, 0))
    (tmp_path / "library.db").write_bytes(b"this is not a database" * 100)
    window = new_window(qtbot, tmp_path)
    heard = listen(window)
    assert window.library.library is not None
    assert heard and heard[0].startswith("文库文件已损坏")
    notice = window.findChild(QMessageBox, "libraryProblems")
    kept = list(tmp_path.glob("library.db.broken-*"))
    assert len(kept) == 1
    assert notice is not None and kept[0].name in notice.text()
    assert not mixes_languages(notice.text().replace(kept[0].name, ""))  # the file's name is not words


def test_a_screenshot_window_keeps_no_library(qtbot: QtBot, tmp_path: Path, own_library: Path) -> None:
    window = MainWindow(store=SettingsStore(tmp_path / "settings.json"), is_persistent=False)
    qtbot.addWidget(window)
    assert not window.commands["library"].isEnabled()
    assert window.library.library is None
    assert not (own_library / "library.db").exists()


def test_a_large_import_from_the_window_goes_through_the_workers(qtbot: QtBot, tmp_path: Path) -> None:
    from reader.core.library import importing

    folder = tmp_path / "many"
    folder.mkdir()
    count = importing.POOL_MIN_FILES + 6
    for number in range(count):
        (folder / f"note{number:03d}.txt").write_text(
            f"第{number}号通知\n\n{SENTENCE}编号{number}。\n", encoding="utf-8"
        )
    window = new_window(qtbot, tmp_path)
    heard = listen(window)
    assert window.library.import_folder(folder)
    qtbot.waitUntil(lambda: not window.library.is_importing, timeout=120_000)
    assert heard[-1] == f"导入完成：新加入 {count} 篇"
    back_to(window, qtbot)  # after the progress dialog
    dialog = library_dialog(window, qtbot)
    dialog.field.insert("编号7")
    qtbot.waitUntil(lambda: dialog.count.text() == "找到 1 篇")


def test_opening_a_hit_with_the_find_bar_open_stays_on_the_hit(qtbot: QtBot, tmp_path: Path) -> None:
    one = write_article(tmp_path, "one.html", "第一篇", extra="独有词汇青溪湖。")
    two = write_article(tmp_path, "two.html", "第二篇")
    window = new_window(qtbot, tmp_path)
    open_and_remember(window, qtbot, one)
    open_and_remember(window, qtbot, two)
    window.finding.open()
    window.find_bar.field.setText("第")
    window.finding.find()
    dialog = library_dialog(window, qtbot)
    dialog.field.insert("青溪湖")
    qtbot.waitUntil(lambda: dialog.count.text() == "找到 1 篇")
    press(dialog.field, "Return")
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.path.name == "one.html")
    qtbot.wait(100)  # a find run again on the new article would have moved the selection by now
    assert window.reading_view.textCursor().selectedText() == "青溪湖"
    assert not window.find_bar.isVisible()
