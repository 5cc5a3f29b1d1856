"""The speech manager: one object that owns reading aloud, and every engine and player event on the way.

Modelled on NVDA's speech manager and say-all: the text is spoken one sentence (:class:`Utterance`) at a
time, a few synthesised ahead, each clip played as the one before it ends; the listener is told which
sentence (and word) is heard, for the highlight, the caption strip and scrolling. What is said has a
:class:`Priority`, as in NVDA: NORMAL is the say-all (连读 :meth:`read_from`, a selection
:meth:`read_range`), NEXT a spoken confirmation (:meth:`announce`), NOW 指读 (:meth:`speak`).
:attr:`SpeechManager.say_all_state` is the say-all's own state (a confirmation never changes it);
:attr:`SpeechManager.state` says whether anything is heard or held by a pause.

Qt-free and poll-driven: the window calls :meth:`SpeechManager.pump` when results may be ready (a timer,
or the engine's ``fileno()``), :meth:`SpeechManager.tick` every ~30 ms while :attr:`SpeechManager.state`
is not idle, and :meth:`SpeechManager.playback_finished` at a clip's end. Every call and every listener
callback happens on that one thread; listeners may call back in (stop in a callback is fine).

Flow:

1. A new say-all (or a jump inside one) stops everything first, as an NVDA command cancels speech: a new
   *generation* starts; the engine is told to cancel; the player stops; queued messages are dropped. From
   then on, results of older requests and the end of older clips are ignored (ids and tokens that are not
   ours any more), so a stopped reading can never sound or move the highlight again.
2. Sentences come lazily from the text (``reader.speech.utterances``); the first is submitted to the engine
   at once (Read → first audio does not depend on the article's length), then up to ``lookahead`` in all
   are kept in flight or ready, with increasing request ids.
3. A NEXT message joins the messages after the earlier ones; a NOW message drops every message heard or
   waiting (the previous 指读 included) and cuts off the clip being heard at once; a say-all sentence cut
   off is put back to be said again from its start. A message's request goes to the engine ahead of the
   say-all's unanswered ones: the engine answers in order, so those are cancelled and submitted again
   behind it (a confirmation never waits for three sentences of synthesis).
4. :meth:`pump` files each result under its utterance. When nothing plays, the first message plays once its
   audio is there (a NOW one even while paused, a NEXT one not); while a message is still being synthesised
   the say-all waits for it; otherwise, unless paused, the say-all's next sentence plays. The listener hears
   ``sentence_started`` (with the volume set just before); :meth:`tick` reports ``word_started`` as the
   player's position passes each word's time (engines with timed words), mapped to block positions
   through the normalisation map.
5. A result that is not ok is submitted again, once (unless the engine already tried twice). After that a
   say-all sentence is skipped: the listener hears ``skipped`` and a short spoken message plays in its
   place; reading goes on. A message that cannot be said is left out. A result that never comes is treated
   the same after a bounded wait, counted from when it is the oldest unanswered request (the engine should
   handle hangs itself; this is the backstop). Reading never stalls silently.
6. :meth:`pause` holds what is heard (a sentence or a message); nothing starts while paused except a NOW
   message, after which the say-all stays paused (a sentence it cut off starts again from its beginning at
   :meth:`resume`). :meth:`resume` goes on mid-clip. :meth:`stop` silences everything.
7. When the say-all's queue is empty and the text has no more sentences, the listener hears ``finished``
   and the say-all is idle; :attr:`state` goes idle once no message is left either.

Rate, voice and volume changes apply from the next sentence: what is synthesised ahead with the old rate
or voice is synthesised again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from reader.speech.engine import DEFAULT_RATE, SpeechEngine
from reader.speech.listener import Priority, SkipReason, SpeechListener, SpeechState
from reader.speech.playback import Player
from reader.speech.requests import Requests
from reader.speech.schedule import QueuedUtterance, SayAll, Schedule
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

__all__ = [
    "RESTART_WINDOW_MS",
    "SKIP_MESSAGE",
    "Priority",
    "SkipReason",
    "SpeechListener",
    "SpeechManager",
    "SpeechState",
]

SKIP_MESSAGE = "这一句无法朗读，已跳过"
"""Spoken in place of a sentence that could not be synthesised."""
RESTART_WINDOW_MS = 1000
"""Previous sentence within this long of a sentence's start goes to the one before (media players do so)."""


