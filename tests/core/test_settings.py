"""The settings schema, validation, migration, the settings file and the presets."""

from __future__ import annotations

import dataclasses
import errno
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
from reader.core.contrast import contrast_ratio
from reader.core.messages import Message
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
from reader.core.settings.kinds import SHOWN_LENGTH
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
    ("key", "value", "code"),
    [
        ("font_size_pt", "large", "settings.not_a_number"),
        ("font_size_pt", True, "settings.not_a_number"),
        ("font_size_pt", None, "settings.not_a_number"),
        ("font_size_pt", float("nan"), "settings.not_finite"),
        ("bold", "yes", "settings.not_boolean"),
        ("bold", 1, "settings.not_boolean"),
        ("alignment", "right", "settings.not_a_choice"),
        ("theme", "purple", "settings.unknown_theme"),
        ("line_focus", 2, "settings.not_a_choice"),
        ("line_focus", True, "settings.not_a_choice"),
        ("line_focus", "3", "settings.not_a_choice"),
        ("big_pointer", "4x", "settings.not_a_choice"),
        ("interface_language", "fr", "settings.not_a_choice"),
        ("max_line_width_chars", -4, "settings.negative"),
        ("max_line_width_chars", 30.5, "settings.not_whole_number"),
        ("font_family", "Noto\x00Sans", "settings.control_characters"),
        ("font_family", 12, "settings.not_text"),
        ("font_family", "x" * 201, "settings.text_too_long"),
        ("recent_files", "a.html", "settings.not_a_list"),
        ("last_convert", ["s2t"], "settings.not_a_map"),
        ("voices", "espeak", "settings.not_a_map"),
        ("custom_theme", "#000000", "settings.not_colours"),
        ("window_geometry", {"x": 1}, "settings.not_text"),
    ],
)
def test_wrong_values_fall_back_to_the_default_with_a_message(key: str, value: object, code: str) -> None:
    settings, problems = Settings.from_dict({"version": 1, key: value})
    assert settings == Settings()
    assert len(problems) == 1
    problem = problems[0]
    assert problem.code == code
    assert problem.params["option"] == key
    assert "default" in problem.params
    # The English, for the command line and the log: the option's English name, and the default taken.
    label = schema.option(key)
    assert label.label_en in problem.english and "using the default" in problem.english
    assert label.label_zh not in problem.english


def test_a_fallback_names_the_value_and_the_default_as_the_file_writes_them() -> None:
    _, problems = Settings.from_dict({"version": 1, "font_size_pt": "big", "alignment": "right", "bold": 3})
    by_option = {problem.params["option"]: problem.params for problem in problems}
    assert by_option["font_size_pt"]["value"] == '"big"' and by_option["font_size_pt"]["default"] == "16"
    assert by_option["alignment"]["value"] == '"right"' and by_option["alignment"]["default"] == '"left"'
    assert by_option["alignment"]["choices"] == "left | justify | center"
    assert by_option["bold"]["value"] == "3" and by_option["bold"]["default"] == "false"
    # An empty default is not worth reading out.
    _, problems = Settings.from_dict({"version": 1, "font_family": 12})
    assert problems[0].params["default"] == "" and problems[0].english.endswith("using the default.")


def test_a_long_value_is_shown_short() -> None:
    _, problems = Settings.from_dict({"version": 1, "theme": "x" * 500})
    shown = problems[0].params["value"]
    assert isinstance(shown, str) and len(shown) == SHOWN_LENGTH and shown.endswith("…")


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
    problem = problems[0]
    low, high = schema.bounds(key)
    assert problem.code == "settings.out_of_range"
    assert dict(problem.params) == {
        "option": key,
        "value": str(value),
        "minimum": low,
        "maximum": high,
        "unit": schema.option(key).kind.unit.strip(),  # type: ignore[attr-defined]
        "result": expected,
    }
    assert "using" in problem.english


def test_the_unit_of_a_range_is_a_short_key() -> None:
    units = {o.name: o.kind.unit.strip() for o in options() if isinstance(o.kind, schema.Number)}
    assert units == {
        "font_size_pt": "pt",
        "line_spacing": "×",
        "letter_spacing_em": "em",
        "paragraph_spacing": "×",
        "max_line_width_chars": "",
        "speech_rate": "wpm",
        "speech_volume": "%",
    }


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
    assert len(problems) == 1 and problems[0].code == "settings.entries_dropped"
    assert dict(problems[0].params) == {"option": "recent_files", "count": 13}
    assert "Recent files" in problems[0].english and "13 invalid, repeated or surplus entries" in str(
        problems[0]
    )


def test_bad_entries_of_collections_are_dropped_others_kept() -> None:
    settings, problems = Settings.from_dict(
        {"version": 1, "last_convert": {"zh-Hans": "s2t", "zh": 3, "": "t2s", "en": "../etc"}}
    )
    assert settings.last_convert == {"zh-Hans": "s2t"}
    assert len(problems) == 1 and problems[0].code == "settings.invalid_entries_dropped"
    assert dict(problems[0].params) == {"option": "last_convert", "count": 3}

    settings, problems = Settings.from_dict(
        {"version": 1, "custom_theme": {"text": "#111111", "background": "white", "glow": "#fff"}}
    )
    assert settings.custom_theme == CustomColours(text="#111111")
    assert len(problems) == 1 and problems[0].code == "settings.colours_invalid"
    assert dict(problems[0].params) == {"option": "custom_theme", "invalid": "background", "unknown": "glow"}
    assert "background" in problems[0].english and "glow" in problems[0].english

    _, problems = Settings.from_dict({"version": 1, "custom_theme": {"text": "#111111", "focus": 3}})
    assert dict(problems[0].params) == {"option": "custom_theme", "invalid": "focus", "unknown": ""}


