"""The big pointer: 2× and 3× mouse pointers, black with a white outline or white with a black one.

Owns drawing the three big cursors (arrow, I-beam, pointing hand) and applying them to the whole
application. The outline makes a black pointer visible on a black page and a white one on white, so one
choice works with every colour scheme.

How it is applied, and why not ``QApplication.setOverrideCursor``: an override cursor replaces every
cursor, so text would lose its I-beam and links their hand, and the reader could no longer tell a link
from text by the pointer. Instead an application event filter swaps cursors per widget:

1. every top-level window gets the big arrow, which its children without a cursor of their own inherit;
2. when a widget sets a standard cursor (``QEvent.CursorChange``: the text view sets the I-beam, or the
   hand over a link, as the pointer moves), it is replaced at once by the big cursor of the same kind;
3. windows shown later (dialogs, menus) get the big arrow on ``QEvent.Show``.

Mode 1 puts back every cursor that was replaced. Cursor pixmaps are drawn at the screen's device pixel
ratio, so they stay sharp on HiDPI screens; their hot spot is the arrow's tip, the I-beam's centre and
the hand's fingertip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

BASE_SIZE = 32
"""Side of the pointer at scale 1, in device-independent pixels (the usual system pointer)."""
SCALES = (1, 2, 3)
COLOURS = ("black", "white")
_PRUNE_AT = 256

_ARROW = (
    (0.0, 0.0),
    (0.0, 23.0),
    (5.5, 17.5),
    (9.5, 27.0),
    (13.5, 25.3),
    (9.6, 16.2),
    (17.0, 16.2),
)
"""The arrow's outline on a 32-unit grid, tip first (the hot spot)."""


def _fill_and_outline(colour: str) -> tuple[QColor, QColor]:
    if colour == "white":
        return QColor("#ffffff"), QColor("#000000")
    return QColor("#000000"), QColor("#ffffff")


def outline_width(scale: int) -> float:
    """Outline thickness in device-independent pixels: 2 px at 2×, 3 px at 3×."""
    return 2.0 if scale <= 2 else 3.0


def _device_pixel_ratio() -> float:
    screens = QGuiApplication.screens()
    return max((screen.devicePixelRatio() for screen in screens), default=1.0)


def _canvas(scale: int) -> tuple[QPixmap, float]:
    ratio = _device_pixel_ratio()
    side = BASE_SIZE * scale
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap, ratio


def _paint(pixmap: QPixmap, path: QPainterPath, scale: int, colour: str) -> None:
    fill, outline = _fill_and_outline(colour)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The pen is centred on the path: twice the outline width leaves the outline's width outside the fill.
    pen = QPen(outline, 2 * outline_width(scale))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)
    painter.fillPath(path, fill)
    painter.end()


def arrow_cursor(scale: int, colour: str) -> QCursor:
    """The big arrow; hot spot at its tip."""
    pixmap, _ = _canvas(scale)
    margin = outline_width(scale) + 1
    unit = (BASE_SIZE * scale - 2 * margin) / 28.0
    path = QPainterPath()
    points = [QPointF(margin + x * unit, margin + y * unit) for x, y in _ARROW]
    path.moveTo(points[0])
    for point in points[1:]:
        path.lineTo(point)
    path.closeSubpath()
    _paint(pixmap, path, scale, colour)
    return QCursor(pixmap, round(margin), round(margin))


def ibeam_cursor(scale: int, colour: str) -> QCursor:
    """The big text cursor: a bar with serifs; hot spot at its centre."""
    pixmap, _ = _canvas(scale)
    side = BASE_SIZE * scale
    centre = side / 2
    margin = outline_width(scale) + 1
    stem = 2.0 * scale
    serif = 9.0 * scale
    bar = 2.0 * scale
    top, bottom = margin, side - margin
    path = QPainterPath()
    path.addRect(QRectF(centre - serif / 2, top, serif, bar))
    path.addRect(QRectF(centre - stem / 2, top, stem, bottom - top))
    path.addRect(QRectF(centre - serif / 2, bottom - bar, serif, bar))
    path = path.simplified()
    _paint(pixmap, path, scale, colour)
    return QCursor(pixmap, round(centre), round(centre))


