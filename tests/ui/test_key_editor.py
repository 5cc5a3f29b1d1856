"""Remapping keys in the shortcuts dialog, driven by the keyboard as a user does: select an action, 更改按键,
press the new keys, confirm; conflicts are shown, said and refused; changes are saved in the settings,
reset per action and all, and each preset keeps its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.settings import SettingsStore
from reader.ui import shortcuts
from reader.ui.mainwindow import MainWindow
from reader.ui.shortcutsdialog import KeyEditDialog, ShortcutsDialog
from tests.ui.test_accessibility import mixes_languages
from tests.ui.test_keyboard import focused, press

pytestmark = pytest.mark.gui


@pytest.fixture
def said(window: MainWindow) -> list[str]:
    heard: list[str] = []
    window.announcer.said.connect(heard.append)
    return heard


def open_dialog(window: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    press(window.reading_view, "Alt+Shift+H")
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible())
    dialog = window.shortcuts_dialog
    assert dialog is not None
    return dialog


def choose(dialog: ShortcutsDialog, qtbot: QtBot, name: str) -> None:
    """Type ``name`` in the filter, Tab into the table, Down to the row (the keyboard way)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter)
    dialog.filter.clear()
    dialog.filter.insert(name)  # what an input method commits (QTest types Latin keys only)
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)  # Enter in the filter goes to the table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    names = {row.action: row.name for row in dialog.rows}
    for _ in range(len(dialog.visible_rows())):
        if names.get(dialog.selected_action() or "") == name:
            return
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    assert names.get(dialog.selected_action() or "") == name, f"{name} not reachable"


def editor_for(dialog: ShortcutsDialog, qtbot: QtBot) -> KeyEditDialog:
    press(dialog.table, "Alt+C")  # 更改按键(&C)
    qtbot.waitUntil(lambda: dialog.key_editor is not None and dialog.key_editor.isVisible())
    editor = dialog.key_editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.edit)
    return editor


def keys_of(window: MainWindow, action: str) -> list[str]:
    return [key.toString() for key in window.commands[action].shortcuts()]


def test_a_free_key_is_taken_and_works_at_once(window: MainWindow, qtbot: QtBot, said: list[str]) -> None:
    dialog = open_dialog(window, qtbot)
    choose(dialog, qtbot, "十字线")
    editor = editor_for(dialog, qtbot)
    press(focused(), "Ctrl+Shift+F9")
    assert editor.ok.isEnabled()
    assert editor.verdict.text() == "Ctrl+Shift+F9 可以使用。"
    assert said[-1] == "Ctrl+Shift+F9 可以使用。"
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # Tab leaves the key field: it is no key
    assert editor.key() == "Ctrl+Shift+F9"
    editor.ok.click()
    qtbot.waitUntil(lambda: dialog.key_editor is None)
    assert window.settings.shortcut_keys == {"portal": {"crosshair": ("Ctrl+Shift+F9",)}}
    assert keys_of(window, "crosshair") == ["Ctrl+Shift+F9"]
    assert said[-1] == "「十字线」的按键已改为 Ctrl+Shift+F9"
    assert dialog.cell("crosshair", 1) == "Ctrl+Shift+F9（已更改）"  # said in words, not by colour
    assert dialog.reset_button.isEnabled() and dialog.reset_all_button.isEnabled()
    dialog.close()
    qtbot.waitUntil(lambda: window.shortcuts_dialog is None)

    window.activateWindow()
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reading_view)
    before = window.settings.crosshair
    press(window.reading_view, "Alt+Shift+X")  # the old key does nothing now
    assert window.settings.crosshair == before
    press(window.reading_view, "Ctrl+Shift+F9")
    assert window.settings.crosshair != before
    assert "Ctrl+Shift+F9" in window.commands["crosshair"].toolTip()


@pytest.mark.parametrize(
    ("key", "verdict"),
    [
        ("Alt+Shift+V", "Alt+Shift+V 已用于「声音」，请换一个。"),
        ("H", "H 已用于「下一个标题」，请换一个。"),
        ("Alt+V", "Alt+V 用于打开菜单，不能给操作使用。"),
        ("Ctrl+A", "Ctrl+A 用于移动焦点、光标或选取文字，不能给操作使用。"),
        ("Escape", "{Escape} 已用于「停止朗读」，请换一个。"),
        ("Return", "{Return} 用于移动焦点、光标或选取文字，不能给操作使用。"),
    ],
)
def test_a_taken_or_reserved_key_is_shown_said_and_refused(
    window: MainWindow, qtbot: QtBot, said: list[str], key: str, verdict: str
) -> None:
    dialog = open_dialog(window, qtbot)
    choose(dialog, qtbot, "十字线")
    editor = editor_for(dialog, qtbot)
    press(focused(), key)
    # Keys are written as the platform does, in the interface language once Qt's own translations are
    # loaded (Return is 回车 then).
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    verdict = verdict.replace("{" + key + "}", native)
    assert editor.verdict.text() == verdict and said[-1] == verdict
    assert not editor.ok.isEnabled()
    assert editor.edit.accessibleDescription() == verdict
    editor.buttons.accepted.emit()  # nothing can confirm it
    QApplication.processEvents()
    assert editor.isVisible() and window.settings.shortcut_keys == {}
    assert keys_of(window, "crosshair") == ["Alt+Shift+X"]
    editor.reject()
    qtbot.waitUntil(lambda: dialog.key_editor is None)
    assert window.settings.shortcut_keys == {}


