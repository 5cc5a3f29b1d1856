"""Colour arithmetic for readable display: parsing sRGB colours, WCAG 2.1 contrast, alpha blending.

Colours travel through the reader as normalised strings ``"#rrggbb"`` (lower case): they go straight into
style sheets, JSON settings and test messages. :func:`parse_colour` accepts ``#rrggbb`` and ``#rgb``
(either case) and nothing else, so a setting never silently means a colour the user did not write.

The formulas are WCAG 2.1's (success criteria 1.4.3, 1.4.6, 1.4.11):

- relative luminance ``L = 0.2126 R + 0.7152 G + 0.0722 B`` of the linearised channels;
- contrast ratio ``(L1 + 0.05) / (L2 + 0.05)`` with ``L1`` the lighter, from 1 (same) to 21 (black/white).
"""

from __future__ import annotations

import re

AA_TEXT = 4.5
"""WCAG level AA for body text (1.4.3); the floor below which the reader refuses a custom theme."""
AAA_TEXT = 7.0
"""WCAG level AAA for body text (1.4.6); every built-in theme meets it for text, links, highlight, focus."""
NON_TEXT = 3.0
"""WCAG 1.4.11 for the parts of controls and graphics that are not text (scroll bar, crosshair)."""

RGB = tuple[int, int, int]

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")

# WCAG 2.1 prints 0.03928 (from an old sRGB draft); the sRGB standard says 0.04045. No 8-bit channel value
# falls between the two (10/255 = 0.0392, 11/255 = 0.0431), so both give identical results here.
_LINEAR_THRESHOLD = 0.03928


def parse_colour(colour: str) -> RGB:
    """``"#rrggbb"`` or ``"#rgb"`` → ``(r, g, b)`` in 0–255; anything else raises ValueError."""
    if not isinstance(colour, str) or not _HEX.fullmatch(colour.strip()):
        raise ValueError(f"not a colour (expected #rrggbb or #rgb): {colour!r}")
    digits = colour.strip()[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def format_colour(rgb: RGB) -> str:
    """``(r, g, b)`` → ``"#rrggbb"``; channels are clamped to 0–255."""
    r, g, b = (min(max(int(c), 0), 255) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def normalise_colour(colour: str) -> str:
    """The canonical ``"#rrggbb"`` spelling of a colour; raises ValueError if it is not one."""
    return format_colour(parse_colour(colour))


def is_colour(value: object) -> bool:
    """Whether ``value`` is a string :func:`parse_colour` accepts."""
    return isinstance(value, str) and _HEX.fullmatch(value.strip()) is not None


def _linear(channel: int) -> float:
    c = channel / 255
    if c <= _LINEAR_THRESHOLD:
        return c / 12.92
    return float(((c + 0.055) / 1.055) ** 2.4)


def relative_luminance(colour: str | RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = parse_colour(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: str | RGB, second: str | RGB) -> float:
    """WCAG contrast ratio between two colours, 1.0–21.0, the same whichever comes first."""
    a = relative_luminance(first)
    b = relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: str, background: str, alpha: float) -> str:
    """``colour`` painted with opacity ``alpha`` (0–1) over an opaque ``background``, as ``"#rrggbb"``.

    Blending happens on the sRGB values, as Qt's painter does by default, so the result is what the
    screen shows when the UI paints a translucent layer (line focus dims the other lines this way).
    """
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must be between 0 and 1, not {alpha!r}")
    top = parse_colour(colour)
    bottom = parse_colour(background)
    mixed = (round(t * alpha + b * (1.0 - alpha)) for t, b in zip(top, bottom, strict=True))
    r, g, b = mixed
    return format_colour((r, g, b))


def strongest_fade(colour: str, background: str, minimum: float) -> str:
    """``colour`` moved as far towards ``background`` as keeps at least ``minimum`` contrast with it.

    Used for derived colours such as disabled text: as faint as allowed, never fainter. When ``colour``
    is already below ``minimum`` it is returned unchanged.
    """
    if contrast_ratio(colour, background) <= minimum:
        return normalise_colour(colour)
    # Contrast falls monotonically as the blend moves towards the background: bisect on the opacity.
    low, high = 0.0, 1.0  # opacity of ``colour``: ``high`` is known to pass
    for _ in range(20):
        middle = (low + high) / 2
        if contrast_ratio(blend(colour, background, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return blend(colour, background, high)
