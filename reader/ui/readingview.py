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

A long document (over :data:`SECTION_CHARS` characters) is shown a section at a time, as e-book readers
show a chapter: the view's document holds about that many characters of display blocks around the reading
position, and moves on to the next section when the reader (or the caret, or speech, or a search) comes
near an edge of the one shown (:meth:`ReadingView.show_block`). So a text-size step lays out at most one
section, wherever the reader is in a 1,000,000-character book. Positions outside the view
(``DocPosition``) always count in the whole display document (``reader.ui.positions``).

The line-width limit only sets viewport margins (a centred column, no new layout of the text beyond the
new width). Width, font and style-sheet changes otherwise re-lay the text out lazily, which would jump the
view towards the start: the view keeps its reading position through those too.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
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

from reader.core.display import DisplayDocument, DocPosition
from reader.ui import strings
from reader.ui.positions import FIRST_BLOCK, doc_position, document_position, line_span
from reader.ui.readingfont import (
    clamped,
    document_font,
    fit_images,
    reading_font,
)
from reader.ui.rendering import (
    MAX_IMAGE_WIDTH,
    Rendering,
    TextStyle,
    check_blocks,
    style_sheet,
)
from reader.ui.sections import EDGE_BLOCKS, Sections

if TYPE_CHECKING:
    from reader.ui.pinyinview import PinyinPainter

DOCUMENT_MARGIN = 24
ALIGNMENTS = {
    "justify": Qt.AlignmentFlag.AlignJustify,
    "center": Qt.AlignmentFlag.AlignHCenter,
}
"""Block alignment per ``TextStyle.alignment``; left (the HTML's own) needs nothing."""
WHEEL_STEP = 120
"""One notch of a mouse wheel in eighths of a degree."""
MIN_CARET_WIDTH = 2
CARET_WIDTH_DIVISOR = 12
"""The caret is 1/12 of the text's pixel size wide, never under 2 px: at 96 pt (128 px) it is 11 px."""


HIGHLIGHT_LAYERS = ("found", "speech")
"""The reading view's highlight layers, bottom first."""


