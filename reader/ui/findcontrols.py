"""Find in the article (Ctrl+F, F3 / Shift+F3): the find bar under the reading view and the places found.

The bar holds the query field, "第 n 处，共 m 处", 上一处 / 下一处, 从这里朗读 and 关闭. Typing finds every
place in what is shown (``reader.core.textsearch``: the converted text or the whole page when that is shown;
simplified and traditional alike); the place at or after the caret becomes the current one, is selected
(so the caret is there and a screen reader reads from it) and scrolled into view, and every place is
marked in the scheme's colours: the current one as a selection, the others underlined (a shape, not only
a colour). Each move is announced once with the count and the line found. Escape or 关闭 hides the bar
and puts the focus back in the reading view, at the place found; 从这里朗读 starts 连读 there.

The places are found again when another document is shown (article ↔ whole page, 简繁) and marked
again when the view moves to another section of a long text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget

from reader.core.display import DocPosition
from reader.core.textsearch import MAX_MATCHES, Match, find_all, fold_all, nearest
from reader.ui import strings
from reader.ui.positions import cursor_position, range_cursor
from reader.ui.widgets import buddy_label, describe

if TYPE_CHECKING:
    from reader.ui.windowparts import Window

FIND_DELAY_MS = 150
"""Typing pauses this long before a (long) text is searched again."""


class _Field(QLineEdit):
    """The query field: Enter finds the next place, Shift+Enter the previous one, Escape closes the bar."""

    stepped = Signal(bool)
    closed = Signal()

    def event(self, event: QEvent) -> bool:
        # Escape is 停止朗读's key window-wide; in this field it closes the bar, as in every browser.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.stepped.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """The bar's widgets; :class:`FindControls` does the finding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        bar = strings.find_bar()
        self.setAccessibleName(bar.name)
        self.setAccessibleDescription(bar.description)
        field = strings.find_field()
        self.field = _Field(self)
        self.field.setObjectName("findField")
        # No clear button: Qt gives it no accessible name (an unnamed button to a screen reader), and
        # Ctrl+F selects the query anyway, so typing replaces it.
        describe(self.field, field)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous = self._button("findPrevious", strings.find_previous_button())
        self.next = self._button("findNext", strings.find_next_button())
        self.read = self._button("findRead", strings.read_from_hit_button())
        self.close_button = self._button("findClose", strings.close_find_button())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(buddy_label(self, field, self.field))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous, self.next, self.read, self.close_button):
            layout.addWidget(button)

    def _button(self, name: str, control: strings.Control) -> QPushButton:
        button = QPushButton(control.label, self)
        button.setObjectName(name)
        describe(button, control)
        button.setAutoDefault(False)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.field.closed.emit()
            return
        super().keyPressEvent(event)


