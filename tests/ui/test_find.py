"""Find in the article in the real window, by keyboard: Ctrl+F, typing, Enter / Shift+Enter, F3, Escape; the
count, the marks, announcements, the converted text and the whole page, reading aloud from the place found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.ui.mainwindow import MainWindow
from tests.ui.articles import make_opened
from tests.ui.test_accessibility import mixes_languages
from tests.ui.test_keyboard import press
from tests.ui.test_speech_ui import record

pytestmark = pytest.mark.gui

BODY = "街道综合养老服务中心为周边老人提供助餐服务。"


@pytest.fixture
def article(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    blocks = [Block(BlockKind.PARAGRAPH, f"第{n}段。" + BODY * 2) for n in range(1, 6)]
    blocks.append(Block(BlockKind.PARAGRAPH, "最后一段没有那个词。"))
    opened = make_opened(tmp_path, blocks, title="青溪区养老服务")
    opened.article.page_text = "首页 政务公开 养老服务专栏\n主办单位：青溪区人民政府"
    window.show_opened(opened)
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    return window


@pytest.fixture
def said(window: MainWindow) -> list[str]:
    heard: list[str] = []
    window.announcer.said.connect(heard.append)
    return heard


def find(window: MainWindow, qtbot: QtBot, query: str) -> None:
    press(window.reading_view, "Ctrl+F")
    field = window.find_bar.field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    field.insert(query)  # what an input method commits
    qtbot.waitUntil(lambda: window.finding.query == query and not window.finding._timer.isActive())


def shown_texts(window: MainWindow) -> list[str]:
    display = window.reading_view.display
    return display.texts if display is not None else []


def selected(window: MainWindow) -> str:
    return window.reading_view.textCursor().selectedText()


def test_typing_finds_counts_marks_and_says_it(article: MainWindow, qtbot: QtBot, said: list[str]) -> None:
    find(article, qtbot, "服务")
    finding = article.finding
    assert len(finding.matches) == 21  # the title, then 5 paragraphs × 2 sentences × 2
    assert article.find_bar.count.text() == "第 1 处，共 21 处"
    assert selected(article) == "服务"
    assert said[-1].startswith("第 1 处，共 21 处：")
    found = article.reading_view.highlights("found")
    assert len(found) == 21
    current = [s for s in found if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert len(current) == 1  # the current place as a selection; the others underlined
    assert all(s.format.fontUnderline() for s in found if s not in current)


def test_enter_shift_enter_and_f3_step_and_wrap(article: MainWindow, qtbot: QtBot, said: list[str]) -> None:
    find(article, qtbot, "养老")
    total = len(article.finding.matches)
    field = article.find_bar.field
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert article.find_bar.count.text() == f"第 2 处，共 {total} 处"
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert article.find_bar.count.text() == f"第 {total} 处，共 {total} 处"  # wrapped to the last
    press(field, "F3")
    assert article.find_bar.count.text() == f"第 1 处，共 {total} 处"
    assert selected(article) == "养老"
    # Escape: the bar goes, the marks go, the focus is back in the text at the place found.
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not article.find_bar.isVisible() and article.reading_view.highlights("found") == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is article.reading_view)
    assert selected(article) == "养老"
    press(article.reading_view, "F3")  # the last query, again
    assert article.find_bar.count.text() == f"第 2 处，共 {total} 处"


def test_nothing_found_is_said_and_the_buttons_wait(
    article: MainWindow, qtbot: QtBot, said: list[str]
) -> None:
    find(article, qtbot, "火箭")
    assert article.finding.matches == []
    assert said[-1] == "找不到「火箭」" and article.find_bar.count.text() == "找不到「火箭」"
    assert not article.find_bar.next.isEnabled() and not article.find_bar.read.isEnabled()


def test_it_finds_in_the_converted_text_and_the_whole_page(article: MainWindow, qtbot: QtBot) -> None:
    find(article, qtbot, "服务")
    article.choose_conversion("s2twp")
    qtbot.waitUntil(lambda: bool(article.finding.matches))
    assert selected(article) == "服務"  # the simplified query finds the traditional text shown
    article.choose_conversion(None)
    article.commands["whole_page"].trigger()
    qtbot.waitUntil(lambda: any("政务公开" in text for text in shown_texts(article)))
    find(article, qtbot, "政务公开")
    assert len(article.finding.matches) == 1 and selected(article) == "政务公开"


def test_read_aloud_from_the_place_found(article: MainWindow, qtbot: QtBot) -> None:
    """A real voice: the first sentence heard is the one found, and the found marks stay under it."""
    heard = record(article)
    find(article, qtbot, "第3段")
    article.find_bar.read.click()
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    assert heard[0][0].startswith("第3段")
    assert article.commands["continuous_read"].isChecked()
    assert article.reading_view.highlights("found") and article.reading_view.highlights("speech")
    article.speech.stop()


def test_the_bar_speaks_one_language_and_names_its_parts(article: MainWindow, qtbot: QtBot) -> None:
    find(article, qtbot, "服务")
    bar = article.find_bar
    assert bar.field.accessibleName() == "查找"
    for widget in (bar.field, bar.previous, bar.next, bar.read, bar.close_button):
        assert widget.accessibleName() and not mixes_languages(widget.accessibleName())
        assert widget.accessibleDescription() and not mixes_languages(widget.accessibleDescription())
    assert bar.count.accessibleName() == bar.count.text()
