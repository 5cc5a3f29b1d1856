"""Navigation in the real window: quick-navigation keys, the outline panel, the heading list, "where am I",
and the caret after 连读. Keys are sent as a user presses them, so Qt's shortcut map decides what they do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from reader.core.display import DisplayKind
from reader.core.document import Block, BlockKind
from reader.speech.utterances import Utterance
from reader.ui import commands, shortcuts
from reader.ui.mainwindow import MainWindow
from reader.ui.positions import cursor_position
from tests.ui.articles import make_opened
from tests.ui.test_keyboard import press

pytestmark = pytest.mark.gui

BODY = "街道综合养老服务中心为周边老人提供助餐、日间照料和康复护理。"


def _blocks() -> list[Block]:
    return [
        Block(BlockKind.PARAGRAPH, "为做好养老服务工作，制定本方案。" + BODY * 3),
        Block(BlockKind.PARAGRAPH, "一、总体要求"),
        Block(BlockKind.PARAGRAPH, BODY * 4),
        Block(BlockKind.HEADING, "二、主要任务", level=2),
        Block(BlockKind.PARAGRAPH, "（一）完善服务网络"),
        Block(BlockKind.PARAGRAPH, BODY * 4),
        Block(
            BlockKind.TABLE, "", rows=(("项目", "时间"), ("助餐", "每天"), ("助浴", "每周")), has_header=True
        ),
        Block(BlockKind.IMAGE, "", alt="长者食堂", src="missing.png"),
        *[Block(BlockKind.PARAGRAPH, f"第{n}段。" + BODY * 3) for n in range(1, 16)],
        Block(BlockKind.HEADING, "三、保障措施", level=2),
        Block(BlockKind.PARAGRAPH, "最后一段。" + BODY),
    ]


@pytest.fixture
def article(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window.show_opened(make_opened(tmp_path, _blocks(), title="青溪区养老服务工作方案"))
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    return window


class Announcements:
    """What the window said to screen readers while the test ran (``Announcer.said``)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: str) -> None:
        self.messages.append(message)


@pytest.fixture
def announced(window: MainWindow) -> Announcements:
    heard = Announcements()
    window.announcer.said.connect(heard)
    return heard


def caret_text(window: MainWindow) -> str:
    display = window.display
    assert display is not None
    place = cursor_position(window.reading_view.textCursor())
    return display.blocks[place.block].text[place.offset :]


def caret_kind(window: MainWindow) -> DisplayKind:
    display = window.display
    assert display is not None
    return display.blocks[cursor_position(window.reading_view.textCursor()).block].kind


def test_h_and_shift_h_move_through_marked_and_numbered_headings(
    article: MainWindow, announced: Announcements
) -> None:
    view = article.reading_view
    seen = []
    for _ in range(5):
        press(view, "H")
        seen.append(caret_text(article))
    assert seen == ["一、总体要求", "二、主要任务", "（一）完善服务网络", "三、保障措施", "三、保障措施"]
    assert announced.messages[0] == "一、总体要求，2 级标题"
    assert announced.messages[-1] == "没有下一个标题"
    assert article.status_text() == "没有下一个标题"
    press(view, "Shift+H")
    assert caret_text(article) == "（一）完善服务网络"
    assert view.textCursor().positionInBlock() == 0
    assert not view.textCursor().hasSelection()
    assert view.document().toPlainText().count("H") == 0  # nothing was typed


def test_the_heading_moved_to_is_scrolled_into_view(article: MainWindow) -> None:
    view = article.reading_view
    for _ in range(4):
        press(view, "H")
    assert caret_text(article) == "三、保障措施"
    rect = view.cursorRect()
    assert view.viewport().rect().contains(rect.center())


def test_p_t_and_g_move_to_paragraphs_tables_and_images(
    article: MainWindow, announced: Announcements
) -> None:
    view = article.reading_view
    press(view, "P")
    assert caret_text(article).startswith("为做好养老服务工作")
    press(view, "P")
    assert caret_text(article).startswith(BODY)  # skips the heading "一、总体要求"
    press(view, "T")
    assert caret_kind(article) is DisplayKind.CELL and caret_text(article) == "项目"
    assert announced.messages[-1] == "表格，3 行 2 列，项目"
    press(view, "T")
    assert announced.messages[-1] == "没有下一个表格"
    press(view, "G")
    assert caret_kind(article) is DisplayKind.CAPTION
    assert "长者食堂" in announced.messages[-1]
    press(view, "Shift+T")
    assert caret_text(article) == "项目"
    press(view, "Shift+G")
    assert announced.messages[-1] == "没有上一张图片"
    press(view, "Shift+P")
    assert caret_text(article).startswith(BODY)


