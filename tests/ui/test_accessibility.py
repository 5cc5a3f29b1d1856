"""Every control is named for screen readers in Chinese and English, has its shortcut, is reached by Tab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")

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


def bilingual(text: str) -> bool:
    return bool(CJK.search(text)) and bool(LATIN.search(text))


def controls(window: MainWindow) -> list[QWidget]:
    widgets: list[QWidget] = [
        window.reading_view,
        window.toolbar,
        window.menuBar(),
        window.statusBar(),
        window.file_label,
        *window.findChildren(QMenu),
        *window.toolbar.findChildren(QToolButton),
    ]
    # Qt's own overflow arrows (toolbar) and menus (menu bar) appear only when the window is too narrow.
    return [
        w
        for w in widgets
        if w.objectName() != "qt_toolbar_ext_button" and not (isinstance(w, QMenu) and not w.title())
    ]


def test_every_widget_has_bilingual_name_and_description(window: MainWindow) -> None:
    for widget in controls(window):
        assert bilingual(widget.accessibleName()), (widget, widget.accessibleName())
        assert bilingual(widget.accessibleDescription()), (widget, widget.accessibleDescription())


def test_every_action_is_described_and_has_its_shortcut(window: MainWindow) -> None:
    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator() and not a.menu()]
    named = [a for a in actions if a.objectName().startswith("action_")]
    assert {a.objectName() for a in named} >= {f"action_{key}" for key in SHORTCUTS}
    for action in named:
        assert action.text(), action.objectName()
        assert bilingual(action.toolTip()), action.objectName()
        assert bilingual(action.statusTip()), action.objectName()
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
