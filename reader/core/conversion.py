"""Simplified/traditional Chinese conversion with OpenCC, and the offset map back to the original.

Owns which OpenCC configs the reader offers, one cached converter per config, converting text and whole
articles, and :class:`OffsetMap`, which maps positions in converted text to the original and back so that
highlights, the caret, search hits, bookmarks and speech positions survive a conversion. Offsets are
Python code points, as everywhere in core.

Flow of :func:`convert`:

1. Convert the whole text in one OpenCC call: the output is exactly OpenCC's, and the cost is OpenCC's.
2. Character configs (everything but :data:`PHRASE_CONFIGS`) keep code-point length and positions: the
   map is the identity and stores nothing. The length is still checked; a mismatch falls back to step 3.
3. Phrase configs (U盘→隨身碟, 肯尼亚→肯亞) change lengths. Original and converted text are cut into the
   same chunks: lines (clauses for lines over 4096 characters), at newlines and ``。！？；，、：``, which no
   dictionary entry contains and OpenCC never changes. Only the chunks' starts are recorded now.
4. On the first position asked inside a chunk, the chunk is aligned (about 1.3 ms for a 250-character
   paragraph). A clause is left alone when its character-only conversion (s2tw for s2twp, …: same
   positions as the original) equals the result. Otherwise it is cut where OpenCC itself cuts: at each
   position where converting the two sides apart gives the same result. Between two cuts lies what
   OpenCC replaced as a unit; when its length changed it becomes one *replaced span*. Clauses over 256
   characters (the cut search is quadratic) are aligned with :mod:`difflib` against the character-only
   conversion instead.

Inside a replaced span, positions map to the span's start (:meth:`OffsetMap.to_original`,
:meth:`OffsetMap.to_converted`); a range's end maps to the span's end, so a highlight on part of 隨身碟
covers all of U盘. A position at a span's start (an insertion point too) stays before the span. Mapping
is monotonic, ends map to ends, and out-and-back lands on the same position or inside the span holding it.

Conversion holds the GIL (the binding does): the window should convert paragraph by paragraph, or a long
text off its thread, and recompute UTF-16 positions when the text has astral characters (~840 mappings
change UTF-16 length while keeping code points).
"""

from __future__ import annotations

import bisect
import difflib
import itertools
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
    boxes. Measured: 532 of OpenCC's 535 golden cases for our configs match exactly without them; the
    other 3 (t2s) expect astral characters such as 𣨼 and get a BMP one (tests/eval/eval_opencc.py).
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


_Span = tuple[int, int, int, int]
"""A replaced span: ``(orig_start, orig_end, conv_start, conv_end)``."""
_Side = tuple[list[int], list[int]]
"""The replaced spans' starts and ends on one side of a map."""


class _SpanMap:
    """Positions ↔ positions through replaced spans; between spans the texts match one to one."""

    __slots__ = ("conv", "orig")

    def __init__(self, spans: list[_Span]) -> None:
        self.orig: _Side = ([span[0] for span in spans], [span[1] for span in spans])
        self.conv: _Side = ([span[2] for span in spans], [span[3] for span in spans])


_NO_SPANS = _SpanMap([])


def _map(pos: int, source: _Side, target: _Side, *, inside_to_end: bool = False) -> int:
    starts, ends = source
    if not starts:
        return pos
    index = bisect.bisect_right(starts, pos) - 1
    if index < 0:
        return pos
    # At a span's start (an empty span too: an insertion point), positions stay before the span; strictly
    # inside, a position goes to the span's start, a range's end to its end.
    if pos == starts[index]:
        return target[0][index]
    if pos < ends[index]:
        return target[1][index] if inside_to_end else target[0][index]
    return target[1][index] + (pos - ends[index])