def caret_width(pixel_size: int) -> int:
    """The caret's width in px for text ``pixel_size`` px high."""
    return max(MIN_CARET_WIDTH, round(pixel_size / CARET_WIDTH_DIVISOR))


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
        self._highlights: dict[str, list[QTextEdit.ExtraSelection]] = {}
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
        self.setCursorWidth(MIN_CARET_WIDTH)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self._style = clamped(style if style is not None else TextStyle())
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
        self._sections = Sections()
        self._is_moving_section = False
        self._is_edge_check_pending = False
        self.pinyin: PinyinPainter | None = None
        """Paints 拼音 / 注音 over the text when set (``reader.ui.pinyinview``)."""
        self.setFont(self._font)
        self._update_caret()
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._check_edges)

    # Content

    @property
    def display(self) -> DisplayDocument | None:
        """The display document shown (None before any, or for a free piece of HTML)."""
        has_display = self._rendering is not None and self._rendering.display is not None
        return self._sections.display if has_display else None

    @property
    def section(self) -> tuple[int, int]:
        """The display blocks ``start, end`` the view's document holds."""
        return self._sections.bounds

    def show_display(
        self, display: DisplayDocument, images: dict[str, QImage] | None = None, at: DocPosition | None = None
    ) -> None:
        """Show ``display`` (a long one from the section holding ``at``); the caret goes to the top of it."""
        self._sections.reset(display, images)
        self._sections.bounds = (-1, -1)
        rendering = self._sections.render_around(at.block if at is not None else 0)
        assert rendering is not None
        self.show_rendering(rendering)

    def show_block(self, block: int) -> bool:
        """Make sure display block ``block`` is in the view's document; True when the section moved (the
        document was replaced by another section: ``document_replaced(False)``)."""
        start, end = self._sections.bounds
        if self._sections.display is None or start <= block < end:
            return False
        self._move_section(block)
        return True

    def _move_section(self, block: int) -> None:
        caret = self.textCursor()
        document = self.document()
        anchor, position = doc_position(document, caret.anchor()), doc_position(document, caret.position())
        rendering = self._sections.render_around(block)
        if rendering is None:
            return
        self._rendering = rendering
        moving, self._is_moving_section = self._is_moving_section, True
        try:
            self._install(self._new_document(rendering), is_new_content=False)
            new = self.document()
            cursor = QTextCursor(new)
            cursor.setPosition(document_position(new, anchor))
            cursor.setPosition(document_position(new, position), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
        finally:
            self._is_moving_section = moving

    def scroll_to(self, position: DocPosition) -> None:
        """Scroll so that the line holding display position ``position`` is the first line in the view."""
        moving, self._is_moving_section = self._is_moving_section, True
        try:
            if self._sections.display is not None and self._sections.is_near_edge(position.block):
                self._move_section(position.block)
            self.scroll_to_position(document_position(self.document(), position))
        finally:
            self._is_moving_section = moving

    def reading_place(self) -> DocPosition:
        """The reading position (see :meth:`reading_position`) as a display position."""
        return doc_position(self.document(), self.reading_position())

    def _check_edges(self, *_args: object) -> None:
        # After the events in hand: a scroll in the middle of a new layout must not move the section.
        if not self._is_edge_check_pending and not self._is_moving_section and not self._is_restyling:
            self._is_edge_check_pending = True
            QTimer.singleShot(0, self._move_at_edges)

    def _move_at_edges(self) -> None:
        """Near an edge of the section shown, with more of the document beyond it: move on."""
        self._is_edge_check_pending = False
        sections = self._sections
        if not isValid(self) or self._is_moving_section or sections.display is None or sections.is_whole:
            return
        top = self.cursorForPosition(QPoint(0, 0)).block().blockNumber()
        bottom = self.cursorForPosition(QPoint(0, self.viewport().height() - 1)).block().blockNumber()
        if sections.is_at_edge(top, bottom):
            place = self.reading_place()
            self._is_moving_section = True
            try:
                self._move_section(place.block)  # a section around the top line: room on both sides
                self.scroll_to_position(document_position(self.document(), place))
            finally:
                self._is_moving_section = False

    def show_rendering(self, rendering: Rendering) -> None:
        """Replace the content; the caret goes to the top."""
        if rendering.display is not None and rendering.display is not self._sections.display:
            self._sections.reset(rendering.display)
            self._sections.bounds = (rendering.first_block, rendering.first_block + rendering.block_count)
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
        document.setProperty(FIRST_BLOCK, rendering.first_block)
        if rendering.display is not None:
            check_blocks(document.blockCount(), rendering.display, rendering.block_count)
        alignment = ALIGNMENTS.get(self._style.alignment)
        if alignment is not None:
            # Cheap here (~2 ms for a book): the document has no layout yet.
            block_format = QTextBlockFormat()
            block_format.setAlignment(alignment)
            cursor = QTextCursor(document)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(block_format)
        return document

    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show ``selections`` as highlight layer ``layer`` ("found" under "speech": what is being heard
        stays visible over the places found)."""
        self._highlights[layer] = list(selections)
        self.setExtraSelections([s for name in HIGHLIGHT_LAYERS for s in self._highlights.get(name, [])])

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        """The selections of highlight layer ``layer`` (empty when none)."""
        return list(self._highlights.get(layer, []))

    def _install(self, document: QTextDocument, *, is_new_content: bool) -> None:
        old = self.document()
        # Highlights hold cursors into the old document, which is deleted below: drop them first (their
        # owners put them back on the new document when they hear ``document_replaced``).
        self._highlights.clear()
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
        style = clamped(style)
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
            self._update_caret()
        self._update_side_margins()

    def _restyle(self, rendering: Rendering) -> None:
        top = self.reading_position()
        caret = self.textCursor()
        anchor, position = caret.anchor(), caret.position()
        document = self._new_document(rendering)
        self._is_restyling = True
        moving, self._is_moving_section = self._is_moving_section, True
        try:
            self._install(document, is_new_content=False)
            self.setFont(self._font)
            self._update_side_margins()
            restored = QTextCursor(document)
            end = document.characterCount() - 1
            restored.setPosition(min(anchor, end))
            restored.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(restored)
            self._is_restyling = False
            self.scroll_to_position(top)
        finally:
            self._is_restyling = False
            self._is_moving_section = moving

    def top_position(self) -> int:
        """The document position at the top left of the view: the start of the first line shown (below
        the room kept for the readings painted above it, when there is some)."""
        return self.cursorForPosition(QPoint(0, self.room_above())).position()

    def room_above(self) -> int:
        """Pixels kept above the top line when scrolling to it: the readings painted over the text
        (``reader.ui.pinyinview``) stay in view; 0 without them."""
        if self.pinyin is None:
            return 0
        return round(self._style.pinyin_band * QFontInfo(self._font).pixelSize() * 1.5)

    def reading_position(self) -> int:
        """Where the reader is: the position the view last kept at the top while it is still on the top
        line, else the top line's start. Keeping the same position, rather than each time the start of
        the line now holding it, stops repeated size changes from creeping back through the text.

        Told from the kept position's own line, not by hit-testing the top of the view: right after a
        restyle the layout below is still lazy and a hit test there answers the section's end."""
        kept = self._kept_position
        if kept is not None:
            line = line_span(self.document(), kept)
            # The scroll value is the line's top rounded to a pixel.
            value = self.verticalScrollBar().value() + self.room_above()
            if line is not None and line[0] - 1 < value < line[1]:
                return kept
        return self.top_position()

    def scroll_to_position(self, position: int) -> None:
        """Scroll so that the line holding ``position`` is the first line in the view."""
        document = self.document()
        block = document.findBlock(min(position, document.characterCount() - 1))
        if not block.isValid():
            return
        line = line_span(document, position)
        top = line[0] if line is not None else document.documentLayout().blockBoundingRect(block).top()
        target = max(0, round(top) - self.room_above())
        self._kept_position = position
        bar = self.verticalScrollBar()
        if target > bar.maximum():
            # The range still reflects the part laid out so far (asking for the full size would lay out
            # the whole book); Qt widens it as the layout goes on.
            bar.setMaximum(target)
        bar.setValue(target)

    def _update_caret(self) -> None:
        """The caret grows with the text (:func:`caret_width`), so it stays findable at every size."""
        self.setCursorWidth(caret_width(QFontInfo(self._font).pixelSize()))

    def _make_font(self) -> QFont:
        return reading_font(self.font(), self._style)

    def _document_font(self, rendering: Rendering) -> QFont:
        return document_font(self._font, len(rendering.html))

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
        if available != self._fitted_width:
            self._fitted_width = available
            fit_images(self.document(), self._image_widths, min(available, MAX_IMAGE_WIDTH))

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
        if not self._is_moving_section and self._sections.display is not None:
            # The caret at an edge of the section (keyboard reading): the next section comes.
            number = self.textCursor().block().blockNumber()
            if self._sections.is_at_edge(number + 1 - EDGE_BLOCKS, number - 1 + EDGE_BLOCKS):
                QTimer.singleShot(0, self._follow_caret)
        # The caret inside a link's text counts as keyboard focus on that link.
        char_format = self.textCursor().charFormat()
        self._set_hovered(char_format.anchorHref() if char_format.isAnchor() else "")

    def _follow_caret(self) -> None:
        if self._sections.display is None or not isValid(self):
            return
        place = doc_position(self.document(), self.textCursor().position())
        self._move_section(place.block)
        self.ensureCursorVisible()

    def _set_hovered(self, href: str) -> None:
        if href != self._hovered:
            self._hovered = href
            self.link_hovered.emit(href)

    # First paint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.pinyin is not None and self._rendering is not None:
            painter = QPainter(self.viewport())
            try:
                self.pinyin.paint(painter, event.rect())
            finally:
                painter.end()
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.content_painted.emit()
