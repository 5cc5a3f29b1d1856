"""``reader library add|list|search|remove|export`` in-process, on a library in ``tmp_path`` and real saved
pages: text and JSON output, duplicates, missing files, bad input (exit 2), export to a file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.resources import sample_article

SAMPLE = sample_article()
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extraction"
SAMPLE_TITLE = "青溪区首家街道综合养老服务中心在桂园街道投入运营"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    shutil.copytree(SAMPLE.parent, folder)
    shutil.copy(FIXTURES / "news.html", folder / "news.html")
    (folder / "broken.html").write_bytes(b"")
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["library", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_search_remove_in_text(
    capsys: pytest.CaptureFixture[str], pages: Path, data_dir: Path
) -> None:
    code, out, err = run(capsys, "add", str(pages))
    assert code == 2  # broken.html could not be read; the others were added
    assert err.count("reader: error:") == 1
    assert "broken.html" in err
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("added\t") for line in lines)
    assert (data_dir / "library.db").is_file()

    code, out, _ = run(capsys, "add", str(pages / SAMPLE.name))
    assert (code, out.split("\t")[0]) == (0, "duplicate")

    code, out, _ = run(capsys, "list")
    assert code == 0
    assert len(out.splitlines()) == 3
    assert SAMPLE_TITLE in out

    code, out, _ = run(capsys, "search", "养老服务")
    assert code == 0
    assert SAMPLE_TITLE in out
    assert "【养老服务】" in out

    article_id = next(line.split("\t")[0] for line in out.splitlines() if SAMPLE_TITLE in line)
    code, out, _ = run(capsys, "remove", article_id)
    assert (code, out) == (0, f"removed\t{article_id}\n")
    assert (pages / SAMPLE.name).is_file()
    code, out, _ = run(capsys, "list")
    assert SAMPLE_TITLE not in out


def test_json_output_and_missing_files(capsys: pytest.CaptureFixture[str], pages: Path) -> None:
    code, out, _ = run(capsys, "add", "--json", str(pages / "news.html"), str(pages / SAMPLE.name))
    assert code == 0
    added = [json.loads(line) for line in out.splitlines()]
    assert [item["status"] for item in added] == ["added", "added"]
    assert added[1]["title"] == SAMPLE_TITLE
    (pages / "news.html").unlink()
    code, out, _ = run(capsys, "list", "--json")
    listed = {item["path"]: item["missing"] for item in json.loads(out)}
    assert listed == {str((pages / "news.html").resolve()): True, str((pages / SAMPLE.name).resolve()): False}
    code, out, _ = run(capsys, "search", "--json", "养老")
    [hit] = json.loads(out)
    assert hit["title"] == SAMPLE_TITLE
    assert hit["snippet"][hit["start"] : hit["end"]] == "养老"


@pytest.mark.parametrize(
    "args",
    [
        ["search", "  "],
        ["remove", "abc"],
        ["remove", "0"],
        ["remove", "999"],
        ["add", "/no/such/file.html"],
        ["search", "养老", "--limit", "0"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err
    assert "Traceback" not in err


def test_export_to_stdout_and_to_a_file(
    capsys: pytest.CaptureFixture[str], pages: Path, tmp_path: Path
) -> None:
    run(capsys, "add", str(pages / SAMPLE.name))
    code, out, _ = run(capsys, "export")
    data = json.loads(out)
    assert (code, data["format"], len(data["articles"])) == (0, "reader-library", 1)
    assert data["articles"][0]["bookmarks"] == []
    target = tmp_path / "备份.json"
    code, out, err = run(capsys, "export", str(target))
    assert (code, out) == (0, "")
    assert "1 articles" in err
    assert json.loads(target.read_text(encoding="utf-8"))["articles"][0]["title"] == SAMPLE_TITLE
    code, _, err = run(capsys, "export", str(tmp_path / "no" / "folder.json"))
    assert code == 2
    assert err.startswith("reader: error:")


def test_damaged_library_is_a_warning_not_a_failure(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir()
    (data_dir / "library.db").write_bytes(b"garbage" * 1000)
    code, out, err = run(capsys, "list")
    assert (code, out) == (0, "")
    assert err.startswith("reader: warning: The library")
    assert "broken-" in err


def test_other_library_file(capsys: pytest.CaptureFixture[str], pages: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    code, _, _ = run(capsys, "--library", str(other), "add", str(pages / SAMPLE.name))
    assert code == 0
    assert other.is_file()
    _, out, _ = run(capsys, "list")
    assert out == ""
