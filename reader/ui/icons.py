"""The toolbar's icons: simple shapes drawn with QPainter in the current palette's text colour.

Drawn rather than loaded so that they follow every colour scheme (the palette is read at paint time, so a
scheme change recolours them without rebuilding anything) and stay sharp at any size. Each shape is drawn on
a 24×24 grid. A checked toggle gets a check-mark badge in its corner, so its state shows by shape and not by
colour alone; a disabled one uses the palette's disabled text colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

Draw = Callable[[QPainter, QColor], None]


def _pen(painter: QPainter, colour: QColor, width: float = 2.0) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _polygon(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _filled(painter: QPainter, colour: QColor, *points: tuple[float, float]) -> None:
    _pen(painter, colour, 1.0)
    painter.setBrush(QBrush(colour))
    painter.drawPolygon(_polygon(*points))


def _line(painter: QPainter, x1: float, y1: float, x2: float, y2: float) -> None:
    painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def _sound(p: QPainter, c: QColor) -> None:
    _filled(p, c, (3, 9), (7, 9), (12, 4), (12, 20), (7, 15), (3, 15))
    _pen(p, c)
    p.drawArc(QRectF(9, 7, 8, 10), -60 * 16, 120 * 16)
    p.drawArc(QRectF(8, 3, 14, 18), -60 * 16, 120 * 16)


def _rate(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawArc(QRectF(3, 5, 18, 18), -30 * 16, 240 * 16)
    _line(p, 12, 14, 17, 8)
    p.setBrush(QBrush(c))
    p.drawEllipse(QPointF(12, 14), 1.5, 1.5)


def _arrow_points(dx: float = 0, dy: float = 0, scale: float = 1.0) -> list[tuple[float, float]]:
    shape = [(0, 0), (0, 16), (4, 12.5), (7, 19), (9.5, 18), (6.5, 11.5), (11.5, 11.5)]
    return [(dx + x * scale, dy + y * scale) for x, y in shape]


def _point_read(p: QPainter, c: QColor) -> None:
    _filled(p, c, *_arrow_points(3, 4, 1.05))
    _pen(p, c)
    p.drawArc(QRectF(12, 2, 6, 6), -45 * 16, 135 * 16)
    p.drawArc(QRectF(11, -1, 12, 12), -45 * 16, 135 * 16)


def _continuous_read(p: QPainter, c: QColor) -> None:
    _filled(p, c, (3, 5), (3, 19), (13, 12))
    _pen(p, c)
    for y in (6, 12, 18):
        _line(p, 16, y, 21, y)


def _scheme(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawEllipse(QPointF(12, 12), 9, 9)
    path = QPainterPath()
    path.moveTo(12, 3)
    path.arcTo(QRectF(3, 3, 18, 18), 90, 180)
    path.closeSubpath()
    p.fillPath(path, QBrush(c))


def _magnifier(p: QPainter, c: QColor, plus: bool) -> None:
    _pen(p, c, 2.2)
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    _pen(p, c, 3.0)
    _line(p, 15, 15, 21, 21)
    _pen(p, c, 2.0)
    _line(p, 7, 10, 13, 10)
    if plus:
        _line(p, 10, 7, 10, 13)


def _pointer(p: QPainter, c: QColor) -> None:
    points = _arrow_points(6, 2, 1.15)
    _filled(p, c, *points)


def _crosshair(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    _line(p, 12, 2, 12, 22)
    _line(p, 2, 12, 22, 12)
    p.drawEllipse(QPointF(12, 12), 4.5, 4.5)


def _caption(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawRoundedRect(QRectF(2, 3, 20, 18), 2, 2)
    p.fillRect(QRectF(4.5, 13, 15, 5.5), c)


def _text_only(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawRect(QRectF(5, 2, 14, 20))
    for y in (7, 11, 15):
        _line(p, 8, y, 16, y)
    _line(p, 8, 19, 13, 19)


def _convert(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    _line(p, 4, 8, 19, 8)
    _line(p, 15, 4, 19, 8)
    _line(p, 15, 12, 19, 8)
    _line(p, 20, 16, 5, 16)
    _line(p, 9, 12, 5, 16)
    _line(p, 9, 20, 5, 16)


def _reset(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2.2)
    p.drawArc(QRectF(4, 4, 16, 16), 120 * 16, 290 * 16)
    _filled(p, c, (2.5, 5), (9.5, 5.5), (5, 11))


def _help(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawEllipse(QPointF(12, 12), 9.5, 9.5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(14)
    p.setFont(font)
    p.drawText(QRectF(3, 3, 18, 18), Qt.AlignmentFlag.AlignCenter, "?")


def _more(p: QPainter, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(c))
    for x in (5, 12, 19):
        p.drawEllipse(QPointF(x, 12), 2.2, 2.2)


def _line_focus(p: QPainter, c: QColor) -> None:
    _pen(p, c, 1.0)
    faint = QColor(c)
    faint.setAlphaF(0.35)
    p.fillRect(QRectF(3, 3, 18, 4), faint)
    p.fillRect(QRectF(3, 17, 18, 4), faint)
    _pen(p, c, 2.0)
    p.drawRect(QRectF(2, 9, 20, 6))


def _text_settings(p: QPainter, c: QColor) -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    p.setFont(font)
    _pen(p, c)
    p.drawText(QRectF(0, 0, 16, 24), Qt.AlignmentFlag.AlignCenter, "A")
    font.setPixelSize(12)
    p.setFont(font)
    p.drawText(QRectF(13, 8, 11, 16), Qt.AlignmentFlag.AlignCenter, "a")


SHAPES: dict[str, Draw] = {
    "sound": _sound,
    "rate": _rate,
    "point_read": _point_read,
    "continuous_read": _continuous_read,
    "scheme": _scheme,
    "larger": lambda p, c: _magnifier(p, c, True),
    "smaller": lambda p, c: _magnifier(p, c, False),
    "pointer": _pointer,
    "crosshair": _crosshair,
    "caption": _caption,
    "text_only": _text_only,
    "convert": _convert,
    "reset": _reset,
    "help": _help,
    "more": _more,
    "line_focus": _line_focus,
    "text_settings": _text_settings,
}
"""Icon name → drawing; the names are the window's action names."""


def _badge(p: QPainter, palette: QPalette) -> None:
    # A check mark on a disc in the corner: the "on" state told by shape.
    back = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    fore = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    p.setPen(QPen(fore, 1.2))
    p.setBrush(QBrush(back))
    p.drawEllipse(QPointF(18.5, 18.5), 5.2, 5.2)
    _pen(p, fore, 2.0)
    p.drawPolyline(_polygon((15.8, 18.6), (17.8, 20.6), (21.2, 16.4)))


class GlyphIconEngine(QIconEngine):
    """Paints one of :data:`SHAPES` in the application palette's button text colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 24, side / 24)
        SHAPES[self.name](painter, colour)
        if state == QIcon.State.On and mode != QIcon.Mode.Disabled:
            _badge(painter, palette)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.name)


def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of :data:`SHAPES`)."""
    return QIcon(GlyphIconEngine(name))
