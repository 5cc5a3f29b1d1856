"""The window's commands: every action's name, words, icon and kind, and the QActions made from them.

One table (:data:`COMMANDS`) says what each action is; :mod:`reader.ui.shortcuts` says which keys it has.
:func:`create_actions` makes the ``QAction`` objects (named ``action_<name>``, with bilingual tooltip,
status tip and "What's this", the accessible name kept for toolbar buttons), and :func:`apply_shortcuts`
gives them the keys of a preset and shows the first key in the tooltip. What an action *does* is the
window's business; so is which menu holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.ui import shortcuts, strings


@dataclass(frozen=True, slots=True)
class Command:
    control: Callable[[], strings.Control]
    icon: str | None = None
    is_checkable: bool = False


COMMANDS: dict[str, Command] = {
    # The barrier-free toolbar, in the order portal users know.
    "sound": Command(strings.sound, "sound", is_checkable=True),
    "rate": Command(strings.speech_rate, "rate"),
    "point_read": Command(strings.point_read, "point_read", is_checkable=True),
    "continuous_read": Command(strings.continuous_read, "continuous_read", is_checkable=True),
    "scheme": Command(strings.scheme_menu, "scheme"),
    "larger": Command(strings.larger_text, "larger"),
    "smaller": Command(strings.smaller_text, "smaller"),
    "pointer": Command(strings.pointer, "pointer"),
    "crosshair": Command(strings.crosshair, "crosshair", is_checkable=True),
    "caption": Command(strings.caption, "caption", is_checkable=True),
    "text_only": Command(strings.text_only, "text_only", is_checkable=True),
    "convert": Command(strings.convert_script, "convert"),
    "reset": Command(strings.reset_display, "reset"),
    "help": Command(strings.help_shortcuts, "help"),
    "more": Command(strings.more_menu, "more"),
    # Menus only.
    "line_focus": Command(strings.line_focus, "line_focus"),
    "line_focus_up": Command(strings.line_focus_up),
    "line_focus_down": Command(strings.line_focus_down),
    "text_settings": Command(strings.text_settings, "text_settings"),
    "caption_top": Command(strings.caption_top, is_checkable=True),
    "pointer_colour": Command(strings.pointer_colour, is_checkable=True),
    "big_toolbar": Command(strings.big_toolbar, is_checkable=True),
    "elder": Command(strings.elder_mode),
    "low_vision": Command(strings.low_vision_mode),
    "reset_size": Command(strings.reset_text),
    "article": Command(strings.show_article, is_checkable=True),
    "whole_page": Command(strings.show_whole_page, is_checkable=True),
    "open": Command(strings.open_file),
    "quit": Command(strings.quit_app),
    "about": Command(strings.about),
    "clear_recent": Command(strings.clear_recent),
    "custom_scheme": Command(strings.custom_scheme),
    "pause_speech": Command(strings.pause_speech),
    "stop_speech": Command(strings.stop_speech),
    "read_selection": Command(strings.read_selection),
    "next_sentence": Command(strings.next_sentence),
    "previous_sentence": Command(strings.previous_sentence),
    "next_paragraph": Command(strings.next_paragraph),
    "previous_paragraph": Command(strings.previous_paragraph),
    "word_highlight": Command(strings.word_highlight, is_checkable=True),
    "heading_cue": Command(strings.heading_cue, is_checkable=True),
    "export_audio": Command(strings.export_audio),
    "check_page": Command(strings.findings_panel, is_checkable=True),
    # Find in the article (reader.ui.findcontrols).
    "find": Command(strings.find_command),
    "find_next": Command(strings.find_next_command),
    "find_previous": Command(strings.find_previous_command),
    # Navigation (reader.ui.navigation): the quick-navigation keys work in the reading view only.
    "heading_next": Command(strings.heading_next),
    "heading_previous": Command(strings.heading_previous),
    "paragraph_next": Command(strings.paragraph_next),
    "paragraph_previous": Command(strings.paragraph_previous),
    "table_next": Command(strings.table_next),
    "table_previous": Command(strings.table_previous),
    "image_next": Command(strings.image_next),
    "image_previous": Command(strings.image_previous),
    "heading_list": Command(strings.heading_list),
    "outline_panel": Command(strings.outline_panel, is_checkable=True),
    "where_am_i": Command(strings.where_am_i),
    # 拼音 / 注音 (reader.ui.pinyincontrols).
    "pinyin": Command(strings.pinyin_cycle),
    "pinyin_phrases": Command(strings.phrases_command),
    # The library (reader.ui.librarycontrols).
    "library": Command(strings.library_command),
    "import_library": Command(strings.import_command),
    "add_bookmark": Command(strings.add_bookmark_command),
    "bookmarks": Command(strings.bookmarks_command),
}
"""Action name → what it is. Radio entries (schemes, pointer sizes, line focus, presets) are made by the
window from their own lists."""

TOOLBAR = (
    "sound",
    "rate",
    "point_read",
    "continuous_read",
    "scheme",
    "larger",
    "smaller",
    "pointer",
    "crosshair",
    "caption",
    "text_only",
    "convert",
    "reset",
    "help",
    "more",
)
"""The toolbar's buttons in order: the portal's fourteen, then 更多 for the rest."""


def make_action(
    parent: QWidget, name: str, control: strings.Control, *, is_checkable: bool = False
) -> QAction:
    """A ``QAction`` named ``action_<name>`` with the control's words (no keys yet)."""
    action = QAction(control.label, parent)
    action.setObjectName(f"action_{name}")
    action.setIconText(control.button_text)
    action.setStatusTip(control.description)
    action.setWhatsThis(control.description)
    action.setToolTip(control.name)
    action.setCheckable(is_checkable)
    # Kept for the toolbar button, which takes its accessible name from here.
    action.setProperty("accessibleName", control.name)
    action.setProperty("commandName", name)
    parent.addAction(action)
    return action


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """Every action of :data:`COMMANDS`, added to ``parent`` so their keys work window-wide."""
    actions: dict[str, QAction] = {}
    for name, command in COMMANDS.items():
        actions[name] = make_action(parent, name, command.control(), is_checkable=command.is_checkable)
    return actions


def shown_key(keys: tuple[str, ...]) -> str:
    """The first key as the platform writes it ("Ctrl+=", "⌘=" on macOS), or ""."""
    if not keys:
        return ""
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def tooltip(
    name: str,
    control: strings.Control,
    preset: shortcuts.Preset,
    overrides: shortcuts.Overrides | None = None,
) -> str:
    """The tooltip of action ``name``: its name and its first key."""
    return strings.tooltip(control, shown_key(shortcuts.effective_keys(name, preset, overrides or {})))


def apply_shortcuts(
    actions: dict[str, QAction], preset: shortcuts.Preset, overrides: shortcuts.Overrides | None = None
) -> None:
    """Give every action the keys of ``preset``, with the user's changes (``overrides``) applied."""
    changes = overrides or {}
    for name, action in actions.items():
        command = COMMANDS.get(name)
        keys = shortcuts.effective_keys(name, preset, changes)
        action.setShortcuts([QKeySequence(key) for key in keys])
        control = command.control() if command is not None else None
        if control is not None:
            action.setToolTip(tooltip(name, control, preset, changes))
