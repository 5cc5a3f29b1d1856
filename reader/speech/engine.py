"""The speech engine contract: what an engine offers, what it is asked and what it hands back.

Speech is data (NVDA's habit): a :class:`SynthesisRequest` is one utterance (one sentence) with its voice and
rate; the engine answers with a :class:`SynthesisResult` holding the audio as PCM and the word marks it could
give, with each word's time in that audio when the engine knows it. Engines never play anything: the UI
plays the audio itself (QtMultimedia), so stop and pause are immediate and the highlight follows what is
heard (see platform-notes.md for why pyttsx3's own playback cannot do that).

Engines are asynchronous and poll-driven so that the same code serves the window (a timer or socket
notifier calls :meth:`SpeechEngine.results`) and the command line (which calls :meth:`SpeechEngine.wait`).
Nothing here imports Qt.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field

DEFAULT_RATE = 200
"""Words per minute, the unit of pyttsx3's ``rate`` on espeak and nsss (its default there)."""
MIN_RATE = 80
MAX_RATE = 450


@dataclass(frozen=True, slots=True)
class Voice:
    """An installed voice; ``languages`` are lower-case tags with ``-`` (``cmn``, ``yue``, ``zh-cn``)."""

    id: str
    name: str
    languages: tuple[str, ...]
    engine: str
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What an engine can do; the manager and the UI adapt to it instead of asking which engine it is."""

    word_marks: bool
    """Results carry :class:`WordMark` s (which part of the text each word is)."""
    timed_words: bool
    """Word marks carry ``time_ms``: a word-level highlight can follow the audio."""
    voices: bool
    """More than one voice can be chosen."""
    rate_range: tuple[int, int] = (MIN_RATE, MAX_RATE)
    """Rates (words per minute) the engine honours; requests outside are clamped."""


@dataclass(frozen=True, slots=True)
class WordMark:
    """One word of an utterance: ``text[start:end]`` in code points, starting ``time_ms`` into the audio."""

    start: int
    end: int
    time_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Audio:
    """Mono or stereo signed 16-bit little-endian PCM."""

    pcm: bytes
    sample_rate: int
    channels: int = 1

    @property
    def frame_count(self) -> int:
        return len(self.pcm) // (2 * self.channels)

    @property
    def duration_ms(self) -> int:
        return self.frame_count * 1000 // self.sample_rate if self.sample_rate else 0


@dataclass(frozen=True, slots=True)
class SynthesisRequest:
    """One utterance to synthesise. ``id`` is chosen by the caller, unique and increasing per engine."""

    id: int
    text: str
    voice: str | None = None
    """A :attr:`Voice.id`; ``None`` for the engine's default voice."""
    rate: int = DEFAULT_RATE
    """Words per minute."""


@dataclass(frozen=True, slots=True)
class SynthesisResult:
    """The engine's answer to one request: audio and word marks, or an error saying why there is none."""

    id: int
    audio: Audio | None = None
    words: tuple[WordMark, ...] = field(default=())
    error: str | None = None
    """Why the request failed (engine died, no audio, hung…); ``None`` when it succeeded."""
    attempts: int = 1
    """How many times the engine tried (a failed synthesis is retried once before the error is reported)."""

    @property
    def ok(self) -> bool:
        return self.error is None and self.audio is not None and self.audio.frame_count > 0


class SpeechEngine(abc.ABC):
    """An engine: synthesises requests in the background and hands results back when polled.

    Contract, for every implementation:
    - :meth:`submit` never blocks for long (it queues) and never raises for a bad text; problems come back
      as a result with ``error`` set. Every submitted request gets exactly one result unless it was
      cancelled by :meth:`cancel` first.
    - Results come back in submission order.
    - After :meth:`cancel`, no result of a request submitted before it is ever returned (stale audio from a
      stopped reading must not play).
    - A hung or dead backend is restarted by the engine itself (bounded wait), the request retried once,
      then answered with an error; the engine stays usable.
    """

    name: str = "engine"
    capabilities: Capabilities = Capabilities(word_marks=False, timed_words=False, voices=False)

    def start(self) -> None:  # noqa: B027 - optional hook, empty on purpose
        """Warm up (start a worker, load voices) so the first request is fast. Idempotent."""

    @abc.abstractmethod
    def voices(self) -> list[Voice]:
        """Installed voices (may start the engine)."""

    @abc.abstractmethod
    def submit(self, request: SynthesisRequest) -> None:
        """Queue ``request`` for synthesis."""

    @abc.abstractmethod
    def results(self) -> list[SynthesisResult]:
        """Finished results not yet handed out, in order; never blocks. Also where hangs are detected."""

    @abc.abstractmethod
    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds until :meth:`results` has something; True if it has."""

    @abc.abstractmethod
    def cancel(self) -> None:
        """Forget every pending request; their results are never returned."""

    def fileno(self) -> int | None:
        """A descriptor that becomes readable when results may be ready, or None (then poll on a timer)."""
        return None

    @property
    def pending(self) -> int:
        """Requests submitted and not yet answered (nor cancelled)."""
        return 0

    def close(self) -> None:  # noqa: B027 - optional hook, empty on purpose
        """Stop the backend and free it. Idempotent."""

    def __enter__(self) -> SpeechEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
