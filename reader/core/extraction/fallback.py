"""The second opinion: trafilatura's reading of our cleaned tree, turned into our blocks, and when to use it.

Our density rules are tuned for Chinese portal pages (Chinese punctuation, 来源/日期 stamps, portal
furniture). On pages in other languages, and on Chinese pages where our body comes out short, a
well-kept general extractor's body is taken instead:

1. ``is_chinese``: the page declares a Chinese ``lang``, or Han characters make up a good share of its
   visible text (declarations are often missing or wrong on old portal pages, so the text decides too).
2. ``library_blocks`` runs trafilatura on a copy of our cleaned tree (hidden spam already gone; it edits
   the tree it is given) and converts its XML (``head``, ``p``, ``list``/``item``, ``quote``, ``table``)
   into headings, paragraphs, lists, quotes and tables.
3. ``choose`` keeps ours on Chinese pages unless ours is short (under ``SHORT_BODY``) and trafilatura's
   longer: measured on the labelled Chinese pages, a far longer trafilatura body there is one that took in
   related articles and comments. On other pages trafilatura's body wins unless it is much shorter.

trafilatura is imported lazily (it is slow to import) and any failure inside it keeps our body.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from reader.core.document import Block, BlockKind
from reader.core.extraction.htmltree import HtmlElement, squeeze

SHORT_BODY = 200
"""Below this many body characters, trafilatura's reading is tried on Chinese pages too."""
OTHER_MIN_SHARE = 0.3
"""On other pages, trafilatura's body wins unless it is under this share of ours (then it missed the text)."""
HAN_SHARE = 0.3
"""A page whose visible text is at least this share Han characters is read as Chinese."""

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HEADING_LEVEL = re.compile(r"h([1-6])")


def is_chinese(page_text: str, declared: str) -> bool:
    """Step 1: a Chinese declaration, or a Han share of the visible text of at least ``HAN_SHARE``."""
    lowered = declared.strip().lower()
    sample = "".join(page_text[:20000].split())
    han = len(_HAN.findall(sample))
    if len(_KANA.findall(sample)) * 5 >= han > 0:
        return False  # Japanese: kanji with kana between them
    if lowered.startswith(("zh", "cmn", "yue")) and han:
        return True
    return bool(sample) and han / len(sample) >= HAN_SHARE


def _text(element: etree._Element) -> str:
    """An element's text with ``<lb/>`` as a line break, spaces squeezed inside each line."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "lb":
                parts.append("\n")
            elif node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "\n".join(line for line in (squeeze(line) for line in "".join(parts).split("\n")) if line)


def _table(element: etree._Element) -> Block | None:
    rows = []
    for row in element.iter("row"):
        cells = tuple(_text(cell).replace("\n", " ") for cell in row.iter("cell"))
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    has_header = any(cell.get("role") == "head" for cell in element.iter("cell"))
    return Block(
        BlockKind.TABLE,
        "\n".join("\t".join(row) for row in rows),
        rows=tuple(rows),
        has_header=has_header,
    )


def _convert(main: etree._Element) -> list[Block]:
    """Step 2: trafilatura's XML body → our blocks."""
    found: list[Block] = []
    for child in main:
        if isinstance(child, (etree._Comment, etree._ProcessingInstruction)):
            continue
        tag = child.tag
        if tag == "head":
            text = _text(child).replace("\n", " ")
            level = _HEADING_LEVEL.fullmatch(child.get("rend") or "")
            if text:
                found.append(Block(BlockKind.HEADING, text, level=int(level.group(1)) if level else 2))
        elif tag == "list":
            texts = (_text(node).replace("\n", " ") for node in child.iter("item"))
            items = tuple(item for item in texts if item)
            if items:
                ordered = (child.get("rend") or "") == "ol"
                found.append(Block(BlockKind.LIST, "\n".join(items), items=items, ordered=ordered))
        elif tag == "quote":
            text = _text(child)
            if text:
                found.append(Block(BlockKind.QUOTE, text))
        elif tag == "table":
            table = _table(child)
            if table is not None:
                found.append(table)
        elif tag == "graphic":
            continue  # images are kept from our own reading only; trafilatura's lose their local files
        else:
            found.extend(Block(BlockKind.PARAGRAPH, line) for line in _text(child).split("\n") if line)
    return found


def library_blocks(root: HtmlElement) -> list[Block]:
    """Step 2: trafilatura's body of the cleaned page as our blocks (empty when it finds none or fails)."""
    try:
        import trafilatura

        xml = trafilatura.extract(
            copy.deepcopy(root),
            output_format="xml",
            include_comments=False,
            include_tables=True,
            include_images=False,
        )
        if not xml:
            return []
        document = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True, huge_tree=True))
    except Exception:  # a library failure on odd markup must not lose the page; ours stands
        return []
    if document is None:
        return []
    main = document.find("main")
    return _convert(main) if main is not None else []


def _size(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def choose(ours: list[Block], root: HtmlElement, chinese: bool) -> list[Block]:
    """Step 3: our blocks, or trafilatura's when they read the page better (see module docstring)."""
    mine = _size(ours)
    if chinese and mine >= SHORT_BODY:
        # Measured: on Chinese pages a longer trafilatura body is usually one that took in related
        # articles and comments; our reading is kept.
        return ours
    theirs = library_blocks(root)
    if not theirs:
        return ours
    if chinese:
        return theirs if _size(theirs) > mine else ours
    return theirs if _size(theirs) >= OTHER_MIN_SHARE * mine else ours
