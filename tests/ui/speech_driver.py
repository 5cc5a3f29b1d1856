"""The app under a speech test: the real window, driven from stdin, reporting what it does on stdout.

Run as ``python -m tests.ui.speech_driver [FILE]`` from the project folder (FILE: the bundled sample when
omitted), with ``QT_QPA_PLATFORM=xcb``, a ``DISPLAY``, ``READER_SPEECH_ENGINE=pyttsx3`` and the PulseAudio
variables of the test's private server (see ``tests/pulse.py``). The window is made by
``reader.ui.app.run`` exactly as ``reader FILE`` makes it; this script only watches it and presses keys.

Out: one line per event, ``EVENT {json}``, each with ``t`` = ``time.monotonic()`` (CLOCK_MONOTONIC is
shared by every process on Linux, so the test lines it up with its capture of the sound):
``painted``; ``ready`` (painted, the window active, the speech worker warm: its voices listed);
``read_pressed`` / ``stop_pressed`` / ``pause_pressed`` / ``resume_pressed`` (just before the key is sent)
and ``key_done`` (when the key's handling returned); ``clip`` (the player was handed a sentence's audio:
its token, length and ``lead_ms``, where in the clip the first 10 ms as loud as speech is); ``player`` (the
player's stop/pause/resume); ``sentence`` and ``word`` (the speech service's signals, with the reading
view's highlighted ranges and the text under them, taken after the view has drawn them); ``state``;
``error`` (an exception in this script).

In: one command per line on stdin (a ``QSocketNotifier`` on fd 0): ``read`` (the 连读 key), ``stop``
(Escape), ``pause`` / ``resume`` (the pause key, a toggle), ``quit`` (close the window). Keys are the
window's own shortcuts, sent with ``QTest.keyClick`` to the focused widget: the path a keyboard takes.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.display import DocPosition
from reader.speech.engine import Audio
from reader.speech.utterances import Utterance
from reader.ui import app as app_module
from reader.ui.mainwindow import MainWindow
from reader.ui.positions import document_position
from tests.pulse import CHUNK_MS, SPEECH_RMS, loudness

KEYS = {"read": "continuous_read", "stop": "stop_speech", "pause": "pause_speech", "resume": "pause_speech"}
READY_TIMEOUT_S = 60.0


def emit(event: str, **fields: Any) -> None:
    print(
        "EVENT " + json.dumps({"event": event, "t": time.monotonic(), **fields}, ensure_ascii=False),
        flush=True,
    )


def lead_ms(audio: Audio) -> int | None:
    """Where in ``audio`` the first 10 ms as loud as speech starts (the capture's own measure), or None."""
    step = audio.sample_rate * CHUNK_MS // 1000 * 2 * audio.channels
    for offset in range(0, len(audio.pcm), step):
        if loudness(audio.pcm[offset : offset + step])[0] >= SPEECH_RMS:
            return offset * 1000 // (audio.sample_rate * 2 * audio.channels)
    return None


class Driver:
    """Watches one main window and presses its keys on command."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        self.is_painted = False
        self.is_ready = False
        self.token = 0
        self.started = time.monotonic()
        self._pending = b""
        self._notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_stdin)

    # --- setting up -----------------------------------------------------------------------------------

    def attach(self) -> None:
        """Find the window ``run`` made (the event loop is running) and hook into it."""
        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(10, self.attach)
            return
        window = self.window = windows[0]
        view = window.reading_view
        view.content_painted.connect(self._on_painted)
        if view.isVisible() and window.opened is not None:
            # The first paint may have happened before this ran: ask for another one.
            view.viewport().update()
        service = window.speech.service
        service.state_changed.connect(lambda state: emit("state", state=state))
        # Connected after ReadAloud's slots: the highlight is drawn when these run.
        service.sentence_started.connect(self._on_sentence)
        service.word_started.connect(self._on_word)
        service.skipped.connect(lambda u, reason: emit("skipped", text=u.text, reason=reason))
        player = service.player
        original_play, original_stop = player.play, player.stop
        original_pause, original_resume = player.pause, player.resume

        def play(audio: Audio, token: int) -> None:
            self.token = token
            emit("clip", token=token, duration_ms=audio.duration_ms, lead_ms=lead_ms(audio))
            original_play(audio, token)
            emit("clip_started", token=token)

        def stop() -> None:
            original_stop()
            emit("player", action="stop")

        def pause() -> None:
            original_pause()
            emit("player", action="pause")

        def resume() -> None:
            original_resume()
            emit("player", action="resume")

        # The manager calls these through the player object: instance attributes shadow the methods.
        player.play = play  # type: ignore[method-assign]
        player.stop = stop  # type: ignore[method-assign]
        player.pause = pause  # type: ignore[method-assign]
        player.resume = resume  # type: ignore[method-assign]
        QTimer.singleShot(0, self._check_ready)

    def _on_painted(self) -> None:
        if not self.is_painted:
            self.is_painted = True
            emit("painted")

    def _check_ready(self) -> None:
        window = self.window
        if window is None or self.is_ready:
            return
        if not self.is_painted or not window.isActiveWindow():
            if time.monotonic() - self.started > READY_TIMEOUT_S:
                emit(
                    "error", message=f"not ready: painted={self.is_painted} active={window.isActiveWindow()}"
                )
                return
            if self.is_painted:
                window.activateWindow()
            QTimer.singleShot(20, self._check_ready)
            return
        service = window.speech.service
        # Blocks until the worker (started by the window's warm-up) has listed its voices.
        voices = service.installed_voices()
        engine = service.engine
        window.reading_view.setFocus()
        self.is_ready = True
        emit(
            "ready",
            engine=engine.name,
            voices=[v.id for v in voices],
            failure=getattr(engine, "failure", None),
            has_device=service.player.has_device,
            blocks=window.reading_view.document().blockCount(),
            characters=window.reading_view.document().characterCount(),
        )

    # --- what is heard and shown ---------------------------------------------------------------------

    def _highlight(self) -> dict[str, Any]:
        assert self.window is not None
        found = self.window.speech.read_aloud.highlighted()
        if found is None:
            return {"highlight": None}
        sentence, word = found
        return {
            "highlight": [list(sentence), list(word) if word else None],
            "highlight_text": self._text_between(*sentence),
            "highlight_word_text": self._text_between(*word) if word else None,
        }

    def _text_between(self, start: int, end: int) -> str:
        assert self.window is not None
        cursor = QTextCursor(self.window.reading_view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _position(self, block: int, offset: int) -> int | None:
        """The document (UTF-16) position of a block's code point ``offset``, as the highlight counts."""
        assert self.window is not None
        if block < 0:
            return None
        return document_position(self.window.reading_view.document(), DocPosition(block, offset))

    def _on_sentence(self, utterance: Utterance) -> None:
        try:
            emit(
                "sentence",
                token=self.token,
                block=utterance.block,
                start=utterance.start,
                end=utterance.end,
                text=utterance.text,
                is_message=utterance.is_message,
                position=self._position(utterance.block, utterance.start),
                **self._highlight(),
            )
        except Exception:
            emit("error", message=traceback.format_exc())

    def _on_word(self, utterance: Utterance, start: int, end: int) -> None:
        assert self.window is not None
        try:
            block_text = self.window.reading_view.document().findBlockByNumber(utterance.block)
            emit(
                "word",
                token=self.token,
                block=utterance.block,
                start=start,
                end=end,
                text=block_text.text()[start:end] if block_text.isValid() else "",
                position=self._position(utterance.block, start),
                **self._highlight(),
            )
        except Exception:
            emit("error", message=traceback.format_exc())

    # --- commands ------------------------------------------------------------------------------------

    def _on_stdin(self) -> None:
        data = os.read(0, 4096)
        if not data:
            self._notifier.setEnabled(False)
            self.quit()
            return
        self._pending += data
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            command = line.decode().strip()
            if command:
                self.command(command)

    def command(self, command: str) -> None:
        try:
            if command == "quit":
                self.quit()
            elif command in KEYS:
                self.press(command)
            else:
                emit("error", message=f"unknown command {command!r}")
        except Exception:
            emit("error", message=traceback.format_exc())

    def press(self, command: str) -> None:
        window = self.window
        if window is None:
            emit("error", message="no window yet")
            return
        shortcuts = window.commands[KEYS[command]].shortcuts()
        # Stop is pressed as Escape, the key every reader tries first, when it is one of the action's keys.
        key = next((k for k in shortcuts if command == "stop" and k == QKeySequence("Escape")), shortcuts[0])
        combination = key[0]  # type: ignore[index]  # PySide6's stubs lack QKeySequence.__getitem__
        target = QApplication.focusWidget() or window.reading_view
        emit(f"{command}_pressed", key=key.toString(), focus=type(target).__name__)
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())
        emit("key_done", command=command, state=window.speech.service.state, **self._highlight())

    def quit(self) -> None:
        if self.window is not None:
            self.window.close()
        self.app.quit()


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    app = app_module.application()
    driver = Driver(app)
    QTimer.singleShot(0, driver.attach)
    emit("started")
    code = app_module.run(path)
    emit("exited", code=code)
    return code


if __name__ == "__main__":
    sys.exit(main())
