"""拼音 / 注音 in the window: the setting applied to the reading view and the caption strip, the reading of
the word under the pointer, and the 读音词典 dialog that edits the user's phrase file.

:class:`PinyinControls` owns one :class:`reader.core.pinyin.Annotator` (made when readings are first
wanted: loading pypinyin's dictionaries takes a few hundred milliseconds, so a window that never shows
pinyin never pays it). With the setting on (View ▸ 拼音, or Ctrl+P to cycle):

1. the reading view gets room above each line (``TextStyle.pinyin_band``, applied with the text settings)
   and a :class:`~reader.ui.pinyinview.PinyinPainter` that paints the readings there;
2. the caption strip shows a row with the readings of the sentence it shows;
3. when the pointer rests on a Chinese word, a tooltip gives the word and its reading.

The 读音词典 is the user's phrase file (``reader.core.pinyin.user_phrases_path``): one word and its
reading a line. Saving checks every line (``parse_phrases``), lists the problems in the interface language
and writes the good ones atomically; the readings shown are then computed again. Speech reads the same
file (``reader.speech``), so a word is shown and spoken the same way.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.core.settings import schema as settings_schema
from reader.ui import strings
from reader.ui.pinyinview import PINYIN_BAND, PinyinPainter
from reader.ui.positions import from_utf16
from reader.ui.widgets import buddy_label, describe

if TYPE_CHECKING:
    from reader.core.pinyin import Annotator, Style
    from reader.core.settings import Settings
    from reader.ui.mainwindow import MainWindow

_log = logging.getLogger(__name__)

MODES = tuple(str(mode) for mode in settings_schema.choices("pinyin"))
"""``off``, ``marks``, ``numbers``, ``zhuyin``: the menu's order and Ctrl+P's cycle."""
WORD_DWELL_MS = 500
"""How long the pointer rests on a word before its reading is shown."""


def _pinyin() -> Any:
    """``reader.core.pinyin``, imported when first needed."""
    import reader.core.pinyin

    return reader.core.pinyin


class PinyinControls(QObject):
    """The window's 拼音 (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._annotator: Annotator | None = None
        self._mode = "off"
        self._hover = QPoint()
        self._dwell = QTimer(self, singleShot=True, interval=WORD_DWELL_MS)
        self._dwell.timeout.connect(self._show_word)
        self.dialog: PhrasesDialog | None = None
        window.reading_view.viewport().installEventFilter(self)
        c = window.commands
        c["pinyin"].triggered.connect(self.cycle)
        c["pinyin_phrases"].triggered.connect(self.edit_phrases)

    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            self._annotator = _pinyin().Annotator()
        return self._annotator

    @property
    def mode(self) -> str:
        return self._mode

    def choose(self, mode: str) -> None:
        """Show readings in ``mode`` (``off`` for none), remembered; said once."""
        if mode not in MODES:
            return
        self.window.change(pinyin=mode)
        self.window.announce(strings.pinyin_shown(mode))

    def cycle(self) -> None:
        self.choose(MODES[(MODES.index(self._mode) + 1) % len(MODES)])

    def apply(self, settings: Settings) -> None:
        """The setting applied: the painter and the caption's row (the room comes with the text style)."""
        mode = settings.pinyin
        if mode == self._mode:
            return
        self._mode = mode
        view = self.window.reading_view
        caption = self.window.caption
        self.window.line_focus.room_above = PINYIN_BAND if mode != "off" else 0.0
        if mode == "off":
            view.pinyin = None
            caption.set_readings(None)
        else:
            style = _pinyin().Style(mode)
            if self._annotator is None:
                # The first readings load pypinyin's dictionaries (about a second): say it is working.
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    self.annotator.warm()
                finally:
                    QApplication.restoreOverrideCursor()
            view.pinyin = PinyinPainter(view, self.annotator, style)
            caption.set_readings(lambda text: self.reading_row(text, style))
        view.viewport().update()
        self.window.line_focus.refresh()

    def show_state(self) -> None:
        c = self.window.commands
        for mode in MODES:
            action = c.get(f"pinyin_{mode}")
            if action is not None:
                action.setChecked(mode == self._mode)

    def reading_row(self, text: str, style: Style) -> str:
        """The caption's row: the readings of ``text``'s words, a space between syllables, two between
        words (punctuation and other text left out)."""
        pieces = []
        for _word, readings in self.annotator.words(text, style):
            if readings:
                pieces.append(" ".join(readings))
        return "  ".join(pieces)

    # --- the word under the pointer ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._mode != "off" and event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._hover = event.position().toPoint()
            self._dwell.start()
        elif event.type() == QEvent.Type.Leave:
            self._dwell.stop()
        return False

    def word_at(self, point: QPoint) -> tuple[str, str] | None:
        """The Chinese word at viewport ``point`` and its reading, or None."""
        view = self.window.reading_view
        cursor = view.cursorForPosition(point)
        block = cursor.block()
        text = block.text()
        if not text or self._mode == "off":
            return None
        offset = from_utf16(text, cursor.positionInBlock())
        rect = view.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None  # between lines, or past the end of the text
        start = 0
        style = _pinyin().Style(self._mode)
        for word, readings in self.annotator.words(text, style):
            end = start + len(word)
            if readings and start <= offset < end:
                return word, " ".join(readings)
            start = end
        return None

    def _show_word(self) -> None:
        found = self.word_at(self._hover)
        view = self.window.reading_view
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(view.viewport().mapToGlobal(self._hover), strings.word_reading(*found), view)

    # --- the 读音词典 ----------------------------------------------------------------------------------

    def edit_phrases(self) -> None:
        if self.dialog is None:
            self.dialog = PhrasesDialog(self.window)
            self.dialog.saved.connect(self._on_phrases_saved)
        self.dialog.load(_pinyin().user_phrases_path())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_phrases_saved(self, count: int) -> None:
        if self._annotator is not None:
            self._annotator.reload()
        from reader.speech import pronunciation

        pronunciation.shared().reload()  # the voice reads the same file
        painter = self.window.reading_view.pinyin
        if painter is not None:
            painter.forget()
        self.window.reading_view.viewport().update()
        self.window.caption.refresh_readings()
        self.window.announce(strings.phrases_saved(count))