class FindControls(QObject):
    """Finds in the reading view for the window's find commands."""

    def __init__(self, window: Window, bar: FindBar) -> None:
        super().__init__(window.widget())
        self.window = window
        self.bar = bar
        self.matches: list[Match] = []
        self.current = -1
        self._folded: tuple[object, list[str]] | None = None
        """(the display document, its texts normalised): made once per document, searched per query."""
        self._timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._timer.timeout.connect(lambda: self.find(is_typing=True))
        bar.hide()
        bar.field.textChanged.connect(lambda _text: self._timer.start())
        bar.field.stepped.connect(self.step)
        bar.field.closed.connect(self.close)
        bar.previous.clicked.connect(lambda: self.step(False))
        bar.next.clicked.connect(lambda: self.step(True))
        bar.read.clicked.connect(self.read_from_here)
        bar.close_button.clicked.connect(self.close)
        c = window.commands
        c["find"].triggered.connect(self.open)
        c["find_next"].triggered.connect(lambda: self.step(True))
        c["find_previous"].triggered.connect(lambda: self.step(False))
        window.reading_view.document_replaced.connect(self._on_document_replaced)
        self._show_count()

    # --- the bar ----------------------------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the selected text (if any) as the query, the query selected."""
        view = self.window.reading_view
        selected = view.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected and len(selected) <= 100:
            self.bar.field.setText(selected)
        self.bar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()

    def close(self) -> None:
        """Hide the bar, drop the marks, and give the focus back to the reading view (at the place found)."""
        self._timer.stop()
        self.bar.hide()
        self.window.reading_view.set_highlights("found", [])
        self.window.reading_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def query(self) -> str:
        return self.bar.field.text().strip()

    # --- finding ----------------------------------------------------------------------------------------

    def find(self, *, is_typing: bool = False) -> None:
        """Find the query in what is shown; the place at or after the caret becomes the current one."""
        self._timer.stop()
        display = self.window.reading_view.display
        query = self.query
        self.matches = []
        if display is not None and query:
            if self._folded is None or self._folded[0] is not display:
                self._folded = (display, fold_all(display.texts))
            self.matches = find_all(display.texts, query, folded=self._folded[1])
        caret = cursor_position(self.window.reading_view.textCursor())
        if is_typing:
            # While typing, the place found so far stays a candidate: search from where it starts.
            selection = self.window.reading_view.textCursor()
            start = selection.selectionStart()
            anchor = range_cursor(self.window.reading_view.document(), caret)
            anchor.setPosition(start)
            caret = cursor_position(anchor)
        self.current = nearest(self.matches, caret.block, caret.offset)
        self._go()

    def step(self, is_forward: bool) -> None:
        """The next (or previous) place, wrapping; F3 with the bar hidden finds the last query again."""
        if not self.query:
            self.open()
            return
        if self._timer.isActive() or not self.matches:
            self.find()
            if not self.matches:
                return
        if is_forward:
            self.current = (self.current + 1) % len(self.matches)
        else:
            self.current = (self.current - 1) % len(self.matches)
        self._go()

    def _go(self) -> None:
        view = self.window.reading_view
        self._show_count()
        if view.display is None:
            self.window.announce(strings.find_no_article())
            return
        if not self.matches:
            view.set_highlights("found", [])
            if self.query:
                self.window.announce(strings.find_none(self.query))
            return
        match = self.matches[self.current]
        view.show_block(match.block)
        start, end = DocPosition(match.block, match.start), DocPosition(match.block, match.end)
        view.setTextCursor(range_cursor(view.document(), start, end))
        view.ensureCursorVisible()
        self._mark()
        line = view.display.blocks[match.block].text
        around = line[max(0, match.start - 20) : match.end + 40].strip()
        self.window.announce(strings.find_spoken(self.count_text(), around))

    def count_text(self) -> str:
        """ "第 n 处，共 m 处" for the current place ("" when nothing was found)."""
        if not self.matches or self.current < 0:
            return ""
        if len(self.matches) >= MAX_MATCHES:
            return strings.find_count_at_least(self.current + 1, len(self.matches))
        return strings.find_count(self.current + 1, len(self.matches))

    def _show_count(self) -> None:
        text = self.count_text() or (strings.find_none(self.query) if self.query else "")
        self.bar.count.setText(text)
        self.bar.count.setAccessibleName(text)
        has_matches = bool(self.matches)
        for button in (self.bar.previous, self.bar.next, self.bar.read):
            button.setEnabled(has_matches)

    def _mark(self) -> None:
        """Underline every place found in the section shown; the current one is the selection."""
        view = self.window.reading_view
        if not self.bar.isVisible() or not self.matches:
            view.set_highlights("found", [])
            return
        first, last = view.section
        palette = view.palette()
        others = QTextCharFormat()
        others.setFontUnderline(True)
        others.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        others.setUnderlineColor(palette.color(QPalette.ColorRole.Text))
        current = QTextCharFormat()
        current.setBackground(palette.color(QPalette.ColorRole.Highlight))
        current.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        selections = []
        for index, match in enumerate(self.matches):
            if not first <= match.block < last:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = range_cursor(
                view.document(), DocPosition(match.block, match.start), DocPosition(match.block, match.end)
            )
            selection.format = current if index == self.current else others
            selections.append(selection)
        view.set_highlights("found", selections)

    def _on_document_replaced(self, is_new_content: bool) -> None:
        if not self.bar.isVisible() or not self.query:
            return
        if is_new_content:
            self.matches = []
            self._folded = None
            QTimer.singleShot(0, self, self.find)  # after the view has put the caret back
        else:
            self._mark()

    def read_from_here(self) -> None:
        """Start 连读 at the place found."""
        if not self.matches:
            return
        speech = self.window.speech
        if speech.say_all_state != "idle":
            speech.stop()
        view = self.window.reading_view
        match = self.matches[self.current]
        view.show_block(match.block)
        view.setTextCursor(range_cursor(view.document(), DocPosition(match.block, match.start)))
        self.window.commands["continuous_read"].trigger()
