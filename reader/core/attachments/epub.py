"""EPUB books → an ``Article``: the ZIP, its package file, and each chapter through the HTML path.

1. Check the ZIP directory (``ziplimits``), read ``META-INF/container.xml`` for the package file (OPF), and
   the package for the title (``dc:title``) and the reading order (the spine's items in the manifest).
2. Each chapter (XHTML) is decoded, parsed and cleaned as a web page is (``reader.core.extraction``'s
   ``htmltree``) and turned into blocks whole (``blocks.build`` on its ``<body>``: a book has no portal
   boilerplate to score away).
3. Images keep their alt text; their bytes are taken from the archive under the path the block names.

XML is parsed without DTDs, entities or network access.
"""

from __future__ import annotations

import dataclasses
import io
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote, urldefrag

from lxml import etree

from reader.core.attachments import kangxi, ziplimits
from reader.core.attachments.layout import ArticleParts
from reader.core.document import Block, BlockKind
from reader.core.errors import LoadError, MalformedError

__all__ = ["is_epub", "read_epub"]

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/xml"}


def is_epub(names: set[str], archive: zipfile.ZipFile) -> bool:
    """Whether a ZIP is an EPUB: its ``mimetype`` entry says so, or it has a container file."""
    if "META-INF/container.xml" in names:
        return True
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        return info.file_size < 100 and archive.read(info).strip() == b"application/epub+zip"
    return False


def read_epub(path: Path, data: bytes) -> ArticleParts:
    """The book in an EPUB file's bytes; see the module docstring."""
    ziplimits.check(path, data, kind="epub")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read(path, archive)
    except LoadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, OSError, EOFError) as error:
        raise MalformedError(path, ziplimits.broken_message("epub", error)) from error


def _read(path: Path, archive: zipfile.ZipFile) -> ArticleParts:
    from reader.core.extraction import blocks as blocks_module
    from reader.core.extraction import density, htmltree
    from reader.core.loading import decode

    container = etree.fromstring(archive.read("META-INF/container.xml"), _PARSER)
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise KeyError("META-INF/container.xml names no package file")
    package_path = str(rootfile.get("full-path"))
    package = etree.fromstring(archive.read(package_path), _PARSER)
    folder = posixpath.dirname(package_path)
    manifest = {
        item.get("id", ""): (item.get("href", ""), item.get("media-type", ""))
        for item in package.iter(f"{_OPF}item")
    }
    chapters = [
        _resolve(folder, manifest[ref.get("idref", "")][0])
        for ref in package.iter(f"{_OPF}itemref")
        if ref.get("idref", "") in manifest
        and manifest[ref.get("idref", "")][1] in _CHAPTER_TYPES
        and ref.get("linear", "yes") != "no"
    ]
    title_element = package.find(f".//{_DC}title")
    title = " ".join((title_element.text or "").split()) if title_element is not None else ""

    blocks: list[Block] = []
    lines: list[str] = []
    images: dict[str, bytes] = {}
    names = set(archive.namelist())
    for chapter in dict.fromkeys(chapters):
        if chapter not in names:
            continue
        text, _ = decode(archive.read(chapter), f"{path}:{chapter}")
        root = htmltree.parse(text)
        htmltree.clean(root)
        body = root.find("body")
        if body is None:
            continue
        lines.extend(line.text for line in htmltree.lines(body))
        for found in blocks_module.build([body], density.measure(root)):
            block = found
            if block.kind is BlockKind.IMAGE and block.src:
                source = _resolve(posixpath.dirname(chapter), block.src)
                if source in names:
                    images[source] = archive.read(source)
                block = dataclasses.replace(block, src=source)
            blocks.append(block)
    if not blocks:
        raise KeyError("the book has no readable chapter")
    blocks = [
        dataclasses.replace(
            block, text=kangxi.unify(block.text), items=tuple(kangxi.unify(item) for item in block.items)
        )
        if kangxi.has_radicals(block.text)
        else block
        for block in blocks
    ]
    return ArticleParts(
        title=kangxi.unify(title), blocks=blocks, page_text="\n".join(lines), lines=lines, parts=images
    )


def _resolve(folder: str, href: str) -> str:
    """A reference inside the archive, relative to ``folder``, as a ZIP entry name."""
    target = unquote(urldefrag(href).url)
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