def hand_cursor(scale: int, colour: str) -> QCursor:
    """The big pointing hand for links; hot spot at the fingertip."""
    pixmap, _ = _canvas(scale)
    margin = outline_width(scale) + 1
    unit = (BASE_SIZE * scale - 2 * margin) / 28.0

    def rect(x: float, y: float, width: float, height: float) -> QRectF:
        return QRectF(margin + x * unit, margin + y * unit, width * unit, height * unit)

    path = QPainterPath()
    radius = 2.2 * unit
    path.addRoundedRect(rect(8, 0, 5, 17), radius, radius)  # index finger
    path.addRoundedRect(rect(13, 8, 4.5, 10), radius, radius)
    path.addRoundedRect(rect(17.5, 9, 4.5, 9), radius, radius)
    path.addRoundedRect(rect(21.5, 10.5, 4.5, 8.5), radius, radius)
    path.addRoundedRect(rect(2, 12, 7.5, 5), radius, radius)  # thumb
    path.addRoundedRect(rect(5, 14, 21, 14), 4 * unit, 4 * unit)  # palm
    path = path.simplified()
    _paint(pixmap, path, scale, colour)
    tip = rect(8, 0, 5, 17)
    return QCursor(pixmap, round(tip.center().x()), round(tip.top()))


class BigPointer(QObject):
    """Applies the chosen pointer to every window of ``app``; see the module docstring for how."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._scale = 1
        self._colour = "black"
        self._cursors: dict[Qt.CursorShape, QCursor] = {}
        self._replaced: dict[QWidget, Qt.CursorShape | None] = {}
        """Widgets given a big cursor → the standard shape they had (None: they had none of their own)."""
        self._is_filtering = False
        self._is_applying = False

    @property
    def mode(self) -> tuple[int, str]:
        """``(scale, colour)``; scale 1 is the system pointer."""
        return (self._scale, self._colour)

    @property
    def scale(self) -> int:
        return self._scale

    @property
    def colour(self) -> str:
        return self._colour

    def set_mode(self, scale: int, colour: str = "black") -> None:
        """Scale 1 (system pointer), 2 or 3; colour "black" (white outline) or "white" (black outline)."""
        if scale not in SCALES:
            raise ValueError(f"pointer scale must be one of {SCALES}, not {scale!r}")
        if colour not in COLOURS:
            raise ValueError(f"pointer colour must be one of {COLOURS}, not {colour!r}")
        if (scale, colour) == (self._scale, self._colour):
            return
        self._restore()
        self._scale, self._colour = scale, colour
        if scale == 1:
            self._cursors = {}
            if self._is_filtering:
                self._app.removeEventFilter(self)
                self._is_filtering = False
            return
        self._cursors = {
            Qt.CursorShape.ArrowCursor: arrow_cursor(scale, colour),
            Qt.CursorShape.IBeamCursor: ibeam_cursor(scale, colour),
            Qt.CursorShape.PointingHandCursor: hand_cursor(scale, colour),
        }
        if not self._is_filtering:
            self._app.installEventFilter(self)
            self._is_filtering = True
        for widget in self._app.allWidgets():
            if widget.isWindow():
                self._give_arrow(widget)
            elif widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
                self._replace(widget)

    def cursor_for(self, shape: Qt.CursorShape) -> QCursor | None:
        """The big cursor that stands for a standard shape in the current mode, or None."""
        return self._cursors.get(shape)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.CursorChange:
            if not self._is_applying and isinstance(watched, QWidget):
                self._replace(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._give_arrow(watched)
        return False

    def _give_arrow(self, window: QWidget) -> None:
        if window.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
            self._replace(window)
            return
        cursor = self._cursors.get(Qt.CursorShape.ArrowCursor)
        if cursor is not None:
            self._set(window, cursor, None)

    def _replace(self, widget: QWidget) -> None:
        shape = widget.cursor().shape()
        if shape == Qt.CursorShape.BitmapCursor:
            return  # ours, or a custom cursor the widget chose: leave it
        big = self._cursors.get(shape)
        if big is None:
            # Shapes without a big version (resize, wait) keep theirs, but are still put back later.
            return
        original = self._replaced.get(widget, shape)
        self._set(widget, big, original)

    def _set(self, widget: QWidget, cursor: QCursor, original: Qt.CursorShape | None) -> None:
        if len(self._replaced) > _PRUNE_AT:
            # Menus and dialogs come and go: forget the widgets that no longer exist.
            self._replaced = {key: value for key, value in self._replaced.items() if isValid(key)}
        if widget not in self._replaced:
            self._replaced[widget] = original
        self._is_applying = True
        try:
            widget.setCursor(cursor)
        finally:
            self._is_applying = False

    def _restore(self) -> None:
        replaced, self._replaced = self._replaced, {}
        self._is_applying = True
        try:
            for widget, original in replaced.items():
                if not isValid(widget):
                    continue
                if original is None:
                    widget.unsetCursor()
                else:
                    widget.setCursor(original)
        finally:
            self._is_applying = False
