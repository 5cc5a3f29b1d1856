"""CSS colour values → RGBA: hex forms, ``rgb()``/``rgba()``, ``hsl()``/``hsla()``, the 148 named colours.

Used by the contrast rule. ``None`` means "not a colour we can resolve" (``currentcolor`` is resolved by
the caller; ``var(--x)``, ``color-mix()`` and system colours are not), which the rule reports as cantTell.
"""

from __future__ import annotations

import colorsys
import re

__all__ = ["NAMED", "RGBA", "composite", "find_colour", "gradient_colours", "parse_css_colour"]

RGBA = tuple[float, float, float, float]
"""Channels 0–255 and alpha 0–1."""

_NAMED_TEXT = """
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4
black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887
cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc
crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9
darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f
darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f
darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3
deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222
floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700
goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4
indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5
lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff
lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1
lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899
lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff
maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db
mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc
mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5
navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500
orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee
palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd
powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1
saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d
silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa
springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347
turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00
yellowgreen 9acd32
"""
_WORDS = _NAMED_TEXT.split()
NAMED: dict[str, str] = dict(zip(_WORDS[::2], _WORDS[1::2], strict=True))

_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b")
_FUNCTION = re.compile(r"(rgba?|hsla?)\(([^)]*)\)")
_NAME = re.compile(r"\b([a-z]+)\b")


def _number(text: str, scale: float) -> float:
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) * scale / 100
    return float(text)


def _alpha(text: str | None) -> float:
    if text is None:
        return 1.0
    return min(max(_number(text, 1.0), 0.0), 1.0)


def _from_function(name: str, arguments: str) -> RGBA | None:
    parts = [part for part in re.split(r"[\s,/]+", arguments.strip()) if part]
    if len(parts) not in (3, 4):
        return None
    try:
        alpha = _alpha(parts[3] if len(parts) == 4 else None)
        if name.startswith("rgb"):
            r, g, b = (min(max(_number(part, 255.0), 0.0), 255.0) for part in parts[:3])
            return r, g, b, alpha
        hue = float(parts[0].removesuffix("deg")) / 360 % 1.0
        saturation = _number(parts[1], 1.0) if parts[1].endswith("%") else float(parts[1]) / 100
        lightness = _number(parts[2], 1.0) if parts[2].endswith("%") else float(parts[2]) / 100
        r, g, b = colorsys.hls_to_rgb(hue, lightness, saturation)
        return r * 255, g * 255, b * 255, alpha
    except ValueError:
        return None


def parse_css_colour(value: str) -> RGBA | None:
    """One CSS colour value → RGBA, or None when it is not one we can resolve."""
    text = value.strip().lower()
    if text == "transparent":
        return 0.0, 0.0, 0.0, 0.0
    if text in NAMED:
        code = NAMED[text]
        return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16), 1.0
    if text.startswith("#"):
        digits = text[1:]
        if not re.fullmatch(r"[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}", digits):
            return None
        if len(digits) in (3, 4):
            digits = "".join(char * 2 for char in digits)
        alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha
    match = _FUNCTION.fullmatch(text)
    if match:
        return _from_function(match.group(1), match.group(2))
    return None


def find_colour(value: str) -> str | None:
    """The first colour written inside a shorthand such as ``background: #fff url(x) no-repeat``."""
    text = re.sub(r"url\([^)]*\)", " ", value.lower())
    if "gradient(" in text:
        text = re.sub(r"[a-z-]*gradient\((?:[^()]|\([^()]*\))*\)", " ", text)
    for match in _FUNCTION.finditer(text):
        return match.group(0)
    hex_match = _HEX.search(text)
    if hex_match:
        return hex_match.group(0)
    for word in _NAME.findall(text):
        if word in NAMED or word == "transparent":
            return str(word)
    return None


def gradient_colours(value: str) -> list[RGBA] | None:
    """The colour stops of the gradients in a background value; None when one cannot be resolved."""
    found: list[RGBA] = []
    for match in re.finditer(r"gradient\(((?:[^()]|\([^()]*\))*)\)", value.lower()):
        for argument in re.split(r",(?![^()]*\))", match.group(1)):
            words = argument.strip()
            colour_text = find_colour(words)
            if colour_text is None:
                continue
            colour = parse_css_colour(colour_text)
            if colour is None:
                return None
            found.append(colour)
    return found or None


def composite(top: RGBA, below: RGBA) -> RGBA:
    """``top`` painted over ``below`` (source-over)."""
    alpha = top[3] + below[3] * (1 - top[3])
    if alpha == 0:
        return 0.0, 0.0, 0.0, 0.0
    channels = [(top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / alpha for i in range(3)]
    return channels[0], channels[1], channels[2], alpha
