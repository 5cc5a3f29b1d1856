"""The silent engine keeps the engine contract and its scripting does what the manager's tests rely on."""

from __future__ import annotations

import time

import pytest

from reader.speech.engine import SynthesisRequest
from reader.speech.silent import SAMPLE_RATE, SilentEngine, plausible_duration_ms, word_spans


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_answers_at_once_with_silent_audio_and_one_mark_per_han_character_or_word() -> None:
    engine = SilentEngine()
    engine.submit(SynthesisRequest(1, "今天天气很好, hello world 2025."))
    assert engine.pending == 1
    assert engine.wait(0)
    [result] = engine.results()
    assert result.ok and result.attempts == 1 and result.id == 1
    assert result.audio is not None
    assert result.audio.sample_rate == SAMPLE_RATE and result.audio.channels == 1
    assert set(result.audio.pcm) == {0}
    texts = ["今天天气很好, hello world 2025."[w.start : w.end] for w in result.words]
    assert texts == ["今", "天", "天", "气", "很", "好", "hello", "world", "2025"]
    times = [w.time_ms for w in result.words]
    assert times == sorted(times) and times[0] == 0
    assert all(t is not None and t < result.audio.duration_ms for t in times)
    assert engine.pending == 0 and engine.results() == []


def test_duration_is_plausible_and_follows_the_rate() -> None:
    text = "国务院办公厅关于进一步优化政务服务的指导意见。"  # 22 Han characters
    normal = plausible_duration_ms(text)
    assert 4500 <= normal <= 6500
    assert plausible_duration_ms(text, rate=400) < normal < plausible_duration_ms(text, rate=100)
    assert word_spans("a𠀀b") == [(0, 1), (1, 2), (2, 3)]


def test_results_come_in_order_and_cancel_drops_them() -> None:
    engine = SilentEngine()
    for index in range(3):
        engine.submit(SynthesisRequest(index, f"第{index}句。"))
    engine.cancel()
    assert engine.pending == 0 and engine.results() == [] and not engine.wait(0.01)
    engine.submit(SynthesisRequest(3, "新的。"))
    engine.submit(SynthesisRequest(4, "再来。"))
    assert [r.id for r in engine.results()] == [3, 4]


def test_blank_text_is_an_error_result_not_an_exception() -> None:
    engine = SilentEngine()
    engine.submit(SynthesisRequest(1, "   "))
    [result] = engine.results()
    assert not result.ok and result.error


def test_one_failure_is_retried_two_are_reported() -> None:
    engine = SilentEngine()
    engine.fail_next(1)
    engine.submit(SynthesisRequest(1, "一。"))
    engine.fail_next(2, error="empty file")
    engine.submit(SynthesisRequest(2, "二。"))
    engine.submit(SynthesisRequest(3, "三。"))
    first, second, third = engine.results()
    assert first.ok and first.attempts == 2
    assert not second.ok and second.error == "empty file" and second.attempts == 2
    assert third.ok and third.attempts == 1


def test_a_death_counts_a_restart_and_is_retried() -> None:
    engine = SilentEngine()
    engine.die_next(1)
    engine.submit(SynthesisRequest(1, "一。"))
    engine.die_next(2)
    engine.submit(SynthesisRequest(2, "二。"))
    first, second = engine.results()
    assert first.ok and first.attempts == 2
    assert not second.ok and second.attempts == 2 and "stopped" in (second.error or "")
    assert engine.restart_count == 3


def test_a_delayed_result_holds_back_later_ones_until_the_clock_passes() -> None:
    clock = FakeClock()
    engine = SilentEngine(clock=clock)
    engine.delay_next(2.0)
    engine.submit(SynthesisRequest(1, "慢。"))
    engine.submit(SynthesisRequest(2, "快。"))
    assert engine.results() == [] and engine.pending == 2
    clock.now += 2.0
    assert [r.id for r in engine.results()] == [1, 2]


def test_wait_sleeps_for_a_delayed_result_up_to_its_timeout() -> None:
    engine = SilentEngine()
    engine.delay_next(0.05)
    engine.submit(SynthesisRequest(1, "慢。"))
    assert not engine.wait(0.001)
    started = time.monotonic()
    assert engine.wait(1.0)
    assert time.monotonic() - started < 0.5
    assert [r.id for r in engine.results()] == [1]


def test_submissions_are_observed_and_the_hook_may_call_back_in() -> None:
    engine = SilentEngine()
    seen: list[int] = []

    def hook(request: SynthesisRequest) -> None:
        seen.append(request.id)
        if request.id == 1:
            engine.cancel()

    engine.on_submit = hook
    engine.submit(SynthesisRequest(1, "一。"))
    engine.submit(SynthesisRequest(2, "二。"))
    assert seen == [1, 2] and [r.text for r in engine.submitted] == ["一。", "二。"]
    assert [r.id for r in engine.results()] == [1, 2]


@pytest.mark.parametrize("method", ["start", "close"])
def test_start_and_close_are_idempotent(method: str) -> None:
    with SilentEngine() as engine:
        getattr(engine, method)()
        getattr(engine, method)()
        assert engine.voices() and all(v.engine == "silent" for v in engine.voices())
