"""Rendering: an ``Article`` (or a page's whole text) → the HTML a ``QTextDocument`` shows, plus its images.

The HTML is deliberately plain: ``<h1>``–``<h6>``, ``<p>``, ``<ul>/<ol>``, ``<blockquote>``, ``<table>``,
``<img>``. No ids or anchors per sentence (they make ``setHtml`` quadratic, see platform-notes.md), one
block per paragraph so later highlighting can address blocks. Images are only ever local: their bytes come
from the caller's ``resource`` function (``LoadedDocument.resource``) or an inline ``data:`` URI, are decoded
here and handed back under private ``reader-image:N`` names for ``QTextDocument.addResource``. A remote,
missing or undecodable image is shown as its alternative text instead, so nothing is lost and nothing is
fetched.
"""

from __future__ import annotations

import base64
import binascii
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from reader.core.document import Article, Block, BlockKind
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
    spacing = f"{style.line_spacing * 100:.0f}%"
    # Headings are short and large: the body's spacing would open a gap of most of a line inside a
    # two-line title at 72 pt.
    heading_spacing = f"{min(style.line_spacing, HEADING_MAX_SPACING) * 100:.0f}%"
    return f"""
h1 {{ font-size: x-large; font-weight: bold; margin-top: 0; margin-bottom: {0.5 * line:.1f}px; }}
h2 {{ font-size: large; font-weight: bold; margin-top: {0.8 * line:.1f}px;
    margin-bottom: {0.3 * line:.1f}px; }}
h3, h4, h5, h6 {{ font-size: medium; font-weight: bold; margin-top: {0.6 * line:.1f}px;
    margin-bottom: {0.2 * line:.1f}px; }}
p, li {{ line-height: {spacing}; }}
h1, h2, h3, h4, h5, h6 {{ line-height: {heading_spacing}; }}
p {{ margin-top: 0; margin-bottom: {gap:.1f}px; }}
li {{ margin-bottom: {0.3 * gap:.1f}px; }}
p.meta {{ margin-bottom: {max(gap, 0.5 * line):.1f}px; }}
p.picture {{ line-height: 100%; margin-bottom: {0.2 * line_height_px:.1f}px; }}
p.caption {{ font-style: italic; }}
blockquote {{ margin-left: {2 * line_height_px:.1f}px; }}
table {{ margin-top: {0.3 * line:.1f}px; margin-bottom: {max(gap, 0.5 * line):.1f}px; }}
th {{ font-weight: bold; }}
"""


ResourceLoader = Callable[[str], bytes | None]


@dataclass(slots=True)
class RenderedImage:
    name: str
    image: QImage


@dataclass(slots=True)
class Rendering:
    """HTML for ``QTextDocument.setHtml`` and the images to register before it."""

    html: str
    images: list[RenderedImage] = field(default_factory=list)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _lines(text: str) -> str:
    return "<br>".join(_escape(line) for line in text.split("\n"))


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


class _Renderer:
    def __init__(self, resource: ResourceLoader | None) -> None:
        self.resource = resource
        self.parts: list[str] = []
        self.images: list[RenderedImage] = []

    def block(self, block: Block) -> None:
        kind = block.kind
        if kind is BlockKind.HEADING:
            # The article title is the only <h1>; body headings start at <h2>.
            level = min(max((block.level or 2), 2), 6)
            self.parts.append(f"<h{level}>{_escape(block.text)}</h{level}>")
        elif kind is BlockKind.LIST:
            tag = "ol" if block.ordered else "ul"
            items = block.items or tuple(line for line in block.text.split("\n") if line.strip())
            lis = "".join(f"<li>{_escape(item)}</li>" for item in items)
            self.parts.append(f"<{tag}>{lis}</{tag}>")
        elif kind is BlockKind.QUOTE:
            self.parts.append(f"<blockquote><p>{_lines(block.text)}</p></blockquote>")
        elif kind is BlockKind.IMAGE:
            self.image(block)
        elif kind is BlockKind.TABLE:
            self.table(block)
        else:
            self.parts.append(f"<p>{_lines(block.text)}</p>")

    def image(self, block: Block) -> None:
        alt = block.alt if block.alt is not None else block.text
        image = decode_image(block.src, self.resource) if block.src else None
        if image is None:
            self.parts.append(f'<p class="caption">{_escape(strings.image_alt(alt))}</p>')
            return
        name = f"{IMAGE_SCHEME}:{len(self.images) + 1}"
        self.images.append(RenderedImage(name, image))
        width = min(image.width(), MAX_IMAGE_WIDTH)
        self.parts.append(
            f'<p class="picture"><img src="{name}" width="{width}" alt="{html.escape(alt)}"></p>'
        )
        self.parts.append(f'<p class="caption">{_escape(strings.image_alt(alt))}</p>')

    def table(self, block: Block) -> None:
        rows = block.rows or tuple(tuple(line.split("\t")) for line in block.text.split("\n") if line.strip())
        out = ['<table border="1" cellspacing="0" cellpadding="6">']
        for number, row in enumerate(rows):
            cell = "th" if block.has_header and number == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}>{_escape(text)}</{cell}>" for text in row) + "</tr>")
        out.append("</table>")
        self.parts.append("".join(out))


def render_article(article: Article, resource: ResourceLoader | None = None) -> Rendering:
    """Title, 日期/来源 line, then the body blocks."""
    renderer = _Renderer(resource)
    renderer.parts.append(f"<h1>{_escape(article.title or strings.untitled())}</h1>")
    meta = []
    if article.date:
        meta.append(_escape(strings.date_line(article.date)))
    if article.source:
        meta.append(_escape(strings.source_line(article.source)))
    if meta:
        renderer.parts.append('<p class="meta" style="white-space: pre-wrap">' + "\u3000".join(meta) + "</p>")
    for block in article.blocks:
        renderer.block(block)
    return Rendering("".join(renderer.parts), renderer.images)


def render_whole_page(article: Article) -> Rendering:
    """The page's whole text (boilerplate included) as plain paragraphs, one per line."""
    paragraphs = [line.strip() for line in article.page_text.split("\n") if line.strip()]
    if not paragraphs:
        paragraphs = [strings.empty_whole_page()]
    return Rendering("".join(f"<p>{_escape(p)}</p>" for p in paragraphs))
