"""PDF, DOCX, OFD and EPUB extraction scored against the text put in.

Run: ``uv run python -m tests.eval.eval_attachments``.

There is no corpus of portal attachments in ``../shared/corpora`` yet, so the files are built here
(``tests.eval.attachment_samples``): PDFs drawn by Qt's QPdfWriter in Noto Sans CJK (one and two columns,
with and without a table, 1–12 pages, a running header and page numbers on every page), DOCX files
written by python-docx, OFD packages (a line per text object, the header on a template), and EPUB books
(XHTML chapters in a spine). For each file:

- **body**: character-bigram F1 (``tests.eval.scoring``) of title + body text against the text written;
- **paragraphs**: share of the written paragraphs found as one paragraph block each, exactly (line joins,
  paragraph breaks, radical code points all show here);
- **headings**: share of the written headings found as heading blocks;
- **date**: whether the 日期/成文日期 line gave the date;
- **radicals**: Kangxi/CJK-radical code points left in the text (must be 0).

Exits 1 when the mean body F1 is below ``BODY_FLOOR`` (0.98), any file's below ``FILE_FLOOR``, the
paragraph or heading share below ``STRUCTURE_FLOOR``, a date is missed, or a radical is left.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BODY_FLOOR = 0.98
FILE_FLOOR = 0.97
STRUCTURE_FLOOR = 0.95

PDF_CASES = (
    ("pdf 1 column", {"columns": 1, "sections": 2, "paragraphs_per_section": 2}),
    ("pdf 1 column, 12 pages", {"columns": 1, "sections": 10, "paragraphs_per_section": 6}),
    ("pdf 2 columns", {"columns": 2, "sections": 3, "paragraphs_per_section": 4}),
    ("pdf 2 columns, 8 pages", {"columns": 2, "sections": 10, "paragraphs_per_section": 8}),
    ("pdf no table", {"columns": 1, "sections": 4, "paragraphs_per_section": 3, "with_table": False}),
    (
        "pdf 2 columns, no date",
        {"columns": 2, "sections": 2, "paragraphs_per_section": 3, "with_date": False},
    ),
)
OFD_CASES = (
    ("ofd short", {"sections": 2, "paragraphs_per_section": 3}),
    ("ofd 10 sections", {"sections": 10, "paragraphs_per_section": 6}),
)
EPUB_CASES = (
    ("epub 3 chapters", {"chapters": 3, "paragraphs_per_chapter": 4}),
    ("epub 20 chapters", {"chapters": 20, "paragraphs_per_chapter": 6}),
)
DOCX_CASES = (
    ("docx short", {"sections": 1, "paragraphs_per_section": 2}),
    ("docx long", {"sections": 8, "paragraphs_per_section": 6}),
)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from reader.core.attachments import kangxi
    from reader.core.document import BlockKind
    from reader.core.extraction import extract_file
    from tests.eval.attachment_samples import Sample, write_docx, write_epub, write_ofd, write_pdf
    from tests.eval.scoring import bigram_f1

    _app = QGuiApplication.instance() or QGuiApplication([])
    failures: list[str] = []
    scores: list[float] = []
    paragraph_shares: list[float] = []
    heading_shares: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        cases: list[tuple[str, Path, Sample]] = []
        for index, (name, options) in enumerate(PDF_CASES):
            path = Path(folder) / f"case{index}.pdf"
            cases.append((name, path, write_pdf(path, **options)))  # type: ignore[arg-type]
        for index, (name, options) in enumerate(DOCX_CASES):
            path = Path(folder) / f"case{index}.docx"
            cases.append((name, path, write_docx(path, **options)))
        for index, (name, options) in enumerate(OFD_CASES):
            path = Path(folder) / f"case{index}.ofd"
            cases.append((name, path, write_ofd(path, **options)))
        for index, (name, options) in enumerate(EPUB_CASES):
            path = Path(folder) / f"case{index}.epub"
            cases.append((name, path, write_epub(path, **options)))
        for name, path, sample in cases:
            article = extract_file(path)
            score = bigram_f1(article.title + "\n" + article.text, sample.text)
            paragraphs = {block.text for block in article.blocks if block.kind is BlockKind.PARAGRAPH}
            written = [text for text in sample.texts if text not in sample.headings and " " not in text]
            written = [text for text in written if len(text) > 12]  # list items and cells are not paragraphs
            paragraph_share = sum(text in paragraphs for text in written) / max(len(written), 1)
            headings = {block.text for block in article.blocks if block.kind is BlockKind.HEADING}
            heading_share = sum(text in headings for text in sample.headings) / max(len(sample.headings), 1)
            radicals = sum(kangxi.has_radicals(character) for character in article.text)
            date_ok = article.date == sample.date
            print(
                f"{name:28} body F1 {score:.4f}  paragraphs {paragraph_share:.3f}"
                f"  headings {heading_share:.3f}"
                f"  date {'ok' if date_ok else 'MISSED'} ({article.date})  radicals {radicals}"
            )
            scores.append(score)
            paragraph_shares.append(paragraph_share)
            heading_shares.append(heading_share)
            if score < FILE_FLOOR:
                failures.append(f"{name}: body F1 {score:.4f} < {FILE_FLOOR}")
            if not date_ok:
                failures.append(f"{name}: date {article.date} != {sample.date}")
            if radicals:
                failures.append(f"{name}: {radicals} radical code points left")
    mean = statistics.mean(scores)
    paragraphs_mean = statistics.mean(paragraph_shares)
    headings_mean = statistics.mean(heading_shares)
    print(
        f"SUMMARY attachments: body F1 {mean:.4f} (floor {BODY_FLOOR}), paragraphs {paragraphs_mean:.3f}, "
        f"headings {headings_mean:.3f} (floor {STRUCTURE_FLOOR}), {len(scores)} files"
    )
    if mean < BODY_FLOOR:
        failures.append(f"mean body F1 {mean:.4f} < {BODY_FLOOR}")
    if paragraphs_mean < STRUCTURE_FLOOR or headings_mean < STRUCTURE_FLOOR:
        failures.append("paragraph or heading share below the floor")
    for failure in failures:
        print("BELOW FLOOR:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
