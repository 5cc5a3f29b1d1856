"""The window's speech controls: the 朗读 menu and the toolbar's 声音 / 语速 / 指读 / 连读.

:class:`SpeechControls` is made by the main window after its actions exist. It owns the
:class:`~reader.ui.speech.SpeechService` and :class:`~reader.ui.readaloud.ReadAloud`, connects the speech
actions, builds the 朗读 menu (rate, volume, voice per language, confirmations), follows the settings and
picks the voice for the article shown (its script and the 简繁 conversion: 香港繁體 is read in Cantonese when
such a voice exists). The 连读 button shows the say-all reading only (a spoken confirmation is not a
reading), and says when it is paused. Audio export is ``reader.ui.exportcontrols``'.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from reader.core.settings import Settings
from reader.speech.utterances import HEADING_CUE
from reader.ui import strings

if TYPE_CHECKING:
    from reader.speech.engine import SpeechEngine, Voice
    from reader.ui.readaloud import ReadAloud
    from reader.ui.speech import SpeechService
    from reader.ui.windowparts import Window

VOLUMES = (25, 50, 75, 100)
ENGINE_VARIABLE = "READER_SPEECH_ENGINE"
"""``silent`` makes the window use the silent engine (tests); ``pyttsx3`` or unset: the real one."""


def make_engine() -> SpeechEngine:
    """The engine a window reads with: pyttsx3 in its worker, or silent when asked for by the environment."""
    # Imported here, like the export below: the window's start-up does not need them.
    if os.environ.get(ENGINE_VARIABLE) == "silent":
        from reader.speech.silent import SilentEngine

        return SilentEngine()
    from reader.speech.pyttsx3engine import Pyttsx3Engine

    return Pyttsx3Engine()


class SpeechControls(QObject):
    """Speech for one main window (see the module docstring)."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget())
        self.window = window
        # The speech bridge and its reading logic are made at the first use of speech (or the warm-up after
        # the first paint): their imports are start-up time a reader who only reads with the eyes never needs.
        self._service: SpeechService | None = None
        self._read_aloud: ReadAloud | None = None
        self._settings: Settings | None = None
        self._voice_key: tuple[int, str | None, tuple[tuple[str, str], ...]] | None = None
        self._engine_told = False
        self._device_told = False
        self._connect()

    @property
    def service(self) -> SpeechService:
        if self._service is None:
            self._make_speech()
        assert self._service is not None
        return self._service

    @property
    def read_aloud(self) -> ReadAloud:
        if self._read_aloud is None:
            self._make_speech()
        assert self._read_aloud is not None
        return self._read_aloud

    def _make_speech(self) -> None:
        from reader.ui.readaloud import ReadAloud
        from reader.ui.speech import SpeechService

        service = SpeechService(make_engine, self, skip_message=strings.skip_spoken())
        read_aloud = ReadAloud(self.window.reading_view, service, self)
        read_aloud.show_caption = self.window.caption_feeder.show_spoken
        service.state_changed.connect(self._on_state)
        service.say_all_changed.connect(self._on_state)
        service.skipped.connect(self._on_skipped)
        self._service, self._read_aloud = service, read_aloud
        if self._settings is not None:
            self._apply_to_speech(self._settings)

    @property
    def state(self) -> str:
        """``idle``, ``reading`` or ``paused`` (idle before speech was ever used)."""
        return self._service.state if self._service is not None else "idle"

    @property
    def say_all_state(self) -> str:
        """The state of 连读 alone: ``idle``, ``reading`` or ``paused`` (a confirmation is no reading)."""
        return self._service.say_all_state if self._service is not None else "idle"

    # --- audio export (reader.ui.exportcontrols runs it) -------------------------------------------------

    def export_voice(self) -> tuple[str | None, int, str]:
        """The voice, rate and normalisation language an export of the shown text uses: 连读's."""
        self._check_engine()
        self.choose_voice()
        manager = self.service.manager
        return manager.voice, manager.rate, manager.language

    def export_engine(self) -> SpeechEngine:
        """The engine an export synthesises with: a background client of the reading's own queue."""
        return self.service.background_engine()

    def start_export(self, target: Path) -> None:
        self.window.export.start_export(target)

    @property
    def is_exporting(self) -> bool:
        return bool(self.window.export.is_exporting)

    # --- set-up ----------------------------------------------------------------------------------------

    def _connect(self) -> None:
        c = self.window.commands
        c["sound"].triggered.connect(self._toggle_sound)
        c["rate"].triggered.connect(self._cycle_rate)
        c["point_read"].triggered.connect(self._toggle_point_read)
        c["continuous_read"].triggered.connect(self._toggle_reading)
        # A lambda: the reading logic is made at the first use of speech, not when the action is connected.
        c["pause_speech"].triggered.connect(lambda: self.read_aloud.toggle_pause())  # noqa: PLW0108
        c["stop_speech"].triggered.connect(self.stop)
        c["read_selection"].triggered.connect(self._read_selection)
        c["next_sentence"].triggered.connect(lambda: self._navigate(self.service.next_sentence))
        c["previous_sentence"].triggered.connect(lambda: self._navigate(self.service.previous_sentence))
        c["next_paragraph"].triggered.connect(lambda: self._navigate(self.service.next_paragraph))
        c["previous_paragraph"].triggered.connect(lambda: self._navigate(self.service.previous_paragraph))
        c["word_highlight"].triggered.connect(lambda on: self.window.change(word_highlight=on))
        c["heading_cue"].triggered.connect(lambda on: self.window.change(heading_cue=on))

    def create_menu(self, menu: QMenu) -> None:
        """Fill the 朗读 menu."""
        c = self.window.commands
        for name in ("continuous_read", "read_selection", "pause_speech", "stop_speech"):
            menu.addAction(c[name])
        menu.addSeparator()
        for name in ("previous_sentence", "next_sentence", "previous_paragraph", "next_paragraph"):
            menu.addAction(c[name])
        menu.addSeparator()
        menu.addAction(c["sound"])
        menu.addAction(c["point_read"])
        menu.addAction(c["word_highlight"])
        menu.addAction(c["heading_cue"])
        window = self.window
        rates = window.make_menu(menu, strings.rate_menu())
        window.radio_group(
            rates,
            [(f"rate_{wpm}", strings.rate_entry(key, wpm), wpm) for wpm, key in strings.RATES],
            lambda wpm: self.set_rate(wpm, rate_key(wpm)),
        )
        volumes = window.make_menu(menu, strings.volume_menu())
        window.radio_group(
            volumes, [(f"volume_{p}", strings.volume_entry(p), p) for p in VOLUMES], self.set_volume
        )
        self.voice_menu = self.window.make_menu(menu, strings.voice_menu())
        self.voice_menu.aboutToShow.connect(self._fill_voice_menu)
        confirmations = window.make_menu(menu, strings.confirmations_menu())
        window.radio_group(
            confirmations,
            [
                (f"confirm_{mode}", strings.confirmation_entry(mode), mode)
                for mode in ("auto", "always", "never")
            ],
            lambda mode: window.change(announce_toggles=mode),
        )

    def warm_up(self) -> None:
        """Start the engine worker (after the first paint: start-up stays fast), and load what the
        pronunciation of polyphones needs in a thread (pypinyin: about a second, once per process), so the
        first sentence read never waits for it."""
        self.service.warm_up()
        threading.Thread(target=_warm_pronunciation, name="warm-pronunciation", daemon=True).start()

    def close(self) -> None:
        if self._read_aloud is not None:
            self._read_aloud.set_point_read(False)
        if self._service is not None:
            self._service.close()

    # --- settings --------------------------------------------------------------------------------------

    def apply_settings(self, new: Settings) -> None:
        self._settings = new
        if self._service is not None or new.point_read:
            self._apply_to_speech(new)
        self.show_state(new)

    def _apply_to_speech(self, new: Settings) -> None:
        read_aloud = self.read_aloud
        read_aloud.sound = new.sound
        read_aloud.word_highlight = new.word_highlight
        read_aloud.confirm_mode = new.announce_toggles
        if read_aloud.point_read != new.point_read:
            read_aloud.set_point_read(new.point_read)
        self.service.set_rate(new.speech_rate)
        self.service.set_volume(new.speech_volume / 100)
        self.service.set_heading_cue(HEADING_CUE if new.heading_cue else "")
        if not new.sound:
            self.stop()

    def show_state(self, s: Settings) -> None:
        c = self.window.commands
        c["sound"].setChecked(s.sound)
        c["point_read"].setChecked(s.point_read)
        c["word_highlight"].setChecked(s.word_highlight)
        c["heading_cue"].setChecked(s.heading_cue)
        self._show_reading()
        key = rate_key(s.speech_rate)
        c["rate"].setIconText(rate_button_text(key))
        c[f"rate_{nearest_rate(s.speech_rate)}"].setChecked(True)
        c[f"volume_{nearest_volume(s.speech_volume)}"].setChecked(True)
        c[f"confirm_{s.announce_toggles}"].setChecked(True)
        for name in ("pause_speech", "stop_speech", "next_sentence", "previous_sentence"):
            c[name].setEnabled(s.sound)

    # --- commands --------------------------------------------------------------------------------------

    def _toggle_sound(self, is_on: bool) -> None:
        if not is_on:
            self.stop()
        self.window.change(sound=is_on)
        self.window.announce(strings.toggled_status(strings.sound(), is_on))
        if is_on:
            self.read_aloud.confirm(strings.spoken_toggle(strings.sound(), True))

    def _toggle_point_read(self, is_on: bool) -> None:
        self.window.change(point_read=is_on)
        self.window.announce(strings.toggled_status(strings.point_read(), is_on))
        self.read_aloud.confirm(strings.spoken_toggle(strings.point_read(), is_on))

    def _toggle_reading(self, _checked: bool = False) -> None:
        if self.say_all_state != "idle":
            self.stop()
            return
        if not self._ready_to_speak():
            self._show_reading()
            return
        if not self.read_aloud.read_all():
            self.window.announce(strings.nothing_to_read())
        self._show_reading()

    def _read_selection(self) -> None:
        if not self._ready_to_speak():
            return
        if not self.read_aloud.read_selection():
            self.window.announce(strings.nothing_selected())

    def _navigate(self, move: object) -> None:
        if self.state == "idle" or not callable(move):
            return
        move()

    def stop(self) -> None:
        was_active = self.state != "idle"
        if self._read_aloud is not None:
            self._read_aloud.stop()
        self._show_reading()
        if was_active:
            self.window.statusBar().showMessage(strings.reading_stopped(), 3000)

    def _cycle_rate(self) -> None:
        current = nearest_rate(self.window.settings.speech_rate)
        rates = [wpm for wpm, _key in strings.RATES]
        wpm = rates[(rates.index(current) + 1) % len(rates)]
        self.set_rate(wpm, rate_key(wpm))

    def set_rate(self, wpm: int, key: str) -> None:
        self.window.change(speech_rate=wpm)
        message = strings.rate_status(strings.rate_label(key), wpm)
        self.window.announce(message)
        self.read_aloud.confirm(message)

    def set_volume(self, percent: int) -> None:
        self.window.change(speech_volume=percent)
        self.window.announce(strings.volume_status(percent))

    def confirm(self, message: str) -> None:
        settings = self.window.settings
        if not settings.sound or settings.announce_toggles == "never":
            return  # nothing to say: the speech bridge need not be made for it
        self.read_aloud.confirm(message)

    # --- voices ----------------------------------------------------------------------------------------

    def _ready_to_speak(self) -> bool:
        """Sound on, engine up (else the silent stand-in, said once), the article's voice chosen."""
        if not self.window.settings.sound:
            self.window.announce(strings.sound_is_off())
            return False
        self._check_engine()
        if not self.service.player.has_device and not self._device_told:
            self._device_told = True
            self.window.announce(strings.no_sound_device())
        self.choose_voice()
        return True

    def _check_engine(self) -> None:
        from reader.speech.pyttsx3engine import Pyttsx3Engine
        from reader.speech.silent import SilentEngine

        engine = self.service.engine
        if isinstance(engine, Pyttsx3Engine):
            voices = self.service.installed_voices()
            if engine.failure is not None or not voices:
                reason = engine.failure or "no voices"
                self.service.replace_engine(SilentEngine(reason=reason))
                self._tell_engine(reason)
        elif isinstance(engine, SilentEngine) and engine.reason and not self._engine_told:
            self._tell_engine(engine.reason)

    def _tell_engine(self, reason: str) -> None:
        if not self._engine_told:
            self._engine_told = True
            self.window.announce(strings.speech_unavailable(reason))

    def choose_voice(self) -> None:
        s = self.window.settings
        opened = self.window.opened
        key = (id(opened), self.window.conversion, tuple(sorted(s.voices.items())))
        if key == self._voice_key:
            return
        self._voice_key = key
        article = opened.article if opened is not None else None
        self.service.choose_voice(
            language=article.language if article is not None else "zh-Hans",
            text=(article.text or article.page_text) if article is not None else "",
            config=self.window.conversion,
            overrides=s.voices,
        )

    def voice_changed(self) -> None:
        """The article or its conversion changed: choose the voice again at the next reading."""
        self._voice_key = None
        if self.state != "idle":
            self.stop()

    def _fill_voice_menu(self) -> None:
        menu = self.voice_menu
        menu.clear()
        from reader.speech import voices as voice_choice

        installed = self.service.installed_voices()
        chosen = self.window.settings.voices
        for key in (voice_choice.MANDARIN, voice_choice.CANTONESE, voice_choice.ENGLISH):
            group_name = strings.voice_group(key)
            group = QActionGroup(menu)
            sub = menu.addMenu(group_name)
            auto = QAction(strings.voice_auto(), group)
            auto.setToolTip(strings.voice_entry_name(strings.voice_auto()))
            auto.setCheckable(True)
            auto.setChecked(key not in chosen)
            auto.triggered.connect(lambda _=False, k=key: self._set_voice(k, None))
            sub.addAction(auto)
            for voice in sorted(installed, key=lambda v: v.id):
                if key not in voice_choice.voice_keys(voice):
                    continue
                action = QAction(voice_label(voice), group)
                action.setToolTip(strings.voice_entry_name(voice_label(voice)))
                action.setCheckable(True)
                action.setChecked(chosen.get(key) == voice.id)
                action.triggered.connect(lambda _=False, k=key, v=voice: self._set_voice(k, v))
                sub.addAction(action)
            sub.setEnabled(len(sub.actions()) > 1)

    def _set_voice(self, key: str, voice: Voice | None) -> None:
        voices = dict(self.window.settings.voices)
        if voice is None:
            voices.pop(key, None)
        else:
            voices[key] = voice.id
        self.window.change(voices=voices)
        self._voice_key = None
        name = voice_label(voice) if voice else strings.voice_auto()
        self.window.announce(strings.voice_status(strings.voice_choice_label(strings.voice_group(key), name)))

    # --- state and messages ----------------------------------------------------------------------------

    def _on_state(self, _state: str) -> None:
        self._show_reading()

    def _show_reading(self) -> None:
        """连读 checked while a say-all reading runs or is paused; paused says so in its text."""
        action = self.window.commands["continuous_read"]
        state = self.say_all_state
        action.setChecked(state != "idle")
        control = strings.continuous_read()
        action.setIconText(strings.reading_paused_state() if state == "paused" else control.button_text)

    def _on_skipped(self, utterance: object, _reason: str) -> None:
        text = getattr(utterance, "text", "")
        self.window.statusBar().showMessage(strings.skipped_status(str(text)[:60]), 8000)


