"""The reading view: a read-only ``QTextEdit`` showing one rendering, read by caret and screen reader.

Why a read-only ``QTextEdit`` rather than a ``QTextBrowser``: screen readers see it as read-only editable
text with a caret they can follow (platform-notes.md), and it never follows a link by itself. Links are
reported (``link_hovered``) when the mouse is over one or the keyboard focus lands on one, so the window
can show the address; nothing is ever opened from here. ``loadResource`` is closed: a document only sees
the images the renderer registered, never a file or URL it asks for by itself.

Text settings (:class:`TextStyle`: size, spacing, font, bold, alignment) come in through
:meth:`ReadingView.apply_style`:

1. the font (family with a Chinese fallback, size, weight, letter spacing) becomes the document's default;
2. the rendering's HTML is read again into a new document with a style sheet whose spacing is in pixels
   for that font (Qt turns ``em`` into pixels once, when reading) and, for justified or centred text, one
   block format merged over all blocks before the document has a layout (~2 ms; ~1 s after);
3. the new document replaces the old one, and the reading position (the line at the top) and the caret
   are put back. Only the text above that position is laid out (Qt lays out lazily), so a change costs
   ~40 ms at the start of a 1,000,000-character book and more the further in the reader is.

The line-width limit only sets viewport margins (a centred column, no new layout of the text beyond the
new width). Width, font and style-sheet changes otherwise re-lay the text out lazily, which would jump the
view towards the start: the view keeps its reading position through those too.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget
from shiboken6 import delete, isValid

from reader.core.display import DisplayDocument
from reader.ui import strings
from reader.ui.rendering import MAX_IMAGE_WIDTH, Rendering, TextStyle, check_blocks, style_sheet
from reader.ui.settingscontroller import font_size_bounds

DEFAULT_POINT_SIZE = 16.0
MIN_POINT_SIZE, MAX_POINT_SIZE = font_size_bounds()
SIZE_STEPS = (12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48, 56, 64, 72, 84, 96, 108, 120)
DOCUMENT_MARGIN = 24
ALIGNMENTS = {
    "justify": Qt.AlignmentFlag.AlignJustify,
    "center": Qt.AlignmentFlag.AlignHCenter,
}
"""Block alignment per ``TextStyle.alignment``; left (the HTML's own) needs nothing."""
WHEEL_STEP = 120
"""One notch of a mouse wheel in eighths of a degree."""

LONG_TEXT_HTML = 300_000
"""Rendered HTML this long or longer is laid out without optional shaping (see ``_document_font``)."""

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


def _clamped(style: TextStyle) -> TextStyle:
    return dataclasses.replace(style, font_size_pt=clamp_point_size(style.font_size_pt))


def clamp_point_size(size: float) -> float:
    return min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)


def larger_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in SIZE_STEPS if s > size + 0.01), MAX_POINT_SIZE))


def smaller_size(size: float) -> float:
    return clamp_point_size(next((float(s) for s in reversed(SIZE_STEPS) if s < size - 0.01), MIN_POINT_SIZE))


