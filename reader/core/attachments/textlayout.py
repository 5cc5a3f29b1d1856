"""Lines of positioned text (from a PDF or an OFD page) → blocks: the layout rules both readers share.

1. ``drop_running_lines``: running headers and footers (a short line without a full stop, digits ignored,
   among the two highest or lowest lines of most pages) and bare page numbers (``3``, ``- 3 -``, ``第3页``,
   ``3/10``) go.
2. ``blocks``: a line clearly larger than the body text is a heading (levels by size); runs of two or more
   lines split by wide gaps are a table; other lines join into paragraphs (CJK lines without a space),
   which end at a vertical gap, a first-line indent, a short last line or a new list marker.

Coordinates are PDF's: points, y growing upwards (``top > bottom``).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from reader.core.document import Block, BlockKind

__all__ = ["CELL_GAP", "TextLine", "blocks", "drop_running_lines"]

_HEADING_RATIO = 1.18
"""A line this much larger than the body text is a heading."""
_RUNNING_LENGTH = 40
"""Running headers and footers are short and end without a full stop; a repeated sentence is text."""
CELL_GAP = 1.2
"""A gap this many font sizes wide between characters of one line separates table cells."""

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—－]\s*\d{1,4}\s*[-–—－]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,4})\s*$",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．](?!\d)"
    r"|第[一二三四五六七八九十百\d]{1,4}[条章节款]|[•·●○■◆▪\-–—])"
)
_FIRST_WORD = re.compile(r"[A-Za-z0-9'’\-]+[.,;:!?]?")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@dataclass(slots=True)
class TextLine:
    """One line of text on a page: its box, its font size, and its cells when wide gaps split it."""

    text: str
    page: int
    left: float
    right: float
    top: float
    bottom: float
    size: float
    cells: list[str] = field(default_factory=list)


# --- running headers, footers and page numbers ---------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(page: list[TextLine], count: int) -> set[int]:
    """Indexes of the ``count`` highest and ``count`` lowest lines on the page, by position (PDFium's
    order is the drawing order, and software often draws the header and page number first)."""
    by_height = sorted(range(len(page)), key=lambda index: page[index].top)
    return set(by_height[:count]) | set(by_height[-count:])


def drop_running_lines(pages: list[list[TextLine]]) -> list[TextLine]:
    edge = 2
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(page[index].text) for index in _edges(page, edge)})
    threshold = max(2, (len([page for page in pages if page]) + 1) // 2)
    kept: list[TextLine] = []
    for page in pages:
        edges = _edges(page, edge)
        outermost = _edges(page, 1)
        for index, line in enumerate(page):
            is_running = (
                index in edges
                and len(pages) >= 2
                and len(line.text) <= _RUNNING_LENGTH
                and not line.text.endswith(("。", "！", "？", "；", "：", ".", "!", "?"))
                and counts[_key(line.text)] >= threshold
            )
            if is_running or (index in outermost and _PAGE_NUMBER.match(line.text)):
                continue
            kept.append(line)
    return kept


# --- blocks --------------------------------------------------------------------------------------------


def _body_size(lines: list[TextLine]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_heading(line: TextLine, body: float) -> bool:
    return line.size >= body * _HEADING_RATIO and len(line.text) <= 80 and not line.cells


def _margins(lines: list[TextLine]) -> list[tuple[float, float]]:
    """Each line's column edges: the extreme edges of the lines of its size on its page whose left edges
    chain to its own within three characters (a column, indented first lines included)."""
    groups: dict[tuple[int, float], list[int]] = {}
    for index, line in enumerate(lines):
        if not line.cells:
            groups.setdefault((line.page, line.size), []).append(index)
    margins = [(line.left, line.right) for line in lines]
    for (_, size), members in groups.items():
        reach = 3 * max(size, 1.0)
        members.sort(key=lambda index: lines[index].left)
        start = 0
        for position in range(1, len(members) + 1):
            if (
                position < len(members)
                and lines[members[position]].left - lines[members[position - 1]].left <= reach
            ):
                continue
            column = members[start:position]
            edges = (lines[column[0]].left, max(lines[index].right for index in column))
            for index in column:
                margins[index] = edges
            start = position
    return margins


def _joined(previous: str, text: str) -> str:
    if not previous:
        return text
    if _CJK.match(previous[-1]) or _CJK.match(text[0]):
        return previous + text
    if previous.endswith("-") and previous[-2:-1].isalpha() and text[:1].islower():
        return previous[:-1] + text
    return previous + " " + text


def blocks(lines: list[TextLine]) -> list[Block]:
    body = _body_size(lines)
    heading_sizes = sorted({line.size for line in lines if _is_heading(line, body)}, reverse=True)
    margins = _margins(lines)
    gaps = [
        previous.bottom - line.top
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page and line.size == body == previous.size and line.top < previous.bottom
    ]
    usual_gap = statistics.median(gaps) if gaps else body * 0.4
    blocks: list[Block] = []
    paragraph = ""
    rows: list[list[str]] = []
    previous: TextLine | None = None
    previous_margin = (0.0, 0.0)

    def flush_paragraph() -> None:
        nonlocal paragraph
        if paragraph.strip():
            blocks.append(Block(BlockKind.PARAGRAPH, paragraph.strip()))
        paragraph = ""

    def flush_rows() -> None:
        if len(rows) >= 2:
            table = tuple(tuple(row) for row in rows)
            blocks.append(Block(BlockKind.TABLE, "\n".join("\t".join(row) for row in table), rows=table))
        elif rows:
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(rows[0])))
        rows.clear()

    for line, margin in zip(lines, margins, strict=True):
        if line.cells:
            flush_paragraph()
            rows.append(line.cells)
            previous = None
            continue
        flush_rows()
        if _is_heading(line, body):
            flush_paragraph()
            level = min(heading_sizes.index(line.size) + 1, 6)
            last = blocks[-1] if blocks else None
            if (
                last is not None
                and last.kind is BlockKind.HEADING
                and last.level == level
                and previous is not None
                and _is_heading(previous, body)
                and previous.page == line.page
                and previous.bottom - line.top < line.size
            ):
                blocks[-1] = Block(BlockKind.HEADING, _joined(last.text, line.text), level=level)
            else:
                blocks.append(Block(BlockKind.HEADING, line.text, level=level))
            previous = line
            continue
        if (
            previous is None
            or _is_heading(previous, body)
            or _starts_paragraph(previous, previous_margin, line, margin, usual_gap)
        ):
            flush_paragraph()
        paragraph = _joined(paragraph, line.text)
        previous, previous_margin = line, margin
    flush_rows()
    flush_paragraph()
    return blocks


def _starts_paragraph(
    previous: TextLine,
    previous_margin: tuple[float, float],
    line: TextLine,
    margin: tuple[float, float],
    gap: float,
) -> bool:
    size = max(line.size, 1.0)
    if line.left - margin[0] > 0.8 * size:
        return True  # a first-line indent
    if _LIST_MARKER.match(line.text):
        return True
    word = _FIRST_WORD.match(line.text)
    room = len(word.group()) * 0.55 * size if word else size
    if previous.right + max(room, size) < previous_margin[1] - 0.5 * size:
        # The previous line stopped short although this line's first word (or character) would have
        # fitted there: its paragraph ended.
        return True
    if abs(line.size - previous.size) > 0.75:
        return True
    same_column = line.page == previous.page and line.top < previous.bottom
    return same_column and previous.bottom - line.top > max(gap * 1.8, gap + 0.5 * size)
