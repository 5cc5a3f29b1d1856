"""How ``reader extract`` and ``reader convert`` print an article: JSON, plain text and Markdown.

- ``json``: ``Article.to_json()`` on one line (JSON Lines when there are several files); non-ASCII is
  written as is, not ``\\u`` escaped, and ``path`` as ``ls`` shows it.
- ``text``: the title, a 日期/来源 line, a blank line, then the body text (``Article.text``).
- ``markdown``: ``# title``, the 日期/来源 line, then the blocks: headings ``##``–``######``, lists,
  ``>`` quotes, ``![alt](src)`` images and pipe tables.

A converted article (``reader convert``) prints as text with the 日期/来源 labels converted too, or as the
JSON with a ``conversion`` field naming the OpenCC config.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.cli_common import display_path, one_line

if TYPE_CHECKING:
    from reader.core.document import Article, Block


def format_json(article: Article) -> str:
    """One line of JSON: ``Article.to_json()`` with non-ASCII characters as they are."""
    return json.dumps(_json_data(article), ensure_ascii=False)


def _json_data(article: Article) -> dict[str, object]:
    data = article.to_json()
    if article.path is not None:
        data["path"] = display_path(article.path)
    return data


def metadata_line(article: Article) -> str:
    """``日期：… 来源：… 作者：…`` for what the article has, or an empty string."""
    parts = []
    if article.date:
        parts.append(f"日期：{article.date}")
    if article.source:
        parts.append(f"来源：{article.source}")
    if article.author:
        parts.append(f"作者：{article.author}")
    return "　".join(parts)


def format_text(article: Article) -> str:
    """Title, the metadata line, a blank line, then the body text as it is read aloud."""
    head = [article.title]
    meta = metadata_line(article)
    if meta:
        head.append(meta)
    return "\n".join(head) + "\n\n" + article.text


def format_markdown(article: Article) -> str:
    """The article as Markdown (CommonMark with pipe tables)."""
    parts = [f"# {_md_escape(article.title)}"]
    meta = metadata_line(article)
    if meta:
        parts.append(_md_escape(meta))
    for block in article.blocks:
        rendered = _md_block(block)
        if rendered:
            parts.append(rendered)
    return "\n\n".join(parts)


RENDERERS: dict[str, Callable[[Article], str]] = {
    "json": format_json,
    "text": format_text,
    "markdown": format_markdown,
}


# Characters that CommonMark or pipe tables would read as markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# Line starts that would turn a paragraph into a heading, quote, list or rule.
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+=-])", re.MULTILINE)
_MD_ORDERED_START = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)


def _md_escape(text: str) -> str:
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(r"\1\\\2", text)
    return _MD_ORDERED_START.sub(r"\1\\\2", text)


def _md_block(block: Block) -> str:
    from reader.core.document import BlockKind

    kind = block.kind
    if kind is BlockKind.HEADING:
        # The article title is the only level-1 heading; body headings start at level 2.
        level = min(6, max(2, block.level or 2))
        return f"{'#' * level} {_md_escape(block.text)}"
    if kind is BlockKind.LIST:
        items = block.items or tuple(line for line in block.text.split("\n") if line.strip())
        lines = []
        for number, item in enumerate(items, start=1):
            marker = f"{number}." if block.ordered else "-"
            lines.append(f"{marker} {_md_escape(one_line(item))}")
        return "\n".join(lines)
    if kind is BlockKind.QUOTE:
        return "\n".join(f"> {line}".rstrip() for line in _md_escape(block.text).split("\n"))
    if kind is BlockKind.IMAGE:
        alt = _md_escape(one_line(block.alt or block.text))
        return f"![{alt}]({_md_url(block.src or '')})"
    if kind is BlockKind.TABLE:
        return _md_table(block)
    return _md_escape(block.text)


def _md_url(src: str) -> str:
    # Spaces and parentheses would end a Markdown link destination early.
    return src.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _md_table(block: Block) -> str:
    rows = [list(row) for row in block.rows] or [line.split("\t") for line in block.text.split("\n") if line]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    cells = [[_md_escape(one_line(cell)) for cell in row] + [""] * (width - len(row)) for row in rows]
    # Pipe tables need a header row: use the table's own when it has one, else an empty one.
    header = cells.pop(0) if block.has_header else [""] * width
    lines = [_md_row(header), _md_row(["---"] * width)]
    lines.extend(_md_row(row) for row in cells)
    return "\n".join(lines)


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def format_converted_text(article: Article, config: str) -> str:
    """``format_text`` of a converted article, the 日期/来源 labels converted too (日期/來源)."""
    from reader.core.conversion import convert_text

    head = [article.title]
    meta = metadata_line(article)
    if meta:
        head.append(convert_text(meta, config))
    return "\n".join(head) + "\n\n" + article.text


def format_converted_json(article: Article, config: str) -> str:
    """``format_json`` of a converted article, with a ``conversion`` field naming the config."""
    data = _json_data(article)
    data["conversion"] = config
    return json.dumps(data, ensure_ascii=False)