class ReadingView(QTextEdit):
    """Shows a ``Rendering`` in a :class:`TextStyle`; reflows to the window width, never scrolls sideways."""

    link_hovered = Signal(str)
    """The address of the link under the mouse or the keyboard focus; "" when it leaves the link."""
    content_painted = Signal()
    """Emitted once after the first paint of newly shown content (start-up timing, screenshots)."""
    document_replaced = Signal(bool)
    """The view now shows a new ``QTextDocument``: ``True`` for new content, ``False`` for the same
    display document in a new style (positions, the reading and its highlight stay valid)."""
    zoom_requested = Signal(int)
    """Ctrl+wheel: +1 for one step larger, -1 for one step smaller; the window owns the size."""

    def __init__(self, parent: QWidget | None = None, *, style: TextStyle | None = None) -> None:
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
        # The side margins of a limited line width show the page colour, not the window's.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setCursorWidth(2)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self._style = _clamped(style if style is not None else TextStyle())
        self._font = self._make_font()
        self._rendering: Rendering | None = None
        self._hovered = ""
        self._awaiting_paint = False
        self._image_widths: dict[str, int] = {}
        self._fitted_width = -1
        self._side_margin = 0
        self._wheel_rest = 0
        self._is_restyling = False
        self._kept_position: int | None = None
        self.setFont(self._font)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # Content

    @property
    def display(self) -> DisplayDocument | None:
        """The display document shown (None before any, or for a free piece of HTML)."""
        return self._rendering.display if self._rendering is not None else None

    def show_rendering(self, rendering: Rendering) -> None:
        """Replace the content; the caret goes to the top."""
        self._rendering = rendering
        self._kept_position = None
        self._install(self._new_document(rendering), is_new_content=True)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _new_document(self, rendering: Rendering) -> QTextDocument:
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self._document_font(rendering))
        # Spacing, line height and alignment come with the HTML: setting them on the blocks of a document
        # that is already laid out costs ~1 s on a 1,000,000-character book, parsing the HTML again ~0.05 s.
        document.setDefaultStyleSheet(style_sheet(self._style, QFontMetricsF(self._font).height()))
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self._image_widths = {}
        for image in rendering.images:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image.name), image.image)
            self._image_widths[image.name] = image.image.width()
        document.setHtml(rendering.html)
        if rendering.display is not None:
            check_blocks(document.blockCount(), rendering.display)
        alignment = ALIGNMENTS.get(self._style.alignment)
        if alignment is not None:
            # Cheap here (~2 ms for a book): the document has no layout yet.
            block_format = QTextBlockFormat()
            block_format.setAlignment(alignment)
            cursor = QTextCursor(document)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(block_format)
        return document

    def _install(self, document: QTextDocument, *, is_new_content: bool) -> None:
        old = self.document()
        # Highlights hold cursors into the old document, which is deleted below: drop them first (the
        # reading's owner puts them back on the new document when it hears ``document_replaced``).
        self.setExtraSelections([])
        self.setDocument(document)
        # setDocument deletes only the document Qt made itself; the reader's own are this view's children.
        if old is not document and isValid(old) and old.parent() is self:
            # Not deleteLater: nested event loops (dialogs, tests, benchmarks) would keep every old book.
            QTimer.singleShot(0, lambda: delete(old) if isValid(old) else None)
        self._fitted_width = -1
        self._fit_images()
        self._awaiting_paint = True
        self.viewport().update()
        self.document_replaced.emit(is_new_content)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Everything shown was registered by the renderer; refuse anything else (files, URLs).
        return None

    # Text style

    @property
    def text_style(self) -> TextStyle:
        return self._style

    @property
    def point_size(self) -> float:
        return self._style.font_size_pt

    def set_point_size(self, size: float) -> None:
        self.apply_style(dataclasses.replace(self._style, font_size_pt=size))

    def apply_style(self, style: TextStyle) -> None:
        """Show the text in ``style``; the line at the top of the view and the caret stay where they are."""
        style = _clamped(style)
        if style == self._style:
            return
        needs_new_document = dataclasses.replace(style, max_line_width_chars=0) != dataclasses.replace(
            self._style, max_line_width_chars=0
        )
        self._style = style
        if needs_new_document:
            self._font = self._make_font()
            if self._rendering is not None:
                self._restyle(self._rendering)
            else:
                self.setFont(self._font)
        self._update_side_margins()

    def _restyle(self, rendering: Rendering) -> None:
        top = self.reading_position()
        caret = self.textCursor()
        anchor, position = caret.anchor(), caret.position()
        document = self._new_document(rendering)
        self._is_restyling = True
        try:
            self._install(document, is_new_content=False)
            self.setFont(self._font)
            self._update_side_margins()
        finally:
            self._is_restyling = False
        restored = QTextCursor(document)
        end = document.characterCount() - 1
        restored.setPosition(min(anchor, end))
        restored.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(restored)
        self.scroll_to_position(top)

    def top_position(self) -> int:
        """The document position at the top left of the view: the start of the first line shown."""
        return self.cursorForPosition(QPoint(0, 0)).position()

    def reading_position(self) -> int:
        """Where the reader is: the position the view last kept at the top while it is still on the top
        line, else the top line's start. Keeping the same position, rather than each time the start of
        the line now holding it, stops repeated size changes from creeping back through the text."""
        top = self.top_position()
        kept = self._kept_position
        if kept is None or kept < top:
            return top
        block = self.document().findBlock(top)
        line = block.layout().lineForTextPosition(top - block.position())
        line_end = block.position() + line.textStart() + line.textLength() if line.isValid() else top
        return kept if kept < line_end else top

    def scroll_to_position(self, position: int) -> None:
        """Scroll so that the line holding ``position`` is the first line in the view."""
        document = self.document()
        block = document.findBlock(min(position, document.characterCount() - 1))
        if not block.isValid():
            return
        layout = document.documentLayout()
        # Lays the document out up to this block (the rest stays lazy) and gives its place.
        block_top = layout.blockBoundingRect(block).top()
        line_top = 0.0
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount():
            line = text_layout.lineForTextPosition(position - block.position())
            if line.isValid():
                line_top = line.y()
        target = round(block_top + line_top)
        self._kept_position = position
        bar = self.verticalScrollBar()
        if target > bar.maximum():
            # The range still reflects the part laid out so far (asking for the full size would lay out
            # the whole book); Qt widens it as the layout goes on.
            bar.setMaximum(target)
        bar.setValue(target)

    def _make_font(self) -> QFont:
        font = QFont(self.font())
        families = [self._style.font_family] if self._style.font_family else []
        automatic = reading_family()
        if automatic and automatic not in families:
            families.append(automatic)
        if families:
            font.setFamilies(families)
        font.setPointSizeF(self._style.font_size_pt)
        font.setWeight(QFont.Weight.Bold if self._style.bold else QFont.Weight.Normal)
        pixels = QFontInfo(font).pixelSize() or self._style.font_size_pt * 96 / 72
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, self._style.letter_spacing_em * pixels)
        return font

    def _document_font(self, rendering: Rendering) -> QFont:
        """The document's default font: the reading font, without optional shaping for a long text.

        Keeping the reading position after a text-size step lays the text out down to it, and shaping is
        half of that: skipping it where the script does not need it (Han characters never do) takes a
        step near the end of a 1,000,000-character book from ~230 to ~140 ms with the same line breaks.
        The cost is cosmetic (no kerning or ligatures in Latin words; "——" shows a hairline gap), so
        short texts, i.e. nearly every article, keep full shaping.
        """
        if len(rendering.html) < LONG_TEXT_HTML:
            return self._font
        font = QFont(self._font)
        font.setStyleStrategy(font.styleStrategy() | QFont.StyleStrategy.PreferNoShaping)
        return font

    def changeEvent(self, event: QEvent) -> None:
        # A new style sheet (a colour scheme) re-polishes the view and Qt re-lays the text out, lazily:
        # the scroll range shrinks for a moment and the view would jump back. Keep the top line in place.
        relayouts = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        keep = relayouts and self._rendering is not None and not self._is_restyling
        top = self.reading_position() if keep else 0
        super().changeEvent(event)
        # A style sheet that sets a font on every QTextEdit must not override the reader's text size.
        if event.type() == QEvent.Type.FontChange:
            font = self._font if self._rendering is None else self._document_font(self._rendering)
            if self.document().defaultFont() != font:
                self.document().setDefaultFont(font)
        if top > 0 and self.reading_position() != top:
            self.scroll_to_position(top)

    # Line width: a centred column, by viewport margins (instant; no relayout of the text beyond the width)

    def _update_side_margins(self) -> None:
        chars = self._style.max_line_width_chars
        side = 0
        if chars > 0:
            metrics = QFontMetricsF(self._font)
            column = chars * metrics.horizontalAdvance("国") + 2 * DOCUMENT_MARGIN + 4
            bar = self.verticalScrollBar()
            total = self.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
            side = max(0, int((total - column) / 2))
        if side != self._side_margin:
            self._side_margin = side
            self.setViewportMargins(side, 0, side, 0)

    @property
    def side_margin(self) -> int:
        return self._side_margin

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+wheel changes the text size in the window's steps (QTextEdit would zoom on its own).
            self._wheel_rest += event.angleDelta().y()
            while abs(self._wheel_rest) >= WHEEL_STEP:
                step = 1 if self._wheel_rest > 0 else -1
                self._wheel_rest -= step * WHEEL_STEP
                self.zoom_requested.emit(step)
            event.accept()
            return
        super().wheelEvent(event)

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
        # A new width re-lays the text out lazily: the scroll range shrinks for a moment and the view
        # would jump back towards the start. Keep the line that was at the top there (also when a colour
        # scheme brings wider scroll bars).
        keep = (
            self._rendering is not None
            and not self._is_restyling
            and event.oldSize().width() != event.size().width()
        )
        top = self.reading_position() if keep else 0
        super().resizeEvent(event)
        self._update_side_margins()
        self._fit_images()
        if top > 0:
            self.scroll_to_position(top)

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
