"""The kind of the ``shortcut_keys`` setting: the keys a user gave actions, per shortcut preset.

Saved as ``{"portal": {"crosshair": ["Alt+Shift+Z"]}, "app": {}}``: preset → action → up to
:data:`MAX_KEYS` key sequences in Qt's portable text form (an empty list: the user took the keys away).
Only the shape is checked here; which action names exist and which keys clash is the UI's business
(``reader.ui.shortcuts``), so a newer version's actions survive a round trip through an older one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.settings.kinds import Adjusted, Kind, _dropped, _wrong_type

PRESET_NAMES = ("portal", "app")
MAX_KEYS = 4
MAX_ACTIONS = 200
_ACTION = re.compile(r"[a-z][a-z0-9_]{0,63}")
_KEY = re.compile(r"[^\x00-\x1f\x7f]{1,40}")


@dataclass(frozen=True, slots=True)
class KeyMap(Kind):
    """Preset → action → keys; invalid entries are dropped (and said so), never the whole map."""

    def describe(self) -> str:
        return "portal|app → action name → list of up to 4 keys such as Alt+Shift+X"

    def check(self, value: object) -> object:
        if not isinstance(value, dict):
            raise _wrong_type("settings.not_a_map", "a mapping", value)
        kept: dict[str, dict[str, tuple[str, ...]]] = {}
        dropped = 0
        for preset, changes in value.items():
            if preset not in PRESET_NAMES or not isinstance(changes, dict):
                dropped += 1
                continue
            own: dict[str, tuple[str, ...]] = {}
            for action, keys in changes.items():
                if (
                    isinstance(action, str)
                    and _ACTION.fullmatch(action)
                    and isinstance(keys, list | tuple)
                    and len(keys) <= MAX_KEYS
                    and all(isinstance(k, str) and _KEY.fullmatch(k) for k in keys)
                    and len(own) < MAX_ACTIONS
                ):
                    own[action] = tuple(keys)
                else:
                    dropped += 1
            if own:
                kept[preset] = own
        if dropped:
            return Adjusted(kept, _dropped(dropped))
        return kept
