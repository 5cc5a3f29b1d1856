"""The real pyttsx3 engine (espeak-ng) in its worker process: audio, word marks, cancel, crash and hang.

These use the real voices (espeak-ng from the system or the espeakng-loader wheel); they skip when pyttsx3
cannot start here. They stay short: a few sentences, each synthesised in milliseconds.
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import textwrap
import time
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.speech.engine import Audio, SynthesisRequest, SynthesisResult
from reader.speech.pyttsx3engine import Pyttsx3Engine
from reader.speech.worker import normalise_marks, read_wav

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
MANDARIN = "国务院办公厅关于进一步优化政务服务的指导意见。"
CANTONESE = "香港特別行政區政府今日公布新措施。"


def rms_and_peak(audio: Audio) -> tuple[float, int]:
    samples = array("h", audio.pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / max(len(samples), 1))
    return rms, max((abs(s) for s in samples), default=0)


@pytest.fixture(scope="module")
def engine() -> Iterator[Pyttsx3Engine]:
    engine = Pyttsx3Engine(hang_seconds=1.0, hang_seconds_per_char=0.02)
    voices = engine.voices()
    if engine.failure or not voices:
        engine.close()
        pytest.skip(f"pyttsx3 does not start here: {engine.failure or 'no voices'}")
    yield engine
    engine.close()


def speak(engine: Pyttsx3Engine, request: SynthesisRequest, timeout: float = 15.0) -> SynthesisResult:
    engine.submit(request)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        engine.wait(0.1)
        results = engine.results()
        if results:
            assert [r.id for r in results] == [request.id]
            return results[0]
    raise AssertionError(f"no result for {request} within {timeout} s")


@pytest.mark.parametrize(("text", "voice"), [(MANDARIN, "sit/cmn"), (CANTONESE, "sit/yue")])
def test_real_chinese_audio_of_plausible_length_with_timed_marks(
    engine: Pyttsx3Engine, text: str, voice: str
) -> None:
    result = speak(engine, SynthesisRequest(1, text, voice=voice))
    assert result.ok, result.error
    assert result.audio is not None and result.audio.sample_rate == 22050
    rms, peak = rms_and_peak(result.audio)
    assert rms > 300 and peak > 3000, "speech, not silence"
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    seconds = result.audio.duration_ms / 1000
    assert 1.5 <= han / seconds <= 9, f"{han} characters in {seconds:.2f} s"
    assert engine.capabilities.timed_words
    starts = [w.start for w in result.words]
    times = [w.time_ms for w in result.words]
    assert len(result.words) >= han // 2
    assert starts == sorted(set(starts))
    assert all(t is not None for t in times)
    assert times == sorted(times) and times[-1] is not None and times[-1] < result.audio.duration_ms
    assert all(0 <= w.start < w.end <= len(text) for w in result.words)


def test_rate_changes_the_length(engine: Pyttsx3Engine) -> None:
    slow = speak(engine, SynthesisRequest(2, MANDARIN, voice="sit/cmn", rate=120))
    fast = speak(engine, SynthesisRequest(3, MANDARIN, voice="sit/cmn", rate=400))
    assert slow.audio is not None and fast.audio is not None
    assert fast.audio.duration_ms < slow.audio.duration_ms * 0.8


def test_errors_come_back_as_results(engine: Pyttsx3Engine) -> None:
    assert "voice" in (speak(engine, SynthesisRequest(4, "你好。", voice="no/such")).error or "")
    assert speak(engine, SynthesisRequest(5, "  ")).error
    assert speak(engine, SynthesisRequest(6, "你好。", voice="sit/cmn")).ok


def test_results_in_order_and_cancel_drops_stale_ones(engine: Pyttsx3Engine) -> None:
    for index in range(10, 15):
        engine.submit(SynthesisRequest(index, f"第{index}句话。", voice="sit/cmn"))
    engine.cancel()
    assert engine.pending == 0
    result = speak(engine, SynthesisRequest(20, "新的一句。", voice="sit/cmn"))
    assert result.ok
    time.sleep(0.2)
    assert engine.results() == []
    for index in range(21, 24):
        engine.submit(SynthesisRequest(index, f"第{index}句话。", voice="sit/cmn"))
    got: list[int] = []
    deadline = time.monotonic() + 15
    while len(got) < 3 and time.monotonic() < deadline:
        engine.wait(0.1)
        got += [r.id for r in engine.results()]
    assert got == [21, 22, 23]


def collect(engine: Pyttsx3Engine, count: int, timeout: float = 15.0) -> list[SynthesisResult]:
    results: list[SynthesisResult] = []
    deadline = time.monotonic() + timeout
    while len(results) < count and time.monotonic() < deadline:
        engine.wait(0.1)
        results += engine.results()
    return results


def freeze_and_kill_until_restarted(engine: Pyttsx3Engine) -> None:
    """SIGKILL the worker and wait until the engine has started another one."""
    pid = engine.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while engine.worker_pid in {pid, None} and time.monotonic() < deadline:
        engine.results()
        time.sleep(0.01)
    assert engine.worker_pid not in {pid, None}


def test_a_worker_killed_mid_request_is_restarted_and_the_request_answered(engine: Pyttsx3Engine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    restarts = engine.restart_count
    os.kill(pid, signal.SIGSTOP)  # it cannot answer before the kill
    engine.submit(SynthesisRequest(30, MANDARIN, voice="sit/cmn"))
    engine.submit(SynthesisRequest(31, "还在。", voice="sit/cmn"))
    freeze_and_kill_until_restarted(engine)
    first, second = collect(engine, 2)
    assert (first.id, first.ok, first.attempts) == (30, True, 2)
    assert (second.id, second.ok, second.attempts) == (31, True, 1)
    assert engine.restart_count == restarts + 1


def test_a_hung_worker_is_restarted_within_the_bound(engine: Pyttsx3Engine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    restarts = engine.restart_count
    os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    engine.submit(SynthesisRequest(40, "卡住了吗。", voice="sit/cmn"))
    [result] = collect(engine, 1)
    elapsed = time.monotonic() - started
    assert (result.id, result.ok, result.attempts) == (40, True, 2)
    assert engine.restart_count == restarts + 1
    bound = engine.hang_seconds + engine.hang_seconds_per_char * 5
    assert bound <= elapsed < bound + 3.0, f"restarted after {elapsed:.2f} s (bound {bound:.2f} s)"


def test_a_request_that_kills_every_worker_is_answered_with_an_error(engine: Pyttsx3Engine) -> None:
    pid = engine.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    engine.submit(SynthesisRequest(50, "会死的一句。", voice="sit/cmn"))
    freeze_and_kill_until_restarted(engine)
    # The new worker is still starting: stop it before it can answer, then kill it too.
    new_pid = engine.worker_pid
    assert new_pid is not None
    os.kill(new_pid, signal.SIGSTOP)
    os.kill(new_pid, signal.SIGKILL)
    [result] = collect(engine, 1)
    assert result.id == 50
    assert not result.ok and result.attempts == 2 and "stopped" in (result.error or "")
    assert engine.worker_pid is None, "nothing pending: the next request starts a worker"
    assert speak(engine, SynthesisRequest(51, "又好了。", voice="sit/cmn")).ok


PARENT = textwrap.dedent(
    """
    import os, sys, time
    from reader.speech.engine import SynthesisRequest
    from reader.speech.pyttsx3engine import Pyttsx3Engine
    engine = Pyttsx3Engine()
    engine.submit(SynthesisRequest(1, "你好。", voice="sit/cmn"))
    assert engine.wait(20)
    print(engine.worker_pid, flush=True)
    os._exit(0)  # no clean-up: the worker must notice on its own
    """
)


def test_the_worker_exits_when_its_parent_dies_and_prints_nothing() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", PARENT],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=60,
        check=False,
    )
    if completed.returncode != 0:
        pytest.skip(f"pyttsx3 does not start here: {completed.stderr[-300:]}")
    lines = completed.stdout.split()
    assert len(lines) == 1, f"worker output reached the terminal: {completed.stdout!r}"
    pid = int(lines[0])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    raise AssertionError("the worker outlived its parent")


def test_marks_are_deduplicated_clamped_and_extended_over_short_words() -> None:
    text = "今天很好，OK。"
    events = [(1, 1, 0), (1, 1, 5), (2, 0, 250), (3, 1, 500), (6, 2, 400), (40, 1, 9000)]
    marks = normalise_marks(text, events, duration_ms=1000)
    assert [(m.start, m.end) for m in marks] == [(0, 1), (1, 2), (2, 4), (5, 7)]
    assert [m.time_ms for m in marks] == [0, 250, 500, 500]


def test_invalid_or_empty_wav_files_are_refused(tmp_path: Path) -> None:
    import wave

    assert read_wav(tmp_path / "missing.wav") is None
    (tmp_path / "junk.wav").write_bytes(b"RIFF0000")
    assert read_wav(tmp_path / "junk.wav") is None
    with wave.open(str(tmp_path / "empty.wav"), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(22050)
    assert read_wav(tmp_path / "empty.wav") is None