def test_the_editor_speaks_one_language_and_names_its_parts(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    choose(dialog, qtbot, "十字线")
    editor = editor_for(dialog, qtbot)
    assert editor.windowTitle() == "更改按键：十字线"
    field = focused()
    assert field.accessibleName() == "新按键" and not mixes_languages(field.accessibleDescription())
    for button in (dialog.change_button, dialog.reset_button, dialog.reset_all_button, editor.no_key):
        name = button.accessibleName()
        assert name and name == button.text().split("(")[0] and not mixes_languages(name)
        assert button.accessibleDescription() and not mixes_languages(button.accessibleDescription())
    editor.reject()


def test_changes_are_saved_reset_per_key_and_all_and_each_preset_keeps_its_own(
    window: MainWindow, qtbot: QtBot, store: SettingsStore, said: list[str]
) -> None:
    dialog = open_dialog(window, qtbot)
    for name, key in (("十字线", "Ctrl+Shift+F9"), ("大字幕", "Ctrl+Shift+F10")):
        choose(dialog, qtbot, name)
        editor = editor_for(dialog, qtbot)
        press(focused(), key)
        editor.ok.click()
        qtbot.waitUntil(lambda: dialog.key_editor is None)
    # 不用按键: the action keeps no key at all.
    choose(dialog, qtbot, "朗读选中内容")
    editor = editor_for(dialog, qtbot)
    editor.no_key.click()
    qtbot.waitUntil(lambda: dialog.key_editor is None)
    assert keys_of(window, "read_selection") == []
    assert said[-1] == "「朗读选中内容」已不用按键"
    portal = {"crosshair": ("Ctrl+Shift+F9",), "caption": ("Ctrl+Shift+F10",), "read_selection": ()}
    assert window.settings.shortcut_keys == {"portal": portal}

    # Saved: the file holds it and a new window starts with it.
    assert window.save_settings()
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["shortcut_keys"] == {"portal": {k: list(v) for k, v in portal.items()}}

    # The other preset is its own: its keys unchanged; a change there is kept apart.
    window.change(shortcut_preset="app")
    assert keys_of(window, "crosshair") == ["Ctrl+Shift+X"]
    assert dialog.preset == "app" and not dialog.reset_all_button.isEnabled()
    choose(dialog, qtbot, "十字线")
    editor = editor_for(dialog, qtbot)
    press(focused(), "Ctrl+Shift+F9")  # free in this preset
    assert editor.ok.isEnabled()
    editor.ok.click()
    qtbot.waitUntil(lambda: dialog.key_editor is None)
    window.change(shortcut_preset="portal")
    assert keys_of(window, "crosshair") == ["Ctrl+Shift+F9"]

    # 恢复此项, then 全部恢复 (of the portal preset only).
    choose(dialog, qtbot, "十字线")
    press(dialog.table, "Alt+E")  # a mnemonic clicks its button a moment later (animateClick)
    qtbot.waitUntil(lambda: keys_of(window, "crosshair") == ["Alt+Shift+X"])
    assert said[-1] == "「十字线」已恢复为 Alt+Shift+X"
    press(dialog.table, "Alt+A")
    qtbot.waitUntil(lambda: said[-1] == "门户网站式的按键已全部恢复")
    assert window.settings.shortcut_keys == {"app": {"crosshair": ("Ctrl+Shift+F9",)}}
    assert keys_of(window, "caption") == ["Alt+Shift+B"] and keys_of(window, "read_selection") == [
        "Alt+Shift+A"
    ]
    dialog.close()


def test_a_new_window_starts_with_the_saved_keys(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.path.write_text(
        json.dumps({"shortcut_keys": {"portal": {"crosshair": ["Ctrl+Shift+F9"]}}}), encoding="utf-8"
    )
    window = MainWindow(store=store)
    qtbot.addWidget(window)
    assert keys_of(window, "crosshair") == ["Ctrl+Shift+F9"]
    assert window.settings.shortcut_preset == "portal"


# --- the rules, without a window ------------------------------------------------------------------------


def test_conflicts_follow_the_changes() -> None:
    changed = {"portal": {"crosshair": ("Ctrl+Shift+F9",)}}
    # Alt+Shift+Z is 文字设置's in the portal preset: taken.
    assert shortcuts.conflict("crosshair", "Alt+Shift+Z", "portal", {}) == "text_settings"
    # Once crosshair has given up Alt+Shift+X, the key is free for another action.
    assert shortcuts.conflict("caption", "Alt+Shift+X", "portal", changed) is None
    assert shortcuts.conflict("caption", "ctrl+shift+f9", "portal", changed) == "crosshair"
    assert shortcuts.conflict("crosshair", "Alt+Shift+X", "app", changed) is None


def test_overrides_keep_only_real_changes() -> None:
    once = shortcuts.with_keys({}, "portal", "crosshair", ("Alt+Shift+Z",))
    assert once == {"portal": {"crosshair": ("Alt+Shift+Z",)}}
    assert shortcuts.with_keys(once, "portal", "crosshair", ("Alt+Shift+X",)) == {}  # back to its own
    assert shortcuts.with_keys(once, "portal", "crosshair", None) == {}
    both = shortcuts.with_keys(once, "app", "crosshair", ())
    assert shortcuts.without_changes(both, "portal") == {"app": {"crosshair": ()}}
    assert shortcuts.refusal("Tab") == "navigation" and shortcuts.refusal("Alt+F", ["Alt+F"]) == "menu"
    assert shortcuts.refusal("") == "empty" and shortcuts.refusal("Ctrl+Shift+F9") is None
