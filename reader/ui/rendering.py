"""Rendering: a :class:`~reader.core.display.DisplayDocument` → the HTML a ``QTextDocument`` shows, plus
its images, with exactly one document block per display block.

Steps (:func:`render_article`, :func:`render_whole_page`, :func:`render`):

1. the article's images are decoded from local bytes only (:func:`decode_images`): the caller's
   ``resource`` function (``LoadedDocument.resource``) or an inline ``data:`` URI; a remote, missing or
   undecodable image is shown as its caption (alternative text) alone, so nothing is lost and nothing is
   fetched;
2. the display document is built (``reader.core.display``) with the interface's labels, knowing which
   images can be shown;
3. each display block becomes one element: ``<h1>``–``<h6>``, ``<p>``, ``<li>`` (consecutive items of one
   list in one ``<ul>``/``<ol>``), ``<td>``/``<th>`` (the cells of one table in one ``<table>``, whose end
   block Qt adds itself), ``<img>`` under private ``reader-image:N`` names for
   ``QTextDocument.addResource``. Text keeps its whitespace (``white-space: pre-wrap``) and U+2028 becomes
   ``<br>``, so each block's text in Qt is exactly the display block's.

No ids or anchors per sentence (they make ``setHtml`` quadratic, see platform-notes.md).
:func:`check_blocks` is how the view asserts the one-to-one rule after ``setHtml``.
"""

from __future__ import annotations

import base64
import binascii
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from reader.core.display import (
    LINE_SEPARATOR,
    DisplayBlock,
    DisplayDocument,
    DisplayKind,
    Labels,
    build_article,
    build_page,
)
from reader.core.document import Article, BlockKind
from reader.ui import strings

IMAGE_SCHEME = "reader-image"
MAX_IMAGE_WIDTH = 640
"""Widest an image is drawn (px); the view narrows further on small windows (see ReadingView)."""
MAX_IMAGE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How the reading view sets text: the text settings of :class:`reader.core.settings.Settings`."""

    font_size_pt: float = 16.0
    line_spacing: float = 1.5
    """Multiple of the font's single line height ("1.5 倍行距")."""
    letter_spacing_em: float = 0.0
    paragraph_spacing: float = 1.5
    """Distance from one paragraph to the next as a multiple of the line distance (1 = no gap)."""
    max_line_width_chars: int = 0
    """0 = as wide as the window."""
    font_family: str = ""
    """"" = automatic (a Chinese sans-serif font)."""
    bold: bool = False
    alignment: str = "left"
    pinyin_band: float = 0.0
    """Room above every line for 拼音 painted over the text (``reader.ui.pinyinview``), in lines; 0 = none."""


HEADING_MAX_SPACING = 1.2


