"""PDF and DOCX reading speed and memory (run: ``uv run python -m tests.benchmarks.bench_attachments``).

A 300-page, two-column PDF (``tests.eval.attachment_samples``: Noto Sans CJK text drawn by QPdfWriter,
running header and page number on every page) and a 300-paragraph DOCX are written to a temporary folder.
Each is read (``load`` + ``extract``) in a fresh interpreter, so the figures are not those of a process
that has Qt loaded: time per run, pages per second, peak resident memory (``ru_maxrss``; PDFium's own
allocations count there) beside the interpreter's after its imports, and the peak of Python allocations
while ``read_attachment`` turns the bytes into an article (tracemalloc; ``load`` itself also reserves a
buffer as large as ``MAX_FILE_BYTES`` while it reads a file, for every kind of file). No budget is set in
architecture.md; the issue's anchor is 8–13 ms per page for PDFium's own text extraction.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.timing import report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGES = 300
RUNS = 3

_CHILD = """
import json, resource, sys, time
from reader.core.extraction import extract_file
# imports out of the timing
import reader.core.attachments.pdf, reader.core.attachments.docx, pypdfium2, docx
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
seconds = []
for _ in range({runs}):
    started = time.perf_counter()
    article = extract_file(sys.argv[1])
    seconds.append(time.perf_counter() - started)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import tracemalloc
from pathlib import Path
from reader.core.attachments import read_attachment
data = Path(sys.argv[1]).read_bytes()
tracemalloc.start()
read_attachment(Path(sys.argv[1]), data, sys.argv[1].rpartition(".")[2])
python_peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"seconds": seconds, "baseline_kb": baseline, "peak_kb": peak, "python_peak": python_peak,
                  "chars": len(article.text), "blocks": len(article.blocks)}}))
"""


def _measure(path: Path) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD.format(runs=RUNS), str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    result: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from tests.eval.attachment_samples import write_docx, write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long.pdf"
        # Measured: 90 sections of 10 paragraphs fill 76 pages of this layout.
        write_pdf(pdf, columns=2, sections=PAGES * 90 // 76, paragraphs_per_section=10)
        pages = _pdf_pages(pdf)
        docx = Path(folder) / "long.docx"
        write_docx(docx, sections=30, paragraphs_per_section=10)
        for name, path, units, unit in (
            (f"read a {pages}-page two-column PDF", pdf, pages, "pages"),
            ("read a 300-paragraph DOCX", docx, 300, "paragraphs"),
        ):
            result = _measure(path)
            seconds = [float(value) for value in result["seconds"]]  # type: ignore[attr-defined]
            best = min(seconds)
            peak = int(result["peak_kb"]) / 1024  # type: ignore[call-overload]
            baseline = int(result["baseline_kb"]) / 1024  # type: ignore[call-overload]
            report(
                name,
                seconds,
                extra=(
                    f"{units / best:.0f} {unit}/s ({best * 1000 / units:.1f} ms per {unit[:-1]}), "
                    f"peak RSS {peak:.0f} MB ({baseline:.0f} MB after the imports), "
                    f"Python allocations of the reading itself peak at "
                    f"{int(result['python_peak']) / 2**20:.1f} MB, "  # type: ignore[call-overload]
                    f"{result['chars']} characters in {result['blocks']} blocks, "
                    f"{path.stat().st_size // 1024} KB"
                ),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
