"""Reading aloud in a real window, heard through a PulseAudio null sink that the test starts itself.

One scripted session (module fixture ``session``) runs the app as a user starts it (``tests.ui.speech_driver``
under Xvfb with ``QT_QPA_PLATFORM=xcb``, the pyttsx3 engine, the private server of ``tests/pulse.py``) and
records the sink's monitor in 10 ms chunks:

1. wait until the window is painted and the speech worker warm; press 连读 (the window's key, on the
   focused reading view);
2. once speech is heard and reading has gone on for ~1.2 s, press the pause key while sound is coming
   out; wait 0.8 s; press it again (resume);
3. once sound is back and ~1 s has passed, press Escape while sound is coming out; listen 0.8 s more.

The tests then check that recording: speech soon after Read, silence within 200 ms of Stop and while
paused, sound after Resume from the same sentence, and the highlight against the sentence being played.
Times are on the capture's sample clock (when a chunk went through the sink; see ``tests/pulse.py``), so
the capture's own delay is not charged to the app; it is printed with the other figures. A failure prints
the whole timeline (events and sound, 50 ms per line).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.conftest import require_system
from tests.pulse import (
    CHUNK_MS,
    SILENCE_RMS,
    SPEECH_RMS,
    AppError,
    Capture,
    PulseError,
    PulseServer,
    SpeechApp,
    private_pulse,
    pulse_unavailable,
    timeline,
)

pytestmark = [pytest.mark.gui, pytest.mark.system]

READ_TO_SOUND_S = 1.0
"""Bound for the test (the budget, 300 ms, is the benchmark's: this machine is shared and noisy)."""
STOP_TO_SILENCE_S = 0.2
PAUSE_TO_SILENCE_S = 0.2
RESUME_TO_SOUND_S = 0.5
PAUSED_S = 0.8
CLOCK_SLACK_S = 0.03
"""How far the capture's sample clock can be off (``tests/pulse.py``: about ±20 ms)."""
LISTEN_AFTER_STOP_S = 0.8


@dataclass
class Session:
    """What one scripted reading produced."""

    app: SpeechApp
    capture: Capture
    ready: dict[str, Any]
    read: dict[str, Any]
    pause: dict[str, Any]
    resume: dict[str, Any]
    stop: dict[str, Any]

    def timeline(self) -> str:
        return (
            "capture latency (arrival after the sound): median "
            f"{self.capture.capture_latency() * 1000:.1f} ms, 95th percentile "
            f"{self.capture.capture_latency(0.95) * 1000:.1f} ms\n"
            + timeline(self.app, self.capture, self.read["t"] - 0.1)
        )

    def sound(self, start: float, end: float) -> list[float]:
        """RMS of each chunk played in [start, end)."""
        return [h.rms for h in self.capture.timeline(start) if h.played < end]


@pytest.fixture(scope="module")
def pulse() -> Iterator[PulseServer]:
    reason = pulse_unavailable()
    if reason is not None:
        require_system(reason)
    try:
        context = private_pulse()
        server = context.__enter__()
    except PulseError as error:
        require_system(str(error))
        raise
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


def wait_until_sounding(capture: Capture, *, after: float, timeout: float = 5.0) -> None:
    """Wait until ``after`` has passed and speech is coming out (so a key lands mid-sound)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < after or not capture.is_sounding():
        if time.monotonic() > deadline:
            return  # the assertions will say what was heard
        time.sleep(0.005)


@pytest.fixture(scope="module")
def session(display: str, pulse: PulseServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    folder = tmp_path_factory.mktemp("speech-real")
    try:
        capture = Capture(pulse)
        capture.start()
    except PulseError as error:
        require_system(str(error))
        raise
    app = SpeechApp(display, pulse, folder)
    try:
        try:
            ready = app.wait_for("ready", timeout=90)
        except AppError as error:
            if "could not load the qt platform plugin" in str(error).lower():
                require_system(f"PySide6 cannot open an xcb window (missing xcb libraries): {error}")
            raise
        if ready["engine"] != "pyttsx3" or not ready["voices"] or ready["failure"]:
            require_system(f"pyttsx3/espeak-ng does not start here: {ready['failure']}")
        if not ready["has_device"]:
            require_system(f"QtMultimedia sees no audio output on the private PulseAudio\n{app.output()}")
        read = app.press("read")
        app.wait_for("sentence", after=read["t"], timeout=10)
        wait_until_sounding(capture, after=read["t"] + 1.2)
        pause = app.press("pause")
        time.sleep(PAUSED_S)
        resume = app.press("resume")
        wait_until_sounding(capture, after=resume["t"] + 1.0)
        stop = app.press("stop")
        time.sleep(LISTEN_AFTER_STOP_S)
        yield Session(app, capture, ready, read, pause, resume, stop)
    finally:
        app.close()
        capture.stop()


def test_speech_is_heard_soon_after_read(session: Session) -> None:
    read = session.read["t"]
    first = session.capture.first_sound(read)
    assert first is not None, session.timeline()
    print(f"\nread pressed → first speech on the monitor: {(first - read) * 1000:.0f} ms")
    assert first - read <= READ_TO_SOUND_S, session.timeline()
    # Speech, not a click: many loud chunks in the reading's first two seconds (before the pause).
    loud = [rms for rms in session.sound(first, min(first + 2.0, session.pause["t"])) if rms >= SPEECH_RMS]
    assert len(loud) >= 30, session.timeline()


def test_stop_is_silent_within_200_ms(session: Session) -> None:
    stop = session.stop["t"]
    before = session.sound(stop - 0.3, stop)
    assert any(rms >= SPEECH_RMS for rms in before), "nothing was playing when Stop was pressed\n" + (
        session.timeline()
    )
    after = session.sound(stop + STOP_TO_SILENCE_S, stop + LISTEN_AFTER_STOP_S)
    assert len(after) >= (LISTEN_AFTER_STOP_S - STOP_TO_SILENCE_S) * 1000 / CHUNK_MS * 0.9, session.timeline()
    assert all(rms < SILENCE_RMS for rms in after), session.timeline()
    # The same by arrival, as a listener on the far end of the capture would judge it: whatever arrived
    # later than Stop + 200 ms + the capture's own delay (its 95th percentile) is silent.
    delay = session.capture.capture_latency(0.95)
    late = [h for h in session.capture.timeline() if h.arrived > stop + STOP_TO_SILENCE_S + delay]
    assert late, session.timeline()
    assert all(h.rms < SILENCE_RMS for h in late), session.timeline()
    last = session.capture.last_sound(stop)
    print(
        f"\nstop pressed → silence: {((last or stop) - stop) * 1000:.0f} ms; capture latency median "
        f"{session.capture.capture_latency() * 1000:.1f} ms, 95th percentile {delay * 1000:.1f} ms"
    )
    assert session.app.events("key_done")[-1]["state"] == "idle"
    assert session.app.events("key_done")[-1]["highlight"] is None, "the highlight stays after Stop"


def test_pause_is_silent_and_resume_continues_the_sentence(session: Session) -> None:
    pause, resume = session.pause["t"], session.resume["t"]
    assert any(rms >= SPEECH_RMS for rms in session.sound(pause - 0.3, pause)), session.timeline()
    paused = session.sound(pause + PAUSE_TO_SILENCE_S, resume - CLOCK_SLACK_S)
    assert paused, session.timeline()
    assert all(rms < SILENCE_RMS for rms in paused), session.timeline()
    back = session.capture.first_sound(resume)
    assert back is not None, session.timeline()
    print(f"\nresume pressed → speech again: {(back - resume) * 1000:.0f} ms")
    assert back - resume <= RESUME_TO_SOUND_S, session.timeline()
    # Mid-sentence: when the clip paused had sound left, no new clip started before the sound came back.
    clips = [c for c in session.app.events("clip_started") if c["t"] <= pause]
    clip = session.app.events("clip")[len(clips) - 1]
    remaining = clip["duration_ms"] / 1000 - (pause - clips[-1]["t"])
    if remaining > 0.3:
        restarted = [c for c in session.app.events("clip") if pause <= c["t"] <= back]
        assert not restarted, f"resume started a new clip\n{session.timeline()}"


def test_highlight_is_the_sentence_being_played(session: Session) -> None:
    read = session.read["t"]
    sentence = next(e for e in session.app.events("sentence") if e["t"] >= read and not e["is_message"])
    clip = next(c for c in session.app.events("clip") if c["token"] == sentence["token"])
    detail = f"{sentence}\n{session.timeline()}"
    # The highlight is exactly the sentence whose clip was just handed to the player…
    assert sentence["highlight"] is not None, detail
    start, end = sentence["highlight"][0]
    assert sentence["highlight_text"] == sentence["text"], detail
    assert start == sentence["position"], detail
    assert end - start == len(sentence["text"].encode("utf-16-le")) // 2, detail
    # …and that clip is what is heard next: its first speech comes out after the clip started, about where
    # the clip's own first loud 10 ms is (plus the output latency), not from an earlier clip.
    heard = session.capture.first_sound(clip["t"])
    assert heard is not None, detail
    latency = heard - clip["t"] - (clip["lead_ms"] or 0) / 1000
    print(f"\nclip handed to the player → its first speech heard, less its lead: {latency * 1000:.0f} ms")
    assert -CLOCK_SLACK_S <= latency <= 0.5, detail
    # Words of that sentence: inside its highlight, the text under the word highlight, in reading order,
    # spread over the time it was heard (they follow the audio, not the synthesis).
    words = [w for w in session.app.events("word") if w["token"] == sentence["token"]]
    assert len(words) >= 3, detail
    for word in words:
        word_start, word_end = word["highlight"][1]
        assert start <= word_start < word_end <= end, word
        assert word["highlight_word_text"] == word["text"], word
        assert word_start == word["position"], word
    assert [w["start"] for w in words] == sorted(w["start"] for w in words), detail
    heard_until = min(session.pause["t"], clip["t"] + clip["duration_ms"] / 1000)
    assert words[-1]["t"] - words[0]["t"] >= 0.5 * (heard_until - words[0]["t"]), detail
