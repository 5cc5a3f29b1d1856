"""What the speech manager has queued, in which order it is heard, and the states that follow from it.

:class:`QueuedUtterance` is one utterance in a queue (its request to the engine and, once it came, the
result); :class:`SayAll` is one say-all (连读 or a selection): the sentences made lazily from the text, the
few synthesised ahead, the selection's bounds, the sentence last heard, and the targets of next/previous
sentence and paragraph; :class:`Schedule` holds the say-all, the messages (NOW and NEXT) and the clip being
heard, picks what plays next by priority, and derives :class:`SpeechState` and the say-all's state from
them. The manager (``reader.speech.manager``) decides when anything is submitted or played; nothing here
talks to the engine or the player. Nothing here imports Qt.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from reader.speech.engine import SynthesisResult, WordMark
from reader.speech.listener import Priority, SpeechState
from reader.speech.utterances import Normalizer, Position, Utterance, UtteranceMaker


@dataclass(eq=False)
class QueuedUtterance:
    """One utterance in a queue: its request to the engine and, once it came, the result."""

    utterance: Utterance
    priority: Priority = Priority.NORMAL
    request_id: int = -1
    result: SynthesisResult | None = None
    submissions: int = 0
    waiting_since: float | None = None
    """When this became the oldest request still unanswered (for the bounded wait)."""
    skipped: Utterance | None = None
    """For a "skipped" message: the sentence it stands for."""
    marks: list[WordMark] = field(default_factory=list)
    interrupted: bool = False
    """A say-all clip cut off by a NOW utterance, put back to be said again from its start."""
    word_index: int = -1
    word_range: tuple[int, int] = (-1, -1)

    @property
    def is_say_all(self) -> bool:
        return self.priority is Priority.NORMAL

    def word_heard(self, position_ms: int) -> tuple[int, int] | None:
        """The block range of the word reached at ``position_ms`` into the clip, when it is a new one."""
        index = self.word_index
        while index + 1 < len(self.marks) and (self.marks[index + 1].time_ms or 0) <= position_ms:
            index += 1
        if index == self.word_index:
            return None
        self.word_index = index
        word = self.utterance.word_range(self.marks[index])
        # The spoken words of one replaced piece (百分之三十 for 30%) all map to that piece: say it once.
        if word == self.word_range:
            return None
        self.word_range = word
        return word


class SayAll:
    """One say-all: the text's sentences from a place on, up to the end or the selection's end."""

    def __init__(
        self,
        source: Iterator[Utterance],
        maker: UtteranceMaker | None,
        *,
        range_start: Position | None = None,
        stop_at: Position | None = None,
        last_sentence: Utterance | None = None,
    ) -> None:
        self.source: Iterator[Utterance] | None = source
        """Sentences not yet queued; None once exhausted."""
        self.maker = maker
        """None for a single utterance read as a say-all (nothing to move through)."""
        self.range_start = range_start
        self.stop_at = stop_at
        self.queue: deque[QueuedUtterance] = deque()
        """Sentences (and the messages standing for skipped ones) in reading order, none of them playing."""
        self.last_sentence = last_sentence
        """The sentence being read, or last read, or about to be read after a jump."""
        self.is_last_started = False
        """Whether :attr:`last_sentence` has started playing (a jump's target has not)."""

    @property
    def is_done(self) -> bool:
        """Nothing queued and nothing more in the text."""
        return not self.queue and self.source is None

    def set_language(self, language: str, normalizer: Normalizer) -> None:
        """Sentences from now on, and those queued, are normalised for ``language``."""
        if self.maker is not None:
            self.maker.language = language
        for item in self.queue:
            utterance = item.utterance
            if not utterance.is_message:
                spoken = normalizer(utterance.text, language)
                item.utterance = replace(utterance, spoken=spoken, language=language)

    def top_up(self, lookahead: int, submit: Callable[[QueuedUtterance], None]) -> None:
        """Queue (and ``submit``) sentences until ``lookahead`` are in flight or ready."""
        while self.source is not None and self._sentences_queued() < lookahead:
            utterance = next(self.source, None)
            if utterance is None:
                self.source = None
                break
            item = QueuedUtterance(utterance)
            self.queue.append(item)
            submit(item)

    def _sentences_queued(self) -> int:
        return sum(1 for item in self.queue if not item.utterance.is_message)

    def started(self, item: QueuedUtterance) -> None:
        """``item`` of this say-all started playing: it is the sentence heard now."""
        sentence = item.skipped or (None if item.utterance.is_message else item.utterance)
        if sentence is not None:
            self.last_sentence = sentence
            self.is_last_started = True

    def restarted_at(self, target: Utterance) -> SayAll:
        """A say-all of the same text and range from ``target`` on (a jump)."""
        assert self.maker is not None
        source = self.maker.iter_from(target.block, target.start, stop=self.stop_at, clip=True)
        return SayAll(
            source, self.maker, range_start=self.range_start, stop_at=self.stop_at, last_sentence=target
        )

    def previous_target(self, current: Utterance, *, is_early: bool) -> Utterance:
        """Where previous sentence goes: ``current``'s start, or the one before when pressed ``is_early``."""
        if is_early and self.maker is not None:
            before = self.maker.previous(current.position)
            if before is not None and (self.range_start is None or before.position >= self.range_start):
                return before
        return current

    def next_paragraph_target(self, current: Utterance) -> Utterance | None:
        """The start of the next paragraph with something to say; None past the last one."""
        if self.maker is None:
            return None
        target = self.maker.paragraph_start(current.block + 1)
        if target is None or (self.stop_at is not None and target.position >= self.stop_at):
            return None
        return target

    def previous_paragraph_target(self, current: Utterance) -> Utterance | None:
        """The start of ``current``'s paragraph, or of the previous one from its first sentence."""
        if self.maker is None:
            return None
        target = self.maker.paragraph_start(current.block)
        if target is None or target.start >= current.start:
            target = self.maker.previous_paragraph_start(current.block) or target
        if target is not None and self.range_start is not None and target.position < self.range_start:
            target = current
        return target


class Schedule:
    """The say-all, the messages and the clip heard; who plays next, and the states (see the module)."""

    def __init__(self) -> None:
        self.say_all: SayAll | None = None
        self.messages: list[QueuedUtterance] = []
        """Messages not playing, in the order they are said (a NOW one first)."""
        self.playing: QueuedUtterance | None = None
        self.token = -1
        """The player's token for :attr:`playing`'s clip; -1 when none plays."""
        self._last_token = 0
        self.is_paused = False
        """Pause was pressed: nothing but a NOW message starts until resume."""
        self.is_player_paused = False

    def clear(self) -> None:
        self.say_all = None
        self.messages.clear()
        self.drop_playing()
        self.is_paused = False

    def start(self, item: QueuedUtterance) -> int:
        """``item`` plays from its start; returns its clip's new token."""
        self._last_token += 1
        self.token = self._last_token
        self.playing = item
        self.is_player_paused = False
        item.word_index, item.word_range = -1, (-1, -1)
        item.interrupted = False
        if item.is_say_all and self.say_all is not None:
            self.say_all.started(item)
        return self.token

    def drop_playing(self) -> None:
        """No clip is heard any more (stopped, cut off or ended)."""
        self.playing = None
        self.token = -1
        self.is_player_paused = False

    def queued(self) -> list[QueuedUtterance]:
        """Every utterance queued and not playing, in the order it will be heard."""
        say_all = self.say_all
        return [*self.messages, *(say_all.queue if say_all is not None else ())]

    def behind(self, item: QueuedUtterance) -> int:
        """How many unanswered utterances of a lower priority than ``item`` are queued."""
        rank = _RANK[item.priority]
        return sum(
            1
            for other in self.queued()
            if other is not item and other.result is None and _RANK[other.priority] > rank
        )

    def add_message(self, item: QueuedUtterance) -> None:
        """A NOW message goes first (the caller dropped the others), a NEXT one after the others."""
        if item.priority is Priority.NOW:
            self.messages.insert(0, item)
        else:
            self.messages.append(item)

    def take_messages(self) -> list[QueuedUtterance]:
        """Drop the messages waiting and the one heard; returns them (their requests are to be forgotten)."""
        dropped, self.messages = self.messages, []
        if self.playing is not None and not self.playing.is_say_all:
            dropped.append(self.playing)
            self.drop_playing()
        return dropped

    def put_back_playing(self) -> None:
        """The clip heard is cut off: a say-all one goes back in front, to be said again from its start."""
        playing = self.playing
        if playing is not None and playing.is_say_all and self.say_all is not None:
            playing.interrupted = True
            self.say_all.queue.appendleft(playing)
        self.drop_playing()

    def remove(self, item: QueuedUtterance) -> None:
        if item in self.messages:
            self.messages.remove(item)
        elif self.say_all is not None and item in self.say_all.queue:
            self.say_all.queue.remove(item)

    def due(self) -> QueuedUtterance | None:
        """The utterance to play now, taken from its queue; None when it is not there yet or paused."""
        if self.messages:
            first = self.messages[0]
            if first.result is None or (self.is_paused and first.priority is not Priority.NOW):
                return None  # the say-all waits for the message
            return self.messages.pop(0)
        say_all = self.say_all
        if say_all is None or self.is_paused or not say_all.queue or say_all.queue[0].result is None:
            return None
        return say_all.queue.popleft()

    @property
    def is_say_all_over(self) -> bool:
        """The say-all has said everything (a message may still be heard)."""
        say_all = self.say_all
        is_say_all_heard = self.playing is not None and self.playing.is_say_all
        return say_all is not None and say_all.is_done and not is_say_all_heard

    def state(self) -> SpeechState:
        """READING while anything is heard or about to be, PAUSED while held, else IDLE."""
        if self.playing is None and not self.messages and self.say_all is None:
            return SpeechState.IDLE
        if self.playing is not None and not self.is_player_paused:
            return SpeechState.READING
        if not self.is_paused or (self.messages and self.messages[0].priority is Priority.NOW):
            return SpeechState.READING  # about to be heard
        return SpeechState.PAUSED

    def say_all_state(self) -> SpeechState:
        if self.say_all is None:
            return SpeechState.IDLE
        return SpeechState.PAUSED if self.is_paused else SpeechState.READING


_RANK = {Priority.NOW: 0, Priority.NEXT: 1, Priority.NORMAL: 2}
