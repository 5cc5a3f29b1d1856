"""The settings schema, validation, migration, the settings file and the presets."""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from reader.core import settings as schema
from reader.core.settings import (
    MIGRATIONS,
    VERSION,
    CustomColours,
    Settings,
    SettingsStore,
    current_theme,
    elder_preset,
    low_vision_preset,
    options,
    reset,
)
from reader.core.themes import DEFAULT_THEME, theme_names

FIXED_TIME = datetime(2025, 5, 3, 10, 20, 30)


def store_in(directory: Path) -> SettingsStore:
    return SettingsStore(directory / "settings.json", clock=lambda: FIXED_TIME)


# --- the schema --------------------------------------------------------------------------------------


def test_every_option_is_declared_with_labels_and_description() -> None:
    names = [option.name for option in options()]
    assert names == [f.name for f in dataclasses.fields(Settings)]
    for option in options():
        assert option.label_zh and option.label_en and option.description, option.name
        assert option.kind.describe(), option.name


@pytest.mark.parametrize("option", options(), ids=lambda o: o.name)
def test_every_default_passes_its_own_validation(option: schema.Option) -> None:
    assert option.kind.check(option.default) == option.default
    assert getattr(Settings(), option.name) == option.default


def test_defaults_round_trip_without_problems() -> None:
    assert Settings().problems() == []
    assert Settings.from_dict(Settings().to_dict()) == (Settings(), [])
    assert Settings().to_dict()["version"] == VERSION


def test_issue_defaults_and_bounds() -> None:
    defaults = Settings()
    assert defaults.font_size_pt == 16
    assert defaults.theme == DEFAULT_THEME
    assert defaults.max_line_width_chars == 0
    assert defaults.font_family == ""
    assert schema.option("font_size_pt").kind.describe() == "12–120 pt"
    assert schema.option("line_spacing").kind.describe() == "1–3×"
    assert schema.option("max_line_width_chars").kind.describe() == "20–200 (or 0 = off)"
    assert set(theme_names()) < set(schema.option("theme").kind.describe().split(" | "))


def test_bounds_and_choices_are_read_from_the_schema() -> None:
    from reader.cli import FONT_SIZE_RANGE

    assert schema.bounds("font_size_pt") == (12.0, 120.0) == FONT_SIZE_RANGE
    assert schema.bounds("speech_rate") == (80.0, 450.0)
    assert schema.bounds("max_line_width_chars") == (20.0, 200.0)  # 0 = off lies outside
    assert schema.choices("line_focus") == (0, 1, 3, 5)
    assert schema.choices("interface_language") == schema.INTERFACE_LANGUAGES
    assert schema.choices("big_pointer") == ("off", "2x", "3x")
    assert schema.choices("theme") == (*theme_names(), "custom")
    for name in ("bold", "theme"):
        with pytest.raises(TypeError, match=name):
            schema.bounds(name)
    with pytest.raises(TypeError, match="font_size_pt"):
        schema.choices("font_size_pt")
    with pytest.raises(KeyError):
        schema.bounds("no_such_setting")
    with pytest.raises(KeyError):
        schema.choices("no_such_setting")


@pytest.mark.parametrize(
    "option", [o for o in options() if isinstance(o.kind, schema.Number)], ids=lambda o: o.name
)
def test_values_at_the_bounds_are_kept_and_beyond_them_clamped(option: schema.Option) -> None:
    low, high = schema.bounds(option.name)
    for value, expected in [(low, low), (high, high), (high + 1, high)]:
        settings, problems = Settings.from_dict({"version": VERSION, option.name: value})
        assert getattr(settings, option.name) == expected
        assert bool(problems) == (value != expected)


def test_settings_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().bold = True  # type: ignore[misc]


def test_paragraph_gap_in_em() -> None:
    assert Settings(paragraph_spacing=2.0, line_spacing=1.5).paragraph_gap_em == pytest.approx(1.5)
    assert Settings(paragraph_spacing=1.0).paragraph_gap_em == 0


# --- validation --------------------------------------------------------------------------------------


