"""The crosshair: a horizontal and a vertical line across one window, through the mouse pointer.

Owns the overlay that draws the lines and the tracking of the pointer. The overlay is a child of the
window covering all of it, kept above its siblings (raised again whenever the window resizes or gets a
new child) and transparent for the mouse, so everything under it works as before.

The pointer is followed from an application event filter (mouse moves over any widget of the window,
also those without mouse tracking, through ``HoverMove`` and a light poll of ``QCursor.pos()``, 25 times
a second while the window is under the pointer), mapped from global coordinates onto the overlay.
The lines hide when the pointer leaves the window.

Each line is 3 px of the scheme's crosshair colour between two 1 px edges of a contrasting colour, so it
shows on any background, text included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QEnterEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui import strings

LINE_WIDTH = 3
EDGE_WIDTH = 1
POLL_INTERVAL_MS = 40
DEFAULT_COLOUR = QColor("#e00000")


def contrasting_edge(colour: QColor) -> QColor:
    """Black next to a light line colour, white next to a dark one."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.35 else QColor("#ffffff")


class Crosshair(QWidget):
    """Guide lines through the pointer over ``window``; off until ``set_enabled(True)``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("crosshair")
        control = strings.crosshair_overlay()
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._colour = QColor(DEFAULT_COLOUR)
        self._edge = contrasting_edge(self._colour)
        self._position: QPoint | None = None
        self._is_enabled = False
        self._last_global: QPoint | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_pointer)
        self.hide()

    # Public surface

    @property
    def is_enabled(self) -> bool:
        return self._is_enabled

    @property
    def position(self) -> QPoint | None:
        """Where the lines cross, in overlay coordinates; None when the pointer is outside the window."""
        return QPoint(self._position) if self._position is not None else None

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    @property
    def edge_colour(self) -> QColor:
        return QColor(self._edge)

    def set_enabled(self, is_enabled: bool) -> None:
        if is_enabled == self._is_enabled:
            return
        self._is_enabled = is_enabled
        app = QApplication.instance()
        if is_enabled:
            self._window.installEventFilter(self)
            if app is not None:
                app.installEventFilter(self)
            self._fit()
            self.show()
            self.raise_()
            self._poll.start()
            self.track(QCursor.pos())
        else:
            self._window.removeEventFilter(self)
            if app is not None:
                app.removeEventFilter(self)
            self._poll.stop()
            self._position = None
            self.hide()

    def set_colour(self, colour: QColor, edge: QColor | None = None) -> None:
        """The lines' colour (the scheme's crosshair colour) and their edges (default: black or white)."""
        self._colour = QColor(colour)
        self._edge = QColor(edge) if edge is not None else contrasting_edge(self._colour)
        self.update()

    def track(self, global_position: QPoint) -> None:
        """Put the crossing at a global position; hide the lines when it is outside the window."""
        self._last_global = QPoint(global_position)
        local = self.mapFromGlobal(global_position)
        inside = self.rect().contains(local) and self._is_pointer_over_window(global_position)
        self._move_to(local if inside else None)

    def hide_lines(self) -> None:
        self._move_to(None)

    # Tracking

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind in (QEvent.Type.Resize, QEvent.Type.ChildAdded, QEvent.Type.LayoutRequest):
                self._fit()
            elif kind == QEvent.Type.Leave:
                self.hide_lines()
            return False
        if kind in (QEvent.Type.MouseMove, QEvent.Type.HoverMove, QEvent.Type.Enter) and isinstance(
            watched, QWidget
        ):
            if watched.window() is self._window:
                if isinstance(event, QMouseEvent | QEnterEvent):
                    self.track(event.globalPosition().toPoint())
                else:
                    self.track(QCursor.pos())
            elif watched.isWindow() and watched is not self._window:
                self.hide_lines()
        return False

    def _poll_pointer(self) -> None:
        position = QCursor.pos()
        if position != self._last_global:
            self.track(position)

    def _is_pointer_over_window(self, global_position: QPoint) -> bool:
        # Another window (a dialog, a menu) on top of ours takes the pointer away from it.
        widget = QApplication.widgetAt(global_position)
        return widget is None or widget.window() is self._window

    def _move_to(self, position: QPoint | None) -> None:
        if position == self._position:
            return
        old = self._position
        self._position = position
        # Repaint only the two old and the two new lines, not the whole window.
        for point in (old, position):
            if point is not None:
                self.update(self._band(point, horizontal=True))
                self.update(self._band(point, horizontal=False))

    def _fit(self) -> None:
        if self.geometry() != self._window.rect():
            self.setGeometry(self._window.rect())
        self.raise_()

    def _band(self, point: QPoint, *, horizontal: bool) -> QRect:
        half = LINE_WIDTH // 2 + EDGE_WIDTH + 1
        if horizontal:
            return QRect(0, point.y() - half, self.width(), 2 * half + 1)
        return QRect(point.x() - half, 0, 2 * half + 1, self.height())

    # Drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._position is None:
            return
        x, y = self._position.x(), self._position.y()
        painter = QPainter(self)
        outer = LINE_WIDTH + 2 * EDGE_WIDTH
        half_outer = outer // 2
        half = LINE_WIDTH // 2
        painter.fillRect(QRect(0, y - half_outer, self.width(), outer), self._edge)
        painter.fillRect(QRect(x - half_outer, 0, outer, self.height()), self._edge)
        painter.fillRect(QRect(0, y - half, self.width(), LINE_WIDTH), self._colour)
        painter.fillRect(QRect(x - half, 0, LINE_WIDTH, self.height()), self._colour)
        painter.end()
