"""The speech manager as scripted interactions: SilentEngine + FakePlayer on one manual clock.

Each test drives the manager as the window does (``pump`` when results may be ready, ``tick`` every 30 ms,
the player reporting the end of each clip) and reads what the listener heard, NVDA ``smi`` style.
"""

from __future__ import annotations

import time

import pytest

from reader.speech.engine import SynthesisRequest, SynthesisResult
from reader.speech.manager import SKIP_MESSAGE, SkipReason, SpeechListener, SpeechManager, SpeechState
from reader.speech.silent import SilentEngine
from reader.speech.utterances import BlockList, Position, Utterance, UtteranceMaker
from tests.speech.fakes import FakePlayer, ManualClock

ARTICLE = BlockList(
    [
        "标题在这里。",
        "第一段甲句。第一段乙句！第一段丙句？",
        "\ufffc",
        "第二段甲句。第二段乙句。",
        "第三段只有一句。",
    ]
)
ALL = [
    "标题在这里。",
    "第一段甲句。",
    "第一段乙句！",
    "第一段丙句？",
    "第二段甲句。",
    "第二段乙句。",
    "第三段只有一句。",
]


class Recorder(SpeechListener):
    def __init__(self) -> None:
        self.log: list[tuple[object, ...]] = []
        self.words: list[tuple[Utterance, int, int]] = []

    def state_changed(self, state: SpeechState) -> None:
        self.log.append(("state", state.value))

    def sentence_started(self, utterance: Utterance) -> None:
        self.log.append(("sentence", utterance.text))

    def word_started(self, utterance: Utterance, start: int, end: int) -> None:
        self.words.append((utterance, start, end))

    def skipped(self, utterance: Utterance, reason: SkipReason) -> None:
        self.log.append(("skipped", utterance.text, reason))

    def finished(self) -> None:
        self.log.append(("finished",))

    def playback_failed(self, reason: str) -> None:
        self.log.append(("playback failed", reason))

    def sentences(self) -> list[str]:
        return [str(entry[1]) for entry in self.log if entry[0] == "sentence"]

    def take(self) -> list[tuple[object, ...]]:
        log, self.log = self.log, []
        return log


