"""The outline of a display document, and where the next heading, paragraph, table or image is.

Headings are of two sorts:

1. blocks the page marks as headings (the title, level 1, and ``<h2>``–``<h6>``, levels 2–6);
2. short paragraphs written the way Chinese government documents number their headings
   (GB/T 9704 公文格式): "一、" is level 2 (as an ``<h2>``: the title is level 1), "（一）" or "(一)"
   level 3, "1." "1、" "１．" or "（1）" level 4. Only when short (at most :data:`MAX_HEADING_CHARS`
   characters), without a sentence end (。！？) before its last character and not ending like a
   sentence or a clause (。；，): "（一）加强组织领导。各单位要……" is a paragraph that starts with its
   heading, and "三、自本通告发布之日起，新迁入的人口不享有补偿。" is a numbered clause of a notice;
   both stay paragraphs.

:class:`Outline` lists the headings (:class:`OutlineEntry`: level, text, block number) and the blocks each
kind of quick navigation (:class:`Target`) lands on, like a screen reader's browse mode: a heading, a text
paragraph (not a heading, a list item or a table cell), a table (its first cell), an image (its picture, or
its caption when the picture is not shown). :func:`place_of` says where a position is: the heading it is
under, the paragraph number among the blocks with text, and how far into the text it is.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field

from reader.core.display import DisplayBlock, DisplayDocument, DisplayKind, DocPosition

MAX_HEADING_CHARS = 40
"""A numbered paragraph longer than this is body text that starts with a number, not a heading."""

_HAN_NUMBER = "一二三四五六七八九十百零〇"
_DIGITS = "0-9０-９"
_NUMBERED: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"[{_HAN_NUMBER}]+、"), 2),
    (re.compile(rf"[（(][{_HAN_NUMBER}]+[）)]"), 3),
    (re.compile(rf"[{_DIGITS}]{{1,3}}(?:[.．](?![{_DIGITS}])|、)"), 4),
    (re.compile(rf"[（(][{_DIGITS}]{{1,3}}[）)]"), 4),
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_END = ("。", "；", "，", ";", ",")
_BLANKS = " \t\u3000\xa0\u2028"


class Target(enum.StrEnum):
    """What quick navigation moves to."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One heading: its level (1 the title … 6), its text on one line, and its block number."""

    level: int
    text: str
    block: int


def numbered_heading_level(text: str) -> int | None:
    """The level of ``text`` as a numbered government-style heading ("一、" 2, "（一）" 3, "1." 4), or None
    when it is not one (no number in front, too long, a sentence end inside or a clause end at the end)."""
    text = text.strip(_BLANKS)
    if not text or len(text) > MAX_HEADING_CHARS or text.endswith(_CLAUSE_END):
        return None
    if _SENTENCE_END.search(text[:-1]):
        return None
    for pattern, level in _NUMBERED:
        found = pattern.match(text)
        if found is not None and text[found.end() :].strip(_BLANKS):
            return level
    return None


def heading_level(block: DisplayBlock) -> int | None:
    """The heading level of ``block``, or None when it is not a heading (see the module docstring)."""
    if block.kind is DisplayKind.TITLE:
        return 1
    if block.kind is DisplayKind.HEADING:
        return min(max(block.level, 2), 6)
    if block.kind is DisplayKind.PARAGRAPH:
        return numbered_heading_level(block.text)
    return None


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u2028", " ").split())


@dataclass(slots=True)
class Outline:
    """The headings of a display document and the blocks quick navigation lands on."""

    entries: list[OutlineEntry] = field(default_factory=list)
    starts: dict[Target, list[int]] = field(default_factory=dict)
    """Per target, the block numbers it lands on, in order."""
    readable: list[int] = field(default_factory=list)
    """The blocks with text (what "第 n 段" counts)."""

    @classmethod
    def of(cls, document: DisplayDocument) -> Outline:
        """The outline of ``document`` (one pass over its blocks)."""
        outline = cls(starts={target: [] for target in Target})
        starts = outline.starts
        previous: DisplayBlock | None = None
        for index, block in enumerate(document.blocks):
            level = heading_level(block)
            if level is not None:
                outline.entries.append(OutlineEntry(level, _one_line(block.text), index))
                starts[Target.HEADING].append(index)
            elif block.kind in (DisplayKind.PARAGRAPH, DisplayKind.QUOTE, DisplayKind.LINE):
                starts[Target.PARAGRAPH].append(index)
            if block.kind is DisplayKind.CELL and not (
                previous is not None and previous.kind is DisplayKind.CELL and previous.group == block.group
            ):
                starts[Target.TABLE].append(index)
            if block.kind is DisplayKind.PICTURE or (
                block.kind is DisplayKind.CAPTION
                and not (
                    previous is not None
                    and previous.kind is DisplayKind.PICTURE
                    and previous.source == block.source
                )
            ):
                starts[Target.IMAGE].append(index)
            if block.spoken_text.strip(_BLANKS):
                outline.readable.append(index)
            previous = block
        return outline

    def next(self, target: Target, block: int) -> int | None:
        """The first block after ``block`` that ``target`` lands on; None when there is none."""
        blocks = self.starts.get(target, [])
        at = bisect.bisect_right(blocks, block)
        return blocks[at] if at < len(blocks) else None

    def previous(self, target: Target, block: int) -> int | None:
        """The last block before ``block`` that ``target`` lands on; None when there is none."""
        blocks = self.starts.get(target, [])
        at = bisect.bisect_left(blocks, block)
        return blocks[at - 1] if at > 0 else None

    def heading_at(self, block: int) -> OutlineEntry | None:
        """The heading ``block`` is under (the heading itself when it is one); None before the first."""
        blocks = self.starts.get(Target.HEADING, [])
        at = bisect.bisect_right(blocks, block)
        return self.entries[at - 1] if at > 0 else None


@dataclass(frozen=True, slots=True)
class Place:
    """Where a position is: for "where am I"."""

    heading: OutlineEntry | None
    paragraph: int
    """1-based number of the block with text holding (or last before) the position; 0 in an empty text."""
    paragraphs: int
    percent: int
    """How much of the text lies before the position, 0–100."""


def place_of(document: DisplayDocument, outline: Outline, position: DocPosition) -> Place:
    """Where ``position`` is in ``document`` (whose outline is ``outline``)."""
    position = document.clamp(position)
    readable = outline.readable
    paragraph = bisect.bisect_right(readable, position.block)
    if readable:
        paragraph = max(paragraph, 1)
    total = document.character_count
    before = sum(len(block.text) for block in document.blocks[: position.block]) + position.offset
    percent = round(100 * before / total) if total else 0
    return Place(outline.heading_at(position.block), paragraph, len(readable), min(max(percent, 0), 100))
