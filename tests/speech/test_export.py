"""Audio export (``reader.speech.export``): the file's length, order, pauses, retries, progress and cancel
with the silent engine; MP3 through an encoder; and real Mandarin audio from the pyttsx3 engine.

Failure cases the silent engine cannot produce on its own (a sentence that always fails, an engine that
changes sample rate or never answers) come from :class:`Scripted`, a thin wrapper around it.
"""

from __future__ import annotations

import array
import math
import stat
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core.document import Article, Block, BlockKind
from reader.speech import export
from reader.speech.engine import Audio, SpeechEngine, SynthesisRequest, SynthesisResult, Voice
from reader.speech.export import (
    PARAGRAPH_GAP_MS,
    SENTENCE_GAP_MS,
    EncoderMissingError,
    ExportCancelledError,
    ExportError,
    export_audio,
)
from reader.speech.silent import SilentEngine
from tests.conftest import require_system

BLOCKS = ["养老服务通知", "第一句话。第二句话。", "第三句话说完了。"]
"""Title, a paragraph of two sentences, a paragraph of one: gaps paragraph, sentence, paragraph."""


class Scripted(SpeechEngine):
    """A :class:`SilentEngine` with scripted trouble: failing texts, a sample rate per text, no answers."""

    name = "scripted"

    def __init__(
        self,
        *,
        fail: Callable[[SynthesisRequest, int], bool] = lambda request, count: False,
        sample_rate: Callable[[SynthesisRequest], int | None] = lambda request: None,
        silent_for: Callable[[SynthesisRequest, int], bool] = lambda request, count: False,
        attempts: int = 1,
        tones: dict[str, int] | None = None,
    ) -> None:
        self.inner = SilentEngine()
        self.capabilities = self.inner.capabilities
        self._fail = fail
        self._sample_rate = sample_rate
        self._silent_for = silent_for
        self._attempts = attempts
        self._tones = tones or {}
        self.submitted: list[SynthesisRequest] = []
        self.answered: list[SynthesisResult] = []
        self.cancels = 0
        self._ready: list[SynthesisResult] = []
        self._swallowed: set[int] = set()

    def text_of(self, request_id: int) -> str:
        return next(request.text for request in self.submitted if request.id == request_id)

    def count(self, text: str) -> int:
        return sum(1 for request in self.submitted if request.text == text)

    def voices(self) -> list[Voice]:
        return self.inner.voices()

    def submit(self, request: SynthesisRequest) -> None:
        self.submitted.append(request)
        count = self.count(request.text)
        if self._silent_for(request, count):
            self._swallowed.add(request.id)
            return
        if self._fail(request, count):
            self._ready.append(SynthesisResult(request.id, error="scripted failure", attempts=self._attempts))
            return
        self.inner.submit(request)

    def results(self) -> list[SynthesisResult]:
        self._ready.extend(self._reshape(answer) for answer in self.inner.results())
        ready = sorted(self._ready, key=lambda result: result.id)
        self._ready = []
        self.answered.extend(ready)
        return ready

    def _reshape(self, answer: SynthesisResult) -> SynthesisResult:
        """The silent answer at the scripted sample rate, and filled with the scripted tone."""
        audio = answer.audio
        if audio is None:
            return answer
        text = self.text_of(answer.id)
        rate = self._sample_rate(next(r for r in self.submitted if r.id == answer.id)) or audio.sample_rate
        frames = audio.frame_count * rate // audio.sample_rate
        pcm = array.array("h", [self._tones.get(text, 0)] * frames)
        if sys.byteorder == "big":
            pcm.byteswap()
        return SynthesisResult(answer.id, Audio(pcm.tobytes(), rate), answer.words)

    def wait(self, timeout: float) -> bool:
        return bool(self._ready) or self.inner.wait(timeout)

    def cancel(self) -> None:
        self.cancels += 1
        self._ready = []
        self.inner.cancel()

    def close(self) -> None:
        self.inner.close()


def frames_of(path: Path) -> tuple[int, int]:
    with wave.open(str(path), "rb") as reader:
        return reader.getnframes(), reader.getframerate()


def runs(path: Path) -> list[tuple[int, int]]:
    """The WAV as ``(value, frames)`` runs of equal samples (tones and the silences between them)."""
    with wave.open(str(path), "rb") as reader:
        samples = array.array("h")
        samples.frombytes(reader.readframes(reader.getnframes()))
    found: list[tuple[int, int]] = []
    for value in samples:
        if found and found[-1][0] == value:
            found[-1] = (value, found[-1][1] + 1)
        else:
            found.append((value, 1))
    return found


