"""Accessibility check throughput (run: ``uv run python -m tests.benchmarks.bench_check``).

Pages per second over the saved pages of ``../shared/corpora/extraction`` (``READER_CORPORA`` names
another corpora folder), checked the way ``reader check`` does it:

1. single process: ``check_file`` on each page in turn, in this process;
2. all cores: ``check_pages`` with one worker per core, worker start-up (spawn) included, as a command
   line run pays it.

Each is timed over the whole set several times; the median is reported with pages per second. There is
no budget in architecture.md for this; the figures are for comparison between versions.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from tests.benchmarks.timing import measure, report

RUNS = 3


def corpus_pages() -> list[Path]:
    """The HTML pages of the extraction corpus, sorted; empty when the corpora are absent."""
    default = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
    corpora = Path(os.environ.get("READER_CORPORA", default))
    from reader.core.a11y.batch import collect_pages

    folder = corpora / "extraction"
    if not folder.is_dir():
        return []
    return collect_pages([folder]).pages


def main() -> int:
    from reader.core.a11y.batch import check_pages, default_jobs
    from reader.core.a11y.checking import check_file

    pages = corpus_pages()
    if not pages:
        print("BENCH check: skipped, no corpus pages (set READER_CORPORA)", flush=True)
        return 0
    megabytes = sum(page.stat().st_size for page in pages) / 1024 / 1024
    count = len(pages)

    def single() -> None:
        for page in pages:
            check_file(page)

    jobs = default_jobs()

    def parallel() -> None:
        for _ in check_pages(pages, jobs=jobs):
            pass

    for name, action in (
        ("single process", single),
        (f"{jobs} processes, start-up included", parallel),
    ):
        seconds = measure(action, runs=RUNS, warmup=1)
        rate = count / statistics.median(seconds)
        report(
            f"check of {count} corpus pages ({megabytes:.1f} MB), {name}",
            seconds,
            extra=f"{rate:.1f} pages/s",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
