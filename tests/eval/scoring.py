"""Scores shared by the extraction evaluation: bigram F1 of body texts and date agreement.

Body F1 (the product notes' measure): both texts have all white space removed, are cut into overlapping
character bigrams, and the two multisets are compared: ``F1 = 2·|A∩B| / (|A| + |B|)``. Two empty texts
score 1.0; one empty text scores 0.0.

Dates: a gold date may be full (``2005-5-7 21:23:57``), partial (``1998-3``, ``2018``) or unknown
(``UNKNOWN``, a misspelling of it, or empty). ``date_match`` compares the parts the gold date has (year,
then month, then day) and counts an unknown gold date as matched when we returned no date.
"""

from __future__ import annotations

import re
from collections import Counter

_SPACE = re.compile(r"\s+")
_GOLD_DATE = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?")


def bigrams(text: str) -> Counter[str]:
    """The multiset of character bigrams of ``text`` with white space removed."""
    squeezed = _SPACE.sub("", text)
    return Counter(squeezed[i : i + 2] for i in range(len(squeezed) - 1))


def bigram_f1(predicted: str, gold: str) -> float:
    """F1 of the two texts' bigram multisets (1.0 when both are empty)."""
    ours, theirs = bigrams(predicted), bigrams(gold)
    total = sum(ours.values()) + sum(theirs.values())
    if total == 0:
        return 1.0
    overlap = sum((ours & theirs).values())
    return 2 * overlap / total


def gold_date_parts(gold: str | None) -> tuple[int, ...] | None:
    """(year, month, day) as far as the gold date gives them; None when the gold date is unknown."""
    if not gold:
        return None
    found = _GOLD_DATE.match(gold)
    if not found:
        return None
    return tuple(int(part) for part in found.groups() if part is not None)


def predicted_date_parts(predicted: str | None) -> tuple[int, ...] | None:
    """(year, month, day) of a ``YYYY-MM-DD`` (or ISO date-time) prediction, None for no date."""
    if not predicted:
        return None
    found = _GOLD_DATE.match(predicted)
    return tuple(int(part) for part in found.groups() if part is not None) if found else None


def date_match(predicted: str | None, gold: str | None) -> bool:
    """Whether the predicted date agrees with every part the gold date has (see module docstring)."""
    want = gold_date_parts(gold)
    have = predicted_date_parts(predicted)
    if want is None:
        return have is None
    if have is None:
        return False
    return have[: len(want)] == want


def is_full_date(gold: str | None) -> bool:
    """Whether the gold date has year, month and day."""
    parts = gold_date_parts(gold)
    return parts is not None and len(parts) == 3