def test_unknown_keys_are_dropped_silently() -> None:
    settings, problems = Settings.from_dict({"version": 1, "colour_of_the_moon": "blue", "bold": True})
    assert settings == Settings(bold=True)
    assert problems == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("font_size_pt", "large"),
        ("font_size_pt", True),
        ("font_size_pt", None),
        ("font_size_pt", float("nan")),
        ("bold", "yes"),
        ("bold", 1),
        ("alignment", "right"),
        ("theme", "purple"),
        ("line_focus", 2),
        ("line_focus", True),
        ("line_focus", "3"),
        ("big_pointer", "4x"),
        ("interface_language", "fr"),
        ("max_line_width_chars", -4),
        ("max_line_width_chars", 30.5),
        ("font_family", "Noto\x00Sans"),
        ("font_family", 12),
        ("recent_files", "a.html"),
        ("last_convert", ["s2t"]),
        ("custom_theme", "#000000"),
        ("window_geometry", {"x": 1}),
    ],
)
def test_wrong_values_fall_back_to_the_default_with_a_message(key: str, value: object) -> None:
    settings, problems = Settings.from_dict({"version": 1, key: value})
    assert settings == Settings()
    assert len(problems) == 1
    label = schema.option(key)
    assert label.label_zh in problems[0] and label.label_en in problems[0]
    assert "default" in problems[0]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("font_size_pt", 500, 120.0),
        ("font_size_pt", 2, 12.0),
        ("line_spacing", 0.5, 1.0),
        ("line_spacing", 10, 3.0),
        ("letter_spacing_em", -1, 0.0),
        ("paragraph_spacing", 99, 5.0),
        ("max_line_width_chars", 5, 20),
        ("max_line_width_chars", 10_000, 200),
    ],
)
def test_numbers_out_of_bounds_are_clamped_with_a_message(key: str, value: object, expected: object) -> None:
    settings, problems = Settings.from_dict({"version": 1, key: value})
    assert getattr(settings, key) == expected
    assert len(problems) == 1
    assert "using" in problems[0] and "已改为" in problems[0]


def test_good_values_are_kept_and_typed() -> None:
    data = {
        "version": 1,
        "font_size_pt": 40,
        "max_line_width_chars": 60.0,
        "line_focus": 3,
        "theme": "yellow-on-blue",
        "alignment": "justify",
        "interface_language": "zh_HK",
        "last_convert": {"zh-Hans": "s2t", "zh-TW": "none"},
        "recent_files": ["/a.html", "/b.txt"],
        "custom_theme": {"text": "#FFF", "background": "#000"},
        "window_geometry": "AdnQywADAAA=",
    }
    settings, problems = Settings.from_dict(data)
    assert problems == []
    assert settings.font_size_pt == 40.0 and isinstance(settings.font_size_pt, float)
    assert settings.max_line_width_chars == 60 and isinstance(settings.max_line_width_chars, int)
    assert settings.recent_files == ("/a.html", "/b.txt")
    assert settings.last_convert == {"zh-Hans": "s2t", "zh-TW": "none"}
    assert settings.custom_theme == CustomColours(text="#ffffff", background="#000000")
    assert settings.theme == "yellow-on-blue"


def test_recent_files_are_deduplicated_and_capped() -> None:
    paths = [f"/doc{i}.html" for i in range(30)]
    settings, problems = Settings.from_dict({"version": 1, "recent_files": [paths[0], *paths, 7, ""]})
    assert settings.recent_files == tuple(paths[:20])
    assert len(problems) == 1 and "Recent files" in problems[0]


def test_bad_entries_of_collections_are_dropped_others_kept() -> None:
    settings, problems = Settings.from_dict(
        {"version": 1, "last_convert": {"zh-Hans": "s2t", "zh": 3, "": "t2s", "en": "../etc"}}
    )
    assert settings.last_convert == {"zh-Hans": "s2t"}
    assert len(problems) == 1

    settings, problems = Settings.from_dict(
        {"version": 1, "custom_theme": {"text": "#111111", "background": "white", "glow": "#fff"}}
    )
    assert settings.custom_theme == CustomColours(text="#111111")
    assert len(problems) == 1 and "background" in problems[0] and "glow" in problems[0]


def test_unreadable_custom_theme_falls_back_to_the_system_theme() -> None:
    data = {"version": 1, "theme": "custom", "custom_theme": {"text": "#777777", "background": "#888888"}}
    settings, problems = Settings.from_dict(data)
    assert settings.theme == DEFAULT_THEME
    assert settings.custom_theme.text == "#777777"  # the user's colours are kept to fix later
    assert len(problems) == 1 and "custom colours" in problems[0]