def style_sheet(style: TextStyle, line_height_px: float) -> str:
    """The document style sheet for ``style``, with spacing in pixels for a font whose single line is
    ``line_height_px`` high.

    Sizes stay relative (x-large is 1.5×, large 1.2× the base) so the base font scales everything and a large
    base size does not make the title absurdly big. Spacing is in pixels because Qt converts ``em`` to pixels
    once, when the HTML is read, not when the font changes; the view re-reads the HTML when the size does.
    A picture's line keeps single spacing, which would otherwise pad it with half the picture's height.
    Alignment is not here: Qt's style sheets know no ``justify``; the view sets it on the blocks.
    """
    line = style.line_spacing * line_height_px
    gap = max(0.0, (style.paragraph_spacing - 1.0) * line)
    band = max(0.0, style.pinyin_band)
    # Qt puts a line's extra height below its text: the room for the readings of a line is the gap the
    # line before leaves (the first line of the document gets a top margin instead).
    spacing = f"{(style.line_spacing + band) * 100:.0f}%"
    # Headings are short and large: the body's spacing would open a gap of most of a line inside a
    # two-line title at 72 pt.
    heading_spacing = f"{(min(style.line_spacing, HEADING_MAX_SPACING) + band) * 100:.0f}%"
    cells = f"td, th {{ line-height: {(1 + band) * 100:.0f}%; }}" if band else ""
    return f"""
h1 {{ font-size: x-large; font-weight: bold; margin-top: {1.5 * band * line_height_px:.1f}px;
    margin-bottom: {0.5 * line:.1f}px; }}
h2 {{ font-size: large; font-weight: bold; margin-top: {0.8 * line:.1f}px;
    margin-bottom: {0.3 * line:.1f}px; }}
h3, h4, h5, h6 {{ font-size: medium; font-weight: bold; margin-top: {0.6 * line:.1f}px;
    margin-bottom: {0.2 * line:.1f}px; }}
p, li, td, th, h1, h2, h3, h4, h5, h6 {{ white-space: pre-wrap; }}
p, li {{ line-height: {spacing}; }}
h1, h2, h3, h4, h5, h6 {{ line-height: {heading_spacing}; }}
p {{ margin-top: 0; margin-bottom: {gap:.1f}px; }}
li {{ margin-bottom: {0.3 * gap:.1f}px; }}
p.meta {{ margin-bottom: {max(gap, 0.5 * line):.1f}px; }}
p.picture {{ line-height: 100%; margin-bottom: {(0.2 + band) * line_height_px:.1f}px; }}
p.caption {{ font-style: italic; }}
blockquote {{ margin-left: {2 * line_height_px:.1f}px; }}
table {{ margin-top: {0.3 * line + band * line_height_px:.1f}px;
    margin-bottom: {max(gap, 0.5 * line):.1f}px; }}
th {{ font-weight: bold; }}
{cells}
"""


ResourceLoader = Callable[[str], bytes | None]


@dataclass(slots=True)
class RenderedImage:
    name: str
    image: QImage


@dataclass(slots=True)
class Rendering:
    """HTML for ``QTextDocument.setHtml``, the images to register before it, and the display document it
    shows (None for a free piece of HTML, such as the text dialog's preview)."""

    html: str
    images: list[RenderedImage] = field(default_factory=list)
    display: DisplayDocument | None = None
    first_block: int = 0
    """The display block the HTML starts with (a long document is shown a section at a time)."""
    block_count: int = -1
    """How many display blocks the HTML shows (-1: all from ``first_block``)."""


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace(LINE_SEPARATOR, "<br>")


def decode_image(src: str, resource: ResourceLoader | None) -> QImage | None:
    """The image a page refers to, from local bytes only; None when it is remote, missing or unreadable."""
    data: bytes | None = None
    if src.startswith("data:"):
        header, _, payload = src.partition(",")
        if header.endswith(";base64"):
            try:
                data = base64.b64decode(payload, validate=False)
            except (binascii.Error, ValueError):
                data = None
    elif resource is not None:
        data = resource(src)
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def decode_images(article: Article, resource: ResourceLoader | None) -> dict[str, QImage]:
    """Every image of ``article`` that can be shown, by its reference."""
    images: dict[str, QImage] = {}
    for block in article.blocks:
        if block.kind is BlockKind.IMAGE and block.src and block.src not in images:
            image = decode_image(block.src, resource)
            if image is not None:
                images[block.src] = image
    return images


def labels() -> Labels:
    """The display's own words in the interface language."""
    return Labels(
        untitled=strings.untitled(),
        empty_page=strings.empty_whole_page(),
        date_line=strings.date_line,
        source_line=strings.source_line,
        image_alt=strings.image_alt,
    )


