"""The speech manager: one object that owns reading aloud, and every engine and player event on the way.

Modelled on NVDA's speech manager and say-all: the text is spoken one sentence (:class:`Utterance`) at a
time; a few sentences are synthesised ahead; each clip is played as the one before it ends; the listener is
told which sentence (and word) is being heard, so the window can highlight it, show it in the caption strip
and scroll to it. Qt-free and poll-driven: the window calls :meth:`SpeechManager.pump` when the engine's
``fileno()`` is readable, :meth:`SpeechManager.tick` every ~30 ms while :attr:`SpeechManager.state` is not
idle, and :meth:`SpeechManager.playback_finished` when the player reports a clip's end. Every call, and every
listener callback, happens on that one thread; listeners may call back into the manager (stop in a
callback is fine).

Flow of a reading (连读 :meth:`read_from`, a selection :meth:`read_range`, 指读 :meth:`speak`):

1. Stop what is going on: a new *generation* starts; the engine is told to cancel; the player stops. From
   then on, results of older requests and the end of older clips are ignored (ids and tokens that are not
   ours any more), so a stopped reading can never sound or move the highlight again.
2. Sentences come lazily from the text (``reader.speech.utterances``); the first is submitted to the engine
   at once (Read → first audio does not depend on the article's length), then up to ``lookahead`` in all
   are kept in flight or ready, with increasing request ids.
3. :meth:`pump` files each result under its sentence. When nothing plays and the first sentence in the
   queue has its audio, it is played (with the volume set for it), and the listener hears
   ``sentence_started``; :meth:`tick` reports ``word_started`` as the player's position passes each word's
   time (engines with timed words), mapped to block positions through the normalisation map.
4. A result that is not ok is submitted again, once (unless the engine already tried twice). After that
   the sentence is skipped: the listener hears ``skipped`` and a short spoken message plays in its place;
   reading goes on. A result that never comes is treated the same after a bounded wait (the engine should
   handle hangs itself; this is the backstop). Reading never stalls silently.
5. Announcements (spoken confirmations) during a reading are spoken right after the current sentence,
   then the reading goes on; otherwise at once.
6. When the queue is empty and the text has no more sentences, the listener hears ``finished`` and the
   manager is idle.

Rate, voice and volume changes apply from the next sentence: sentences synthesised ahead with the old rate
or voice are synthesised again.
"""

from __future__ import annotations

import enum
import logging
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from reader.speech.engine import DEFAULT_RATE, SpeechEngine, SynthesisRequest, SynthesisResult, WordMark
from reader.speech.playback import Player
from reader.speech.utterances import (
    Normalizer,
    Position,
    ReadingText,
    Utterance,
    UtteranceKind,
    UtteranceMaker,
    default_normalizer,
    message,
)

_log = logging.getLogger(__name__)

SKIP_MESSAGE = "这一句无法朗读，已跳过"
"""Spoken in place of a sentence that could not be synthesised."""
_PUMP_ROUNDS = 8
RESTART_WINDOW_MS = 1000
"""Previous sentence within this long of a sentence's start goes to the one before (media players do so)."""


class SpeechState(enum.Enum):
    IDLE = "idle"
    READING = "reading"
    PAUSED = "paused"


class SkipReason(enum.Enum):
    """Why a sentence was skipped; the window words it in the interface language."""

    FAILED = "failed"
    """The engine answered with an error or with no audio, twice."""
    TIMEOUT = "timeout"
    """The engine gave no answer within the bounded wait, twice."""


class SpeechListener:
    """What the manager reports; every method is a no-op here: override what you need."""

    def state_changed(self, state: SpeechState) -> None:
        """The manager went idle, started reading, paused or resumed."""

    def sentence_started(self, utterance: Utterance) -> None:
        """``utterance`` started playing: highlight, caption, auto-scroll. Messages have ``is_message``."""

    def word_started(self, utterance: Utterance, start: int, end: int) -> None:
        """The word at block positions ``start:end`` of ``utterance.block`` is being heard."""

    def skipped(self, utterance: Utterance, reason: SkipReason) -> None:
        """``utterance`` could not be synthesised and is skipped (a spoken message takes its place)."""

    def finished(self) -> None:
        """The reading reached its end (not reported after :meth:`SpeechManager.stop`)."""

    def playback_failed(self, reason: str) -> None:
        """The player could not play (no audio device…); the reading has stopped."""


