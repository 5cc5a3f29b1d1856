"""An opened file as the window needs it: the extracted ``Article`` and the ``LoadedDocument`` behind it.

The window keeps the loaded document because images are resolved against it (``LoadedDocument.resource``:
the page's ``_files`` folder or its MHTML parts; never the network). Steps:

1. ``reader.core.loading.load`` reads and decodes the file (raises a ``LoadError`` subclass on failure);
2. ``reader.core.extraction.extract`` builds the article;
3. ``reader.ui.rendering`` turns it into HTML when the view shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.document import Article
from reader.core.loading import LoadedDocument


@dataclass(slots=True)
class OpenedArticle:
    path: Path
    article: Article
    document: LoadedDocument

    @property
    def encoding(self) -> str | None:
        return self.article.encoding or self.document.encoding


def open_article(path: str | Path) -> OpenedArticle:
    """Load and extract ``path``; only ``LoadError`` is expected to escape (callers guard the rest too)."""
    from reader.core.extraction import extract
    from reader.core.loading import load

    file = Path(path)
    document = load(file)
    article = extract(document)
    return OpenedArticle(file, article, document)
