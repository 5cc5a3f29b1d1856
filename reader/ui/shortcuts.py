"""Keyboard shortcuts: one table of the window's actions and their keys in the two presets.

``portal`` follows the accessibility toolbars of government portals, which are driven with Alt and a letter.
Plain Alt+letter would collide with the menus' mnemonics (文件 Alt+F, 查看 Alt+V, 帮助 Alt+H), so the portal
preset uses **Alt+Shift+letter**, the letter taken from the English word (Voice, Speed, Point, Lines,
Colours, Mouse, X for the crosshair, Big caption, Text, J for 简繁, Reset, Help, N for 更多, Focus); text
size keeps the portal's Alt+= and Alt+-; reading aloud adds K (pause), O or Escape (stop), A (selection).
``app`` is the reader's own Ctrl-based set (Ctrl+Shift+the same
letter). Keys that every reader expects (Ctrl+O, Ctrl+Q, Ctrl+= / Ctrl+- / Ctrl+0, Ctrl+1 / Ctrl+2, F1)
work in both presets.

Key sequences are written in Qt's portable text form ("Ctrl+Shift+X"); the window turns them into
``QKeySequence`` objects and shows the first one of the active preset in tooltips and menus.

Keys are remappable: the setting ``shortcut_keys`` holds, per preset, the actions whose keys the user
changed (an empty list: the user took the key away). :func:`effective_keys` applies it over the table,
:func:`conflict` names the action already owning a key, and :func:`refusal` says why a key can never be
given (keys that move focus or the caret, and the menu bar's Alt+letter mnemonics). Both presets keep
their own changes; resetting one action or all of them drops the changes of the active preset only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

Preset = Literal["portal", "app"]
PRESETS: tuple[Preset, ...] = ("portal", "app")


@dataclass(frozen=True, slots=True)
class Binding:
    """The keys of one action: its own in each preset, then the ones it has in both."""

    portal: tuple[str, ...] = ()
    app: tuple[str, ...] = ()
    common: tuple[str, ...] = ()

    def keys(self, preset: Preset) -> tuple[str, ...]:
        """Every key of the action in ``preset``, the one to show first."""
        own = self.portal if preset == "portal" else self.app
        return (*own, *self.common)


def _both(letter: str, *common: str) -> Binding:
    return Binding((f"Alt+Shift+{letter}",), (f"Ctrl+Shift+{letter}",), tuple(common))


TABLE: dict[str, Binding] = {
    # The barrier-free toolbar, in its order.
    "sound": _both("V"),
    "rate": _both("S"),
    "point_read": _both("P"),
    "continuous_read": _both("L"),
    "scheme": _both("C"),
    "larger": Binding(("Alt+=",), (), ("Ctrl+=", "Ctrl++")),
    "smaller": Binding(("Alt+-",), (), ("Ctrl+-",)),
    "pointer": _both("M"),
    "crosshair": _both("X"),
    "caption": _both("B"),
    "text_only": _both("T"),
    "convert": _both("J"),
    "reset": _both("R"),
    "help": Binding(("Alt+Shift+H",), (), ("F1",)),
    "more": _both("N"),
    # The rest of the window.
    "line_focus": _both("F"),
    "line_focus_up": Binding(common=("Alt+Up",)),
    "line_focus_down": Binding(common=("Alt+Down",)),
    "text_settings": Binding(("Alt+Shift+Z",), ("Ctrl+T",)),
    "caption_top": _both("U"),
    "pointer_colour": _both("W"),
    "elder": _both("E"),
    "low_vision": _both("D"),
    "big_toolbar": _both("G"),
    "reset_size": Binding(common=("Ctrl+0",)),
    "article": Binding(common=("Ctrl+1",)),
    "whole_page": Binding(common=("Ctrl+2",)),
    "open": Binding(common=("Ctrl+O",)),
    "quit": Binding(common=("Ctrl+Q",)),
    # Reading aloud: K to pause (the key media players use), Escape stops, A reads the selection (aloud),
    # Alt+arrows move by sentence and Alt+Page keys by paragraph while reading.
    "pause_speech": _both("K"),
    "stop_speech": _both("O", "Escape"),
    "read_selection": _both("A"),
    "next_sentence": Binding(common=("Alt+Right",)),
    "previous_sentence": Binding(common=("Alt+Left",)),
    "next_paragraph": Binding(common=("Alt+PgDown",)),
    "previous_paragraph": Binding(common=("Alt+PgUp",)),
    "export_audio": Binding(common=("Ctrl+E",)),
    # The accessibility check for staff (Y: the letter left free, as in "why").
    "check_page": _both("Y"),
    # Moving through the article as a screen reader's browse mode does (single letters, in the reading
    # view only, which is read-only: they never type), the heading list (Q, the last letter left) and
    # "where am I" (I).
    "heading_next": Binding(common=("H",)),
    "heading_previous": Binding(common=("Shift+H",)),
    "paragraph_next": Binding(common=("P",)),
    "paragraph_previous": Binding(common=("Shift+P",)),
    "table_next": Binding(common=("T",)),
    "table_previous": Binding(common=("Shift+T",)),
    "image_next": Binding(common=("G",)),
    "image_previous": Binding(common=("Shift+G",)),
    "heading_list": _both("Q"),
    # Find in the article, with the keys every program uses.
    "find": Binding(common=("Ctrl+F",)),
    "find_next": Binding(common=("F3",)),
    "find_previous": Binding(common=("Shift+F3",)),
    "where_am_i": _both("I"),
    # 拼音 / 注音: P for pinyin (there is nothing to print).
    "pinyin": Binding(common=("Ctrl+P",)),
    # The library and bookmarks, with the keys browsers give their library and bookmarks.
    "library": Binding(common=("Ctrl+L",)),
    "add_bookmark": Binding(common=("Ctrl+D",)),
    "bookmarks": Binding(common=("Ctrl+B",)),
}
"""Action name → keys. Actions not listed (About, clear recent, the scheme list) have none."""


def keys(action: str, preset: Preset) -> tuple[str, ...]:
    """The keys of ``action`` in ``preset``; empty for actions without a shortcut."""
    binding = TABLE.get(action)
    return binding.keys(preset) if binding is not None else ()


def clashes(preset: Preset) -> dict[str, list[str]]:
    """Keys that more than one action claims in ``preset`` (the tests keep this empty)."""
    owners: dict[str, list[str]] = {}
    for action, binding in TABLE.items():
        for key in binding.keys(preset):
            owners.setdefault(key.lower(), []).append(action)
    return {key: names for key, names in owners.items() if len(names) > 1}


Overrides = Mapping[str, Mapping[str, tuple[str, ...]]]
"""The setting ``shortcut_keys``: preset → action → the keys the user gave it."""

NAVIGATION_KEYS = frozenset(
    key.casefold()
    for key in (
        "Tab",
        "Shift+Tab",
        "Backtab",
        "Shift+Backtab",
        "Return",
        "Enter",
        "Space",
        "Backspace",
        "Del",
        "Delete",
        "Left",
        "Right",
        "Up",
        "Down",
        "Home",
        "End",
        "PgUp",
        "PgDown",
        "Shift+Left",
        "Shift+Right",
        "Shift+Up",
        "Shift+Down",
        "Shift+Home",
        "Shift+End",
        "Ctrl+Home",
        "Ctrl+End",
        "Ctrl+Left",
        "Ctrl+Right",
        "Ctrl+A",
        "Ctrl+C",
        "Ctrl+F4",
        "Alt+F4",
        "Menu",
        "Shift+F10",
    )
)
"""Keys that move focus or the caret, select, copy or close: never given to an action."""


def effective_keys(action: str, preset: Preset, overrides: Overrides) -> tuple[str, ...]:
    """The keys of ``action`` in ``preset`` once the user's changes are applied."""
    changed = overrides.get(preset, {})
    if action in changed:
        return tuple(changed[action])
    return keys(action, preset)