class Harness:
    def __init__(self, engine: SilentEngine | None = None, **options: object) -> None:
        self.clock = ManualClock()
        self.engine = engine or SilentEngine(clock=self.clock)
        self.engine.clock = self.clock
        self.player = FakePlayer(self.clock)
        self.listener = Recorder()
        self.manager = SpeechManager(
            self.engine,
            self.player,
            self.listener,
            clock=self.clock,
            **options,  # type: ignore[arg-type]
        )
        self.player.on_finished = self.manager.playback_finished

    def run(self, ms: int, *, step: int = 30) -> None:
        """Let ``ms`` pass as the window would: the clock moves, the player plays, the timer ticks."""
        for _ in range(ms // step):
            self.player.advance(step)
            self.manager.tick()

    def run_to_end(self, limit_ms: int = 120_000) -> None:
        elapsed = 0
        while self.manager.state is not SpeechState.IDLE and elapsed < limit_ms:
            self.run(300)
            elapsed += 300
        assert self.manager.state is SpeechState.IDLE, "the reading did not finish"

    def submitted_texts(self) -> list[str]:
        return [request.text for request in self.engine.submitted]


def test_reads_every_sentence_in_order_with_lookahead() -> None:
    h = Harness(lookahead=2)
    h.manager.read_from(ARTICLE)
    # The first result is ready at once: it plays without waiting for the next pump.
    assert h.listener.take() == [("state", "reading"), ("sentence", "标题在这里。")]
    assert h.player.is_playing
    # One playing, two synthesised ahead, ids increasing.
    assert h.submitted_texts() == ALL[:3]
    ids = [request.id for request in h.engine.submitted]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    h.player.finish()
    assert h.listener.sentences() == ["第一段甲句。"]
    assert h.submitted_texts() == ALL[:4]
    h.run_to_end()
    assert ["标题在这里。", *h.listener.sentences()] == ALL
    assert h.listener.log[-2:] == [("state", "idle"), ("finished",)]
    assert [call for call, _ in h.player.calls].count("play") == len(ALL)


def test_first_request_is_the_sentence_at_the_caret_and_submitted_at_once() -> None:
    h = Harness()
    h.engine.delay_next(0.5, 10)
    h.manager.read_from(ARTICLE, 1, 8)  # inside 第一段乙句！
    assert h.engine.submitted[0].text == "第一段乙句！"
    assert not h.player.played  # still synthesising
    h.run(480)
    assert not h.player.played
    h.run(60)
    assert h.listener.sentences() == ["第一段乙句！"]
    assert h.manager.current is not None and (h.manager.current.block, h.manager.current.start) == (1, 6)


def test_first_request_on_a_million_characters_is_immediate() -> None:
    line = "这是一个句子，里面有一些字。" * 72_000
    text = BlockList(["标题。", line, "尾。"])
    h = Harness()
    h.engine.delay_next(1.0)
    started = time.perf_counter()
    h.manager.read_from(text, 1, 900_005)
    elapsed = time.perf_counter() - started
    first = h.engine.submitted[0]
    assert first.text == "这是一个句子，里面有一些字。"
    assert len(h.engine.submitted) == 3
    assert elapsed < 0.05, elapsed  # about 1 ms here


def test_stop_is_silent_at_once_and_idempotent() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    h.run(300)
    h.listener.take()
    h.manager.stop()
    assert not h.player.is_playing
    assert h.listener.take() == [("state", "idle")]
    h.manager.stop()
    h.manager.stop()
    assert h.listener.take() == []
    assert h.manager.state is SpeechState.IDLE and h.manager.current is None
    h.run(5000)
    assert h.listener.take() == [] and not h.player.is_playing


def test_stop_between_result_and_play_plays_nothing() -> None:
    h = Harness()
    h.engine.delay_next(0.2, 10)
    h.manager.read_from(ARTICLE)
    h.clock.advance(0.3)  # results are ready, nobody has pumped yet
    h.manager.stop()
    h.manager.pump()
    h.run(3000)
    assert not h.player.played
    assert h.listener.sentences() == []


def test_playback_finished_after_stop_is_ignored() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    token = h.player.played[0].token
    h.manager.stop()
    h.manager.playback_finished(token)
    h.manager.pump()
    assert len(h.player.played) == 1
    assert h.manager.state is SpeechState.IDLE


class LeakyEngine(SilentEngine):
    """Breaks the contract on purpose: results of cancelled requests still come back."""

    def cancel(self) -> None:
        pass


def test_stale_results_of_a_stopped_reading_never_play() -> None:
    h = Harness(LeakyEngine())
    h.engine.delay_next(0.2, 3)
    h.manager.read_from(ARTICLE)
    h.manager.stop()
    h.manager.read_from(ARTICLE, 3, 0)  # 第二段…, answered at once but behind the delayed stale ones
    h.clock.advance(0.3)
    h.manager.pump()
    assert h.listener.sentences() == ["第二段甲句。"]
    assert len(h.player.played) == 1


def test_read_from_while_reading_restarts() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    old_token = h.player.played[0].token
    h.run(600)
    h.listener.take()
    h.manager.read_from(ARTICLE, 4, 0)
    assert h.listener.take() == [("sentence", "第三段只有一句。")]  # no idle in between
    h.manager.playback_finished(old_token)  # the old clip's end, reported late
    assert h.manager.current is not None and h.manager.current.text == "第三段只有一句。"
    h.run_to_end()
    assert h.listener.sentences() == []


def test_pause_resume_continue_mid_sentence() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    h.run(600)
    h.manager.pause()
    assert h.manager.state is SpeechState.PAUSED and h.player.is_paused
    held = h.player.position_ms()
    h.run(5000)
    assert h.player.position_ms() == held
    assert h.listener.sentences() == ["标题在这里。"]
    h.manager.resume()
    assert h.player.is_playing and h.player.position_ms() == held
    assert [entry for entry in h.listener.take() if entry[0] == "state"] == [
        ("state", "reading"),
        ("state", "paused"),
        ("state", "reading"),
    ]
    h.run_to_end()
    assert len(h.player.played) == len(ALL)


def test_pause_before_the_first_audio_holds_it_until_resume() -> None:
    h = Harness()
    h.engine.delay_next(0.1, 10)
    h.manager.read_from(ARTICLE)
    h.manager.pause()
    h.run(500)
    assert not h.player.played
    h.manager.resume()
    assert h.listener.sentences() == ["标题在这里。"]


def test_pause_then_stop_and_stop_when_idle() -> None:
    h = Harness()
    h.manager.pause()
    h.manager.resume()
    assert h.listener.take() == []
    h.manager.read_from(ARTICLE)
    h.manager.pause()
    h.manager.stop()
    assert h.manager.state is SpeechState.IDLE and h.player.clip is None
    h.manager.resume()
    h.run(3000)
    assert h.manager.state is SpeechState.IDLE and len(h.player.played) == 1


def test_next_and_previous_sentence() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE, 1, 0)
    h.manager.next_sentence()
    assert h.listener.sentences() == ["第一段甲句。", "第一段乙句！"]
    h.run(1500)  # well into 第一段乙句！
    h.manager.previous_sentence()  # after the first second: from its start again
    h.manager.previous_sentence()  # at once again: the one before
    h.listener.take()
    h.run(60)
    assert h.manager.current is not None and h.manager.current.text == "第一段甲句。"
    h.manager.previous_sentence()
    h.manager.previous_sentence()  # twice quickly: two sentences back, across the paragraph
    h.run(60)
    assert h.manager.current is not None and h.manager.current.text == "标题在这里。"
    h.manager.previous_sentence()  # nothing before the first: its start again
    assert h.manager.current is not None and h.manager.current.text == "标题在这里。"
    h.run_to_end()
    assert h.listener.sentences()[-4:] == ALL[-4:]