def test_existing_keys_of_the_reading_view_still_work(article: MainWindow) -> None:
    view = article.reading_view
    press(view, "H")
    start = view.textCursor().position()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.textCursor().position() > start
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().hasSelection()
    press(view, "Alt+Shift+T")  # 纯文本 (portal preset) is not taken by T
    assert article.commands["whole_page"].isChecked()


def test_letters_type_into_other_fields(article: MainWindow, qtbot: QtBot) -> None:
    article.commands["heading_list"].trigger()
    dialog = article.navigation.heading_list
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter)
    before = article.reading_view.textCursor().position()
    QTest.keyClicks(dialog.filter, "htpg")
    assert dialog.filter.text() == "htpg"
    assert article.reading_view.textCursor().position() == before
    dialog.reject()


def test_navigation_keys_are_listed_unique_and_in_the_view_menu(article: MainWindow) -> None:
    for preset in shortcuts.PRESETS:
        assert shortcuts.clashes(preset) == {}
    for name in ("heading_next", "heading_list", "where_am_i", "outline_panel"):
        assert name in commands.COMMANDS
    menu = article.findChild(type(article.speech_menu), "navigationMenu")
    assert menu is not None
    names = [action.objectName() for action in menu.actions() if action.objectName()]
    assert "action_heading_next" in names and "action_where_am_i" in names
    assert menu.accessibleName() == "跳转"
    for action in menu.actions():
        if action.text():
            assert action.statusTip(), action.text()


def test_the_outline_panel_lists_the_headings_and_goes_there(article: MainWindow, qtbot: QtBot) -> None:
    article.commands["outline_panel"].trigger()
    panel = article.navigation.panel
    assert panel is not None and panel.isVisible()
    assert article.commands["outline_panel"].isChecked()
    assert panel.accessibleName() == panel.windowTitle() == "标题大纲"
    assert panel.tree.accessibleName() == "标题大纲" and panel.tree.accessibleDescription()
    assert panel.entry_texts() == [
        "青溪区养老服务工作方案",
        "一、总体要求",
        "二、主要任务",
        "（一）完善服务网络",
        "三、保障措施",
    ]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.tree)
    title = panel.tree.topLevelItem(0)
    assert title.childCount() == 3  # the body headings nest under the title
    assert title.child(1).child(0).text(0) == "（一）完善服务网络"
    panel.tree.setCurrentItem(title.child(2))
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert caret_text(article) == "三、保障措施"
    assert QApplication.focusWidget() is article.reading_view
    # The panel follows the caret.
    press(article.reading_view, "Shift+H")
    assert panel.tree.currentItem().text(0) == "（一）完善服务网络"


def test_the_outline_panel_refreshes_for_a_new_article(article: MainWindow, tmp_path: Path) -> None:
    article.navigation.show_panel()
    panel = article.navigation.panel
    assert panel is not None
    other = tmp_path / "other"
    other.mkdir()
    blocks = [Block(BlockKind.HEADING, "一、新的标题", level=2), Block(BlockKind.PARAGRAPH, BODY)]
    article.show_opened(make_opened(other, blocks, title="另一篇文章"))
    assert panel.entry_texts() == ["另一篇文章", "一、新的标题"]
    article.commands["outline_panel"].trigger()  # toggles it off
    assert not panel.isVisible()


def test_the_heading_list_filters_and_enter_goes_there(article: MainWindow, qtbot: QtBot) -> None:
    press(article.reading_view, "Alt+Shift+Q")
    dialog = article.navigation.heading_list
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "标题列表"
    assert dialog.filter.accessibleName() == "筛选" and dialog.list.accessibleName() == "标题"
    assert len(dialog.visible_texts()) == 5
    dialog.filter.insert("任务")  # typed by an input method (QTest types Latin keys only)
    assert dialog.visible_texts() == ["二、主要任务"]
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert caret_text(article) == "二、主要任务"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is article.reading_view)
    # Again, in the app preset: the filter starts empty, Down moves in the list.
    article.change(shortcut_preset="app")
    press(article.reading_view, "Ctrl+Shift+Q")
    assert dialog.isVisible() and dialog.filter.text() == ""
    assert dialog.list.currentItem().text() == "二、主要任务"  # the heading the caret is under
    QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
    QTest.keyClick(dialog.filter, Qt.Key.Key_Enter)
    assert caret_text(article) == "（一）完善服务网络"


