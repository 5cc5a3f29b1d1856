"""How plausible a reading of some bytes is as text, and as Chinese: the character sets and patterns
``encoding`` weighs candidate codecs with.

- :func:`common_han`: GB2312's level-1 characters and punctuation rows, and Big5's frequent characters;
  real GB text is nearly all of the first, real Big5 text nearly all of the second, and the wrong reading
  of either gives many rare characters (:func:`common_ratio`).
- :func:`text_chars`: the characters real text is made of, to pick a UTF-16/32 byte order.
- :func:`is_plain_gb`, :func:`three_byte_leads`, :func:`accent_in_word`: whether short two-byte "UTF-8" is
  really GB text.

Patterns used only while guessing an encoding are compiled on first use: together they cost ~7 ms of
every start-up otherwise.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def text_chars() -> re.Pattern[str]:
    """Characters real text is made of; a UTF-16 reading in the wrong byte order scatters over others."""
    return re.compile(
        "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u2100-\u27bf"
        "\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]"
    )


@functools.cache
def common_han() -> tuple[frozenset[str], frozenset[str]]:
    """GB2312's 3,755 level-1 characters and punctuation rows; Big5's 5,401 frequent ones (A440–C67E)."""
    gb: set[str] = set()
    for lead in (0xA1, 0xA2, 0xA3, *range(0xB0, 0xD8)):  # symbols, numerals, full-width forms, level 1
        for trail in range(0xA1, 0xFF):
            try:
                gb.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    big5: set[str] = set()
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                big5.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(gb), frozenset(big5)


@functools.cache
def han_pattern() -> re.Pattern[str]:
    """A CJK unified ideograph of the basic block, where nearly all Chinese text lies."""
    return re.compile("[\u4e00-\u9fff]")


def common_ratio(text: str, common: frozenset[str], *, minimum: int = 0) -> float:
    """Share of the Han characters in ``text`` that are in ``common`` (1.0 when there are none).

    With ``minimum``, fewer Han characters than that score 0: too few to call the text Chinese.
    """
    han = han_pattern().findall(text, 0, 200_000)[:20_000]
    if len(han) < max(minimum, 1):
        return 0.0 if minimum else 1.0
    return sum(1 for char in han if char in common) / len(han)


@functools.cache
def three_byte_leads() -> re.Pattern[bytes]:
    """A lead byte of a UTF-8 sequence of three or more bytes (and any GB or Big5 byte that high)."""
    return re.compile(rb"[\xe0-\xff]")


@functools.cache
def accent_in_word() -> re.Pattern[str]:
    """European accented letters (Latin-1 and Latin Extended-A) inside an ASCII word: "café", "Näyhä"."""
    return re.compile("[A-Za-z][\u00c0-\u017f]|[\u00c0-\u017f][A-Za-z]")


@functools.cache
def _cjk_punctuation() -> re.Pattern[str]:
    return re.compile("[\u3000-\u303f\uff00-\uffef]")


def is_plain_gb(text: str) -> bool:
    """Whether every non-ASCII character is a level-1 GB2312 character or Chinese punctuation."""
    gb_set, _big5_set = common_han()
    wide = [char for char in text if ord(char) >= 0x80]
    punctuation = _cjk_punctuation()
    return bool(wide) and all(char in gb_set or punctuation.match(char) for char in wide)
