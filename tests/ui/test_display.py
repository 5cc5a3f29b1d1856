"""The display through the window: text settings reach the page, toggles change the view, presets, schemes.

Text settings are checked where Qt keeps them: the document's default font, each block's
``QTextBlockFormat``, and the line positions its ``QTextLayout`` computed.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reader.core import themes
from reader.core.document import Block, BlockKind
from reader.core.settings import Settings
from reader.ui import strings
from reader.ui.mainwindow import MainWindow
from reader.ui.readingfont import MAX_POINT_SIZE
from reader.ui.textdialog import NO_LIMIT, TextDialog, font_families
from tests.ui.articles import make_opened, numbered_paragraphs

pytestmark = pytest.mark.gui


def first_paragraph(window: MainWindow, text: str) -> QTextBlock:
    block = window.reading_view.document().find(text).block()
    assert block.isValid(), text
    return block


def line_distances(block: QTextBlock) -> list[float]:
    layout = block.layout()
    tops = [layout.lineAt(i).y() for i in range(layout.lineCount())]
    return [b - a for a, b in itertools.pairwise(tops)]


@pytest.fixture
def long_window(window: MainWindow, tmp_path: Path) -> MainWindow:
    window.show_opened(make_opened(tmp_path, numbered_paragraphs(120)))
    QApplication.processEvents()
    return window


# --- text settings --------------------------------------------------------------------------------


def test_text_settings_reach_the_document(long_window: MainWindow) -> None:
    window = long_window
    window.change(
        font_size_pt=30.0,
        line_spacing=2.0,
        paragraph_spacing=1.5,
        letter_spacing_em=0.12,
        bold=True,
        alignment="justify",
    )
    view = window.reading_view
    font = view.document().defaultFont()
    assert font.pointSizeF() == 30.0
    assert font.weight() == QFont.Weight.Bold
    assert font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing
    assert font.letterSpacing() == pytest.approx(0.12 * QFontMetricsF(font).height() / 1.0, rel=0.6)
    assert font.letterSpacing() > 0
    block = first_paragraph(window, "第3段第1句")
    block_format = block.blockFormat()
    assert block_format.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert block_format.lineHeight() == pytest.approx(200)
    assert block_format.alignment() & Qt.AlignmentFlag.AlignJustify
    # The laid-out lines are two single lines apart; paragraphs half a line distance more.
    view.viewport().repaint()
    single = QFontMetricsF(font).height()
    distances = line_distances(block)
    assert len(distances) >= 2, "the paragraph wraps onto several lines at 30 pt"
    assert all(d == pytest.approx(2.0 * single, rel=0.08) for d in distances), (distances, single)
    assert block_format.bottomMargin() == pytest.approx(0.5 * 2.0 * single, rel=0.05)


def test_line_spacing_one_gives_single_lines(long_window: MainWindow) -> None:
    long_window.change(font_size_pt=24.0, line_spacing=1.0, paragraph_spacing=1.0)
    block = first_paragraph(long_window, "第2段第1句")
    assert block.blockFormat().bottomMargin() == 0
    single = QFontMetricsF(long_window.reading_view.document().defaultFont()).height()
    assert all(d == pytest.approx(single, rel=0.08) for d in line_distances(block))


def test_font_family_choice(long_window: MainWindow) -> None:
    cjk, others = font_families()
    if not cjk:
        pytest.skip("no font for Chinese is installed")
    long_window.change(font_family=cjk[-1])
    assert long_window.reading_view.document().defaultFont().families()[0] == cjk[-1]
    assert set(cjk).isdisjoint(others)


def test_line_width_limit_centres_a_column(long_window: MainWindow) -> None:
    window = long_window
    window.resize(1200, 800)
    window.change(font_size_pt=20.0, max_line_width_chars=25)
    QApplication.processEvents()
    view = window.reading_view
    margin = view.side_margin
    assert margin > 100
    assert margin <= view.viewport().geometry().left() <= margin + 4  # plus the focus border
    advance = QFontMetricsF(view.document().defaultFont()).horizontalAdvance("国")
    text_width = view.viewport().width() - 2 * view.document().documentMargin()
    assert 24 * advance <= text_width <= 27 * advance
    window.change(max_line_width_chars=0)
    assert view.side_margin == 0


@pytest.mark.parametrize("size", [MAX_POINT_SIZE, 72.0])
def test_no_sideways_scrolling_at_1024_by_768(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, size: float
) -> None:
    url = "https://www.example.gov.cn/zwgk/2025/05/06/" + "x" * 200 + ".html"
    blocks = [
        *numbered_paragraphs(4),
        Block(BlockKind.PARAGRAPH, f"原文链接：{url}"),
        Block(BlockKind.PARAGRAPH, "Supercalifragilisticexpialidocious" * 4),
        Block(
            BlockKind.TABLE,
            "a\tb",
            rows=(("项目", "时间", "楼层"), ("助餐", "11:00", "一楼")),
            has_header=True,
        ),
    ]
    window.resize(1024, 768)
    window.show_opened(make_opened(tmp_path, blocks))
    window.change(font_size_pt=size)
    QApplication.processEvents()
    view = window.reading_view
    view.viewport().repaint()
    assert view.document().size().width() <= view.viewport().width() + 1
    # The range follows the layout a moment later (the vertical scroll bar appears and narrows the page).
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert view.document().size().width() <= view.viewport().width() + 1
    assert not view.horizontalScrollBar().isVisible()


def test_size_change_keeps_the_sentence_at_the_top(long_window: MainWindow) -> None:
    window = long_window
    view = window.reading_view
    target = view.document().find("第60段第4句")
    view.scroll_to_position(target.selectionStart())
    QApplication.processEvents()
    for size in (36.0, 20.0, 72.0, 12.0):
        before = view.reading_position()
        window.change(font_size_pt=size)
        QApplication.processEvents()
        # The line now at the top holds the position that was at the top.
        after = view.top_position()
        block = view.document().findBlock(after)
        line = block.layout().lineForTextPosition(after - block.position())
        start = block.position() + line.textStart()
        assert start <= before < start + line.textLength(), (size, before, start, line.textLength())
        assert block.text().startswith("第60段"), (size, block.text()[:10])
        # So the text that was at the top, and its sentence, is in view.
        cursor = QTextCursor(view.document())
        cursor.setPosition(before)
        rect = view.cursorRect(cursor)
        assert 0 <= rect.top() < view.viewport().height(), (size, rect)


def test_caret_survives_a_size_change(long_window: MainWindow) -> None:
    view = long_window.reading_view
    cursor = view.document().find("第30段第2句")
    view.setTextCursor(cursor)
    long_window.larger_text()
    assert view.textCursor().selectedText() == "第30段第2句"


def test_ctrl_wheel_changes_the_size_in_steps(window: MainWindow) -> None:
    view = window.reading_view
    before = window.settings.font_size_pt

    def wheel(delta: int) -> None:
        event = QWheelEvent(
            QPointF(20, 20),
            QPointF(view.viewport().mapToGlobal(QPoint(20, 20))),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(120)
    assert window.settings.font_size_pt > before
    wheel(-60)
    wheel(-60)
    wheel(-120)
    assert window.settings.font_size_pt < before


# --- toggles, presets, schemes --------------------------------------------------------------------


def test_crosshair_and_caption_toggles(long_window: MainWindow, qtbot: QtBot) -> None:
    window = long_window
    window.commands["crosshair"].trigger()
    assert window.settings.crosshair
    assert window.crosshair.is_enabled
    assert "十字线" in window.status_text()
    window.commands["crosshair"].trigger()
    assert not window.crosshair.is_enabled

    window.commands["caption"].trigger()
    assert window.settings.caption_strip
    assert window.caption.isVisible()
    view = window.reading_view
    view.setTextCursor(view.document().find("第5段第2句"))
    qtbot.waitUntil(lambda: "第5段第2句" in window.caption.text)
    layout = window.centralWidget().layout()
    assert layout.indexOf(window.caption) == layout.count() - 1
    window.commands["caption_top"].trigger()
    assert window.settings.caption_position == "top"
    assert layout.indexOf(window.caption) == 0
    QApplication.processEvents()
    assert window.caption.geometry().top() < view.geometry().top()
    window.commands["caption"].trigger()
    assert not window.caption.isVisible()


def test_pointer_cycles_and_says_its_state_in_words(window: MainWindow) -> None:
    button = window.toolbar_buttons["pointer"]
    seen = []
    for _ in range(3):
        window.commands["pointer"].trigger()
        seen.append((window.settings.big_pointer, window.pointer.scale, button.text()))
    assert seen == [("2x", 2, "大鼠标 2倍"), ("3x", 3, "大鼠标 3倍"), ("off", 1, "大鼠标 关")]
    window.commands["pointer_colour"].trigger()
    assert window.pointer.colour == "white"


def test_line_focus_cycles_and_is_in_the_view_menu(long_window: MainWindow) -> None:
    window = long_window
    for expected in (1, 3, 5, 0):
        window.commands["line_focus"].trigger()
        assert window.settings.line_focus == expected
        assert window.line_focus.lines == expected
        assert window.commands[f"line_focus_{expected}"].isChecked()
    window.commands["line_focus_3"].trigger()
    assert window.line_focus.lines == 3
    assert window.line_focus.overlay.isVisible()


def test_text_only_is_the_article_view(window: MainWindow, tmp_path: Path) -> None:
    opened = make_opened(tmp_path, numbered_paragraphs(2))
    opened.article.page_text = "首页 政务公开\n主办单位：青溪区人民政府"
    window.show_opened(opened)
    button = window.toolbar_buttons["text_only"]
    assert button.isChecked()
    window.commands["text_only"].trigger()
    assert window.commands["whole_page"].isChecked()
    assert "主办单位" in window.reading_view.toPlainText()
    assert not button.isChecked()
    window.commands["text_only"].trigger()
    assert window.commands["article"].isChecked()
    state = QAccessible.queryAccessibleInterface(button).state()
    assert state.checkable
    assert state.checked


def test_big_toolbar_makes_bigger_buttons(window: MainWindow) -> None:
    small = window.toolbar_buttons["larger"].minimumSize()
    window.commands["big_toolbar"].trigger()
    QApplication.processEvents()
    big = window.toolbar_buttons["larger"]
    assert big.minimumSize().height() > small.height()
    assert big.height() >= 64
    assert big.iconSize().height() >= 40


def test_elder_and_low_vision_presets_and_reset(window: MainWindow) -> None:
    window.commands["elder"].trigger()
    s = window.settings
    assert s.font_size_pt >= 18
    assert s.line_spacing >= 1.3
    assert s.paragraph_spacing >= 1.3
    assert s.big_pointer != "off"
    assert s.big_toolbar
    assert window.toolbar.is_big
    assert window.pointer.scale >= 2
    window.commands["low_vision"].trigger()
    s = window.settings
    assert s.font_size_pt >= 32
    assert s.theme == "yellow-on-black"
    assert window.theme_manager.theme.name == "yellow-on-black"
    assert window.line_focus.lines == 3
    window.change(shortcut_preset="app")
    window.commands["reset"].trigger()
    s = window.settings
    defaults = Settings()
    assert (s.font_size_pt, s.theme, s.line_focus, s.big_pointer, s.big_toolbar) == (
        defaults.font_size_pt,
        defaults.theme,
        0,
        "off",
        False,
    )
    assert s.shortcut_preset == "app", "重置 does not change the user's keys"
    assert window.theme_manager.theme.name == "default"
    assert window.pointer.scale == 1


@pytest.mark.parametrize("name", [n for n in themes.theme_names() if n != "default"])
def test_each_scheme_colours_the_window(window: MainWindow, name: str) -> None:
    window.commands[f"scheme_{name}"].trigger()
    theme = themes.get_theme(name)
    assert window.settings.theme == name
    assert window.commands[f"scheme_{name}"].isChecked()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor(theme.background)
    assert palette.color(QPalette.ColorRole.Text) == QColor(theme.text)
    assert window.crosshair.colour == QColor(theme.crosshair)
    assert strings.theme_label(theme.name, theme.label) in window.status_text()


def test_custom_scheme_from_the_editor(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.ui.displaycontrols as module

    chosen = themes.Theme.custom(text="#ffffff", background="#202020").theme
    assert chosen is not None
    monkeypatch.setattr(module, "edit_scheme", lambda parent, theme: chosen)
    window.commands["custom_scheme"].trigger()
    assert window.settings.theme == "custom"
    assert window.settings.custom_theme.background == "#202020"
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#202020")
    monkeypatch.setattr(module, "edit_scheme", lambda parent, theme: None)
    window.commands["custom_scheme"].trigger()
    assert window.settings.theme == "custom", "cancelling the editor changes nothing"


def test_system_high_contrast_when_no_scheme_was_chosen(window: MainWindow) -> None:
    window._on_system_contrast(True)
    assert window.theme_manager.theme.name in {"white-on-black", "black-on-white"}
    assert window.settings.theme == "default", "not saved as the user's choice"
    window.change(theme="yellow-on-blue")
    assert window.theme_manager.theme.name == "yellow-on-blue"
    window.change(theme="default")
    assert window.theme_manager.theme.name in {"white-on-black", "black-on-white"}
    window._on_system_contrast(False)
    assert window.theme_manager.theme.name == "default"


# --- the text settings dialog ---------------------------------------------------------------------


def test_text_dialog_previews_applies_and_cancels(long_window: MainWindow, qtbot: QtBot) -> None:
    window = long_window
    window.commands["text_settings"].trigger()
    dialog = window.text_dialog
    assert isinstance(dialog, TextDialog)
    assert dialog.isVisible()
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.font_size.setValue(48)
    assert dialog.preview.document().defaultFont().pointSizeF() == 48
    qtbot.waitUntil(lambda: window.settings.font_size_pt == 48)
    dialog.line_spacing.setValue(2.5)
    dialog.line_width.setValue(30)
    qtbot.waitUntil(lambda: window.settings.max_line_width_chars == 30)
    dialog.reject()
    assert window.settings.font_size_pt == Settings().font_size_pt
    assert window.settings.line_spacing == Settings().line_spacing
    assert window.settings.max_line_width_chars == 0


def test_text_dialog_ok_keeps_and_is_labelled(window: MainWindow) -> None:
    window.show_text_settings()
    dialog = window.text_dialog
    assert dialog is not None
    dialog.font_size.lineEdit().selectAll()
    dialog.font_size.lineEdit().insert("64")
    dialog.bold.setChecked(True)
    dialog.alignment.setCurrentIndex(dialog.alignment.findData("center"))
    dialog.accept()
    assert window.settings.font_size_pt == 64
    assert window.settings.bold
    assert window.settings.alignment == "center"
    assert dialog.line_width.value() == NO_LIMIT or dialog.line_width.text() == "不限"
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) >= 8
    for label in labels:
        assert "&" in label.text()
        buddy = label.buddy()
        assert buddy.accessibleName() == label.accessibleName(), "the field is named by its visible label"
        assert re.search(r"[\u4e00-\u9fff]", buddy.accessibleName())
        assert not re.search(r"[A-Za-z]{3}|&|：", buddy.accessibleName()), buddy.accessibleName()


def test_text_dialog_restore_defaults(window: MainWindow) -> None:
    window.change(font_size_pt=40.0, bold=True)
    window.show_text_settings()
    dialog = window.text_dialog
    assert dialog is not None
    dialog.restore_defaults()
    dialog.accept()
    assert (window.settings.font_size_pt, window.settings.bold) == (Settings().font_size_pt, False)


def test_settings_values_reach_the_view_style(window: MainWindow) -> None:
    window.change(font_size_pt=28.0, line_spacing=1.8)
    style = window.reading_view.text_style
    assert dataclasses.astuple(style)[:2] == (28.0, 1.8)
