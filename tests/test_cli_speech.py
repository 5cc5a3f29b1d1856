"""``reader speak`` and ``reader voices``: in-process with the silent engine standing in for pyttsx3 (fast,
and it can be told to fail), and as subprocesses with the real pyttsx3 engine.

The in-process tests replace ``reader.speech.engines.create_engine``; the silent engine then counts as the
engine that was asked for (no fallback reason), except in the test of the fallback itself.
"""

from __future__ import annotations

import array
import io
import json
import math
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.resources import sample_article
from reader.speech import engines
from reader.speech.engine import SynthesisRequest
from reader.speech.silent import SilentEngine
from tests.test_cli import assert_one_error_line, run_reader

NOTICE = (
    "关于做好2025年春季防火工作的通知\n\n各区人民政府：\n\n"
    "为做好春季防火工作，现将有关事项通知如下。请认真落实。\n\n特此通知。\n"
)
"""A small notice: a title and three paragraphs, five sentences."""


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    path = tmp_path / "通知.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SilentEngine:
    """The engine every command in this test gets; settings are read from an empty folder."""
    engine = SilentEngine()
    monkeypatch.setattr(engines, "create_engine", lambda kind="auto", **_: engine)
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    return engine


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as reader:
        return reader.getnframes() / reader.getframerate()


