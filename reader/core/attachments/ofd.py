"""OFD files (GB/T 33190, the Chinese fixed-layout format government documents are issued in) → an
``Article``, with a small reader of our own over lxml.

1. Check the ZIP directory (``ziplimits``); ``OFD.xml`` names the document (``DocBody/DocRoot``) and its
   title (``DocInfo/Title``); the document lists its pages (``Pages/Page/@BaseLoc``), its templates
   (``CommonData/TemplatePage``) and the default page size (``PageArea/PhysicalBox``).
2. Each page's text: the text objects of the templates it uses (a background template before the page's
   own content, a foreground one after it), then its own, in document order. A ``TextCode``'s glyphs are
   placed by ``X``/``Y`` inside its object's ``Boundary`` and advanced by ``DeltaX`` (with its ``g``
   repeats); runs on one baseline make a line, wide gaps between glyphs split it into cells.
3. Millimetres become points and y turns upwards, so the PDF reader's layout rules apply as they are
   (``textlayout``: running headers, page numbers, headings, tables, paragraphs).

XML is parsed without DTDs, entities or network access. Signatures, annotations and images are not read.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from reader.core.attachments import kangxi, textlayout, ziplimits
from reader.core.attachments.layout import ArticleParts
from reader.core.attachments.textlayout import CELL_GAP, TextLine
from reader.core.errors import LoadError, MalformedError
from reader.core.messages import message

__all__ = ["is_ofd", "read_ofd"]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_POINTS_PER_MM = 72 / 25.4
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def is_ofd(names: set[str]) -> bool:
    """Whether a ZIP is an OFD package: it has ``OFD.xml`` at its root."""
    return "OFD.xml" in names


@dataclass(slots=True)
class _Run:
    """Glyphs of one ``TextCode``: each character with its left edge, on one baseline (mm, y down)."""

    chars: list[tuple[str, float]]
    baseline: float
    size: float


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _first(element: etree._Element, name: str) -> etree._Element | None:
    return next((child for child in element.iter() if _local(child) == name), None)


def _all(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element.iter() if _local(child) == name]


def _numbers(text: str | None) -> list[float]:
    return [float(value) for value in _NUMBER.findall(text or "")]


def read_ofd(path: Path, data: bytes) -> ArticleParts:
    """The article in an OFD file's bytes; see the module docstring."""
    ziplimits.check(path, data, kind="ofd")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            title, pages = _read(archive)
    except LoadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, etree.XMLSyntaxError, OSError) as error:
        raise MalformedError(path, ziplimits.broken_message("ofd", error)) from error
    if not any(page for page in pages):
        raise LoadError(
            path,
            message(
                "load.ofd_no_text",
                "the OFD file has no text, only images (a scanned document); the reader cannot read it",
            ),
        )
    lines = textlayout.drop_running_lines(pages)
    return ArticleParts(
        title=kangxi.unify(title),
        blocks=textlayout.blocks(lines),
        page_text="\n".join(line.text for page in pages for line in page),
        lines=[line.text for line in lines],
    )


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(archive.read(name.lstrip("/")), _PARSER)


def _resolve(folder: str, location: str) -> str:
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        return posixpath.normpath(location).lstrip("/")
    return posixpath.normpath(posixpath.join(folder, location))


def _read(archive: zipfile.ZipFile) -> tuple[str, list[list[TextLine]]]:
    package = _xml(archive, "OFD.xml")
    root_element = _first(package, "DocRoot")
    if root_element is None or not (root_element.text or "").strip():
        raise KeyError("OFD.xml names no document (DocBody/DocRoot)")
    title_element = _first(package, "Title")
    title = " ".join((title_element.text or "").split()) if title_element is not None else ""
    document_path = _resolve("", root_element.text or "")
    folder = posixpath.dirname(document_path)
    document = _xml(archive, document_path)
    common = _first(document, "CommonData")
    default_box = _page_box(common) if common is not None else [0.0, 0.0, 210.0, 297.0]
    templates = {
        template.get("ID", ""): _resolve(folder, template.get("BaseLoc", ""))
        for template in (_all(common, "TemplatePage") if common is not None else [])
    }
    template_cache: dict[str, list[_Run]] = {}
    pages: list[list[TextLine]] = []
    pages_element = _first(document, "Pages")
    for number, page_ref in enumerate(_all(pages_element, "Page") if pages_element is not None else []):
        page_path = _resolve(folder, page_ref.get("BaseLoc", ""))
        page = _xml(archive, page_path)
        box = _page_box(page) or default_box
        background: list[_Run] = []
        foreground: list[_Run] = []
        for use in _all(page, "Template"):
            location = templates.get(use.get("TemplateID", ""))
            if location is None:
                continue
            if location not in template_cache:
                template_cache[location] = _runs(_xml(archive, location))
            is_front = use.get("ZOrder", "Background").lower() == "foreground"
            (foreground if is_front else background).extend(template_cache[location])
        runs = background + _runs(page) + foreground
        pages.append(_lines(runs, number, box[3]))
    return title, pages