def audio_frames(results: list[SynthesisResult]) -> int:
    return sum(result.audio.frame_count for result in results if result.ok and result.audio is not None)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


# --- silent engine: the file ----------------------------------------------------------------------


def test_duration_is_the_clips_plus_the_pauses(tmp_path: Path) -> None:
    engine = Scripted()
    out = tmp_path / "out.wav"
    report = export_audio(BLOCKS, out, engine=engine)
    frames, rate = frames_of(out)
    assert [request.text for request in engine.submitted] == [
        "养老服务通知",
        "第一句话。",
        "第二句话。",
        "第三句话说完了。",
    ]
    gaps = 2 * (rate * PARAGRAPH_GAP_MS // 1000) + rate * SENTENCE_GAP_MS // 1000
    assert frames == audio_frames(engine.answered) + gaps
    assert report.sentences == 4
    assert report.skipped == ()
    assert report.is_complete
    assert report.format == "wav"
    assert report.sample_rate == rate
    assert report.duration_ms == frames * 1000 // rate
    assert report.engine == "scripted"
    assert leftovers(tmp_path) == []


def test_an_article_is_read_title_first_and_empty_blocks_are_left_out(tmp_path: Path) -> None:
    article = Article(
        title="标题在前",
        blocks=[
            Block(BlockKind.HEADING, "小标题", level=2),
            Block(BlockKind.IMAGE, "", alt=""),
            Block(BlockKind.PARAGRAPH, "正文一句。"),
        ],
    )
    engine = Scripted()
    report = export_audio(article, tmp_path / "a.wav", engine=engine)
    assert [request.text for request in engine.submitted] == ["标题在前", "小标题", "正文一句。"]
    assert report.sentences == 3


def test_requests_are_pipelined_with_voice_and_clamped_rate(tmp_path: Path) -> None:
    engine = Scripted()
    high = engine.capabilities.rate_range[1]
    export_audio(BLOCKS * 5, tmp_path / "a.wav", engine=engine, voice="sit/yue", rate=high + 500)
    assert all(request.voice == "sit/yue" for request in engine.submitted)
    assert all(request.rate == high for request in engine.submitted)
    ids = [request.id for request in engine.submitted]
    assert ids == sorted(set(ids))


def test_sentences_with_nothing_to_say_are_not_sent(tmp_path: Path) -> None:
    engine = Scripted()
    export_audio(["……", "\ufffc", "有话说。 ！！"], tmp_path / "a.wav", engine=engine)
    assert [request.text for request in engine.submitted] == ["有话说。"]


def test_different_sample_rates_are_converted_to_the_first(tmp_path: Path) -> None:
    engine = Scripted(sample_rate=lambda request: 16000 if "第二" in request.text else None)
    out = tmp_path / "mixed.wav"
    report = export_audio(BLOCKS, out, engine=engine)
    frames, rate = frames_of(out)
    assert rate == report.sample_rate != 16000
    # The 16 kHz clip takes as long at the file's rate as it did at its own.
    expected_ms = sum(result.audio.duration_ms for result in engine.answered if result.audio is not None)
    expected_ms += 2 * PARAGRAPH_GAP_MS + SENTENCE_GAP_MS
    assert abs(frames * 1000 // rate - expected_ms) <= 5


def test_converting_mixes_stereo_down_and_resamples() -> None:
    stereo = array.array("h", [1000, 3000] * 8000)  # 1 s at 8 kHz, left 1000, right 3000
    if sys.byteorder == "big":
        stereo.byteswap()
    pcm = export._convert(Audio(stereo.tobytes(), 8000, channels=2), 16000, 1)
    mono = array.array("h")
    mono.frombytes(pcm)
    assert len(mono) == 16000
    assert set(mono) == {2000}


# --- failures -------------------------------------------------------------------------------------


def test_a_failing_sentence_is_retried_once_then_skipped_and_listed(tmp_path: Path) -> None:
    engine = Scripted(fail=lambda request, count: "第二" in request.text)
    out = tmp_path / "out.wav"
    report = export_audio(BLOCKS, out, engine=engine)
    assert engine.count("第二句话。") == 2
    assert report.sentences == 3
    assert len(report.skipped) == 1
    skipped = report.skipped[0]
    assert (skipped.block, skipped.text, skipped.reason) == (1, "第二句话。", "scripted failure")
    assert BLOCKS[skipped.block][skipped.start : skipped.end] == "第二句话。"
    assert not report.is_complete
    frames, rate = frames_of(out)
    # The skipped sentence leaves no pause behind: two paragraph gaps remain.
    assert frames == audio_frames(engine.answered) + 2 * (rate * PARAGRAPH_GAP_MS // 1000)


def test_a_sentence_that_fails_once_is_kept_in_order(tmp_path: Path) -> None:
    tones = {"养老服务通知": 100, "第一句话。": 200, "第二句话。": 300, "第三句话说完了。": 400}
    engine = Scripted(fail=lambda request, count: "第一" in request.text and count == 1, tones=tones)
    out = tmp_path / "out.wav"
    report = export_audio(BLOCKS, out, engine=engine)
    assert report.skipped == ()
    assert report.sentences == 4
    assert engine.count("第一句话。") == 2
    # The retry was answered after the sentences behind it, yet the file has them in reading order,
    # with a paragraph's pause, a sentence's pause, a paragraph's pause between them.
    answered = [engine.text_of(result.id) for result in engine.answered if result.ok]
    assert answered.index("第一句话。") > answered.index("第二句话。")
    rate = frames_of(out)[1]
    found = runs(out)
    assert [value for value, _ in found] == [100, 0, 200, 0, 300, 0, 400]
    assert [frames for value, frames in found if value == 0] == [
        rate * PARAGRAPH_GAP_MS // 1000,
        rate * SENTENCE_GAP_MS // 1000,
        rate * PARAGRAPH_GAP_MS // 1000,
    ]


def test_a_failure_the_engine_already_retried_is_not_retried_again(tmp_path: Path) -> None:
    engine = Scripted(fail=lambda request, count: "第三" in request.text, attempts=2)
    report = export_audio(BLOCKS, tmp_path / "out.wav", engine=engine)
    assert engine.count("第三句话说完了。") == 1
    assert [skipped.text for skipped in report.skipped] == ["第三句话说完了。"]


def test_an_engine_that_never_answers_is_given_up_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "STALL_TIMEOUT", 0.2)
    engine = Scripted(silent_for=lambda request, count: "第一" in request.text)
    report = export_audio(BLOCKS, tmp_path / "out.wav", engine=engine)
    assert engine.count("第一句话。") == 2
    assert engine.cancels >= 2
    assert [skipped.text for skipped in report.skipped] == ["第一句话。"]
    assert "no answer" in report.skipped[0].reason
    # The sentences held up behind it were resubmitted and written.
    assert report.sentences == 3


def test_nothing_synthesised_is_an_error_and_no_file(tmp_path: Path) -> None:
    engine = Scripted(fail=lambda request, count: True)
    out = tmp_path / "out.wav"
    with pytest.raises(ExportError, match="no sentence could be synthesised"):
        export_audio(BLOCKS, out, engine=engine)
    assert list(tmp_path.iterdir()) == []


def test_no_text_is_an_error_and_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no text"):
        export_audio(["", "。。"], tmp_path / "out.wav", engine=Scripted())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("out.ogg", "unsupported audio format '.ogg'"),
        ("out", "no suffix"),
        ("missing/out.wav", "no such folder"),
    ],
)
def test_bad_outputs_fail_before_any_synthesis(tmp_path: Path, name: str, match: str) -> None:
    engine = Scripted()
    with pytest.raises(ExportError, match=match):
        export_audio(BLOCKS, tmp_path / name, engine=engine)
    assert engine.submitted == []