def rms(path: Path) -> float:
    with wave.open(str(path), "rb") as reader:
        samples = array.array("h")
        samples.frombytes(reader.readframes(reader.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return math.sqrt(sum(value * value for value in samples) / max(1, len(samples)))


# --- reader speak, in-process ---------------------------------------------------------------------


def test_speak_writes_the_article_and_one_summary_line(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notice.wav"
    assert main(["speak", "-o", str(out), str(notice)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"wrote {out}: 0:")
    assert "5 sentences" in lines[0]
    assert "voice silent/cmn" in lines[0]
    assert silent.submitted[0].text.startswith("关于做好")
    assert silent.submitted[1].text == "各区人民政府："
    assert all(request.voice == "silent/cmn" for request in silent.submitted)
    assert wav_seconds(out) > 5
    assert list(tmp_path.glob(".*.part")) == []


def test_speak_the_bundled_sample(silent: SilentEngine, tmp_path: Path) -> None:
    out = tmp_path / "sample.wav"
    assert main(["speak", "-o", str(out), str(sample_article())]) == 0
    assert silent.submitted[0].text.startswith("青溪区首家街道综合养老服务中心")
    assert wav_seconds(out) > 60


def test_speak_converted_to_hong_kong_chooses_cantonese(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "--to", "s2hk", "-o", str(tmp_path / "hk.wav"), str(notice)]) == 0
    assert "voice silent/yue" in capsys.readouterr().out
    assert all(request.voice == "silent/yue" for request in silent.submitted)
    assert any("各區人民政府" in request.text for request in silent.submitted)


def test_speak_converted_to_taiwan_stays_mandarin(silent: SilentEngine, notice: Path, tmp_path: Path) -> None:
    assert main(["speak", "--to", "s2tw", "-o", str(tmp_path / "tw.wav"), str(notice)]) == 0
    assert all(request.voice == "silent/cmn" for request in silent.submitted)
    assert any("各區人民政府" in request.text for request in silent.submitted)


def test_speak_with_voice_and_rate(silent: SilentEngine, notice: Path, tmp_path: Path) -> None:
    out = tmp_path / "fast.wav"
    assert main(["speak", "--voice", "silent/yue", "--rate", "300", "-o", str(out), str(notice)]) == 0
    assert {(request.voice, request.rate) for request in silent.submitted} == {("silent/yue", 300)}


def test_speak_rate_defaults_to_the_saved_setting(silent: SilentEngine, notice: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"version": 1, "speech_rate": 150, "voices": {"mandarin": "silent/en"}}), encoding="utf-8"
    )
    assert main(["speak", "-o", str(tmp_path / "slow.wav"), str(notice)]) == 0
    assert {request.rate for request in silent.submitted} == {150}
    # The reader's own choice of voice for Mandarin wins over the automatic one.
    assert {request.voice for request in silent.submitted} == {"silent/en"}


def test_speak_unknown_voice_says_how_to_list_them(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.wav"
    assert main(["speak", "--voice", "sit/klingon", "-o", str(out), str(notice)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("reader: error: unknown voice 'sit/klingon'")
    assert "reader voices" in err
    assert not out.exists()
    assert silent.submitted == []


def test_speak_skipped_sentences_exit_1_and_are_listed(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    silent.fail_next(2, "engine said no")  # the engine's own retry fails too: the title is skipped
    out = tmp_path / "partial.wav"
    assert main(["speak", "-o", str(out), str(notice)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "reader: warning: skipped “关于做好2025年春季防火工作的通知”: engine said no"
    ]
    assert "4 sentences, 1 skipped" in captured.out
    assert out.exists()


def test_speak_falls_back_to_silence_and_says_so(
    monkeypatch: pytest.MonkeyPatch, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        engines, "create_engine", lambda kind="auto", **_: SilentEngine(reason="no libespeak-ng found")
    )
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    out = tmp_path / "silent.wav"
    assert main(["speak", "--voice", "sit/cmn", "-o", str(out), str(notice)]) == 1
    captured = capsys.readouterr()
    assert "no libespeak-ng found" in captured.err
    assert "SILENT" in captured.err
    assert "SILENT" in captured.out
    assert out.exists()
    assert rms(out) == 0


def test_speak_progress_bar_on_a_terminal(
    silent: SilentEngine, notice: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["speak", "-o", str(tmp_path / "bar.wav"), str(notice)]) == 0
    shown = terminal.getvalue()
    assert "\r[" in shown
    assert "100%" in shown
    # The bar is wiped at the end: the last thing on the line is blank.
    assert shown.endswith("\r")


def test_speak_without_a_terminal_prints_no_bar(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "-o", str(tmp_path / "quiet.wav"), str(notice)]) == 0
    assert "\r" not in capsys.readouterr().err


def test_speak_interrupted_writes_nothing(
    silent: SilentEngine, notice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kept.wav"
    out.write_bytes(b"earlier")

    def interrupt(request: SynthesisRequest) -> None:
        if len(silent.submitted) >= 3:
            raise KeyboardInterrupt

    silent.on_submit = interrupt
    assert main(["speak", "-o", str(out), str(notice)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert out.read_bytes() == b"earlier"
    assert list(tmp_path.glob(".*.part")) == []


@pytest.mark.parametrize(
    "case",
    [
        ("x.ogg", "unsupported audio format"),
        ("no/such/folder/x.wav", "no such folder"),
        (".", "is a folder"),
    ],
)
def test_speak_bad_output_is_one_error_line_and_exit_2(
    silent: SilentEngine,
    notice: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, str],
) -> None:
    name, reason = case
    out = tmp_path / name
    assert main(["speak", "-o", str(out), str(notice)]) == 2
    err = capsys.readouterr().err
    assert_one_error_line(err, out)
    assert reason in err
    assert silent.submitted == []


def test_speak_mp3_without_an_encoder_names_what_to_install(
    silent: SilentEngine,
    notice: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    out = tmp_path / "x.mp3"
    assert main(["speak", "-o", str(out), str(notice)]) == 2
    err = capsys.readouterr().err
    assert_one_error_line(err, out)
    assert "ffmpeg" in err
    assert "lame" in err


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.html", None), ("empty.txt", b""), ("binary.html", bytes(range(256)) * 40)],
)
def test_speak_bad_input_is_one_error_line_and_exit_2(
    silent: SilentEngine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "x.wav"
    assert main(["speak", "-o", str(out), str(path)]) == 2
    assert_one_error_line(capsys.readouterr().err, path)
    assert not out.exists()
    assert silent.submitted == []


@pytest.mark.parametrize(
    "args",
    [
        ["speak"],
        ["speak", "x.html"],
        ["speak", "-o", "x.wav"],
        ["speak", "--rate", "20", "-o", "x.wav", "x.html"],
        ["speak", "--rate", "fast", "-o", "x.wav", "x.html"],
        ["speak", "--to", "x2y", "-o", "x.wav", "x.html"],
        ["voices", "--format", "xml"],
    ],
)
def test_speech_usage_errors_exit_2(
    silent: SilentEngine, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "error:" in err
    assert "Traceback" not in err


def test_speak_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["speak", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0" in out
    assert "1 OUT was written but is incomplete" in out
    assert ".mp3 needs ffmpeg or lame" in out


def test_main_help_lists_speak_and_voices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "reader speak" in out
    assert "reader voices" in out


# --- reader voices, in-process --------------------------------------------------------------------


def test_voices_text_marks_the_defaults(silent: SilentEngine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["voices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "LANGUAGES", "NAME"]
    by_id = {line.split()[0]: line for line in lines[1:]}
    assert set(by_id) == {"silent/cmn", "silent/yue", "silent/en"}
    assert by_id["silent/cmn"].endswith("default for Mandarin")
    assert by_id["silent/yue"].endswith("default for Cantonese")
    assert "default" not in by_id["silent/en"]
    assert " yue " in by_id["silent/yue"]


def test_voices_json(silent: SilentEngine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["voices", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["engine"] == "silent"
    assert data["defaults"] == {"mandarin": "silent/cmn", "cantonese": "silent/yue"}
    voices = {voice["id"]: voice for voice in data["voices"]}
    assert voices["silent/yue"]["languages"] == ["yue"]
    assert voices["silent/yue"]["default_for"] == ["cantonese"]
    assert voices["silent/en"]["default_for"] == []


def test_voices_without_cantonese_has_no_cantonese_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = SilentEngine()
    monkeypatch.setattr(
        engine, "voices", lambda: [v for v in SilentEngine().voices() if v.id != "silent/yue"]
    )
    monkeypatch.setattr(engines, "create_engine", lambda kind="auto", **_: engine)
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    assert main(["voices", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["defaults"] == {"mandarin": "silent/cmn", "cantonese": None}


# --- subprocesses with the real engine ------------------------------------------------------------


@pytest.fixture(scope="module")
def real_voices() -> dict[str, object]:
    completed = run_reader("voices", "--format", "json")
    assert completed.returncode == 0, completed.stderr
    if "silent engine" in completed.stderr:  # pragma: no cover - depends on the machine
        from tests.conftest import require_system

        require_system(f"the pyttsx3 engine does not start here: {completed.stderr.strip()}")
    data = json.loads(completed.stdout)
    assert isinstance(data, dict)
    return data


def test_voices_subprocess_lists_mandarin_and_cantonese(real_voices: dict[str, object]) -> None:
    assert real_voices["engine"] == "pyttsx3"
    voices = real_voices["voices"]
    assert isinstance(voices, list)
    by_id = {voice["id"]: voice for voice in voices}
    assert by_id["sit/cmn"]["languages"] == ["cmn"]
    assert by_id["sit/yue"]["languages"] == ["yue"]
    assert real_voices["defaults"] == {"mandarin": "sit/cmn", "cantonese": "sit/yue"}


def test_speak_subprocess_with_the_real_engine(
    real_voices: dict[str, object], notice: Path, tmp_path: Path
) -> None:
    out = tmp_path / "朗读.wav"
    completed = run_reader("speak", "-o", str(out), str(notice), cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert completed.stdout.startswith(f"wrote {out}: ")
    assert "voice sit/cmn" in completed.stdout
    seconds = wav_seconds(out)
    characters = len(NOTICE.replace("\n", ""))
    assert characters / 8 < seconds < characters / 2 + 5
    assert rms(out) > 300


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_speak_subprocess_terminated_leaves_no_file(real_voices: dict[str, object], tmp_path: Path) -> None:
    long_text = tmp_path / "long.txt"
    paragraph = "为进一步做好养老服务工作，各区人民政府要高度重视。切实保障老年人合法权益。"
    long_text.write_text("长篇通知\n\n" + "\n\n".join([paragraph] * 600), encoding="utf-8")
    out = tmp_path / "kept.wav"
    out.write_bytes(b"earlier")
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "speak", "-o", str(out), str(long_text)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".kept.wav.*.part")) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        assert list(tmp_path.glob(".kept.wav.*.part")), "the export never started"
        process.terminate()
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert "interrupted; nothing was written" in err.decode("utf-8")
    assert out.read_bytes() == b"earlier"
    assert list(tmp_path.glob(".*.part")) == []
