"""Schemes colour the whole application (palette, style, style sheet), ``default`` gives the system look
back, and the custom scheme editor checks contrast live, refuses unreadable text and works by keyboard."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.core.contrast import contrast_ratio
from reader.core.themes import COLOUR_ROLES, Theme, get_theme, list_themes
from reader.ui import strings
from reader.ui.mainwindow import MainWindow
from reader.ui.schemedialog import SchemeDialog
from reader.ui.theming import (
    FIXED_STYLE,
    ThemeManager,
    build_palette,
    chrome_point_size,
    connect_system_contrast,
    preferred_high_contrast_theme,
    reading_view_colours,
    render_style_sheet,
    system_prefers_high_contrast,
    template_values,
)

pytestmark = pytest.mark.gui

FIXED = [theme for theme in list_themes() if not theme.is_system]
ALL = list_themes()
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
Role = QPalette.ColorRole


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[ThemeManager]:
    themes = ThemeManager(qapp)
    yield themes
    # The QApplication is shared by the whole session: leave it as it was.
    themes.restore()


def expected_roles(theme: Theme) -> dict[QPalette.ColorRole, str]:
    c = theme.colours()
    return {
        Role.Window: c["chrome_background"],
        Role.WindowText: c["chrome_text"],
        Role.Base: c["background"],
        Role.Text: c["text"],
        Role.Button: c["chrome_background"],
        Role.ButtonText: c["chrome_text"],
        Role.ToolTipBase: c["tooltip_background"],
        Role.ToolTipText: c["tooltip_text"],
        Role.Highlight: c["selection_background"],
        Role.HighlightedText: c["selection_text"],
        Role.Link: c["link"],
        Role.LinkVisited: c["link"],
        Role.PlaceholderText: c["disabled_text"],
        Role.Accent: c["focus"],
    }


def pixel(widget: QWidget, x: int, y: int) -> str:
    return QColor(widget.grab().toImage().pixel(x, y)).name()


# Palette


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_palette_has_the_theme_s_colour_in_every_role_and_group(theme: Theme) -> None:
    palette = build_palette(theme)
    disabled_roles = {Role.WindowText, Role.Text, Role.ButtonText}
    for role, colour in expected_roles(theme).items():
        for group in GROUPS:
            wanted = theme.disabled_text if group == GROUPS[2] and role in disabled_roles else colour
            assert palette.color(group, role).name() == wanted, (theme.name, group, role)
    # The bevel roles are set too, and stay distinguishable from the chrome background.
    for role in (Role.Light, Role.Midlight, Role.Mid, Role.Dark, Role.Shadow, Role.AlternateBase):
        for group in GROUPS:
            assert palette.isBrushSet(group, role), (theme.name, role)
    assert contrast_ratio(palette.color(Role.Dark).name(), theme.chrome_background or "") >= 3.0


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_disabled_text_stays_readable(theme: Theme) -> None:
    palette = build_palette(theme)
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.WindowText).name()
    assert contrast_ratio(disabled, theme.chrome_background or "") >= 4.5


def test_default_theme_has_no_palette_of_its_own() -> None:
    with pytest.raises(ValueError, match="default"):
        build_palette(get_theme("default"))


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_apply_sets_the_application_palette_style_and_tooltips(manager: ThemeManager, theme: Theme) -> None:
    manager.apply(theme, font_size_pt=20, big_toolbar=False)
    assert manager.theme is theme
    assert manager.style_name.lower() == FIXED_STYLE.lower()
    palette = QApplication.palette()
    for role, colour in expected_roles(theme).items():
        assert palette.color(QPalette.ColorGroup.Active, role).name() == colour, role
    assert QToolTip.palette().color(Role.ToolTipBase).name() == theme.tooltip_background
    assert QToolTip.palette().color(Role.ToolTipText).name() == theme.tooltip_text
    assert manager.style_sheet in qapp_sheet()


def qapp_sheet() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


# Style sheets


@pytest.mark.parametrize("big_toolbar", [False, True])
@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_style_sheet_renders_without_leftover_placeholders(theme: Theme, big_toolbar: bool) -> None:
    sheet = render_style_sheet(theme, font_size_pt=48, big_toolbar=big_toolbar)
    assert not PLACEHOLDER.search(sheet)
    assert sheet.count("{") == sheet.count("}")
    assert "{{" not in sheet
    values = template_values(theme, font_size_pt=48, big_toolbar=big_toolbar)
    assert f"font-size: {values['font_size']}pt" in sheet
    if theme.is_system:
        # The system look: sizes and the focus ring only, colours from the system palette.
        assert not re.search(r"#[0-9a-fA-F]{6}", sheet)
        # The focus ring names the palette role that stands out from the window, page and checked fill.
        assert re.search(r"qproperty-focusRing: palette\((highlight|window-text|text)\)", sheet)
    else:
        for role in ("text", "background", "chrome_text", "chrome_background", "focus", "tooltip_text"):
            assert getattr(theme, role) in sheet, role


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_style_sheet_covers_the_whole_window(theme: Theme) -> None:
    sheet = render_style_sheet(theme, font_size_pt=16, big_toolbar=False)
    for selector in (
        "QMainWindow",
        "QMenuBar",
        "QMenu",
        "QToolBar",
        "QToolButton:checked",
        "qproperty-focusRing",
        "QToolButton:disabled",
        "QStatusBar",
        "QToolTip",
        "QScrollBar",
        "QDialog",
        "QPushButton",
        "QLineEdit",
        "QSpinBox",
        "QComboBox",
        "QCheckBox",
        "QListView",
        "QTableView",
        "QHeaderView",
        "QMessageBox",
        "QTextEdit#readingView",
    ):
        assert selector in sheet, selector
    # The focus ring: toolbar buttons paint it (3 px) in the margin the sheet keeps, in the focus colour;
    # the page's border turns the focus colour.
    assert re.search(rf"ToolbarButton \{{ qproperty-focusRing: {theme.focus}; \}}", sheet)
    assert re.search(r"QToolBar QToolButton \{[^}]*margin: ([5-9]|\d\d)px", sheet)
    assert re.search(rf"readingView:focus \{{ border: ([3-9]|\d\d)px solid {theme.focus}", sheet)


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_checked_toolbar_button_stays_readable(theme: Theme) -> None:
    values = template_values(theme, font_size_pt=16, big_toolbar=False)
    assert contrast_ratio(theme.chrome_text or "", values["checked_background"]) >= 7.0
    # The palette's Midlight is the same tint, so a window sheet using palette(midlight) agrees.
    assert build_palette(theme).color(Role.Midlight).name() == values["checked_background"]


def test_chrome_text_grows_with_the_reading_size_within_bounds() -> None:
    assert chrome_point_size(16, False) == 12
    assert chrome_point_size(120, False) == 16
    assert chrome_point_size(16, True) == 18
    assert chrome_point_size(120, True) == 24


# The window follows


@pytest.mark.parametrize("name", ["yellow-on-black", "black-on-yellow", "white-on-blue"])
def test_window_chrome_page_and_menus_follow_the_scheme(
    qtbot: QtBot, manager: ThemeManager, window: MainWindow, name: str
) -> None:
    theme = get_theme(name)
    manager.apply(theme, font_size_pt=24, big_toolbar=False)
    qtbot.wait(10)
    viewport = window.reading_view.viewport()
    assert pixel(viewport, viewport.width() - 5, viewport.height() - 5) == theme.background
    bar = window.statusBar()
    assert pixel(bar, bar.width() // 2, bar.height() - 3) == theme.chrome_background
    toolbar = window.toolbar
    assert pixel(toolbar, toolbar.width() - 3, 3) == theme.chrome_background
    menu_bar = window.menuBar()
    assert pixel(menu_bar, menu_bar.width() - 3, 3) == theme.chrome_background

    # Menus are separate top-level windows: they must follow too.
    menu = QMenu()
    menu.addAction("一")
    menu.addAction("二")
    menu.popup(QPoint(50, 50))
    qtbot.waitExposed(menu)
    assert pixel(menu, menu.width() // 2, menu.height() - 6) == theme.chrome_background
    assert pixel(menu, 0, menu.height() // 2) == theme.chrome_text  # its border
    menu.close()


@pytest.mark.parametrize("name", ["white-on-black", "black-on-cream"])
def test_tooltips_follow_the_scheme(
    qtbot: QtBot, manager: ThemeManager, window: MainWindow, name: str
) -> None:
    theme = get_theme(name)
    manager.apply(theme, font_size_pt=16, big_toolbar=False)
    QToolTip.showText(window.mapToGlobal(QPoint(100, 100)), "提示 Tooltip", window)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    assert tips
    tip = tips[0]
    qtbot.waitExposed(tip)
    assert pixel(tip, tip.width() // 2, 3) == theme.tooltip_background
    assert pixel(tip, 0, tip.height() // 2) == theme.tooltip_text  # its border
    QToolTip.hideText()


def test_links_are_underlined_in_the_link_colour(manager: ThemeManager, window: MainWindow) -> None:
    theme = get_theme("yellow-on-blue")
    manager.apply(theme, font_size_pt=16, big_toolbar=False)
    view = window.reading_view
    view.setHtml("<p>正文 <a href='https://example.invalid/'>链接</a></p>")
    cursor = view.textCursor()
    cursor.setPosition(4)
    assert cursor.charFormat().isAnchor()
    assert cursor.charFormat().fontUnderline()
    assert view.palette().color(Role.Link).name() == theme.link


@pytest.mark.parametrize("theme", FIXED, ids=lambda t: t.name)
def test_arrow_pictures_exist_and_stand_out(theme: Theme) -> None:
    values = template_values(theme, font_size_pt=16, big_toolbar=False)
    for key in ("arrow_up", "arrow_down", "arrow_right"):
        path = Path(values[key])
        assert path.is_file(), path
        shade = "#000000" if path.stem.endswith("black") else "#ffffff"
        assert contrast_ratio(shade, theme.background or "") >= 4.5


def test_dialog_buttons_follow_the_scheme(qtbot: QtBot, manager: ThemeManager) -> None:
    theme = get_theme("yellow-on-blue")
    manager.apply(theme, font_size_pt=16, big_toolbar=False)
    button = QPushButton("确定")
    qtbot.addWidget(button)
    button.resize(120, 50)
    button.show()
    qtbot.waitExposed(button)
    assert pixel(button, 60, 25 - 18) == theme.chrome_background
    assert pixel(button, 1, 25) == theme.chrome_text


def test_scheme_change_keeps_the_reading_font(manager: ThemeManager, window: MainWindow) -> None:
    view = window.reading_view
    view.set_point_size(48)
    # The document's font is what the page is drawn in.
    assert view.document().defaultFont().pointSizeF() == 48
    for theme in [*FIXED, get_theme("default")]:
        manager.apply(theme, font_size_pt=48, big_toolbar=True)
        QApplication.processEvents()
        assert view.document().defaultFont().pointSizeF() == 48, theme.name


def test_default_restores_the_original_look(qapp: QApplication, manager: ThemeManager) -> None:
    before_palette = QPalette(qapp.palette())
    before_tooltip = QToolTip.palette().color(Role.ToolTipBase).name()
    before_style = manager.style_name
    before_sheet = qapp.styleSheet()
    manager.apply(get_theme("yellow-on-black"), font_size_pt=16, big_toolbar=False)
    assert qapp.palette().color(Role.Window).name() == "#000000"
    manager.apply(get_theme("default"), font_size_pt=16, big_toolbar=False)
    assert manager.theme.is_system
    assert manager.style_name == before_style
    for role in expected_roles(get_theme("black-on-white")):
        for group in GROUPS:
            assert qapp.palette().color(group, role) == before_palette.color(group, role), role
    assert QToolTip.palette().color(Role.ToolTipBase).name() == before_tooltip
    assert not re.search(r"#[0-9a-fA-F]{6}", qapp.styleSheet())
    manager.restore()
    assert qapp.styleSheet() == before_sheet


def test_applying_the_same_scheme_twice_does_nothing(qapp: QApplication, manager: ThemeManager) -> None:
    theme = get_theme("white-on-blue")
    manager.apply(theme, font_size_pt=16, big_toolbar=False)
    qapp.setStyleSheet(qapp.styleSheet() + "\n/* marker */")
    manager.apply(theme, font_size_pt=16, big_toolbar=False)
    assert qapp.styleSheet().endswith("/* marker */")
    manager.apply(theme, font_size_pt=16, big_toolbar=True)
    assert "marker" not in qapp.styleSheet()


def test_reading_view_colours_expose_the_speech_highlight(qapp: QApplication) -> None:
    theme = get_theme("yellow-on-black")
    colours = reading_view_colours(theme)
    assert set(colours) == set(COLOUR_ROLES)
    assert colours["highlight_background"].name() == theme.highlight_background
    assert colours["highlight_text"].name() == theme.highlight_text
    assert colours["dim"].alphaF() == pytest.approx(theme.dim_alpha, abs=0.01)
    system = reading_view_colours(get_theme("default"), qapp.palette())
    assert system["highlight_background"] == qapp.palette().color(Role.Highlight)
    assert set(system) == set(COLOUR_ROLES)


def test_system_contrast_hints_are_read_and_followed(qapp: QApplication) -> None:
    assert isinstance(system_prefers_high_contrast(qapp), bool)
    assert preferred_high_contrast_theme(qapp).name in {"white-on-black", "black-on-white"}
    calls: list[bool] = []
    stop = connect_system_contrast(qapp, calls.append)
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert calls == [system_prefers_high_contrast(qapp)]
    stop()
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert len(calls) == 1


# The custom scheme editor


@pytest.fixture
def dialog(qtbot: QtBot) -> SchemeDialog:
    editor = SchemeDialog(None, get_theme("black-on-white"), picker=lambda c, p, t: QColor("#003300"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def test_editor_starts_from_the_theme_and_allows_saving(dialog: SchemeDialog) -> None:
    assert dialog.colours["text"] == "#000000"
    assert dialog.colours["background"] == "#ffffff"
    assert dialog.save_button.isEnabled()
    assert strings.verdict(21) in dialog.contrast_labels["text"].text()
    assert "21.00:1" in dialog.contrast_labels["text"].text()


def test_editor_refuses_text_below_4_5(dialog: SchemeDialog) -> None:
    dialog.set_colour("text", "#777777")  # 4.48:1 on white
    assert not dialog.save_button.isEnabled()
    assert strings.save_refused() in dialog.messages.text()
    assert "4.48:1" in dialog.contrast_labels["text"].text()
    assert strings.verdict(4.48) == "不足"
    assert "不足" in dialog.contrast_labels["text"].text()
    dialog.accept()
    assert dialog.result_theme is None
    assert dialog.isVisible()


def test_editor_warns_below_7_but_saves(dialog: SchemeDialog) -> None:
    dialog.set_colour("text", "#666666")  # 5.74:1 on white
    assert dialog.save_button.isEnabled()
    assert strings.weak_contrast() in dialog.messages.text()
    assert "仅 AA" in dialog.contrast_labels["text"].text()
    dialog.save_button.click()
    assert dialog.result_theme is not None
    assert dialog.result_theme.text == "#666666"


def test_editor_refuses_what_is_not_a_colour(dialog: SchemeDialog) -> None:
    dialog.set_colour("background", "#12")
    assert not dialog.save_button.isEnabled()
    assert strings.not_a_colour("background") in dialog.messages.text()
    dialog.set_colour("background", "fff")
    assert dialog.colours["background"] == "#ffffff"
    assert dialog.save_button.isEnabled()


def test_editor_preview_shows_the_chosen_colours(qtbot: QtBot, dialog: SchemeDialog) -> None:
    dialog.set_colour("background", "#000080")
    dialog.set_colour("text", "#ffff00")
    qtbot.wait(10)
    preview = dialog.preview
    assert pixel(preview, preview.width() - 8, preview.height() // 2) == "#000080"
    assert "underline" in preview.text() or "<u>" in preview.text()


def test_editor_is_operated_by_keyboard(qtbot: QtBot, dialog: SchemeDialog) -> None:
    text_edit = dialog.edits["text"]
    assert text_edit.hasFocus()
    # Type a colour.
    text_edit.selectAll()
    qtbot.keyClicks(text_edit, "#ffff00")
    assert dialog.colours["text"] == "#ffff00"
    assert not dialog.save_button.isEnabled()  # yellow on white: 1.07:1
    # Tab to the picker button, press Space: the (stubbed) colour picker fills the entry.
    qtbot.keyClick(text_edit, Qt.Key.Key_Tab)
    assert dialog.choose_buttons["text"].hasFocus()
    qtbot.keyClick(dialog.choose_buttons["text"], Qt.Key.Key_Space)
    assert dialog.colours["text"] == "#003300"
    assert text_edit.hasFocus()
    # Alt+B (the label's mnemonic) reaches the background entry.
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    background = dialog.edits["background"]
    assert background.hasFocus()
    background.selectAll()
    qtbot.keyClicks(background, "#fffff0")
    # Enter saves (Save is the default button).
    qtbot.keyClick(background, Qt.Key.Key_Return)
    assert dialog.result() == SchemeDialog.DialogCode.Accepted
    assert dialog.result_theme is not None
    assert (dialog.result_theme.text, dialog.result_theme.background) == ("#003300", "#fffff0")


def test_editor_escape_cancels(qtbot: QtBot, dialog: SchemeDialog) -> None:
    qtbot.keyClick(dialog.edits["text"], Qt.Key.Key_Escape)
    assert dialog.result() == SchemeDialog.DialogCode.Rejected
    assert dialog.result_theme is None


def test_editor_tab_order_reaches_every_control(qtbot: QtBot, dialog: SchemeDialog) -> None:
    order: list[QWidget] = []
    for role in strings.ROLE_KEYS:
        order += [dialog.edits[role], dialog.choose_buttons[role]]
    order += [dialog.save_button, dialog.cancel_button]
    for current, following in itertools.pairwise(order):
        assert current.nextInFocusChain() is following or _next_focusable(current) is following


def _next_focusable(widget: QWidget) -> QWidget | None:
    candidate = widget.nextInFocusChain()
    while candidate is not None and not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    return candidate