def owners(
    preset: Preset,
    overrides: Overrides,
    actions: Iterable[str] | None = None,
    normal: Callable[[str], str] = str.casefold,
) -> dict[str, str]:
    """Key (as ``normal`` writes it) → the action that has it in ``preset`` with the user's changes.
    ``actions`` defaults to those of :data:`TABLE`; the window passes every action it has."""
    found: dict[str, str] = {}
    for action in actions if actions is not None else TABLE:
        for key in effective_keys(action, preset, overrides):
            found.setdefault(normal(key), action)
    return found


def conflict(
    action: str,
    key: str,
    preset: Preset,
    overrides: Overrides,
    *,
    actions: Iterable[str] | None = None,
    normal: Callable[[str], str] = str.casefold,
) -> str | None:
    """The other action that already has ``key`` in ``preset``, or None when the key is free.
    ``normal`` makes two spellings of one key equal (the window uses Qt's: "Esc" and "Escape")."""
    owner = owners(preset, overrides, actions, normal).get(normal(key))
    return owner if owner is not None and owner != action else None


def refusal(key: str, mnemonics: Iterable[str] = ()) -> Literal["empty", "navigation", "menu"] | None:
    """Why ``key`` can never be an action's key ("navigation", "menu" for a menu bar mnemonic such as
    Alt+F), or None when it can."""
    folded = key.casefold()
    if not folded:
        return "empty"
    if folded in NAVIGATION_KEYS:
        return "navigation"
    if folded in {m.casefold() for m in mnemonics}:
        return "menu"
    return None


def with_keys(
    overrides: Overrides, preset: Preset, action: str, new_keys: tuple[str, ...] | None
) -> dict[str, dict[str, tuple[str, ...]]]:
    """``overrides`` with ``action``'s keys in ``preset`` set to ``new_keys`` (None: back to the preset's
    own); a change equal to the preset's own keys is dropped rather than kept."""
    result = {p: dict(changed) for p, changed in overrides.items()}
    changed = result.setdefault(preset, {})
    if new_keys is None or tuple(new_keys) == keys(action, preset):
        changed.pop(action, None)
    else:
        changed[action] = tuple(new_keys)
    if not changed:
        del result[preset]
    return result


def without_changes(overrides: Overrides, preset: Preset) -> dict[str, dict[str, tuple[str, ...]]]:
    """``overrides`` with every change of ``preset`` dropped (the other preset's stay)."""
    return {p: dict(changed) for p, changed in overrides.items() if p != preset}
