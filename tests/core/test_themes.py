"""Every built-in theme keeps its contrast promise; custom themes are refused or warned about."""

from __future__ import annotations

import dataclasses

import pytest

from reader.core.contrast import AA_TEXT, AAA_TEXT, contrast_ratio, is_colour
from reader.core.themes import (
    COLOUR_ROLES,
    CUSTOM_PAIRS,
    CUSTOM_THEME,
    DEFAULT_THEME,
    LOW_CONTRAST,
    NOT_A_COLOUR,
    Theme,
    contrast_checks,
    get_theme,
    list_themes,
    replace_colours,
    theme_names,
)

EXPECTED_NAMES = [
    "default",
    "black-on-white",
    "white-on-black",
    "yellow-on-black",
    "black-on-yellow",
    "yellow-on-blue",
    "white-on-blue",
    "black-on-cream",
]
FIXED_THEMES = [theme for theme in list_themes() if not theme.is_system]


def test_names_are_exactly_the_issue_s() -> None:
    assert theme_names() == EXPECTED_NAMES
    assert CUSTOM_THEME not in theme_names()


def test_get_theme_and_its_error_lists_valid_names() -> None:
    assert get_theme("yellow-on-black").name == "yellow-on-black"
    with pytest.raises(ValueError, match="unknown theme 'purple'") as caught:
        get_theme("purple")
    for name in EXPECTED_NAMES:
        assert name in str(caught.value)


def test_default_theme_follows_the_system() -> None:
    theme = get_theme(DEFAULT_THEME)
    assert theme.is_system
    assert theme.colours() == {}
    assert all(getattr(theme, role) is None for role in COLOUR_ROLES)
    assert contrast_checks(theme) == []


@pytest.mark.parametrize("theme", FIXED_THEMES, ids=lambda t: t.name)
def test_built_in_theme_colours_are_complete_and_normalised(theme: Theme) -> None:
    colours = theme.colours()
    assert list(colours) == list(COLOUR_ROLES)
    for role, value in colours.items():
        assert is_colour(value) and value == value.lower() and len(value) == 7, f"{theme.name}.{role}={value}"
    assert theme.label_zh and theme.label_en
    assert theme.label == f"{theme.label_zh} {theme.label_en}"


@pytest.mark.parametrize("theme", FIXED_THEMES, ids=lambda t: t.name)
def test_built_in_theme_meets_every_contrast_promise(theme: Theme) -> None:
    checks = contrast_checks(theme)
    failures = [check.describe() for check in checks if not check.passes]
    assert not failures, f"{theme.name}: " + "; ".join(failures)


@pytest.mark.parametrize("theme", FIXED_THEMES, ids=lambda t: t.name)
def test_built_in_theme_covers_the_pairs_the_issue_names(theme: Theme) -> None:
    minimums = {check.name: check.minimum for check in contrast_checks(theme)}
    for pair in (
        "text/background",
        "link/background",
        "highlight_text/highlight_background",
        "highlight_background/background",
        "focus/background",
    ):
        assert minimums[pair] >= AAA_TEXT, pair
    assert minimums["disabled_text/background"] >= AA_TEXT


@pytest.mark.parametrize("theme", FIXED_THEMES, ids=lambda t: t.name)
def test_built_in_theme_keeps_states_apart(theme: Theme) -> None:
    # Links rely on underlining, not colour alone (WCAG 1.4.1).
    assert theme.is_link_underlined
    # The spoken sentence and a selection must not look the same.
    assert theme.highlight_background != theme.selection_background
    # Line focus dims the other lines, it does not hide or leave them.
    assert 0 < theme.dim_alpha < 1
    assert theme.is_dark == (
        theme.name in {"white-on-black", "yellow-on-black", "yellow-on-blue", "white-on-blue"}
    )


