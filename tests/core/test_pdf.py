"""PDF attachments: built with Qt's QPdfWriter, read back through ``load``/``extract`` and the CLI."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from reader.core.attachments import kangxi
from reader.core.document import BlockKind
from reader.core.errors import LoadError
from reader.core.extraction import extract_file
from reader.core.loading import load
from tests.eval.attachment_samples import HEADER, Sample, write_pdf
from tests.eval.scoring import bigram_f1

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[int, tuple[Path, Sample]]:
    folder = tmp_path_factory.mktemp("pdf")
    built = {}
    for columns in (1, 2):
        path = folder / f"columns{columns}.pdf"
        built[columns] = (path, write_pdf(path, columns=columns, sections=4, paragraphs_per_section=4))
    return built


@pytest.mark.parametrize("columns", [1, 2])
def test_text_comes_back_in_reading_order(pdfs: dict[int, tuple[Path, Sample]], columns: int) -> None:
    path, sample = pdfs[columns]
    article = extract_file(path)
    assert bigram_f1(article.title + "\n" + article.text, sample.text) >= 0.98
    assert article.title == sample.title
    assert article.date == sample.date


@pytest.mark.parametrize("columns", [1, 2])
def test_paragraphs_headings_and_table(pdfs: dict[int, tuple[Path, Sample]], columns: int) -> None:
    path, sample = pdfs[columns]
    blocks = extract_file(path).blocks
    headings = [block.text for block in blocks if block.kind is BlockKind.HEADING]
    assert headings == sample.headings
    paragraphs = [block.text for block in blocks if block.kind is BlockKind.PARAGRAPH]
    # Each paragraph whole: CJK lines joined without a space or a line break, none split, none merged.
    expected = [text for text in sample.texts if text not in sample.headings and " " not in text]
    assert paragraphs == expected
    tables = [block for block in blocks if block.kind is BlockKind.TABLE]
    assert [list(row) for row in tables[0].rows] == sample.rows


def test_running_header_and_page_numbers_are_removed(pdfs: dict[int, tuple[Path, Sample]]) -> None:
    path, _ = pdfs[1]
    article = extract_file(path)
    assert HEADER not in article.text
    assert "- 1 -" not in article.text and "- 2 -" not in article.text
    assert HEADER in article.page_text  # the whole page keeps them


def test_no_radical_code_points_reach_the_article(pdfs: dict[int, tuple[Path, Sample]]) -> None:
    path, _ = pdfs[1]
    document = load(path)
    assert document.kind == "pdf"
    article = extract_file(path)
    assert not kangxi.has_radicals(article.text)
    assert "一网通办" in article.text and "户口" in article.text and "部门" in article.text


def test_cli_extract_prints_the_pdf_as_json(
    pdfs: dict[int, tuple[Path, Sample]], capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    path, sample = pdfs[2]
    assert main(["extract", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == sample.title
    assert {block["type"] for block in data["blocks"]} >= {"heading", "paragraph", "table"}


def test_latin_lines_join_with_a_space_and_mixed_lines_without(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    english = "The State Council issued a notice on strengthening government information disclosure. " * 3
    mixed = "中文与English混排的段落，包含2025年的数字和Beijing等词语，" * 3
    path = tmp_path / "mixed.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRectF(50, 50, 300, 400), int(Qt.TextFlag.TextWordWrap), english)
    painter.drawText(QRectF(50, 200, 300, 400), int(Qt.TextFlag.TextWordWrap), mixed)
    painter.end()
    texts = [block.text for block in extract_file(path).blocks]
    assert english.strip() in texts[0]  # the title may take the first line; the rest joins with spaces
    assert texts[-1] == mixed


def test_a_scanned_pdf_says_it_has_no_text(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    with pytest.raises(LoadError) as raised:
        load(path)
    assert raised.value.message.code == "load.pdf_no_text"


def _encrypted_pdf() -> bytes:
    """A one-page PDF under the standard security handler whose password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    identifier = b"<" + b"ab" * 16 + b">"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (
        len(objects) + 1,
        identifier,
        identifier,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_a_password_protected_pdf_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    with pytest.raises(LoadError) as raised:
        load(path)
    assert raised.value.message.code == "load.pdf_password"


@pytest.mark.parametrize("fraction", [0.0, 0.3, 0.9])
def test_a_truncated_pdf_is_a_load_error(
    pdfs: dict[int, tuple[Path, Sample]], tmp_path: Path, fraction: float
) -> None:
    data = pdfs[1][0].read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: max(int(len(data) * fraction), 8)])
    with pytest.raises(LoadError) as raised:
        load(path)
    assert raised.value.message.code == "load.pdf_broken"


@pytest.mark.parametrize("name", ["file.pdf", "file.html", "file.txt", "file"])
def test_pdf_bytes_are_read_as_pdf_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(LoadError, match="the PDF is damaged or incomplete") as raised:
        load(path)
    assert raised.value.message.code == "load.pdf_broken"


def test_only_the_first_max_pages_are_read(
    pdfs: dict[int, tuple[Path, Sample]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.attachments import pdf

    path, sample = pdfs[1]
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    article = extract_file(path)
    assert article.title == sample.title
    assert sample.headings[-1] not in article.text  # on a later page
    assert any("the first 1 were read" in warning for warning in article.warnings)


def test_kangxi_table_maps_to_unified_ideographs_only() -> None:
    assert kangxi.unify("⼀⽹⻘⺠⼾⻔⻚⼆") == "一网青民户门页二"
    for radical, ideograph in kangxi.RADICALS.items():
        assert len(radical) == len(ideograph) == 1
        assert not kangxi.has_radicals(ideograph), radical
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH"), radical
        compatibility = unicodedata.normalize("NFKC", radical)
        if radical not in (compatibility, "⼾"):
            assert compatibility == ideograph, radical


def test_compatibility_ideographs_become_their_canonical_form() -> None:
    assert kangxi.unify("\uf900") == unicodedata.normalize("NFC", "\uf900")
    assert kangxi.unify("普通文本 abc") == "普通文本 abc"


def test_each_radical_maps_to_the_ideograph_noto_draws_with_its_glyph(qapp: object) -> None:
    """The table's source, checked: in Noto Sans CJK SC or TC the radical and its ideograph share a glyph
    (what a PDF writer's glyph → text table confuses), except the Kangxi radicals SC draws on their own."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    families = [name for name in ("Noto Sans CJK SC", "Noto Sans CJK TC") if name in QFontDatabase.families()]
    if len(families) < 2:
        pytest.skip("Noto Sans CJK is not installed (Debian package fonts-noto-cjk)")
    fonts = []
    for family in families:
        font = QFont(family)
        font.setPixelSize(20)
        fonts.append(QRawFont.fromFont(font))

    def same_glyph(raw: QRawFont, first: str, second: str) -> bool:
        glyphs = raw.glyphIndexesForString(first + second)
        return len(glyphs) == 2 and glyphs[0] != 0 and glyphs[0] == glyphs[1]

    own_glyphs = set("⼹⽾⾓⾻⿐⿔")
    for radical, ideograph in kangxi.RADICALS.items():
        if radical in own_glyphs:
            assert ideograph == unicodedata.normalize("NFKC", radical)
            continue
        assert any(same_glyph(raw, radical, ideograph) for raw in fonts), (radical, ideograph)
