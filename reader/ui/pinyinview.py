"""拼音 / 注音 painted over the reading view: each Han character's reading, centred above it.

Qt's rich text has no ``<ruby>``, and a text object per character would break the accessible text, the
caret, selection, search and speech offsets; so the readings are *painted* (:class:`PinyinPainter`, called
from the view's ``paintEvent``) into room the style sheet makes above every line (``TextStyle.pinyin_band``:
a larger line height, and a top margin for the first block). The document, and so everything a screen
reader, the caret or speech sees, stays the Chinese text.

For each block in view, the readings come from ``reader.core.pinyin`` for the block's text in the
*original* article (words decide a polyphone, and the original's phrases are the ones the dictionary
knows), mapped onto the converted text when 简繁 conversion is shown; they are computed when a block first
comes into view and kept (:data:`CACHE_BLOCKS`), so a 1,000,000-character book costs one screen at a time.
A reading wider than its character is drawn smaller, down to :data:`MIN_SCALE`, so neighbours never
overlap at any size from 12 to 120 pt. The colour is the text's (the scheme's, ≥ 7:1 on its page colour).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTextBlock,
    QTransform,
)

from reader.ui.positions import first_block

if TYPE_CHECKING:
    from reader.core.display import DisplayDocument
    from reader.core.pinyin import Annotator, Style
    from reader.ui.readingview import ReadingView

PINYIN_BAND = 0.6
"""Room above each line for its readings, in lines of the text (what ``TextStyle.pinyin_band`` gets)."""
PINYIN_SCALE = 0.42
"""A reading's letters, as a fraction of the character's own size."""
MIN_SCALE = 0.55
"""How far a reading wider than its character is shrunk (of :data:`PINYIN_SCALE`) before it may overlap."""
CACHE_BLOCKS = 2000
"""Blocks whose readings are kept (a screen holds a few dozen)."""


def _has_han(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003134f" for char in text)


class PinyinPainter:
    """Paints the readings of the blocks in view (see the module docstring)."""

    def __init__(self, view: ReadingView, readings: Annotator, style: Style) -> None:
        self.view = view
        self.readings = readings
        self.style = style
        self._cache: OrderedDict[tuple[int, int], list[str | None]] = OrderedDict()
        self._display_id = 0
        self._placed: dict[tuple[int, int, int, int, int], list[_Placed]] = {}
        # A new document (another section, size or style) may reuse an old one's id: forget the places.
        view.document_replaced.connect(lambda _is_new: self._placed.clear())

    def forget(self) -> None:
        """Drop the readings computed (another style, another user phrase file)."""
        self._cache.clear()
        self._placed.clear()

    def block_readings(self, display: DisplayDocument, index: int) -> list[str | None]:
        """The readings of display block ``index``, one per code point of its (shown) text."""
        if id(display) != self._display_id:
            self._display_id = id(display)
            self._cache.clear()
        key = (id(display), index)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        text = display.blocks[index].text
        original = display.source_document
        result: list[str | None]
        if not _has_han(text):
            result = [None] * len(text)
        elif original is display or index >= len(original.blocks):
            result = self.readings.readings(text, self.style)
        else:
            source = self.readings.readings(original.blocks[index].text, self.style)
            mapping = display.maps[index] if index < len(display.maps) else None
            result = []
            for offset, char in enumerate(text):
                at = mapping.to_original(offset) if mapping is not None else offset
                result.append(source[at] if _has_han(char) and 0 <= at < len(source) else None)
        self._cache[key] = result
        if len(self._cache) > CACHE_BLOCKS:
            self._cache.popitem(last=False)
        return result

    def paint(self, painter: QPainter, area: QRect) -> None:
        """Paint the readings of the lines that cross ``area`` (viewport coordinates)."""
        view = self.view
        display = view.display
        if display is None:
            return
        document = view.document()
        layout = document.documentLayout()
        offset = QPointF(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
        base = first_block(document)
        block = view.cursorForPosition(area.topLeft()).block()
        if block.previous().isValid():
            block = block.previous()  # its last line's readings may reach into the area
        painter.save()
        painter.setPen(view.palette().color(QPalette.ColorRole.Text))
        default = QFont(document.defaultFont())
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(offset)
            if rect.top() > area.bottom() + 1:
                break
            number = base + block.blockNumber()
            if rect.bottom() >= area.top() and 0 <= number < len(display.blocks):
                page = _Page(painter, default, area, rect.topLeft())
                self._paint_block(
                    page, block, self.block_readings(display, number), display.blocks[number].text
                )
            block = block.next()
        painter.restore()

    def _paint_block(self, page: _Page, block: QTextBlock, readings: list[str | None], text: str) -> None:
        placed = self._placements(page, block, readings, text)
        painter, area, origin = page.painter, page.area, page.origin
        size = -1
        for y, x, height, pixel_size, static in placed:
            top = origin.y() + y
            if top + height < area.top() or top > area.bottom() + 1:
                continue
            if pixel_size != size:
                font = QFont(page.default)
                font.setPixelSize(pixel_size)
                painter.setFont(font)
                size = pixel_size
            painter.drawStaticText(QPointF(origin.x() + x, top), static)

    def _placements(
        self, page: _Page, block: QTextBlock, readings: list[str | None], text: str
    ) -> list[_Placed]:
        """Where each reading of ``block`` goes (relative to the block's top left), made once per layout:
        a repaint only draws (the readings' prepared texts are shared, :func:`_static`)."""
        document = block.document()
        text_layout = block.layout()
        lines = text_layout.lineCount() if text_layout is not None else 0
        # The places hold while the block is laid out the same: same document, width and line breaks.
        block_width = round(document.documentLayout().blockBoundingRect(block).width())
        key = (id(document), block_width, lines, block.blockNumber(), id(readings))
        cached = self._placed.get(key)
        if cached is not None:
            return cached
        placed: list[_Placed] = []
        if text_layout is not None and text_layout.lineCount() and any(readings):
            units = _utf16_starts(text)
            by_unit = {unit: index for index, unit in enumerate(units)}
            base_size = max(6, round(_char_size(block, page.default) * PINYIN_SCALE))
            for line_number in range(text_layout.lineCount()):
                line = text_layout.lineAt(line_number)
                for unit in range(line.textStart(), line.textStart() + line.textLength()):
                    index = by_unit.get(unit)
                    reading = readings[index] if index is not None and index < len(readings) else None
                    if not reading or index is None:
                        continue
                    after = units[index + 1] if index + 1 < len(units) else unit + 1
                    left, right = _x(line, unit), _x(line, after)
                    width = abs(right - left)
                    size = base_size
                    static, wanted, height = _static(reading, page.default, size)
                    if wanted > width * 1.05 > 0:
                        # Wider than its character: smaller, down to MIN_SCALE, so neighbours stay apart.
                        size = max(5, round(base_size * max(MIN_SCALE, width * 1.05 / wanted)))
                        static, wanted, height = _static(reading, page.default, size)
                    x = min(left, right) + (width - wanted) / 2
                    placed.append((line.y() - height, x, height, size, static))
        if len(self._placed) > CACHE_BLOCKS:
            self._placed.clear()
        self._placed[key] = placed
        return placed


_Placed = tuple[float, float, float, int, QStaticText]
"""A reading placed: top and left relative to its block, its height, its pixel size, its prepared text."""
_STATIC: dict[tuple[str, str, int], tuple[QStaticText, float, float]] = {}


def _static(reading: str, default: QFont, pixel_size: int) -> tuple[QStaticText, float, float]:
    """``reading`` prepared for drawing at ``pixel_size`` (shared by every place it appears), its width
    and height."""
    key = (reading, default.family(), pixel_size)
    found = _STATIC.get(key)
    if found is None:
        font = QFont(default)
        font.setPixelSize(pixel_size)
        static = QStaticText(reading)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        metrics = QFontMetricsF(font)
        found = (static, metrics.horizontalAdvance(reading), metrics.height())
        if len(_STATIC) > 20_000:
            _STATIC.clear()
        _STATIC[key] = found
    return found


@dataclass(frozen=True, slots=True)
class _Page:
    """What one paint shares: the painter, the document's font, the area repainted, a block's origin."""

    painter: QPainter
    default: QFont
    area: QRect
    origin: QPointF


def _char_size(block: QTextBlock, default: QFont) -> float:
    """The pixel size of the block's text (headings are larger than the body)."""
    fragment = block.begin().fragment()
    font = fragment.charFormat().font().resolve(default) if fragment.isValid() else default
    return float(QFontInfo(font).pixelSize())


def _x(line: object, unit: int) -> float:
    """``QTextLine.cursorToX`` as a number (PySide returns a tuple on some versions)."""
    value = line.cursorToX(unit)  # type: ignore[attr-defined]
    return float(value[0] if isinstance(value, tuple) else value)


def _utf16_starts(text: str) -> list[int]:
    """The UTF-16 offset where each code point of ``text`` starts."""
    starts: list[int] = []
    unit = 0
    for char in text:
        starts.append(unit)
        unit += 2 if char > "\uffff" else 1
    return starts
