"""The window's side of 简繁 conversion: the menu's choices, converting an article without freezing, and
keeping the reading position across a switch.

OpenCC holds the GIL, so a 1,000,000-character book converted in one call stalls the window for
0.1–0.2 s. :class:`ArticleConversion` converts a small article in one go (``convert_article``) and a large
one field by field and block by block, in slices of at most :data:`SLICE_MS` driven by a ``QTimer``.

Positions are mapped per document block (block number + offset within it): conversion keeps every block,
so the rendered documents of the original and of each conversion have the same blocks, and only the
offsets inside a block change (phrase configs such as s2twp change lengths; astral characters change
UTF-16 lengths). Offsets in a block go UTF-16 → code points → original (the block's own offset map) →
target → UTF-16.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from reader.core.conversion import (
    PHRASE_CONFIGS,
    convert,
    convert_article,
    convert_text,
    target_language,
)
from reader.core.document import Article, Block
from reader.ui import strings

MENU_CONFIGS: tuple[tuple[str, str | None], ...] = (
    ("none", None),
    ("t2s", "t2s"),
    ("s2t", "s2t"),
    ("s2tw", "s2tw"),
    ("s2twp", "s2twp"),
    ("s2hk", "s2hk"),
)
"""The menu's entries in order: action key → OpenCC config (None = 原文)."""

SMALL_ARTICLE = 50_000
"""Characters below which an article is converted in one call (a few milliseconds)."""
SLICE_MS = 15.0
"""Longest the GUI thread converts before letting events through."""
PROGRESS_MS = 250
"""Shortest time between two progress messages."""
_PIECE = 8_000
"""Characters converted per OpenCC call in a large field (cut at newlines, where OpenCC never joins)."""


def control(key: str) -> strings.Control:
    return strings.conversion_entry(key)


def menu_key(config: str | None) -> str:
    """The menu entry that shows ``config`` (any OpenCC config; ``tw2sp`` → ``t2s``, ``t2hk`` → ``s2hk``)."""
    if config is None:
        return "none"
    if any(key == config for key, _ in MENU_CONFIGS):
        return config
    language = target_language(config)
    if language == "zh-Hans":
        return "t2s"
    if language == "zh-Hant-TW":
        return "s2twp" if config in PHRASE_CONFIGS else "s2tw"
    return "s2hk" if language == "zh-Hant-HK" else "s2t"


def source_script(config: str) -> str:
    """``"hans"`` for configs that read simplified text, ``"hant"`` for the others."""
    return "hans" if config.startswith("s2") else "hant"


def article_size(article: Article) -> int:
    return len(article.text) + len(article.page_text)


def _pieces(text: str) -> list[str]:
    """``text`` cut after newlines into pieces of about :data:`_PIECE` characters."""
    if len(text) <= _PIECE:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _PIECE)
        end = len(text) if end < 0 else end + 1
        pieces.append(text[start:end])
        start = end
    return pieces


