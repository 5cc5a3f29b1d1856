"""The 大字幕 caption strip: one sentence in huge text, and what feeds it (pointer, caret, later speech).

Owns three things:

- :class:`CaptionStrip`, the strip: a plain-text ``QLabel`` (never rich text: a saved page's words are
  shown, not interpreted) in a container that never takes the keyboard focus. It shows at most
  :attr:`CaptionStrip.max_lines` lines (two by default); a longer sentence is cut into pages of that
  many lines, shown one after the other (:meth:`CaptionStrip.next_page`, or by a timer that gives each
  page time to be read). Screen readers find it by its accessible name "大字幕 Caption strip"; the label's
  accessible name is the whole sentence, so it is read in full even when only a page is shown.
- the sentence helpers :func:`sentence_at` (under a viewport point) and :func:`sentence_at_cursor`,
  which segment the block's text with :mod:`reader.core.segmentation`. Qt positions are UTF-16 units and
  segmentation works in code points: ``reader.ui.positions`` converts at this edge, so characters
  outside the BMP (𠀀) count once.
- :class:`CaptionFeeder`, which updates a strip from the pointer after a short dwell and from the caret.

Placing the strip is the window's job (no dock widget: docks can be closed, floated and lost). Put the
reading view and the strip in a container ``QWidget`` with a ``QVBoxLayout`` whose items are
``[strip, view]`` when ``strip.position == "top"`` and ``[view, strip]`` when it is ``"bottom"``; on
``position_changed`` take the strip out of the layout and insert it at index 0 or at the end. The strip
has a fixed height (its lines at its point size), and the view takes the rest.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QResizeEvent,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from reader.core.segmentation import sentence_span
from reader.ui import strings
from reader.ui.positions import from_utf16, to_utf16

DEFAULT_POINT_SIZE = 48.0
MIN_POINT_SIZE = 12.0
MAX_POINT_SIZE = 160.0
POSITIONS = ("bottom", "top")
DWELL_MS = 300
"""How long the pointer rests on a sentence before the caption shows it."""
PAGE_MS_PER_CHARACTER = 250
"""Time each shown character of a long sentence's page gets before the next page (slow readers)."""
MIN_PAGE_MS = 2000
MARGIN = 8
READINGS_SCALE = 0.5
"""The readings row's letters, as a fraction of the caption's text size."""

_SPACES = re.compile(r"[\s\ufffc]+")
"""Whitespace, line breaks and the object replacement character (images) inside a sentence."""


def clean_sentence(text: str) -> str:
    """A sentence as the caption shows it: one line, no image placeholders, trimmed."""
    return _SPACES.sub(" ", text).strip()


# Sentences in a text view


def sentence_range_at(view: QTextEdit, viewport_position: QPoint) -> tuple[int, int] | None:
    """The document positions (UTF-16) of the sentence under a viewport point, or None off the text."""
    offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    point = QPointF(viewport_position + offset)
    document = view.document()
    position = document.documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
    if position < 0:
        return None
    block = document.findBlock(position)
    if not block.isValid():
        return None
    local = position - block.position()
    layout = block.layout()
    if layout is not None and local > 0:
        line = layout.lineForTextPosition(local)
        # hitTest returns the nearer caret position: left of it, the pointer is on the character before.
        if line.isValid() and point.x() < layout.position().x() + _cursor_x(line, local):
            local -= 1
    return _sentence_range(block.text(), block.position(), local)


def _cursor_x(line: QTextLine, position: int) -> float:
    # PySide6 returns (x, position) from the C++ in/out overload; older versions a bare float.
    result: object = line.cursorToX(position)
    if isinstance(result, tuple):
        return float(result[0])
    return float(result)  # type: ignore[arg-type]


def sentence_at(view: QTextEdit, viewport_position: QPoint) -> str:
    """The sentence under a point of the view's viewport, cleaned for display; "" off the text."""
    found = sentence_range_at(view, viewport_position)
    if found is None:
        return ""
    block = view.document().findBlock(found[0])
    text = block.text()
    start = found[0] - block.position()
    end = found[1] - block.position()
    return clean_sentence(text[from_utf16(text, start) : from_utf16(text, end)])


def sentence_range_at_cursor(view: QTextEdit) -> tuple[int, int] | None:
    """The document positions (UTF-16) of the sentence holding the caret."""
    cursor = view.textCursor()
    block = cursor.block()
    if not block.isValid():
        return None
    return _sentence_range(block.text(), block.position(), cursor.positionInBlock())