def test_a_folder_as_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.wav").mkdir()
    with pytest.raises(ExportError, match="folder"):
        export_audio(BLOCKS, tmp_path / "dir.wav", engine=Scripted())


# --- progress and cancel --------------------------------------------------------------------------


def test_progress_is_monotone_and_ends_at_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    blocks = ["长文。" * 50] * 40
    export_audio(blocks, tmp_path / "long.wav", engine=Scripted(), progress=lambda d, t: calls.append((d, t)))
    total = sum(map(len, blocks))
    assert calls
    assert calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_progress_is_reported_at_most_about_ten_times_a_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter(range(10**6))
    # Each call to the clock advances 10 ms: 1,000 sentences take ~10 s of "time".
    monkeypatch.setattr(export, "_clock", lambda: next(clock) / 100)
    calls: list[float] = []
    export_audio(
        ["一句。"] * 1000, tmp_path / "a.wav", engine=Scripted(), progress=lambda d, t: calls.append(d)
    )
    assert 2 <= len(calls) < 1000 / 5


def test_the_file_grows_on_disk_while_exporting(tmp_path: Path) -> None:
    sizes: list[int] = []

    def progress(done: int, total: int) -> None:
        sizes.extend(path.stat().st_size for path in tmp_path.glob(".*.part"))

    export_audio(["一句。" * 200] * 20, tmp_path / "a.wav", engine=Scripted(), progress=progress)
    assert any(size > 100_000 for size in sizes)