def _page_box(element: etree._Element) -> list[float]:
    box = _first(element, "PhysicalBox")
    values = _numbers(box.text if box is not None else "")
    return values if len(values) == 4 else []


def _deltas(text: str | None, count: int) -> list[float]:
    """``DeltaX`` expanded: ``g 3 4.2`` is 4.2 three times."""
    tokens = (text or "").split()
    values: list[float] = []
    index = 0
    while index < len(tokens) and len(values) < count:
        if tokens[index] == "g" and index + 2 < len(tokens):
            values.extend([float(tokens[index + 2])] * int(float(tokens[index + 1])))
            index += 3
        else:
            values.append(float(tokens[index]))
            index += 1
    return values


def _runs(page: etree._Element) -> list[_Run]:
    runs: list[_Run] = []
    for text_object in _all(page, "TextObject"):
        boundary = _numbers(text_object.get("Boundary"))
        origin_x, origin_y = (boundary[0], boundary[1]) if len(boundary) >= 2 else (0.0, 0.0)
        size = float(text_object.get("Size") or 3.5)
        x = y = 0.0
        for code in _all(text_object, "TextCode"):
            text = code.text or ""
            if not text:
                continue
            x = float(code.get("X") or x)
            y = float(code.get("Y") or y)
            deltas = _deltas(code.get("DeltaX"), len(text) - 1)
            chars: list[tuple[str, float]] = []
            position = origin_x + x
            for index, character in enumerate(text):
                chars.append((character, position))
                position += deltas[index] if index < len(deltas) else size
            runs.append(_Run(chars, origin_y + y, size))
    return runs


def _lines(runs: list[_Run], page: int, height: float) -> list[TextLine]:
    """Runs in document order joined into lines where they share a baseline."""
    groups: list[list[_Run]] = []
    for run in runs:
        last = groups[-1][-1] if groups else None
        if last is not None and abs(run.baseline - last.baseline) < 0.3 * max(run.size, last.size):
            groups[-1].append(run)
        else:
            groups.append([run])
    lines: list[TextLine] = []
    for group in groups:
        chars = sorted((item for run in group for item in run.chars), key=lambda item: item[1])
        size = max(run.size for run in group)
        baseline = group[0].baseline
        cells: list[list[str]] = [[]]
        previous_end: float | None = None
        for character, left in chars:
            if previous_end is not None and left - previous_end > CELL_GAP * size:
                cells.append([])
            cells[-1].append(character)
            previous_end = left + size * (0.5 if character.isascii() else 1.0)
        texts = [kangxi.unify(" ".join("".join(cell).split())) for cell in cells]
        texts = [text for text in texts if text]
        if not texts:
            continue
        right = chars[-1][1] + size * (0.5 if chars[-1][0].isascii() else 1.0)
        lines.append(
            TextLine(
                text=" ".join(texts),
                page=page,
                left=chars[0][1] * _POINTS_PER_MM,
                right=right * _POINTS_PER_MM,
                top=(height - baseline + size * 0.88) * _POINTS_PER_MM,
                bottom=(height - baseline - size * 0.12) * _POINTS_PER_MM,
                size=round(size * _POINTS_PER_MM * 2) / 2,
                cells=texts if len(texts) >= 2 else [],
            )
        )
    return lines
