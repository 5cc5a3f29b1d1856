"""Simplified/traditional Chinese conversion with OpenCC, and the offset map back to the original.

Owns which OpenCC configs the reader offers, one cached converter per config, converting text and whole
articles, and :class:`OffsetMap`, which maps positions in converted text to the original and back so that
highlights, the caret, search hits, bookmarks and speech positions survive a conversion. Offsets are
Python code points, as everywhere in core.

Flow of :func:`convert`:

1. Convert the whole text in one OpenCC call: the output is exactly OpenCC's, and the cost is OpenCC's.
2. Character configs (everything but :data:`PHRASE_CONFIGS`) keep code-point length and positions: the
   map is the identity and stores nothing. The length is still checked; a mismatch falls back to step 3.
3. Phrase configs (U盘→隨身碟, 肯尼亚→肯亞) change lengths. Original and converted text are cut at the same
   clause boundaries (newlines and ``。！？；，、：``, which no dictionary entry contains and OpenCC never
   changes); a clause whose length changed is aligned with :mod:`difflib` against its character-only
   conversion (s2tw for s2twp, …), which has the original's positions, so only the replaced phrases
   differ. Each phrase whose length changed becomes one *replaced span* of the map.

Inside a replaced span, positions map to the span's start (:meth:`OffsetMap.to_original`,
:meth:`OffsetMap.to_converted`); a range's end maps to the span's end, so a highlight on part of 隨身碟
covers all of U盘. Mapping is monotonic, and out-and-back lands on the same position or on the start of
the phrase containing it. Known limit: in a clause where two replacements change the length by opposite
amounts, the clause is not aligned and positions between them may be off by that difference.
"""

from __future__ import annotations

import bisect
import difflib
import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

import opencc

if TYPE_CHECKING:
    from reader.core.document import Article, Block

STABLE_CONFIGS = (
    "s2t",
    "t2s",
    "s2tw",
    "tw2s",
    "s2hk",
    "hk2s",
    "s2twp",
    "tw2sp",
    "t2tw",
    "tw2t",
    "t2hk",
    "hk2t",
)
"""OpenCC 1.4's stable configs, in the order the reader lists them."""
_EXPERIMENTAL_CANDIDATES = ("s2hkp", "hk2sp")

_INSTALLED = frozenset(name.removesuffix(".json") for name in opencc.CONFIGS)
EXPERIMENTAL_CONFIGS = frozenset(name for name in _EXPERIMENTAL_CANDIDATES if name in _INSTALLED)
"""Configs OpenCC marks as in development (Hong Kong phrases): offered, but labelled experimental."""
CONFIGS: tuple[str, ...] = tuple(
    name for name in STABLE_CONFIGS + _EXPERIMENTAL_CANDIDATES if name in _INSTALLED
)
"""Every config the reader offers that the installed OpenCC ships (the Japanese ones are left out)."""
PHRASE_CONFIGS = frozenset(name for name in ("s2twp", "tw2sp", "s2hkp", "hk2sp") if name in _INSTALLED)
"""Configs that replace whole words and so change the number of code points."""

_CHARACTER_REFERENCE = {"s2twp": "s2tw", "tw2sp": "tw2s", "s2hkp": "s2hk", "hk2sp": "hk2s"}
"""The character-only config each phrase config is aligned against (same positions as the original)."""

_TARGET_LANGUAGE = {"s": "zh-Hans", "t": "zh-Hant", "tw": "zh-Hant-TW", "hk": "zh-Hant-HK"}

Script = Literal["hans", "hant"]

_converters: dict[str, opencc.OpenCC] = {}
_converters_lock = threading.Lock()


def check_config(config: str) -> str:
    """``config`` if the reader offers it; else ``ValueError`` naming the valid ones."""
    if config not in CONFIGS:
        raise ValueError(f"unknown conversion {config!r}; valid conversions: {', '.join(CONFIGS)}")
    return config


def converter(config: str) -> opencc.OpenCC:
    """The shared converter for ``config``, built on first use (30–60 ms) and kept.

    Built without the "tofu risk" dictionaries: those emit rare astral characters that most fonts show as
    boxes, and without them OpenCC reproduces its own golden test outputs.
    """
    check_config(config)
    found = _converters.get(config)
    if found is not None:
        return found
    with _converters_lock:
        found = _converters.get(config)
        if found is None:
            found = opencc.OpenCC(config, include_tofu_risk_dictionaries=False)
            _converters[config] = found
        return found


def convert_text(text: str, config: str) -> str:
    """``text`` converted, without an offset map (titles, labels)."""
    if not text:
        return text
    result: str = converter(config).convert(text)
    return result


# --- the offset map -------------------------------------------------------------------------------