def render(
    display: DisplayDocument, images: dict[str, QImage] | None = None, start: int = 0, end: int | None = None
) -> Rendering:
    """The HTML of ``display``'s blocks ``start:end``: one document block per display block (see the module
    docstring); ``start`` and ``end`` must not cut a list or a table
    (``reader.ui.sections.section_bounds``)."""
    images = images or {}
    parts: list[str] = []
    rendered: list[RenderedImage] = []
    names: dict[str, str] = {}
    blocks = display.blocks[start:end]
    index = 0
    count = len(blocks)
    while index < count:
        block = blocks[index]
        kind = block.kind
        if kind is DisplayKind.LIST_ITEM:
            end = _group_end(blocks, index)
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_escape(item.text)}</li>" for item in blocks[index:end])
            parts.append(f"<{tag}>{items}</{tag}>")
            index = end
            continue
        if kind is DisplayKind.CELL:
            end = _group_end(blocks, index)
            parts.append(_table(blocks[index:end]))
            index = end
            if index < count and blocks[index].kind is DisplayKind.TABLE_END:
                index += 1  # Qt makes the block after the table itself
            continue
        if kind is DisplayKind.TABLE_END:
            parts.append("<p></p>")  # a table end without cells (not made by build_article)
        elif kind is DisplayKind.PICTURE:
            image = images.get(block.src or "")
            name = names.get(block.src or "")
            if image is not None and name is None:
                name = f"{IMAGE_SCHEME}:{len(rendered) + 1}"
                names[block.src or ""] = name
                rendered.append(RenderedImage(name, image))
            width = min(image.width(), MAX_IMAGE_WIDTH) if image is not None else 1
            parts.append(
                f'<p class="picture"><img src="{name}" width="{width}" alt="{html.escape(block.alt)}"></p>'
            )
        elif kind is DisplayKind.TITLE:
            parts.append(f"<h1>{_escape(block.text)}</h1>")
        elif kind is DisplayKind.HEADING:
            level = min(max(block.level, 2), 6)
            parts.append(f"<h{level}>{_escape(block.text)}</h{level}>")
        elif kind is DisplayKind.META:
            parts.append(f'<p class="meta">{_escape(block.text)}</p>')
        elif kind is DisplayKind.CAPTION:
            parts.append(f'<p class="caption">{_escape(block.text)}</p>')
        elif kind is DisplayKind.QUOTE:
            parts.append(f"<blockquote><p>{_escape(block.text)}</p></blockquote>")
        else:
            parts.append(f"<p>{_escape(block.text)}</p>")
        index += 1
    return Rendering("".join(parts), rendered, display, start, count)


def _group_end(blocks: list[DisplayBlock], start: int) -> int:
    kind, group = blocks[start].kind, blocks[start].group
    end = start + 1
    while end < len(blocks) and blocks[end].kind is kind and blocks[end].group == group:
        end += 1
    return end


def _table(cells: list[DisplayBlock]) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="6">']
    row = -1
    for cell in cells:
        if cell.row != row:
            if row >= 0:
                out.append("</tr>")
            out.append("<tr>")
            row = cell.row
        tag = "th" if cell.is_header else "td"
        out.append(f"<{tag}>{_escape(cell.text)}</{tag}>")
    out.append("</tr></table>")
    return "".join(out)


def render_article(article: Article, resource: ResourceLoader | None = None) -> Rendering:
    """Title, 日期/来源 line, then the body blocks."""
    images = decode_images(article, resource)
    return render(build_article(article, labels(), images.__contains__), images)


def render_whole_page(article: Article) -> Rendering:
    """The page's whole text (boilerplate included) as plain paragraphs, one per line."""
    return render(build_page(article, labels()))


class RenderMismatchError(AssertionError):
    """The document Qt built does not have one block per display block (a renderer defect)."""


def check_blocks(block_count: int, display: DisplayDocument, expected: int = -1) -> None:
    """Raise :class:`RenderMismatchError` unless Qt made exactly one block per display block shown
    (``expected``; -1: all of them)."""
    wanted = len(display.blocks) if expected < 0 else expected
    if block_count != wanted:
        raise RenderMismatchError(f"the reading view has {block_count} blocks for {wanted} display blocks")
