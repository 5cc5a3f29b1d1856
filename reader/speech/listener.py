"""What the speech manager reports, and the words it reports in: states, priorities, skip reasons.

:class:`SpeechListener` is the one way out of :class:`~reader.speech.manager.SpeechManager` (the window's
bridge turns it into queued Qt signals). Two states are reported separately: :attr:`SpeechManager.state`
says whether anything is heard (or held by a pause), :attr:`SpeechManager.say_all_state` whether a say-all
(连读, a selection) is going on, so that a spoken confirmation never looks like a reading.
Nothing here imports Qt.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.speech.utterances import Utterance


class SpeechState(enum.Enum):
    IDLE = "idle"
    READING = "reading"
    PAUSED = "paused"


class Priority(enum.Enum):
    """How an utterance is fitted in with what is being said (NVDA's ``speech.priorities.Spri``)."""

    NOW = "now"
    """At once: cuts off what is heard (指读). An interrupted say-all goes on afterwards from the start of the
    sentence it cut off; messages it cut off or that were waiting are dropped."""
    NEXT = "next"
    """After the clip being heard, before the rest of the say-all; at once when nothing is heard (spoken
    confirmations). Waits for resume while paused."""
    NORMAL = "normal"
    """The say-all itself: a new one replaces everything."""


class SkipReason(enum.Enum):
    """Why a sentence was skipped; the window words it in the interface language."""

    FAILED = "failed"
    """The engine answered with an error or with no audio, twice."""
    TIMEOUT = "timeout"
    """The engine gave no answer within the bounded wait, twice."""


class SpeechListener:
    """What the manager reports; every method is a no-op here: override what you need."""

    def state_changed(self, state: SpeechState) -> None:
        """Something became audible (READING), everything went quiet (IDLE), or what is heard was held
        (PAUSED). A confirmation alone makes it READING: use :meth:`say_all_changed` for 连读's button."""

    def say_all_changed(self, state: SpeechState) -> None:
        """The say-all started (READING), paused, resumed, ended or was stopped (IDLE). Messages never
        change it."""

    def sentence_started(self, utterance: Utterance) -> None:
        """``utterance`` started playing: highlight, caption, auto-scroll. Messages have ``is_message``."""

    def word_started(self, utterance: Utterance, start: int, end: int) -> None:
        """The word at block positions ``start:end`` of ``utterance.block`` is being heard."""

    def skipped(self, utterance: Utterance, reason: SkipReason) -> None:
        """``utterance`` could not be synthesised and is skipped (a spoken message takes its place)."""

    def finished(self) -> None:
        """The say-all reached its end (not reported after :meth:`SpeechManager.stop`, nor for messages)."""

    def playback_failed(self, reason: str) -> None:
        """The player could not play (no audio device…); everything has stopped."""
