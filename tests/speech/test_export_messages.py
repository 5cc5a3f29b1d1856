"""Export failures as codes and parameters: each ``ExportError`` carries a ``Message`` the window words.

The English (``ExportError.reason``) is what the command line prints; ``tests/speech/test_export.py``
checks it. Here: the code and the parameters, and that no file is left behind.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from reader.speech import export, exportformats
from reader.speech.export import EXPORT_CODES, ExportCancelledError, ExportError, export_audio
from tests.speech.test_export import BLOCKS, Scripted


def refused(out: Path, engine: Scripted | None = None, **kwargs: object) -> ExportError:
    with pytest.raises(ExportError) as caught:
        export_audio(BLOCKS, out, engine=engine or Scripted(), **kwargs)  # type: ignore[arg-type]
    error = caught.value
    assert error.message.code in EXPORT_CODES, error.message
    assert error.reason == error.message.english
    return error


def test_a_folder_as_output(tmp_path: Path) -> None:
    (tmp_path / "dir.wav").mkdir()
    assert refused(tmp_path / "dir.wav").message.code == "export.is_folder"


@pytest.mark.parametrize(("name", "suffix"), [("out.ogg", ".ogg"), ("out", "")])
def test_an_unsupported_format(tmp_path: Path, name: str, suffix: str) -> None:
    problem = refused(tmp_path / name).message
    assert problem.code == "export.unsupported_format"
    assert dict(problem.params) == {"suffix": suffix}


def test_a_missing_folder(tmp_path: Path) -> None:
    problem = refused(tmp_path / "missing" / "out.wav").message
    assert problem.code == "export.no_folder"
    assert dict(problem.params) == {"folder": str(tmp_path / "missing")}


def test_mp3_without_an_encoder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exportformats, "find_encoder", lambda: None)
    problem = refused(tmp_path / "out.mp3").message
    assert problem.code == "export.no_encoder"
    assert (problem.params["encoder"], problem.params["alternative"]) == ("ffmpeg", "lame")
    assert "install" in str(problem.params["install"])
    assert problem.english.startswith("MP3 export needs ffmpeg or lame, and neither is installed")


def test_nothing_to_read(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export_audio(["", "。。"], tmp_path / "out.wav", engine=Scripted())
    assert caught.value.message.code == "export.no_text"


def test_nothing_synthesised(tmp_path: Path) -> None:
    problem = refused(tmp_path / "out.wav", Scripted(fail=lambda request, count: True)).message
    assert problem.code == "export.nothing_synthesised"
    assert problem.params["detail"]
    assert list(tmp_path.iterdir()) == []


def test_cancelled(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelledError) as caught:
        export_audio(BLOCKS, tmp_path / "out.wav", engine=Scripted(), cancelled=lambda: True)
    assert caught.value.message.code == "export.cancelled"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.EROFS, "export.read_only"),
        (errno.EACCES, "export.permission"),
        (errno.EOVERFLOW, "export.write_failed"),
    ],
)
def test_a_folder_that_cannot_be_written_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, code: str
) -> None:
    # As root a read-only folder (chmod) is still writable: the refusal is mocked.
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(exportformats.os, "open", refuse)
    problem = refused(tmp_path / "out.wav").message
    assert problem.code == code
    assert problem.params["folder"] == str(tmp_path)
    assert problem.english == f"cannot write in {tmp_path}: {problem.params['detail']}"


def test_a_full_disk_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exportformats._WavSink, "write", full)
    problem = refused(tmp_path / "out.wav").message
    assert problem.code == "export.no_space"
    assert problem.english == "the file cannot be written (no space left on device)"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_over_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(Path, "replace", busy)
    assert refused(tmp_path / "out.wav").message.code == "export.busy"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the encoder")
def test_an_encoder_that_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "lame"
    script.write_text("#!/bin/sh\ncat > /dev/null\necho 'lame: out of cheese' >&2\nexit 3\n")
    script.chmod(0o755)
    monkeypatch.setattr(exportformats, "find_encoder", lambda: str(script))
    problem = refused(tmp_path / "out.mp3").message
    assert problem.code == "export.encoder_failed"
    assert dict(problem.params) == {"encoder": "lame", "status": 3, "detail": "lame: out of cheese"}


def test_the_export_module_re_exports_the_codes() -> None:
    assert export.EXPORT_CODES is exportformats.EXPORT_CODES
