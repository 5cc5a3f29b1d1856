"""拼音 / 注音 in the real window: the readings painted above the characters (room made at every size, the
accessible text unchanged), mapped onto 简繁-converted text, the caption strip's row, the word under the
pointer, Ctrl+P, line focus keeping the readings of its lines, and the 读音词典 checked and saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.core.pinyin import Annotator, Style
from reader.ui.mainwindow import MainWindow
from reader.ui.pinyinview import PINYIN_BAND, PINYIN_SCALE
from tests.ui.articles import make_opened
from tests.ui.test_keyboard import press

pytestmark = pytest.mark.gui

TEXT = "重庆市单县的处长说，银行行长重新调整了工作安排。"


@pytest.fixture
def article(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    blocks = [Block(BlockKind.PARAGRAPH, TEXT * 3) for _ in range(4)]
    window.show_opened(make_opened(tmp_path, blocks, title="重庆市政府公告"))
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    return window


def viewport_image(window: MainWindow) -> QImage:
    view = window.reading_view
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def ink_rows(image: QImage, background: QColor, top: int, bottom: int) -> int:
    """Rows between ``top`` and ``bottom`` holding any pixel that is not the page colour."""
    rows = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 2)):
            rows += 1
    return rows


def first_line_top(window: MainWindow, block_number: int = 0) -> int:
    view = window.reading_view
    block = view.document().findBlockByNumber(block_number)
    rect = view.document().documentLayout().blockBoundingRect(block)
    return round(rect.top() + block.layout().lineAt(0).y() - view.verticalScrollBar().value())


def test_readings_are_painted_above_the_text_which_stays_chinese(article: MainWindow, qtbot: QtBot) -> None:
    view = article.reading_view
    accessible_before = QAccessible.queryAccessibleInterface(view).textInterface().text(0, 20)
    press(view, "Ctrl+P")
    qtbot.waitUntil(lambda: view.pinyin is not None)
    assert article.settings.pinyin == "marks"
    assert "已显示：拼音（声调符号）" in article.status_text()
    assert article.commands["pinyin_marks"].isChecked()
    painter = view.pinyin
    assert painter is not None
    display = view.display
    assert display is not None
    body = next(index for index, block in enumerate(display.blocks) if block.text.startswith("重庆市单县"))
    readings = painter.block_readings(display, body)
    assert readings[:3] == ["chóng", "qìng", "shì"] and readings[3:5] == ["shàn", "xiàn"]
    assert readings[6:8] == ["chù", "zhǎng"]
    # The page above the body's first line has ink now (the readings), and had none before.
    background = view.palette().color(QPalette.ColorRole.Base)
    top = first_line_top(article, body)
    room = round(PINYIN_BAND * QFontMetricsF(view.document().defaultFont()).height())
    assert ink_rows(viewport_image(article), background, top - room, top - 1) > 3
    # What a screen reader, the caret and speech get is the Chinese text, unchanged.
    assert QAccessible.queryAccessibleInterface(view).textInterface().text(0, 20) == accessible_before
    assert view.document().toPlainText().startswith("重庆市政府公告")
    press(view, "Ctrl+P")  # numbers
    qtbot.waitUntil(lambda: article.settings.pinyin == "numbers")
    assert view.pinyin is not None and view.pinyin.block_readings(display, body)[:2] == ["chong2", "qing4"]
    for _ in range(2):  # zhuyin, then off
        press(view, "Ctrl+P")
    qtbot.waitUntil(lambda: article.settings.pinyin == "off")
    assert view.pinyin is None
    assert "已关闭拼音" in article.status_text()


@pytest.mark.parametrize("size", [12.0, 48.0, 120.0])
def test_every_line_has_room_for_its_readings(article: MainWindow, qtbot: QtBot, size: float) -> None:
    article.change(font_size_pt=size, pinyin="marks")
    view = article.reading_view
    qtbot.waitUntil(lambda: view.pinyin is not None)
    document = view.document()
    font = QFont(document.defaultFont())
    block = document.firstBlock()
    previous_bottom: float | None = None
    checked = 0
    while block.isValid():
        layout = block.layout()
        top = document.documentLayout().blockBoundingRect(block).top()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            pixel = font.pixelSize() if font.pixelSize() > 0 else QFontMetricsF(font).height() / 1.4
            need = QFontMetricsF(font).height() * PINYIN_SCALE * 0.9
            if previous_bottom is not None and block.text().strip():
                assert top + line.y() - previous_bottom >= need, (size, block.blockNumber(), number, pixel)
                checked += 1
            previous_bottom = top + line.y() + line.height()
        block = block.next()
    assert checked > 4
    viewport_image(article)  # paints at this size without a failure


def test_converted_text_gets_the_readings_of_its_original(article: MainWindow, qtbot: QtBot) -> None:
    article.change(pinyin="marks")
    article.choose_conversion("s2t")
    view = article.reading_view
    qtbot.waitUntil(lambda: view.display is not None and view.display.config == "s2t")
    display = view.display
    assert display is not None and view.pinyin is not None
    body = next(index for index, block in enumerate(display.blocks) if block.text.startswith("重慶市單縣"))
    readings = view.pinyin.block_readings(display, body)
    assert readings[:5] == ["chóng", "qìng", "shì", "shàn", "xiàn"]
    assert "行長" in display.blocks[body].text
    at = display.blocks[body].text.index("行長")
    assert readings[at : at + 2] == ["háng", "zhǎng"]


def test_the_caption_strip_shows_a_row_of_readings(article: MainWindow, qtbot: QtBot) -> None:
    article.change(caption_strip=True, pinyin="marks")
    caption = article.caption
    caption.show_text("重庆市单县的处长说。")
    qtbot.waitUntil(lambda: caption.readings_text != "")
    assert caption.readings_text.startswith("chóng qìng shì  shàn xiàn  de  chù zhǎng")
    assert caption.readings_label.isVisible()
    assert caption.label.geometry().top() >= caption.readings_label.geometry().bottom()  # never drawn over
    article.change(pinyin="off")
    assert not caption.readings_label.isVisible() and caption.readings_text == ""


def test_the_word_under_the_pointer_is_read(article: MainWindow, qtbot: QtBot) -> None:
    article.change(pinyin="marks")
    view = article.reading_view
    qtbot.waitUntil(lambda: view.pinyin is not None)
    display = view.display
    assert display is not None
    body = next(index for index, block in enumerate(display.blocks) if block.text.startswith("重庆市单县"))
    block = view.document().findBlockByNumber(body)
    line = block.layout().lineAt(0)
    rect = view.document().documentLayout().blockBoundingRect(block)
    x = rect.left() + (line.cursorToX(6)[0] if isinstance(line.cursorToX(6), tuple) else line.cursorToX(6))
    y = rect.top() + line.y() + line.height() / 2 - view.verticalScrollBar().value()
    found = article.pinyin_controls.word_at(QPoint(round(x) + 2, round(y)))
    assert found == ("处长", "chù zhǎng")


def test_line_focus_keeps_the_readings_of_its_lines(article: MainWindow, qtbot: QtBot) -> None:
    article.change(line_focus=1)
    band_without = article.line_focus.band_rect()
    article.change(pinyin="marks")
    qtbot.waitUntil(lambda: article.reading_view.pinyin is not None)
    band_with = article.line_focus.band_rect()
    assert band_without is not None and band_with is not None
    assert band_with.height() > band_without.height()


def test_the_phrase_dictionary_is_checked_saved_and_used(
    article: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reader.core import pinyin
    from reader.speech import pronunciation
    from reader.speech.normalization import normalize

    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    user_file = pinyin.user_phrases_path()
    assert user_file == tmp_path / "config" / "pinyin-phrases.txt"
    assert pronunciation.user_pronunciations_path() == user_file  # one 读音词典 for view and voice
    article.pinyin_controls._annotator = Annotator(user_file)
    article.change(pinyin="marks")
    view = article.reading_view
    qtbot.waitUntil(lambda: view.pinyin is not None)
    article.pinyin_controls.edit_phrases()
    dialog = article.pinyin_controls.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.editor.setPlainText("# 我的词语\n银行 yin2 hang2\n调整 diao4\n重新 chong2 xin1\n")
    assert not dialog.save()  # 调整 has one syllable for two characters: listed, nothing written yet
    assert dialog.problems.count() == 1 and "第 3 行「调整」" in dialog.problems.item(0).text()
    assert not user_file.exists()
    assert dialog.save()  # the same text again: the good lines are written
    assert pinyin.parse_phrases(user_file.read_text(encoding="utf-8"))[0] == {
        "银行": ["yin2", "hang2"],
        "重新": ["chong2", "xin1"],
    }
    assert "读音词典已保存：2 个词语" in article.status_text()
    annotator = article.pinyin_controls.annotator
    assert annotator.readings("重新", Style.MARKS) == ["chóng", "xīn"]
    # The voice reads the saved word as written there, at once.
    assert "yin2 hang2" in normalize("到银行办理。", language="cmn").text
    pronunciation.shared().reload()
