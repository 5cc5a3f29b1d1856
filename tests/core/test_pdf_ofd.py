"""OFD files (the fixed-layout format PDF's Chinese counterpart): packages built here, read back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.core.errors import LoadError
from reader.core.extraction import extract
from reader.core.loading import load
from tests.eval.attachment_samples import HEADER, write_ofd
from tests.eval.scoring import bigram_f1


def test_text_headings_paragraphs_and_table(tmp_path: Path) -> None:
    path = tmp_path / "notice.ofd"
    sample = write_ofd(path, sections=4, paragraphs_per_section=4)
    document = load(path)
    assert document.kind == "ofd"
    article = extract(document)
    assert article.title == sample.title
    assert article.date == sample.date
    assert bigram_f1(article.title + "\n" + article.text, sample.text) >= 0.98
    blocks = article.blocks
    assert [block.text for block in blocks if block.kind is BlockKind.HEADING] == sample.headings
    expected = [text for text in sample.texts if text not in sample.headings and " " not in text]
    assert [block.text for block in blocks if block.kind is BlockKind.PARAGRAPH] == expected
    (table,) = [block for block in blocks if block.kind is BlockKind.TABLE]
    assert [list(row) for row in table.rows] == sample.rows


def test_the_template_header_and_page_numbers_are_dropped_from_the_body(tmp_path: Path) -> None:
    path = tmp_path / "notice.ofd"
    write_ofd(path, sections=6, paragraphs_per_section=5)
    article = extract(load(path))
    assert HEADER not in article.text and "- 2 -" not in article.text
    # The template is read, in its place before the page's own text.
    assert article.page_text.startswith(HEADER)
    assert article.page_text.count(HEADER) >= 3


def test_a_package_without_its_document_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.ofd"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>'
        )
    with pytest.raises(LoadError) as raised:
        load(path)
    assert raised.value.message.code == "load.ofd_broken"


def test_a_cut_short_package_is_a_load_error(tmp_path: Path) -> None:
    good = tmp_path / "good.ofd"
    write_ofd(good, sections=1)
    cut = tmp_path / "cut.ofd"
    cut.write_bytes(good.read_bytes()[:400])
    with pytest.raises(LoadError) as raised:
        load(cut)
    assert raised.value.message.code == "load.ofd_broken"


def test_pages_without_text_say_so(tmp_path: Path) -> None:
    good = tmp_path / "good.ofd"
    write_ofd(good, sections=1)
    scanned = tmp_path / "scanned.ofd"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(scanned, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("Content.xml"):
                data = b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content/></ofd:Page>'
            target.writestr(item, data)
    with pytest.raises(LoadError) as raised:
        load(scanned)
    assert raised.value.message.code == "load.ofd_no_text"
