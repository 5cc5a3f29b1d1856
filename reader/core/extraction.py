"""Extraction: a ``LoadedDocument`` → an ``Article``.

INTERIM VERSION — the extraction helper replaces the body; the contract is
``extract(document: LoadedDocument) -> Article`` and ``extract_file(path) -> Article``.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.document import Article, Block, BlockKind
from reader.core.loading import LoadedDocument, load


def extract(document: LoadedDocument) -> Article:
    """Build an article from a loaded document."""
    if document.kind == "text":
        paragraphs = [p.strip() for p in document.text.split("\n") if p.strip()]
    else:
        import lxml.html

        root = lxml.html.document_fromstring(document.text)
        paragraphs = [p.text_content().strip() for p in root.iter("p") if p.text_content().strip()]
    title = paragraphs[0] if paragraphs else document.path.stem
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]
    return Article(title=title, blocks=blocks, page_text="\n".join(paragraphs), path=str(document.path),
                   encoding=document.encoding)


def extract_file(path: str | Path) -> Article:
    """Load and extract one file."""
    return extract(load(path))
