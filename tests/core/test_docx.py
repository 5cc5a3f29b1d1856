"""Word attachments: DOCX files written with python-docx, read back through ``load``/``extract``."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from reader.core.attachments import ziplimits
from reader.core.document import BlockKind
from reader.core.errors import BinaryFileError, LoadError
from reader.core.extraction import extract, extract_file
from reader.core.loading import load
from tests.eval.attachment_samples import write_docx
from tests.eval.scoring import bigram_f1


def _png() -> bytes:
    """A 2×2 grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_headings_paragraphs_lists_and_table(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    sample = write_docx(path)
    document = load(path)
    assert document.kind == "docx"
    article = extract(document)
    assert article.title == sample.title
    assert article.date == "2025-03-04"
    assert bigram_f1(article.title + "\n" + article.text, sample.text) >= 0.98
    blocks = article.blocks
    assert [(block.text, block.level) for block in blocks if block.kind is BlockKind.HEADING] == [
        (heading, 1) for heading in sample.headings
    ]
    lists = [block for block in blocks if block.kind is BlockKind.LIST]
    assert [(block.items, block.ordered) for block in lists] == [
        (("排查登记", "整改落实"), True),
        (("政策解读", "回应关切"), False),
    ]
    (table,) = [block for block in blocks if block.kind is BlockKind.TABLE]
    assert [list(row) for row in table.rows] == sample.rows
    assert table.has_header


def test_images_keep_their_alt_text_and_bytes(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("图片前的段落。")
    shape = document.add_picture(io.BytesIO(_png()))
    shape._inline.docPr.set("descr", "市政府大楼外景")
    path = tmp_path / "picture.docx"
    document.save(str(path))
    loaded = load(path)
    article = extract(loaded)
    (image,) = [block for block in article.blocks if block.kind is BlockKind.IMAGE]
    assert image.alt == image.text == "市政府大楼外景"
    assert image.src is not None
    assert loaded.resource(image.src) == _png()


def test_chinese_heading_style_names(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "某某协会章程"
    style = document.styles["Heading 2"]
    style.name = "标题 2"
    document.add_paragraph("第一章 总则", style=style)
    document.add_paragraph("正文段落。")
    path = tmp_path / "styles.docx"
    document.save(str(path))
    article = extract_file(path)
    assert article.title == "某某协会章程"
    assert [(block.kind, block.text, block.level) for block in article.blocks] == [
        (BlockKind.HEADING, "第一章 总则", 2),
        (BlockKind.PARAGRAPH, "正文段落。", None),
    ]


def test_a_broken_word_file_is_a_load_error(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    write_docx(good, sections=1)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(LoadError) as raised:
        load(cut)
    assert raised.value.message.code == "load.docx_broken"


def test_bad_xml_inside_is_a_load_error(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    write_docx(good, sections=1)
    broken = tmp_path / "badxml.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(LoadError) as raised:
        load(broken)
    assert raised.value.message.code == "load.docx_broken"


def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    write_docx(good, sections=1)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("word/media/zeros.bin", b"\0" * (20 * 1024 * 1024))  # 20 MB into ~20 KB
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LoadError) as raised:
        load(bomb)
    assert raised.value.message.code == "load.archive_too_large"


def test_declared_sizes_over_the_limit_are_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<x/>")
    data = bytearray(buffer.getvalue())
    directory = data.index(b"PK\x01\x02")
    data[directory + 24 : directory + 28] = struct.pack("<I", ziplimits.MAX_TOTAL_BYTES + 1)
    with pytest.raises(LoadError) as raised:
        ziplimits.check(tmp_path / "x.docx", bytes(data))
    assert raised.value.message.code == "load.archive_too_large"


def test_a_plain_zip_is_still_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(BinaryFileError):
        load(path)


@pytest.mark.parametrize("name", ["old.doc", "old.wps", "old"])
def test_an_old_word_file_names_the_way_out(tmp_path: Path, name: str) -> None:
    # The OLE2 signature and a directory entry naming the WordDocument stream, as Word 97–2003 writes.
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
    path = tmp_path / name
    path.write_bytes(data + b"\x00" * 1024)
    with pytest.raises(LoadError, match="LibreOffice") as raised:
        load(path)
    assert raised.value.message.code == "load.old_word"


def test_an_old_spreadsheet_is_still_named_as_office(tmp_path: Path) -> None:
    path = tmp_path / "table.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(BinaryFileError) as raised:
        load(path)
    assert raised.value.message.code == "load.binary"