def test_where_am_i_is_said_and_shown(article: MainWindow, announced: Announcements) -> None:
    view = article.reading_view
    press(view, "H")
    press(view, "H")
    press(view, "P")  # the body under （一）完善服务网络, the 7th block with text of 31
    press(view, "Alt+Shift+I")
    message = article.status_text()
    assert message.startswith("青溪区养老服务工作方案；当前标题：（一）完善服务网络；第 7 段，共 31 段；")
    assert message.endswith("%") and 0 < int(message.rsplit("；", 1)[1].rstrip("%")) < 50
    assert announced.messages[-1] == message
    assert message == article.navigation.where_am_i()


def test_nothing_open_is_said(window: MainWindow, announced: Announcements) -> None:
    press(window.reading_view, "H")
    press(window.reading_view, "Alt+Shift+I")
    assert announced.messages[-1] == "没有打开文章"


def _heard(window: MainWindow) -> list[Utterance]:
    heard: list[Utterance] = []
    window.speech.service.sentence_started.connect(heard.append)
    return heard


def test_the_caret_is_at_the_sentence_heard_when_reading_stops(article: MainWindow, qtbot: QtBot) -> None:
    view = article.reading_view
    article.change(speech_rate=450)
    press(view, "H")  # 一、总体要求
    heard = _heard(article)
    article.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len([u for u in heard if not u.is_message]) >= 3, timeout=20000)
    last = [u for u in heard if not u.is_message][-1]
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert article.speech.service.state == "idle"
    place = cursor_position(view.textCursor())
    assert (place.block, place.offset) == (last.block, last.start)


def test_the_caret_is_at_the_last_sentence_when_reading_ends(article: MainWindow, qtbot: QtBot) -> None:
    view = article.reading_view
    article.change(speech_rate=450)
    for _ in range(4):
        press(view, "H")  # 三、保障措施, near the end
    heard = _heard(article)
    article.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: article.speech.service.state == "idle" and bool(heard), timeout=30000)
    last = [u for u in heard if not u.is_message][-1]
    place = cursor_position(view.textCursor())
    assert (place.block, place.offset) == (last.block, last.start)
    assert last.text.startswith("街道")  # the article's last sentence


def test_reading_a_selection_keeps_the_selection(article: MainWindow, qtbot: QtBot) -> None:
    view = article.reading_view
    article.change(speech_rate=450)
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    article.commands["read_selection"].trigger()
    qtbot.waitUntil(lambda: article.speech.service.state == "idle", timeout=20000)
    assert view.textCursor().hasSelection()


def test_filter_field_is_a_line_edit_with_a_label(article: MainWindow) -> None:
    article.navigation.show_heading_list()
    dialog = article.navigation.heading_list
    assert dialog is not None
    assert isinstance(dialog.filter, QLineEdit)
    assert dialog.go_button.accessibleName() == "转到" and dialog.go_button.accessibleDescription()
    dialog.reject()


def test_moves_reach_headings_beyond_the_section_shown(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    # About 400,000 characters: shown a section at a time; H and the heading list still reach every heading.
    chapters = []
    for number in range(1, 5):
        chapters.append(Block(BlockKind.HEADING, f"第{number}章", level=2))
        chapters.extend(Block(BlockKind.PARAGRAPH, f"第{number}章第{n}段。" + BODY * 30) for n in range(110))
    window.show_opened(make_opened(tmp_path, chapters, title="长篇"))
    view = window.reading_view
    view.setFocus()
    assert view.section != (0, len(window.display.blocks))  # type: ignore[union-attr]
    for number in range(1, 5):
        press(view, "H")
        assert caret_text(window) == f"第{number}章"
        assert view.viewport().rect().contains(view.cursorRect().center())
    press(view, "Shift+H")
    press(view, "Shift+H")
    assert caret_text(window) == "第2章"
    window.navigation.show_heading_list()
    dialog = window.navigation.heading_list
    assert dialog is not None
    dialog.filter.insert("第4")
    dialog.go()
    assert caret_text(window) == "第4章"