def test_current_theme() -> None:
    assert current_theme(Settings(theme="white-on-blue")).name == "white-on-blue"
    custom = current_theme(
        Settings(theme="custom", custom_theme=CustomColours(text="#eeeeee", background="#111111"))
    )
    assert custom.name == "custom" and custom.text == "#eeeeee"
    unreadable = Settings(theme="custom", custom_theme=CustomColours(text="#777777", background="#888888"))
    assert current_theme(unreadable).name == DEFAULT_THEME


@pytest.mark.parametrize("data", [None, [], "settings", 3, [("bold", True)]])
def test_non_mapping_data_gives_defaults(data: object) -> None:
    settings, problems = Settings.from_dict(data)
    assert settings == Settings()
    assert len(problems) == 1


# --- hypothesis: from_dict never raises and always gives valid settings --------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
option_names = st.sampled_from([option.name for option in options()] + ["version", "font_size"])
settings_dicts = st.dictionaries(option_names | st.text(max_size=10), json_values, max_size=12)


@hypothesis_settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(settings_dicts)
def test_from_dict_never_raises_and_gives_valid_settings(data: dict[str, Any]) -> None:
    settings, problems = Settings.from_dict(data)
    assert isinstance(settings, Settings)
    assert all(isinstance(problem, str) and problem for problem in problems)
    assert settings.problems() == []
    assert Settings.from_dict(settings.to_dict()) == (settings, [])
    # What is valid is also savable as strict JSON.
    json.dumps(settings.to_dict(), allow_nan=False)
    assert 12 <= settings.font_size_pt <= 120 and math.isfinite(settings.font_size_pt)
    assert settings.max_line_width_chars == 0 or 20 <= settings.max_line_width_chars <= 200


# --- migrations --------------------------------------------------------------------------------------


def test_migrations_cover_every_version_below_the_current_one() -> None:
    assert sorted(MIGRATIONS) == list(range(VERSION))
    assert MIGRATIONS[0] is schema.migrate_0_to_1


def test_version_0_font_size_in_pixels_becomes_points() -> None:
    settings, problems = Settings.from_dict({"version": 0, "font_size": 32, "bold": True})
    assert problems == []
    assert settings.font_size_pt == 24.0
    assert settings.bold


def test_a_file_without_version_is_version_0() -> None:
    settings, _ = Settings.from_dict({"font_size": 24})
    assert settings.font_size_pt == 18.0


def test_a_bad_old_font_size_is_reported_after_migration() -> None:
    settings, problems = Settings.from_dict({"version": 0, "font_size": "big"})
    assert settings.font_size_pt == 16.0
    assert len(problems) == 1 and "Text size" in problems[0]


def test_newer_and_invalid_versions_are_read_with_a_message() -> None:
    settings, problems = Settings.from_dict({"version": VERSION + 1, "bold": True, "new_thing": 1})
    assert settings.bold and len(problems) == 1 and "newer" in problems[0]
    settings, problems = Settings.from_dict({"version": "one", "bold": True})
    assert settings.bold and len(problems) == 1 and "version" in problems[0]


def test_a_version_without_a_migration_path_gives_defaults() -> None:
    settings, problems = Settings.from_dict({"version": -3, "bold": True})
    assert settings == Settings()
    assert len(problems) == 1 and "too old" in problems[0]


# --- the file ----------------------------------------------------------------------------------------


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert store_in(tmp_path).load() == (Settings(), [])


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = store_in(tmp_path / "nested" / "dir")
    saved = dataclasses.replace(
        low_vision_preset(),
        recent_files=("/tmp/文章.html",),
        last_convert={"zh-Hant": "t2s"},
        font_family="Noto Sans CJK SC",
    )
    store.save(saved)
    assert store.load() == (saved, [])
    text = store.path.read_text(encoding="utf-8")
    assert "文章" in text  # written as readable UTF-8, not \u escapes
    assert json.loads(text)["version"] == VERSION


def test_save_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.save(Settings())
    store.save(Settings(bold=True))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert store.load()[0].bold


