"""Attachments portals publish (PDF, DOCX, OFD) and EPUB books: bytes → an ``Article`` with typed blocks.

``reader.core.loading.load`` calls :func:`read_attachment` for files whose first bytes say PDF, Word, OFD
or EPUB; the article it returns is carried on the ``LoadedDocument`` and ``reader.core.extraction.extract``
hands it on, so the window, ``reader extract``, speech, conversion, search and the library treat it as
they treat a web page. Modules: ``pdf`` (pypdfium2), ``docx`` (python-docx, after ``ziplimits``), ``ofd``
(own lxml reader, sharing ``textlayout`` with PDF), ``epub`` (chapters through the HTML path), ``kangxi``
(radical code points → ideographs), ``layout`` (title, date, language).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from reader.core.attachments.layout import finish_article
from reader.core.document import Article

__all__ = ["AttachmentKind", "read_attachment"]

AttachmentKind = Literal["pdf", "docx", "epub", "ofd"]


def read_attachment(path: Path, data: bytes, kind: AttachmentKind) -> tuple[Article, dict[str, bytes]]:
    """The article in an attachment's bytes and its embedded images; raises ``LoadError`` subclasses."""
    if kind == "pdf":
        from reader.core.attachments.pdf import read_pdf

        parts = read_pdf(path, data)
    elif kind == "ofd":
        from reader.core.attachments.ofd import read_ofd

        parts = read_ofd(path, data)
    elif kind == "epub":
        from reader.core.attachments.epub import read_epub

        parts = read_epub(path, data)
    else:
        from reader.core.attachments.docx import read_docx

        parts = read_docx(path, data)
    return finish_article(path, parts), parts.parts
