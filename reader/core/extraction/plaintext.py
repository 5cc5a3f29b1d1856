"""Plain text files → paragraphs: the title is the first short line; paragraphs end at blank lines or
where a line starts indented (full-width spaces ``　　``, two or more spaces, or a tab), as Chinese
texts mark paragraphs. Lines of one paragraph are joined without a space between CJK characters and
with one between Latin words. Linear in the text's length (a 1,000,000-character novel in tens of ms).
"""

from __future__ import annotations

import re

from reader.core.document import Block, BlockKind

TITLE_MAX = 50
_INDENT = ("\u3000", "  ", "\t")
_CJK_END = re.compile(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$")


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs, stripped, in order."""
    found: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            found.append(_join(current))
            current.clear()

    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        if raw.startswith(_INDENT):
            close()
        current.append(line.strip())
    close()
    return found


def _join(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    joined = lines[0]
    for line in lines[1:]:
        if _CJK_END.search(joined) or _CJK_END.match(line[:1]):
            joined += line
        else:
            joined += " " + line
    return joined


def title_and_blocks(text: str) -> tuple[str | None, list[Block]]:
    """The first short line as title (None when the first line is long), and the paragraphs as blocks."""
    found = paragraphs(text)
    title: str | None = None
    first_line = next((line.strip() for line in text.split("\n", 50) if line.strip()), "")
    if found and first_line and len(first_line) <= TITLE_MAX and found[0].startswith(first_line):
        title = first_line
        rest = found[0][len(first_line) :].strip()
        found = ([rest] if rest else []) + found[1:]
    return title, [Block(BlockKind.PARAGRAPH, paragraph) for paragraph in found]
