"""The reading view's type: the font (a Chinese sans-serif first), the text-size steps, and the width of
pictures. Separate from the view so that the text dialog's preview and the window share the same rules.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextCursor, QTextDocument

from reader.ui.rendering import TextStyle
from reader.ui.settingscontroller import font_size_bounds

DEFAULT_POINT_SIZE = 16.0
MIN_POINT_SIZE, MAX_POINT_SIZE = font_size_bounds()
SIZE_STEPS = (12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48, 56, 64, 72, 84, 96, 108, 120)
LONG_TEXT_HTML = 300_000
"""Rendered HTML this long or longer is laid out without optional shaping (see :func:`document_font`)."""

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
    "SimHei",
    "Droid Sans Fallback",
)
"""Sans-serif Simplified Chinese families, clearest first; large sans text reads best for low vision."""


@cache
def reading_family() -> str | None:
    """A family that covers Simplified Chinese, or None to leave the choice to the system."""
    available = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    present = set(available)
    for family in PREFERRED_FAMILIES:
        if family in present:
            return family
    return available[0] if available else None


def clamped(style: TextStyle) -> TextStyle:
    return dataclasses.replace(style, font_size_pt=clamp_point_size(style.font_size_pt))


def clamp_point_size(size: float) -> float:
    return min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)


def larger_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in SIZE_STEPS if s > size + 0.01), MAX_POINT_SIZE))


def smaller_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in reversed(SIZE_STEPS) if s < size - 0.01), MIN_POINT_SIZE))


def reading_font(base: QFont, style: TextStyle) -> QFont:
    """The reading font for ``style``: its family (with a Chinese fallback), size, weight and spacing."""
    font = QFont(base)
    families = [style.font_family] if style.font_family else []
    automatic = reading_family()
    if automatic and automatic not in families:
        families.append(automatic)
    if families:
        font.setFamilies(families)
    font.setPointSizeF(style.font_size_pt)
    font.setWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
    pixels = QFontInfo(font).pixelSize() or style.font_size_pt * 96 / 72
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, style.letter_spacing_em * pixels)
    return font


def document_font(font: QFont, html_length: int) -> QFont:
    """The document's default font: the reading font, without optional shaping for a long text.

    Keeping the reading position after a text-size step lays the text out down to it, and shaping is
    half of that: skipping it where the script does not need it (Han characters never do) takes a
    step near the end of a long text from ~230 to ~140 ms with the same line breaks. The cost is
    cosmetic (no kerning or ligatures in Latin words; "——" shows a hairline gap), so short texts, i.e.
    nearly every article, keep full shaping.
    """
    if html_length < LONG_TEXT_HTML:
        return font
    quick = QFont(font)
    quick.setStyleStrategy(quick.styleStrategy() | QFont.StyleStrategy.PreferNoShaping)
    return quick


def fit_images(document: QTextDocument, natural_widths: dict[str, int], available: int) -> None:
    """Draw every picture of ``document`` at most ``available`` pixels wide (never wider than it is)."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image_format = char_format.toImageFormat()
                natural = natural_widths.get(image_format.name())
                wanted = min(natural or 0, available)
                if natural and int(image_format.width()) != wanted:
                    scale = wanted / natural
                    image_format.setWidth(wanted)
                    image = document.resource(
                        QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                    )
                    height = getattr(image, "height", None)
                    if callable(height):
                        image_format.setHeight(round(height() * scale))
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image_format)
            iterator += 1
        block = block.next()
