"""The user actions and the invariants of the usage machine (``tests/ui/usage_machine.py``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.settings import SettingsStore
from reader.core.themes import list_themes

TOGGLES = (
    "crosshair",
    "caption",
    "caption_top",
    "pointer_colour",
    "big_toolbar",
    "word_highlight",
    "heading_cue",
    "text_only",
)
CYCLES = ("pointer", "line_focus", "line_focus_up", "line_focus_down", "rate")
SPEECH = (
    "continuous_read",
    "pause_speech",
    "stop_speech",
    "next_sentence",
    "previous_sentence",
    "next_paragraph",
    "previous_paragraph",
    "read_selection",
)
PRESETS = ("elder", "low_vision", "reset", "larger", "smaller", "reset_size")
CHOICES = (
    "confirm_always",
    "confirm_auto",
    "confirm_never",
    "preset_app",
    "preset_portal",
    "volume_50",
    "volume_100",
    "rate_260",
    "rate_140",
    "line_focus_3",
    "pointer_3x",
    "pointer_off",
    "language_en",
    "language_zh_TW",
    "language_zh_CN",
    "pinyin_marks",
    "pinyin_zhuyin",
    "pinyin_numbers",
    "pinyin_off",
    "pinyin",
)
CONVERSIONS = ("convert_none", "convert_t2s", "convert_s2t", "convert_s2tw", "convert_s2twp", "convert_s2hk")
CHECKED = {"crosshair": "crosshair", "caption": "caption_strip", "big_toolbar": "big_toolbar"}


class Problems:
    """What went wrong outside a rule's own code (exceptions in slots, Qt warnings)."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, problem: str) -> None:
        self.found.append(problem)

    def check(self) -> None:
        if self.found:
            found, self.found = self.found, []
            raise AssertionError("\n".join(found))


