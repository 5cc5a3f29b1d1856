"""Test doubles for the speech layer: a manual clock and a player that plays by it.

``FakePlayer`` implements ``reader.speech.playback.Player`` without sound: a clip "plays" as the
``ManualClock`` is advanced, pauses hold its position, and when the clock passes the clip's end the player
reports it the way the window's player does (``on_finished(token)``, normally
``SpeechManager.playback_finished``). Everything it is asked is logged in ``calls`` so that tests read as
scripted interactions (NVDA's ``smi.expect…`` habit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.speech.engine import Audio


class ManualClock:
    """Seconds that only move when a test says so; callable like ``time.monotonic``."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Clip:
    audio: Audio
    token: int
    started_at: float
    volume: float
    paused_at: float | None = None
    paused_total: float = 0.0


class FakePlayer:
    """A :class:`reader.speech.playback.Player` driven by a :class:`ManualClock`."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.clip: Clip | None = None
        self.volume = 1.0
        self.calls: list[tuple[str, object]] = []
        self.played: list[Clip] = []
        self.on_finished: Callable[[int], None] | None = None

    # -- the Player protocol --

    def play(self, audio: Audio, token: int) -> None:
        self.calls.append(("play", token))
        self.clip = Clip(audio, token, self.clock(), self.volume)
        self.played.append(self.clip)

    def stop(self) -> None:
        self.calls.append(("stop", None))
        self.clip = None

    def pause(self) -> None:
        self.calls.append(("pause", None))
        if self.clip is not None and self.clip.paused_at is None:
            self.clip.paused_at = self.clock()

    def resume(self) -> None:
        self.calls.append(("resume", None))
        if self.clip is not None and self.clip.paused_at is not None:
            self.clip.paused_total += self.clock() - self.clip.paused_at
            self.clip.paused_at = None

    def position_ms(self) -> int:
        clip = self.clip
        if clip is None:
            return 0
        until = clip.paused_at if clip.paused_at is not None else self.clock()
        heard = round((until - clip.started_at - clip.paused_total) * 1000)
        return min(max(heard, 0), clip.audio.duration_ms)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    # -- for tests --

    @property
    def is_playing(self) -> bool:
        return self.clip is not None and self.clip.paused_at is None

    @property
    def is_paused(self) -> bool:
        return self.clip is not None and self.clip.paused_at is not None

    def remaining_ms(self) -> int:
        return 0 if self.clip is None else self.clip.audio.duration_ms - self.position_ms()

    def advance(self, ms: float) -> None:
        """Move the clock; a clip that reaches its end is reported finished (then forgotten)."""
        self.clock.advance(ms / 1000)
        clip = self.clip
        if clip is not None and clip.paused_at is None and self.position_ms() >= clip.audio.duration_ms:
            self.clip = None
            if self.on_finished is not None:
                self.on_finished(clip.token)

    def finish(self) -> None:
        """Play the current clip to its end."""
        self.advance(max(self.remaining_ms(), 0) + 1)