@dataclass(eq=False)
class _Item:
    """One utterance in the queue: its request to the engine and, once it came, the result."""

    utterance: Utterance
    request_id: int = -1
    result: SynthesisResult | None = None
    submissions: int = 0
    waiting_since: float | None = None
    """When this became the first item still waiting for its result (for the bounded wait)."""
    skipped: Utterance | None = None
    """For a "skipped" message: the sentence it stands for."""
    marks: list[WordMark] = field(default_factory=list)


class SpeechManager:
    """Owns say-all and 指读; see the module docstring for the flow."""

    def __init__(
        self,
        engine: SpeechEngine,
        player: Player,
        listener: SpeechListener | None = None,
        *,
        lookahead: int = 3,
        rate: int = DEFAULT_RATE,
        voice: str | None = None,
        volume: float = 1.0,
        language: str = "cmn",
        normalizer: Normalizer | None = None,
        skip_message: str = SKIP_MESSAGE,
        result_timeout: float = 10.0,
        result_timeout_per_char: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``result_timeout`` (+ ``result_timeout_per_char`` per spoken character) bounds the wait for one
        result, counted from when it is the first one awaited; ``clock`` gives seconds (tests pass a fake)."""
        if lookahead < 1:
            raise ValueError(f"lookahead must be at least 1, not {lookahead}")
        self.engine = engine
        self.player = player
        self.listener = listener or SpeechListener()
        self.lookahead = lookahead
        self.language = language
        self.normalizer: Normalizer = normalizer or default_normalizer
        self.skip_message = skip_message
        self.result_timeout = result_timeout
        self.result_timeout_per_char = result_timeout_per_char
        self._clock = clock
        self._rate = rate
        self._voice = voice
        self._volume = volume
        self._state = SpeechState.IDLE
        self._generation = 0
        self._next_request = 0
        self._next_token = 0
        self._queue: deque[_Item] = deque()
        self._by_request: dict[int, _Item] = {}
        self._source: Iterator[Utterance] | None = None
        self._maker: UtteranceMaker | None = None
        self._stop_at: Position | None = None
        self._range_start: Position | None = None
        self._playing: _Item | None = None
        self._token = -1
        self._word_index = -1
        self._word_range = (-1, -1)
        self._last_sentence: Utterance | None = None
        """The sentence being read, or last read, or about to be read after a jump."""
        self._is_last_started = False

    # -- what the window asks ---------------------------------------------------------------------------

    @property
    def state(self) -> SpeechState:
        return self._state

    @property
    def current(self) -> Utterance | None:
        """The utterance being heard (or paused in), or None."""
        return self._playing.utterance if self._playing is not None else None

    @property
    def generation(self) -> int:
        """Increases at every stop, jump and new reading (the bridge can drop events of older ones)."""
        return self._generation

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def voice(self) -> str | None:
        return self._voice

    @property
    def volume(self) -> float:
        return self._volume

    def read_from(self, text: ReadingText, block: int = 0, offset: int = 0) -> None:
        """连读: from the sentence holding ``(block, offset)`` to the end of ``text``."""
        maker = self._new_maker(text)
        self._begin(maker.iter_from(block, offset), maker)

    def read_range(self, text: ReadingText, start: Position, end: Position) -> None:
        """Read a selection; its first and last sentences are clipped to it."""
        start, end = Position(*start), Position(*end)
        if end < start:
            start, end = end, start
        maker = self._new_maker(text)
        self._begin(maker.iter_from(start.block, start.offset, stop=end, clip=True), maker, start, end)

    def speak(self, what: str | Utterance, *, interrupt: bool = True) -> None:
        """指读: say one sentence or a control's name. Interrupts everything, unless ``interrupt`` is False
        and something is being read: then it is said after the current sentence, like an announcement."""
        utterance = what if isinstance(what, Utterance) else self._message(what, normalize=True)
        if not interrupt and self._state is not SpeechState.IDLE:
            self._interject(utterance)
            return
        self._begin(iter((utterance,)), None)

    def announce(self, text: str) -> None:
        """A spoken confirmation: after the current sentence during a reading (which then goes on), else now.

        While paused it waits for :meth:`resume`. Staying quiet when a screen reader runs is the caller's
        decision (it knows).
        """
        utterance = self._message(text, normalize=True)
        if self._state is SpeechState.IDLE:
            self._begin(iter((utterance,)), None)
        else:
            self._interject(utterance)

    def stop(self) -> None:
        """Silence at once and forget everything queued. Safe in any state, any number of times."""
        self._reset()
        self._set_state(SpeechState.IDLE)

    def pause(self) -> None:
        """Hold the current sentence where it is (nothing starts while paused)."""
        if self._state is not SpeechState.READING:
            return
        if self._playing is not None:
            self.player.pause()
        self._set_state(SpeechState.PAUSED)

    def resume(self) -> None:
        """Continue mid-sentence after :meth:`pause`."""
        if self._state is not SpeechState.PAUSED:
            return
        generation = self._generation
        self._set_state(SpeechState.READING)
        if self._generation != generation:
            return  # the listener started something else
        if self._playing is not None:
            self.player.resume()
        else:
            self._continue()

    def next_sentence(self) -> None:
        """During a reading, skip to the next sentence and keep reading (its audio is usually ready).

        Like every move, this ends a pause.
        """
        if self._state is SpeechState.IDLE:
            return
        if self._playing is not None:
            self._drop_playing()
        elif self._queue:
            self._forget(self._queue.popleft())
        self._set_state(SpeechState.READING)
        self._continue()

    def previous_sentence(self) -> None:
        """Back to the start of the current sentence; to the previous one within its first second."""
        current = self._last_sentence
        if self._state is SpeechState.IDLE or self._maker is None or current is None:
            return
        target: Utterance | None = current
        is_heard = self._playing is not None and self._playing.utterance is current
        # Not started yet (a jump just asked for it): a second press goes further back.
        is_early = not self._is_last_started or (is_heard and self.player.position_ms() < RESTART_WINDOW_MS)
        if is_early:
            before = self._maker.previous(current.position)
            if before is not None and (self._range_start is None or before.position >= self._range_start):
                target = before
        self._jump(target)

    def next_paragraph(self) -> None:
        """During a reading, go on from the start of the next paragraph with something to say."""
        current = self._last_sentence
        if self._state is SpeechState.IDLE or self._maker is None or current is None:
            return
        target = self._maker.paragraph_start(current.block + 1)
        if target is None or (self._stop_at is not None and target.position >= self._stop_at):
            self._finish()  # past the last paragraph: the reading is over
            return
        self._jump(target)

    def previous_paragraph(self) -> None:
        """Back to the start of the current paragraph, or of the previous one from its first sentence."""
        current = self._last_sentence
        if self._state is SpeechState.IDLE or self._maker is None or current is None:
            return
        target = self._maker.paragraph_start(current.block)
        if target is None or target.start >= current.start:
            target = self._maker.previous_paragraph_start(current.block) or target
        if target is not None and self._range_start is not None and target.position < self._range_start:
            target = current
        self._jump(target)

    def set_rate(self, wpm: int) -> None:
        """Words per minute, from the next sentence on."""
        if wpm != self._rate:
            self._rate = wpm
            self._resynthesize()

    def set_voice(self, voice: str | None, *, language: str | None = None) -> None:
        """A voice id (and the language its text is normalised for), from the next sentence on."""
        is_new_language = language is not None and language != self.language
        changed = voice != self._voice or is_new_language
        self._voice = voice
        if language is not None and is_new_language:
            self.language = language
            if self._maker is not None:
                self._maker.language = language
            for item in self._queue:
                utterance = item.utterance
                if not utterance.is_message:
                    spoken = self.normalizer(utterance.text, language)
                    item.utterance = replace(utterance, spoken=spoken, language=language)
        if changed:
            self._resynthesize()

    def set_volume(self, volume: float) -> None:
        """0.0–1.0, from the next sentence on (given to the player just before each clip)."""
        self._volume = min(max(volume, 0.0), 1.0)

    # -- what the engine, the player and the timer drive ------------------------------------------------

    def pump(self) -> None:
        """Take the engine's finished results and play what is due. Cheap when there is nothing."""
        generation = self._generation
        # Filing a failure may submit again; a synchronous engine has answered that by the next round.
        for _ in range(_PUMP_ROUNDS):
            results = self.engine.results()
            if not results:
                break
            for result in results:
                if self._generation != generation:
                    return  # a listener callback started something new: the rest are stale
                self._file(result)
        if self._generation == generation:
            self._check_timeouts()
        if self._generation == generation:
            self._continue()

    def tick(self) -> None:
        """Report the word being heard; also the bounded wait for results. Call every ~30 ms."""
        self.pump()
        item = self._playing
        if item is None or self._state is not SpeechState.READING or not item.marks:
            return
        position = self.player.position_ms()
        index = self._word_index
        while index + 1 < len(item.marks) and (item.marks[index + 1].time_ms or 0) <= position:
            index += 1
        if index != self._word_index:
            self._word_index = index
            utterance = item.utterance
            word = utterance.word_range(item.marks[index])
            # The spoken words of one replaced piece (百分之三十 for 30%) all map to that piece: say it once.
            if word != self._word_range:
                self._word_range = word
                self.listener.word_started(utterance, *word)

    def playback_finished(self, token: int) -> None:
        """The player's clip ``token`` ended by itself. Tokens of stopped or replaced clips are ignored."""
        if token != self._token or self._playing is None:
            return
        self._playing = None
        self._token = -1
        self._continue()

    def playback_failed(self, token: int, reason: str) -> None:
        """The player could not play clip ``token`` (no device, device error): stop, and say so.

        Going on would race through the text without a sound; stopping leaves the caret where it was.
        """
        if token != self._token or self._playing is None:
            return
        self.stop()
        self.listener.playback_failed(reason)

    def close(self) -> None:
        """Stop; the engine and the player belong to the caller."""
        self.stop()

    # -- inside -----------------------------------------------------------------------------------------

    def _new_maker(self, text: ReadingText) -> UtteranceMaker:
        return UtteranceMaker(text, language=self.language, normalizer=self.normalizer)

    def _message(self, text: str, *, normalize: bool) -> Utterance:
        if not normalize:
            return message(text, language=self.language)
        spoken = self.normalizer(text, self.language)
        return Utterance(-1, 0, len(text), text, spoken, self.language, UtteranceKind.MESSAGE)

    def _begin(
        self,
        source: Iterator[Utterance],
        maker: UtteranceMaker | None,
        range_start: Position | None = None,
        stop_at: Position | None = None,
    ) -> None:
        self._reset()
        generation = self._generation
        self._source = source
        self._maker = maker
        self._range_start = range_start
        self._stop_at = stop_at
        self._set_state(SpeechState.READING)
        if self._generation != generation:
            return
        self._fill()
        # A synchronous engine has the first result already: play it without waiting for the next pump.
        self.pump()

    def _jump(self, target: Utterance | None) -> None:
        """Go on reading from ``target`` (same text, same range end), as from a fresh start."""
        if target is None or self._maker is None:
            return
        maker, range_start, stop_at = self._maker, self._range_start, self._stop_at
        source = maker.iter_from(target.block, target.start, stop=stop_at, clip=True)
        self._last_sentence = target
        self._is_last_started = False
        self._begin(source, maker, range_start, stop_at)

    def _reset(self) -> None:
        """Forget the queue and the clip; everything older than now becomes stale."""
        self._generation += 1
        had_requests = bool(self._by_request)
        self._queue.clear()
        self._by_request.clear()
        self._source = None
        self._word_index = -1
        if had_requests:
            self.engine.cancel()
        if self._playing is not None or self._token != -1:
            self._playing = None
            self._token = -1
        # Stopping an idle player is harmless, and the player may be in a state we do not know (a clip the
        # owner has not reported yet): always silence it.
        self.player.stop()

    def _set_state(self, state: SpeechState) -> None:
        if state is not self._state:
            self._state = state
            self.listener.state_changed(state)

    def _fill(self) -> None:
        """Keep ``lookahead`` utterances in flight or ready after the one playing."""
        while self._source is not None and self._sentences_queued() < self.lookahead:
            utterance = next(self._source, None)
            if utterance is None:
                self._source = None
                break
            item = _Item(utterance)
            self._queue.append(item)
            self._submit(item)

    def _sentences_queued(self) -> int:
        return sum(1 for item in self._queue if not item.utterance.is_message)

    def _submit(self, item: _Item) -> None:
        self._next_request += 1
        item.request_id = self._next_request
        item.result = None
        item.marks = []
        item.submissions += 1
        item.waiting_since = None
        self._by_request[item.request_id] = item
        self.engine.submit(
            SynthesisRequest(
                id=item.request_id, text=item.utterance.spoken.text, voice=self._voice, rate=self._rate
            )
        )

    def _interject(self, utterance: Utterance) -> None:
        """Queue ``utterance`` to be said after the current one, before the rest of the reading."""
        index = 0
        while index < len(self._queue) and self._queue[index].utterance.is_message:
            index += 1  # after earlier announcements, in order
        item = _Item(utterance)
        self._queue.insert(index, item)
        self._submit(item)
        self._continue()

    def _file(self, result: SynthesisResult) -> None:
        """File ``result`` under its utterance; a failure is retried or skipped."""
        item = self._by_request.pop(result.id, None)
        if item is None:
            return  # stale: a cancelled or superseded request
        if result.ok:
            item.result = result
            if self.engine.capabilities.timed_words:
                item.marks = sorted(
                    (mark for mark in result.words if mark.time_ms is not None), key=_mark_time
                )
            return
        _log.info("synthesis failed (%s) for %r", result.error, item.utterance.spoken.text)
        self._failed(item, SkipReason.FAILED, is_final=result.attempts >= 2)

    def _failed(self, item: _Item, reason: SkipReason, *, is_final: bool = False) -> None:
        if item.submissions < 2 and not is_final:
            self._submit(item)
            return
        if item.skipped is not None or item.utterance.is_message:
            # A message that cannot be said: leave it out rather than stall (a sentence's skip is already
            # reported to the listener, which shows it).
            self._forget(item)
            if item in self._queue:
                self._queue.remove(item)
            return
        generation = self._generation
        skipped = item.utterance
        self.listener.skipped(skipped, reason)
        if self._generation != generation or item not in self._queue:
            return
        # The message keeps the sentence's place in the queue; it is tried once only.
        item.utterance = self._message(self.skip_message, normalize=False)
        item.skipped = skipped
        item.submissions = 1
        self._submit(item)

    def _forget(self, item: _Item) -> None:
        self._by_request.pop(item.request_id, None)

    def _check_timeouts(self) -> None:
        """The bounded wait for the first awaited result: past it, the result counts as failed."""
        waiting = next((item for item in self._queue if item.result is None), None)
        if waiting is None:
            return
        now = self._clock()
        if waiting.waiting_since is None:
            waiting.waiting_since = now
            return
        bound = self.result_timeout + self.result_timeout_per_char * len(waiting.utterance.spoken.text)
        if now - waiting.waiting_since < bound:
            return
        _log.warning("no synthesis result after %.1f s for %r", bound, waiting.utterance.spoken.text)
        # The engine answers in order: whatever is behind the missing result is stuck too. Cancel it all
        # and ask again for everything still unanswered.
        self.engine.cancel()
        unanswered = [item for item in self._queue if item.result is None]
        self._by_request.clear()
        generation = self._generation
        for item in unanswered:
            if self._generation != generation:
                return  # the listener (told of a skip) started something else
            if item is waiting:
                self._failed(item, SkipReason.TIMEOUT)
            else:
                item.submissions -= 1  # not their fault
                self._submit(item)

    def _continue(self) -> None:
        """Play the next clip if nothing plays, top the queue up, or finish."""
        if self._state is not SpeechState.READING or self._playing is not None:
            self._fill()
            return
        generation = self._generation
        while self._queue and self._queue[0].result is not None:
            item = self._queue.popleft()
            result = item.result
            if result is None or result.audio is None:  # pragma: no cover - checked by the loop and ok
                continue
            self._next_token += 1
            self._token = self._next_token
            self._playing = item
            self._word_index = -1
            self._word_range = (-1, -1)
            sentence = item.skipped or (None if item.utterance.is_message else item.utterance)
            if sentence is not None:
                self._last_sentence = sentence
                self._is_last_started = True
            self.player.set_volume(self._volume)
            self.player.play(result.audio, self._token)
            self._fill()
            self.listener.sentence_started(item.utterance)
            return
        if self._generation != generation:
            return
        self._fill()
        if not self._queue and self._source is None:
            self._finish()

    def _finish(self) -> None:
        self._reset()
        self._set_state(SpeechState.IDLE)
        self.listener.finished()

    def _drop_playing(self) -> None:
        """Stop the clip being heard without reporting it finished."""
        self._playing = None
        self._token = -1
        self.player.stop()

    def _resynthesize(self) -> None:
        """Synthesise again what is queued but not playing (new rate or voice)."""
        if not self._queue:
            return
        self.engine.cancel()
        self._by_request.clear()
        for item in self._queue:
            item.submissions = 0
            self._submit(item)


def _mark_time(mark: WordMark) -> int:
    return mark.time_ms or 0