class OffsetMap:
    """Positions in converted text ↔ positions in the original text (code points).

    Stored as the *replaced spans* only: pieces of the original (``orig_starts[i]:orig_ends[i]``) that
    became converted text of a different length (``conv_starts[i]:conv_ends[i]``). Between spans the two
    texts correspond character for character. No spans: the identity.
    """

    __slots__ = (
        "conv_ends",
        "conv_starts",
        "converted_length",
        "orig_ends",
        "orig_starts",
        "original_length",
    )

    def __init__(
        self,
        original_length: int,
        converted_length: int,
        spans: list[tuple[int, int, int, int]] | None = None,
    ) -> None:
        """``spans``: ``(orig_start, orig_end, conv_start, conv_end)`` in increasing order."""
        self.original_length = original_length
        self.converted_length = converted_length
        spans = spans or []
        self.orig_starts = [span[0] for span in spans]
        self.orig_ends = [span[1] for span in spans]
        self.conv_starts = [span[2] for span in spans]
        self.conv_ends = [span[3] for span in spans]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(length, length)

    @property
    def is_identity(self) -> bool:
        return not self.orig_starts

    def spans(self) -> list[tuple[int, int, int, int]]:
        """The replaced spans as ``(orig_start, orig_end, conv_start, conv_end)``."""
        return list(zip(self.orig_starts, self.orig_ends, self.conv_starts, self.conv_ends, strict=True))

    def to_original(self, pos: int) -> int:
        """The original position of converted position ``pos``; inside a replaced phrase, its start."""
        return _map(
            pos, self.converted_length, (self.conv_starts, self.conv_ends), (self.orig_starts, self.orig_ends)
        )

    def to_converted(self, pos: int) -> int:
        """The converted position of original position ``pos``; inside a replaced phrase, its start."""
        return _map(
            pos, self.original_length, (self.orig_starts, self.orig_ends), (self.conv_starts, self.conv_ends)
        )

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering converted ``[start, end)``, widened to whole replaced phrases."""
        return _map_range(
            (start, end),
            self.converted_length,
            (self.conv_starts, self.conv_ends),
            (self.orig_starts, self.orig_ends),
        )

    def range_to_converted(self, start: int, end: int) -> tuple[int, int]:
        """The converted range covering original ``[start, end)``, widened to whole replaced phrases."""
        return _map_range(
            (start, end),
            self.original_length,
            (self.orig_starts, self.orig_ends),
            (self.conv_starts, self.conv_ends),
        )


_Side = tuple[list[int], list[int]]
"""The replaced spans' starts and ends on one side of the map."""


def _map(pos: int, length: int, source: _Side, target: _Side, *, inside_to_end: bool = False) -> int:
    starts, ends = source
    pos = min(max(pos, 0), length)
    # A range's end just at a span's start belongs before the span: bisect_left finds the span before it.
    index = (bisect.bisect_left if inside_to_end else bisect.bisect_right)(starts, pos) - 1
    if index < 0:
        return pos
    if pos < ends[index]:
        return target[1][index] if inside_to_end else target[0][index]
    return target[1][index] + (pos - ends[index])


def _map_range(bounds: tuple[int, int], length: int, source: _Side, target: _Side) -> tuple[int, int]:
    start, end = bounds
    mapped_start = _map(start, length, source, target)
    if end <= start:
        return mapped_start, mapped_start
    return mapped_start, max(mapped_start, _map(end, length, source, target, inside_to_end=True))


# --- converting -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Converted:
    """Converted text and the map between its positions and the original's."""

    text: str
    offsets: OffsetMap


_CLAUSE_END = re.compile(r"(?<=[\n。！？；，、：])")
"""Cut after each of these: OpenCC never changes them and no dictionary entry spans them."""


def convert(text: str, config: str) -> Converted:
    """``text`` converted with ``config`` and its offset map (see the module docstring)."""
    converted = convert_text(text, config)
    if config not in PHRASE_CONFIGS and len(converted) == len(text):
        return Converted(converted, OffsetMap.identity(len(text)))
    return Converted(converted, _align(text, converted, config))


def _align(original: str, converted: str, config: str) -> OffsetMap:
    spans: list[tuple[int, int, int, int]] = []
    originals = _CLAUSE_END.split(original)
    converteds = _CLAUSE_END.split(converted)
    if len(originals) != len(converteds):
        # Never seen: OpenCC changed a clause boundary. Align the whole text rather than guess.
        originals, converteds = [original], [converted]
    reference = _CHARACTER_REFERENCE.get(config)
    orig_at = conv_at = 0
    for piece, result in zip(originals, converteds, strict=True):
        if len(piece) != len(result):
            spans.extend(_align_piece(piece, result, reference, (orig_at, conv_at)))
        orig_at += len(piece)
        conv_at += len(result)
    return OffsetMap(len(original), len(converted), spans)


