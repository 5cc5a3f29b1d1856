"""PDF files → an ``Article``, read with pypdfium2 (PDFium).

1. Open the bytes (a password or a broken file is a ``LoadError`` with its own code, never a crash).
2. Per page, walk PDFium's text page character by character (its reading order handles two columns) and
   cut it into lines at PDFium's generated line breaks; each line keeps its box, its font size and the
   cells it falls into where wide gaps split it (table rows).
3. Drop running headers and footers (a line, digits ignored, at the top or bottom of most pages) and bare
   page numbers (``3``, ``- 3 -``, ``第3页``, ``3/10``).
4. Blocks: a line clearly larger than the body text is a heading (levels by size); runs of two or more
   split lines are a table; other lines join into paragraphs (CJK lines without a space), which end at a
   vertical gap, a first-line indent, a short last line or a new list marker.
5. Kangxi and CJK radical code points become the unified ideographs (``kangxi``).
6. Title from the PDF's metadata, else the first heading, else the first line; date from a 日期/成文日期
   line (``reader.core.extraction.metadata``).

A PDF with no text at all (scanned pages) is refused with ``load.pdf_no_text``. PDFium is not thread-safe:
one lock serialises every document.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
import threading
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.attachments import kangxi
from reader.core.attachments.layout import ArticleParts
from reader.core.document import Block, BlockKind
from reader.core.errors import LoadError, MalformedError
from reader.core.messages import message

__all__ = ["read_pdf"]

_LOCK = threading.Lock()

_HEADING_RATIO = 1.18
"""A line this much larger than the body text is a heading."""
_RUNNING_LENGTH = 40
"""Running headers and footers are short and end without a full stop; a repeated sentence is text."""
_CELL_GAP = 1.2
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
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    left: float
    right: float
    top: float
    bottom: float
    size: float
    cells: list[str] = field(default_factory=list)


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
    lines = _drop_running_lines(pages)
    blocks = _blocks(lines)
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


def _read_pages(document: object) -> tuple[list[list[_Line]], list[str]]:
    import pypdfium2 as pdfium

    pages: list[list[_Line]] = []
    warned: list[str] = []
    count = len(document)  # type: ignore[arg-type]
    for index in range(count):
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


def _page_lines(textpage: object, page: int) -> list[_Line]:
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw  # type: ignore[attr-defined]
    count = pdfium_c.FPDFText_CountChars(handle)
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    lines: list[_Line] = []
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
                _Line(
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
        if previous_right is not None and box[0] - previous_right > _CELL_GAP * max(size, 1.0):
            cells.append("".join(current).strip())
            current = []
        current.append(character)
        previous_right = box[1]
    cells.append("".join(current).strip())
    cells = [kangxi.unify(re.sub(r"\s+", " ", cell)) for cell in cells if cell]
    return cells if len(cells) >= 2 else []


# --- running headers, footers and page numbers ---------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(page: list[_Line], count: int) -> set[int]:
    """Indexes of the ``count`` highest and ``count`` lowest lines on the page, by position (PDFium's
    order is the drawing order, and software often draws the header and page number first)."""
    by_height = sorted(range(len(page)), key=lambda index: page[index].top)
    return set(by_height[:count]) | set(by_height[-count:])


def _drop_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    edge = 2
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(page[index].text) for index in _edges(page, edge)})
    threshold = max(2, (len([page for page in pages if page]) + 1) // 2)
    kept: list[_Line] = []
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


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_heading(line: _Line, body: float) -> bool:
    return line.size >= body * _HEADING_RATIO and len(line.text) <= 80 and not line.cells


def _margins(lines: list[_Line]) -> list[tuple[float, float]]:
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


def _blocks(lines: list[_Line]) -> list[Block]:
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
    previous: _Line | None = None
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
    previous: _Line,
    previous_margin: tuple[float, float],
    line: _Line,
    margin: tuple[float, float],
    gap: float,
) -> bool:
    size = max(line.size, 1.0)
    if line.left - margin[0] > 0.8 * size:
        return True  # a first-line indent
    if _LIST_MARKER.match(line.text):
        return True
    if previous.right < previous_margin[1] - 1.5 * size:
        return True  # the previous line stopped short: its paragraph ended there
    if abs(line.size - previous.size) > 0.75:
        return True
    same_column = line.page == previous.page and line.top < previous.bottom
    return same_column and previous.bottom - line.top > max(gap * 1.8, gap + 0.5 * size)
