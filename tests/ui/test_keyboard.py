"""Keyboard only: every toolbar action is reached with Tab and with its shortcut, in both presets.

Keys are sent as a user presses them (``QTest.keyClick`` on the focused widget), so Qt's shortcut map
decides what they do, menu mnemonics included: a portal key (Alt+Shift+letter) must never open a menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import commands, shortcuts
from reader.ui.mainwindow import MainWindow
from tests.ui.articles import make_opened, numbered_paragraphs

pytestmark = pytest.mark.gui


def press(widget: QWidget, key: str) -> None:
    """Press ``key`` ("Alt+Shift+X") on ``widget`` the way a keyboard would."""
    combination = QKeySequence(key)[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def close_popups() -> None:
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()


@pytest.fixture
def ready(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    opened = make_opened(tmp_path, numbered_paragraphs(10))
    opened.article.page_text = "首页 政务公开\n主办单位：青溪区人民政府"
    window.show_opened(opened)
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    return window


def test_tab_moves_through_every_toolbar_button_in_order(ready: MainWindow, qtbot: QtBot) -> None:
    buttons = ready.toolbar.buttons
    assert [b.objectName() for b in buttons] == [f"button_{name}" for name in commands.TOOLBAR]
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is buttons[0])
    seen = [focused()]
    for _ in range(len(buttons)):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen[: len(buttons)] == buttons, [w.objectName() for w in seen]
    assert seen[len(buttons)] is ready.reading_view
    # And back: Shift+Tab from the reading view returns to the last button.
    QTest.keyClick(ready.reading_view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is buttons[-1]


def test_checkable_buttons_tell_their_state_to_screen_readers(ready: MainWindow) -> None:
    for name in ("crosshair", "caption", "text_only"):
        button = ready.toolbar_buttons[name]
        before = QAccessible.queryAccessibleInterface(button).state()
        assert before.checkable
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
        after = QAccessible.queryAccessibleInterface(button).state()
        assert bool(after.checked) != bool(before.checked), name
        assert button.isChecked() == bool(after.checked)


def _effects(window: MainWindow) -> dict[str, tuple[Callable[[], object], Callable[[object, object], bool]]]:
    """Per toolbar action: what to look at, and how it must differ after the key."""
    s = lambda: window.settings  # noqa: E731
    changed: Callable[[object, object], bool] = lambda a, b: a != b  # noqa: E731
    return {
        "sound": (lambda: s().sound, changed),
        "rate": (lambda: s().speech_rate, changed),
        "point_read": (lambda: s().point_read, changed),
        # The silent engine reads in the tests: 连读 starts a reading (and the key again stops it).
        "continuous_read": (lambda: window.speech.say_all_state, changed),
        "scheme": (window.scheme_menu.isVisible, lambda a, b: b is True),
        "larger": (lambda: s().font_size_pt, lambda a, b: b > a),  # type: ignore[operator]
        "smaller": (lambda: s().font_size_pt, lambda a, b: b < a),  # type: ignore[operator]
        "pointer": (lambda: s().big_pointer, changed),
        "crosshair": (lambda: s().crosshair, changed),
        "caption": (lambda: s().caption_strip, changed),
        "text_only": (window.commands["article"].isChecked, changed),
        "reset": (lambda: s().line_spacing, lambda a, b: b == 1.5),
        "help": (
            lambda: window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible(),
            changed,
        ),
        "more": (window.more_menu.isVisible, lambda a, b: b is True),
        "convert": (window.convert_menu.isVisible, lambda a, b: b is True),
    }


@pytest.mark.parametrize("preset", shortcuts.PRESETS)
def test_every_toolbar_action_has_a_working_shortcut(
    ready: MainWindow, qtbot: QtBot, preset: shortcuts.Preset
) -> None:
    window = ready
    window.change(shortcut_preset=preset, font_size_pt=24.0, line_spacing=2.0)
    effects = _effects(window)
    for name in commands.TOOLBAR:
        keys = shortcuts.keys(name, preset)
        assert keys, f"{name} has no key in the {preset} preset"
        window.reading_view.setFocus()
        QApplication.processEvents()
        read, differs = effects[name]
        before = read()
        press(window.reading_view, keys[0])
        QApplication.processEvents()
        after = read()
        assert differs(before, after), (preset, name, keys[0], before, after)
        if name not in ("scheme", "more", "convert"):
            assert not isinstance(QApplication.activePopupWidget(), QMenu), f"{keys[0]} opened a menu"
        close_popups()
        if window.shortcuts_dialog is not None:
            window.shortcuts_dialog.close()
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if name == "reset":
            window.change(shortcut_preset=preset, font_size_pt=24.0, line_spacing=2.0)
        if name == "sound":
            window.change(sound=True)
        if name == "continuous_read":
            window.speech.stop()


@pytest.mark.parametrize("preset", shortcuts.PRESETS)
def test_keys_are_unique_shown_in_tooltips_and_follow_the_preset(ready: MainWindow, preset: str) -> None:
    assert shortcuts.clashes(preset) == {}  # type: ignore[arg-type]
    ready.change(shortcut_preset=preset)
    assert ready.commands[f"preset_{preset}"].isChecked()
    for name in commands.TOOLBAR:
        key = commands.shown_key(shortcuts.keys(name, preset))  # type: ignore[arg-type]
        assert key in ready.toolbar_buttons[name].toolTip(), (preset, name)
        assert key in ready.commands[name].toolTip()
    if preset == "app":
        assert QKeySequence("Alt+Shift+X") not in ready.commands["crosshair"].shortcuts()
        assert QKeySequence("Ctrl+Shift+X") in ready.commands["crosshair"].shortcuts()


def test_portal_keys_never_take_a_menu_mnemonic(ready: MainWindow) -> None:
    mnemonics = {
        QKeySequence.mnemonic(action.text()).toString()
        for action in ready.menuBar().actions()
        if action.text()
    }
    assert mnemonics == {"Alt+F", "Alt+V", "Alt+R", "Alt+H"}
    portal = {key for binding in shortcuts.TABLE.values() for key in binding.portal}
    assert not portal & mnemonics
    # Alt+V still opens the View menu; Alt+Shift+V (声音) does not.
    press(ready.reading_view, "Alt+Shift+V")
    assert QApplication.activePopupWidget() is None


def test_menus_are_reachable_and_list_the_aids(ready: MainWindow) -> None:
    view_menu = next(a.menu() for a in ready.menuBar().actions() if "查看" in a.text())
    titles = [a.text() for a in view_menu.actions() if a.text()]
    for expected in ("文字", "配色", "阅读辅助", "预设", "大工具栏", "快捷键方案"):
        assert any(expected in t for t in titles), (expected, titles)
    aids = next(a.menu() for a in view_menu.actions() if "阅读辅助" in a.text())
    aid_titles = [a.text() for a in aids.actions() if a.text()]
    for expected in ("鼠标指针", "十字线", "行聚焦", "大字幕"):
        assert any(expected in t for t in aid_titles), (expected, aid_titles)
    for menu in ready.findChildren(QMenu):
        letters = [QKeySequence.mnemonic(a.text()).toString() for a in menu.actions() if a.text()]
        letters = [m for m in letters if m]
        assert len(letters) == len(set(letters)), (menu.title(), [a.text() for a in menu.actions()])


def test_help_lists_every_action_and_filters(ready: MainWindow) -> None:
    press(ready.reading_view, "F1")
    dialog = ready.shortcuts_dialog
    assert dialog is not None
    assert dialog.isVisible()
    rows = dialog.visible_rows()
    # Every command is listed (those without a key too: any of them can be given one).
    assert len(rows) == len([n for n in commands.COMMANDS if n in ready.commands])
    assert any("十字线" in row for row in rows)
    dialog.filter.setText("alt+shift+x")
    assert [row for row in dialog.visible_rows()] == [
        str(ready.commands["crosshair"].property("accessibleName"))
    ]
    dialog.filter.setText("字幕")
    assert any("大字幕" in row for row in dialog.visible_rows())
    dialog.filter.clear()
    assert len(dialog.visible_rows()) == len(rows)
    assert dialog.table.accessibleName()
    assert dialog.filter.accessibleName()
    dialog.close()


def test_line_focus_keys_move_the_band(ready: MainWindow) -> None:
    ready.change(line_focus=1)
    view = ready.reading_view
    view.moveCursor(view.textCursor().MoveOperation.Start)
    before = view.textCursor().position()
    press(view, "Alt+Down")
    assert view.textCursor().position() > before
    press(view, "Alt+Up")
    assert view.textCursor().position() == before
