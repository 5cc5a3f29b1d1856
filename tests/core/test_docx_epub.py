"""EPUB books (the other ZIP of XML that portals and libraries hand out): built here, read back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.core.errors import LoadError
from reader.core.extraction import extract
from reader.core.loading import load
from tests.core.test_docx import _png
from tests.eval.attachment_samples import write_epub
from tests.eval.scoring import bigram_f1


def test_chapters_in_spine_order_with_headings_lists_and_images(tmp_path: Path) -> None:
    path = tmp_path / "handbook.epub"
    sample = write_epub(path, chapters=3, image=_png())
    document = load(path)
    assert document.kind == "epub"
    article = extract(document)
    assert article.title == sample.title
    assert bigram_f1(article.title + "\n" + article.text, sample.text) >= 0.98
    assert [block.text for block in article.blocks if block.kind is BlockKind.HEADING] == sample.headings
    assert "目录" not in article.text  # the navigation page is not in the reading order
    (listed,) = [block for block in article.blocks if block.kind is BlockKind.LIST]
    assert listed.items == ("排查登记", "整改落实")
    (image,) = [block for block in article.blocks if block.kind is BlockKind.IMAGE]
    assert image.alt == "市政府大楼外景"
    assert image.src is not None and document.resource(image.src) == _png()


def test_a_book_without_its_package_file_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container><rootfiles/></container>")
    with pytest.raises(LoadError) as raised:
        load(path)
    assert raised.value.message.code == "load.epub_broken"


def test_a_cut_short_book_is_a_load_error(tmp_path: Path) -> None:
    good = tmp_path / "good.epub"
    write_epub(good)
    cut = tmp_path / "cut.epub"
    cut.write_bytes(good.read_bytes()[:300])
    with pytest.raises(LoadError) as raised:
        load(cut)
    assert raised.value.message.code == "load.epub_broken"


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    path = tmp_path / "entities.epub"
    write_epub(path, chapters=1)
    hostile = tmp_path / "hostile.epub"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "OEBPS/content.opf":
                data = data.replace(
                    b"<package",
                    b'<!DOCTYPE package [<!ENTITY x SYSTEM "' + secret.as_uri().encode() + b'">]><package',
                    1,
                ).replace("政务公开工作手册".encode(), b"&x;")
            target.writestr(item, data)
    article = extract(load(hostile))
    assert "机密" not in article.title and "机密" not in article.text