class OffsetMap:
    """Positions in converted text ↔ positions in the original text (code points).

    The text is cut into *chunks* (lines; clauses when a line is very long) that start at known positions
    on both sides. Inside a chunk whose conversion replaced phrases, the *replaced spans* are found on the
    first question about that chunk (difflib, a millisecond or so per line) and kept: converting stays as
    fast as OpenCC, and a map nobody asks about costs little. A map without chunks is the identity.
    Safe to share between threads (a chunk aligned twice at once gets the same answer twice).
    """

    __slots__ = ("_aligned", "_chunks", "_config", "_texts", "converted_length", "original_length")

    def __init__(
        self,
        texts: tuple[str, str],
        chunks: tuple[list[int], list[int]] | None = None,
        config: str | None = None,
    ) -> None:
        """``texts``: original and converted; ``chunks``: their chunk starts (the first one 0, 0)."""
        self._texts = texts
        self.original_length = len(texts[0])
        self.converted_length = len(texts[1])
        self._chunks = chunks
        self._config = config
        self._aligned: dict[int, _SpanMap] = {}

    @classmethod
    def identity(cls, text: str) -> OffsetMap:
        return cls((text, text))

    @property
    def is_identity(self) -> bool:
        return self._chunks is None

    def to_original(self, pos: int) -> int:
        """The original position of converted position ``pos``; inside a replaced phrase, its start."""
        return self._map(pos, to_original=True)

    def to_converted(self, pos: int) -> int:
        """The converted position of original position ``pos``; inside a replaced phrase, its start."""
        return self._map(pos, to_original=False)

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering converted ``[start, end)``, widened to whole replaced phrases."""
        return self._map_range(start, end, to_original=True)

    def range_to_converted(self, start: int, end: int) -> tuple[int, int]:
        """The converted range covering original ``[start, end)``, widened to whole replaced phrases."""
        return self._map_range(start, end, to_original=False)

    def spans(self) -> list[_Span]:
        """Every replaced span as ``(orig_start, orig_end, conv_start, conv_end)`` (aligns every chunk)."""
        if self._chunks is None:
            return []
        found = []
        for index, (orig_at, conv_at) in enumerate(zip(*self._chunks, strict=True)):
            aligned = self._chunk(index)
            for orig_start, orig_end, conv_start, conv_end in zip(*aligned.orig, *aligned.conv, strict=True):
                found.append(
                    (orig_at + orig_start, orig_at + orig_end, conv_at + conv_start, conv_at + conv_end)
                )
        return found

    def _map_range(self, start: int, end: int, *, to_original: bool) -> tuple[int, int]:
        mapped_start = self._map(start, to_original=to_original)
        if end <= start:
            return mapped_start, mapped_start
        return mapped_start, max(mapped_start, self._map(end, to_original=to_original, inside_to_end=True))

    def _map(self, pos: int, *, to_original: bool, inside_to_end: bool = False) -> int:
        pos = min(max(pos, 0), self.converted_length if to_original else self.original_length)
        if self._chunks is None:
            return pos
        orig_starts, conv_starts = self._chunks
        source, target = (conv_starts, orig_starts) if to_original else (orig_starts, conv_starts)
        index = bisect.bisect_right(source, pos) - 1
        aligned = self._chunk(index)
        sides = (aligned.conv, aligned.orig) if to_original else (aligned.orig, aligned.conv)
        return target[index] + _map(pos - source[index], *sides, inside_to_end=inside_to_end)

    def _chunk(self, index: int) -> _SpanMap:
        found = self._aligned.get(index)
        if found is None:
            assert self._chunks is not None
            original, converted = self._texts
            bounds = []
            for starts, text in zip(self._chunks, self._texts, strict=True):
                bounds.append((starts[index], starts[index + 1] if index + 1 < len(starts) else len(text)))
            (orig_start, orig_end), (conv_start, conv_end) = bounds
            piece, result = original[orig_start:orig_end], converted[conv_start:conv_end]
            found = _NO_SPANS if piece == result else _SpanMap(_align_chunk(piece, result, self._config))
            self._aligned[index] = found
        return found


# --- converting -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Converted:
    """Converted text and the map between its positions and the original's."""

    text: str
    offsets: OffsetMap


_CLAUSE_END = re.compile(r"(?<=[\n。！？；，、：])")
"""Cut after each of these: OpenCC never changes them and no dictionary entry spans them."""
_LONG_LINE = 4096
"""Lines longer than this are cut into clauses up front, so that aligning one chunk stays quick."""


def convert(text: str, config: str) -> Converted:
    """``text`` converted with ``config`` and its offset map (see the module docstring)."""
    converted = convert_text(text, config)
    if config not in PHRASE_CONFIGS and len(converted) == len(text):
        return Converted(converted, OffsetMap.identity(text))
    return Converted(
        converted,
        OffsetMap((text, converted), _chunk_starts(text, converted), config),
    )