def sentence_at_cursor(view: QTextEdit) -> str:
    """The sentence holding the caret, cleaned for display; "" in an empty block."""
    cursor = view.textCursor()
    text = cursor.block().text()
    start, end = sentence_span(text, from_utf16(text, cursor.positionInBlock()))
    return clean_sentence(text[start:end])


def _sentence_range(text: str, block_position: int, local_utf16: int) -> tuple[int, int] | None:
    if not text:
        return None
    start, end = sentence_span(text, from_utf16(text, local_utf16))
    return (block_position + to_utf16(text, start), block_position + to_utf16(text, end))


# The strip


class CaptionStrip(QWidget):
    """Huge text, at most ``max_lines`` lines at a time; placed by the window (see the module docstring)."""

    position_changed = Signal(str)
    """Emitted with "top" or "bottom" when :meth:`set_position` changes the side."""

    def __init__(self, parent: QWidget | None = None, *, point_size: float = DEFAULT_POINT_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("captionStrip")
        control = strings.caption_strip()
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.position = "bottom"
        """"top" or "bottom": where the window puts the strip."""
        self.max_lines = 2
        self._text = ""
        self._pages: list[str] = []
        self._page = 0
        self._foreground = QColor()
        self._background = QColor()
        self.label = QLabel(self)
        self.label.setObjectName("captionText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAccessibleDescription(control.description)
        # 拼音 / 注音 of the page shown, above it (the portal strips' 拼音 button), when readings are on.
        self.readings_label = QLabel(self)
        self.readings_label.setObjectName("captionReadings")
        self.readings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.readings_label.setWordWrap(True)
        self.readings_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.readings_label.setAccessibleDescription(strings.caption_readings().description)
        self.readings_label.hide()
        self._readings: Callable[[str], str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN * 2, MARGIN, MARGIN * 2, MARGIN)
        layout.setSpacing(0)
        layout.addWidget(self.readings_label)
        layout.addWidget(self.label)
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.timeout.connect(self._advance)
        self._point_size = DEFAULT_POINT_SIZE
        self.set_point_size(point_size)

    # Public surface

    @property
    def text(self) -> str:
        """The whole sentence shown (all pages)."""
        return self._text

    @property
    def shown_text(self) -> str:
        """What is on screen now: the current page."""
        return self.label.text()

    @property
    def point_size(self) -> float:
        return self._point_size

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def show_text(self, text: str) -> None:
        """Show a sentence from its first page; "" empties the strip."""
        text = clean_sentence(text)
        if text == self._text:
            return
        self._text = text
        self.label.setAccessibleName(text)
        self._paginate(keep_page=False)

    def set_point_size(self, size: float) -> None:
        self._point_size = min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)
        font = QFont(self.label.font())
        font.setPointSizeF(self._point_size)
        self.label.setFont(font)
        readings_font = QFont(font)
        readings_font.setPointSizeF(self._point_size * READINGS_SCALE)
        self.readings_label.setFont(readings_font)
        self._apply_style()
        self._fit_height()
        self._paginate(keep_page=True)

    def set_readings(self, readings: Callable[[str], str] | None) -> None:
        """Show a row of readings (``readings(text)`` for the page shown) above the text; None: no row."""
        self._readings = readings
        self.readings_label.setVisible(readings is not None)
        self._fit_height()
        self._show_page(self._page)

    def refresh_readings(self) -> None:
        """The readings again (the phrases they come from changed)."""
        if self._readings is not None:
            self._show_page(self._page)

    @property
    def readings_text(self) -> str:
        return self.readings_label.text() if self._readings is not None else ""

    def _fit_height(self) -> None:
        metrics = QFontMetricsF(self.label.font())
        height = self.max_lines * metrics.lineSpacing() + 2 * MARGIN + 4
        if self._readings is not None:
            rows = QFontMetricsF(self.readings_label.font()).lineSpacing() * self.max_lines
            self.readings_label.setFixedHeight(int(rows + 0.999))
            height += rows
        self.setFixedHeight(int(height + 0.999))

    def set_colours(self, foreground: QColor, background: QColor) -> None:
        """The scheme's caption colours (a widget style sheet, so the application's cannot override them)."""
        self._foreground = QColor(foreground)
        self._background = QColor(background)
        palette = self.palette()
        palette.setColor(palette.ColorRole.Window, self._background)
        palette.setColor(palette.ColorRole.WindowText, self._foreground)
        self.setPalette(palette)
        self._apply_style()

    def set_position(self, position: str) -> None:
        """ "top" or "bottom"; the window moves the strip on ``position_changed``."""
        if position not in POSITIONS:
            raise ValueError(f"caption position must be one of {POSITIONS}, not {position!r}")
        if position != self.position:
            self.position = position
            self.position_changed.emit(position)

    def next_page(self) -> bool:
        """Show the next page of a long sentence; False when the last one is already shown."""
        if self._page + 1 >= len(self._pages):
            return False
        self._show_page(self._page + 1)
        return True

    # Layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._paginate(keep_page=True)

    def _apply_style(self) -> None:
        rules = [f"font-size: {self._point_size:g}pt;"]
        if self._foreground.isValid():
            rules.append(f"color: {self._foreground.name()};")
        if self._background.isValid():
            rules.append(f"background-color: {self._background.name()};")
        body = " ".join(rules)
        small = body.replace(
            f"font-size: {self._point_size:g}pt;", f"font-size: {self._point_size * READINGS_SCALE:g}pt;"
        )
        self.setStyleSheet(f"#captionStrip, #captionText {{ {body} }} #captionReadings {{ {small} }}")

    def _paginate(self, *, keep_page: bool) -> None:
        width = self.label.contentsRect().width()
        if width < 40:
            width = max(self.width() - 4 * MARGIN, 200)
        self._pages = _pages(self._text, self.label.font(), width, self.max_lines)
        page = min(self._page, len(self._pages) - 1) if keep_page else 0
        self._show_page(max(page, 0))

    def _show_page(self, page: int) -> None:
        self._page = page
        shown = self._pages[page] if self._pages else ""
        self.label.setText(shown)
        if self._readings is not None:
            row = self._readings(shown) if shown else ""
            # As many lines as the text has: a longer row (注音 is wide) is cut, never drawn over the text.
            width = max(self.width() - 4 * MARGIN - 8, 200)  # the layout's side margins are 2 × MARGIN
            rows = _pages(row, self.readings_label.font(), width, self.max_lines)
            row = rows[0] + ("…" if len(rows) > 1 else "") if rows else ""
            self.readings_label.setText(row)
            self.readings_label.setAccessibleName(row or strings.caption_readings().name)
        if len(self._pages) > 1:
            self.label.setAccessibleDescription(strings.caption_page(page + 1, len(self._pages)))
        else:
            self.label.setAccessibleDescription(strings.caption_strip().description)
        self._page_timer.stop()
        if page + 1 < len(self._pages):
            self._page_timer.start(max(MIN_PAGE_MS, PAGE_MS_PER_CHARACTER * len(shown)))

    def _advance(self) -> None:
        self.next_page()


def _pages(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` cut into pages of at most ``max_lines`` lines as wrapped at ``width`` pixels."""
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    # Offsets from QTextLayout are UTF-16 units.
    page_starts = [index for number, index in enumerate(starts) if number % max_lines == 0]
    bounds = [from_utf16(text, start) for start in page_starts] + [len(text)]
    return [text[start:end].strip() for start, end in itertools.pairwise(bounds) if start < end]


# Feeding the strip


class CaptionFeeder(QObject):
    """Shows in ``strip`` the sentence under ``view``'s pointer (after a dwell) or under its caret."""

    def __init__(self, view: QTextEdit, strip: CaptionStrip, *, dwell_ms: int = DWELL_MS) -> None:
        super().__init__(view)
        self._view = view
        self._strip = strip
        self._is_enabled = False
        self._pointer = QPoint()
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(dwell_ms)
        self._dwell.timeout.connect(self._show_pointer_sentence)
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.cursorPositionChanged.connect(self._show_caret_sentence)

    @property
    def is_enabled(self) -> bool:
        return self._is_enabled

    def set_enabled(self, is_enabled: bool) -> None:
        """Start or stop feeding; the window shows or hides the strip itself."""
        self._is_enabled = is_enabled
        if is_enabled:
            self._show_caret_sentence()
        else:
            self._dwell.stop()

    def show_spoken(self, text: str) -> None:
        """For speech: show the sentence being spoken (takes over until the pointer or caret moves)."""
        if self._is_enabled:
            self._dwell.stop()
            self._strip.show_text(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._is_enabled:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._pointer = event.position().toPoint()
            self._dwell.start()
        elif kind == QEvent.Type.Leave:
            self._dwell.stop()
        return False

    def _show_pointer_sentence(self) -> None:
        text = sentence_at(self._view, self._pointer)
        if text:
            self._strip.show_text(text)

    def _show_caret_sentence(self) -> None:
        if not self._is_enabled:
            return
        text = sentence_at_cursor(self._view)
        if text:
            self._strip.show_text(text)
