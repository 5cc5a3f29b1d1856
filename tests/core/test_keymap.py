"""The ``shortcut_keys`` setting: per preset, the keys the user gave actions; bad entries dropped alone."""

from __future__ import annotations

import json

from reader.core.settings import Settings


def test_changed_keys_round_trip_through_json() -> None:
    settings, problems = Settings.from_dict(
        {"shortcut_keys": {"portal": {"crosshair": ["Ctrl+Shift+F9"], "read_selection": []}}}
    )
    assert problems == []
    assert settings.shortcut_keys == {"portal": {"crosshair": ("Ctrl+Shift+F9",), "read_selection": ()}}
    again, problems = Settings.from_dict(json.loads(json.dumps(settings.to_dict())))
    assert again == settings and problems == []


def test_bad_entries_are_dropped_and_the_good_ones_kept() -> None:
    data = {
        "shortcut_keys": {
            "portal": {"crosshair": ["Alt+Shift+Z"], "Bad Name": ["X"], "caption": "Alt+B"},
            "app": {"sound": ["\x00"], "rate": ["A", "B", "C", "D", "E"]},
            "nonsense": {"sound": ["X"]},
        }
    }
    settings, problems = Settings.from_dict(data)
    assert settings.shortcut_keys == {"portal": {"crosshair": ("Alt+Shift+Z",)}}
    assert [p.code for p in problems] == ["settings.invalid_entries_dropped"]
    assert problems[0].params["option"] == "shortcut_keys" and problems[0].params["count"] == 5


def test_a_map_that_is_not_a_map_falls_back_to_no_changes() -> None:
    settings, problems = Settings.from_dict({"shortcut_keys": ["Alt+Shift+Z"]})
    assert settings.shortcut_keys == {} and [p.code for p in problems] == ["settings.not_a_map"]


def test_no_changes_by_default() -> None:
    assert Settings().shortcut_keys == {}
