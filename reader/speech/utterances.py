"""Utterances: the sentences of a text that speech reads, one at a time, with their document positions.

Owns how a text is cut into what is spoken: one :class:`Utterance` per sentence
(``reader.core.segmentation``), found lazily from a position so that reading from anywhere in a
1,000,000-character text costs the same as reading a short one; plus backwards navigation (previous
sentence, paragraph starts) and selections.

A text is a :class:`ReadingText`: numbered blocks (paragraphs, headings, list items) whose DISPLAYED text is
what positions refer to; the window implements it over its document's blocks, the command line with
:class:`BlockList`. When 简繁 conversion is on, the blocks hold the converted text: speech reads what is
shown.

Positions are ``(block, offset)`` with ``offset`` in code points of that block's text. An utterance's
``start``/``end`` exclude the whitespace around the sentence (the highlight covers only the words). Its
``spoken`` text is the sentence as a listener should hear it (dates, numbers… spelled out by
``reader.speech.normalization``), with a map back so that the engine's word marks (positions in the spoken
text) become block positions (:meth:`Utterance.word_range`).

Sentences with nothing to say (only whitespace, U+FFFC image placeholders, punctuation) are skipped.

Headings: a block is already its own utterance, so a heading is never run into the paragraph after it. When
the text says which blocks are headings (a display document's blocks with a ``kind`` of ``title`` or
``heading``), the heading's last sentence carries :data:`HEADING_PAUSE_MS` in
:attr:`Utterance.pause_after_ms` (the audio export waits that long after it; espeak itself makes no pause at
the end of a clip, whatever the punctuation), and with ``heading_cue`` (e.g. :data:`HEADING_CUE`) its first
sentence is spoken after that word; the cue maps to the heading's first character, so word marks in it
highlight the heading's start. The 日期/来源 line (``meta``) is read like a paragraph, its fields with a pause
between them (``reader.speech.normalization``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol, overload

from reader.core.segmentation import iter_spans, sentence_span
from reader.speech.engine import WordMark

_WHOLE_BLOCK_LIMIT = 4096
"""Blocks up to this long are segmented in one go; longer ones a sentence at a time (local, bounded cost)."""

HEADING_PAUSE_MS = 1000
"""Silence after a heading (and the title): longer than the export's pause between paragraphs (700 ms)."""
HEADING_CUE = "标题："
"""A cue a listener can ask for before each heading (off unless ``heading_cue`` is given)."""
_HEADING_KINDS = frozenset({"title", "heading"})

_SPEAKABLE = re.compile(r"[^\W_]")
"""A letter or digit (Han characters included): a sentence without one has nothing to say."""


class ReadingText(Protocol):
    """Numbered blocks of displayed text (already 简繁-converted when conversion is on)."""

    def block_count(self) -> int: ...

    def block_text(self, index: int) -> str: ...


class BlockList(Sequence[str]):
    """A :class:`ReadingText` over a list of strings (the command line, tests)."""

    __slots__ = ("_blocks",)

    def __init__(self, blocks: Iterable[str]) -> None:
        self._blocks = list(blocks)

    def block_count(self) -> int:
        return len(self._blocks)

    def block_text(self, index: int) -> str:
        return self._blocks[index]

    def __len__(self) -> int:
        return len(self._blocks)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._blocks[index]

    def __repr__(self) -> str:
        return f"BlockList({self._blocks!r})"


class Position(NamedTuple):
    """A place in a :class:`ReadingText`: ``offset`` code points into block ``block``."""

    block: int
    offset: int


class SpokenText(Protocol):
    """What ``reader.speech.normalization.normalize`` returns: text to synthesise and a map back."""

    @property
    def text(self) -> str: ...

    def to_source(self, pos: int) -> int: ...

    def range_to_source(self, start: int, end: int) -> tuple[int, int]: ...


Normalizer = Callable[[str, str], SpokenText]
"""``(text, language) -> SpokenText``."""


@dataclass(frozen=True, slots=True)
class PlainSpoken:
    """Text spoken as written: the identity map (messages, and languages normalisation leaves alone)."""

    text: str

    def to_source(self, pos: int) -> int:
        return min(max(pos, 0), len(self.text))

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        return (self.to_source(start), self.to_source(end))


