"""Load failures as codes and parameters: real bad files → the right ``LoadError.message``.

The window words these codes in the interface language (``tests/ui/test_error_messages.py``); here only
the code, its parameters and the English kept for the command line are checked, without Qt.
"""

from __future__ import annotations

import errno
import io
import os
import re
from pathlib import Path

import pytest

from reader.core import loading
from reader.core.errors import (
    LOAD_CODES,
    READ_PROBLEMS,
    WRITE_CODES,
    WRITE_PROBLEMS,
    LoadError,
    unexpected_message,
    write_message,
)
from reader.core.extraction import extract, extract_file
from reader.core.loading import _MAGIC, BINARY_KINDS, load
from reader.core.messages import Message
from reader.speech.exportformats import EXPORT_CODES
from tests.conftest import PROJECT_DIR
from tests.core.test_mhtml import PNG, URL, archive, b64, chrome_archive, part

BODY = "各街道：请做好养老服务中心的准备工作。"


def failure(path: Path) -> Message:
    """The message of the ``LoadError`` that loading and extracting ``path`` raises."""
    with pytest.raises(LoadError) as caught:
        extract_file(path)
    assert caught.value.path == str(path)
    problem = caught.value.message
    assert problem.code in LOAD_CODES, problem
    assert caught.value.reason == problem.english
    return problem


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --- every code is registered ---------------------------------------------------------------------

_LITERAL_CODE = re.compile(r"""\b(?:message|Message)\(\s*["']([a-z_]+\.[a-z0-9_]+)["']""")


def _codes_in_source(*packages: str) -> set[str]:
    found: set[str] = set()
    for package in packages:
        for module in (PROJECT_DIR / package).rglob("*.py"):
            found.update(_LITERAL_CODE.findall(module.read_text(encoding="utf-8")))
    return found


def test_every_code_core_writes_is_registered() -> None:
    codes = _codes_in_source("reader/core", "reader/speech")
    load_codes = {code for code in codes if code.startswith(("load.", "error."))}
    export_codes = {code for code in codes if code.startswith("export.")}
    assert load_codes and export_codes
    assert load_codes <= LOAD_CODES
    assert export_codes <= EXPORT_CODES
    assert set(READ_PROBLEMS.values()) <= LOAD_CODES
    assert set(WRITE_PROBLEMS.values()) <= WRITE_CODES <= EXPORT_CODES


def test_every_magic_number_names_a_registered_kind() -> None:
    assert {kind for _magic, kind in _MAGIC} <= set(BINARY_KINDS)


# --- real bad files -------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    problem = failure(tmp_path / "不存在.html")
    assert problem.code == "load.missing"
    assert problem.english == "no such file"
    assert problem.params["detail"]  # the system's words, for the log


def test_a_file_in_the_path_where_a_folder_should_be(tmp_path: Path) -> None:
    assert failure(write(tmp_path / "a.txt", BODY) / "b.html").code == "load.path_not_folder"


def test_directory(tmp_path: Path) -> None:
    problem = failure(tmp_path)
    assert problem.code == "load.is_folder"
    assert dict(problem.params) == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert failure(fifo).code == "load.not_regular"


def test_a_name_too_long_for_the_file_system(tmp_path: Path) -> None:
    assert failure(tmp_path / ("长" * 200 + ".txt")).code == "load.name_too_long"


def test_a_name_with_a_nul_in_it(tmp_path: Path) -> None:
    problem = failure(tmp_path / "a\0b.txt")
    assert problem.code == "load.invalid_name"
    assert problem.params["detail"] == "embedded null byte"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symbolic_links_in_a_loop(tmp_path: Path) -> None:
    (tmp_path / "a.html").symlink_to(tmp_path / "b.html")
    (tmp_path / "b.html").symlink_to(tmp_path / "a.html")
    assert failure(tmp_path / "a.html").code == "load.link_loop"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "load.empty"),
        (b"  \n\t\r\n ", "load.whitespace"),
        ("\ufeff  \n".encode("utf-16"), "load.whitespace"),
    ],
)
def test_empty_and_white_space(tmp_path: Path, content: bytes, code: str) -> None:
    assert failure(write(tmp_path / "空.txt", content)).code == code


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PNG, "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip_document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "windows_program"),
    ],
)
def test_binary_files_say_what_they_look_like(tmp_path: Path, content: bytes, kind: str) -> None:
    problem = failure(write(tmp_path / "图片.html", content))
    assert problem.code == "load.binary"
    assert dict(problem.params) == {"kind": kind}
    assert problem.english == f"not a text or web page file (looks like {BINARY_KINDS[kind]})"


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    noise = bytes((i * 7919 + 13) * 2654435761 % 256 for i in range(4096))
    problem = failure(write(tmp_path / "noise.html", noise))
    assert problem.code == "load.not_text"
    assert problem.english.startswith("not a text or web page file (")


def test_control_bytes_are_not_text(tmp_path: Path) -> None:
    problem = failure(write(tmp_path / "control.txt", b"abc\x01\x02\x03\x04\x05 def\x06\x07\x0e\x0f" * 50))
    assert problem.code == "load.control_bytes"


