"""The character table both searches fold with: traditional → simplified, one character at a time.

Shared by find in the article (``reader.core.textsearch``) and the library's full-text index
(``reader.core.library.search``), so "发展" finds "發展" the same way in both. Built from OpenCC's
``t2s`` applied to each character alone (never its phrases, which may change the length), keeping only
characters whose simplified form is one character: folding with it never changes a text's length, so an
offset in the folded text is the offset in the original.
"""

from __future__ import annotations

import functools

T2S_RANGES = (
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0xF900, 0xFB00),
    (0x20000, 0x2EBF0),
    (0x2F800, 0x2FA20),
)
"""Code point ranges (start, stop) of the Han characters the table covers."""


@functools.cache
def t2s_table() -> dict[int, str]:
    """Code point of a traditional character → its simplified character; built once (about 0.1 s).

    Only characters that change are in it; use it with ``str.translate``.
    """
    from reader.core.conversion import converter

    chars = [chr(code) for low, high in T2S_RANGES for code in range(low, high)]
    # One call for all: a newline between characters keeps OpenCC from matching any phrase.
    converted = converter("t2s").convert("\n".join(chars)).split("\n")
    return {ord(c): s for c, s in zip(chars, converted, strict=True) if s != c and len(s) == 1}


def simplified_char(char: str) -> str:
    """The simplified form of one character (itself when it has none of one character)."""
    return t2s_table().get(ord(char), char) if len(char) == 1 else char
