"""Colour parsing, WCAG 2.1 luminance and contrast against published values, blending."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.contrast import (
    AA_TEXT,
    blend,
    contrast_ratio,
    format_colour,
    is_colour,
    normalise_colour,
    parse_colour,
    relative_luminance,
    strongest_fade,
)

channels = st.integers(min_value=0, max_value=255)
colours = st.builds(lambda r, g, b: format_colour((r, g, b)), channels, channels, channels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#000000", (0, 0, 0)),
        ("#FFFFFF", (255, 255, 255)),
        ("#1a2B3c", (26, 43, 60)),
        ("#abc", (170, 187, 204)),
    ],
)
def test_parse_accepts_six_and_three_digit_hex(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_colour(text) == expected


@pytest.mark.parametrize(
    "text", ["", "#", "000000", "#12", "#1234", "#gggggg", "red", "#1234567", "rgb(0,0,0)"]
)
def test_parse_refuses_anything_else(text: str) -> None:
    assert not is_colour(text)
    with pytest.raises(ValueError, match="not a colour"):
        parse_colour(text)


def test_normalise_and_format() -> None:
    assert normalise_colour("#ABC") == "#aabbcc"
    assert format_colour((300, -5, 16)) == "#ff0010"


@pytest.mark.parametrize(
    ("colour", "luminance"),
    [("#000000", 0.0), ("#ffffff", 1.0), ("#ff0000", 0.2126), ("#00ff00", 0.7152), ("#0000ff", 0.0722)],
)
def test_relative_luminance_of_primaries(colour: str, luminance: float) -> None:
    assert relative_luminance(colour) == pytest.approx(luminance, abs=1e-9)


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#000", "#fff", 21.0),
        ("#777777", "#ffffff", 4.48),  # the classic "just fails AA" grey
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#595959", "#ffffff", 7.0),  # the lightest grey that passes AAA on white
        ("#ffff00", "#000000", 19.56),
        ("#0000ff", "#ffffff", 8.59),
        ("#ff0000", "#ffffff", 4.0),
        ("#123456", "#123456", 1.0),
    ],
)
def test_contrast_ratio_matches_known_wcag_values(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)


def test_aa_threshold_separates_777_and_767676() -> None:
    assert contrast_ratio("#777", "#fff") < AA_TEXT <= contrast_ratio("#767676", "#fff")


@given(colours, colours)
def test_contrast_is_symmetric_and_bounded(a: str, b: str) -> None:
    ratio = contrast_ratio(a, b)
    assert ratio == pytest.approx(contrast_ratio(b, a))
    assert 1.0 <= ratio <= 21.0 + 1e-9


def test_blend_ends_and_middle() -> None:
    assert blend("#000000", "#ffffff", 1.0) == "#000000"
    assert blend("#000000", "#ffffff", 0.0) == "#ffffff"
    assert blend("#000000", "#ffffff", 0.5) == "#808080"
    assert blend("#ff0000", "#0000ff", 0.25) == "#4000bf"
    with pytest.raises(ValueError, match="alpha"):
        blend("#000", "#fff", 1.5)


@given(colours, colours, st.floats(min_value=0.0, max_value=1.0))
def test_blend_lies_between_its_colours(top: str, bottom: str, alpha: float) -> None:
    mixed = parse_colour(blend(top, bottom, alpha))
    for m, t, b in zip(mixed, parse_colour(top), parse_colour(bottom), strict=True):
        assert min(t, b) <= m <= max(t, b)


def test_strongest_fade_keeps_the_minimum() -> None:
    faded = strongest_fade("#000000", "#ffffff", AA_TEXT)
    assert AA_TEXT <= contrast_ratio(faded, "#ffffff") < 4.7
    # Already below the minimum: unchanged rather than pushed further.
    assert strongest_fade("#999", "#fff", AA_TEXT) == "#999999"
