"""Audio playback of synthesised sentences: the window's :class:`reader.speech.playback.Player`.

One ``QAudioSink`` in pull mode plays one clip (a sentence's PCM from the engine) out of a ``QBuffer``. Why
not ``QMediaPlayer``: the sink starts in ~40 ms, stops at once (``stop()`` drops what is buffered: measured
silent on a PulseAudio null sink's monitor within one 10 ms capture period), pauses mid-sentence
(``suspend``/``resume``) and says how much it has played (``processedUSecs``), which drives the word
highlight. The sink is kept between clips of the same format and only remade when the format changes.

The end of a clip (the sink going idle with its buffer read to the end) is reported as ``finished(token)``;
a clip that was stopped or replaced is never reported, so a late state change cannot advance a reading
that was stopped.

Without any audio output (no sound card, no sound server) the player keeps time instead of sounding: each
clip "plays" for its duration on a clock, so the highlight and the caption strip still follow the text at
the speaking rate for a reader who reads along with the eyes. :attr:`AudioPlayer.has_device` tells the
window, which says so once.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, QTimer, Signal

# PySide6 6.12: ``stateChanged`` carries a ``QAudio::State``, which can only be handed to Python once the
# ``QAudio`` alias namespace has been imported (without it every emission raises TypeError). ``state()`` and
# ``error()`` return ``QtAudio`` enums, a different Python type, and that is what this module compares with.
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: F401

from reader.speech.engine import Audio

OUTPUT_LATENCY_MS = 60


class AudioPlayer(QObject):
    """Plays one clip at a time; ``finished(token)`` when a clip has played to its end."""

    finished = Signal(int)
    failed = Signal(int, str)
    """``(token, reason)``: the clip could not be played (no audio device, device error)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._format: tuple[int, int] | None = None
        self._buffer: QBuffer | None = None
        self._token: int | None = None
        self._volume = 1.0
        self.has_device = not QMediaDevices.defaultAudioOutput().isNull()
        # The clock of device-less playback: elapsed time of the clip, its length, and the end timer.
        self._clock = QElapsedTimer()
        self._clock_before_ms = 0
        self._clip_ms = 0
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self._on_clock_end)

    # --- the Player protocol ------------------------------------------------------------------------

    def play(self, audio: Audio, token: int) -> None:
        """Start ``audio`` now, replacing whatever is playing (which is then never reported finished)."""
        self._halt()
        if not self.has_device:
            self._token = token
            self._clip_ms = audio.duration_ms
            self._clock_before_ms = 0
            self._clock.start()
            self._end_timer.start(self._clip_ms)
            return
        sink = self._sink_for(audio)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(audio.pcm))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._token = token
        sink.setVolume(self._volume)
        sink.start(buffer)
        if sink.error() != QtAudio.Error.NoError:
            self._token = None
            self.failed.emit(token, f"audio device error {sink.error().name}")

    def stop(self) -> None:
        """Silence at once; nothing is reported for the stopped clip."""
        self._halt()

    def pause(self) -> None:
        if not self.has_device:
            if self._token is not None and self._end_timer.isActive():
                self._clock_before_ms += self._clock.elapsed()
                self._end_timer.stop()
            return
        if self._sink is not None and self._sink.state() == QtAudio.State.ActiveState:
            self._sink.suspend()

    def resume(self) -> None:
        if not self.has_device:
            if self._token is not None and not self._end_timer.isActive():
                self._clock.start()
                self._end_timer.start(max(0, self._clip_ms - self._clock_before_ms))
            return
        if self._sink is not None and self._sink.state() == QtAudio.State.SuspendedState:
            self._sink.resume()

    def position_ms(self) -> int:
        """How far into the current clip the listener is, in ms.

        ``processedUSecs`` counts what the sink handed to the sound server; on PulseAudio that ran ~70 ms
        ahead of what a capture of the sink's monitor heard (measured), so :data:`OUTPUT_LATENCY_MS` is
        taken off: a word is marked as it is heard, not before.
        """
        if not self.has_device:
            if self._token is None:
                return 0
            running = self._clock.elapsed() if self._end_timer.isActive() else 0
            return min(self._clip_ms, self._clock_before_ms + running)
        sink = self._sink
        if sink is None or self._token is None:
            return 0
        return max(0, sink.processedUSecs() // 1000 - OUTPUT_LATENCY_MS)

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    # --- state --------------------------------------------------------------------------------------

    @property
    def token(self) -> int | None:
        """The clip playing or paused, or None."""
        return self._token

    @property
    def is_paused(self) -> bool:
        if not self.has_device:
            return self._token is not None and not self._end_timer.isActive()
        return self._sink is not None and self._sink.state() == QtAudio.State.SuspendedState

    def _sink_for(self, audio: Audio) -> QAudioSink:
        wanted = (audio.sample_rate, audio.channels)
        if self._sink is None or self._format != wanted:
            if self._sink is not None:
                self._sink.stateChanged.disconnect()
                self._sink.deleteLater()
            audio_format = QAudioFormat()
            audio_format.setSampleRate(audio.sample_rate)
            audio_format.setChannelCount(audio.channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio_format, self)
            self._sink.stateChanged.connect(self._on_state)
            self._format = wanted
        return self._sink

    def _halt(self) -> None:
        self._token = None
        self._end_timer.stop()
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._sink.stop()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _on_clock_end(self) -> None:
        token, self._token = self._token, None
        if token is not None:
            self.finished.emit(token)

    def _on_state(self, _state: object) -> None:
        token = self._token
        if token is None or self._sink is None:
            return
        # The signal's argument is a QAudio.State, a different Python enum from state()'s QtAudio.State.
        state = self._sink.state()
        if state == QtAudio.State.IdleState and self._buffer is not None and self._buffer.atEnd():
            # Pull mode: idle with the buffer read through = the clip has been handed to the device.
            self._token = None
            self._sink.stop()
            self.finished.emit(token)
        elif state == QtAudio.State.StoppedState and self._sink.error() != QtAudio.Error.NoError:
            self._token = None
            self.failed.emit(token, f"audio device error {self._sink.error().name}")
