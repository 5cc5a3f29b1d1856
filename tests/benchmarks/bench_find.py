"""Find in the article on a 1,000,000-character novel written one sentence per line (the shape of a TXT
novel), the way the find bar searches what is shown: every display block's text, case- and
script-insensitively (``reader.core.textsearch.find_all``). Reported: a 2-character query found
everywhere, a rare 4-character one, a traditional query on simplified text, and the first search after
start (the character table still cold). Run: ``uv run python -m tests.benchmarks.bench_find``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import opencc

from reader.core import textsearch
from reader.core.display import build_article
from reader.core.extraction import extract_file
from tests.benchmarks.bench_open_large import write_sentence_novel
from tests.benchmarks.timing import measure, report

BUDGET_SECONDS = 0.150
"""A search is typed: the result should follow the typing (the bar waits 150 ms before searching)."""


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        path = Path(folder) / "novel.txt"
        write_sentence_novel(path)
        display = build_article(extract_file(path))
        texts = display.texts
        chars = sum(len(text) for text in texts)
        middle = texts[len(texts) // 2]
        common, rare = middle[2:4], middle[3:7]
        traditional = opencc.OpenCC("s2t").convert(common)
        textsearch._folded.cache_clear()
        started = time.perf_counter()
        folded = textsearch.fold_all(texts)
        cold = time.perf_counter() - started
        print(
            f"BENCH find: normalising the document shown, once (cold character table): {cold * 1000:.1f} ms"
        )
        report(
            "find: normalising the document shown, warm",
            measure(lambda: textsearch.fold_all(texts), runs=3),
            extra="done once per document shown, then reused for every query",
        )
        for name, query in (
            ("common 2-character", common),
            ("4-character", rare),
            ("traditional", traditional),
        ):
            found = textsearch.find_all(texts, query, folded=folded)
            report(
                f"find {name} query {query!r} in a 1M-char sentence-per-line TXT",
                measure(lambda q=query: textsearch.find_all(texts, q, folded=folded), runs=7),  # type: ignore[misc]
                budget=BUDGET_SECONDS,
                extra=f"{len(found):,} places in {len(texts):,} blocks, {chars:,} chars",
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
