"""The bridge between the Qt-free speech layer and the window: engine, player and manager on the UI thread.

:class:`SpeechService` owns one engine (the pyttsx3 worker process, or the silent engine when none works)
behind one :class:`~reader.speech.queue.SynthesisQueue` (the reading's requests in its interactive lane, an
audio export's in its background lane: a Read pressed during an export waits for at most two export
sentences), the :class:`~reader.ui.audio.AudioPlayer` and the :class:`~reader.speech.manager.SpeechManager`,
and turns the manager's listener calls into queued Qt signals (Orca's rule: nothing from the speech side
touches widgets directly). While anything is being read a 10 ms timer pumps the manager (engine results,
clip ends, word positions); when idle the timer stops, so an idle window costs nothing.

Speech reads the view's :class:`~reader.core.display.DisplayDocument` (a ``ReadingText``): exactly what the
view shows, converted text, the 日期/来源 line and captions included, in display positions (block, code
point); ``reader.ui.positions`` turns them into the view's UTF-16 positions where a cursor is made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.speech import voices as voice_choice
from reader.speech.engine import SpeechEngine, Voice
from reader.speech.manager import SkipReason, SpeechListener, SpeechManager, SpeechState
from reader.speech.queue import Lane, QueueClient, SynthesisQueue
from reader.speech.utterances import Position, ReadingText, Utterance

if TYPE_CHECKING:
    from reader.ui.audio import AudioPlayer

_log = logging.getLogger(__name__)

PUMP_MS = 10
"""How often the manager is pumped while reading: bounds the delay from a result to its playing."""


class _Listener(SpeechListener):
    def __init__(self, service: SpeechService) -> None:
        self.service = service

    def state_changed(self, state: SpeechState) -> None:
        self.service.state_changed.emit(state.name.lower())

    def say_all_changed(self, state: SpeechState) -> None:
        self.service.say_all_changed.emit(state.name.lower())

    def sentence_started(self, utterance: Utterance) -> None:
        self.service.sentence_started.emit(utterance)

    def word_started(self, utterance: Utterance, start: int, end: int) -> None:
        self.service.word_started.emit(utterance, start, end)

    def skipped(self, utterance: Utterance, reason: SkipReason) -> None:
        self.service.skipped.emit(utterance, reason.name.lower())

    def finished(self) -> None:
        self.service.finished.emit()


class SpeechService(QObject):
    """Reading aloud for one window. Signals carry :class:`Utterance` objects and block positions."""

    state_changed = Signal(str)
    """``"idle"``, ``"reading"`` or ``"paused"``: anything being heard (a confirmation too)."""
    say_all_changed = Signal(str)
    """The same for 连读 (say-all) alone."""
    sentence_started = Signal(object)
    word_started = Signal(object, int, int)
    skipped = Signal(object, str)
    finished = Signal()

    def __init__(
        self,
        engine_factory: Callable[[], SpeechEngine],
        parent: QObject | None = None,
        *,
        skip_message: str,
    ) -> None:
        super().__init__(parent)
        self._engine_factory = engine_factory
        self._queue: SynthesisQueue | None = None
        self._interactive: QueueClient | None = None
        self._manager: SpeechManager | None = None
        self._skip_message = skip_message
        self._player: AudioPlayer | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(PUMP_MS)
        self._timer.timeout.connect(self._pump)
        self.state_changed.connect(self._on_state)
        self._rate = 200
        self._volume = 1.0
        self._heading_cue = ""
        self._voice: str | None = None
        self._language = "cmn"

    # --- life ------------------------------------------------------------------------------------------

    @property
    def queue(self) -> SynthesisQueue:
        """The one queue in front of the engine, made (and the engine with it) at the first use."""
        if self._queue is None:
            self._queue = SynthesisQueue(self._engine_factory())
        return self._queue

    @property
    def engine(self) -> SpeechEngine:
        """The engine itself (what it is, why it stands in); it is used only through :attr:`queue`."""
        return self.queue.engine

    @property
    def interactive(self) -> QueueClient:
        """The reading's client of the queue (连读, 指读, confirmations, the voice list)."""
        if self._interactive is None:
            self._interactive = self.queue.client(Lane.INTERACTIVE)
        return self._interactive

    @property
    def player(self) -> AudioPlayer:
        """The audio player, made at the first reading: Qt Multimedia stays unloaded until speech is used
        (it costs start-up time and memory a reader who never listens should not pay)."""
        if self._player is None:
            from reader.ui.audio import AudioPlayer

            self._player = AudioPlayer(self)
        return self._player

    @property
    def manager(self) -> SpeechManager:
        if self._manager is None:
            self._manager = SpeechManager(
                self.interactive,
                self.player,
                _Listener(self),
                rate=self._rate,
                voice=self._voice,
                volume=self._volume,
                language=self._language,
                skip_message=self._skip_message,
            )
            self._manager.heading_cue = self._heading_cue
            self.player.finished.connect(self._manager.playback_finished)
            self.player.failed.connect(self._manager.playback_failed)
        return self._manager

    def replace_engine(self, engine: SpeechEngine) -> None:
        """Read with ``engine`` from now on (the silent stand-in when the real one cannot start)."""
        self.stop()
        if self._manager is not None:
            self.player.finished.disconnect(self._manager.playback_finished)
            self.player.failed.disconnect(self._manager.playback_failed)
            self._manager.close()
            self._manager = None
        if self._queue is not None:
            self._queue.close()  # an export running on the old engine ends with an error
        self._queue = SynthesisQueue(engine)
        self._interactive = None

    def warm_up(self) -> None:
        """Start the engine's worker now, so the first Read is fast."""
        try:
            self.interactive.start()
        except Exception:  # an engine that cannot start must not take the window down
            _log.exception("speech engine did not start")

    def close(self) -> None:
        self._timer.stop()
        if self._manager is not None:
            self._manager.close()
        if self._player is not None:
            self._player.stop()
        if self._queue is not None:
            self._queue.close()

    # --- state -----------------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._manager.state.name.lower() if self._manager is not None else "idle"

    @property
    def is_active(self) -> bool:
        return self.state != "idle"

    @property
    def say_all_state(self) -> str:
        """The state of 连读 (say-all) alone: a confirmation or 指读 being heard is not a reading."""
        manager = self._manager
        if manager is None:
            return "idle"
        state = getattr(manager, "say_all_state", None)
        return self.state if state is None else str(state.name.lower())

    @property
    def is_saying_all(self) -> bool:
        return self.say_all_state != "idle"

    def background_engine(self) -> SpeechEngine:
        """An engine for work in the background (an audio export in its thread): a background client of
        the reading's queue, so one worker serves both and the reading goes first. Closing it cancels its
        requests only."""
        return self.queue.client(Lane.BACKGROUND)

    @property
    def current(self) -> Utterance | None:
        return self._manager.current if self._manager is not None else None

    def installed_voices(self) -> list[Voice]:
        try:
            return self.interactive.voices()
        except Exception:
            _log.exception("could not list voices")
            return []

    def choose_voice(
        self, *, language: str, text: str, config: str | None, overrides: dict[str, str]
    ) -> Voice | None:
        """Pick and set the voice for an article (its language tag or script, the conversion shown): the
        same rule as ``reader speak`` (``reader.speech.voices.article_voice``)."""
        voice = voice_choice.article_voice(
            self.installed_voices(), language=language, text=text, config=config, overrides=overrides
        )
        self.set_voice(voice.id if voice else None, language=voice_choice.speech_language(voice))
        return voice

    # --- commands --------------------------------------------------------------------------------------

    def read_from(self, text: ReadingText, position: Position) -> None:
        self.manager.read_from(text, position.block, position.offset)
        self._timer.start()

    def read_range(self, text: ReadingText, start: Position, end: Position) -> None:
        self.manager.read_range(text, start, end)
        self._timer.start()

    def speak(self, text: str) -> None:
        self.manager.speak(text)
        self._timer.start()

    def speak_sentence_at(self, text: ReadingText, position: Position) -> bool:
        """指读 of the sentence of ``text`` at ``position``; False when nothing there can be said."""
        utterance = self.manager.sentence_at(text, position.block, position.offset)
        if utterance is None:
            return False
        self.speak_utterance(utterance)
        return True

    def speak_utterance(self, utterance: Utterance) -> None:
        self.manager.speak(utterance)
        self._timer.start()

    def announce(self, text: str) -> None:
        self.manager.announce(text)
        self._timer.start()

    def stop(self) -> None:
        if self._manager is not None:
            self._manager.stop()
        if self._player is not None:
            self._player.stop()

    def pause(self) -> None:
        if self._manager is not None:
            self._manager.pause()

    def resume(self) -> None:
        if self._manager is not None:
            self._manager.resume()
            self._timer.start()

    def next_sentence(self) -> None:
        self.manager.next_sentence()

    def previous_sentence(self) -> None:
        self.manager.previous_sentence()

    def next_paragraph(self) -> None:
        self.manager.next_paragraph()

    def previous_paragraph(self) -> None:
        self.manager.previous_paragraph()

    def set_rate(self, wpm: int) -> None:
        self._rate = wpm
        if self._manager is not None:
            self._manager.set_rate(wpm)

    def set_heading_cue(self, cue: str) -> None:
        """Say ``cue`` before each heading from the next reading on ("" none)."""
        self._heading_cue = cue
        if self._manager is not None:
            self._manager.heading_cue = cue

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._manager is not None:
            self._manager.set_volume(volume)

    def set_voice(self, voice: str | None, *, language: str = "cmn") -> None:
        self._voice, self._language = voice, language
        if self._manager is not None:
            self._manager.set_voice(voice, language=language)

    # --- the loop --------------------------------------------------------------------------------------

    def _pump(self) -> None:
        manager = self._manager
        if manager is None:
            self._timer.stop()
            return
        manager.pump()
        manager.tick()
        if manager.state is SpeechState.IDLE:
            self._timer.stop()

    def _on_state(self, state: str) -> None:
        if state == "idle":
            self._timer.stop()
        else:
            self._timer.start()