class SpeechManager:
    """Owns say-all, confirmations and 指读; see the module docstring for the flow."""

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
        result, counted from when it is the oldest one awaited; ``clock`` gives seconds (tests pass a fake).
        ``engine`` may be a :class:`~reader.speech.queue.SynthesisQueue` client."""
        if lookahead < 1:
            raise ValueError(f"lookahead must be at least 1, not {lookahead}")
        self.player = player
        self.listener = listener or SpeechListener()
        self.lookahead = lookahead
        self.language = language
        self.normalizer: Normalizer = normalizer or default_normalizer
        self.skip_message = skip_message
        self._requests = Requests(
            engine,
            rate=rate,
            voice=voice,
            timeout=result_timeout,
            timeout_per_char=result_timeout_per_char,
            clock=clock,
        )
        self._volume = volume
        self._state = SpeechState.IDLE
        self._say_all_state = SpeechState.IDLE
        self._generation = 0
        self._schedule = Schedule()
        self._clock = clock
        self._rest_until = 0.0
        self.heading_cue = ""
        """Said before each heading of a say-all ("" none; ``reader.speech.utterances.HEADING_CUE``)."""
        """After a heading's clip, the next clip waits until then (``Utterance.pause_after_ms``)."""

    # -- what the window asks ---------------------------------------------------------------------------

    @property
    def engine(self) -> SpeechEngine:
        return self._requests.engine

    @property
    def state(self) -> SpeechState:
        """READING while anything is heard or about to be, PAUSED while that is held, else IDLE."""
        return self._state

    @property
    def say_all_state(self) -> SpeechState:
        """The say-all's own state (连读's button): messages alone never make it READING."""
        return self._say_all_state

    @property
    def current(self) -> Utterance | None:
        """The utterance being heard (or paused in), or None."""
        playing = self._schedule.playing
        return playing.utterance if playing is not None else None

    @property
    def generation(self) -> int:
        """Increases at every stop, jump, new reading and NOW message (the bridge can drop older events)."""
        return self._generation

    @property
    def rate(self) -> int:
        return self._requests.rate

    @property
    def voice(self) -> str | None:
        return self._requests.voice

    @property
    def volume(self) -> float:
        return self._volume

    def read_from(self, text: ReadingText, block: int = 0, offset: int = 0) -> None:
        """连读: from the sentence holding ``(block, offset)`` to the end of ``text``."""
        maker = self._new_maker(text)
        self._begin(SayAll(maker.iter_from(block, offset), maker))

    def read_range(self, text: ReadingText, start: Position, end: Position) -> None:
        """Read a selection; its first and last sentences are clipped to it."""
        start, end = Position(*start), Position(*end)
        if end < start:
            start, end = end, start
        maker = self._new_maker(text)
        source = maker.iter_from(start.block, start.offset, stop=end, clip=True)
        self._begin(SayAll(source, maker, range_start=start, stop_at=end))

    def sentence_at(self, text: ReadingText, block: int, offset: int) -> Utterance | None:
        """The sentence of ``text`` holding ``(block, offset)`` as a say-all would say it (for 指读)."""
        return self._new_maker(text).sentence_at(block, offset)

    def speak(self, what: str | Utterance, *, priority: Priority = Priority.NOW) -> None:
        """指读: say one sentence or a control's name, at ``priority`` (NOW: at once, see the flow).

        NEXT says it like a confirmation; NORMAL reads it as a say-all of its own.
        """
        utterance = what if isinstance(what, Utterance) else self._message(what, normalize=True)
        if priority is Priority.NORMAL:
            self._begin(SayAll(iter((utterance,)), None))
        else:
            self._say_message(utterance, priority)

    def announce(self, text: str, *, priority: Priority = Priority.NEXT) -> None:
        """A spoken confirmation: after the clip being heard, before the rest of a say-all; else now.

        While paused it waits for :meth:`resume`. Staying quiet when a screen reader runs is the caller's
        decision (it knows).
        """
        self.speak(self._message(text, normalize=True), priority=priority)

    def stop(self) -> None:
        """Silence at once and forget everything queued. Safe in any state, any number of times."""
        self._reset()
        self._notify()

    def pause(self) -> None:
        """Hold what is heard where it is (only a NOW message starts while paused)."""
        schedule = self._schedule
        if self._state is not SpeechState.READING:
            return
        schedule.is_paused = True
        if schedule.playing is not None and not schedule.is_player_paused:
            self.player.pause()
            schedule.is_player_paused = True
        self._notify()

    def resume(self) -> None:
        """Continue mid-clip after :meth:`pause`."""
        schedule = self._schedule
        if not schedule.is_paused:
            return
        generation = self._generation
        schedule.is_paused = False
        if schedule.playing is not None and schedule.is_player_paused:
            schedule.is_player_paused = False
            self.player.resume()
        self._notify()
        if self._generation == generation:
            self._continue()

    def next_sentence(self) -> None:
        """During a say-all, skip to the next sentence and keep reading (its audio is usually ready).

        Like every move, this ends a pause and drops the messages.
        """
        schedule = self._schedule
        say_all = schedule.say_all
        if say_all is None:
            return
        was_message_heard = schedule.playing is not None and not schedule.playing.is_say_all
        self._drop_messages()
        if schedule.playing is not None:
            schedule.drop_playing()
            self.player.stop()
        elif say_all.queue and (say_all.queue[0].interrupted or not was_message_heard):
            # Not heard yet (waiting for its audio), or cut off by a NOW message: the one after it.
            self._requests.forget(say_all.queue.popleft())
        schedule.is_paused = False
        self._continue()

    def previous_sentence(self) -> None:
        """Back to the start of the current sentence; to the previous one within its first second."""
        if (moving := self._moving()) is None:
            return
        say_all, current = moving
        playing = self._schedule.playing
        is_heard = playing is not None and playing.utterance is current
        # Not started yet (a jump just asked for it): a second press goes further back.
        is_early = not say_all.is_last_started or (is_heard and self.player.position_ms() < RESTART_WINDOW_MS)
        self._begin(say_all.restarted_at(say_all.previous_target(current, is_early=is_early)))

    def next_paragraph(self) -> None:
        """During a say-all, go on from the start of the next paragraph with something to say."""
        if (moving := self._moving()) is None:
            return
        say_all, current = moving
        target = say_all.next_paragraph_target(current)
        if target is None:
            # Past the last paragraph: the reading is over.
            self._reset()
            self._notify()
            self.listener.finished()
            return
        self._begin(say_all.restarted_at(target))

    def previous_paragraph(self) -> None:
        """Back to the start of the current paragraph, or of the previous one from its first sentence."""
        if (moving := self._moving()) is None:
            return
        say_all, current = moving
        target = say_all.previous_paragraph_target(current)
        if target is not None:
            self._begin(say_all.restarted_at(target))

    def set_rate(self, wpm: int) -> None:
        """Words per minute, from the next sentence on."""
        if wpm != self._requests.rate:
            self._requests.rate = wpm
            self._requests.resubmit(self._schedule.queued())

    def set_voice(self, voice: str | None, *, language: str | None = None) -> None:
        """A voice id (and the language its text is normalised for), from the next sentence on."""
        is_new_language = language is not None and language != self.language
        changed = voice != self._requests.voice or is_new_language
        self._requests.voice = voice
        if language is not None and is_new_language:
            self.language = language
            if self._schedule.say_all is not None:
                self._schedule.say_all.set_language(language, self.normalizer)
        if changed:
            self._requests.resubmit(self._schedule.queued())

    def set_volume(self, volume: float) -> None:
        """0.0–1.0, from the next sentence on (given to the player just before each clip)."""
        self._volume = min(max(volume, 0.0), 1.0)

    # -- what the engine, the player and the timer drive ------------------------------------------------

    def pump(self) -> None:
        """Take the engine's finished results and play what is due. Cheap when there is nothing."""
        # A listener told of a skip may start something new: the rest are then stale (dropped by their ids).
        self._requests.file_results(lambda item: self._skip(item, SkipReason.FAILED))
        self._check_timeouts()
        self._continue()

    def tick(self) -> None:
        """Report the word being heard; also the bounded wait for results. Call every ~30 ms."""
        self.pump()
        item = self._schedule.playing
        if item is None or self._schedule.is_player_paused or not item.marks:
            return
        word = item.word_heard(self.player.position_ms())
        if word is not None:
            self.listener.word_started(item.utterance, *word)

    def playback_finished(self, token: int) -> None:
        """The player's clip ``token`` ended by itself. Tokens of stopped or replaced clips are ignored."""
        if token != self._schedule.token or self._schedule.playing is None:
            return
        pause = self._schedule.playing.utterance.pause_after_ms
        if pause > 0 and self._schedule.playing.is_say_all:
            self._rest_until = self._clock() + pause / 1000  # a heading: a breath before the text
        self._schedule.drop_playing()
        self._continue()

    def playback_failed(self, token: int, reason: str) -> None:
        """The player could not play clip ``token`` (no device, device error): stop, and say so.

        Going on would race through the text without a sound; stopping leaves the caret where it was.
        """
        if token != self._schedule.token or self._schedule.playing is None:
            return
        self.stop()
        self.listener.playback_failed(reason)

    def close(self) -> None:
        """Stop; the engine and the player belong to the caller."""
        self.stop()

    # -- inside -----------------------------------------------------------------------------------------

    def _new_maker(self, text: ReadingText) -> UtteranceMaker:
        return UtteranceMaker(
            text, language=self.language, normalizer=self.normalizer, heading_cue=self.heading_cue
        )

    def _message(self, text: str, *, normalize: bool) -> Utterance:
        if not normalize:
            return message(text, language=self.language)
        spoken = self.normalizer(text, self.language)
        return Utterance(-1, 0, len(text), text, spoken, self.language, UtteranceKind.MESSAGE)

    def _moving(self) -> tuple[SayAll, Utterance] | None:
        """The say-all to move in and the sentence moves start from; None when there is nothing to move."""
        say_all = self._schedule.say_all
        if say_all is None or say_all.maker is None or say_all.last_sentence is None:
            return None
        return say_all, say_all.last_sentence

    def _begin(self, say_all: SayAll) -> None:
        """Stop everything, then read ``say_all``."""
        self._reset()
        generation = self._generation
        self._schedule.say_all = say_all
        self._notify()
        if self._generation != generation:
            return  # a listener started something else
        self._fill()
        # A synchronous engine has the first result already: play it without waiting for the next pump.
        self.pump()

    def _say_message(self, utterance: Utterance, priority: Priority) -> None:
        schedule = self._schedule
        item = QueuedUtterance(utterance, priority)
        if priority is Priority.NOW:
            self._generation += 1
            self._drop_messages()
            schedule.put_back_playing()
            self.player.stop()  # silent at once, even before the message's audio is there
        schedule.add_message(item)
        self._requests.submit_ahead(item, schedule.queued(), behind=schedule.behind(item))
        self._notify()
        self.pump()

    def _reset(self) -> None:
        """Forget every queue and the clip; everything older than now becomes stale."""
        self._generation += 1
        self._rest_until = 0.0
        self._schedule.clear()
        self._requests.cancel()
        # Stopping an idle player is harmless, and the player may be in a state we do not know (a clip the
        # owner has not reported yet): always silence it.
        self.player.stop()

    def _drop_messages(self) -> None:
        """Forget the messages waiting and the one heard (their late results are ignored)."""
        was_heard = self._schedule.playing is not None and not self._schedule.playing.is_say_all
        for item in self._schedule.take_messages():
            self._requests.forget(item)
        if was_heard:
            self.player.stop()

    def _notify(self) -> None:
        """Tell the listener of state changes (again, if a listener's call back changed them further)."""
        schedule = self._schedule
        while True:
            state = schedule.state()
            if state is SpeechState.IDLE:
                schedule.is_paused = False
            if state is not self._state:
                self._state = state
                self.listener.state_changed(state)
                continue
            say_all_state = schedule.say_all_state()
            if say_all_state is not self._say_all_state:
                self._say_all_state = say_all_state
                self.listener.say_all_changed(say_all_state)
                continue
            return

    def _fill(self) -> None:
        """Keep ``lookahead`` say-all sentences in flight or ready after the one playing."""
        if self._schedule.say_all is not None:
            self._schedule.say_all.top_up(self.lookahead, self._requests.submit)

    def _skip(self, item: QueuedUtterance, reason: SkipReason) -> None:
        """``item`` cannot be synthesised: a sentence gives its place to a spoken message, a message goes."""
        schedule = self._schedule
        if item.skipped is not None or item.utterance.is_message:
            # A message that cannot be said: leave it out rather than stall (a sentence's skip is already
            # reported to the listener, which shows it).
            self._requests.forget(item)
            schedule.remove(item)
            return
        generation = self._generation
        skipped = item.utterance
        self.listener.skipped(skipped, reason)
        say_all = schedule.say_all
        if self._generation != generation or say_all is None or item not in say_all.queue:
            return
        # The message keeps the sentence's place in the queue; it is tried once only.
        item.utterance = self._message(self.skip_message, normalize=False)
        item.skipped = skipped
        item.submissions = 1
        self._requests.submit(item)

    def _check_timeouts(self) -> None:
        """The bounded wait for the oldest awaited result: past it, the result counts as failed."""
        generation = self._generation

        def give_up(item: QueuedUtterance) -> bool:
            self._skip(item, SkipReason.TIMEOUT)
            return self._generation == generation

        self._requests.retry_overdue(self._schedule.queued(), give_up)

    def _continue(self) -> None:
        """Play the next clip if nothing plays, top the say-all up, finish it at its end."""
        schedule = self._schedule
        generation = self._generation
        if schedule.playing is None and self._clock() >= self._rest_until:
            item = schedule.due()
            if item is not None:
                self._play(item)
                if self._generation != generation:
                    return
        self._fill()
        if schedule.is_say_all_over:
            schedule.say_all = None
            self._notify()
            if self._generation == generation:
                self.listener.finished()
            return
        self._notify()

    def _play(self, item: QueuedUtterance) -> None:
        result = item.result
        assert result is not None and result.audio is not None  # only ok results are filed
        generation = self._generation
        token = self._schedule.start(item)
        self.player.set_volume(self._volume)
        self.player.play(result.audio, token)
        self._fill()
        self._notify()
        if self._generation == generation:
            self.listener.sentence_started(item.utterance)
