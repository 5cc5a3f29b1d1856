"""The one place where display positions meet Qt's: code points ↔ UTF-16 units, positions ↔ cursors.

Python (and every Qt-free layer) counts code points; ``QTextDocument`` and AT-SPI count UTF-16 units, so
a character outside the Basic Multilingual Plane (some rare Han characters, emoji) is one for us and two
for Qt. Every conversion goes through the two functions here; a UTF-16 offset that falls between the two
halves of a surrogate pair counts as the character it is part of (the start of that character).

A :class:`~reader.core.display.DocPosition` is (block number, code-point offset in the block's text); the
reading view's document has exactly one block per display block (``reader.ui.rendering``). A long
document is shown a section at a time (``ReadingView``): the document then holds the display blocks from
its ``firstBlock`` property on, and block numbers here are shifted by it. A place outside the section
shown maps to the section's nearer end.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.display import DocPosition

_BMP_END = "\uffff"


def is_bmp(text: str) -> bool:
    """True when every character of ``text`` is one UTF-16 unit (the usual case, checked in C)."""
    return not text or text.isascii() or max(text) <= _BMP_END


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of code point ``index`` of ``text`` (clamped to the text)."""
    index = min(max(index, 0), len(text))
    if is_bmp(text):
        return index
    head = text[:index]
    return index + sum(1 for char in head if char > _BMP_END)


def from_utf16(text: str, offset: int) -> int:
    """The code-point index of UTF-16 ``offset`` in ``text``; inside a surrogate pair, its character."""
    if offset <= 0:
        return 0
    if is_bmp(text):
        return min(offset, len(text))
    units = 0
    for index, char in enumerate(text):
        units += 2 if char > _BMP_END else 1
        if units > offset:
            return index
    return len(text)


FIRST_BLOCK = "firstBlock"
"""The document property holding the number of the display block its first block shows."""


def first_block(document: QTextDocument) -> int:
    value = document.property(FIRST_BLOCK)
    return value if isinstance(value, int) else 0


def document_position(document: QTextDocument, position: DocPosition) -> int:
    """The document (UTF-16) position of ``position``; before or past the section shown, its ends."""
    number = position.block - first_block(document)
    if number < 0:
        return 0
    block = document.findBlockByNumber(number)
    if not block.isValid():
        return max(0, document.characterCount() - 1)
    return block.position() + to_utf16(block.text(), position.offset)


def doc_position(document: QTextDocument, position: int) -> DocPosition:
    """The display position of document (UTF-16) ``position``."""
    base = first_block(document)
    block = document.findBlock(max(0, position))
    if not block.isValid():
        block = document.lastBlock()
        return DocPosition(base + block.blockNumber(), len(block.text()))
    return DocPosition(base + block.blockNumber(), from_utf16(block.text(), position - block.position()))


def cursor_position(cursor: QTextCursor) -> DocPosition:
    """A cursor's place (its position, not its anchor)."""
    block = cursor.block()
    base = first_block(cursor.document())
    return DocPosition(base + block.blockNumber(), from_utf16(block.text(), cursor.positionInBlock()))


def range_cursor(document: QTextDocument, start: DocPosition, end: DocPosition | None = None) -> QTextCursor:
    """A cursor at ``start`` selecting up to ``end`` (none: no selection)."""
    cursor = QTextCursor(document)
    cursor.setPosition(document_position(document, start))
    if end is not None:
        cursor.setPosition(document_position(document, end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def line_span(document: QTextDocument, position: int) -> tuple[float, float] | None:
    """The top and bottom, in document coordinates, of the line holding UTF-16 ``position``; laying the
    document out up to its block (the rest stays lazy). None when that block has no layout yet."""
    block = document.findBlock(min(position, document.characterCount() - 1))
    if not block.isValid():
        return None
    block_top = document.documentLayout().blockBoundingRect(block).top()
    text_layout = block.layout()
    if text_layout is None or not text_layout.lineCount():
        return None
    line = text_layout.lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    return block_top + line.y(), block_top + line.y() + max(line.height(), 1.0)