def test_text_in_no_known_encoding(tmp_path: Path) -> None:
    assert failure(write(tmp_path / "bad.txt", b"\x81 \xfe:\x80\xff" * 300)).code == "load.decode"


@pytest.mark.parametrize(
    ("length", "code"),
    [(120, "load.mhtml_no_page"), (260, "load.mhtml_broken"), (400, "load.mhtml_empty_page")],
)
def test_truncated_mhtml(tmp_path: Path, length: int, code: str) -> None:
    assert failure(write(tmp_path / "cut.mhtml", chrome_archive()[:length])).code == code


def test_mhtml_without_a_page(tmp_path: Path) -> None:
    data = archive([part("image/png", "base64", b64(PNG), "https://x.example.com/a.png")], snapshot=None)
    assert failure(write(tmp_path / "images.mhtml", data)).code == "load.mhtml_no_page"


def test_mhtml_with_an_empty_page(tmp_path: Path) -> None:
    data = archive([part("text/html", "8bit", "", URL)])
    assert failure(write(tmp_path / "empty.mhtml", data)).code == "load.mhtml_empty_page"


def test_a_page_without_readable_text(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>空</title></head><body><script>x()</script></body></html>"
    assert failure(write(tmp_path / "empty.html", page)).code == "load.no_text_in_page"


def test_a_page_the_parser_chokes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.extraction import htmltree

    def choke(_text: str) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    document = load(write(tmp_path / "deep.html", f"<html><body><p>{BODY}</p></body></html>"))
    monkeypatch.setattr(htmltree, "parse", choke)
    with pytest.raises(LoadError) as caught:
        extract(document)
    assert caught.value.message.code == "load.page_unreadable"
    assert dict(caught.value.message.params) == {"kind": "RecursionError"}


def test_too_large_is_refused_with_both_sizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1000)
    problem = failure(write(tmp_path / "big.txt", "字" * 400))
    assert problem.code == "load.too_large"
    assert dict(problem.params) == {"size": 1200, "limit": 1000}
    assert problem.english == "the file is too large (1 KB; the reader opens files up to 1 KB)"


def test_a_file_that_grows_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "growing.txt", BODY)
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(Path, "open", lambda *_args, **_kwargs: io.BytesIO(b"x" * 500))
    problem = failure(path)
    assert problem.code == "load.over_limit"
    assert dict(problem.params) == {"limit": 100}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.html", BODY)
    path.chmod(0)
    try:
        assert failure(path).code == "load.permission"
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("where", ["stat", "open"])
def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    # As root chmod 000 does not stop a read: the operating system's refusal is mocked.
    path = write(tmp_path / "locked.html", BODY)

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, where, refuse)
    problem = failure(path)
    assert problem.code == "load.permission"
    assert problem.english == "permission denied"
    assert problem.params["detail"] == "permission denied"


@pytest.mark.parametrize(
    ("number", "code", "english"),
    [
        (errno.EIO, "load.io", "the file cannot be read (input/output error)"),
        (errno.ENOMEM, "load.no_memory", "the file cannot be read (cannot allocate memory)"),
        (
            errno.EOVERFLOW,
            "load.read_failed",
            "the file cannot be read (value too large for defined data type)",
        ),
    ],
)
def test_os_errors_while_reading_are_coded_by_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, code: str, english: str
) -> None:
    path = write(tmp_path / "disk.html", BODY)

    def fail(*_args: object, **_kwargs: object) -> object:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(Path, "open", fail)
    problem = failure(path)
    assert problem.code == code
    assert problem.english == english
    assert problem.params["detail"] == english.split("(")[1].rstrip(")")


def test_a_plain_reason_is_the_generic_code() -> None:
    error = LoadError("x.html", "something {odd}")
    assert error.message.code == "error.other"
    assert dict(error.message.params) == {"detail": "something {odd}"}
    assert str(error) == "x.html: something {odd}"


def test_a_bug_is_reported_with_its_type() -> None:
    problem = unexpected_message(RuntimeError("extractor exploded"))
    assert problem.code == "error.unexpected"
    assert dict(problem.params) == {"kind": "RuntimeError", "detail": "extractor exploded"}
    assert problem.code in LOAD_CODES


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "export.no_space"),
        (errno.EROFS, "export.read_only"),
        (errno.EACCES, "export.permission"),
        (errno.ENOENT, "export.no_folder"),
        (errno.EISDIR, "export.is_folder"),
        (errno.EOVERFLOW, "export.write_failed"),
    ],
)
def test_write_errors_are_coded_by_errno(tmp_path: Path, number: int, code: str) -> None:
    target = tmp_path / "report.html"
    problem = write_message(OSError(number, os.strerror(number)), target)
    assert problem.code == code
    assert problem.params["folder"] == str(tmp_path)
    assert problem.params["path"] == str(target)
    assert (
        problem.english
        == f"cannot write {target}: {os.strerror(number)[:1].lower()}{os.strerror(number)[1:]}"
    )


def test_a_real_write_into_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.html"
    with pytest.raises(OSError) as caught:
        target.write_text("x")
    problem = write_message(caught.value, target)
    assert problem.code == "export.no_folder"
    assert problem.params["folder"] == str(tmp_path / "missing")
