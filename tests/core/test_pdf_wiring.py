"""PDF and Word files through the rest of the reader: library, 简繁 conversion, speech text, check, window."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.a11y.checking import check_file
from reader.core.library import Library
from reader.core.library import search as search_index
from reader.core.library.store import ARTICLE_SUFFIXES
from tests.eval.attachment_samples import Sample, write_docx, write_epub, write_ofd, write_pdf

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> tuple[Path, Path, Sample]:
    folder = tmp_path_factory.mktemp("attachments")
    pdf = folder / "notice.pdf"
    sample = write_pdf(pdf, columns=2, sections=2, paragraphs_per_section=2)
    docx = folder / "notice.docx"
    write_docx(docx, sections=1)
    write_ofd(folder / "notice.ofd", sections=1)
    write_epub(folder / "handbook.epub", chapters=1)
    return pdf, docx, sample


def test_library_imports_and_searches_them(tmp_path: Path, files: tuple[Path, Path, Sample]) -> None:
    assert {".pdf", ".docx", ".ofd", ".epub"} <= ARTICLE_SUFFIXES
    pdf, _docx, sample = files
    with Library(tmp_path / "library.db", search=search_index) as library:
        steps = list(library.import_files([pdf.parent]))
        assert [step.problem for step in steps] == [None] * 4
        titles = {record.title for record in library.articles()}
        assert titles == {sample.title, "政务公开工作手册"}
        hits = library.search("无障碍阅读")
        assert {Path(hit.article.path).suffix for hit in hits} == {".pdf", ".docx", ".ofd", ".epub"}


def test_convert_and_speech_text(
    files: tuple[Path, Path, Sample], capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    pdf, docx, _ = files
    assert main(["convert", "--to", "s2t", str(pdf)]) == 0
    converted = capsys.readouterr().out
    assert "關於進一步加強政務公開" in converted
    assert main(["speak", "--print-text", str(docx)]) == 0
    spoken = capsys.readouterr().out
    assert "青年干部要深入基层" in spoken


def test_the_checker_says_web_page_rules_do_not_apply(files: tuple[Path, Path, Sample]) -> None:
    pdf, docx, _ = files
    for path in (pdf, docx):
        report = check_file(path)
        assert report.error is None
        assert [note.code for note in report.notes] == ["check.attachment"]
        assert report.findings == []


def test_the_window_shows_a_pdf(qtbot: object, tmp_path: Path, files: tuple[Path, Path, Sample]) -> None:
    from reader.core.settings import SettingsStore
    from reader.ui.mainwindow import MainWindow
    from reader.ui.strings import open_dialog_filters

    assert any(
        all(f"*.{kind}" in entry for kind in ("pdf", "docx", "ofd", "epub"))
        for entry in open_dialog_filters()
    )
    pdf, _, sample = files
    window = MainWindow(store=SettingsStore(tmp_path / "settings.json"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert window.open_path(pdf)
    qtbot.waitUntil(lambda: window.opened is not None and window.opened.path == pdf, timeout=20000)  # type: ignore[attr-defined]
    shown = window.reading_view.toPlainText()
    assert sample.title in shown
    assert sample.headings[0] in shown
