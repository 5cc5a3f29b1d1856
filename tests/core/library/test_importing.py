"""Importing through worker processes: the same library as reading in this process, in order, with
failures reported, cancel obeyed, and a pool whose worker dies finishing the import in this process."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core.library import AddStatus, Library, Position, importing
from reader.core.library import search as search_index
from reader.core.resources import sample_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extraction"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Saved pages and text files in UTF-8 and GB18030, a duplicate, and a file that cannot be read."""
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(sample_article(), folder / "a-sample.html")
    shutil.copy(FIXTURES / "news.html", folder / "b-news.html")
    shutil.copy(FIXTURES / "notes.txt", folder / "c-notes.txt")
    shutil.copy(FIXTURES / "news.html", folder / "d-news-again.html")
    (folder / "e-empty.txt").write_bytes(b"")
    for number in range(6):
        text = f"第{number}篇短文\n\n我們去圖書館借書。\n今天天气很好，第{number}次去了公园。\n"
        encoding = "gb18030" if number % 2 else "utf-8"
        (folder / f"f-{number}.txt").write_bytes(text.encode(encoding))
    return folder


def _import(
    path: Path, folder: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[object, ...]]:
    monkeypatch.setattr(importing, "worker_count", lambda files, search: workers)
    with Library(path, search=search_index, clock=lambda: 5.0) as library:
        progress = list(library.import_files([folder]))
        for step in progress:  # what each step says of its article is what the library then lists
            assert step.added is None or step.added.article == library.get(step.added.article.id)
        steps = [
            (
                step.done,
                step.total,
                Path(step.path).name,
                step.added.status if step.added else None,
                step.problem.params["cause"] if step.problem else None,
            )
            for step in progress
        ]
        records = [
            (r.path, r.content_hash, r.title, r.date, r.source, r.encoding, r.script, r.size)
            for r in sorted(library.articles(), key=lambda record: record.path)
        ]
        hits = {
            query: sorted((Path(hit.article.path).name, hit.snippet) for hit in library.search(query))
            for query in ("养老服务", "图书馆", "书", "公园 天气")
        }
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT a.path, s.title_norm, s.body_norm, s.title FROM articles a "
        "JOIN search_text s ON s.article_id = a.id ORDER BY 1"
    ).fetchall()
    conn.close()
    return [steps, records, hits, rows]


