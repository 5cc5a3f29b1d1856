"""The document model shared by every layer: an ``Article`` made of typed ``Block`` s.

An article's reading text is its blocks' texts joined by a blank line (``Article.text``); each block knows
its span in that text (``Article.spans()``), which is the coordinate system speech, conversion, search,
highlighting and the accessibility checker all use. Offsets are Python code points; the UI converts to
UTF-16 units at its edge.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field

BLOCK_SEPARATOR = "\n\n"


class BlockKind(enum.StrEnum):
    """What a block is; the values are the ``type`` strings of ``reader extract``'s JSON."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    IMAGE = "image"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the reading view.

    ``text`` is what is read and shown as text: for a list its items joined by newlines, for a table its
    rows joined by newlines with cells separated by a tab, for an image its alt text (may be empty).
    """

    kind: BlockKind
    text: str
    level: int | None = None
    """Heading level 1–6 (headings only)."""
    alt: str | None = None
    """Alternative text (images only)."""
    src: str | None = None
    """Image reference as written in the page; resolved locally by ``LoadedDocument.resource``."""
    items: tuple[str, ...] = ()
    """List items (lists only)."""
    rows: tuple[tuple[str, ...], ...] = ()
    """Table cells, row by row (tables only); the first row is the header when ``has_header``."""
    has_header: bool = False
    ordered: bool = False
    """Numbered list (lists only)."""

    def to_json(self) -> dict[str, object]:
        """The block as ``reader extract`` prints it."""
        data: dict[str, object] = {"type": self.kind.value, "text": self.text}
        if self.level is not None:
            data["level"] = self.level
        if self.kind is BlockKind.IMAGE:
            data["alt"] = self.alt or ""
            if self.src:
                data["src"] = self.src
        if self.items:
            data["items"] = list(self.items)
            data["ordered"] = self.ordered
        if self.rows:
            data["rows"] = [list(row) for row in self.rows]
        return data


@dataclass(frozen=True, slots=True)
class Span:
    """A block's place in ``Article.text``: ``text[start:end]`` is the block's text."""

    index: int
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """An extracted article: metadata, body blocks, and the whole page's text besides."""

    title: str
    blocks: list[Block]
    date: str | None = None
    """Publication date as ``YYYY-MM-DD`` when known."""
    partial_date: str | None = None
    """``YYYY-MM`` when the page gives only a month (``1998年3月号``); ``date`` is then None."""
    source: str | None = None
    """来源: the publishing body or outlet, when the page names it."""
    author: str | None = None
    language: str = "zh"
    """BCP 47 tag: ``zh-Hans``/``zh-Hant`` when the script is known, else what the page declares."""
    page_text: str = ""
    """The whole page as text, boilerplate included ("show whole page")."""
    path: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    """Things the reader should know (e.g. "decoded as GB18030 although the page declares UTF-8")."""

    @property
    def text(self) -> str:
        """Body text: the blocks' texts (empty image alts left out) joined by a blank line."""
        return BLOCK_SEPARATOR.join(block.text for block in self.blocks if block.text)

    def spans(self) -> Iterator[Span]:
        """Each non-empty block's span in ``text``, in order."""
        offset = 0
        first = True
        for index, block in enumerate(self.blocks):
            if not block.text:
                continue
            if not first:
                offset += len(BLOCK_SEPARATOR)
            first = False
            yield Span(index, offset, offset + len(block.text))
            offset += len(block.text)

    def to_json(self) -> dict[str, object]:
        """The article as ``reader extract --format json`` prints it (see architecture.md)."""
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "blocks": [block.to_json() for block in self.blocks],
        }
