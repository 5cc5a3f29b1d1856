"""Every control is named by what it shows, in one language, has its shortcut, and is reached by Tab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.core.resources import sample_article
from reader.ui import strings
from reader.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u4e00-\u9fff]")

SHORTCUTS = {
    "open": "Ctrl+O",
    "quit": "Ctrl+Q",
    "article": "Ctrl+1",
    "whole_page": "Ctrl+2",
    "larger": "Ctrl+=",
    "smaller": "Ctrl+-",
    "reset_size": "Ctrl+0",
    "help": "F1",
}
"""Keys every preset has."""


KEY_WORDS = {
    "Alt",
    "Ctrl",
    "Shift",
    "Meta",
    "Tab",
    "Enter",
    "Esc",
    "Escape",
    "Space",
    "Up",
    "Down",
    "Left",
    "Right",
}
WORD = re.compile(r"[A-Za-z][a-z]{2,}")


def mixes_languages(text: str) -> bool:
    """Han characters and English words in one string (key names and acronyms like WAV do not count)."""
    words = [w for w in WORD.findall(text) if w not in KEY_WORDS]
    return bool(CJK.search(text)) and bool(words)


def accessible(widget: QWidget, kind: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What a screen reader gets: the text of the widget's accessible interface."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(kind)


def controls(window: MainWindow) -> list[QWidget]:
    widgets: list[QWidget] = [
        window.reading_view,
        window.toolbar,
        window.menuBar(),
        *window.findChildren(QMenu),
        *window.toolbar.findChildren(QToolButton),
    ]
    # Qt's menus of the menu bar's overflow appear only when the window is too narrow.
    return [w for w in widgets if not (isinstance(w, QMenu) and not w.title())]


def test_every_control_has_a_name_and_description_in_one_language(window: MainWindow) -> None:
    for widget in controls(window):
        name = accessible(widget)
        description = accessible(widget, QAccessible.Text.Description)
        assert name and not mixes_languages(name), (widget, name)
        assert description and not mixes_languages(description), (widget, description)
        assert "&" not in name, (widget, name)


def test_toolbar_buttons_are_named_by_what_they_show(window: MainWindow) -> None:
    for name, button in window.toolbar_buttons.items():
        shown = button.text().replace("&", "")
        assert accessible(button) == shown, name
        menu_label = strings.mnemonic_free(window.commands[name].text())
        assert shown.startswith(menu_label), (name, shown, menu_label)
    window.commands["pointer"].trigger()
    assert accessible(window.toolbar_buttons["pointer"]) == window.toolbar_buttons["pointer"].text()
    assert accessible(window.toolbar_buttons["pointer"]) != strings.pointer().name, "the state is in the name"


def test_toolbar_buttons_say_their_key_and_popup_buttons_have_an_action(window: MainWindow) -> None:
    larger = window.toolbar_buttons["crosshair"]
    assert "Alt+Shift+X" in accessible(larger, QAccessible.Text.Description)
    for name in ("scheme", "more"):
        interface = QAccessible.queryAccessibleInterface(window.toolbar_buttons[name])
        assert interface is not None
        actions = interface.actionInterface()
        assert actions is not None and actions.actionNames(), name


def test_status_bar_is_named_by_its_message_and_the_frame_by_the_article(window: MainWindow) -> None:
    assert window.open_path(sample_article())
    window.commands["crosshair"].trigger()
    assert "十字线" in window.status_text()
    assert "十字线" in accessible(window.statusBar()) or "十字线" in accessible(window.announcer.label)
    assert window.windowTitle().endswith("无障碍阅读器")
    title = window.display.title if window.display is not None else ""
    assert title and title in accessible(window)


def test_every_action_is_described_and_has_its_shortcut(window: MainWindow) -> None:
    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator() and not a.menu()]
    named = [a for a in actions if a.objectName().startswith("action_")]
    assert {a.objectName() for a in named} >= {f"action_{key}" for key in SHORTCUTS}
    for action in named:
        assert action.text(), action.objectName()
        assert action.toolTip() and not mixes_languages(action.toolTip()), action.objectName()
        assert action.statusTip() and not mixes_languages(action.statusTip()), action.objectName()
        assert action.whatsThis(), action.objectName()
    for key, shortcut in SHORTCUTS.items():
        action = window.commands[key]
        assert QKeySequence(shortcut) in action.shortcuts(), key
        shown = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        assert shown in action.toolTip(), key
    assert QKeySequence("Ctrl++") in window.commands["larger"].shortcuts()


def test_menus_have_mnemonics(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "查看(&V)", "朗读(&R)", "帮助(&H)"]
    mnemonics = [title.split("&")[1][0] for title in titles]
    assert len(set(mnemonics)) == len(mnemonics)


def test_toolbar_buttons_are_focusable_and_show_their_shortcut(window: MainWindow) -> None:
    buttons = window.toolbar.buttons
    assert len(buttons) == 15
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "Alt+" in button.toolTip() or "F1" in button.toolTip(), button.toolTip()
        assert button.width() >= 44
        assert button.height() >= 44


def test_tab_reaches_toolbar_and_reading_view(window: MainWindow, qtbot: QtBot) -> None:
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    seen: list[QWidget] = []
    for _ in range(20):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
    assert set(window.toolbar.buttons) <= set(seen)
    assert window.reading_view in seen


def test_toolbar_button_operable_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    button = window.toolbar_buttons["larger"]
    before = window.reading_view.point_size
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.reading_view.point_size > before


def test_reading_view_is_read_only_with_keyboard_caret(window: MainWindow, tmp_path: Path) -> None:
    view = window.reading_view
    assert view.isReadOnly()
    flags = view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    sheet = window.theme_manager.style_sheet
    assert "readingView" in sheet
    assert ":focus" in sheet


def test_application_identity() -> None:
    from reader.ui.app import application

    app = application()
    assert app.applicationName() == "accessible-reader"
    assert app.desktopFileName() == "accessible-reader"
    assert app.applicationDisplayName() == "无障碍阅读器"