def test_a_weak_theme_is_caught_with_the_pair_named() -> None:
    weak = replace_colours(get_theme("black-on-white"), link="#7777ff")
    failures = [check.describe() for check in contrast_checks(weak) if not check.passes]
    assert len(failures) == 1
    assert failures[0].startswith("link/background #7777ff on #ffffff")


def test_replace_colours_refuses_unknown_roles() -> None:
    with pytest.raises(ValueError, match="not colour roles: shadow"):
        replace_colours(get_theme("black-on-white"), shadow="#000000")


def test_custom_theme_refuses_text_below_aa() -> None:
    result = Theme.custom(text="#777777", background="#ffffff")
    assert not result.is_ok
    assert result.theme is None
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.code == LOW_CONTRAST and error.params["pair"] == "text" and error.params["minimum"] == 4.5
    assert error.params["ratio"] == pytest.approx(4.48, abs=0.005)
    assert "4.48:1" in error.english and "4.5:1" in error.english


def test_custom_theme_warns_between_aa_and_aaa() -> None:
    result = Theme.custom(text="#666666", background="#ffffff")
    assert result.is_ok and result.theme is not None
    assert result.errors == ()
    assert len(result.warnings) == 1 and "7:1" in result.warnings[0].english
    assert result.warnings[0].code == LOW_CONTRAST and result.warnings[0].params["minimum"] == 7


def test_custom_theme_at_aaa_is_silent_and_derives_the_rest() -> None:
    result = Theme.custom(text="#FFF", background="#202020", link="#80c0ff")
    assert result.is_ok and result.warnings == ()
    theme = result.theme
    assert theme is not None
    assert theme.name == CUSTOM_THEME and theme.is_dark
    assert theme.text == "#ffffff" and theme.link == "#80c0ff"
    assert set(theme.colours()) == set(COLOUR_ROLES)
    # The highlight is the page inverted; disabled text as faint as AA allows.
    assert (theme.highlight_text, theme.highlight_background) == ("#202020", "#ffffff")
    assert theme.disabled_text is not None
    assert AA_TEXT <= contrast_ratio(theme.disabled_text, "#202020") < contrast_ratio("#ffffff", "#202020")


def test_custom_theme_checks_the_colours_given() -> None:
    result = Theme.custom(
        text="#000000", background="#ffffff", highlight_text="#000000", highlight_background="#ffff00"
    )
    # Black on yellow reads well, but the yellow block hardly stands out from a white page.
    assert result.is_ok and result.errors == ()
    assert [warning.params["pair"] for warning in result.warnings] == ["highlight"]
    assert "Highlight on background" in result.warnings[0].english

    bad_link = Theme.custom(text="#000000", background="#ffffff", link="#aaaaff")
    assert not bad_link.is_ok
    assert [error.params["pair"] for error in bad_link.errors] == ["link"]
    assert "Link on background" in bad_link.errors[0].english

    weak_focus = Theme.custom(text="#000000", background="#ffffff", focus="#dddddd")
    assert [error.params["pair"] for error in weak_focus.errors] == ["focus"]
    assert "Focus ring" in weak_focus.errors[0].english

    hard_to_read = Theme.custom(
        text="#000000", background="#ffffff", highlight_text="#777777", highlight_background="#888888"
    )
    assert [error.params["pair"] for error in hard_to_read.errors] == ["highlight_text"]
    assert {m.params["pair"] for m in (*bad_link.errors, *weak_focus.errors, *hard_to_read.errors)} <= set(
        CUSTOM_PAIRS
    )


def test_custom_theme_refuses_unreadable_colours() -> None:
    result = Theme.custom(text="black", background="#fff")
    assert not result.is_ok
    assert [error.code for error in result.errors] == [NOT_A_COLOUR]
    assert dict(result.errors[0].params) == {"role": "text", "value": '"black"'}
    assert "“text”" in result.errors[0].english and "#rrggbb" in result.errors[0].english


def test_themes_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        get_theme("black-on-white").text = "#111111"  # type: ignore[misc]