@dataclass(frozen=True, slots=True)
class CuedSpoken:
    """``cue`` said before ``inner``'s text; positions in the cue map to the sentence's start."""

    cue: str
    inner: SpokenText

    @property
    def text(self) -> str:
        return self.cue + self.inner.text

    def to_source(self, pos: int) -> int:
        return self.inner.to_source(max(pos - len(self.cue), 0))

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        if end <= len(self.cue):
            first = self.inner.to_source(0)
            return first, first
        return self.inner.range_to_source(max(start - len(self.cue), 0), end - len(self.cue))


def plain(text: str, language: str = "cmn") -> SpokenText:
    """A :data:`Normalizer` that changes nothing."""
    return PlainSpoken(text)


def default_normalizer(text: str, language: str = "cmn") -> SpokenText:
    """Chinese text as a listener expects it (:func:`reader.speech.normalization.normalize`)."""
    # Imported at the first sentence, not with the window: its tables cost start-up time.
    from reader.speech.normalization import normalize

    return normalize(text, language=language)


class UtteranceKind(enum.Enum):
    SENTENCE = "sentence"
    """A sentence of the text, with a document position."""
    MESSAGE = "message"
    """An announcement or a "skipped" message: no document position (``block`` is -1)."""


@dataclass(frozen=True, slots=True)
class Utterance:
    """One thing to say: a sentence of the text (``block[start:end]`` is ``text``) or a message."""

    block: int
    start: int
    end: int
    text: str
    """The displayed sentence, without surrounding whitespace."""
    spoken: SpokenText
    """What to synthesise, with the map back to :attr:`text`."""
    language: str = "cmn"
    kind: UtteranceKind = UtteranceKind.SENTENCE
    pause_after_ms: int = 0
    """Silence wanted after this utterance (a heading's last sentence: :data:`HEADING_PAUSE_MS`)."""

    @property
    def is_message(self) -> bool:
        return self.kind is UtteranceKind.MESSAGE

    @property
    def position(self) -> Position:
        return Position(self.block, self.start)

    def word_range(self, mark: WordMark) -> tuple[int, int]:
        """Block positions ``(start, end)`` of a word mark given in positions of :attr:`spoken`'s text."""
        start, end = self.spoken.range_to_source(mark.start, mark.end)
        length = len(self.text)
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        return (self.start + start, self.start + end)


def message(text: str, *, language: str = "cmn") -> Utterance:
    """An utterance with no document position (announcements, "skipped" messages), spoken as written."""
    return Utterance(-1, 0, len(text), text, PlainSpoken(text), language, UtteranceKind.MESSAGE)


def is_speakable(text: str) -> bool:
    """Whether ``text`` has anything to say (a letter or a digit; U+FFFC and punctuation are not)."""
    return _SPEAKABLE.search(text) is not None