def nearest_rate(wpm: int) -> int:
    return min((rate for rate, _key in strings.RATES), key=lambda rate: abs(rate - wpm))


def rate_button_text(key: str) -> str:
    """The 语速 button's text for the rate called ``key``: 语速·正常."""
    return f"{strings.speech_rate().button_text}·{strings.rate_label(key)}"


def rate_key(wpm: int) -> str:
    return dict(strings.RATES)[nearest_rate(wpm)]


def nearest_volume(percent: int) -> int:
    return min(VOLUMES, key=lambda volume: abs(volume - percent))


def voice_label(voice: Voice) -> str:
    languages = ", ".join(voice.languages)
    return f"{voice.name} ({languages})" if languages else voice.name


WARM_UP_DELAY_MS = 500
"""The speech worker starts this long after the window: after its first paint, long before a reader finds
the 连读 button (a Read pressed earlier starts it at once; the worker is ready in ~90 ms)."""


def _warm_pronunciation() -> None:
    try:
        from reader.speech import pronunciation

        pronunciation.warm()
    except Exception:  # speech still works, only the first rewrite waits
        logging.getLogger(__name__).warning("could not load the pronunciation table", exc_info=True)


def start_soon(controls: SpeechControls) -> None:
    """Warm the engine up shortly after start-up."""
    QTimer.singleShot(WARM_UP_DELAY_MS, controls.warm_up)
