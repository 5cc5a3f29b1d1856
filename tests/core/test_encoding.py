"""Encoding detection: BOMs, declarations checked against the bytes, detection, and damaged bytes."""

from __future__ import annotations

import codecs

import pytest

from reader.core.encoding import (
    Decoded,
    NotTextError,
    UndecodableError,
    codec_family,
    declared_charset,
    decode_bytes,
)

# Our own sample sentences (simplified, simplified with GBK-only characters, traditional, Japanese).
GB_TEXT = (
    "国务院办公厅关于进一步优化政务服务的通知。各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    "经国务院同意，现将有关事项通知如下。一、提升办事效率，让群众少跑腿。二、加强无障碍建设，方便老年人阅读。"
)
GBK_ONLY_TEXT = "朱镕基、王喆、李堃和张赟在会上发言，犇腾不息的长江。" + GB_TEXT
BIG5_TEXT = (
    "臺灣地區民眾閱讀無障礙網頁，政府機關應提供友善的資訊服務，讓年長者與視障朋友都能方便取得公共資訊。"
    "本會將持續推動數位平權，歡迎各界提供寶貴意見。"
)
SJIS_TEXT = "日本語のテキストです。政府の発表によると、今年の予算は増加しました。皆様のご協力をお願いします。"


def page(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>通知</title></head><body><p>{body}</p></body></html>"


def http_equiv_page(body: str, charset: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">'
        f"</head><body><p>{body}</p></body></html>"
    )


# --- byte-order marks and UTF-16/32 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
def test_bom_decides(bom: bytes, codec: str, expected: str) -> None:
    decoded = decode_bytes(bom + page(GB_TEXT, "gb2312").encode(codec))
    assert decoded.encoding == expected
    assert GB_TEXT in decoded.text
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_bom(codec: str) -> None:
    text = (GB_TEXT + "\n") * 3
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_utf16_page_without_bom() -> None:
    decoded = decode_bytes(page(GB_TEXT, None).encode("utf-16-le"))
    assert decoded.encoding == "utf-16-le"
    assert GB_TEXT in decoded.text


# --- declarations ------------------------------------------------------------------------------------


def test_utf8_without_declaration() -> None:
    assert decode_bytes(page(GB_TEXT, None).encode("utf-8")).encoding == "utf-8"


def test_ascii_only() -> None:
    assert decode_bytes(b"<html><body>plain</body></html>").encoding == "ascii"


def test_gb2312_declared_with_gbk_only_characters_reads_as_gb18030() -> None:
    decoded = decode_bytes(page(GBK_ONLY_TEXT, "gb2312").encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert GBK_ONLY_TEXT in decoded.text
    assert not decoded.warnings


def test_gb18030_page_with_four_byte_characters() -> None:
    body = GB_TEXT + "𠀀𪚥€"  # astral Han and the euro sign: four-byte GB18030 sequences
    decoded = decode_bytes(http_equiv_page(body, "GB18030").encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert body in decoded.text


@pytest.mark.parametrize("charset", ["big5", None])
def test_big5_with_and_without_declaration(charset: str | None) -> None:
    decoded = decode_bytes(page(BIG5_TEXT, charset).encode("big5"))
    assert decoded.encoding in {"cp950", "big5hkscs"}
    assert BIG5_TEXT in decoded.text


def test_big5_hkscs_characters() -> None:
    body = BIG5_TEXT + "香港特別行政區：嘅、咗、啲"  # Cantonese characters only HKSCS has
    decoded = decode_bytes(page(body, "big5").encode("big5hkscs"))
    assert decoded.encoding == "big5hkscs"
    assert body in decoded.text


def test_declared_gb2312_but_utf8() -> None:
    decoded = decode_bytes(page(GB_TEXT, "gb2312").encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert GB_TEXT in decoded.text


def test_declared_utf8_but_gb() -> None:
    decoded = decode_bytes(page(GB_TEXT, "utf-8").encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert GB_TEXT in decoded.text


def test_declared_gb2312_but_big5() -> None:
    decoded = decode_bytes(page(BIG5_TEXT, "gb2312").encode("big5"))
    assert decoded.encoding in {"cp950", "big5hkscs"}
    assert BIG5_TEXT in decoded.text


def test_declared_big5_but_gb() -> None:
    decoded = decode_bytes(page(GB_TEXT, "big5").encode("gb2312"))
    assert decoded.encoding == "gb18030"
    assert GB_TEXT in decoded.text


def test_declared_latin1_but_gb() -> None:
    decoded = decode_bytes(http_equiv_page(GB_TEXT, "iso-8859-1").encode("gb18030"))
    assert decoded.encoding == "gb18030"


def test_part_header_hint_is_checked_too() -> None:
    assert decode_bytes(page(GB_TEXT, None).encode("gbk"), declared="utf-8").encoding == "gb18030"
    assert decode_bytes(page(GB_TEXT, None).encode("gbk"), declared="GBK").encoding == "gb18030"


def test_shift_jis() -> None:
    decoded = decode_bytes(page(SJIS_TEXT, None).encode("shift_jis"))
    assert decoded.encoding in {"cp932", "shift_jis", "shift_jis_2004"}
    assert SJIS_TEXT in decoded.text


def test_undeclared_gb_text_file() -> None:
    decoded = decode_bytes((GB_TEXT + "\n").encode("gb2312") * 5)
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize("text", ["通知\n", "确确a\n", "一一一a"])
def test_short_gb_that_is_also_valid_utf8_reads_as_gb(text: str) -> None:
    assert decode_bytes(text.encode("gb2312")) == Decoded(text, "gb18030")


@pytest.mark.parametrize("text", ["café au lait", "Antti Näyhä", "Привет мир", "Ελληνικά"])
def test_short_european_utf8_stays_utf8(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == Decoded(text, "utf-8")


# --- damaged and non-text bytes ----------------------------------------------------------------------


def test_corrupt_bytes_in_gb_page_are_replaced_with_a_warning() -> None:
    head, tail = page(GB_TEXT * 10, "gb2312"), page(GB_TEXT * 10, None)
    damaged = head.encode("gb18030") + b"\xff\xff" + tail.encode("gb18030")
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "gb18030"
    assert decoded.text == head + "\ufffd\ufffd" + tail
    assert decoded.warnings and "gb18030" in decoded.warnings[0]


def test_corrupt_bytes_in_undeclared_gb_page() -> None:
    good = ((GB_TEXT + "\n") * 30).encode("gb18030")
    damaged = good[:1000] + b"\x80" + good[1000:1500] + b"\xff" + good[1500:]
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "gb18030"
    assert decoded.warnings


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(NotTextError):
        decode_bytes(b"\x00\x01\x02\x03binary\x00\xff\xfe\x10\x11" * 50)


def test_control_bytes_are_binary() -> None:
    with pytest.raises(NotTextError):
        decode_bytes(bytes(range(1, 32)) * 20)


def test_undecodable_raises() -> None:
    # Valid in no multi-byte encoding and too damaged to patch: lead bytes followed by invalid trails.
    with pytest.raises(UndecodableError):
        decode_bytes(b"\x81 \xfe:\x80\xff" * 300)


# --- helpers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("Big5", "cp950"),
        ("big5-hkscs", "big5hkscs"),
        ("Shift_JIS", "cp932"),
        ("EUC-KR", "cp949"),
        ("ISO-8859-1", "cp1252"),
        ("UTF8", "utf-8"),
    ],
)
def test_codec_family(label: str, first: str) -> None:
    family = codec_family(label)
    assert family is not None
    assert family[0] == first


def test_unknown_label() -> None:
    assert codec_family("no-such-charset") is None


def test_declared_charset_forms() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="GBK"?><html>') == "GBK"
    assert declared_charset(b"<head><meta charset=gb2312></head>") == "gb2312"
    assert declared_charset(b'<meta content="text/html; charset=big5" http-equiv="Content-Type">') == "big5"
    assert declared_charset(b"<head></head><body><meta charset=big5>") is None
    long_head = b"<head>" + b"<!-- portal scripts -->" * 400 + b'<meta charset="gbk">'
    assert declared_charset(long_head) == "gbk"
