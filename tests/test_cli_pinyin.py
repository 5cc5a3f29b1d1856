"""``reader pinyin``: the sample article and stdin annotated in each style, the user's phrase file, bad
input (exit 2 with one error line), and the real UTF-8 output of a subprocess in a C locale."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from reader.cli import SUBCOMMANDS, main
from reader.core.pinyin import write_user_phrases
from reader.core.resources import sample_article
from tests.test_cli import assert_one_error_line, run_reader

SAMPLE = sample_article()


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("READER_CONFIG_DIR", str(folder))
    return folder


def run_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: bytes, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["pinyin", *args, "-"])
    out, err = capsys.readouterr()
    return code, out, err


def test_it_is_a_subcommand() -> None:
    assert "pinyin" in SUBCOMMANDS


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("marks", "单县(shàn xiàn)的(de)行长(háng zhǎng)说(shuō)：重庆市(chóng qìng shì)长江(cháng jiāng)"),
        (
            "numbers",
            "单县(shan4 xian4)的(de5)行长(hang2 zhang3)说(shuo1)："
            "重庆市(chong2 qing4 shi4)长江(chang2 jiang1)",
        ),
        (
            "zhuyin",
            "单县(ㄕㄢˋ ㄒㄧㄢˋ)的(ㄉㄜ˙)行长(ㄏㄤˊ ㄓㄤˇ)说(ㄕㄨㄛ)："
            "重庆市(ㄔㄨㄥˊ ㄑㄧㄥˋ ㄕˋ)长江(ㄔㄤˊ ㄐㄧㄤ)",
        ),
    ],
)
def test_stdin_in_each_style(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, style: str, expected: str
) -> None:
    text = "单县的行长说：重庆市长江 ABC 2024。\n绿了"
    code, out, err = run_stdin(capsys, monkeypatch, text.encode(), "--style", style)
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first == expected + " ABC 2024。"
    assert second.startswith("绿(")


def test_the_sample_article_is_annotated_like_extract_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "text", str(SAMPLE)]) == 0
    plain = capsys.readouterr().out
    assert main(["pinyin", str(SAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("青(qīng)溪(xī)区(qū)")
    assert "长者(zhǎng zhě)食堂(shí táng)" in out
    assert "日期(rì qī)：2025-05-06" in out
    stripped = re.sub(r"(?<=[\u4e00-\u9fff])\([^()\s]+( [^()\s]+)*\)", "", out)
    assert stripped == plain, "removing the readings gives extract's text back"


def test_the_users_phrase_file_is_read_and_its_problems_are_warnings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, config_dir: Path
) -> None:
    write_user_phrases(config_dir / "pinyin-phrases.txt", {"行长": ["xing2", "chang2"]})
    with (config_dir / "pinyin-phrases.txt").open("a", encoding="utf-8") as stream:
        stream.write("坏行\n")
    code, out, err = run_stdin(capsys, monkeypatch, "银行行长".encode(), "--style", "numbers")
    assert code == 0
    assert out == "银行(yin2 hang2)行长(xing2 chang2)\n"
    assert err.startswith("reader: warning: phrase file: line 3: 坏行: no reading")


@pytest.mark.parametrize("args", [["/nonexistent/page.html"], ["--style", "bogus", "-"], []])
def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main(["pinyin", *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err
    if args == ["/nonexistent/page.html"]:
        assert_one_error_line(err, "/nonexistent/page.html")


def test_stdin_that_is_not_utf8_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_stdin(capsys, monkeypatch, "单县".encode("gb18030"))
    assert (code, out) == (2, "")
    assert_one_error_line(err, "-")


def test_a_subprocess_prints_utf8_in_a_c_locale(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("处长说：重庆\n", encoding="utf-8")
    completed = run_reader("pinyin", "--style", "numbers", str(page), READER_CONFIG_DIR=str(tmp_path))
    assert completed.returncode == 0, completed.stderr
    assert "处长(chu4 zhang3)说(shuo1)：重庆(chong2 qing4)" in completed.stdout
