"""Library import of 10,000 files, the user's way.

Run: ``uv run python -m tests.benchmarks.bench_library_import [FILES]``.

Files of ~5,000 characters are made from the zh-cwce bodies (``corpus_text`` of
``bench_library_search``, two runs of sentences from random places each, so no two are alike) and written
into a temporary folder in the shapes users have: mostly ``.txt``, in UTF-8 and in GB18030, one sentence
per line under a title line; some ``.html`` pages in a portal's wrapper (``<title>`` with the site's
name, navigation, the 日期/来源 line, footer). Then ``Library(path).import_files([folder])`` is consumed
to the end into a file database, with ``READER_DATA_DIR`` in the temporary folder. Reported: the
import's seconds (budget 60 s) and files per second, the database's size against the UTF-8 size of the
text written (budget 3×), and through ``Library.search`` a 1-character query for a CJK character found
nowhere in the library (the full-scan worst case, budget 150 ms) and a 2-character query with no hit
(budget 20 ms).

This machine is shared, so the import line also gives the CPU seconds of the importing process and of
its worker processes: half their sum is what the import would take on two idle cores.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_library_search import corpus_text
from tests.benchmarks.timing import report

FILES = 10_000
FILE_CHARS = 5_000
IMPORT_BUDGET = 60.0
SIZE_BUDGET = 3.0
QUERY_RUNS = 15

_SENTENCE = re.compile(r"[^。！？]*[。！？”」]*")
_SITES = (("青溪区人民政府", "青溪区融媒体中心"), ("桂园新闻网", "桂园日报"), ("东方资讯", "新华社"))
_NAV = "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流 | 专题专栏"
_FOOTER = "关于我们 | 联系我们 | 网站地图 | 版权所有 © 2024 | 备案号：京ICP备00000000号"


def _sentences(piece: str) -> list[str]:
    """The slice as sentences, its hard wraps and blank lines gone."""
    flat = re.sub(r"\s+", "", piece)
    return [sentence for sentence in _SENTENCE.findall(flat) if sentence]


def _page(title: str, sentences: list[str], number: int) -> str:
    site, source = _SITES[number % len(_SITES)]
    paragraphs = [
        "".join(sentences[at : at + 4]) for at in range(0, len(sentences), 4) if sentences[at : at + 4]
    ]
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    day = f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{title}_新闻中心_{site}</title></head>\n<body>\n"
        f'<div class="header"><div class="logo">{site}</div><div class="nav">{_NAV}</div></div>\n'
        '<div class="location">当前位置：首页 &gt; 新闻中心 &gt; 要闻</div>\n'
        f'<div class="article"><h1>{title}</h1>\n'
        f'<div class="info">日期：{day}　来源：{source}　【字体：大 中 小】【打印】【关闭】</div>\n'
        f'<div class="content">\n{body}\n</div></div>\n'
        '<div class="related"><h3>相关新闻</h3><ul><li><a href="/1.html">区领导调研基层工作</a></li>'
        '<li><a href="/2.html">我区召开年度工作会议</a></li></ul></div>\n'
        f'<div class="footer">{_FOOTER}</div>\n</body></html>\n'
    )


def write_files(folder: Path, text: str, count: int, rng: random.Random) -> int:
    """Write ``count`` different article files into ``folder``; return the UTF-8 bytes of their text.

    Each file joins two runs of the corpus' sentences from random places (a single slice would repeat:
    the corpus has far fewer sentences than 10,000).
    """
    corpus = _sentences(text)
    used: set[tuple[int, int]] = set()
    text_bytes = 0
    for number in range(count):
        starts = (rng.randrange(len(corpus)), rng.randrange(len(corpus)))
        while starts in used:
            starts = (rng.randrange(len(corpus)), rng.randrange(len(corpus)))
        used.add(starts)
        kept: list[str] = []
        size = 0
        for half, start in enumerate(starts, start=1):
            at = start
            while size < FILE_CHARS * half // 2:
                kept.append(corpus[at % len(corpus)])
                size += len(kept[-1])
                at += 1
        title = kept[0][:24].rstrip("。！？，、；：”」") or f"第{number}篇"
        text_bytes += len(title.encode()) + sum(len(sentence.encode()) for sentence in kept)
        kind = number % 10
        if kind < 2:
            (folder / f"{number:05d}.html").write_text(_page(title, kept, number), encoding="utf-8")
        elif kind < 4:
            body = title + "\n\n" + "\n".join(kept) + "\n"
            (folder / f"{number:05d}.txt").write_bytes(body.encode("gb18030"))
        else:
            body = title + "\n\n" + "\n".join(kept) + "\n"
            (folder / f"{number:05d}.txt").write_text(body, encoding="utf-8")
    return text_bytes


def _absent_chars(text: str, count: int) -> list[str]:
    """CJK characters in neither the corpus nor its normalised form."""
    from reader.core.library.search import normalise

    present = set(normalise(text)) | set(text)
    found = []
    for code in range(0x9FA0, 0x4E00, -1):
        char = chr(code)
        if char not in present and normalise(char) not in present:
            found.append(char)
            if len(found) == count:
                break
    return found


def _absent_bigrams(text: str, count: int, rng: random.Random) -> list[str]:
    """Two common characters of the corpus that never stand side by side in it."""
    from reader.core.library.search import normalise

    folded = normalise(text)
    common = sorted({c for c in folded if "\u4e00" <= c <= "\u9fff"})
    found: list[str] = []
    while len(found) < count:
        pair = rng.choice(common) + rng.choice(common)
        if pair not in folded and pair not in found:
            found.append(pair)
    return found


def _time_queries(library: object, queries: list[str]) -> tuple[list[float], int]:
    search = library.search  # type: ignore[attr-defined]
    search(queries[0])
    timings, hits = [], 0
    for run in range(QUERY_RUNS):
        query = queries[run % len(queries)]
        started = time.perf_counter()
        hits += len(search(query))
        timings.append(time.perf_counter() - started)
    return timings, hits


def _workers_cpu() -> float:
    """CPU seconds of the worker processes, once they have ended (0 where that cannot be known)."""
    try:
        import resource
    except ImportError:
        return 0.0
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(files: int = FILES) -> int:
    text = corpus_text()
    if len(text) < FILE_CHARS:
        print("BENCH library import: skipped, no zh-cwce corpus (set READER_CORPORA)", flush=True)
        return 0
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        text_bytes = write_files(folder, text, files, rng)
        os.environ["READER_DATA_DIR"] = str(Path(temp) / "data")
        from reader.core.library import Library, default_path

        path = default_path()
        with Library(path) as library:
            started, cpu = time.perf_counter(), time.process_time()
            steps = failed = 0
            for step in library.import_files([folder]):
                steps += 1
                failed += step.problem is not None
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            verdict = "within" if seconds <= IMPORT_BUDGET else "OVER"
            workers = _workers_cpu()
            print(
                f"BENCH library import {steps} files of ~{FILE_CHARS} characters: {seconds:.1f} s, "
                f"{steps / seconds:.0f} files/s, {failed} failed, {os.cpu_count()} cores; "
                f"budget {IMPORT_BUDGET:.0f} s, {verdict}; CPU {cpu:.0f} s importing + {workers:.0f} s "
                f"workers = {(cpu + workers) / 2:.0f} s on 2 idle cores",
                flush=True,
            )
            for name, queries, budget in (
                ("1-character query found nowhere", _absent_chars(text, 5), 0.150),
                ("2-character query with no hit", _absent_bigrams(text, 5, rng), 0.020),
            ):
                timings, hits = _time_queries(library, queries)
                report(f"library search, {name}", timings, budget=budget, extra=f"{hits} hits")
        # Closed, the library's write-ahead log is checkpointed into the file.
        size = sum(part.stat().st_size for part in path.parent.glob(path.name + "*"))
        ratio = size / text_bytes
        verdict = "within" if ratio <= SIZE_BUDGET else "OVER"
        print(
            f"BENCH library import database size: {size / 1e6:.0f} MB for {text_bytes / 1e6:.0f} MB "
            f"of text, {ratio:.2f}×; budget {SIZE_BUDGET:.0f}×, {verdict}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else FILES))
