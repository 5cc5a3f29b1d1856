"""The chosen body elements → reading blocks (headings, paragraphs, lists, quotes, images, tables).

1. Walk the body iteratively (``etree.iterwalk``, subtrees skipped where a block takes them whole).
2. Skip what is furniture even inside the body: elements whose class/id name a toolbar, share widget,
   breadcrumb or related-links box, and link lists (mostly link text).
3. Headings: ``<h1>``–``<h6>``; a paragraph whose text is all bold (``<p><strong>…</strong></p>``) and
   short; a short paragraph alone that starts like ``一、`` (level 2) or ``（一）`` (level 3).
4. Lists (``ul``/``ol`` of short items), data tables (no nested table, cells short; ``th`` or ``thead``
   → ``has_header``) and quotes (``blockquote`` of modest size) become their own blocks; large
   quotes and layout tables are walked as ordinary content, as old pages use them for indentation and
   layout.
5. Images become image blocks with their alt text and ``src``; icons, spacers and QR codes are left out.
6. Text lines (split at ``<br>`` and block elements) that are portal boilerplate or metadata stamps
   (日期/来源/作者 lines) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from reader.core.document import Block, BlockKind
from reader.core.extraction import boilerplate
from reader.core.extraction.density import Stats
from reader.core.extraction.htmltree import BLOCK_TAGS, HtmlElement, squeeze, text_of

_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_NUMBERED_2 = re.compile(r"^[一二三四五六七八九十百]{1,3}[、.．]\s*\S")
_NUMBERED_3 = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\s*\S")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[章节部分篇条]\s*\S*")
_SENTENCE_END = "。；;！!？?，,：:"
_META_LINE = re.compile(
    r"^\W*(?:(?:发布|发表|更新|发稿|成文|印发|公开)?(?:日期|时间)|发布于|发表于|来源|信息来源|文章来源|稿源|作者|"
    r"撰稿|摄影|记者|通讯员|供稿|浏览|阅读|点击|字号|索引号|发布机构|发文机关|分类|主题分类|文号|发文字号)\s*[:：]"
)
_DATED_STAMP = re.compile(
    r"^\W*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.{0,40}(?:更新|来源|作者|发布|编辑|浏览|点击)"
)
_DATE_ONLY = re.compile(
    r"^\W*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\W*$"
)
_SKIP_IMAGE = re.compile(
    r"spacer|blank|pixel|icon|logo|qr|erweima|ewm|share|weixin|wechat|weibo|arrow|btn|button|print|close|"
    r"loading|dot\.|line\.|bg[._]|(?:^|/)(?:space|nil|s)\.gif",
    re.IGNORECASE,
)


def _names(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".strip()


def _is_furniture(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """Step 2: a toolbar, share box or link list inside the body."""
    tag = element.tag
    if tag not in BLOCK_TAGS:
        return False
    names = _names(element)
    measured = stats.get(element)
    if measured is None:
        return False
    total, links = measured.total, measured.link
    if names and boilerplate.is_boilerplate_name(names) and total < 300:
        return True
    return total >= 12 and links / total > 0.6 and tag != "p"


def _is_bold_only(element: HtmlElement, text: str) -> bool:
    if not text or len(text) > 60 or text[-1] in "。；;！!？?，,":
        return False
    bold = "".join(
        "".join(node.itertext()) for node in element.iter("strong", "b") if node.getparent() is not None
    )
    return "".join(bold.split()) == "".join(text.split()) or "".join(text.split()) in "".join(bold.split())


def _heading_level(text: str) -> int | None:
    """Step 3: the level of a numbered sub-heading alone in a paragraph, else None."""
    if len(text) > 40 or text[-1] in "。；;！!？?":
        return None
    if _NUMBERED_3.match(text):
        return 3
    if _NUMBERED_2.match(text) or _CHAPTER.match(text):
        return 2
    return None


def _is_data_table(table: HtmlElement) -> bool:
    if table.find(".//table") is not None:
        return False
    rows = table.findall(".//tr")
    if len(rows) < 2:
        return False
    cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
    if not cells:
        return False
    texts = [text_of(cell) for cell in cells]
    longest = max(len(text) for text in texts)
    # A layout table around a title, a date stamp or a pager is not data.
    if any(boilerplate.is_boilerplate_line(text) or is_metadata_line(text) for text in texts if text):
        return False
    return longest < 300 and all(cell.find(".//p") is None or len(text_of(cell)) < 200 for cell in cells)


def _table_block(table: HtmlElement) -> Block | None:
    rows: list[tuple[str, ...]] = []
    has_header = False
    for index, row in enumerate(table.iter("tr")):
        cells = tuple(text_of(cell) for cell in row if cell.tag in ("td", "th"))
        if not any(cells):
            continue
        if index == 0 or not rows:
            has_header = any(cell.tag == "th" for cell in row) or (
                row.getparent() is not None and (row.getparent().tag == "thead")
            )
        rows.append(cells)
    if not rows:
        return None
    text = "\n".join("\t".join(row) for row in rows)
    return Block(BlockKind.TABLE, text, rows=tuple(rows), has_header=has_header)


def _list_block(element: HtmlElement) -> Block | None:
    items = tuple(text for text in (text_of(item) for item in element if item.tag == "li") if text)
    items = tuple(item for item in items if not boilerplate.is_boilerplate_line(item))
    if not items:
        return None
    return Block(BlockKind.LIST, "\n".join(items), items=items, ordered=element.tag == "ol")


def _image_block(image: HtmlElement) -> Block | None:
    src = (image.get("src") or image.get("data-src") or image.get("data-original") or "").strip()
    alt = squeeze(image.get("alt") or image.get("title") or "")
    if not src or src.startswith("javascript:"):
        return None
    if _SKIP_IMAGE.search(src) or "二维码" in alt or "扫一扫" in alt:
        return None
    for dimension in ("width", "height"):
        value = (image.get(dimension) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 40:
            return None
    return Block(BlockKind.IMAGE, alt, alt=alt, src=src)


def is_metadata_line(text: str) -> bool:
    """A short 日期/来源/作者 stamp line, or a line that is only a date."""
    return len(text) < 120 and bool(
        _META_LINE.match(text) or _DATE_ONLY.match(text) or _DATED_STAMP.match(text)
    )


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []

    def flush(self) -> None:
        text = "".join(self.parts)
        self.parts.clear()
        for raw in text.split("\n"):
            line = squeeze(raw)
            if not line or boilerplate.is_boilerplate_line(line) or is_metadata_line(line):
                continue
            level = _heading_level(line)
            if level is not None:
                self.blocks.append(Block(BlockKind.HEADING, line, level=level))
            else:
                self.blocks.append(Block(BlockKind.PARAGRAPH, line))

    def add(self, block: Block | None) -> None:
        self.flush()
        if block is not None:
            self.blocks.append(block)


def build(elements: Iterable[HtmlElement], stats: dict[HtmlElement, Stats]) -> list[Block]:
    """Blocks for the body elements, in order (see module docstring); ``stats`` from ``density.measure``."""
    builder = _Builder()
    for top in elements:
        _walk(top, builder, stats)
    builder.flush()
    return builder.blocks


def _walk(top: HtmlElement, builder: _Builder, stats: dict[HtmlElement, Stats]) -> None:
    walker = etree.iterwalk(top, events=("start", "end"))
    skipped: set[HtmlElement] = set()
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "end":
            if tag in BLOCK_TAGS or element in skipped:
                builder.flush()
            if element.tail and element is not top:
                builder.parts.append(element.tail)
            continue
        block = _whole_block(element, top, stats)
        if block is not False:
            builder.add(block if isinstance(block, Block) else None)
            skipped.add(element)
            walker.skip_subtree()
            continue
        if tag == "br":
            builder.parts.append("\n")
        elif tag in BLOCK_TAGS:
            builder.flush()
        elif tag == "img":
            builder.add(_image_block(element))
        if element.text:
            builder.parts.append(element.text)


def _whole_block(
    element: HtmlElement, top: HtmlElement, stats: dict[HtmlElement, Stats]
) -> Block | bool | None:
    """A block that takes the element whole (None: drop it whole), or False to walk into it."""
    tag = element.tag
    if element is not top and _is_furniture(element, stats):
        return None
    if tag in _HEADING_TAGS:
        text = text_of(element)
        if not text or boilerplate.is_boilerplate_line(text) or is_metadata_line(text):
            return None
        return Block(BlockKind.HEADING, text, level=_HEADING_TAGS[tag])
    if tag == "p":
        text = text_of(element)
        if _is_bold_only(element, text) and not is_metadata_line(text):
            level = _heading_level(text) or 2
            return Block(BlockKind.HEADING, text, level=level)
        return False
    if tag in ("ul", "ol") and element is not top:
        items = [item for item in element if item.tag == "li"]
        if items and all(len(text_of(item)) < 500 for item in items):
            return _list_block(element)
        return False
    if tag == "table" and element is not top and _is_data_table(element):
        return _table_block(element)
    if tag == "blockquote" and element is not top:
        text = text_of(element)
        if len(text) < 1000 and element.find(".//p") is None:
            return Block(BlockKind.QUOTE, text) if text else None
        return False
    return False
