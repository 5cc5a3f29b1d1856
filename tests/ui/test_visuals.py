"""Low-vision visuals: the caret grows with the text, the focus ring stands out (≥ 3:1) and differs
from the checked look, the interface size scales the chrome, and the toolbar lays out calmly (balanced
rows, buttons that do not move when a state text changes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFontInfo
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.core import settings as settings_schema
from reader.core.contrast import contrast_ratio
from reader.core.themes import Theme, get_theme, list_themes
from reader.ui.mainwindow import MainWindow
from reader.ui.readingview import ReadingView, caret_width
from reader.ui.rendering import TextStyle
from reader.ui.theming import (
    FOCUS_MIN_CONTRAST,
    ThemeManager,
    bar_point_size,
    checked_background,
    chrome_point_size,
    focus_ring_colour,
    render_style_sheet,
)
from reader.ui.toolbar import FOCUS_RING_WIDTH, AccessibleToolbar, ToolbarButton

pytestmark = pytest.mark.gui

FIXED = [theme for theme in list_themes() if not theme.is_system]


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[ThemeManager]:
    themes = ThemeManager(qapp)
    yield themes
    themes.restore()


# Caret


@pytest.mark.parametrize(("point_size", "at_least"), [(12, 2), (96, 8)])
def test_caret_grows_with_the_text(qtbot: QtBot, point_size: int, at_least: int) -> None:
    view = ReadingView()
    qtbot.addWidget(view)
    view.apply_style(TextStyle(font_size_pt=point_size))
    pixels = QFontInfo(view.font()).pixelSize()
    assert view.cursorWidth() == max(2, round(pixels / 12)) == caret_width(pixels)
    assert view.cursorWidth() >= at_least


def test_caret_follows_every_size_change(qtbot: QtBot) -> None:
    view = ReadingView()
    qtbot.addWidget(view)
    view.set_point_size(96)
    wide = view.cursorWidth()
    view.set_point_size(12)
    assert view.cursorWidth() == 2 < wide


# Focus ring colour


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_focus_ring_stands_out_from_control_and_window(theme: Theme) -> None:
    ring = focus_ring_colour(theme)
    for name, background in (
        ("window", theme.chrome_background),
        ("page", theme.background),
        ("checked button", checked_background(theme)),
    ):
        assert background is not None
        ratio = contrast_ratio(ring, background)
        assert ratio >= FOCUS_MIN_CONTRAST, f"{theme.name}: focus {ring} on {name} {background}: {ratio:.2f}"
    # The built-in schemes' own focus colour passes, so it is the one used.
    assert ring == theme.focus


def test_focus_ring_of_the_system_look_stands_out_from_its_palette(qapp: QApplication) -> None:
    palette = qapp.palette()
    ring = focus_ring_colour(get_theme("default"), palette)
    for role in (
        palette.ColorRole.Window,
        palette.ColorRole.Base,
        palette.ColorRole.Button,
        palette.ColorRole.Midlight,
    ):
        assert contrast_ratio(ring, palette.color(role).name()) >= FOCUS_MIN_CONTRAST, role


def test_a_pale_focus_colour_gives_way_to_the_text_colour() -> None:
    from reader.core.themes import replace_colours

    pale = replace_colours(get_theme("black-on-white"), focus="#f0f0f0")
    assert focus_ring_colour(pale) == "#000000"
    assert "qproperty-focusRing: #000000" in render_style_sheet(pale, font_size_pt=16, big_toolbar=False)


# Focus ring pixels: checked and focused differ, and checked+focused shows both


def _toolbar(qtbot: QtBot) -> tuple[QWidget, ToolbarButton, ToolbarButton]:
    host = QWidget()
    layout = QVBoxLayout(host)
    toolbar = AccessibleToolbar(host)
    layout.addWidget(toolbar)
    first = QAction("十字线", host, checkable=True)
    first.setObjectName("action_first")
    second = QAction("大字幕", host, checkable=True)
    second.setObjectName("action_second")
    a = toolbar.add_action(first, "crosshair")
    b = toolbar.add_action(second, "caption")
    assert isinstance(a, ToolbarButton) and isinstance(b, ToolbarButton)
    qtbot.addWidget(host)
    host.resize(400, 160)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, a, b


def _pixel(widget: QWidget, x: int, y: int) -> str:
    return QColor(widget.grab().toImage().pixel(x, y)).name()


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_checked_and_focused_look_different(qtbot: QtBot, manager: ThemeManager, theme: Theme) -> None:
    manager.apply(theme)
    _host, button, other = _toolbar(qtbot)
    button.defaultAction().setChecked(True)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    ring = FOCUS_RING_WIDTH // 2  # inside the painted ring
    border = FOCUS_RING_WIDTH + 2 + 1  # inside the button's own border (ring, gap, border)
    middle = button.height() // 2
    # Checked, not focused: its border in the chrome text colour, nothing in the ring's place.
    assert _pixel(button, border, middle) == theme.chrome_text
    assert _pixel(button, ring, middle) == theme.chrome_background
    # Focused, not checked: the ring in the focus colour, no checked border.
    assert _pixel(other, ring, middle) == theme.focus
    assert _pixel(other, border, middle) != theme.chrome_text
    # Checked and focused: both, the ring outside the checked border.
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert _pixel(button, ring, middle) == theme.focus
    assert _pixel(button, border, middle) == theme.chrome_text
    assert _pixel(other, ring, middle) == theme.chrome_background


# Interface size


def test_interface_size_scales_menus_and_dialogs(qtbot: QtBot, manager: ThemeManager) -> None:
    sizes = {}
    for scale in (100, 200):
        for theme in (get_theme("default"), get_theme("yellow-on-black")):
            manager.apply(theme, font_size_pt=16, ui_scale=scale)
            menu = QMenu()
            menu.addAction("打开")
            dialog = QDialog()
            label = QLabel("字号", dialog)
            qtbot.addWidget(dialog)
            qtbot.addWidget(menu)
            menu.ensurePolished()
            label.ensurePolished()
            sizes[scale, theme.name] = (menu.font().pointSize(), label.font().pointSize())
            assert QApplication.font().pointSize() == chrome_point_size(16, False, scale)
    for theme in ("default", "yellow-on-black"):
        assert sizes[100, theme] == (12, 12)
        assert sizes[200, theme] == (24, 24)


def test_interface_size_keeps_the_toolbar_on_screen() -> None:
    assert bar_point_size(16, False, 100) == 12
    assert bar_point_size(16, False, 150) == 18
    assert bar_point_size(32, True, 300) == 24
    sheet = render_style_sheet(get_theme("default"), font_size_pt=16, big_toolbar=False, ui_scale=300)
    assert "font-size: 36pt" in sheet  # menus and tooltips
    assert "font-size: 24pt" in sheet  # toolbar and status bar


def test_the_reading_text_keeps_its_size(qtbot: QtBot, manager: ThemeManager) -> None:
    view = ReadingView(style=TextStyle(font_size_pt=20))
    qtbot.addWidget(view)
    manager.apply(get_theme("default"), ui_scale=300)
    assert view.font().pointSizeF() == 20


def test_presets_raise_the_interface_size() -> None:
    assert settings_schema.elder_preset().ui_scale == settings_schema.ELDER_UI_SCALE == 150
    assert settings_schema.low_vision_preset().ui_scale == settings_schema.LOW_VISION_UI_SCALE == 200
    larger = settings_schema.Settings(ui_scale=300)
    assert settings_schema.elder_preset(larger).ui_scale == 300


def test_view_menu_sets_the_interface_size(window: MainWindow) -> None:
    action = window.commands["ui_scale_150"]
    assert action.isCheckable()
    assert window.commands["ui_scale_100"].isChecked()
    action.trigger()
    assert window.settings.ui_scale == 150
    assert action.isChecked()
    assert QApplication.font().pointSize() == chrome_point_size(
        window.settings.font_size_pt, window.settings.big_toolbar, 150
    )
    window.commands["ui_scale_100"].trigger()


# Toolbar layout


@pytest.mark.parametrize("width", [640, 800, 1000, 1280])
def test_toolbar_rows_are_balanced(window: MainWindow, qtbot: QtBot, width: int) -> None:
    window.resize(width, 700)
    qtbot.wait(50)
    flow = window.toolbar.rows.flow
    inner = window.toolbar.rows.width()
    rows = flow.rows(inner)
    widths = [item.sizeHint().width() for item in flow._items]
    greedy = flow._wrap(widths, inner - 4)  # the layout's 2 px margins
    assert len(rows) == len(greedy)
    if len(rows) > 1:
        assert len(rows[-1]) > 1, "a lone button on the last row"
        gap = flow.spacing()
        row_widths = [sum(item.sizeHint().width() + gap for item in row) for row in rows]
        assert max(row_widths) - min(row_widths) <= max(widths) + gap


@pytest.mark.parametrize("big", [False, True])
def test_buttons_stay_put_when_a_state_text_changes(window: MainWindow, qtbot: QtBot, big: bool) -> None:
    window.change(big_toolbar=big)
    qtbot.wait(50)
    buttons = window.toolbar.buttons

    def places() -> list[tuple[int, int, int, int]]:
        QApplication.processEvents()
        return [b.geometry().getRect() for b in buttons]

    before = places()
    texts = set()
    for mode in ("2x", "3x", "off"):
        window.change(big_pointer=mode)
        texts.add(window.toolbar_buttons["pointer"].text())
        assert places() == before, mode
    assert len(texts) == 3
    for wpm in (140, 330, 200):
        window.change(speech_rate=wpm)
        assert places() == before, wpm
