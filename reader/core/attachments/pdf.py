"""PDF files → an ``Article``, read with pypdfium2 (PDFium).

1. Open the bytes (a password or a broken file is a ``LoadError`` with its own code, never a crash).
2. Per page, walk PDFium's text page character by character (its reading order handles two columns) and
   cut it into lines at PDFium's generated line breaks; each line keeps its box, its font size and the
   cells it falls into where wide gaps split it (table rows).
3. Drop running headers, footers and page numbers, and build headings, tables and paragraphs from the
   lines (``textlayout``, shared with OFD).
4. Kangxi and CJK radical code points become the unified ideographs (``kangxi``).
5. Title from the PDF's metadata, else the first heading, else the first line; date from a 日期/成文日期
   line (``reader.core.extraction.metadata``).

A PDF with no text at all (scanned pages) is refused with ``load.pdf_no_text``; past :data:`MAX_PAGES`
pages the rest is left out with a warning, so a huge file cannot hold the reader for minutes. PDFium is
not thread-safe: one lock serialises every document.
"""

from __future__ import annotations

import ctypes
import re
import threading
import warnings
from pathlib import Path

from reader.core.attachments import kangxi, textlayout
from reader.core.attachments.layout import ArticleParts
from reader.core.attachments.textlayout import CELL_GAP, TextLine
from reader.core.errors import LoadError, MalformedError
from reader.core.messages import message

__all__ = ["MAX_PAGES", "read_pdf"]

_LOCK = threading.Lock()
MAX_PAGES = 3000
"""Pages read from one PDF (about 30 s at 10 ms a page); the rest are left out, with a warning."""


def read_pdf(path: Path, data: bytes) -> ArticleParts:
    """The article in a PDF file's bytes; see the module docstring."""
    import pypdfium2 as pdfium

    with _LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise _open_error(path, error) from error
        try:
            pages, warned = _read_pages(document)
            metadata = _metadata(document)
        finally:
            document.close()
    if not any(line.text.strip() for page in pages for line in page):
        raise LoadError(
            path,
            message(
                "load.pdf_no_text",
                "the PDF has no text, only images (a scanned document); the reader cannot read it",
            ),
        )
    lines = textlayout.drop_running_lines(pages)
    blocks = textlayout.blocks(lines)
    title = metadata.get("Title", "").strip()
    if re.search(r"\.(docx?|wps|pdf|txt)$", title, re.IGNORECASE) or title.startswith("Microsoft Word"):
        title = ""
    page_text = "\n".join(line.text for page in pages for line in page)
    return ArticleParts(
        title=kangxi.unify(title),
        blocks=blocks,
        page_text=page_text,
        lines=[line.text for line in lines],
        warnings=warned,
    )


def _open_error(path: Path, error: Exception) -> LoadError:
    import pypdfium2.raw as pdfium_c

    if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        return LoadError(
            path,
            message("load.pdf_password", "the PDF is protected by a password; the reader cannot open it"),
        )
    return MalformedError(
        path, message("load.pdf_broken", "the PDF is damaged or incomplete ({detail})", detail=str(error))
    )


def _metadata(document: object) -> dict[str, str]:
    try:
        found = document.get_metadata_dict()  # type: ignore[attr-defined]
    except Exception:  # PDFium's metadata is optional; a bad dictionary only loses the title
        return {}
    return {str(key): str(value) for key, value in found.items() if value}


def _read_pages(document: object) -> tuple[list[list[TextLine]], list[str]]:
    import pypdfium2 as pdfium

    pages: list[list[TextLine]] = []
    warned: list[str] = []
    count = len(document)  # type: ignore[arg-type]
    if count > MAX_PAGES:
        warned.append(f"the PDF has {count} pages; the first {MAX_PAGES} were read")
    for index in range(min(count, MAX_PAGES)):
        try:
            page = document[index]  # type: ignore[index]
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            warned.append(f"page {index + 1} of the PDF could not be read")
            pages.append([])
            continue
        try:
            pages.append(_page_lines(textpage, index))
        finally:
            textpage.close()
            page.close()
    if count == 0:
        raise pdfium.PdfiumError("the PDF has no pages")
    return pages, warned


def _page_lines(textpage: object, page: int) -> list[TextLine]:
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw  # type: ignore[attr-defined]
    count = pdfium_c.FPDFText_CountChars(handle)
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    lines: list[TextLine] = []
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float, int]] = []

    def font_size(index: int) -> float:
        size = pdfium_c.FPDFText_GetFontSize(handle, index)
        if not size:
            pdfium_c.FPDFText_GetCharBox(
                handle,
                index,
                ctypes.byref(left),
                ctypes.byref(right),
                ctypes.byref(bottom),
                ctypes.byref(top),
            )
            size = top.value - bottom.value
        return float(round(size * 2) / 2)

    def close_line() -> None:
        text = "".join(chars).strip()
        if text and boxes:
            # The font size of the line's first, middle and last character (a call each, not one per
            # character): the middle one of those three.
            samples = {boxes[0][4], boxes[len(boxes) // 2][4], boxes[-1][4]}
            sizes = sorted(font_size(index) for index in samples)
            size = sizes[len(sizes) // 2]
            lines.append(
                TextLine(
                    text=kangxi.unify(re.sub(r"[ \t\u00a0]+", " ", text)),
                    page=page,
                    left=min(box[0] for box in boxes),
                    right=max(box[1] for box in boxes),
                    top=max(box[3] for box in boxes),
                    bottom=min(box[2] for box in boxes),
                    size=size,
                    cells=_cells(chars, boxes, size),
                )
            )
        chars.clear()
        boxes.clear()

    # One call for the text when it has one unit per character (no astral characters), else one per char.
    text = textpage.get_text_range()  # type: ignore[attr-defined]
    codes = [ord(unit) for unit in text] if len(text) == count else None
    for index in range(count):
        code = codes[index] if codes is not None else pdfium_c.FPDFText_GetUnicode(handle, index)
        if code in (0x0A, 0x0D, 0x0C, 0x2028, 0x2029):
            close_line()
            continue
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        if character.isspace() or code in (0xFFFE, 0x02):
            chars.append(" ")
            continue
        pdfium_c.FPDFText_GetCharBox(
            handle, index, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        )
        chars.append(character)
        boxes.append((left.value, right.value, bottom.value, top.value, index))
    close_line()
    return lines


def _cells(chars: list[str], boxes: list[tuple[float, float, float, float, int]], size: float) -> list[str]:
    """The line cut at wide gaps between characters (a table row), or [] when it has none."""
    cells: list[str] = []
    current: list[str] = []
    previous_right: float | None = None
    box_index = 0
    for character in chars:
        if character == " ":
            current.append(" ")
            continue
        box = boxes[box_index]
        box_index += 1
        if previous_right is not None and box[0] - previous_right > CELL_GAP * max(size, 1.0):
            cells.append("".join(current).strip())
            current = []
        current.append(character)
        previous_right = box[1]
    cells.append("".join(current).strip())
    cells = [kangxi.unify(re.sub(r"\s+", " ", cell)) for cell in cells if cell]
    return cells if len(cells) >= 2 else []
