"""The reading view: a read-only ``QTextEdit`` showing one rendering, read by caret and screen reader.

Why a read-only ``QTextEdit`` rather than a ``QTextBrowser``: screen readers see it as read-only editable
text with a caret they can follow (platform-notes.md), and it never follows a link by itself. Links are
reported (``link_hovered``) when the mouse is over one or the keyboard focus lands on one, so the window
can show the address; nothing is ever opened from here. ``loadResource`` is closed: a document only sees
the images the renderer registered, never a file or URL it asks for by itself.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.ui import strings
from reader.ui.rendering import MAX_IMAGE_WIDTH, STYLE_SHEET, Rendering

DEFAULT_POINT_SIZE = 16.0
MIN_POINT_SIZE = 12.0
MAX_POINT_SIZE = 120.0
SIZE_STEPS = (12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48, 56, 64, 72, 84, 96, 108, 120)
DOCUMENT_MARGIN = 24

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
    "SimHei",
    "Droid Sans Fallback",
)
"""Sans-serif Simplified Chinese families, clearest first; large sans text reads best for low vision."""


@cache
def reading_family() -> str | None:
    """A family that covers Simplified Chinese, or None to leave the choice to the system."""
    available = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    present = set(available)
    for family in PREFERRED_FAMILIES:
        if family in present:
            return family
    return available[0] if available else None


def clamp_point_size(size: float) -> float:
    return min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)


def larger_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in SIZE_STEPS if s > size + 0.01), MAX_POINT_SIZE))


def smaller_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in reversed(SIZE_STEPS) if s < size - 0.01), MIN_POINT_SIZE))


class ReadingView(QTextEdit):
    """Shows a ``Rendering``; reflows to the window width; text size in points."""

    link_hovered = Signal(str)
    """The address of the link under the mouse or the keyboard focus; "" when it leaves the link."""
    content_painted = Signal()
    """Emitted once after the first paint of newly shown content (start-up timing, screenshots)."""

    def __init__(self, parent: QWidget | None = None, *, point_size: float = DEFAULT_POINT_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        control = strings.reading_view()
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        # Drops go to the main window, which opens the file.
        self.setAcceptDrops(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursorWidth(2)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self._point_size = clamp_point_size(point_size)
        self._hovered = ""
        self._awaiting_paint = False
        self._image_widths: dict[str, int] = {}
        self._fitted_width = -1
        self._apply_font()
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # Content

    def show_rendering(self, rendering: Rendering) -> None:
        """Replace the content; the caret goes to the top."""
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self.font())
        document.setDefaultStyleSheet(STYLE_SHEET)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self._image_widths = {}
        for image in rendering.images:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image.name), image.image)
            self._image_widths[image.name] = image.image.width()
        document.setHtml(rendering.html)
        # The previous document is a child of this view, so setDocument deletes it.
        self.setDocument(document)
        self._fitted_width = -1
        self._fit_images()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._awaiting_paint = True
        self.viewport().update()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Everything shown was registered by the renderer; refuse anything else (files, URLs).
        return None

    # Text size

    @property
    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, size: float) -> None:
        size = clamp_point_size(size)
        if size != self._point_size:
            self._point_size = size
            self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        family = reading_family()
        if family:
            font.setFamilies([family])
        font.setPointSizeF(self._point_size)
        self.setFont(font)

    # Images narrower than the window, so the text reflows and no horizontal scrolling is ever needed

    def _fit_images(self) -> None:
        if not self._image_widths:
            return
        available = max(self.viewport().width() - 2 * DOCUMENT_MARGIN - 8, 48)
        if available == self._fitted_width:
            return
        self._fitted_width = available
        document = self.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    image_format = char_format.toImageFormat()
                    natural = self._image_widths.get(image_format.name())
                    if natural:
                        wanted = min(natural, available, MAX_IMAGE_WIDTH)
                        if int(image_format.width()) != wanted:
                            scale = wanted / natural
                            image_format.setWidth(wanted)
                            image = document.resource(
                                QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                            )
                            height = getattr(image, "height", None)
                            if callable(height):
                                image_format.setHeight(round(height() * scale))
                            cursor = QTextCursor(document)
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(
                                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                            )
                            cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def sizeHint(self) -> QSize:
        return QSize(900, 700)

    # Links: reported, never followed

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._set_hovered(self.anchorAt(event.position().toPoint()))

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._set_hovered("")

    def _on_cursor_moved(self) -> None:
        # The caret inside a link's text counts as keyboard focus on that link.
        char_format = self.textCursor().charFormat()
        self._set_hovered(char_format.anchorHref() if char_format.isAnchor() else "")

    def _set_hovered(self, href: str) -> None:
        if href != self._hovered:
            self._hovered = href
            self.link_hovered.emit(href)

    # First paint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.content_painted.emit()