class ArticleConversion(QObject):
    """One article being converted; emits ``progressed(percent)`` and then ``finished(article)``."""

    progressed = Signal(int)
    finished = Signal(object)

    def __init__(self, article: Article, config: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.config = config
        self.result: Article | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._steps: list[tuple[int, Callable[[], None]]] = []
        self._done = 0
        self._total = 1
        self._fields: dict[str, str | None] = {}
        self._blocks: list[Block] = []
        self._page: list[str] = []
        self._last_progress = 0.0

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Convert now when the article is small (``finished`` is emitted before this returns), else begin
        the slices."""
        if article_size(self.article) < SMALL_ARTICLE:
            self.result, _ = convert_article(self.article, self.config)
            self.finished.emit(self.result)
            return
        self._plan()
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = []

    def _plan(self) -> None:
        a = self.article
        for name in ("title", "source", "author"):
            self._steps.append((1, partial(self._field, name)))
        self._blocks = list(a.blocks)
        for index, block in enumerate(a.blocks):
            for number, piece in enumerate(_pieces(block.text)):
                self._steps.append((len(piece) + 1, partial(self._block, index, number, piece)))
            if block.alt or block.items or block.rows:
                self._steps.append((len(block.alt or "") + 1, partial(self._block_extras, index)))
        for piece in _pieces(a.page_text):
            self._steps.append((len(piece) + 1, partial(self._page_piece, piece)))
        self._total = sum(size for size, _ in self._steps) or 1
        self._steps.reverse()  # popped from the end

    def _page_piece(self, piece: str) -> None:
        self._page.append(convert_text(piece, self.config))

    def _field(self, name: str) -> None:
        value = getattr(self.article, name)
        self._fields[name] = None if value is None else convert_text(value, self.config)

    def _block(self, index: int, number: int, piece: str) -> None:
        block = self._blocks[index]
        converted = convert_text(piece, self.config)
        text = converted if number == 0 else block.text + converted
        self._blocks[index] = dataclasses.replace(block, text=text)

    def _block_extras(self, index: int) -> None:
        block = self._blocks[index]
        c = self.config
        self._blocks[index] = dataclasses.replace(
            block,
            alt=None if block.alt is None else convert_text(block.alt, c),
            items=tuple(convert_text(item, c) for item in block.items),
            rows=tuple(tuple(convert_text(cell, c) for cell in row) for row in block.rows),
        )

    def _slice(self) -> None:
        started = time.perf_counter()
        while self._steps and (time.perf_counter() - started) * 1000 < SLICE_MS:
            size, step = self._steps.pop()
            step()
            self._done += size
        if self._steps:
            # Progress at most every PROGRESS_MS: each message repaints the status bar, on the GUI thread.
            if started - self._last_progress >= PROGRESS_MS / 1000:
                self._last_progress = started
                self.progressed.emit(min(99, self._done * 100 // self._total))
            return
        self._timer.stop()
        a = self.article
        self.result = dataclasses.replace(
            a,
            title=self._fields.get("title") or "",
            source=self._fields.get("source"),
            author=self._fields.get("author"),
            blocks=self._blocks,
            page_text="".join(self._page),
            language=target_language(self.config),
            warnings=list(a.warnings),
        )
        self.progressed.emit(100)
        self.finished.emit(self.result)


# --- positions ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlockPosition:
    """A document position as block number + code-point offset in the *original* text of that block."""

    block: int
    offset: int


def utf16_to_code_points(text: str, offset: int) -> int:
    count = 0
    for index, char in enumerate(text):
        if count >= offset:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def code_points_to_utf16(text: str, offset: int) -> int:
    offset = min(offset, len(text))
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


def block_texts(document: QTextDocument) -> list[str]:
    """Every block's text, in order (the original's, kept to map phrase conversions)."""
    texts: list[str] = []
    block = document.begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def to_original(
    document: QTextDocument, position: int, config: str | None, originals: list[str] | None
) -> BlockPosition:
    """Where ``position`` of ``document`` (showing ``config``'s conversion) lies in the original."""
    block = document.findBlock(max(0, position))
    if not block.isValid():
        return BlockPosition(0, 0)
    text = block.text()
    offset = utf16_to_code_points(text, position - block.position())
    number = block.blockNumber()
    if config in PHRASE_CONFIGS and originals is not None and number < len(originals):
        offset = convert(originals[number], config).offsets.to_original(offset)
    return BlockPosition(number, offset)


def to_document(
    document: QTextDocument, place: BlockPosition, config: str | None, originals: list[str] | None
) -> int:
    """The position of ``document`` (showing ``config``'s conversion) for ``place`` in the original."""
    block = document.findBlockByNumber(place.block)
    if not block.isValid():
        return max(0, document.characterCount() - 1)
    offset = place.offset
    if config in PHRASE_CONFIGS and originals is not None and place.block < len(originals):
        offset = convert(originals[place.block], config).offsets.to_converted(offset)
    return block.position() + code_points_to_utf16(block.text(), offset)
