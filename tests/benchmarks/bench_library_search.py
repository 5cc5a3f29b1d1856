"""Library search on 10,000 articles (run: ``uv run python -m tests.benchmarks.bench_library_search``).

Articles of ~5,000 characters are cut from the hand-made Chinese bodies of
``../shared/corpora/extraction/zh-cwce/cleaned`` (``READER_CORPORA`` names another corpora folder), a
random slice each, so every article differs. Reported: time to index them all in one transaction into a
file database, the median time of 2-character queries (budget 20 ms) and of 1-character queries (budget
150 ms) over bigrams and characters drawn from the text, and the database's size against the UTF-8 size of
the text indexed (budget 3×).
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.timing import report

ARTICLES = 10_000
ARTICLE_CHARS = 5_000
QUERIES = 40
SIZE_BUDGET = 3.0


def corpus_text() -> str:
    """The zh-cwce bodies joined, or "" when the corpora are absent."""
    default = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
    folder = Path(os.environ.get("READER_CORPORA", default)) / "extraction" / "zh-cwce" / "cleaned"
    if not folder.is_dir():
        return ""
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt")))


def main() -> int:
    from reader.core.library import search

    text = corpus_text()
    if len(text) < ARTICLE_CHARS:
        print("BENCH library search: skipped, no zh-cwce corpus (set READER_CORPORA)", flush=True)
        return 0
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.db"
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=WAL")
        search.create(conn)
        text_bytes = 0
        started = time.perf_counter()
        with conn:
            for article_id in range(1, ARTICLES + 1):
                start = rng.randrange(len(text) - ARTICLE_CHARS)
                body = text[start : start + ARTICLE_CHARS]
                title = body[:20].replace("\n", " ")
                text_bytes += len(title.encode()) + len(body.encode())
                search.index(conn, article_id, title, body)
        indexing = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        report(f"library index {ARTICLES} articles of {ARTICLE_CHARS} characters", [indexing])
        ratio = size / text_bytes
        verdict = "within" if ratio <= SIZE_BUDGET else "OVER"
        print(
            f"BENCH library database size: {size / 1e6:.0f} MB for {text_bytes / 1e6:.0f} MB of text, "
            f"{ratio:.2f}×; budget {SIZE_BUDGET:.0f}×, {verdict}",
            flush=True,
        )
        cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
        for length, budget in ((2, 0.020), (1, 0.150)):
            queries = []
            while len(queries) < QUERIES:
                at = rng.randrange(len(text) - length)
                piece = text[at : at + length]
                if all("\u4e00" <= c <= "\u9fff" for c in piece):
                    queries.append(piece)
            if length == 1:
                queries[: QUERIES // 4] = rng.sample(sorted(set(cjk)), QUERIES // 4)  # rare ones too
            search.search(conn, queries[0])
            timings, found = [], 0
            for query in queries:
                start_time = time.perf_counter()
                found += len(search.search(conn, query))
                timings.append(time.perf_counter() - start_time)
            report(
                f"library search, {length}-character query",
                timings,
                budget=budget,
                extra=f"{found / len(queries):.0f} hits per query (limit 50)",
            )
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