def test_unreadable_custom_theme_falls_back_to_the_system_theme() -> None:
    data = {"version": 1, "theme": "custom", "custom_theme": {"text": "#777777", "background": "#888888"}}
    settings, problems = Settings.from_dict(data)
    assert settings.theme == DEFAULT_THEME
    assert settings.custom_theme.text == "#777777"  # the user's colours are kept to fix later
    assert len(problems) == 1 and problems[0].code == "settings.custom_colours_unreadable"
    params = problems[0].params
    assert params["pair"] == "text" and params["minimum"] == 4.5
    assert params["ratio"] == pytest.approx(contrast_ratio("#777777", "#888888"))
    assert "custom colours" in problems[0].english and "1.26:1" in problems[0].english


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
    assert [problem.code for problem in problems] == ["settings.not_named_values"]


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
    assert all(isinstance(problem, Message) and problem.code.startswith("settings.") for problem in problems)
    assert all(problem.english for problem in problems)
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
    assert len(problems) == 1 and problems[0].code == "settings.not_a_number"
    assert problems[0].params["option"] == "font_size_pt" and "Text size" in problems[0].english


def test_newer_and_invalid_versions_are_read_with_a_message() -> None:
    settings, problems = Settings.from_dict({"version": VERSION + 1, "bold": True, "new_thing": 1})
    assert settings.bold and len(problems) == 1 and "newer" in problems[0].english
    assert problems[0].code == "settings.version_newer" and problems[0].params["version"] == VERSION + 1
    settings, problems = Settings.from_dict({"version": "one", "bold": True})
    assert settings.bold and len(problems) == 1 and "version" in problems[0].english
    assert problems[0].code == "settings.version_invalid" and problems[0].params["value"] == '"one"'


def test_a_version_without_a_migration_path_gives_defaults() -> None:
    settings, problems = Settings.from_dict({"version": -3, "bold": True})
    assert settings == Settings()
    assert len(problems) == 1 and "too old" in problems[0].english
    assert problems[0].code == "settings.version_too_old" and problems[0].params["version"] == -3


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
    ("content", "code"),
    [
        (b"{not json", "settings.file_not_json"),
        (b"[1, 2, 3]", "settings.file_not_an_object"),
        (b'"just a string"', "settings.file_not_an_object"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "settings.file_not_text"),
        (b"\xff\xfe\xfa\xfb" * 20, "settings.file_not_text"),
        (b"", "settings.file_not_json"),
        (b"[" * 100_000, "settings.file_not_json"),
    ],
    ids=["not-json", "array", "string", "binary", "bad-utf8", "empty", "deep"],
)
def test_corrupt_file_is_moved_aside_and_defaults_used(tmp_path: Path, content: bytes, code: str) -> None:
    store = store_in(tmp_path)
    store.path.write_bytes(content)
    settings, problems = store.load()
    assert settings == Settings()
    aside = tmp_path / "settings.json.corrupt-20250503-102030"
    assert aside.read_bytes() == content
    assert not store.path.exists()
    assert len(problems) == 1 and problems[0].code == code
    assert dict(problems[0].params) == {"path": str(store.path), "kept_as": aside.name}
    assert aside.name in problems[0].english
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
    assert len(problems) == 1 and problems[0].code == "settings.file_not_json"
    assert dict(problems[0].params) == {"path": str(store.path), "kept_as": ""}
    assert "not valid JSON" in problems[0].english and "corrupt-" not in problems[0].english
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
    assert settings == Settings() and "too large" in problems[0].english
    assert problems[0].code == "settings.file_too_large"


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
    assert problems[0].code == "settings.file_is_a_folder"
    assert problems[0].params["path"] == str(tmp_path / "settings.json")
    assert (tmp_path / "settings.json").is_dir()  # not ours to move


def test_a_file_that_may_not_be_read_or_fails_to_read_gives_defaults_and_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_in(tmp_path)
    store.path.write_text("{}", encoding="utf-8")

    def refused(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refused)
    settings, problems = store.load()
    assert settings == Settings() and [p.code for p in problems] == ["settings.file_denied"]

    def failed(self: Path, *args: object, **kwargs: object) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", failed)
    settings, problems = store.load()
    assert settings == Settings() and [p.code for p in problems] == ["settings.file_unreadable"]
    assert problems[0].params["detail"] == "Input/output error"
    assert "Input/output error" in problems[0].english


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (PermissionError(13, "Permission denied"), "settings.save_denied"),
        (OSError(errno.ENOSPC, "No space left on device"), "settings.save_disk_full"),
        (OSError(5, "Input/output error"), "settings.save_failed"),
        (ValueError("Out of range float values are not JSON compliant"), "settings.save_failed"),
    ],
)
def test_a_failed_save_is_told_as_a_message(tmp_path: Path, error: Exception, code: str) -> None:
    problem = schema.save_problem(tmp_path / "settings.json", error)
    assert problem.code == code
    assert problem.params["path"] == str(tmp_path / "settings.json")
    assert str(tmp_path) in problem.english


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
