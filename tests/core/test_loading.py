"""Loading files: each format, each encoding through ``load``, local resources, and every bad input."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from reader.core import loading
from reader.core.errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    FileMissingError,
    FileTooLargeError,
    LoadError,
)
from reader.core.loading import LoadedDocument, decode, load

BODY = "市政府办公厅关于做好老年人无障碍阅读服务的通知。各区人民政府、市政府各部门：现将有关事项通知如下。"
BIG5_BODY = "臺灣地區民眾閱讀無障礙網頁，政府機關應提供友善的資訊服務，讓年長者方便取得公共資訊。"
# The smallest valid PNG (1×1, transparent), written out by hand.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001"
    "0d0a2db40000000049454e44ae426082"
)


def page(body: str = BODY, charset: str | None = "utf-8", extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>通知</title></head><body>{extra}<p>{body}</p></body></html>"
    )


def write(path: Path, data: bytes | str, codec: str = "utf-8") -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(codec))
    return path


# --- formats -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm", ".xhtml", ".HTML"])
def test_html_suffixes(tmp_path: Path, suffix: str) -> None:
    doc = load(write(tmp_path / f"page{suffix}", page()))
    assert doc.kind == "html"
    assert BODY in doc.text
    assert doc.encoding == "utf-8"
    assert doc.base_dir == tmp_path
    assert doc.warnings == []


def test_txt_is_text_with_newlines_normalised(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "novel.txt", f"第一章\r\n{BODY}\r\n\r\n第二章\r{BODY}", "gb18030"))
    assert doc.kind == "text"
    assert doc.encoding == "gb18030"
    assert doc.text == f"第一章\n{BODY}\n\n第二章\n{BODY}"


def test_txt_containing_markup_stays_text(tmp_path: Path) -> None:
    assert load(write(tmp_path / "notes.txt", page())).kind == "text"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (page(), "html"),
        ("<html><body><p>" + BODY + "</p></body></html>", "html"),
        ("\n  <!doctype html><p>" + BODY, "html"),
        (
            '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
            "html",
        ),
        (
            "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><p>" + BODY + "</p></html>",
            "mhtml",
        ),
        (BODY + "\n" + BODY, "text"),
        ("From: a reader\nSubject: not a MIME message\n\n" + BODY, "text"),
    ],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, content: str, kind: str) -> None:
    for name in ("saved-page", "saved.dat"):
        assert load(write(tmp_path / name, content)).kind == kind


def test_utf16_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "page", page(charset=None), "utf-16"))
    assert (doc.kind, doc.encoding) == ("html", "utf-16")


def test_html_file_that_is_an_mhtml_archive(tmp_path: Path) -> None:
    archive = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + page()
    doc = load(write(tmp_path / "renamed.html", archive))
    assert doc.kind == "mhtml"
    assert BODY in doc.text


def test_saved_from_comment_gives_the_location(tmp_path: Path) -> None:
    html = "<!-- saved from url=(0034)https://www.example.gov.cn/a.html -->\n" + page()
    assert load(write(tmp_path / "a.html", html)).location == "https://www.example.gov.cn/a.html"


# --- encodings through load --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "charset", "expected"),
    [
        ("utf-8", "utf-8", "utf-8"),
        ("utf-8-sig", None, "utf-8-sig"),
        ("utf-16", None, "utf-16"),
        ("utf-16-le", None, "utf-16-le"),
        ("utf-16-be", None, "utf-16-be"),
        ("gbk", "gb2312", "gb18030"),
        ("gb18030", "gb18030", "gb18030"),
        ("gb18030", None, "gb18030"),
        ("gb18030", "utf-8", "gb18030"),  # wrong declaration: the bytes win
        ("utf-8", "gb2312", "utf-8"),  # wrong the other way
    ],
)
def test_encodings(tmp_path: Path, codec: str, charset: str | None, expected: str) -> None:
    doc = load(write(tmp_path / "page.html", page(charset=charset), codec))
    assert doc.encoding == expected
    assert BODY in doc.text
    assert doc.warnings == []


@pytest.mark.parametrize("charset", ["big5", None])
def test_big5(tmp_path: Path, charset: str | None) -> None:
    doc = load(write(tmp_path / "page.html", page(BIG5_BODY, charset), "big5"))
    assert doc.encoding in {"cp950", "big5hkscs"}
    assert BIG5_BODY in doc.text


def test_shift_jis(tmp_path: Path) -> None:
    body = "日本語のテキストです。政府の発表によると、今年の予算は増加しました。"
    doc = load(write(tmp_path / "page.html", page(body, charset=None), "shift_jis"))
    assert doc.encoding in {"cp932", "shift_jis_2004"}
    assert body in doc.text


def test_corrupt_bytes_give_a_warning_not_an_error(tmp_path: Path) -> None:
    head, tail = page(BODY * 5, charset="gb2312"), BODY * 5
    path = write(tmp_path / "page.html", head.encode("gb18030") + b"\xff" + tail.encode("gb18030"))
    doc = load(path)
    assert doc.encoding == "gb18030"
    assert doc.text == head + "\ufffd" + tail
    assert len(doc.warnings) == 1


def test_decode_function() -> None:
    assert decode(BODY.encode("gb18030")) == (BODY, "gb18030")
    with pytest.raises(BinaryFileError):
        decode(PNG, "image.png")


# --- a browser's "complete" save ---------------------------------------------------------------------


@pytest.fixture
def complete_save(tmp_path: Path) -> Path:
    """``通知.html`` beside ``通知_files/`` holding images with ASCII and Chinese names."""
    files = tmp_path / "通知_files"
    (files / "img").mkdir(parents=True)
    (files / "logo.png").write_bytes(PNG)
    (files / "img" / "二维码 图片.png").write_bytes(PNG + b"qr")
    (tmp_path / "secret.txt").write_text("outside the page's folder", encoding="utf-8")
    images = (
        '<img src="通知_files/logo.png" alt="徽标">'
        f'<img src="./{quote("通知_files")}/img/{quote("二维码 图片.png")}" alt="二维码">'
        '<img src="https://www.example.gov.cn/remote.png" alt="远程">'
    )
    return write(tmp_path / "通知.html", page(extra=images))


def test_complete_save_resources(complete_save: Path) -> None:
    doc = load(complete_save)
    assert doc.resource("通知_files/logo.png") == PNG
    assert doc.resource("./通知_files/logo.png") == PNG
    assert doc.resource("通知_files\\logo.png") == PNG  # Internet Explorer writes backslashes
    encoded = f"./{quote('通知_files')}/img/{quote('二维码 图片.png')}"
    assert doc.resource(encoded) == PNG + b"qr"
    assert doc.resource("通知_files/img/二维码 图片.png?v=2#top") == PNG + b"qr"


@pytest.mark.parametrize(
    "ref",
    [
        "https://www.example.gov.cn/remote.png",
        "//www.example.gov.cn/remote.png",
        "file:///etc/passwd",
        "/etc/passwd",
        "../secret.txt",
        "通知_files/../../secret.txt",
        "通知_files/%2e%2e/%2e%2e/secret.txt",
        "通知_files/missing.png",
        "通知_files",
        "",
        "C:\\Windows\\win.ini",
    ],
)
def test_complete_save_refuses_remote_and_escaping_refs(complete_save: Path, ref: str) -> None:
    assert load(complete_save).resource(ref) is None


def test_sibling_files_in_the_page_folder_are_allowed(complete_save: Path) -> None:
    assert load(complete_save).resource("secret.txt") == b"outside the page's folder"


def test_symlink_out_of_the_page_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.png").write_bytes(PNG)
    site = tmp_path / "site"
    site.mkdir()
    (site / "link.png").symlink_to(outside / "x.png")
    assert load(write(site / "a.html", page())).resource("link.png") is None


def test_data_uri_resource(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "a.html", page()))
    assert doc.resource("data:image/png;base64,iVBORw0KGgo=") == PNG[:8]
    assert doc.resource("data:text/plain,%E4%BD%A0") == "你".encode()
    assert doc.resource("data:broken") is None


def test_loaded_document_without_base_dir_fetches_nothing() -> None:
    doc = LoadedDocument(path=Path("x.mhtml"), kind="mhtml", text="", encoding="utf-8", base_dir=None)
    assert doc.resource("logo.png") is None


# --- bad input ---------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError, match="no such file") as caught:
        load(tmp_path / "nope.html")
    assert caught.value.path == str(tmp_path / "nope.html")


def test_missing_parent_is_a_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError, match="no such file"):
        load(write(tmp_path / "a.txt", BODY) / "b.html")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError, match="is a directory"):
        load(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(FileMissingError, match="not a regular file"):
        load(fifo)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.html", page())
    path.chmod(0)
    try:
        with pytest.raises(LoadError, match="permission denied"):
            load(path)
    finally:
        path.chmod(0o600)


def test_permission_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.html", page())

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FileMissingError, match="permission denied"):
        load(path)


def test_other_os_errors_become_load_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "bad-disk.html", page())

    def fail(*_args: object, **_kwargs: object) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", fail)
    with pytest.raises(LoadError, match="cannot be read \\(input/output error\\)"):
        load(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"  \n\t\r\n ", "white space"), ("\ufeff  \n".encode("utf-16"), "white space")],
)
def test_empty(tmp_path: Path, content: bytes, reason: str) -> None:
    with pytest.raises(EmptyFileError, match=reason):
        load(write(tmp_path / "empty.html", content))


def test_too_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    subprocess.run(["truncate", "-s", "200M", str(path)], check=True)  # sparse: no 200 MB written

    def never_read(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "open", never_read)
    with pytest.raises(FileTooLargeError, match=r"too large \(200 MB"):
        load(path)


def test_file_at_the_limit_is_not_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1000)
    assert load(write(tmp_path / "a.txt", "字" * 333)).text == "字" * 333
    with pytest.raises(FileTooLargeError):
        load(write(tmp_path / "b.txt", "字" * 334))


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (PNG, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
    ],
)
def test_binary_formats_are_named(tmp_path: Path, content: bytes, what: str) -> None:
    for name in ("file.html", "file.txt", "file"):
        with pytest.raises(BinaryFileError, match=f"not a text or web page file \\(looks like an? {what}"):
            load(write(tmp_path / name, content))


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    noise = bytes((i * 7919 + 13) * 2654435761 % 256 for i in range(4096))
    with pytest.raises(BinaryFileError, match="not a text or web page file"):
        load(write(tmp_path / "noise.html", noise))


def test_words_starting_like_magic_numbers_are_text(tmp_path: Path) -> None:
    for text in ("MZ is a prefix here", "BZh… a text", "ID3 tags are described below"):
        assert load(write(tmp_path / "notes.txt", text)).text == text


def test_undecodable_text(tmp_path: Path) -> None:
    with pytest.raises(DecodeError):
        load(write(tmp_path / "bad.txt", b"\x81 \xfe:\x80\xff" * 300))


def test_only_load_errors_escape(tmp_path: Path) -> None:
    bad_inputs = [tmp_path / "missing", tmp_path, write(tmp_path / "e.txt", b""), write(tmp_path / "p", PNG)]
    for path in bad_inputs:
        with pytest.raises(LoadError):
            load(path)


# --- speed -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_million_character_text_loads_fast(tmp_path: Path, codec: str) -> None:
    chapter = "".join(BODY[(i * 7) % len(BODY) :] + BODY[: (i * 7) % len(BODY)] + "\n" for i in range(40))
    text = (chapter * (1_000_000 // len(chapter) + 1))[:1_000_000]
    path = write(tmp_path / "novel.txt", text, codec)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        doc = load(path)
        timings.append(time.perf_counter() - start)
    assert doc.text == text
    assert doc.encoding == codec
    # Budget is "well under 100 ms"; the assertion leaves room for a busy shared machine.
    assert min(timings) < 0.25