def test_failed_save_keeps_the_old_file_and_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_in(tmp_path)
    store.save(Settings(bold=True))

    def broken_replace(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.save(Settings(bold=False))
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert store.load()[0].bold


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[1, 2, 3]",
        b'"just a string"',
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xfe\xfa\xfb" * 20,
        b"",
        b"[" * 100_000,
    ],
    ids=["not-json", "array", "string", "binary", "bad-utf8", "empty", "deep"],
)
def test_corrupt_file_is_moved_aside_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    store = store_in(tmp_path)
    store.path.write_bytes(content)
    settings, problems = store.load()
    assert settings == Settings()
    aside = tmp_path / "settings.json.corrupt-20250503-102030"
    assert aside.read_bytes() == content
    assert not store.path.exists()
    assert len(problems) == 1 and aside.name in problems[0]
    # Saving afterwards works and keeps the damaged copy.
    store.save(settings)
    assert aside.exists() and store.load() == (Settings(), [])


def test_read_only_load_leaves_a_corrupt_file_in_place_and_still_reports_it(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.path.write_bytes(b"{not json")
    settings, problems = store.load(is_read_only=True)
    assert settings == Settings()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert store.path.read_bytes() == b"{not json"
    assert len(problems) == 1 and "not valid JSON" in problems[0] and "corrupt-" not in problems[0]
    # Read-only changes nothing else: a good file loads as usual.
    store.save(Settings(bold=True))
    assert store.load(is_read_only=True) == (Settings(bold=True), [])


def test_second_corrupt_file_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    for _ in range(2):
        store.path.write_text("{oops", encoding="utf-8")
        store.load()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["settings.json.corrupt-20250503-102030", "settings.json.corrupt-20250503-102030-1"]


def test_oversized_file_is_treated_as_corrupt(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.path.write_text(
        json.dumps({"window_geometry": "x" * (schema.MAX_FILE_BYTES + 10)}), encoding="utf-8"
    )
    settings, problems = store.load()
    assert settings == Settings() and "too large" in problems[0]


def test_valid_json_with_bad_values_is_not_moved(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.path.write_text(json.dumps({"version": 1, "font_size_pt": 1000}), encoding="utf-8")
    settings, problems = store.load()
    assert settings.font_size_pt == 120 and len(problems) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_unreadable_path_gives_defaults_and_a_message(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    settings, problems = store_in(tmp_path).load()
    assert settings == Settings() and len(problems) == 1
    assert (tmp_path / "settings.json").is_dir()  # not ours to move


def test_default_location_honours_reader_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    assert SettingsStore().path == tmp_path / "settings.json"
    monkeypatch.delenv("READER_CONFIG_DIR")
    assert SettingsStore().path.name == "settings.json"
    assert "accessible-reader" in str(SettingsStore().path)


# --- presets -----------------------------------------------------------------------------------------


def test_elder_preset_meets_the_age_friendly_rules() -> None:
    base = Settings(theme="black-on-cream", recent_files=("/a.html",))
    elder = elder_preset(base)
    assert elder.font_size_pt == 22 >= schema.ELDER_MIN_FONT_PT
    assert elder.line_spacing == 1.5 >= schema.ELDER_MIN_LINE_SPACING
    assert elder.paragraph_spacing >= schema.ELDER_MIN_PARAGRAPH_SPACING
    assert elder.big_pointer == "2x" and elder.big_toolbar
    assert elder.theme == "black-on-cream" and elder.recent_files == ("/a.html",)
    assert elder.problems() == []


def test_low_vision_preset() -> None:
    settings = low_vision_preset()
    assert (settings.font_size_pt, settings.theme, settings.line_focus) == (32, "yellow-on-black", 3)
    assert settings.problems() == []


def test_reset_keeps_recent_files_and_geometry_only() -> None:
    used = dataclasses.replace(
        low_vision_preset(), recent_files=("/a.html",), window_geometry="AdnQ", last_convert={"zh": "s2t"}
    )
    fresh = reset(used)
    assert fresh == Settings(recent_files=("/a.html",), window_geometry="AdnQ")
    assert reset() == Settings()


def test_speech_settings_are_checked() -> None:
    settings, problems = Settings.from_dict(
        {
            "version": 1,
            "speech_rate": 9999,
            "speech_volume": -5,
            "voices": {"mandarin": "sit/cmn", "klingon": "x", "cantonese": 5},
            "announce_toggles": "sometimes",
        }
    )
    assert settings.speech_rate == 450 and settings.speech_volume == 0
    assert settings.voices == {"mandarin": "sit/cmn"}
    assert settings.announce_toggles == "auto"
    assert len(problems) == 4
    round_trip, again = Settings.from_dict(settings.to_dict())
    assert round_trip == settings and again == []
