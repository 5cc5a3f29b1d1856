"""The main window: opening files, the views, text size, errors, recent files, drag and drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.core.resources import sample_article
from reader.core.settings import Settings, SettingsStore
from reader.ui import opening as opening_module
from reader.ui import recent
from reader.ui.mainwindow import MainWindow
from reader.ui.readingfont import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from reader.ui.rendering import Rendering
from tests.ui.articles import make_opened, write_text_file

pytestmark = pytest.mark.gui


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes the window shows, recorded instead of blocking."""
    shown: list[str] = []

    def fake_warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    return shown


def view_text(window: MainWindow) -> str:
    return window.reading_view.toPlainText()


def test_opens_the_sample_article(window: MainWindow) -> None:
    assert sample_article().is_file()
    assert window.open_path(sample_article())
    article = window.opened.article if window.opened else None
    assert article is not None
    assert window.windowTitle() == f"{article.title} — 无障碍阅读器"
    assert view_text(window).startswith(article.title)
    assert "sample-article.html" in window.file_label.text()
    if article.date:
        assert f"日期：{article.date}" in view_text(window)


def test_shows_title_date_source_and_blocks(window: MainWindow, tmp_path: Path) -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "第一段正文。"),
        Block(BlockKind.HEADING, "一、基本情况", level=2),
        Block(BlockKind.LIST, "助餐\n照料", items=("助餐服务", "日间照料")),
        Block(BlockKind.QUOTE, "老有所养，幸福晚年。"),
        Block(BlockKind.TABLE, "项目\t数量", rows=(("项目", "数量"), ("床位", "48")), has_header=True),
    ]
    window.show_opened(
        make_opened(tmp_path, blocks, date="2025-05-03", source="青溪区民政局", title="养老服务中心投入运营")
    )
    text = view_text(window)
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[0] == "养老服务中心投入运营"
    assert lines[1] == "日期：2025-05-03\u3000来源：青溪区民政局"
    for expected in ("第一段正文。", "一、基本情况", "助餐服务", "日间照料", "老有所养", "床位", "48"):
        assert expected in text
    assert window.windowTitle() == "养老服务中心投入运营 — 无障碍阅读器"
    # The title is a large heading: bigger than the body text.
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(1)
    body = window.reading_view.document().find("第一段正文")
    assert cursor.charFormat().font().pointSizeF() > body.charFormat().font().pointSizeF()


def test_local_images_shown_remote_and_missing_as_alt_text(window: MainWindow, tmp_path: Path) -> None:
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    (tmp_path / "page_files").mkdir()
    assert image.save(str(tmp_path / "page_files" / "photo.png"))
    blocks = [
        Block(BlockKind.IMAGE, "服务中心外景", alt="服务中心外景", src="page_files/photo.png"),
        Block(BlockKind.IMAGE, "远程图片", alt="远程图片", src="https://example.org/remote.png"),
        Block(BlockKind.IMAGE, "丢失的图片", alt="丢失的图片", src="page_files/missing.png"),
    ]
    window.show_opened(make_opened(tmp_path, blocks))
    document = window.reading_view.document()
    text = view_text(window)
    assert "〔图片：服务中心外景〕" in text
    assert "〔图片：远程图片〕" in text
    assert "〔图片：丢失的图片〕" in text
    assert "\ufffc" in text  # exactly the one local image is an object in the text
    assert text.count("\ufffc") == 1
    images = [
        fragment
        for block in _blocks(document)
        for fragment in _fragments(block)
        if fragment.charFormat().isImageFormat()
    ]
    assert len(images) == 1
    assert images[0].charFormat().toImageFormat().name().startswith("reader-image:")
    # The wide image is narrowed to the window so that the text reflows without horizontal scrolling.
    window.resize(500, 600)
    QApplication.processEvents()
    width = images[0].charFormat().toImageFormat().width()
    fitted = (
        next(f for b in _blocks(document) for f in _fragments(b) if f.charFormat().isImageFormat())
        .charFormat()
        .toImageFormat()
        .width()
    )
    assert width > 0
    assert fitted <= window.reading_view.viewport().width()


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragments(block):  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_font_size_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    view = window.reading_view
    assert view.font().pointSizeF() == DEFAULT_POINT_SIZE
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() > DEFAULT_POINT_SIZE
    assert view.document().defaultFont().pointSizeF() == view.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = view.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() < larger
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == DEFAULT_POINT_SIZE


def test_font_size_range_and_reflow(window: MainWindow, tmp_path: Path, simple_blocks: list[Block]) -> None:
    window.show_opened(make_opened(tmp_path, simple_blocks * 20))
    for _ in range(40):
        window.larger_text()
    assert window.reading_view.point_size == MAX_POINT_SIZE
    assert window.settings.font_size_pt == MAX_POINT_SIZE
    QApplication.processEvents()
    view = window.reading_view
    assert view.document().size().width() <= view.viewport().width() + 1
    assert not view.horizontalScrollBar().isVisible()
    for _ in range(40):
        window.smaller_text()
    assert window.reading_view.point_size == MIN_POINT_SIZE


