"""The speech manager's requests to its engine: ids, what each one is for, retries and the bounded wait.

:class:`Requests` files every result under the utterance it was asked for (a result whose request is no
longer ours is stale and dropped), submits a failed request once more, notices a result that never comes,
and asks again, in the order things will be heard, for what is still unanswered when the order or the
rate changes (the engine answers in submission order: what must be heard first is asked first). It says
nothing to the listener and plays nothing: the manager (``reader.speech.manager``) decides what a final
failure means. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from reader.speech.engine import DEFAULT_RATE, SpeechEngine, SynthesisRequest, WordMark
from reader.speech.schedule import QueuedUtterance

_log = logging.getLogger(__name__)

_PUMP_ROUNDS = 8


class Requests:
    """The manager's side of the engine contract (see the module docstring)."""

    def __init__(
        self,
        engine: SpeechEngine,
        *,
        rate: int = DEFAULT_RATE,
        voice: str | None = None,
        timeout: float,
        timeout_per_char: float,
        clock: Callable[[], float],
    ) -> None:
        self.engine = engine
        self.rate = rate
        self.voice = voice
        self.timeout = timeout
        self.timeout_per_char = timeout_per_char
        self.clock = clock
        self._next_id = 0
        self._by_id: dict[int, QueuedUtterance] = {}

    def submit(self, item: QueuedUtterance, *, is_own_try: bool = True) -> None:
        """Ask for ``item``'s audio; ``is_own_try`` False when asked again for another's sake."""
        self._next_id += 1
        item.request_id = self._next_id
        item.result = None
        item.marks = []
        item.submissions += 1 if is_own_try else 0
        item.waiting_since = None
        self._by_id[item.request_id] = item
        self.engine.submit(
            SynthesisRequest(
                id=item.request_id, text=item.utterance.spoken.text, voice=self.voice, rate=self.rate
            )
        )

    def submit_ahead(self, item: QueuedUtterance, queued: list[QueuedUtterance], *, behind: int) -> None:
        """Submit ``item`` (in ``queued``, the order of hearing) so that it is answered before the
        ``behind`` unanswered items after it: they are cancelled and asked again after it."""
        if not behind:
            self.submit(item)
            return
        self._restart()
        for other in queued:
            if other is item:
                self.submit(item)
            elif other.result is None:
                self.submit(other, is_own_try=False)

    def forget(self, item: QueuedUtterance) -> None:
        """``item``'s late result, if any, is to be ignored."""
        self._by_id.pop(item.request_id, None)

    def cancel(self) -> None:
        """Forget every request (the engine is told only when one is outstanding)."""
        if self._by_id:
            self._by_id.clear()
            self.engine.cancel()

    def resubmit(self, queued: Iterable[QueuedUtterance]) -> None:
        """Ask again for all of ``queued``, in order, results or not (a new rate or voice)."""
        items = list(queued)
        if not items:
            return
        self._restart()
        for item in items:
            item.submissions = 0
            self.submit(item)

    def file_results(self, give_up: Callable[[QueuedUtterance], object]) -> None:
        """File the engine's results under their utterances (ok ones with their timed marks), dropping
        stale ones. A failure is submitted again once unless the engine tried twice already; after that
        ``give_up(item)`` is called (it may submit a stand-in, or start something else)."""
        # A synchronous engine has answered a resubmission (or a stand-in) by the next round.
        for _ in range(_PUMP_ROUNDS):
            results = self.engine.results()
            if not results:
                break
            for result in results:
                item = self._by_id.pop(result.id, None)
                if item is None:
                    continue  # stale: a cancelled or superseded request
                if result.ok:
                    item.result = result
                    if self.engine.capabilities.timed_words:
                        timed = (mark for mark in result.words if mark.time_ms is not None)
                        item.marks = sorted(timed, key=_mark_time)
                    continue
                _log.info("synthesis failed (%s) for %r", result.error, item.utterance.spoken.text)
                if item.submissions < 2 and result.attempts < 2:
                    self.submit(item)
                else:
                    give_up(item)

    def retry_overdue(
        self, queued: list[QueuedUtterance], give_up: Callable[[QueuedUtterance], bool]
    ) -> None:
        """The bounded wait for the oldest unanswered item of ``queued``: past it, it is asked again once,
        then ``give_up(item)`` is called (it returns False when the listener it told started something
        else: the rest is then left alone).

        The engine answers in order: whatever is behind the missing result is stuck too, so all of them are
        cancelled and asked again, in order, without counting it against them.
        """
        unanswered = [item for item in queued if item.result is None]
        if not unanswered:
            return
        waiting = min(unanswered, key=lambda item: item.request_id)
        now = self.clock()
        if waiting.waiting_since is None:
            waiting.waiting_since = now
            return
        bound = self.timeout + self.timeout_per_char * len(waiting.utterance.spoken.text)
        if now - waiting.waiting_since < bound:
            return
        _log.warning("no synthesis result after %.1f s for %r", bound, waiting.utterance.spoken.text)
        self._restart()
        for item in unanswered:
            if item is not waiting:
                self.submit(item, is_own_try=False)
            elif item.submissions < 2:
                self.submit(item)
            elif not give_up(item):
                return

    def _restart(self) -> None:
        self.engine.cancel()
        self._by_id.clear()


def _mark_time(mark: WordMark) -> int:
    return mark.time_ms or 0