def _align_piece(
    piece: str, result: str, reference_config: str | None, at: tuple[int, int]
) -> list[tuple[int, int, int, int]]:
    """The replaced spans of one clause whose length changed; ``at``: where it starts in both texts."""
    # The character-only conversion has the original's positions and mostly the result's characters,
    # so difflib finds just the replaced phrases; unconverted text is the fallback reference.
    reference = piece
    if reference_config is not None:
        candidate = convert_text(piece, reference_config)
        if len(candidate) == len(piece):
            reference = candidate
    matcher = difflib.SequenceMatcher(None, reference, result, autojunk=False)
    # A phrase often aligns as two edits around one kept character (鼠标→滑鼠: insert 滑, keep 鼠, drop
    # 標): join edits one character apart, then keep those that change the length.
    merged: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if merged and i1 - merged[-1][1] <= 1 and j1 - merged[-1][3] <= 1:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    orig_at, conv_at = at
    return [
        (orig_at + i1, orig_at + i2, conv_at + j1, conv_at + j2)
        for i1, i2, j1, j2 in merged
        if i2 - i1 != j2 - j1
    ]


# --- articles -------------------------------------------------------------------------------------


def convert_article(article: Article, config: str) -> tuple[Article, OffsetMap]:
    """The article with every text field converted, and the offset map of its body text (``Article.text``).

    Blocks keep their kinds, levels and order; each block's converted text is the slice of the converted
    body its original span maps to, so ``Article.spans()`` of the result matches the map.
    """
    body = convert(article.text, config)
    spans = {span.index: span for span in article.spans()}
    blocks: list[Block] = []
    for index, block in enumerate(article.blocks):
        span = spans.get(index)
        if span is None:
            text = convert_text(block.text, config)
        else:
            start, end = body.offsets.range_to_converted(span.start, span.end)
            text = body.text[start:end]
        blocks.append(
            replace(
                block,
                text=text,
                alt=None if block.alt is None else convert_text(block.alt, config),
                items=tuple(convert_text(item, config) for item in block.items),
                rows=tuple(tuple(convert_text(cell, config) for cell in row) for row in block.rows),
            )
        )
    converted = replace(
        article,
        title=convert_text(article.title, config),
        blocks=blocks,
        source=None if article.source is None else convert_text(article.source, config),
        author=None if article.author is None else convert_text(article.author, config),
        page_text=convert_text(article.page_text, config),
        language=target_language(config),
        warnings=list(article.warnings),
    )
    return converted, body.offsets


def target_language(config: str) -> str:
    """The BCP 47 tag of text converted with ``config`` (``s2twp`` → ``zh-Hant-TW``)."""
    target = check_config(config).split("2", 1)[1].removesuffix("p")
    return _TARGET_LANGUAGE[target]


# --- script detection and defaults ----------------------------------------------------------------

_SAMPLE_LENGTH = 4000
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff]")


def detect_script(text: str) -> Script | None:
    """``"hans"`` or ``"hant"`` for text mostly in one script; None for no Chinese or no clear majority.

    Counts, on a sample, the characters s2t would change (simplified-only) against those t2s would change
    (traditional-only); characters shared by both scripts do not count.
    """
    sample = "".join(_HAN.findall(text[: _SAMPLE_LENGTH * 4]))[:_SAMPLE_LENGTH]
    if not sample:
        return None
    simplified = _changed(sample, convert_text(sample, "s2t"))
    traditional = _changed(sample, convert_text(sample, "t2s"))
    if simplified == traditional:
        return None
    return "hans" if simplified > traditional else "hant"


def _changed(sample: str, converted: str) -> int:
    if len(sample) != len(converted):
        return abs(len(sample) - len(converted))
    return sum(1 for a, b in zip(sample, converted, strict=True) if a != b)


def locale_script(locale: str) -> Literal["hans", "tw", "hk"] | None:
    """The script a reader with ``locale`` reads (``zh_TW`` → tw, ``zh-Hant`` → tw, ``en_US`` → None)."""
    parts = locale.replace("-", "_").split(".")[0].lower().split("_")
    if parts[0] != "zh":
        return None
    rest = set(parts[1:])
    if rest & {"hk", "mo"}:
        return "hk"
    if rest & {"tw", "hant"}:
        return "tw"
    return "hans"


def default_config(detected: Script | None, locale: str) -> str | None:
    """The conversion to offer first for an article in ``detected`` script, or None for none.

    Text already in the reader's script (a Big5 page for a Taiwanese reader) is never converted to itself;
    an unknown script or a non-Chinese interface gets no conversion.
    """
    wanted = locale_script(locale)
    if detected is None or wanted is None:
        return None
    if detected == "hans":
        return {"hans": None, "tw": "s2tw", "hk": "s2hk"}[wanted]
    return "t2s" if wanted == "hans" else None
