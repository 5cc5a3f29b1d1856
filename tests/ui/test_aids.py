"""The reading aids on their own (no main window): big pointer, crosshair, line focus, caption strip.

Each test builds a small window around a ``QTextEdit`` holding its own Chinese text, and checks what is
drawn by grabbing it into an image and measuring pixels.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.aids.caption import (
    CaptionFeeder,
    CaptionStrip,
    sentence_at,
    sentence_at_cursor,
    sentence_range_at_cursor,
)
from reader.ui.aids.crosshair import Crosshair
from reader.ui.aids.linefocus import LineFocus
from reader.ui.aids.pointer import BigPointer
from reader.ui.positions import from_utf16 as utf16_to_index
from reader.ui.positions import to_utf16 as index_to_utf16

pytestmark = pytest.mark.gui

PARAGRAPH = (
    "五月五日上午，青溪区综合养老服务中心正式投入运营。中心提供助餐、日间照料和康复护理等服务。"
    "“这是件大好事！”一位老人说。下一步，全区还将新建三家社区食堂。"
)
ASTRAL = "第一句。𠀀𠀁是罕见的字！第三句。"


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[QTextEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    text_view = QTextEdit(window)
    text_view.setReadOnly(True)
    text_view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    text_view.setStyleSheet("QTextEdit { background: #ffffff; color: #000000; }")
    font = QFont(text_view.font())
    font.setPointSize(16)
    text_view.setFont(font)
    text_view.setPlainText("\n".join([PARAGRAPH] * 12))
    layout.addWidget(text_view)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    yield text_view  # the window stays alive with this frame


def brightness(image: QImage, x: int, y: int) -> int:
    colour = image.pixelColor(x, y)
    return (colour.red() + colour.green() + colour.blue()) // 3


def row_maximum(image: QImage, y: int) -> int:
    return max(brightness(image, x, y) for x in range(0, image.width(), 3))


def set_caret(view: QTextEdit, position: int) -> None:
    cursor = view.textCursor()
    cursor.setPosition(position)
    view.setTextCursor(cursor)


def line_geometry(view: QTextEdit, position: int) -> tuple[int, int]:
    """Top and height, in viewport coordinates, of the text line holding a document position."""
    block = view.document().findBlock(position)
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position())
    top = layout.position().y() + line.y() - view.verticalScrollBar().value()
    return int(top), int(line.height())


# Big pointer


def count_colours(image: QImage) -> tuple[int, int]:
    """Opaque pure-black and pure-white pixels."""
    black = white = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() != 255:
                continue
            if colour.rgb() & 0xFFFFFF == 0:
                black += 1
            elif colour.rgb() & 0xFFFFFF == 0xFFFFFF:
                white += 1
    return black, white


@pytest.mark.parametrize(("scale", "colour"), [(2, "black"), (3, "black"), (2, "white"), (3, "white")])
def test_big_pointer_sizes_and_outline(view: QTextEdit, scale: int, colour: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pointer = BigPointer(app)
    try:
        pointer.set_mode(scale, colour)
        assert pointer.mode == (scale, colour)
        window = view.window()
        for widget in (window, view.viewport()):
            cursor = widget.cursor()
            assert cursor.shape() == Qt.CursorShape.BitmapCursor
            pixmap = cursor.pixmap()
            assert pixmap.width() / pixmap.devicePixelRatio() == 32 * scale
            black, white = count_colours(pixmap.toImage())
            assert black > 20 * scale
            assert white > 20 * scale
        arrow = window.cursor()
        assert arrow.hotSpot().x() <= 6
        assert arrow.hotSpot().y() <= 6
        # The text view keeps an I-beam, different from the arrow.
        assert view.viewport().cursor().pixmap().toImage() != arrow.pixmap().toImage()
    finally:
        pointer.set_mode(1)


def test_big_pointer_follows_cursor_changes_and_restores(view: QTextEdit) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pointer = BigPointer(app)
    pointer.set_mode(2, "black")
    hand = pointer.cursor_for(Qt.CursorShape.PointingHandCursor)
    assert hand is not None
    # A link under the pointer: the view asks for the hand and gets the big hand.
    view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
    assert view.viewport().cursor().shape() == Qt.CursorShape.BitmapCursor
    assert view.viewport().cursor().pixmap().toImage() == hand.pixmap().toImage()
    # A window shown later gets the big arrow too.
    dialog = QWidget()
    dialog.show()
    assert dialog.cursor().shape() == Qt.CursorShape.BitmapCursor
    pointer.set_mode(1)
    assert pointer.mode == (1, "black")
    assert view.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor
    # (Qt keeps WA_SetCursor on windows after unsetCursor, so the shape is what to check.)
    assert view.window().cursor().shape() == Qt.CursorShape.ArrowCursor
    assert dialog.cursor().shape() == Qt.CursorShape.ArrowCursor
    pointer.set_mode(3, "white")
    pointer.set_mode(1, "white")
    assert view.window().cursor().shape() == Qt.CursorShape.ArrowCursor
    dialog.close()
    dialog.deleteLater()
    with pytest.raises(ValueError, match="scale"):
        pointer.set_mode(4, "black")
    with pytest.raises(ValueError, match="colour"):
        pointer.set_mode(2, "red")


# Crosshair


def test_crosshair_draws_lines_through_the_pointer(qtbot: QtBot, view: QTextEdit) -> None:
    window = view.window()
    crosshair = Crosshair(window)
    crosshair.set_colour(QColor("#e00000"), QColor("#000000"))
    crosshair.set_enabled(True)
    view.viewport().setMouseTracking(True)
    target = QPoint(200, 150)
    qtbot.mouseMove(view.viewport(), view.viewport().mapFrom(window, target))
    qtbot.waitUntil(lambda: crosshair.position == target)
    image = window.grab().toImage()
    x, y = target.x(), target.y()
    for far_y in (5, y + 100, window.height() - 5):
        assert image.pixelColor(x, far_y).name() == "#e00000"
        assert image.pixelColor(x - 2, far_y).name() == "#000000"  # the edge
        assert image.pixelColor(x + 2, far_y).name() == "#000000"
    for far_x in (5, x + 200, window.width() - 30):
        assert image.pixelColor(far_x, y).name() == "#e00000"
        assert image.pixelColor(far_x, y - 2).name() == "#000000"
    assert image.pixelColor(x + 60, y + 60).name() != "#e00000"
    # Leaving the window hides the lines.
    QApplication.sendEvent(window, QEvent(QEvent.Type.Leave))
    assert crosshair.position is None
    crosshair.set_enabled(False)
    assert crosshair.isHidden()


def test_crosshair_stays_on_top_and_covers_the_window(qtbot: QtBot, view: QTextEdit) -> None:
    window = view.window()
    crosshair = Crosshair(window)
    crosshair.set_enabled(True)
    assert crosshair.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    late = QWidget(window)
    late.show()
    window.resize(700, 500)
    qtbot.waitUntil(lambda: crosshair.geometry() == window.rect())
    widgets = [child for child in window.children() if isinstance(child, QWidget)]
    assert widgets[-1] is crosshair
    crosshair.track(window.mapToGlobal(QPoint(650, 450)))
    assert crosshair.position == QPoint(650, 450)
    crosshair.track(window.mapToGlobal(QPoint(900, 450)))
    assert crosshair.position is None


# Line focus


@pytest.mark.parametrize("lines", [1, 3, 5])
def test_line_focus_dims_outside_the_band(qtbot: QtBot, view: QTextEdit, lines: int) -> None:
    focus = LineFocus(view)
    focus.set_dim(QColor(0, 0, 0, 150))
    set_caret(view, 200)
    focus.set_lines(lines)
    qtbot.wait(10)
    band = focus.band_rect()
    assert band is not None
    top, height = line_geometry(view, 200)
    # The band is exactly `lines` text lines, centred on the caret's line.
    assert band.height() == pytest.approx(lines * height, abs=lines)
    assert band.top() == pytest.approx(top - (lines // 2) * height, abs=1)
    image = view.viewport().grab().toImage()
    inside = [row_maximum(image, y) for y in range(band.top() + 2, band.bottom() - 1, 4)]
    above = [row_maximum(image, y) for y in range(0, band.top() - 4, 4)]
    below = [row_maximum(image, y) for y in range(band.bottom() + 5, image.height(), 4)]
    assert min(inside) > 240
    assert above or below
    assert max(above + below) < 160


def test_line_focus_off_dims_nothing(qtbot: QtBot, view: QTextEdit) -> None:
    focus = LineFocus(view)
    focus.set_lines(3)
    focus.set_lines(0)
    assert focus.band_rect() is None
    assert focus.overlay.isHidden()
    image = view.viewport().grab().toImage()
    assert min(row_maximum(image, y) for y in range(0, image.height(), 8)) > 240
    with pytest.raises(ValueError, match="lines"):
        focus.set_lines(2)


def test_line_focus_moves_with_caret_and_move_lines(qtbot: QtBot, view: QTextEdit) -> None:
    focus = LineFocus(view)
    focus.set_lines(1)
    set_caret(view, 0)
    first = focus.band_rect()
    assert first is not None
    top, height = line_geometry(view, 0)
    assert (first.top(), first.height()) == (top, pytest.approx(height, abs=1))
    focus.move_lines(1)
    second = focus.band_rect()
    assert second is not None
    assert second.top() == pytest.approx(first.top() + height, abs=1)
    assert line_geometry(view, view.textCursor().position())[0] == second.top()
    focus.move(-1)
    assert focus.band_rect() == first
    set_caret(view, len(PARAGRAPH) * 2 + 10)
    moved = focus.band_rect()
    assert moved is not None
    assert moved.top() == line_geometry(view, view.textCursor().position())[0]
    # Far down: the view scrolls so the whole band stays visible.
    focus.set_lines(5)
    set_caret(view, 0)
    for _ in range(60):
        focus.move_lines(1)
        band = focus.band_rect()
        assert band is not None
        assert band.top() >= 0
        assert band.bottom() < view.viewport().height()
    assert view.verticalScrollBar().value() > 0


def test_line_focus_follows_the_pointer(qtbot: QtBot, view: QTextEdit) -> None:
    focus = LineFocus(view)
    focus.follow_pointer = True
    focus.set_lines(3)
    set_caret(view, 0)
    point = QPoint(100, 250)
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: (band := focus.band_rect()) is not None and band.contains(point))
    # The caret moving takes the band back.
    set_caret(view, 1)
    band = focus.band_rect()
    assert band is not None
    assert not band.contains(point)


# Caption


@given(st.text(alphabet=st.sampled_from("字a𠀀😀。"), max_size=30), st.data())
def test_utf16_conversion_round_trip(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert utf16_to_index(text, index_to_utf16(text, index)) == index
    assert index_to_utf16(text, len(text)) == len(text.encode("utf-16-le")) // 2


def test_sentence_at_cursor_with_astral_characters(view: QTextEdit) -> None:
    view.setPlainText(PARAGRAPH + "\n" + ASTRAL)
    block = view.document().lastBlock()
    # UTF-16 position just after the two astral characters (4 units), inside the second sentence.
    set_caret(view, block.position() + len("第一句。") + 4)
    assert sentence_at_cursor(view) == "𠀀𠀁是罕见的字！"
    found = sentence_range_at_cursor(view)
    assert found is not None
    cursor = view.textCursor()
    cursor.setPosition(found[0])
    cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "𠀀𠀁是罕见的字！"
    set_caret(view, block.position() + block.length() - 1)
    assert sentence_at_cursor(view) == "第三句。"


def test_sentence_at_a_point(view: QTextEdit) -> None:
    view.setPlainText(ASTRAL + "\n" + PARAGRAPH)
    cursor = view.textCursor()
    cursor.setPosition(len("第一句。") + 6)  # on 罕 (after two astral characters and 是)
    rect = view.cursorRect(cursor)
    point = QPoint(rect.right() + 6, rect.center().y())
    assert sentence_at(view, point) == "𠀀𠀁是罕见的字！"
    assert sentence_at(view, QPoint(view.viewport().width() - 5, view.viewport().height() - 5)) == ""


def test_caption_strip_is_readable_and_never_focused(qtbot: QtBot, view: QTextEdit) -> None:
    strip = CaptionStrip()
    qtbot.addWidget(strip)
    strip.resize(900, 200)
    strip.show()
    qtbot.waitExposed(strip)
    assert strip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert strip.label.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert strip.accessibleName() == "大字幕"
    assert strip.accessibleDescription()
    assert strip.label.textFormat() == Qt.TextFormat.PlainText
    assert strip.point_size == 48
    strip.show_text("中心提供<b>助餐</b>服务。")
    assert strip.shown_text == "中心提供<b>助餐</b>服务。"
    assert strip.label.accessibleName() == strip.text
    strip.set_colours(QColor("#ffff00"), QColor("#000000"))
    image = strip.grab().toImage()
    assert image.pixelColor(3, 3).name() == "#000000"
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, 120, 2)}
    assert "#ffff00" in colours
    height = strip.height()
    strip.set_point_size(72)
    assert strip.height() > height
    received: list[str] = []
    strip.position_changed.connect(received.append)
    strip.set_position("top")
    assert (strip.position, received) == ("top", ["top"])
    with pytest.raises(ValueError, match="position"):
        strip.set_position("left")
    view.setFocus()
    qtbot.mouseClick(strip.label, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is not strip


def test_long_sentence_shown_in_pages(qtbot: QtBot) -> None:
    strip = CaptionStrip()
    qtbot.addWidget(strip)
    strip.resize(700, 200)
    strip.show()
    long_sentence = PARAGRAPH.replace("。", "，") + "完。"
    strip.show_text(long_sentence)
    assert strip.page_count > 1
    metrics_lines = strip.label.heightForWidth(strip.label.width()) // strip.label.fontMetrics().lineSpacing()
    assert metrics_lines <= 2
    pages = [strip.shown_text]
    while strip.next_page():
        pages.append(strip.shown_text)
    assert "".join(pages) == long_sentence
    assert strip.label.accessibleName() == long_sentence
    strip.show_text("短句。")
    assert (strip.page_count, strip.page, strip.shown_text) == (1, 0, "短句。")


def test_caption_feeder_follows_caret_and_pointer_dwell(qtbot: QtBot, view: QTextEdit) -> None:
    strip = CaptionStrip()
    qtbot.addWidget(strip)
    strip.resize(900, 200)
    view.setPlainText(PARAGRAPH + "\n" + ASTRAL)
    feeder = CaptionFeeder(view, strip, dwell_ms=50)
    set_caret(view, 30)
    assert strip.text == ""  # not enabled yet
    feeder.set_enabled(True)
    assert strip.text == "中心提供助餐、日间照料和康复护理等服务。"
    block = view.document().lastBlock()
    set_caret(view, block.position() + len("第一句。") + 1)
    assert strip.text == "𠀀𠀁是罕见的字！"
    # The pointer resting on the first sentence.
    cursor = view.textCursor()
    cursor.setPosition(3)
    rect = view.cursorRect(cursor)
    qtbot.mouseMove(view.viewport(), QPoint(rect.right() + 4, rect.center().y()))
    qtbot.waitUntil(lambda: strip.text == "五月五日上午，青溪区综合养老服务中心正式投入运营。")
    feeder.set_enabled(False)
    set_caret(view, 30)
    assert strip.text == "五月五日上午，青溪区综合养老服务中心正式投入运营。"
    feeder.set_enabled(True)
    feeder.show_spoken("正在朗读的句子。")
    assert strip.text == "正在朗读的句子。"
    assert QCursor.pos() is not None