def wait(milliseconds: int) -> None:
    """Let the window run (speech progresses, timers fire) for ``milliseconds``."""
    end = time.monotonic() + milliseconds / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def make_machine(app: QApplication, files: list[Path], folder: Path, problems: Problems) -> Any:
    from reader.ui.mainwindow import MainWindow

    schemes = [f"scheme_{theme.name}" for theme in list_themes()]
    store_path = folder / "config" / "settings.json"

    class UsageMachine(RuleBasedStateMachine):
        steps_done = 0

        def __init__(self) -> None:
            super().__init__()
            self.window = MainWindow(store=SettingsStore(store_path))
            self.window.resize(1000, 700)
            self.window.show()
            QApplication.processEvents()
            self.window.open_path(files[0])
            self.exports = 0
            self.messages: list[str] = []
            # A reader reads a message box and closes it: the modal loop of a refused file ends here.
            self.dismisser = QTimer()
            self.dismisser.setInterval(20)
            self.dismisser.timeout.connect(self.dismiss_message)
            self.dismisser.start()

        def dismiss_message(self) -> None:
            from reader.ui.librarydialog import NoteDialog

            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.messages.append(box.text())
                box.done(0)
            elif isinstance(box, NoteDialog):
                box.field.insert("备注")  # a reader writes a note and presses Enter
                box.accept()

        def teardown(self) -> None:
            self.dismisser.stop()
            self.window.speech.stop()
            self.window.export.cancel()
            self.window.close()
            self.window.deleteLater()
            QApplication.processEvents()
            # processEvents() leaves deferred deletes to the event loop, which never runs here.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            problems.check()

        def trigger(self, name: str) -> None:
            type(self).steps_done += 1
            action = self.window.commands.get(name)
            if action is not None and action.isEnabled():
                action.trigger()
            QApplication.processEvents()

        # --- rules: what a reader does -------------------------------------------------------------------

        @rule(index=st.integers(0, len(files) - 1))
        def open_file(self, index: int) -> None:
            type(self).steps_done += 1
            shown = len(self.messages)
            self.window.open_path(files[index])
            QApplication.processEvents()
            if files[index].name == "broken.html":
                # Refused with a message naming the file; the document read before stays open.
                assert any(files[index].name in message for message in self.messages[shown:]), self.messages

        @rule(name=st.sampled_from(TOGGLES + CYCLES + PRESETS + CHOICES))
        def display_command(self, name: str) -> None:
            self.trigger(name)

        @rule(name=st.sampled_from(schemes))
        def scheme(self, name: str) -> None:
            self.trigger(name)

        @rule(name=st.sampled_from(CONVERSIONS))
        def conversion(self, name: str) -> None:
            self.trigger(name)

        @rule(is_article=st.booleans())
        def article_or_page(self, is_article: bool) -> None:
            self.trigger("article" if is_article else "whole_page")

        @rule(name=st.sampled_from(SPEECH))
        def speech(self, name: str) -> None:
            self.trigger(name)

        @rule(is_on=st.booleans())
        def sound(self, is_on: bool) -> None:
            if self.window.settings.sound != is_on:
                self.trigger("sound")

        @rule(milliseconds=st.sampled_from((50, 150, 400)))
        def time_passes(self, milliseconds: int) -> None:
            type(self).steps_done += 1
            wait(milliseconds)

        @rule(x=st.integers(0, 900), y=st.integers(0, 500))
        def point_and_rest(self, x: int, y: int) -> None:
            if not self.window.settings.point_read:
                self.trigger("point_read")
            type(self).steps_done += 1
            viewport = self.window.reading_view.viewport()
            QTest.mouseMove(viewport, QPoint(min(x, viewport.width() - 1), min(y, viewport.height() - 1)))
            wait(500)

        @rule()
        def click_in_text(self) -> None:
            type(self).steps_done += 1
            viewport = self.window.reading_view.viewport()
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(80, 60))
            QApplication.processEvents()

        @rule(count=st.integers(1, 4))
        def tab_around(self, count: int) -> None:
            type(self).steps_done += 1
            for _ in range(count):
                widget = QApplication.focusWidget() or self.window.reading_view
                QTest.keyClick(widget, Qt.Key.Key_Tab)
            QApplication.processEvents()

        @rule(key=st.sampled_from((Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home)))
        def read_with_keys(self, key: Qt.Key) -> None:
            type(self).steps_done += 1
            view = self.window.reading_view
            view.setFocus()
            QTest.keyClick(
                view,
                key,
                Qt.KeyboardModifier.ShiftModifier
                if key == Qt.Key.Key_Down
                else Qt.KeyboardModifier.NoModifier,
            )
            QApplication.processEvents()

        @rule(change=st.sampled_from(("accept", "reject", "spacing")))
        def text_dialog(self, change: str) -> None:
            self.trigger("text_settings")
            dialog = self.window.text_dialog
            if dialog is None:
                return
            if change == "spacing":
                dialog.line_spacing.setValue(2.0 if dialog.line_spacing.value() != 2.0 else 1.5)
                wait(350)
                dialog.accept()
            elif change == "accept":
                dialog.accept()
            else:
                dialog.reject()
            QApplication.processEvents()

        @rule(is_on=st.booleans())
        def findings(self, is_on: bool) -> None:
            type(self).steps_done += 1
            self.window.show_findings(is_on)
            QApplication.processEvents()

        @rule(is_cancelled=st.booleans())
        def export(self, is_cancelled: bool) -> None:
            type(self).steps_done += 1
            self.exports += 1
            self.window.speech.start_export(folder / f"export-{self.exports}.wav")
            if is_cancelled:
                self.window.export.cancel()
            wait(100)

        @precondition(lambda self: self.window.shortcuts_dialog is None)
        @rule()
        def shortcuts_dialog(self) -> None:
            self.trigger("help")
            dialog = self.window.shortcuts_dialog
            if dialog is not None:
                dialog.close()
            QApplication.processEvents()

        @rule(
            action=st.sampled_from(("crosshair", "caption", "larger", "read_selection", "about")),
            key=st.sampled_from(("Ctrl+Shift+F9", "Ctrl+Shift+F10", "Alt+Shift+V", "Tab", "")),
            is_reset=st.booleans(),
        )
        def remap_key(self, action: str, key: str, is_reset: bool) -> None:
            """Change a key as the key editor does (refused when taken or reserved), or reset them all."""
            type(self).steps_done += 1
            keys = self.window.display_controls.keys
            if is_reset:
                keys.reset_all_keys()
            elif not key or not keys.key_problem(action, key):
                keys.set_keys(action, (key,) if key else ())
            QApplication.processEvents()

        @rule(
            query=st.sampled_from(("服务", "第", "服務", "zz", "")),
            steps=st.integers(min_value=-3, max_value=3),
            is_closed=st.booleans(),
        )
        def find_in_article(self, query: str, steps: int, is_closed: bool) -> None:
            """Ctrl+F, a query, a few F3 / Shift+F3, maybe Escape: while reading, after resizing…"""
            type(self).steps_done += 1
            finding = self.window.finding
            finding.open()
            self.window.find_bar.field.setText(query)
            finding.find()
            for _ in range(abs(steps)):
                finding.step(steps > 0)
            if finding.matches:
                match = finding.matches[finding.current]
                display = self.window.reading_view.display
                assert display is not None
                from reader.core.textsearch import normalise

                # (an empty query takes the selection, as Ctrl+F does: compare with what is searched)
                wanted = normalise(finding.query)
                assert normalise(display.texts[match.block][match.start : match.end]) == wanted
            if is_closed:
                finding.close()
            QApplication.processEvents()

        @rule(query=st.sampled_from(("服务", "第", "服務", "zz", "")), is_opened=st.booleans())
        def library_search(self, query: str, is_opened: bool) -> None:
            """Ctrl+L, a search (or the list), and Enter on the first entry or Escape."""
            type(self).steps_done += 1
            library = self.window.library
            library.show_library()
            dialog = library.dialog
            assert dialog is not None
            dialog.field.setText(query)
            dialog.search()
            entries = dialog.entries()
            from reader.core.textsearch import normalise

            for entry in entries if query.strip() else ():
                assert normalise(entry.hit) == normalise(query.strip()), (entry, query)
            if is_opened and entries and not entries[0].article.is_missing:
                entry = entries[0]
                dialog.open_current()
                QApplication.processEvents()
                opened = self.window.opened
                assert opened is not None and opened.path.resolve() == Path(entry.article.path).resolve()
                display = self.window.reading_view.display
                if entry.offset >= 0 and display is not None and display.mode == "article":
                    selected = self.window.reading_view.textCursor().selectedText()
                    assert normalise(selected) == normalise(entry.hit), (selected, entry.hit)
            else:
                dialog.reject()
            QApplication.processEvents()

        @rule(is_listed=st.booleans())
        def bookmark(self, is_listed: bool) -> None:
            """Ctrl+D with a note (the dismisser writes it), then maybe Ctrl+B and Enter on the first."""
            type(self).steps_done += 1
            library = self.window.library
            library.add_bookmark()
            QApplication.processEvents()
            if is_listed:
                library.show_bookmarks()
                dialog = library.bookmarks_dialog
                if dialog is not None and dialog.isVisible():
                    dialog.go() if dialog.list.count() else dialog.reject()
            QApplication.processEvents()

        # --- invariants ----------------------------------------------------------------------------------

        @invariant()
        def kept_position_is_in_the_article(self) -> None:
            """The position the library would restore is a place of the article shown."""
            library = self.window.library
            position = library.current_position()
            display = self.window.reading_view.display
            if position is None or display is None:
                return
            original = display.source_document
            assert 0 <= position.block < len(original.blocks), position
            assert 0 <= position.offset <= len(original.blocks[position.block].text), position

        @invariant()
        def readings_match_the_text_shown(self) -> None:
            """With 拼音 on, the block at the reading place has one reading entry per character shown."""
            view = self.window.reading_view
            display = view.display
            if view.pinyin is None or display is None or not display.blocks:
                return
            block = display.clamp(view.reading_place()).block
            readings = view.pinyin.block_readings(display, block)
            assert len(readings) == len(display.blocks[block].text), block

        @invariant()
        def nothing_went_wrong(self) -> None:
            problems.check()

        @invariant()
        def no_key_has_two_commands(self) -> None:
            seen: dict[str, str] = {}
            for name, action in self.window.commands.items():
                for key in action.shortcuts():
                    text = key.toString()
                    assert text not in seen, (text, seen.get(text), name)
                    seen[text] = name

        @invariant()
        def highlight_is_the_sentence_heard(self) -> None:
            speech = self.window.speech
            if speech.say_all_state == "idle" or speech._read_aloud is None:
                return
            heard = speech.service.current
            found = speech.read_aloud.highlighted()
            if heard is None or heard.is_message or found is None:
                return
            start, end = found[0]
            cursor = QTextCursor(self.window.reading_view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            shown = cursor.selectedText().replace("\u2029", "\u2028")
            assert shown == heard.text.replace("\u2029", "\u2028"), (shown, heard.text)

        @invariant()
        def buttons_tell_the_state(self) -> None:
            window = self.window
            commands = window.commands
            saying_all = window.speech.say_all_state != "idle"
            assert commands["continuous_read"].isChecked() == saying_all
            for name, setting in CHECKED.items():
                assert commands[name].isChecked() == getattr(window.settings, setting), name
            assert commands["sound"].isChecked() == window.settings.sound
            assert commands["text_only"].isChecked() == commands["article"].isChecked()
            assert commands["article"].isChecked() != commands["whole_page"].isChecked()
            rate = commands.get(f"rate_{window.settings.speech_rate}")
            assert rate is None or rate.isChecked()
            assert window.reading_view.text_style.font_size_pt == window.settings.font_size_pt

        @invariant()
        def settings_round_trip(self) -> None:
            if self.window.save_settings():
                loaded, problems_found = SettingsStore(store_path).load()
                assert problems_found == []
                assert loaded == self.window.persistent_settings()

    _ = app
    return UsageMachine
