"""The silent engine: the same interface as the real one, no sound backend. Test double and last fallback.

It answers every request at once with real silent PCM (22050 Hz mono, 16-bit) of a plausible length —
about 4 Han characters a second at 200 words per minute, a Latin word per minute-fraction at the rate —
and one :class:`WordMark` per Han character or Latin word, its time spread over the audio.

Scripting, for the failure cases a real engine cannot produce on demand (the manager's tests use it):

``fail_next(n, error)``
    the next ``n`` synthesis *attempts* fail. Like the real engine, a request is retried once, so
    ``fail_next(1)`` gives a good result with ``attempts == 2`` and ``fail_next(2)`` an error result.
``die_next(n)``
    the next ``n`` attempts "crash the backend": :attr:`restart_count` grows by one per crash and the
    request is retried once, then answered with an error (``"speech engine stopped unexpectedly"``).
``delay_next(seconds, n)``
    the next ``n`` results become ready only ``seconds`` later (by :attr:`clock`): a slow or hung engine
    as the manager sees it. :meth:`wait` sleeps for them (up to its timeout).
``submitted`` / ``on_submit``
    every request submitted, in order; ``on_submit(request)`` is called for each (may call back in).
``clock``
    the time source (``time.monotonic`` by default); a test may pass its own to control delays.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from reader.speech.engine import (
    DEFAULT_RATE,
    MAX_RATE,
    MIN_RATE,
    Audio,
    Capabilities,
    SpeechEngine,
    SynthesisRequest,
    SynthesisResult,
    Voice,
    WordMark,
)

SAMPLE_RATE = 22050
HAN_PER_SECOND = 4.0
"""Han characters per second at :data:`DEFAULT_RATE` (espeak's Mandarin voice measures 4.2 here)."""
_HAN_CLASS = "[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
_HAN = re.compile(_HAN_CLASS)
_WORD = re.compile(rf"{_HAN_CLASS}|(?:(?!{_HAN_CLASS})[^\W_])+")

SILENT_VOICES = (
    Voice("silent/cmn", "Silent Mandarin", ("cmn",), "silent"),
    Voice("silent/yue", "Silent Cantonese", ("yue",), "silent"),
    Voice("silent/en", "Silent English", ("en",), "silent"),
)


def word_spans(text: str) -> list[tuple[int, int]]:
    """One span per Han character and per run of other letters/digits (a Latin word, a number)."""
    return [match.span() for match in _WORD.finditer(text)]


def plausible_duration_ms(text: str, rate: int = DEFAULT_RATE) -> int:
    """How long a voice would take: Han characters at ~4/s and other words at ``rate`` per minute."""
    rate = min(max(rate, MIN_RATE), MAX_RATE)
    spans = word_spans(text)
    han = sum(1 for start, _ in spans if _HAN.match(text, start))
    words = len(spans) - han
    seconds_at_default = han / HAN_PER_SECOND + words * 60.0 / DEFAULT_RATE
    # The trailing pause espeak adds to every message (and something to play for a lone punctuation mark).
    return round(seconds_at_default * DEFAULT_RATE / rate * 1000) + 200


@dataclass(slots=True)
class _Queued:
    result: SynthesisResult
    ready_at: float


class SilentEngine(SpeechEngine):
    """Synchronous, deterministic, scriptable; see the module docstring."""

    name = "silent"
    capabilities = Capabilities(word_marks=True, timed_words=True, voices=True)

    def __init__(self, *, clock: Callable[[], float] = time.monotonic, reason: str | None = None) -> None:
        self.clock = clock
        self.reason = reason
        """Why this engine is in use when it stands in for a real one (see :func:`engines.create_engine`)."""
        self.submitted: list[SynthesisRequest] = []
        self.on_submit: Callable[[SynthesisRequest], None] | None = None
        self.restart_count = 0
        self.started = False
        self.closed = False
        self._failures: list[str] = []
        self._deaths = 0
        self._delays: list[float] = []
        self._queue: list[_Queued] = []

    # --- scripting ----------------------------------------------------------------------------------------

    def fail_next(self, count: int = 1, error: str = "no audio") -> None:
        self._failures.extend([error] * count)

    def die_next(self, count: int = 1) -> None:
        self._deaths += count

    def delay_next(self, seconds: float, count: int = 1) -> None:
        self._delays.extend([seconds] * count)

    # --- the contract -------------------------------------------------------------------------------------

    def start(self) -> None:
        self.started = True

    def voices(self) -> list[Voice]:
        return list(SILENT_VOICES)

    def submit(self, request: SynthesisRequest) -> None:
        self.submitted.append(request)
        if self.on_submit is not None:
            self.on_submit(request)
        result = self._synthesize(request)
        delay = self._delays.pop(0) if self._delays else 0.0
        self._queue.append(_Queued(result, self.clock() + delay))

    def results(self) -> list[SynthesisResult]:
        now = self.clock()
        ready: list[SynthesisResult] = []
        # In order: a delayed result holds back the ones after it, as a busy worker would.
        while self._queue and self._queue[0].ready_at <= now:
            ready.append(self._queue.pop(0).result)
        return ready

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + max(timeout, 0.0)
        while self._queue:
            if self._queue[0].ready_at <= self.clock():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(0.005, max(deadline - time.monotonic(), 0.0)))
        return False

    def cancel(self) -> None:
        self._queue.clear()

    @property
    def pending(self) -> int:
        return len(self._queue)

    def close(self) -> None:
        self.closed = True
        self._queue.clear()

    # --- inside -------------------------------------------------------------------------------------------

    def _synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        error: str | None = None
        for attempt in (1, 2):
            if self._deaths:
                self._deaths -= 1
                self.restart_count += 1
                error = "speech engine stopped unexpectedly"
                continue
            if self._failures:
                error = self._failures.pop(0)
                continue
            if not request.text.strip():
                return SynthesisResult(request.id, error="nothing to say", attempts=attempt)
            return self._silence(request, attempt)
        return SynthesisResult(request.id, error=error, attempts=2)

    def _silence(self, request: SynthesisRequest, attempt: int) -> SynthesisResult:
        duration = plausible_duration_ms(request.text, request.rate)
        frames = duration * SAMPLE_RATE // 1000
        spans = word_spans(request.text)
        step = duration / max(len(spans), 1)
        words = tuple(WordMark(start, end, round(index * step)) for index, (start, end) in enumerate(spans))
        audio = Audio(bytes(2 * frames), SAMPLE_RATE)
        return SynthesisResult(request.id, audio=audio, words=words, attempts=attempt)