def test_workers_make_the_same_library_as_this_process(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _import(tmp_path / "here.db", folder, 0, monkeypatch)
    pooled = _import(tmp_path / "pooled.db", folder, 2, monkeypatch)
    assert pooled == here
    steps = here[0]
    assert [step[:2] for step in steps] == [(n, 11) for n in range(1, 12)]  # type: ignore[index]
    by_name = {step[2]: step[3:] for step in steps}  # type: ignore[index]
    assert by_name["d-news-again.html"] == (AddStatus.DUPLICATE, None)
    assert by_name["e-empty.txt"] == (None, "load.empty")
    assert len(here[1]) == 9  # type: ignore[arg-type]


def test_importing_again_through_workers_reads_nothing(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(tmp_path / "library.db", folder, 2, monkeypatch)
    read: list[Path | None] = []
    wanted = importing.Reader.want
    monkeypatch.setattr(
        importing.Reader, "want", lambda self, file: (read.append(file), wanted(self, file))[1]
    )
    with Library(tmp_path / "library.db", search=search_index) as library:
        statuses = {step.added.status for step in library.import_files([folder]) if step.added}
    assert statuses == {AddStatus.DUPLICATE}
    # Only the file that failed the first time is read again; the others are known by their hash.
    assert [file.name for file in read if file is not None] == ["e-empty.txt"]
    assert len(read) == 11


def test_cancel_stops_a_pooled_import_before_the_next_file(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "worker_count", lambda files, search: 2)
    stop = threading.Event()
    with Library(tmp_path / "library.db", search=search_index) as library:
        done = []
        for step in library.import_files([folder], cancel=stop):
            done.append(step.done)
            if step.done == 2:
                stop.set()
        assert done == [1, 2]
        assert len(library.articles()) == 2


def test_a_dead_worker_leaves_the_rest_to_this_process(folder: Path) -> None:
    files = sorted(path for path in folder.iterdir() if path.name.startswith("f-"))
    reader = importing.Reader(search_index, 2)
    try:
        for file in files:
            reader.want(file)
        first = reader.next()
        assert isinstance(first, importing.Reading)
        for process in list(reader._pool._processes.values()):  # type: ignore[union-attr]
            os.kill(process.pid, signal.SIGKILL)
        rest = [reader.next() for _ in files[1:]]
    finally:
        reader.close()
    assert [reading.title for reading in rest] == [f"第{n}篇短文" for n in range(1, 6)]  # type: ignore[union-attr]


def test_small_imports_and_fakes_use_no_workers() -> None:
    assert importing.worker_count(importing.POOL_MIN_FILES - 1, search_index) == 0
    assert importing.worker_count(10_000, object()) == 0
    expected = min(importing.WORKERS, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0
    assert importing.worker_count(10_000, search_index) == expected


@pytest.mark.parametrize("workers", [0, 2])
def test_a_library_indexed_by_an_older_search_is_indexed_again(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    path = tmp_path / "library.db"
    _import(path, folder, workers, monkeypatch)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'search_schema'")
    conn.execute("DELETE FROM search_text")
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.close()
    with Library(path, search=search_index) as library:
        assert library.problems == []
        assert {Path(hit.article.path).name for hit in library.search("图书馆")} == {
            f"f-{number}.txt" for number in range(6)
        }
        assert [Path(hit.article.path).name for hit in library.search("桂园街道")] == ["a-sample.html"]
    schema = sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'search_schema'").fetchone()
    assert schema == (str(search_index.SCHEMA_VERSION),)


def _import_from_process(path: str, folder: str) -> None:
    importing.POOL_MIN_FILES = 1  # a pool even for these few files
    with Library(path, search=search_index) as library:
        for _ in library.import_files([folder]):
            pass


def _bookmark_from_process(path: str, article_id: int, count: int) -> None:
    with Library(path, search=search_index) as library:
        for number in range(count):
            library.add_bookmark(article_id, Position(0, number), f"b{number}")


def test_a_pooled_import_and_another_process_writing_lose_nothing(tmp_path: Path, folder: Path) -> None:
    path = tmp_path / "library.db"
    with Library(path, search=search_index) as library:
        first = library.add(folder / "a-sample.html").article
    context = multiprocessing.get_context("spawn")
    count = 150
    workers = [
        context.Process(target=_import_from_process, args=(str(path), str(folder))),
        context.Process(target=_bookmark_from_process, args=(str(path), first.id, count)),
    ]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    with Library(path, search=search_index) as library:
        assert len(library.articles()) == 9
        assert {mark.note for mark in library.bookmarks(first.id)} == {f"b{n}" for n in range(count)}
        assert len(library.search("图书馆")) == 6


def test_linked_files_and_relative_folders_are_listed_at_their_real_paths(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder.parent / "elsewhere.txt"
    target.write_text("别处的文章\n\n链接指向这里。\n", encoding="utf-8")
    (folder / "g-link.txt").symlink_to(target)
    monkeypatch.chdir(folder.parent)
    with Library(tmp_path / "library.db", search=search_index) as library:
        steps = list(library.import_files([Path(folder.name) / ".." / folder.name]))
        paths = {record.path for record in library.articles()}
    assert len(steps) == 12
    expected = {path.resolve() for path in folder.iterdir()} - {
        folder / "d-news-again.html",
        folder / "e-empty.txt",
    }
    assert paths == {str(path) for path in expected}
    assert str(target.resolve()) in paths
