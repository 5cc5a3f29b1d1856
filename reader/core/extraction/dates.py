"""Dates written in Chinese and international pages, found in text and normalised to ``YYYY-MM-DD``.

Forms recognised: ``2025-05-03``, ``2025-5-3``, ``2025/05/03``, ``2025.05.03``, ``9/17/2004`` (month
first unless the first number is over 12), ``2025年5月3日`` (spaces allowed between the parts),
``二〇二五年五月三日``, ``03.05.2025`` (day first, as European pages write it), ISO date-times
(``2025-05-03T10:00:00+08:00``), and
``20250503`` only when asked (URLs). A time of day after the date (``10:00``, ``10:00:00``) is noted: on
portal pages the publication stamp usually carries one, related-link dates do not.

Month-only dates (``1998年3月``) are reported by ``find_partial_dates`` as ``YYYY-MM``; they are never
turned into a full date with an invented day.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_NUMERIC = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*(?:(?P<sep>[-/.])\s*(\d{1,2})\s*(?P=sep)\s*(\d{1,2})(?![\d])|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)"
    r"(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时]\s*(\d{2}))?"
)
_SLASHED = re.compile(
    r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AP]M))?)?",
    re.IGNORECASE,
)
# Day first, as German, French and Russian pages write it: 28.01.2022.
_DOTTED = re.compile(
    r"(?<![\w.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.])(?:,?\s+(\d{1,2}):(\d{2}))?"
)
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(\d{2})[-/_]?/?(\d{2})(?!\d)")
_HAN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_HAN = re.compile(
    r"([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
_PARTIAL = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])|[-/.](\d{1,2})(?![-/.\d]))"
)

MIN_YEAR = 1990


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: its ISO form, where it starts, and whether a time of day follows it."""

    iso: str
    start: int
    has_time: bool


def _valid(year: int, month: int, day: int, latest: datetime.date | None) -> str | None:
    try:
        value = datetime.date(year, month, day)
    except ValueError:
        return None
    if year < MIN_YEAR:
        return None
    if latest is not None and value > latest:
        return None
    return value.isoformat()


def _han_number(text: str) -> int:
    """一..三十一 as an integer (十 = 10, 二十三 = 23)."""
    if "十" not in text:
        return _HAN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)


def find_dates(text: str, latest: datetime.date | None = None) -> list[FoundDate]:
    """Every full date in ``text`` (year, month and day), in order; ``latest`` rejects future dates."""
    found: list[FoundDate] = []
    for match in _NUMERIC.finditer(text):
        year = int(match.group(1))
        month = int(match.group(3) or match.group(5) or 0)
        day = int(match.group(4) or match.group(6) or 0)
        iso = _valid(year, month, day, latest)
        if iso:
            found.append(FoundDate(iso, match.start(), match.group(7) is not None))
    if "/" in text:
        for match in _SLASHED.finditer(text):
            first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            # Day first only when the first number cannot be a month; servers writing 9/17/2004 5:54 AM
            # use the American order, which is also the reading of an ambiguous 7/5/2005.
            month, day = (second, first) if first > 12 else (first, second)
            iso = _valid(year, month, day, latest)
            if iso:
                found.append(FoundDate(iso, match.start(), match.group(4) is not None))
        found.sort(key=lambda date: date.start)
    if "." in text:
        for match in _DOTTED.finditer(text):
            iso = _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)), latest)
            if iso:
                found.append(FoundDate(iso, match.start(), match.group(4) is not None))
        found.sort(key=lambda date: date.start)
    if "年" in text:
        for match in _HAN.finditer(text):
            year = int("".join(str(_HAN_DIGITS[c]) for c in match.group(1)))
            iso = _valid(year, _han_number(match.group(2)), _han_number(match.group(3)), latest)
            if iso:
                found.append(FoundDate(iso, match.start(), False))
        found.sort(key=lambda date: date.start)
    return found


def parse_date(text: str, latest: datetime.date | None = None) -> str | None:
    """The first full date in ``text`` as ``YYYY-MM-DD`` (also ``YYYYMMDD``), or None."""
    dates = find_dates(text, latest)
    if dates:
        return dates[0].iso
    compact = _COMPACT.search(text)
    if compact:
        return _valid(int(compact.group(1)), int(compact.group(2)), int(compact.group(3)), latest)
    return None


def date_in_url(url: str, latest: datetime.date | None = None) -> str | None:
    """A date in an address's path (``/2020-02/19/``, ``/20200102/``, ``/2020/01/02/``), or None."""
    for match in _PATH_DATE.finditer(url):
        iso = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)), latest)
        if iso:
            return iso
    return None


def find_partial_dates(text: str) -> list[str]:
    """Month-precision dates (``1998年3月``, ``1998-3``) as ``YYYY-MM``, in order."""
    found = []
    for match in _PARTIAL.finditer(text):
        year, month = int(match.group(1)), int(match.group(2) or match.group(3))
        if year >= MIN_YEAR and 1 <= month <= 12:
            found.append(f"{year:04d}-{month:02d}")
    return found