class UtteranceMaker:
    """Builds the utterances of one :class:`ReadingText` for one language (the functions below use it)."""

    __slots__ = ("heading_cue", "language", "normalizer", "text")

    def __init__(
        self,
        text: ReadingText,
        *,
        language: str = "cmn",
        normalizer: Normalizer | None = None,
        heading_cue: str = "",
    ) -> None:
        self.text = text
        self.language = language
        self.normalizer: Normalizer = normalizer or default_normalizer
        self.heading_cue = heading_cue

    def is_heading(self, block: int) -> bool:
        """Whether ``block`` is the title or a heading, when the text says (a display document does)."""
        blocks = getattr(self.text, "blocks", None)
        if not isinstance(blocks, Sequence) or not 0 <= block < len(blocks):
            return False
        return str(getattr(blocks[block], "kind", "")) in _HEADING_KINDS

    def make(self, block: int, start: int, end: int) -> Utterance | None:
        """The utterance of ``block_text(block)[start:end]`` without whitespace; None if it says nothing."""
        block_text = self.text.block_text(block)
        while start < end and block_text[start].isspace():
            start += 1
        while end > start and block_text[end - 1].isspace():
            end -= 1
        sentence = block_text[start:end]
        if not is_speakable(sentence):
            return None
        spoken = self.normalizer(sentence, self.language)
        if not spoken.text.strip():
            return None
        pause = 0
        if self.is_heading(block):
            if self.heading_cue and not block_text[:start].strip():
                spoken = CuedSpoken(self.heading_cue, spoken)
            if not block_text[end:].strip():
                pause = HEADING_PAUSE_MS
        return Utterance(block, start, end, sentence, spoken, self.language, pause_after_ms=pause)

    def iter_from(
        self, block: int = 0, offset: int = 0, *, stop: Position | None = None, clip: bool = False
    ) -> Iterator[Utterance]:
        """The sentence holding ``(block, offset)`` first, then every later one up to ``stop`` (clipped).

        With ``clip`` the first sentence starts at ``offset`` rather than at its own start (selections).
        """
        count = self.text.block_count()
        if block < 0:
            block, offset = 0, 0
        first = True
        while block < count:
            if stop is not None and block > stop.block:
                return
            block_text = self.text.block_text(block)
            limit = (
                len(block_text) if stop is None or block < stop.block else min(stop.offset, len(block_text))
            )
            lowest = offset if first and clip else 0
            for start, end in _spans_from(block_text, offset if first else 0):
                if start >= limit:
                    break
                utterance = self.make(block, max(start, lowest), min(end, limit))
                if utterance is not None:
                    yield utterance
            first = False
            block += 1

    def sentence_at(self, block: int, offset: int) -> Utterance | None:
        """The first utterance at or after ``(block, offset)``: the sentence holding it, if speakable."""
        return next(self.iter_from(block, offset), None)

    def previous(self, position: Position) -> Utterance | None:
        """The last utterance that starts before ``position``, or None at the start of the text."""
        block, offset = position
        block = min(block, self.text.block_count() - 1)
        while block >= 0:
            block_text = self.text.block_text(block)
            offset = min(offset, len(block_text))
            while offset > 0:
                start, end = sentence_span(block_text, offset - 1)
                utterance = self.make(block, start, end)
                if utterance is not None and utterance.start < offset:
                    return utterance
                offset = start
            block -= 1
            offset = 1 << 62
        return None

    def paragraph_start(self, block: int) -> Utterance | None:
        """The first utterance of ``block``, or of the first later block with something to say."""
        return self.sentence_at(block, 0)

    def previous_paragraph_start(self, block: int) -> Utterance | None:
        """The first utterance of the nearest block before ``block`` with something to say."""
        block -= 1
        while block >= 0:
            utterance = next(self.iter_from(block, 0, stop=Position(block + 1, 0)), None)
            if utterance is not None:
                return utterance
            block -= 1
        return None


def _spans_from(block_text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``block_text`` from the one holding ``offset`` on, segmenting only what is read."""
    if not block_text:
        return
    if len(block_text) <= _WHOLE_BLOCK_LIMIT:
        for span in iter_spans(block_text):
            if span[1] > offset or span[1] == len(block_text):
                yield span
        return
    # A long block (a novel without line breaks): each span costs a local segmentation, bounded by the
    # segmenter's restart window: the first is as fast at the end of a 1M-character line as at its start.
    position = min(max(offset, 0), len(block_text) - 1)
    while position < len(block_text):
        span = sentence_span(block_text, position)
        yield span
        position = span[1]


def iter_utterances(
    text: ReadingText,
    block: int = 0,
    offset: int = 0,
    *,
    language: str = "cmn",
    normalizer: Normalizer | None = None,
    heading_cue: str = "",
) -> Iterator[Utterance]:
    """Utterances from the sentence holding ``(block, offset)`` to the end of the text, lazily."""
    maker = UtteranceMaker(text, language=language, normalizer=normalizer, heading_cue=heading_cue)
    return maker.iter_from(block, offset)


def iter_range(
    text: ReadingText,
    start: Position,
    end: Position,
    *,
    language: str = "cmn",
    normalizer: Normalizer | None = None,
) -> Iterator[Utterance]:
    """Utterances of a selection from ``start`` to ``end``; the first and last sentence are clipped to it."""
    if tuple(end) < tuple(start):
        start, end = end, start
    maker = UtteranceMaker(text, language=language, normalizer=normalizer)
    return maker.iter_from(start.block, start.offset, stop=Position(*end), clip=True)
