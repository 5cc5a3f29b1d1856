"""The display document: the one text the reader shows, reads aloud, exports, converts and searches.

An :class:`~reader.core.document.Article` is made of typed blocks; what the reader *shows* has more parts
(the title, the 日期/来源 line, each list item, each table cell, an image and its caption). A
:class:`DisplayDocument` lists those parts as :class:`DisplayBlock` s, in order, and the window's renderer
makes exactly one ``QTextDocument`` block of each (it checks the count). So a position is always the same
pair everywhere — ``DocPosition(block, offset)``, the offset in code points inside that block's text — and
the view, speech, audio export, the caption strip, 指读, the findings panel and 简繁 conversion all
address the same text. Only the UI edge turns it into UTF-16 document positions
(``reader.ui.positions``).

Block texts are exactly what Qt holds for the block: a line break inside a block is U+2028 (Qt's line
separator, ``<br>``), a shown picture is one U+FFFC (Qt's object replacement character), a table ends with
an empty block (Qt puts one after every table frame). Whitespace is kept as it is (the renderer sets
``white-space: pre-wrap``); control characters are dropped here.

Building (:func:`build_article`, :func:`build_page`):

1. the article view: the title (or an "untitled" label), the meta line when there is a date or a source,
   then each body block: a heading, a paragraph, a quote, each list item, each table cell row by row and
   the table's end, an image (when the window can show it, ``shows_image``) and its caption;
2. the whole-page view: one block per non-empty line of the page's text.

Conversion (:func:`conversion_steps`, :func:`convert_document`) converts block by block from the
original document, keeping each block's :class:`~reader.core.conversion.OffsetMap`, so the converted
document has the same blocks and positions map back and forth (:meth:`DisplayDocument.to_original`,
:meth:`DisplayDocument.from_original`). The steps are a generator: the window drives it from a timer in
short slices (OpenCC holds the GIL), the command line runs it to the end; there is one implementation.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace

from reader.core.conversion import OffsetMap, convert, target_language
from reader.core.document import Article, BlockKind

LINE_SEPARATOR = "\u2028"
"""A line break inside one block (Qt's ``<br>``)."""
OBJECT_CHARACTER = "\ufffc"
"""The one character of a block that shows a picture."""
EMPTY_CELL = "\xa0"
"""The text of an empty table cell: Qt drops truly empty trailing cells, a no-break space it keeps."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2029]")
_NEWLINES = re.compile(r"\r\n|[\r\n\v\f\x85]")


class DisplayKind(enum.StrEnum):
    """What a display block is."""

    TITLE = "title"
    META = "meta"
    """The 日期/来源 line under the title."""
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CELL = "cell"
    TABLE_END = "table_end"
    """The empty block after a table (Qt's own); nothing to read."""
    PICTURE = "picture"
    """A shown image: its one character is the picture."""
    CAPTION = "caption"
    """The image's alternative text under it, or in its place when it cannot be shown."""
    LINE = "line"
    """One line of the whole page."""


_SILENT = frozenset({DisplayKind.TABLE_END, DisplayKind.PICTURE})


@dataclass(frozen=True, slots=True)
class DisplayBlock:
    """One block shown: ``text`` is exactly the text of the ``QTextDocument`` block made of it."""

    kind: DisplayKind
    text: str
    source: int = -1
    """Index of the article block it comes from (-1: the title, the meta line, a page line)."""
    level: int = 0
    """Heading level: 1 for the title, 2–6 for body headings."""
    group: int = -1
    """Items of one list and cells of one table share a group number."""
    row: int = -1
    column: int = -1
    is_header: bool = False
    """A table header cell (``<th>``)."""
    ordered: bool = False
    """An item of a numbered list."""
    src: str | None = None
    """The image reference (pictures only)."""
    alt: str = ""
    """The image's alternative text (pictures and captions)."""

    @property
    def spoken_text(self) -> str:
        """What speech reads of this block: nothing of a picture or a table's end."""
        return "" if self.kind in _SILENT else self.text


@dataclass(frozen=True, slots=True, order=True)
class DocPosition:
    """A place in a display document: block number and code-point offset inside that block's text."""

    block: int
    offset: int


@dataclass(frozen=True, slots=True)
class Labels:
    """The words the display adds to an article, in the interface language (the UI passes its own)."""

    untitled: str = "（无标题）"
    empty_page: str = "（这个文件没有整页文字）"
    date_line: Callable[[str], str] = field(default=lambda date: f"日期：{date}")
    source_line: Callable[[str], str] = field(default=lambda source: f"来源：{source}")
    image_alt: Callable[[str], str] = field(default=lambda alt: f"〔图片：{alt}〕" if alt else "〔图片〕")


META_SEPARATOR = "\u3000"


@dataclass(slots=True)
class DisplayDocument:
    """The blocks shown, in order; a ``ReadingText`` for speech (``block_count`` / ``block_text``)."""

    blocks: list[DisplayBlock]
    mode: str = "article"
    """``"article"`` or ``"page"`` (the whole page's lines)."""
    title: str = ""
    language: str = "zh"
    config: str | None = None
    """The OpenCC config this document was converted with (None: the original)."""
    maps: list[OffsetMap | None] = field(default_factory=list)
    """Per block, the offset map to the original's block (None: the same positions)."""
    original: DisplayDocument | None = None
    """The unconverted document (None: this is the original)."""

    # ReadingText (reader.speech.utterances), so speech and export read exactly what is shown

    def block_count(self) -> int:
        return len(self.blocks)

    def block_text(self, index: int) -> str:
        if 0 <= index < len(self.blocks):
            return self.blocks[index].spoken_text
        return ""

    @property
    def texts(self) -> list[str]:
        return [block.text for block in self.blocks]

    @property
    def source_document(self) -> DisplayDocument:
        """The original this document was converted from (itself when it is the original)."""
        return self.original if self.original is not None else self

    @property
    def character_count(self) -> int:
        return sum(len(block.text) for block in self.blocks)

    def clamp(self, position: DocPosition) -> DocPosition:
        """``position`` moved inside the document."""
        if not self.blocks:
            return DocPosition(0, 0)
        block = min(max(position.block, 0), len(self.blocks) - 1)
        return DocPosition(block, min(max(position.offset, 0), len(self.blocks[block].text)))

    def to_original(self, position: DocPosition, *, is_end: bool = False) -> DocPosition:
        """The same place in the original document (a range's end maps to the end of a replaced word)."""
        position = self.clamp(position)
        mapping = self.maps[position.block] if position.block < len(self.maps) else None
        if mapping is None:
            return position
        if is_end:
            return DocPosition(position.block, mapping.range_to_original(position.offset, position.offset)[1])
        return DocPosition(position.block, mapping.to_original(position.offset))

    def from_original(self, position: DocPosition, *, is_end: bool = False) -> DocPosition:
        """The place in this document of ``position`` in the original."""
        if not self.blocks:
            return DocPosition(0, 0)
        block = min(max(position.block, 0), len(self.blocks) - 1)
        mapping = self.maps[block] if block < len(self.maps) else None
        if mapping is None:
            return self.clamp(DocPosition(block, position.offset))
        offset = max(0, position.offset)
        if is_end:
            return self.clamp(DocPosition(block, mapping.range_to_converted(offset, offset)[1]))
        return self.clamp(DocPosition(block, mapping.to_converted(offset)))

    def map_from(self, other: DisplayDocument, position: DocPosition) -> DocPosition | None:
        """``position`` of ``other`` in this document, when both show the same original the same way
        (one is a conversion of the other, or both of one original); None when the text is not the same."""
        if other.source_document is not self.source_document:
            return None
        return self.from_original(other.to_original(position))

    def find(self, text: str, start: DocPosition | None = None) -> tuple[DocPosition, DocPosition] | None:
        """The first place at or after ``start`` where a block holds ``text`` (whitespace-insensitive at
        its ends); None when no block does."""
        wanted = text.strip()
        if not wanted:
            return None
        first = start.block if start is not None else 0
        for index in range(max(first, 0), len(self.blocks)):
            block_text = self.blocks[index].text
            at = block_text.find(wanted, start.offset if start is not None and index == first else 0)
            if at >= 0:
                return DocPosition(index, at), DocPosition(index, at + len(wanted))
        return None

    def headings(self) -> Iterator[tuple[int, DisplayBlock]]:
        """The title and headings with their block numbers."""
        for index, block in enumerate(self.blocks):
            if block.kind in (DisplayKind.TITLE, DisplayKind.HEADING):
                yield index, block


def clean(text: str) -> str:
    """Block text as Qt will hold it: line breaks as U+2028, control characters dropped."""
    text = _NEWLINES.sub(LINE_SEPARATOR, text)
    return _CONTROL.sub("", text)


def _one_line(text: str) -> str:
    return _CONTROL.sub("", _NEWLINES.sub(" ", text)).strip()


def build_article(
    article: Article,
    labels: Labels | None = None,
    shows_image: Callable[[str], bool] | None = None,
) -> DisplayDocument:
    """The article view of ``article``: title, meta line, body blocks (see the module docstring).

    ``shows_image(src)`` says whether the window can show an image (local, decodable); without it no
    picture is shown, only captions.
    """
    labels = labels or Labels()
    blocks: list[DisplayBlock] = []
    title = _one_line(article.title) or labels.untitled
    blocks.append(DisplayBlock(DisplayKind.TITLE, title, level=1))
    meta = []
    if article.date:
        meta.append(labels.date_line(article.date))
    if article.source:
        meta.append(labels.source_line(_one_line(article.source)))
    if meta:
        blocks.append(DisplayBlock(DisplayKind.META, META_SEPARATOR.join(meta)))
    groups = 0
    for index, block in enumerate(article.blocks):
        kind = block.kind
        if kind is BlockKind.LIST:
            items = block.items or tuple(line for line in block.text.split("\n") if line.strip())
            items = tuple(item for item in (_one_line(item) for item in items) if item)
            for item in items:
                blocks.append(
                    DisplayBlock(DisplayKind.LIST_ITEM, item, index, group=groups, ordered=block.ordered)
                )
            groups += bool(items)
        elif kind is BlockKind.TABLE:
            rows = block.rows or tuple(
                tuple(line.split("\t")) for line in block.text.split("\n") if line.strip()
            )
            if not any(clean(cell).strip() for row in rows for cell in row):
                continue  # nothing to show (and Qt drops a table without text)
            # Qt makes every row as wide as the widest (a table is a grid): pad short rows with empty cells.
            width = max(len(row) for row in rows)
            for number, row in enumerate(rows):
                for column, cell in enumerate((*row, *([""] * (width - len(row))))):
                    blocks.append(
                        DisplayBlock(
                            DisplayKind.CELL,
                            clean(cell.strip()) or EMPTY_CELL,
                            index,
                            group=groups,
                            row=number,
                            column=column,
                            is_header=block.has_header and number == 0,
                        )
                    )
            blocks.append(DisplayBlock(DisplayKind.TABLE_END, "", index, group=groups))
            groups += 1
        elif kind is BlockKind.IMAGE:
            alt = _one_line(block.alt if block.alt is not None else block.text)
            if block.src and shows_image is not None and shows_image(block.src):
                blocks.append(
                    DisplayBlock(DisplayKind.PICTURE, OBJECT_CHARACTER, index, src=block.src, alt=alt)
                )
            blocks.append(DisplayBlock(DisplayKind.CAPTION, labels.image_alt(alt), index, alt=alt))
        else:
            text = clean(block.text.strip())
            if not text.strip(" \u3000\u2028"):
                continue
            if kind is BlockKind.HEADING:
                level = min(max(block.level or 2, 2), 6)
                blocks.append(DisplayBlock(DisplayKind.HEADING, text, index, level=level))
            elif kind is BlockKind.QUOTE:
                blocks.append(DisplayBlock(DisplayKind.QUOTE, text, index))
            else:
                blocks.append(DisplayBlock(DisplayKind.PARAGRAPH, text, index))
    return DisplayDocument(blocks, "article", title, article.language)


def build_page(article: Article, labels: Labels | None = None) -> DisplayDocument:
    """The whole-page view: one block per non-empty line of the page's text."""
    labels = labels or Labels()
    lines = [_one_line(line) for line in article.page_text.split("\n")]
    blocks = [DisplayBlock(DisplayKind.LINE, line) for line in lines if line]
    if not blocks:
        blocks = [DisplayBlock(DisplayKind.LINE, labels.empty_page)]
    return DisplayDocument(blocks, "page", _one_line(article.title), article.language)


# --- 简繁 conversion -----------------------------------------------------------------------------------

CONVERSION_STEP = 20_000
"""About this many characters are converted between two progress reports (one yield)."""


def conversion_steps(document: DisplayDocument, config: str) -> Generator[float, None, DisplayDocument]:
    """Convert ``document``'s original with ``config``, block by block; yields the share done (0–1)
    after about every :data:`CONVERSION_STEP` characters and returns the converted document.

    Structure is kept: one converted block per block, kinds and table places unchanged, so a position
    keeps its block and only its offset moves (by the block's offset map).
    """
    original = document.source_document
    total = max(original.character_count, 1)
    done = 0
    since_yield = 0
    blocks: list[DisplayBlock] = []
    maps: list[OffsetMap | None] = []
    for block in original.blocks:
        if block.kind in _SILENT or not block.text:
            blocks.append(block)
            maps.append(None)
            continue
        converted = convert(block.text, config)
        alt = convert(block.alt, config).text if block.alt else block.alt
        blocks.append(replace(block, text=converted.text, alt=alt))
        maps.append(None if converted.offsets.is_identity else converted.offsets)
        done += len(block.text)
        since_yield += len(block.text)
        if since_yield >= CONVERSION_STEP:
            since_yield = 0
            yield done / total
    title = convert(original.title, config).text if original.title else original.title
    return DisplayDocument(
        blocks,
        original.mode,
        title,
        target_language(config),
        config,
        maps,
        original,
    )


def convert_document(document: DisplayDocument, config: str | None) -> DisplayDocument:
    """``document``'s original converted with ``config`` in one go (None: the original itself)."""
    if config is None:
        return document.source_document
    steps = conversion_steps(document, config)
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            result: DisplayDocument = finished.value
            return result


def paragraphs(document: DisplayDocument) -> Sequence[str]:
    """The spoken text of every block, in order (what an audio export reads)."""
    return [block.spoken_text for block in document.blocks]


def body_place(document: DisplayDocument, article: Article, offset: int, text: str) -> DocPosition | None:
    """Where the body text ``article.text[offset:]`` starting with ``text`` is shown in ``document`` (an
    article view of ``article``, original or converted): the place of the nearest showing of ``text`` in
    the display blocks made from that article block, else the start of the first of them.

    A library search hit is an offset in the article's body; this finds it on the screen, across the blank
    lines between blocks, the stripping of a paragraph and the split of a list or table into items.
    None when the offset is outside the body or no shown block comes from its article block.
    """
    original = document.source_document
    span = next((s for s in article.spans() if s.start <= offset < s.end), None)
    if span is None:
        return None
    blocks = [index for index, block in enumerate(original.blocks) if block.source == span.index]
    if not blocks:
        return None
    wanted = clean(text)
    inside = offset - span.start
    best: tuple[int, DocPosition] | None = None
    passed = 0
    for index in blocks:
        block_text = original.blocks[index].text
        at = block_text.find(wanted) if wanted else -1
        while at >= 0:
            distance = abs(passed + at - inside)
            if best is None or distance < best[0]:
                best = (distance, DocPosition(index, at))
            at = block_text.find(wanted, at + 1)
        passed += len(block_text) + 1
    place = best[1] if best is not None else DocPosition(blocks[0], 0)
    return document.from_original(place) if document is not original else place