def test_next_and_previous_paragraph() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE, 1, 8)
    h.manager.next_paragraph()  # skips the image-only block
    assert h.manager.current is not None and h.manager.current.text == "第二段甲句。"
    h.manager.next_sentence()
    h.run(60)
    h.manager.previous_paragraph()  # inside a paragraph: to its start
    assert h.manager.current is not None and h.manager.current.text == "第二段甲句。"
    h.manager.previous_paragraph()  # at its start: the previous paragraph
    assert h.manager.current is not None and h.manager.current.text == "第一段甲句。"
    h.manager.next_paragraph()
    h.manager.next_paragraph()
    assert h.manager.current is not None and h.manager.current.text == "第三段只有一句。"
    h.listener.take()
    h.manager.next_paragraph()  # past the end: over
    assert h.listener.take() == [("state", "idle"), ("finished",)]


def test_navigation_is_ignored_when_idle() -> None:
    h = Harness()
    for move in (
        h.manager.next_sentence,
        h.manager.previous_sentence,
        h.manager.next_paragraph,
        h.manager.previous_paragraph,
    ):
        move()
    assert h.listener.take() == [] and not h.player.played


def test_a_crash_is_restarted_by_the_engine_and_reading_goes_on() -> None:
    h = Harness()
    h.engine.die_next(1)
    h.manager.read_from(ARTICLE)
    assert h.engine.restart_count == 1
    h.run_to_end()
    assert h.listener.sentences() == ALL


def test_a_sentence_the_engine_cannot_say_is_skipped_with_a_spoken_message() -> None:
    h = Harness()
    h.engine.fail_next(2)  # both of the engine's attempts at the first sentence
    h.manager.read_from(ARTICLE)
    assert h.listener.take() == [
        ("state", "reading"),
        ("skipped", "标题在这里。", SkipReason.FAILED),
        ("sentence", SKIP_MESSAGE),
    ]
    assert h.manager.current is not None and h.manager.current.is_message
    h.run_to_end()
    assert h.listener.sentences() == ALL[1:]


def test_a_dead_engine_skips_and_keeps_reading() -> None:
    h = Harness()
    h.engine.die_next(2)  # both attempts at the first sentence

    def on_submit(request: SynthesisRequest) -> None:
        if request.text == SKIP_MESSAGE:
            h.engine.die_next(2)  # and at the message that stands for it

    h.engine.on_submit = on_submit
    h.manager.read_from(ARTICLE)
    log = h.listener.take()
    assert ("skipped", "标题在这里。", SkipReason.FAILED) in log
    # The message could not be said either: it is left out, and reading goes on.
    assert [entry for entry in log if entry[0] == "sentence"] == [("sentence", "第一段甲句。")]