def cancel_after(count: int) -> tuple[Callable[[], bool], list[int]]:
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > count

    return cancelled, asked


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    cancelled, _ = cancel_after(5)
    engine = Scripted()
    with pytest.raises(ExportCancelledError):
        export_audio(["一句。" * 30] * 10, tmp_path / "out.wav", engine=engine, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    assert engine.submitted
    assert engine.cancels >= 1


def test_cancel_keeps_the_existing_file_intact(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    out.write_bytes(b"the user's earlier export")
    cancelled, _ = cancel_after(8)
    with pytest.raises(ExportCancelledError):
        export_audio(["一句。" * 30] * 10, out, engine=Scripted(), cancelled=cancelled)
    assert out.read_bytes() == b"the user's earlier export"
    assert leftovers(tmp_path) == []


def test_an_error_mid_way_keeps_the_existing_file_intact(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    out.write_bytes(b"earlier")

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_audio(["一句。" * 30] * 10, out, engine=Scripted(), progress=progress)
    assert out.read_bytes() == b"earlier"
    assert leftovers(tmp_path) == []


def test_a_finished_export_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    out.write_bytes(b"old")
    out.chmod(0o640)
    export_audio(BLOCKS, out, engine=Scripted())
    assert frames_of(out)[0] > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


# --- MP3 ------------------------------------------------------------------------------------------

FAKE_LAME = """#!{python}
import sys
args = sys.argv[1:]
data = sys.stdin.buffer.read()
with open(args[-1], "wb") as out:
    out.write(b"FAKEMP3 " + " ".join(args[:-2]).encode() + b"\\n" + data)
"""


@pytest.fixture
def fake_lame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``lame`` on PATH that records its arguments and the PCM it was given (the pipe, not MP3)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lame"
    script.write_text(FAKE_LAME.format(python=sys.executable))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return script


@pytest.mark.skipif(sys.platform == "win32", reason="the fake encoder is a POSIX script")
def test_mp3_pipes_the_pcm_into_the_encoder(tmp_path: Path, fake_lame: Path) -> None:
    engine = Scripted()
    out = tmp_path / "out.mp3"
    report = export_audio(BLOCKS, out, engine=engine)
    head, _, pcm = out.read_bytes().partition(b"\n")
    assert head.startswith(b"FAKEMP3 ")
    assert b"-r -s 22.05" in head or f"-s {report.sample_rate / 1000:g}".encode() in head
    assert b"-m m" in head
    assert len(pcm) == 2 * report.frames
    assert (report.format, report.encoder) == ("mp3", "lame")


@pytest.mark.skipif(sys.platform == "win32", reason="the fake encoder is a POSIX script")
def test_an_encoder_that_fails_leaves_no_file(tmp_path: Path, fake_lame: Path) -> None:
    fake_lame.write_text(
        f"#!{sys.executable}\nimport sys\nsys.stderr.write('bad sample rate\\n')\nsys.exit(3)\n"
    )
    out = tmp_path / "out.mp3"
    with pytest.raises(ExportError, match="lame") as caught:
        export_audio(BLOCKS * 20, out, engine=Scripted())
    assert "bad sample rate" in caught.value.reason
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_mp3_without_an_encoder_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    engine = Scripted()
    with pytest.raises(EncoderMissingError) as caught:
        export_audio(BLOCKS, tmp_path / "out.mp3", engine=engine)
    assert "ffmpeg" in caught.value.reason
    assert "lame" in caught.value.reason
    assert ".wav" in caught.value.reason
    assert engine.submitted == []


def test_mp3_with_a_real_encoder(tmp_path: Path) -> None:
    encoder = export.find_encoder()
    if encoder is None:
        pytest.skip("neither ffmpeg nor lame is installed")
    out = tmp_path / "out.mp3"
    report = export_audio(BLOCKS, out, engine=Scripted(tones={"第二句话。": 8000}))
    data = out.read_bytes()
    # An MP3 starts with an ID3 tag or a frame sync.
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    assert report.encoder == Path(encoder).stem
    # Decoded back with the same tool, it lasts as long as what was written (MP3 pads a few frames).
    decoded = tmp_path / "decoded.wav"
    if report.encoder == "lame":
        command = [encoder, "--quiet", "--decode", str(out), str(decoded)]
    else:
        command = [encoder, "-loglevel", "error", "-i", str(out), str(decoded)]
    subprocess.run(command, check=True, timeout=60)
    frames, rate = frames_of(decoded)
    assert abs(frames / rate - report.duration) < 0.15


# --- the real engine ------------------------------------------------------------------------------


def rms_and_peak(path: Path) -> tuple[float, int, float]:
    """RMS, peak and duration (s) of a 16-bit WAV."""
    with wave.open(str(path), "rb") as reader:
        assert reader.getsampwidth() == 2
        samples = array.array("h")
        samples.frombytes(reader.readframes(reader.getnframes()))
        rate = reader.getframerate()
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0, 0, 0.0
    rms = math.sqrt(sum(value * value for value in samples) / len(samples))
    return rms, max(abs(value) for value in samples), len(samples) / rate


@pytest.fixture(scope="module")
def real_engine() -> Iterator[SpeechEngine]:
    from reader.speech.pyttsx3engine import Pyttsx3Engine

    engine = Pyttsx3Engine()
    try:
        voices = engine.voices()
    except Exception as error:  # pragma: no cover - depends on the machine
        engine.close()
        require_system(f"the pyttsx3 engine does not start here: {error}")
    if not any(voice.id == "sit/cmn" for voice in voices):  # pragma: no cover
        engine.close()
        require_system("no Mandarin espeak-ng voice (sit/cmn)")
    yield engine
    engine.close()


@pytest.mark.parametrize(
    ("voice", "language", "texts"),
    [
        ("sit/cmn", "cmn", ["青溪区养老服务中心投入运营", "中心设有长者食堂和康复室。老人们可以就近用餐。"]),
        ("sit/yue", "yue", ["青溪區養老服務中心投入運營", "中心設有長者食堂和康復室。老人們可以就近用餐。"]),
    ],
)
def test_real_engine_exports_audible_speech_of_plausible_length(
    tmp_path: Path, real_engine: SpeechEngine, voice: str, language: str, texts: list[str]
) -> None:
    if voice not in {v.id for v in real_engine.voices()}:  # pragma: no cover - depends on the machine
        require_system(f"no espeak-ng voice {voice}")
    out = tmp_path / "real.wav"
    report = export_audio(texts, out, engine=real_engine, voice=voice, language=language)
    assert report.skipped == ()
    assert report.sentences == 3
    rms, peak, seconds = rms_and_peak(out)
    characters = sum(len(text) for text in texts)
    # espeak reads Mandarin and Cantonese at roughly 3-8 characters a second at 200 wpm; plus our pauses.
    assert characters / 8 < seconds < characters / 2 + 3
    assert abs(seconds - report.duration) < 0.01
    assert peak > 3000
    assert rms > 300


def test_a_heading_is_followed_by_a_longer_pause(tmp_path: Path) -> None:
    from reader.core.display import build_article
    from reader.speech.utterances import HEADING_PAUSE_MS

    article = Article(
        title="养老服务通知",
        blocks=[
            Block(BlockKind.HEADING, "总体要求", level=2),
            Block(BlockKind.PARAGRAPH, "第一句话。第二句话。"),
        ],
    )
    tones = {"养老服务通知": 100, "总体要求": 200, "第一句话。": 300, "第二句话。": 400}
    engine = Scripted(tones=tones)
    out = tmp_path / "out.wav"
    export_audio(build_article(article), out, engine=engine)
    rate = frames_of(out)[1]
    found = runs(out)
    assert [value for value, _ in found] == [100, 0, 200, 0, 300, 0, 400]
    assert HEADING_PAUSE_MS > PARAGRAPH_GAP_MS
    # After the title and the heading: the heading's pause; between the two sentences: a sentence's.
    assert [frames for value, frames in found if value == 0] == [
        rate * HEADING_PAUSE_MS // 1000,
        rate * HEADING_PAUSE_MS // 1000,
        rate * SENTENCE_GAP_MS // 1000,
    ]