def _chunk_starts(original: str, converted: str) -> tuple[list[int], list[int]]:
    # Lines: str.split and accumulate run in C, so chunking 1M characters takes a few milliseconds.
    orig_lines, conv_lines = original.split("\n"), converted.split("\n")
    if len(orig_lines) == len(conv_lines):
        if max(map(len, orig_lines)) <= _LONG_LINE:
            return _starts(orig_lines, 1), _starts(conv_lines, 1)
        orig_clauses, conv_clauses = _CLAUSE_END.split(original), _CLAUSE_END.split(converted)
        if len(orig_clauses) == len(conv_clauses):
            return _starts(orig_clauses, 0), _starts(conv_clauses, 0)
    # Never seen: OpenCC changed a line break. One chunk, aligned as a whole, rather than a guess.
    return [0], [0]


def _starts(pieces: list[str], separator: int) -> list[int]:
    return list(itertools.accumulate(map(separator.__add__, map(len, pieces[:-1])), initial=0))


def _align_chunk(piece: str, result: str, config: str | None) -> list[_Span]:
    """The replaced spans of one chunk (positions relative to it), clause by clause."""
    # The character-only conversion has the original's positions and the result's characters except
    # where phrases were replaced: a clause where they agree needs no alignment.
    reference = piece
    reference_config = _CHARACTER_REFERENCE.get(config or "")
    if reference_config is not None:
        candidate = convert_text(piece, reference_config)
        if len(candidate) == len(piece):
            reference = candidate
    clauses, references, results = (_CLAUSE_END.split(text) for text in (piece, reference, result))
    if not len(clauses) == len(references) == len(results):
        clauses, references, results = [piece], [reference], [result]
    spans: list[_Span] = []
    orig_at = conv_at = 0
    for clause, clause_reference, converted in zip(clauses, references, results, strict=True):
        if clause_reference != converted:
            at = (orig_at, conv_at)
            if config is not None and len(clause) <= _CUT_LIMIT:
                spans.extend(_align_by_cuts(clause, converted, config, at))
            else:
                spans.extend(_align_clause(clause_reference, converted, at))
        orig_at += len(clause)
        conv_at += len(converted)
    return spans


_CUT_LIMIT = 256
"""Longest clause aligned by cutting (two conversions per position); longer ones use difflib."""


def _align_by_cuts(clause: str, result: str, config: str, at: tuple[int, int]) -> list[_Span]:
    """Exact phrase boundaries: a cut where converting both sides apart gives the same result.

    Between two such cuts lies what OpenCC converted as a unit; when its length changed, it is a span.
    """
    cuts = [(0, 0)]
    for cut in range(1, len(clause)):
        left = convert_text(clause[:cut], config)
        if (
            len(left) > cuts[-1][1]
            and result.startswith(left)
            and convert_text(clause[cut:], config) == result[len(left) :]
        ):
            cuts.append((cut, len(left)))
    cuts.append((len(clause), len(result)))
    orig_at, conv_at = at
    return [
        (orig_at + i1, orig_at + i2, conv_at + j1, conv_at + j2)
        for (i1, j1), (i2, j2) in itertools.pairwise(cuts)
        if i2 - i1 != j2 - j1
    ]


def _align_clause(reference: str, result: str, at: tuple[int, int]) -> list[_Span]:
    matcher = difflib.SequenceMatcher(None, reference, result, autojunk=False)
    # A phrase often aligns as two edits around one kept character (鼠标→滑鼠: insert 滑, keep 鼠, drop
    # 標): join edits one character apart whose length changes cancel, then keep those that change it.
    merged: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and i1 - last[1] <= 1
            and j1 - last[3] <= 1
            and ((last[3] - last[2]) - (last[1] - last[0])) * ((j2 - j1) - (i2 - i1)) < 0
        ):
            last[1], last[3] = i2, j2
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

    Counts, on a sample, the frequent simplified-only characters against the frequent traditional-only
    ones (``reader.core.scripts``); characters shared by both scripts do not count.
    """
    from reader.core.scripts import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

    sample = _HAN.findall(text[: _SAMPLE_LENGTH * 4])[:_SAMPLE_LENGTH]
    if not sample:
        return None
    simplified = sum(1 for char in sample if char in SIMPLIFIED_ONLY)
    traditional = sum(1 for char in sample if char in TRADITIONAL_ONLY)
    if simplified == traditional:
        return None
    return "hans" if simplified > traditional else "hant"


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
