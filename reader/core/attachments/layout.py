"""What the attachment readers hand over (``ArticleParts``) and how it becomes an ``Article``.

``finish_article`` is shared by PDF and DOCX: the title is the file's own (metadata) title, else the first
heading, else the first short line; a body block repeating the title is dropped; the date comes from a
日期/成文日期 line; the language from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.core.document import Article, Block, BlockKind
from reader.core.extraction import metadata
from reader.core.extraction.htmltree import Line

__all__ = ["ArticleParts", "finish_article"]


@dataclass(slots=True)
class ArticleParts:
    title: str
    """The file's own title (document properties), or "" when it has none worth showing."""
    blocks: list[Block]
    page_text: str
    """Every line of the file, running headers included ("show whole page")."""
    lines: list[str]
    """The body's lines in reading order, for finding the date."""
    warnings: list[str] = field(default_factory=list)
    parts: dict[str, bytes] = field(default_factory=dict)
    """Embedded images by the ``src`` their image blocks carry."""


def _norm(text: str) -> str:
    return "".join(text.split())


def finish_article(path: Path, parts: ArticleParts) -> Article:
    blocks = parts.blocks
    title = parts.title
    first_heading = next(
        (index for index, block in enumerate(blocks[:6]) if block.kind is BlockKind.HEADING), None
    )
    if not title and first_heading is not None:
        title = blocks[first_heading].text.replace("\n", " ")
    if not title:
        first = next((block for block in blocks if block.kind is BlockKind.PARAGRAPH and block.text), None)
        title = first.text[:80] if first is not None and len(first.text) <= 80 else path.stem
    for index, block in enumerate(blocks[:4]):
        if block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and _norm(block.text) == _norm(title):
            blocks = blocks[:index] + blocks[index + 1 :]
            break
    lines = [Line(text, None, False) for text in parts.lines if text.strip()]
    anchor = next((index for index, line in enumerate(lines) if _norm(line.text) == _norm(title)), 0)
    latest = metadata.latest_date()
    date = metadata.document_date(lines, len(lines) - 1, latest) or metadata.line_date(
        lines, anchor, len(lines) - 1, latest
    )
    sample = "\n".join([title, *(block.text for block in blocks[:200])])[:20_000]
    return Article(
        title=title,
        blocks=blocks,
        date=date,
        language=metadata.detect_language(sample, ""),
        page_text=parts.page_text,
        warnings=list(parts.warnings),
    )
