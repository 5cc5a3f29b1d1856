"""``reader speak --print-text``: the text the voice is sent, one sentence a line, with no engine at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.speech import engines
from reader.speech.silent import SilentEngine
from tests.test_cli import run_reader

PAGE = (
    "关于开通12345政务服务便民热线的通知\n\n"
    "1.2.3 总体要求\n\n"
    "即日起拨打12345热线，或发送“1253”到短信平台。详见网址www.gov.cn。\n\n"
    "本单位已通过ISO 9001认证，收费¥100元。\n"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "通知.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Starting any speech engine fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("--print-text started a speech engine")

    monkeypatch.setattr(engines, "create_engine", refuse)
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))


def test_print_text_prints_each_spoken_sentence_on_a_line(
    no_engine: None, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "--print-text", str(page)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines() == [
        "关于开通幺二三四五政务服务便民热线的通知",
        "一点二点三，总体要求",
        "即日起拨打幺二三四五热线，或发送“幺二五三”到短信平台。",
        "详见网址。",
        "本单位已通过ISO 九〇〇一认证，收费一百元。",
    ]


def test_print_text_is_exactly_what_speak_sends(
    monkeypatch: pytest.MonkeyPatch, page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = SilentEngine()
    monkeypatch.setattr(engines, "create_engine", lambda kind="auto", **_: engine)
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    for config in ([], ["--to", "s2hk"]):
        engine.submitted.clear()
        assert main(["speak", *config, "--heading-cue", "-o", str(tmp_path / "a.wav"), str(page)]) == 0
        capsys.readouterr()
        assert main(["speak", *config, "--heading-cue", "--print-text", str(page)]) == 0
        printed = capsys.readouterr().out.splitlines()
        assert printed == [request.text for request in engine.submitted]
        assert printed[0].startswith("标题：")


def test_print_text_honours_the_conversion(
    no_engine: None, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "--to", "s2hk", "--print-text", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Hong Kong text is read by a Cantonese voice: 1 is 一, not 幺.
    assert lines[0] == "關於開通一二三四五政務服務便民熱線的通知"
    assert lines[3] == "詳見網址。"


def test_speak_without_output_or_print_text_is_an_error(
    no_engine: None, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", str(page)]) == 2
    assert "-o/--output" in capsys.readouterr().err


def test_print_text_of_a_missing_file_fails(
    no_engine: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["speak", "--print-text", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_print_text_as_a_program_writes_utf8_in_a_c_locale(page: Path, tmp_path: Path) -> None:
    completed = run_reader("speak", "--print-text", str(page), READER_CONFIG_DIR=str(tmp_path / "config"))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[1] == "一点二点三，总体要求"
