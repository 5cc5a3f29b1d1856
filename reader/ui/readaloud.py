"""Reading aloud in the window: 连读, 指读, the selection, the highlight of what is heard, confirmations.

:class:`ReadAloud` connects the window's speech commands to a :class:`~reader.ui.speech.SpeechService` and
shows what is being said:

- **连读** (continuous reading) starts at the caret when it is on screen, else at the first line shown, and
  goes to the end; clicking a paragraph while reading goes on from the clicked sentence. The spoken
  sentence gets the scheme's highlight colours (≥ 7:1 on every scheme) and, when the voice gives word
  times, the word being heard is underlined as well (so the place is not shown by colour alone). The view
  scrolls to keep the sentence in sight, after a restyle too; the caption strip shows it. When the reading
  stops or ends, the caret is at the start of the sentence last heard, so the reader goes on from there
  with the keyboard (or starts 连读 again there).
- **指读** (point reading) speaks the sentence under the pointer after it rests for :data:`DWELL_MS`, the
  name of any other control under it, and the name of every control that gets keyboard focus.
- Spoken confirmations of switches (“大字幕已开启”) go through :meth:`ReadAloud.confirm`, which stays quiet
  while a screen reader runs (it already says the change) unless the reader asked for them always.
Speech reads what the view shows, its display document (``reader.core.display``): with 简繁 conversion on,
the converted text. When the view's document is replaced (:meth:`ReadAloud.content_replaced`):

1. the same display document in a new style (text size, spacing, font): the reading goes on untouched and
   the highlight is put back on the new document;
2. the same text shown another way (a 简繁 conversion of it): the reading goes on from the start of the
   sentence being heard, mapped into the new text;
3. other text (another file, article ↔ whole page): the reading stops cleanly.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from reader.core.display import DisplayDocument, DocPosition
from reader.speech.utterances import BlockList, Position, ReadingText, Utterance
from reader.ui import screenreader
from reader.ui.aids.caption import clean_sentence, sentence_range_at
from reader.ui.positions import cursor_position, doc_position, range_cursor
from reader.ui.readingview import ReadingView
from reader.ui.speech import SpeechService

DWELL_MS = 450
"""How long the pointer rests on something before 指读 speaks it."""


class ReadAloud(QObject):
    """The window's speech: commands in, highlight/caption/scrolling out. Owned by the main window."""

    def __init__(self, view: ReadingView, service: SpeechService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.service = service
        self.sound = True
        self.word_highlight = True
        self.point_read = False
        self.confirm_mode = "auto"
        self.show_caption: object = None
        """A callable taking the spoken text (the caption feeder's ``show_spoken``), set by the window."""
        self._sentence: Utterance | None = None
        self._word: tuple[int, int] | None = None
        self._reading: DisplayDocument | None = None
        """The display document the current reading reads."""
        self._last_pointed: tuple[int, int] | str | None = None
        self._listening = False
        self._follows_caret = False
        """Whether the caret goes to the sentence last heard when the reading stops (连读, not selections)."""
        self._heard: tuple[DisplayDocument, DocPosition] | None = None
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(DWELL_MS)
        self._dwell.timeout.connect(self._speak_pointed)
        service.sentence_started.connect(self._on_sentence)
        service.word_started.connect(self._on_word)
        service.state_changed.connect(self._on_state)
        view.viewport().installEventFilter(self)
        view.document_replaced.connect(self.content_replaced)

    # --- reading -----------------------------------------------------------------------------------------

    def text(self) -> ReadingText:
        """What a reading started now reads: the view's display document."""
        display = self.view.display
        self._reading = display
        return display if display is not None else BlockList([])

    def start_position(self) -> Position:
        """The caret when it is in sight, else the first line shown."""
        cursor = self.view.textCursor()
        rect = self.view.cursorRect(cursor)
        if not self.view.viewport().rect().intersects(rect):
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self.view.top_position())
        return _position(cursor_position(cursor))

    def read_all(self) -> bool:
        """连读 from :meth:`start_position`; False (and nothing happens) when the sound is off."""
        if not self.sound:
            return False
        self._follows_caret = True
        self.service.read_from(self.text(), self.start_position())
        return True

    def read_from_point(self, viewport_point: QPoint) -> None:
        found = sentence_range_at(self.view, viewport_point)
        if found is None:
            return
        position = doc_position(self.view.document(), found[0])
        self._follows_caret = True
        self.service.read_from(self.text(), _position(position))

    def read_selection(self) -> bool:
        """Read the selected text; False when nothing is selected or the sound is off."""
        cursor = self.view.textCursor()
        if not self.sound or not cursor.hasSelection():
            return False
        document = self.view.document()
        start = doc_position(document, cursor.selectionStart())
        end = doc_position(document, cursor.selectionEnd())
        self._follows_caret = False
        self._heard = None
        self.service.read_range(self.text(), _position(start), _position(end))
        return True

    def toggle_pause(self) -> None:
        if self.service.state == "paused":
            self.service.resume()
        elif self.service.state == "reading":
            self.service.pause()

    def stop(self) -> None:
        self.service.stop()
        self._place_caret()
        self._clear_highlight()

    def confirm(self, message: str) -> None:
        """A spoken confirmation of a switch, unless the sound is off or a screen reader already says it."""
        if not self.sound or self.confirm_mode == "never":
            return
        if self.confirm_mode == "auto" and screenreader.is_running():
            return
        self.service.announce(message)

    # --- what is heard -------------------------------------------------------------------------------------

    def _on_sentence(self, utterance: Utterance) -> None:
        text = utterance.text
        if callable(self.show_caption):
            self.show_caption(clean_sentence(text))
        if utterance.is_message:
            return
        self._sentence = utterance
        self._word = None
        display = self.view.display
        if self._follows_caret and display is not None and self.service.is_saying_all:
            self._heard = (display, DocPosition(utterance.block, utterance.start))
        self._show_highlight()
        self._keep_in_sight(utterance)

    def _on_word(self, utterance: Utterance, start: int, end: int) -> None:
        if not self.word_highlight or utterance is not self._sentence:
            return
        self._word = (start, end)
        self._show_highlight()

    def _on_state(self, state: str) -> None:
        if state == "idle":
            self._place_caret()
            self._clear_highlight()

    def _place_caret(self) -> None:
        """The reading stopped or ended: the caret to the start of the sentence last heard."""
        heard, self._heard = self._heard, None
        if heard is None or heard[0] is not self.view.display or not shiboken6.isValid(self.view):
            return
        self.view.show_block(heard[1].block)
        self.view.setTextCursor(range_cursor(self.view.document(), heard[1]))

    def _clear_highlight(self) -> None:
        self._sentence = None
        self._word = None
        self.view.set_highlights("speech", [])

    def highlighted(self) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The document (UTF-16) ranges of the highlighted sentence and word, for tests and tools."""
        selections = self.view.highlights("speech")
        if not selections:
            return None
        sentence = (selections[0].cursor.selectionStart(), selections[0].cursor.selectionEnd())
        word = None
        if len(selections) > 1:
            word = (selections[1].cursor.selectionStart(), selections[1].cursor.selectionEnd())
        return sentence, word

    def _range_cursor(self, block: int, start: int, end: int) -> QTextCursor:
        self.view.show_block(block)  # a long text: the section holding the block
        return range_cursor(self.view.document(), DocPosition(block, start), DocPosition(block, end))

    def content_replaced(self, is_new_content: bool) -> None:
        """The view shows a new document (see the module docstring for what happens to the reading)."""
        if not is_new_content:
            self._show_highlight()
            if self._sentence is not None:
                # A larger text size pushes the sentence being heard down: keep it where it is read along,
                # once the view has put its top line back (after this signal).
                QTimer.singleShot(0, self, self._keep_heard_in_sight)
            return
        old, new = self._reading, self.view.display
        if old is None or old is new:
            self._show_highlight()
            return
        self._reading = None
        self._heard = None  # another text: the place heard is not in it
        current = self._sentence
        is_say_all = self.service.is_saying_all
        if current is None or not is_say_all or new is None:
            if self.service.is_active:
                self.stop()
            return
        mapped = new.map_from(old, DocPosition(current.block, current.start))
        if mapped is None:
            self.stop()
            return
        was_paused = self.service.state == "paused"
        self._clear_highlight()
        self.service.read_from(self.text(), _position(mapped))
        if was_paused:
            self.service.pause()

    def _show_highlight(self) -> None:
        utterance = self._sentence
        if utterance is None:
            return
        palette = self.view.palette()
        sentence = QTextEdit.ExtraSelection()
        sentence.cursor = self._range_cursor(utterance.block, utterance.start, utterance.end)
        sentence_format = QTextCharFormat()
        sentence_format.setBackground(palette.color(QPalette.ColorRole.Highlight))
        sentence_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        sentence.format = sentence_format
        selections = [sentence]
        if self._word is not None:
            word = QTextEdit.ExtraSelection()
            word.cursor = self._range_cursor(utterance.block, *self._word)
            word_format = QTextCharFormat(sentence_format)
            word_format.setFontUnderline(True)
            word_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            word_format.setUnderlineColor(QColor(palette.color(QPalette.ColorRole.HighlightedText)))
            word.format = word_format
            selections.append(word)
        self.view.set_highlights("speech", selections)

    def _keep_heard_in_sight(self) -> None:
        if self._sentence is not None:
            self._keep_in_sight(self._sentence)

    def _keep_in_sight(self, utterance: Utterance) -> None:
        if not self.view.isVisible():
            return
        cursor = self._range_cursor(utterance.block, utterance.start, utterance.start)
        rect = self.view.cursorRect(cursor)
        viewport = self.view.viewport().rect()
        # Scroll only when the sentence's first line is out of sight or in the bottom fifth: the text then
        # moves by a page-like step, not a little at every sentence.
        if rect.top() < 0 or rect.bottom() > viewport.height() * 4 // 5:
            self.view.scroll_to(DocPosition(utterance.block, utterance.start))

    # --- 指读 and clicks -----------------------------------------------------------------------------------

    def set_point_read(self, is_on: bool) -> None:
        self.point_read = is_on
        app = QApplication.instance()
        if not isinstance(app, QApplication) or is_on == self._listening:
            return
        self._listening = is_on
        if is_on:
            app.installEventFilter(self)
            app.focusChanged.connect(self._on_focus)
        else:
            app.removeEventFilter(self)
            self._dwell.stop()
            app.focusChanged.disconnect(self._on_focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):
            # The window is being torn down (its children go one by one): stop listening.
            self.set_point_read(False)
            return False
        kind = event.type()
        if self.point_read and kind == QEvent.Type.MouseMove:
            self._dwell.start()
        if (
            watched is self.view.viewport()
            and kind == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.service.state == "reading"
            and not self.view.textCursor().hasSelection()
        ):
            # 连读 from a clicked paragraph: reading moves to where the reader clicked.
            self.read_from_point(event.position().toPoint())
        return False

    def _speak_pointed(self) -> None:
        # The pointer resting on something while 连读 reads is a hand on the mouse, not a question. A
        # confirmation being heard, or a paused reading, gives way (指读 has NVDA's NOW priority).
        if not self.point_read or not self.sound or self.service.say_all_state == "reading":
            return
        global_point = QCursor.pos()
        widget = QApplication.widgetAt(global_point)
        if widget is None:
            return
        if widget is self.view.viewport():
            point = widget.mapFromGlobal(global_point)
            found = sentence_range_at(self.view, point)
            if found is None or found == self._last_pointed:
                return
            self._last_pointed = found
            # The sentence as 连读 says it, from the display document: highlighted while heard.
            position = doc_position(self.view.document(), found[0])
            self.service.speak_sentence_at(self.text(), _position(position))
            return
        name = accessible_name(widget)
        if name and name != self._last_pointed:
            self._last_pointed = name
            self.service.speak(spoken_name(name))

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A focus move is the reader's own: its name is said at once, even during 连读, which then goes
        # on from the sentence it cut (NVDA's NOW priority).
        if not self.point_read or not self.sound or new is None:
            return
        name = accessible_name(new)
        if name:
            self._last_pointed = name
            self.service.speak(spoken_name(name))


def _position(position: DocPosition) -> Position:
    return Position(position.block, position.offset)


_LATIN_TAIL = re.compile(r"\s+[A-Za-z][^\u3400-\u9fff]*$")


def spoken_name(name: str) -> str:
    """The Chinese half of a bilingual name ("放大 Larger text" → "放大"): the voice reading it is Chinese,
    and the English half read by a Mandarin voice helps nobody. Names without Chinese stay whole."""
    if not re.search(r"[\u3400-\u9fff]", name):
        return name
    return _LATIN_TAIL.sub("", name).strip() or name


def accessible_name(widget: QWidget) -> str:
    """What 指读 says for a control: its accessible name, else its visible text or tooltip."""
    name = widget.accessibleName()
    if not name:
        for attribute in ("text", "title", "toolTip"):
            getter = getattr(widget, attribute, None)
            if callable(getter):
                value = getter()
                if isinstance(value, str) and value.strip():
                    name = value
                    break
    return name.replace("&", "").strip()
