"""MHTML archives: choosing the page, decoding its part, resolving its images, and broken archives."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from reader.core.errors import MalformedError
from reader.core.loading import load
from reader.core.mhtml import MhtmlError, find_part, looks_like_mhtml, parse_mhtml

BODY = (
    "市政府关于开展适老化无障碍改造工作的通知。"
    "各区县人民政府：为方便老年人和视障人士获取政务信息，现就有关事项通知如下。"
)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001"
    "0d0a2db40000000049454e44ae426082"
)
BOUNDARY = "----MultipartBoundary--reader-test----"
URL = "https://www.example.gov.cn/zwgk/tzgg/202401/t20240115_1.html"


def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def part(
    content_type: str, encoding: str, payload: str, location: str | None = None, cid: str | None = None
) -> str:
    headers = [f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {encoding}"]
    if location:
        headers.append(f"Content-Location: {location}")
    if cid:
        headers.append(f"Content-ID: <{cid}>")
    return "\n".join(headers) + "\n\n" + payload + "\n"


def archive(
    parts: list[str], *, snapshot: str | None = URL, start: str | None = None, close: bool = True
) -> bytes:
    header = ["From: <Saved by Blink>"]
    if snapshot:
        header.append(f"Snapshot-Content-Location: {snapshot}")
    start_param = f'\n\tstart="<{start}>";' if start else ""
    header += [
        "Subject: =?utf-8?Q?=E9=80=9A=E7=9F=A5?=",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\n\ttype="text/html";{start_param}\n\tboundary="{BOUNDARY}"',
    ]
    body = "\n".join(header) + "\n\n"
    for text in parts:
        body += f"--{BOUNDARY}\n{text}"
    if close:
        body += f"--{BOUNDARY}--\n"
    return body.encode("ascii")


def html(charset: str | None = "utf-8", extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>通知</title></head>"
        f'<body>{extra}<p class="content">{BODY}</p>'
        '<img src="../../images/logo.png" alt="徽标"><img src="cid:qr-code@mhtml.blink" alt="二维码">'
        "</body></html>"
    )


def chrome_archive(**kwargs: object) -> bytes:
    """A Chrome-style save: QP page first, then base64 images by URL and by Content-ID."""
    page = part("text/html", "quoted-printable", qp(html().encode("utf-8")), URL, "frame-1@mhtml.blink")
    logo = part("image/png", "base64", b64(PNG), "https://www.example.gov.cn/zwgk/images/logo.png")
    qr = part("image/png", "base64", b64(PNG + b"qr"), cid="qr-code@mhtml.blink")
    return archive([page, logo, qr], **kwargs)  # type: ignore[arg-type]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- choosing and decoding the page ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".mhtml", ".mht", ""])
def test_chrome_archive(tmp_path: Path, suffix: str) -> None:
    doc = load(write(tmp_path / f"page{suffix}", chrome_archive()))
    assert doc.kind == "mhtml"
    assert BODY in doc.text
    assert doc.encoding == "utf-8"
    assert doc.location == URL
    assert doc.base_dir is None
    assert doc.warnings == []


def test_images_resolve_by_relative_url_and_content_id(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "page.mhtml", chrome_archive()))
    assert doc.resource("../../images/logo.png") == PNG
    assert doc.resource("https://www.example.gov.cn/zwgk/images/logo.png") == PNG
    assert doc.resource("cid:qr-code@mhtml.blink") == PNG + b"qr"
    assert doc.resource("cid:frame-1@mhtml.blink") is None  # the page itself is not a part
    assert doc.resource("https://elsewhere.example.com/logo.png") is None
    assert doc.resource("logo.png") is None


def test_parts_are_stored_by_location_and_cid() -> None:
    parts = parse_mhtml(chrome_archive()).parts
    assert set(parts) == {"https://www.example.gov.cn/zwgk/images/logo.png", "cid:qr-code@mhtml.blink"}


def test_first_part_is_not_the_page(tmp_path: Path) -> None:
    """Internet Explorer puts images first and names no snapshot; the page is GB2312 in its header."""
    image = part("image/png", "base64", b64(PNG), "http://www.example.gov.cn/logo.png")
    gb_page = html(charset=None).encode("gb18030")
    page = part(
        'text/html;\n\tcharset="gb2312"', "quoted-printable", qp(gb_page), "http://www.example.gov.cn/a.htm"
    )
    doc = load(write(tmp_path / "ie.mht", archive([image, page], snapshot=None)))
    assert BODY in doc.text
    assert doc.encoding == "gb18030"
    assert doc.location == "http://www.example.gov.cn/a.htm"
    assert doc.resource("logo.png") == PNG


def test_snapshot_location_chooses_among_html_parts(tmp_path: Path) -> None:
    frame = part(
        "text/html",
        "quoted-printable",
        qp(b"<html><body>advert frame</body></html>"),
        "https://ads.example.com/f.html",
    )
    page = part("text/html", "quoted-printable", qp(html().encode("utf-8")), URL)
    doc = load(write(tmp_path / "page.mhtml", archive([frame, page])))
    assert BODY in doc.text
    assert "https://ads.example.com/f.html" in doc.parts


def test_start_parameter_chooses_the_page(tmp_path: Path) -> None:
    frame = part("text/html", "8bit", "<html><body>frame</body></html>", "https://a.example.com/", "frame")
    page = part("text/html", "base64", b64(html().encode("utf-8")), URL, "root")
    doc = load(write(tmp_path / "page.mhtml", archive([frame, page], snapshot=None, start="root")))
    assert BODY in doc.text


def test_base64_page_with_wrong_part_charset(tmp_path: Path) -> None:
    """The part header says UTF-8 but the bytes are GBK: the bytes win."""
    page = part("text/html; charset=utf-8", "base64", b64(html(charset=None).encode("gbk")), URL)
    doc = load(write(tmp_path / "page.mhtml", archive([page])))
    assert doc.encoding == "gb18030"
    assert BODY in doc.text


def test_page_meta_charset_is_used_without_part_charset(tmp_path: Path) -> None:
    page = part("text/html", "quoted-printable", qp(html(charset="big5", extra="").encode("utf-8")), URL)
    assert load(write(tmp_path / "page.mhtml", archive([page]))).encoding == "utf-8"


def test_single_part_message(tmp_path: Path) -> None:
    data = f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html()}".encode()
    doc = load(write(tmp_path / "page.mht", data))
    assert (doc.kind, doc.parts) == ("mhtml", {})
    assert BODY in doc.text


def test_mht_file_holding_plain_html(tmp_path: Path) -> None:
    assert load(write(tmp_path / "page.mht", html().encode("utf-8"))).kind == "html"


# --- broken archives ---------------------------------------------------------------------------------


def test_truncated_archive_keeps_what_survived(tmp_path: Path) -> None:
    data = chrome_archive()
    cut = data[: data.index(b"Content-Type: image/png") + 200]
    doc = load(write(tmp_path / "cut.mhtml", cut))
    assert BODY in doc.text
    assert any("incomplete" in warning for warning in doc.warnings)


def test_truncated_inside_the_page(tmp_path: Path) -> None:
    data = chrome_archive()
    cut = data[: data.index(b"Content-Transfer-Encoding: quoted-printable") + 400]
    doc = load(write(tmp_path / "cut.mhtml", cut))
    assert doc.kind == "mhtml"
    assert doc.warnings


@pytest.mark.parametrize("length", [30, 120, 260, 300])
def test_archive_cut_in_its_headers(tmp_path: Path, length: int) -> None:
    with pytest.raises(MalformedError):
        load(write(tmp_path / "cut.mhtml", chrome_archive()[:length]))


def test_archive_without_a_page(tmp_path: Path) -> None:
    data = archive([part("image/png", "base64", b64(PNG), "https://x.example.com/a.png")], snapshot=None)
    with pytest.raises(MalformedError, match="no web page"):
        load(write(tmp_path / "images.mhtml", data))


def test_bad_boundary(tmp_path: Path) -> None:
    data = chrome_archive().replace(f"--{BOUNDARY}\n".encode(), b"BadBoundary\n", 1)
    data = data.replace(f"--{BOUNDARY}\n".encode(), b"Bad\n")
    with pytest.raises(MalformedError):
        load(write(tmp_path / "bad.mhtml", data))


def test_empty_page_part(tmp_path: Path) -> None:
    with pytest.raises(MalformedError, match="empty"):
        load(write(tmp_path / "empty.mhtml", archive([part("text/html", "8bit", "", URL)])))


def test_parse_mhtml_raises_its_own_error() -> None:
    with pytest.raises(MhtmlError):
        parse_mhtml(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\nno parts")


# --- helpers -----------------------------------------------------------------------------------------


def test_looks_like_mhtml() -> None:
    assert looks_like_mhtml(chrome_archive())
    assert looks_like_mhtml(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n")
    assert not looks_like_mhtml(b"<html><body>MIME-Version: 1.0</body></html>")
    assert not looks_like_mhtml("标题: 通知\nMIME-Version: 1.0\n".encode())
    assert not looks_like_mhtml(b"Subject: hello\n\nMIME-Version: 1.0 in the body")


def test_find_part_variants() -> None:
    parts = {
        "https://x.example.com/a b/%E5%9B%BE.png": b"1",
        "cid:abc": b"2",
        "https://x.example.com/c.png": b"3",
    }
    base = "https://x.example.com/a b/page.html"
    assert find_part(parts, base, "%E5%9B%BE.png") == b"1"
    assert find_part(parts, base, "cid:abc") == b"2"
    assert find_part(parts, base, "cid:%3Cabc%3E") == b"2"
    assert find_part(parts, base, "../c.png#x") == b"3"
    assert find_part(parts, None, "c.png") is None
    assert find_part(parts, base, "  ") is None