class PhrasesDialog(QDialog):
    """读音词典: the user's phrase file as text, checked line by line when saved."""

    saved = Signal(int)
    """Emitted with the number of phrases written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasesDialog")
        title = strings.phrases_title()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(strings.phrases_command().description)
        self.path = _pinyin().user_phrases_path()
        layout = QVBoxLayout(self)
        help_label = QLabel(strings.phrases_help(), self)
        help_label.setObjectName("phrasesHelp")
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(help_label)
        control = strings.phrases_editor()
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("phrasesEditor")
        describe(self.editor, control)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(buddy_label(self, control, self.editor))
        layout.addWidget(self.editor, 1)
        self.message = QLabel(self)
        self.message.setObjectName("phrasesMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.problems = QListWidget(self)
        self.problems.setObjectName("phrasesProblems")
        describe(self.problems, strings.phrases_problems_list())
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._checked_text: str | None = None
        self.resize(560, 460)

    def load(self, path: object) -> None:
        """Show the file's text (empty when there is none yet)."""
        from pathlib import Path

        self.path = Path(str(path))
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            text = ""
        except OSError as error:
            text = ""
            self._show_message(strings.phrases_save_failed(str(self.path), str(error)))
        self.editor.setPlainText(text)
        self.problems.clear()
        self.problems.hide()
        self._checked_text = None
        self.editor.setFocus()

    def save(self) -> bool:
        """Check the lines; with problems, list them (a second 保存 with the same text skips those lines);
        then write the good phrases and close. False when nothing was written."""
        core = _pinyin()
        text = self.editor.toPlainText()
        phrases, problems = core.parse_phrases(text)
        real = [p for p in problems if p.code != "pinyin.duplicate"]
        if real and self._checked_text != text:
            self._checked_text = text
            self.problems.clear()
            for problem in problems:
                self.problems.addItem(strings.phrase_problem_text(problem))
            self.problems.show()
            self.problems.setCurrentRow(0)
            self._show_message(strings.phrases_checked(len(real)))
            self.problems.setFocus()
            return False
        try:
            core.write_user_phrases(self.path, phrases)
        except OSError as error:
            self._show_message(strings.phrases_save_failed(str(self.path), error.strerror or str(error)))
            return False
        self.saved.emit(len(phrases))
        self.accept()
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        window = self.parentWidget()
        announce = getattr(window, "announce", None)
        if callable(announce):
            announce(text)