def test_whole_page_toggle(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, simple_blocks: list[Block]
) -> None:
    opened = make_opened(tmp_path, simple_blocks)
    opened.article.page_text = "首页 政务公开\n您当前位置：首页>新闻\n五月五日上午\n主办单位：青溪区人民政府"
    window.show_opened(opened)
    assert "主办单位" not in view_text(window)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.commands["whole_page"].isChecked()
    assert view_text(window).split("\n")[:2] == ["首页 政务公开", "您当前位置：首页>新闻"]
    assert "主办单位" in view_text(window)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.commands["article"].isChecked()
    assert "主办单位" not in view_text(window)
    assert "一、服务内容" in view_text(window)


def test_failed_open_keeps_article_and_tells_why(
    window: MainWindow, tmp_path: Path, warnings: list[str]
) -> None:
    good = write_text_file(tmp_path, "好文章.txt", ["标题一行", "正文第一段。"])
    assert window.open_path(good)
    before_title, before_text = window.windowTitle(), view_text(window)
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    for bad in (tmp_path / "不存在.html", empty, tmp_path):
        assert not window.open_path(bad)
        assert window.windowTitle() == before_title
        assert view_text(window) == before_text
    assert len(warnings) == 3
    assert "不存在.html" in warnings[0]
    assert "空文件.txt" in warnings[1]
    assert all("无法打开" in message for message in warnings)
    assert QApplication.overrideCursor() is None


def test_unexpected_error_is_a_message_not_a_crash(
    window: MainWindow, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: object) -> object:
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(opening_module, "open_article", broken)
    assert not window.open_path(write_text_file(tmp_path, "a.txt", ["正文。"]))
    assert len(warnings) == 1
    assert "RuntimeError" in warnings[0]
    assert "extractor exploded" in warnings[0]


def test_status_bar_shows_file_and_encoding(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_bytes("关于开展养老服务的通知\n\n各街道：请做好准备。\n".encode("gb18030"))
    assert window.open_path(path)
    label = window.file_label.text()
    assert "通知.txt" in label
    assert "gb" in label.lower()


def test_recent_files_persist_in_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    first = MainWindow(store=store)
    qtbot.addWidget(first)
    one = write_text_file(tmp_path, "一.txt", ["第一篇。"])
    two = write_text_file(tmp_path, "二.txt", ["第二篇。"])
    assert first.open_path(one)
    assert first.open_path(two)
    assert first.open_path(one)
    assert first.save_settings()
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert saved["recent_files"] == [str(one.resolve()), str(two.resolve())]
    assert not list(store.path.parent.glob(".settings.json.*"))  # no temporary file left behind

    second = MainWindow(store=store)
    qtbot.addWidget(second)
    entries = [a for a in second.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(one.resolve()), str(two.resolve())]
    assert entries[0].text().startswith("&1")
    entries[1].trigger()
    assert second.opened is not None
    assert second.opened.path.name == "二.txt"
    second.commands["clear_recent"].trigger()
    second.save_settings()
    assert store.load()[0].recent_files == ()


def test_recent_list_rules() -> None:
    paths: tuple[str, ...] = ()
    for number in range(30):
        paths = recent.add(paths, f"/docs/{number}.html")
    assert len(paths) == 20
    assert paths[0] == str(Path("/docs/29.html").resolve())
    again = recent.add(paths, "/docs/25.html")
    assert again[0] == str(Path("/docs/25.html").resolve())
    assert len(again) == 20
    assert again.count(again[0]) == 1


def test_recent_files_of_an_older_version_are_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    (folder / "recent.json").write_text(json.dumps({"version": 1, "recent": ["/a", 3, "/b", "/a"]}))
    window = MainWindow(store=SettingsStore(folder / "settings.json"))
    qtbot.addWidget(window)
    assert window.settings.recent_files == ("/a", "/b")
    (folder / "recent.json").write_text("{not json", encoding="utf-8")
    assert recent.legacy_paths(folder) == ()
    assert recent.legacy_paths(tmp_path / "nowhere") == ()


def test_settings_folder_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "here"))
    assert SettingsStore().path == tmp_path / "here" / "settings.json"
    assert Settings().recent_files == ()


def test_drag_and_drop_opens_file(window: MainWindow, tmp_path: Path) -> None:
    path = write_text_file(tmp_path, "拖放.txt", ["拖进来的文章", "正文。"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = window.reading_view.geometry().center()
    # A drag enter event takes a QPoint (a QPointF is refused since PySide6 6.11), a drop event a QPointF.
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.opened is not None
    assert window.opened.path == path
    assert "拖进来的文章" in view_text(window)


def test_drag_of_non_file_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_links_show_address_never_followed(window: MainWindow) -> None:
    view = window.reading_view
    view.show_rendering(Rendering('<p>请看<a href="https://example.org/notice">通知原文</a>。</p>'))
    cursor = view.textCursor()
    cursor.setPosition(3)
    view.setTextCursor(cursor)
    assert "https://example.org/notice" in window.status_text()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    assert window.status_text() == ""
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert view.loadResource(0, QUrl("https://example.org/x.png")) is None


def test_about_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.commands["about"].trigger()
    assert shown
    assert "无障碍阅读器" in shown[0]
