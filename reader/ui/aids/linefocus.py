"""Line focus: a band of 1, 3 or 5 text lines left clear, everything else in the view dimmed.

Owns the band's geometry and the overlay that paints it. The band is built from the text layout's own
lines (the caret's block layout, ``lineForTextPosition``, then neighbouring lines and blocks), so its
edges fall exactly between text lines at any size and spacing.

The band is centred on the caret's line and follows it (``cursorPositionChanged``); with
``follow_pointer`` it follows the line under the mouse instead while the mouse moves over the text;
``move_lines(±n)`` moves the caret by whole lines and scrolls so the whole band stays visible (the
window binds keys to it). The overlay is a child of the view's viewport, transparent for the mouse, and
repaints when the view scrolls, resizes, re-lays out its text or gets a new document; a changed band
repaints only when its rectangle actually changed, which also keeps the repaint loop finite.

``LineFocus`` is a controller (a ``QObject``), not the overlay widget itself, so ``move``/``move_lines``
do not clash with ``QWidget.move``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QMouseEvent, QPainter, QPaintEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.ui import strings

LINE_CHOICES = (0, 1, 3, 5)
EDGE_WIDTH = 2
DEFAULT_DIM = QColor(0, 0, 0, 140)


class _Overlay(QWidget):
    def __init__(self, focus: LineFocus, parent: QWidget) -> None:
        super().__init__(parent)
        self._focus = focus
        self.setObjectName("lineFocus")
        control = strings.line_focus_overlay()
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._focus._paint(self)


class LineFocus(QObject):
    """Dims a ``QTextEdit`` except ``lines`` lines around the caret (or the pointer); 0 lines is off."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._lines = 0
        self._dim = QColor(DEFAULT_DIM)
        self._edge = QColor(view.palette().color(view.palette().ColorRole.Highlight))
        self._follow_pointer = False
        self._pointer_position: int | None = None
        """Document position under the pointer when following it; None: follow the caret."""
        self._band: QRect | None = None
        self.room_above = 0.0
        """Room above the lines the band includes, in text heights (拼音 painted there: its own)."""
        self.overlay = _Overlay(self, view.viewport())
        self.overlay.hide()
        view.cursorPositionChanged.connect(self._on_caret_moved)
        view.verticalScrollBar().valueChanged.connect(self.refresh)
        view.horizontalScrollBar().valueChanged.connect(self.refresh)
        view.textChanged.connect(self.refresh)
        view.viewport().installEventFilter(self)

    # Public surface

    @property
    def lines(self) -> int:
        return self._lines

    @property
    def is_enabled(self) -> bool:
        return self._lines > 0

    @property
    def dim(self) -> QColor:
        return QColor(self._dim)

    @property
    def follow_pointer(self) -> bool:
        return self._follow_pointer

    @follow_pointer.setter
    def follow_pointer(self, value: bool) -> None:
        self._follow_pointer = value
        if value:
            self._view.viewport().setMouseTracking(True)
        else:
            self._pointer_position = None
            self.refresh()

    def set_lines(self, lines: int) -> None:
        """0 (off), 1, 3 or 5 lines."""
        if lines not in LINE_CHOICES:
            raise ValueError(f"line focus shows one of {LINE_CHOICES} lines, not {lines!r}")
        self._lines = lines
        if lines:
            self.overlay.setGeometry(self._view.viewport().rect())
            self.overlay.show()
            self.overlay.raise_()
            self._keep_band_visible()
        else:
            self.overlay.hide()
        self._band = None
        self.refresh()

    def set_dim(self, colour: QColor) -> None:
        """The dimming layer, alpha included (the scheme's dim colour at its ``dim_alpha``)."""
        self._dim = QColor(colour)
        self.overlay.update()

    def set_edge(self, colour: QColor) -> None:
        """The colour of the band's top and bottom edges (the scheme's focus colour)."""
        self._edge = QColor(colour)
        self.overlay.update()

    def move_lines(self, delta: int) -> None:
        """Move the caret (and the band) ``delta`` lines down (positive) or up, keeping the band in view."""
        if delta == 0:
            return
        self._pointer_position = None
        cursor = self._view.textCursor()
        operation = QTextCursor.MoveOperation.Down if delta > 0 else QTextCursor.MoveOperation.Up
        cursor.movePosition(operation, QTextCursor.MoveMode.MoveAnchor, abs(delta))
        self._view.setTextCursor(cursor)
        self._keep_band_visible()
        self.refresh()

    move = move_lines
    """The name the team interface uses."""

    def band_rect(self) -> QRect | None:
        """The clear band in viewport coordinates (full width), or None when off or nothing is laid out."""
        if not self._lines:
            return None
        lines = self._band_lines()
        if lines is None:
            return None
        top, bottom = lines
        # The readings painted above the first line (拼音) belong to the band too.
        top -= round(self.room_above * QFontInfo(self._view.document().defaultFont()).pixelSize())
        offset = self._scroll_offset()
        return QRect(0, top - offset.y(), self._view.viewport().width(), bottom - top)

    def refresh(self) -> None:
        """Repaint if the band moved (cheap; safe to call often)."""
        if not self._lines:
            return
        band = self.band_rect()
        if band != self._band or self.overlay.geometry() != self._view.viewport().rect():
            self._band = band
            self.overlay.setGeometry(self._view.viewport().rect())
            self.overlay.update()

    # Events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.overlay.setGeometry(self._view.viewport().rect())
            self.refresh()
        elif kind == QEvent.Type.Paint:
            # The text was laid out again (font, size, width, new document): the band may have moved.
            self.refresh()
        elif (
            kind == QEvent.Type.MouseMove
            and self._follow_pointer
            and self._lines
            and isinstance(event, QMouseEvent)
        ):
            self._follow(event.position().toPoint())
        return False

    def _follow(self, viewport_position: QPoint) -> None:
        offset = self._scroll_offset()
        layout = self._view.document().documentLayout()
        position = layout.hitTest(viewport_position + offset, Qt.HitTestAccuracy.FuzzyHit)
        if position >= 0:
            self._pointer_position = position
            self.refresh()

    def _on_caret_moved(self) -> None:
        self._pointer_position = None
        if self._lines:
            self._keep_band_visible()
            self.refresh()

    # Geometry

    def _scroll_offset(self) -> QPoint:
        return QPoint(self._view.horizontalScrollBar().value(), self._view.verticalScrollBar().value())

    def _band_lines(self) -> tuple[int, int] | None:
        """Top and bottom of the band in document coordinates."""
        document = self._view.document()
        if self._pointer_position is not None:
            position = min(self._pointer_position, max(document.characterCount() - 1, 0))
            block = document.findBlock(position)
            in_block = position - block.position()
        else:
            cursor = self._view.textCursor()
            block = cursor.block()
            in_block = cursor.positionInBlock()
        centre = _line_of(block, in_block)
        if centre is None:
            return None
        # Lines above and below the centre; at the start or end of the text the band keeps its size
        # by taking the missing lines from the other side.
        first = last = centre
        wanted_above = self._lines // 2
        for _ in range(wanted_above):
            previous = _previous_line(*first)
            if previous is None:
                break
            first = previous
            wanted_above -= 1
        for _ in range(self._lines // 2 + wanted_above):
            following = _next_line(*last)
            if following is None:
                break
            last = following
        taken = 1 + self._count_between(first, last)
        for _ in range(self._lines - taken):
            previous = _previous_line(*first)
            if previous is None:
                break
            first = previous
        top = _line_top_bottom(*first)[0]
        bottom = _line_top_bottom(*last)[1]
        block, index = last
        if index + 1 < block.layout().lineCount():
            # Extra line spacing lies between this line and the next: keep it inside the band.
            bottom = max(bottom, _line_top_bottom(block, index + 1)[0])
        return (top, bottom)

    @staticmethod
    def _count_between(first: tuple[QTextBlock, int], last: tuple[QTextBlock, int]) -> int:
        """How many lines follow ``first`` up to and including ``last`` (at most a handful)."""
        count = 0
        line: tuple[QTextBlock, int] | None = first
        while line is not None and (line[0].blockNumber(), line[1]) != (last[0].blockNumber(), last[1]):
            line = _next_line(*line)
            count += 1
        return count

    def _keep_band_visible(self) -> None:
        band = self.band_rect()
        if band is None:
            return
        height = self._view.viewport().height()
        bar = self._view.verticalScrollBar()
        if band.height() >= height or band.top() < 0:
            bar.setValue(bar.value() + band.top())
        elif band.bottom() >= height:
            bar.setValue(bar.value() + band.bottom() - height + 1)

    # Drawing

    def _paint(self, widget: QWidget) -> None:
        band = self._band if self._band is not None else self.band_rect()
        painter = QPainter(widget)
        rect = widget.rect()
        if band is None:
            painter.fillRect(rect, self._dim)
            painter.end()
            return
        painter.fillRect(QRect(0, 0, rect.width(), max(band.top(), 0)), self._dim)
        below = band.top() + band.height()
        if below < rect.height():
            painter.fillRect(QRect(0, below, rect.width(), rect.height() - below), self._dim)
        # The edges sit just outside the band, so they never cover the text inside it.
        painter.fillRect(QRect(0, band.top() - EDGE_WIDTH, rect.width(), EDGE_WIDTH), self._edge)
        painter.fillRect(QRect(0, below, rect.width(), EDGE_WIDTH), self._edge)
        painter.end()


# Text-layout lines, as (block, line index) pairs


def _line_of(block: QTextBlock, position_in_block: int) -> tuple[QTextBlock, int] | None:
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None
    line = layout.lineForTextPosition(position_in_block)
    if not line.isValid():
        # Past the last line (a caret at the very end): the last line.
        return (block, layout.lineCount() - 1)
    return (block, line.lineNumber())


def _previous_line(block: QTextBlock, index: int) -> tuple[QTextBlock, int] | None:
    if index > 0:
        return (block, index - 1)
    previous = block.previous()
    while previous.isValid():
        layout = previous.layout()
        if previous.isVisible() and layout is not None and layout.lineCount() > 0:
            return (previous, layout.lineCount() - 1)
        previous = previous.previous()
    return None


def _next_line(block: QTextBlock, index: int) -> tuple[QTextBlock, int] | None:
    layout = block.layout()
    if layout is not None and index + 1 < layout.lineCount():
        return (block, index + 1)
    following = block.next()
    while following.isValid():
        layout = following.layout()
        if following.isVisible() and layout is not None and layout.lineCount() > 0:
            return (following, 0)
        following = following.next()
    return None


def _line_top_bottom(block: QTextBlock, index: int) -> tuple[int, int]:
    """A line's top and bottom in document coordinates (whole pixels, rounded outwards)."""
    layout = block.layout()
    line = layout.lineAt(index)
    origin = layout.position()
    rect = line.rect()
    top = origin.y() + rect.top()
    bottom = origin.y() + rect.bottom()
    return (int(top), int(-(-bottom // 1)))
