"""Changing the keys of the window's actions: the checks and changes behind the shortcuts dialog's key
editor, saved in the ``shortcut_keys`` setting of the active preset.

:class:`KeyEditor` is what ``ShortcutsDialog`` calls (its ``KeyEditing`` protocol): it words why a key
cannot be taken (another action has it, it moves focus or the caret, it opens a menu), stores a change
as the settings' ``shortcut_keys`` (which makes the window re-apply every key and refresh the dialog),
and announces each change once. The other preset's changes are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from reader.ui import commands, shortcuts, strings

if TYPE_CHECKING:
    from reader.ui.windowparts import Window


@dataclass(frozen=True, slots=True)
class Row:
    """One action of the table: its command name, accessible name, keys shown per preset, and whether the
    user changed its keys in the active preset."""

    action: str
    name: str
    keys: dict[str, str]
    is_changed: bool = False


def normal_key(key: str) -> str:
    """One spelling per key: Qt's portable text of it, case-folded ("Esc" and "escape" are one key)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText).casefold()


def _shown(keys: tuple[str, ...]) -> str:
    return ", ".join(commands.shown_key((key,)) for key in keys)


class KeyEditor:
    """The window's side of the key editor."""

    def __init__(self, window: Window) -> None:
        self.window = window

    # --- what the dialog shows ------------------------------------------------------------------------

    def action_names(self) -> list[str]:
        """Every command that can have keys: those of the key table first, in its order, then the rest."""
        names = [name for name in shortcuts.TABLE if name in self.window.commands]
        names += [
            name for name in commands.COMMANDS if name not in shortcuts.TABLE and name in self.window.commands
        ]
        return names

    def name_of(self, action: str) -> str:
        found = self.window.commands.get(action)
        return str(found.property("accessibleName")) if found is not None else action

    def rows(self) -> list[Row]:
        settings = self.window.settings
        overrides = settings.shortcut_keys
        changed = overrides.get(settings.shortcut_preset, {})
        return [
            Row(
                action=name,
                name=self.name_of(name),
                keys={
                    preset: _shown(shortcuts.effective_keys(name, preset, overrides))
                    for preset in shortcuts.PRESETS
                },
                is_changed=name in changed,
            )
            for name in self.action_names()
        ]

    def menu_mnemonics(self) -> list[str]:
        """The menu bar's Alt+letter keys, in portable form."""
        main = self.window.widget()
        bar = main.menuBar() if isinstance(main, QMainWindow) else None
        if bar is None:
            return []
        found = (QKeySequence.mnemonic(action.text()) for action in bar.actions())
        return [key.toString(QKeySequence.SequenceFormat.PortableText) for key in found if not key.isEmpty()]

    # --- KeyEditing -------------------------------------------------------------------------------------

    def key_problem(self, action: str, key: str) -> str:
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        refused = shortcuts.refusal(normal_key(key), [normal_key(m) for m in self.menu_mnemonics()])
        if refused == "empty":
            return strings.key_needed()
        if refused == "navigation":
            return strings.key_moves_focus(shown)
        if refused == "menu":
            return strings.key_opens_menu(shown)
        settings = self.window.settings
        owner = shortcuts.conflict(
            action,
            key,
            settings.shortcut_preset,
            settings.shortcut_keys,
            actions=self.action_names(),
            normal=normal_key,
        )
        return strings.key_taken(shown, self.name_of(owner)) if owner is not None else ""

    def set_keys(self, action: str, keys: tuple[str, ...] | None) -> None:
        settings = self.window.settings
        preset = settings.shortcut_preset
        if keys and any(self.key_problem(action, key) for key in keys):
            return  # never store a key that clashes, whoever asks
        overrides = shortcuts.with_keys(settings.shortcut_keys, preset, action, keys)
        self.window.change(shortcut_keys=overrides)
        name = self.name_of(action)
        now = shortcuts.effective_keys(action, preset, overrides)
        if keys is None:
            self.window.announce(strings.key_restored(name, _shown(now) or strings.no_shortcut()))
        elif not keys:
            self.window.announce(strings.keys_removed(name))
        else:
            self.window.announce(strings.keys_changed(name, _shown(now)))

    def reset_all_keys(self) -> None:
        settings = self.window.settings
        preset = settings.shortcut_preset
        self.window.change(shortcut_keys=shortcuts.without_changes(settings.shortcut_keys, preset))
        self.window.announce(strings.all_keys_restored(strings.preset_short_name(preset)))

    def announce(self, message: str) -> None:
        self.window.announce(message)
