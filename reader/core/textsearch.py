"""Find in the article: every place a query occurs in the blocks shown, case- and script-insensitively.

The reader looks for what it sees: the blocks of the display document (converted to traditional, or the
whole page, when that is what is shown). Matching ignores case and the simplified/traditional difference
of single characters ("发展" finds "發展", by the table of ``reader.core.searchtext`` that the library's
search shares), through :func:`normalise`, which never changes a text's length: a match's offsets in the
normalised text are its offsets in the shown text, so the window can select exactly the characters
found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.searchtext import simplified_char

MAX_MATCHES = 10_000
"""More than this is not a useful count to step through; the count says "at least"."""


@dataclass(frozen=True, slots=True)
class Match:
    """One place found: display block ``block``, characters ``start`` to ``end`` of its text."""

    block: int
    start: int
    end: int


@lru_cache(maxsize=65536)
def _folded(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    return simplified_char(lowered)


def _table(chars: set[str]) -> dict[int, str]:
    return {ord(char): folded for char in chars if (folded := _folded(char)) != char}


def normalise(text: str) -> str:
    """``text`` with each character lowercased and simplified (character by character; same length)."""
    return text.translate(_table(set(text)))


def fold_all(texts: Sequence[str]) -> list[str]:
    """:func:`normalise` of each text: made once per document shown, then searched for every query."""
    table = _table(set().union(*texts)) if texts else {}
    return [text.translate(table) for text in texts]


def find_all(
    texts: Sequence[str], query: str, limit: int = MAX_MATCHES, *, folded: Sequence[str] | None = None
) -> list[Match]:
    """Every non-overlapping place of ``query`` (trimmed) in ``texts``, in reading order, at most
    ``limit`` of them; ``folded`` is :func:`fold_all` of ``texts`` when the caller keeps it."""
    wanted = normalise(query.strip())
    found: list[Match] = []
    if not wanted:
        return found
    for number, text in enumerate(texts):
        if len(text) < len(wanted):
            continue
        folded_text = folded[number] if folded is not None else normalise(text)
        at = folded_text.find(wanted)
        while at >= 0:
            found.append(Match(number, at, at + len(wanted)))
            if len(found) >= limit:
                return found
            at = folded_text.find(wanted, at + len(wanted))
    return found


def nearest(matches: Sequence[Match], block: int, offset: int) -> int:
    """The index of the first match at or after (``block``, ``offset``), wrapping to 0; -1 when none."""
    for index, match in enumerate(matches):
        if (match.block, match.start) >= (block, offset):
            return index
    return 0 if matches else -1