class OnceEngine(SilentEngine):
    """Reports failures after a single attempt (an engine without its own retry)."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def _synthesize(self, request: SynthesisRequest) -> SynthesisResult:
        if self.failures:
            self.failures -= 1
            return SynthesisResult(request.id, error="no file", attempts=1)
        return super()._synthesize(request)


def test_a_failed_result_is_submitted_again_once() -> None:
    h = Harness(OnceEngine(failures=1))
    h.manager.read_from(ARTICLE, 4, 0)
    assert h.submitted_texts() == ["第三段只有一句。", "第三段只有一句。"]
    assert h.listener.sentences() == ["第三段只有一句。"]
    h2 = Harness(OnceEngine(failures=2))
    h2.manager.read_from(ARTICLE, 4, 0)
    assert h2.submitted_texts() == ["第三段只有一句。", "第三段只有一句。", SKIP_MESSAGE]
    assert h2.listener.take()[1:] == [
        ("skipped", "第三段只有一句。", SkipReason.FAILED),
        ("sentence", SKIP_MESSAGE),
    ]


def test_a_result_that_never_comes_is_retried_then_skipped_after_the_bounded_wait() -> None:
    h = Harness(result_timeout=2.0, result_timeout_per_char=0.0)
    h.engine.delay_next(3600, 1)  # the first request hangs; the ones behind it wait for it
    h.manager.read_from(ARTICLE)
    h.run(1950)
    assert not h.player.played
    h.run(120)  # past the bound: cancelled and asked again, answered at once
    assert h.listener.sentences() == ["标题在这里。"]
    # Everything unanswered asked again, in order; then one more to keep three ahead of the one playing.
    assert h.submitted_texts() == [*ALL[:3], *ALL[:3], ALL[3]]

    h = Harness(result_timeout=2.0, result_timeout_per_char=0.0)
    engine = h.engine

    def on_submit(request: SynthesisRequest) -> None:
        if request.text == ALL[0]:
            engine.delay_next(3600)  # the first sentence hangs, and so does its retry

    engine.on_submit = on_submit
    h.manager.read_from(ARTICLE)
    h.run(4200)
    assert ("skipped", "标题在这里。", SkipReason.TIMEOUT) in h.listener.log
    h.run(4000)
    assert h.listener.sentences()[:2] == [SKIP_MESSAGE, "第一段甲句。"]


def test_announcement_during_reading_comes_after_the_sentence() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    h.run(300)
    h.manager.announce("大字幕已开启")
    assert h.listener.sentences() == ["标题在这里。"]  # not interrupted
    h.player.finish()
    h.manager.tick()
    assert h.listener.sentences() == ["标题在这里。", "大字幕已开启"]
    assert h.manager.current is not None and h.manager.current.is_message
    h.player.finish()
    h.manager.tick()
    assert h.listener.sentences()[-1] == "第一段甲句。"


def test_announcement_when_idle_is_spoken_at_once() -> None:
    h = Harness()
    h.manager.announce("大字幕已开启")
    assert h.listener.take() == [("state", "reading"), ("sentence", "大字幕已开启")]
    h.run_to_end()
    # "finished" belongs to a say-all: a confirmation alone only ends the speaking.
    assert h.listener.take() == [("state", "idle")]
    assert h.manager.say_all_state is SpeechState.IDLE


def test_speak_interrupts_the_reading_which_then_goes_on_from_the_cut_sentence() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    h.run(300)
    h.manager.speak("打开按钮")
    assert h.listener.sentences() == ["标题在这里。", "打开按钮"]
    assert h.manager.say_all_state is SpeechState.READING
    h.run_to_end()
    # As NVDA's NOW priority: the say-all is interrupted, not ended; its cut sentence is said again.
    assert h.listener.sentences() == ["标题在这里。", "打开按钮", *ALL]
    h.manager.stop()
    pointed = UtteranceMaker(ARTICLE).sentence_at(3, 8)  # the sentence under the pointer
    assert pointed is not None
    h.manager.speak(pointed)
    assert h.listener.sentences()[-1] == "第二段乙句。"
    assert h.manager.current is pointed


def test_rate_and_voice_apply_from_the_next_sentence_and_volume_too() -> None:
    h = Harness(lookahead=2)
    h.manager.read_from(ARTICLE)
    h.run(300)
    before = len(h.engine.submitted)
    h.manager.set_rate(300)
    resubmitted = h.engine.submitted[before:]
    assert [request.text for request in resubmitted] == ALL[1:3]
    assert all(request.rate == 300 for request in resubmitted)
    h.manager.set_voice("silent/yue", language="yue")
    assert h.engine.submitted[-1].voice == "silent/yue"
    h.manager.set_volume(0.4)
    assert h.player.played[0].volume == 1.0
    h.player.finish()
    h.manager.tick()
    assert h.player.played[1].volume == 0.4
    assert h.manager.current is not None and h.manager.current.language == "yue"
    # A clip synthesised at 300 wpm is shorter than at 200.
    assert h.player.played[1].audio.duration_ms < h.player.played[0].audio.duration_ms


def test_word_highlight_follows_the_heard_position_in_block_positions() -> None:
    text = BlockList(["前言。", "增长30%，共12345人。"])
    h = Harness()
    h.manager.read_from(text, 1, 0)
    utterance = h.manager.current
    assert utterance is not None and utterance.spoken.text != utterance.text  # normalised
    clip = h.player.played[0]
    h.run(clip.audio.duration_ms - 30)
    heard = [text[1][start:end] for _, start, end in h.listener.words]
    # Every word lies in the sentence; a spoken-out number highlights the digits it came from.
    assert heard[:2] == ["增", "长"]
    assert "30%" in heard and "12345" in heard
    assert all(u is utterance for u, _, _ in h.listener.words)
    starts = [start for _, start, _ in h.listener.words]
    assert starts == sorted(starts)
    # Once per word: no duplicates.
    assert len(set(starts)) == len(starts)


def test_word_is_reported_when_its_time_is_heard() -> None:
    h = Harness()
    h.manager.read_from(BlockList(["甲乙丙丁。"]))
    duration = h.player.played[0].audio.duration_ms
    step = duration / 4  # SilentEngine spreads 4 Han marks over the clip
    h.manager.tick()
    assert [(s, e) for _, s, e in h.listener.words] == [(0, 1)]
    h.player.advance(step - 5)
    h.manager.tick()
    assert len(h.listener.words) == 1
    h.player.advance(10)
    h.manager.tick()
    assert [(s, e) for _, s, e in h.listener.words] == [(0, 1), (1, 2)]
    h.manager.pause()
    h.player.advance(step * 3)
    h.manager.tick()
    assert len(h.listener.words) == 2


def test_read_range_reads_the_selection_only() -> None:
    h = Harness()
    h.manager.read_range(ARTICLE, Position(1, 8), Position(3, 3))
    h.run_to_end()
    assert h.listener.sentences() == ["段乙句！", "第一段丙句？", "第二段"]


def test_previous_sentence_stays_inside_a_selection() -> None:
    h = Harness()
    h.manager.read_range(ARTICLE, Position(1, 6), Position(3, 12))
    h.manager.previous_sentence()
    assert h.manager.current is not None and h.manager.current.text == "第一段乙句！"


def test_a_listener_may_stop_from_a_callback() -> None:
    class Stopper(Recorder):
        manager: SpeechManager

        def sentence_started(self, utterance: Utterance) -> None:
            super().sentence_started(utterance)
            if utterance.text == "第一段甲句。":
                self.manager.stop()

    h = Harness()
    stopper = Stopper()
    stopper.manager = h.manager
    h.manager.listener = stopper
    h.manager.read_from(ARTICLE)
    h.run(20_000)
    assert stopper.sentences() == ["标题在这里。", "第一段甲句。"]
    assert h.manager.state is SpeechState.IDLE and h.player.clip is None


def test_playback_failure_stops_and_is_reported() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    token = h.player.played[0].token
    h.manager.playback_failed(token - 1, "stale")
    assert h.manager.state is SpeechState.READING
    h.manager.playback_failed(token, "no audio device")
    assert h.listener.log[-2:] == [("state", "idle"), ("playback failed", "no audio device")]


def test_empty_text_finishes_at_once() -> None:
    h = Harness()
    h.manager.read_from(BlockList(["", "\ufffc", "……"]))
    assert h.listener.take() == [("state", "reading"), ("state", "idle"), ("finished",)]
    assert not h.engine.submitted


def test_lookahead_must_be_positive() -> None:
    with pytest.raises(ValueError, match="lookahead"):
        Harness(lookahead=0)


class SayAllRecorder(Recorder):
    def __init__(self) -> None:
        super().__init__()
        self.say_all: list[str] = []

    def say_all_changed(self, state: SpeechState) -> None:
        self.say_all.append(state.value)


def test_a_confirmation_never_changes_the_say_all_state() -> None:
    h = Harness()
    listener = SayAllRecorder()
    h.manager.listener = listener
    h.manager.announce("十字线已开启")
    h.run_to_end()
    assert listener.say_all == []  # heard, but no say-all started or ended
    h.manager.read_from(ARTICLE)
    h.run(300)
    h.manager.announce("大字幕已开启")
    h.player.finish()
    h.manager.tick()
    assert h.manager.current is not None and h.manager.current.is_message
    assert h.manager.say_all_state is SpeechState.READING
    h.run_to_end()
    assert listener.say_all == ["reading", "idle"]


def test_a_confirmation_is_synthesised_ahead_of_the_say_all_lookahead() -> None:
    h = Harness(lookahead=3)
    h.engine.delay_next(1.0, 10)  # every sentence takes a second to synthesise
    h.manager.read_from(ARTICLE)
    h.run(1020)
    assert h.listener.sentences() == ["标题在这里。"]
    h.manager.announce("语速很快")
    # The engine answers in order: the message goes first, the say-all's unanswered requests after it.
    # Only 第一段丙句？ was unanswered (the others were ready): it is submitted again behind the message.
    assert h.submitted_texts()[-2:] == ["语速很快", "第一段丙句？"]
    h.player.finish()
    h.run(1100)
    assert h.listener.sentences() == ["标题在这里。", "语速很快"]


def test_point_reading_cuts_a_confirmation_at_once_and_drops_the_waiting_ones() -> None:
    h = Harness()
    h.manager.announce("十字线已开启")
    h.manager.announce("大字幕已开启")
    assert h.listener.sentences() == ["十字线已开启"]
    h.manager.speak("第二段乙句。")
    assert h.listener.sentences() == ["十字线已开启", "第二段乙句。"]
    assert "stop" in [call for call, _ in h.player.calls]  # the confirmation's clip was cut off
    h.run_to_end()
    assert h.listener.sentences() == ["十字线已开启", "第二段乙句。"]


def test_point_reading_while_paused_speaks_and_the_say_all_stays_paused() -> None:
    h = Harness()
    h.manager.read_from(ARTICLE)
    h.run(300)
    h.manager.pause()
    assert h.manager.say_all_state is SpeechState.PAUSED
    h.manager.speak("打开按钮")
    assert h.listener.sentences() == ["标题在这里。", "打开按钮"]
    h.run(3000)
    assert h.listener.sentences() == ["标题在这里。", "打开按钮"]
    assert h.manager.say_all_state is SpeechState.PAUSED
    h.manager.resume()
    h.run(300)
    # The sentence the pause held was cut by 指读: it starts again from its beginning.
    assert h.listener.sentences()[-1] == "标题在这里。"
    h.run_to_end()
    assert h.listener.sentences() == ["标题在这里。", "打开按钮", *ALL]


def test_a_heading_is_followed_by_a_rest_before_the_text() -> None:
    from reader.core.display import DisplayBlock, DisplayDocument, DisplayKind
    from reader.speech.utterances import HEADING_PAUSE_MS

    document = DisplayDocument(
        [
            DisplayBlock(DisplayKind.TITLE, "标题在这里。", level=1),
            DisplayBlock(DisplayKind.PARAGRAPH, "正文一句。"),
        ]
    )
    h = Harness()
    h.manager.read_from(document)
    assert h.listener.sentences() == ["标题在这里。"]
    h.player.finish()
    h.run(HEADING_PAUSE_MS - 100)
    assert h.listener.sentences() == ["标题在这里。"]  # resting after the heading
    assert not h.player.is_playing
    h.run(200)
    assert h.listener.sentences() == ["标题在这里。", "正文一句。"]
    # A stop in the rest leaves nothing waiting.
    h.manager.stop()
    assert h.manager.state is SpeechState.IDLE
