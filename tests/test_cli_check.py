"""``reader check``: exit codes, formats, output files, error lines, and one run as a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli_check

PROJECT_DIR = Path(__file__).resolve().parent.parent

CLEAN = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好防汛工作的通知_某某区人民政府</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><p><a href="/wza/">无障碍</a> <a href="/care/">关怀版</a></p>
<main><h1>关于做好防汛工作的通知</h1><p>各街道、各部门：请做好防汛工作。</p>
<img src="map.png" alt="辖区防汛重点区域示意图"><p><a href="/notice/2.html">防汛物资储备清单</a></p>
</main></body></html>
"""

FAILING = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知</title></head>
<body><h1>通知</h1><img src="banner.png"><p>正文。<a href="/more">更多</a></p></body></html>
"""


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "站点"
    folder.mkdir()
    clean = folder / "clean.html"
    clean.write_text(CLEAN, encoding="utf-8")
    failing = folder / "failing.html"
    failing.write_text(FAILING, encoding="utf-8")
    return {"folder": folder, "clean": clean, "failing": failing}


def test_clean_page_exits_0_with_a_text_summary(
    pages: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_check.main([str(pages["clean"])]) == cli_check.EXIT_OK, capsys.readouterr().out
    captured = capsys.readouterr()
    assert "1 页 pages, 0 页有未通过项 with failures" in captured.out
    assert captured.err == ""


def test_a_failed_rule_exits_1(pages: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_check.main(["--jobs", "1", str(pages["failing"])]) == cli_check.EXIT_FAILED_RULES
    out = capsys.readouterr().out
    assert "✗ 未通过 Failed  image-alt" in out
    assert "html-lang" in out


def test_folders_are_checked_in_parallel_into_json(
    pages: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_check.main(["--format", "json", str(pages["folder"])]) == cli_check.EXIT_FAILED_RULES
    data = json.loads(capsys.readouterr().out)
    assert [Path(page["path"]).name for page in data["pages"]] == ["clean.html", "failing.html"]
    assert data["summary"]["pages_failed"] == 1
    failing = data["pages"][1]
    image = next(f for f in failing["findings"] if f["rule"] == "image-alt")
    assert (image["outcome"], image["wcag"], image["selector"]) == ("failed", ["1.1.1"], "html > body > img")
    assert image["snippet"].startswith("<img")


def test_unreadable_input_exits_2_and_the_others_are_still_checked(
    pages: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    binary = tmp_path / "logo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code = cli_check.main(["--format", "json", str(missing), str(binary), str(pages["failing"])])
    assert code == cli_check.EXIT_UNREADABLE
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == f"reader: error: {missing}: no such file or folder"
    assert lines[1].startswith(f"reader: error: {binary}: ")
    assert len(lines) == 2
    data = json.loads(captured.out)
    assert data["summary"]["pages"] == 3
    assert data["summary"]["pages_unreadable"] == 2
    assert {page["outcome"] for page in data["pages"]} == {"error", "failed"}


def test_output_file_format_follows_its_extension(
    pages: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "报告.html"
    assert cli_check.main(["-o", str(report), str(pages["folder"])]) == cli_check.EXIT_FAILED_RULES
    assert capsys.readouterr().out == ""
    text = report.read_text(encoding="utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert not list(tmp_path.glob(".*.tmp")), "the temporary file is renamed into place"

    table = tmp_path / "report.csv"
    assert cli_check.main(["-o", str(table), str(pages["failing"])]) == cli_check.EXIT_FAILED_RULES
    assert table.read_bytes().startswith(b"\xef\xbb\xbfpath,page_title,rule")

    forced = tmp_path / "report.out"
    assert cli_check.main(["--format", "json", "-o", str(forced), str(pages["clean"])]) == 0
    assert json.loads(forced.read_text(encoding="utf-8"))["version"] == 2


def test_unwritable_report_exits_2(
    pages: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "report.html"
    assert cli_check.main(["-o", str(target), str(pages["clean"])]) == cli_check.EXIT_UNREADABLE
    assert capsys.readouterr().err.startswith(f"reader: error: {target}: cannot write the report")


@pytest.mark.parametrize("arguments", [["--jobs", "0", "x.html"], ["--format", "pdf", "x.html"], []])
def test_usage_errors_exit_2(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_check.main(arguments) == 2
    assert "usage: reader check" in capsys.readouterr().err


def test_add_parser_wires_into_subparsers(pages: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="reader")
    cli_check.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["check", "--format", "csv", "--passed", str(pages["clean"])])
    assert args.run(args) == cli_check.EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("\ufeffpath,")
    assert ",passed," in out


def test_progress_bar_draws_in_place_and_clears() -> None:
    stream = io.StringIO()
    bar = cli_check._ProgressBar(stream)
    bar.update(1, 4)
    bar.update(2, 4)  # within 0.1 s of the last: skipped
    bar.update(4, 4)  # the last one is always drawn
    bar.clear()
    assert stream.getvalue() == (
        "\r检查 Checking [#######-----------------------] 1/4"
        "\r检查 Checking [##############################] 4/4\r\x1b[K"
    )


def test_runs_as_a_subprocess(pages: dict[str, Path], tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "reader.cli_check", "--jobs", "2", "-o", str(report), str(pages["folder"])],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == cli_check.EXIT_FAILED_RULES, result.stderr
    assert result.stderr == ""  # not a terminal: no progress bar
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [page["outcome"] for page in data["pages"]] == ["passed", "failed"]


def test_reader_check_is_a_subcommand_of_reader(
    pages: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from reader import cli

    assert cli.main(["check", "--jobs", "1", str(pages["failing"])]) == cli_check.EXIT_FAILED_RULES
    assert "image-alt" in capsys.readouterr().out
    assert cli.main(["check", str(pages["clean"])]) == cli_check.EXIT_OK
    assert cli.main(["--help"]) == 0
    assert "reader check" in capsys.readouterr().out
