"""Syllables: the reading styles, pypinyin loaded on first use, and one syllable normalised and restyled.

The reader keeps every reading as lowercase numbered pinyin with ü as ``v`` and the neutral tone as 5
(``lv4``, ``le5``): what espeak-ng's Mandarin voice takes, and one spelling per reading. The other styles
are made from it syllable by syllable (cached).
"""

from __future__ import annotations

import enum
import re
from functools import cache
from typing import Any


class Style(enum.Enum):
    """How a reading is written."""

    MARKS = "marks"
    """Tone marks: ``chóng qìng``, neutral tone unmarked (``le``)."""
    NUMBERS = "numbers"
    """Tone numbers: ``chong2 qing4``, neutral tone 5 (``le5``), ü written ``ü`` (``lü4``)."""
    ZHUYIN = "zhuyin"
    """注音符号: ``ㄔㄨㄥˊ ㄑㄧㄥˋ``, neutral tone ``˙`` as pypinyin writes it (``ㄌㄜ˙``)."""


_TONE3 = re.compile(r"([a-zê]+)([1-5]?)")


@cache
def pypinyin_module() -> Any:
    """pypinyin, imported on first use: loading its dictionaries is the slow part of the first call."""
    import pypinyin

    return pypinyin


def is_han(char: str) -> bool:
    """A character pypinyin treats as Han (its ``RE_HANS``)."""
    return bool(pypinyin_module().constants.RE_HANS.fullmatch(char))


@cache
def known_syllables() -> frozenset[str]:
    """Every toneless syllable (``lv``, ``zhuang``…) in pypinyin's character dictionary."""
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style._tone_convert import to_normal

    marked = {reading for readings in set(pinyin_dict.values()) for reading in readings.split(",")}
    return frozenset(to_normal(reading, v_to_u=False) for reading in marked)


def normalize_reading(syllable: str) -> str | None:
    """One syllable as the reader keeps it: lowercase, tone number 1–5 (5 = neutral), ü as ``v``.

    Accepts tone numbers (``lv4``, ``lü4``, ``le`` or ``le5``) and tone marks (``lǜ``, ``chóng``); None when
    it is not a syllable pypinyin knows.
    """
    from pypinyin.style._tone_convert import to_tone3

    text = syllable.strip().lower().replace("u:", "v").replace("ü", "v")
    if not text:
        return None
    numbered = to_tone3(text, v_to_u=False, neutral_tone_with_five=True)
    match = _TONE3.fullmatch(numbered)
    if match is None or match.group(1) not in known_syllables():
        return None
    return match.group(1) + (match.group(2) or "5")


@cache
def styled(numbered: str, style: Style) -> str:
    """A normalised syllable (``lv4``) in ``style`` (``lǜ``, ``lü4``, ``ㄌㄩˋ``)."""
    from pypinyin.style import convert
    from pypinyin.style._tone_convert import to_tone

    if style is Style.NUMBERS:
        return numbered.replace("v", "ü")
    marked = to_tone(numbered)
    if style is Style.MARKS:
        return marked
    return str(convert(marked, pypinyin_module().Style.BOPOMOFO, True))
