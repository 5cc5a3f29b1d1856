"""The library store on real SQLite files in ``tmp_path`` with real saved pages: adding, duplicates and
moved files, positions, bookmarks, collections, import with progress and cancel, and the faults (a
damaged or stuck file rebuilt, two processes writing at once)."""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from reader.core.library import AddStatus, Library, Position, default_path
from reader.core.library import search as search_index
from reader.core.library.migrations import MIGRATIONS, SCHEMA_VERSION
from reader.core.resources import sample_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extraction"
SAMPLE = sample_article()


@pytest.fixture
def search() -> Any:
    return search_index


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    """Three real saved pages (the bundled sample and two fixtures) copied into their own folder."""
    folder = tmp_path / "pages"
    folder.mkdir()
    copies = []
    for source in (SAMPLE, FIXTURES / "news.html", FIXTURES / "notes.txt"):
        copies.append(Path(shutil.copy(source, folder / source.name)))
    return copies


def open_library(tmp_path: Path, search: Any, **options: Any) -> Library:
    return Library(tmp_path / "library.db", search=search, **options)


def test_new_file_has_the_schema_in_wal_mode(tmp_path: Path, search: Any) -> None:
    with open_library(tmp_path, search) as library:
        assert library.problems == []
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "bookmarks", "collections", "article_collections", "meta"} <= tables


def test_an_older_file_is_migrated_keeping_its_rows(tmp_path: Path, search: Any) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0].apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (path, content_hash, title, added_at) VALUES ('/gone.html', 'x', '旧文', 1.0)"
    )
    conn.close()
    with Library(path, search=search) as library:
        [old] = library.articles()
        assert (old.title, old.is_missing) == ("旧文", True)
        library.add_bookmark(old.id, Position(1, 2), "之后的表")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_data_dir_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "library.db"


def test_added_article_keeps_its_metadata(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    with open_library(tmp_path, search, clock=lambda: 1000.0) as library:
        added = library.add(pages[0])
        record = added.article
        assert added.status is AddStatus.ADDED
        assert record.path == str(pages[0].resolve())
        assert record.title == "青溪区首家街道综合养老服务中心在桂园街道投入运营"
        assert record.date is not None
        assert record.source
        assert record.encoding == "utf-8"
        assert record.script == "zh-Hans"
        assert record.size == pages[0].stat().st_size
        assert record.content_hash == hashlib.sha256(pages[0].read_bytes()).hexdigest()
        assert (record.added_at, record.opened_at, record.is_missing) == (1000.0, None, False)
        assert [hit.article.id for hit in library.search("养老服务")] == [record.id]


def test_same_bytes_again_are_a_duplicate(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    with open_library(tmp_path, search) as library:
        first = library.add(pages[0]).article
        assert library.add(pages[0]).status is AddStatus.DUPLICATE
        copy = Path(shutil.copy(pages[0], tmp_path / "copy.html"))
        again = library.add(copy)
        assert (again.status, again.article.id, again.article.path) == (
            AddStatus.DUPLICATE,
            first.id,
            first.path,
        )
        assert len(library.articles()) == 1


def test_moved_file_is_found_again_with_its_position_and_bookmarks(
    tmp_path: Path, search: Any, pages: list[Path]
) -> None:
    with open_library(tmp_path, search) as library:
        record = library.add(pages[1]).article
        library.set_position(record.id, Position(3, 7))
        library.add_bookmark(record.id, Position(2, 0), "重点")
        moved = tmp_path / "elsewhere" / "新闻.html"
        moved.parent.mkdir()
        pages[1].rename(moved)
        assert library.get(record.id).is_missing  # type: ignore[union-attr]
        again = library.add(moved)
        assert (again.status, again.article.id) == (AddStatus.MOVED, record.id)
        assert again.article.path == str(moved.resolve())
        assert not again.article.is_missing
        assert again.article.position == Position(3, 7)
        assert [mark.note for mark in library.bookmarks(record.id)] == ["重点"]


def test_changed_file_is_updated_in_place(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    with open_library(tmp_path, search) as library:
        record = library.add(pages[2]).article
        pages[2].write_text("新的标题\n\n完全不同的正文，讲的是桂花。\n", encoding="utf-8")
        again = library.add(pages[2])
        assert (again.status, again.article.id, again.article.title) == (
            AddStatus.UPDATED,
            record.id,
            "新的标题",
        )
        assert [hit.article.id for hit in library.search("桂花")] == [record.id]


def test_vanished_file_is_listed_as_missing(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    with open_library(tmp_path, search) as library:
        for page in pages:
            library.add(page)
        pages[0].unlink()
        missing = {record.path: record.is_missing for record in library.articles()}
    assert missing == {str(page.resolve()): page == pages[0] for page in pages}


def test_remove_leaves_the_file_alone(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    with open_library(tmp_path, search) as library:
        record = library.add(pages[0]).article
        library.add_bookmark(record.id, Position(0, 0))
        library.add_to_collection(record.id, "养老")
        assert library.remove(record.id)
        assert not library.remove(record.id)
        assert library.articles() == []
        assert library.search("养老服务") == []
        assert library.collections() == []
    assert pages[0].read_bytes() == SAMPLE.read_bytes()


def test_positions_recent_bookmarks_and_collections(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    times = iter(float(second) for second in range(100, 200))
    with open_library(tmp_path, search, clock=lambda: next(times)) as library:
        first, second, third = (library.add(page).article for page in pages)
        library.mark_opened(second.id)
        library.mark_opened(first.id)
        assert [record.id for record in library.recent()] == [first.id, second.id]
        library.set_position(first.id, Position(12, 34))
        assert library.get(first.id).position == Position(12, 34)  # type: ignore[union-attr]
        late = library.add_bookmark(first.id, Position(5, 1), "第二处")
        early = library.add_bookmark(first.id, Position(2, 9), "第一处")
        assert library.bookmarks(first.id) == [early, late]
        assert library.remove_bookmark(early.id)
        assert library.bookmarks(first.id) == [late]
        library.add_to_collection(first.id, "民生")
        library.add_to_collection(third.id, "民生")
        library.add_to_collection(first.id, "收藏")
        library.add_to_collection(first.id, "收藏")
        assert library.collections() == sorted(["民生", "收藏"])
        assert library.get(first.id).collections == tuple(sorted(["民生", "收藏"]))  # type: ignore[union-attr]
        assert {record.id for record in library.in_collection("民生")} == {first.id, third.id}
        library.remove_from_collection(third.id, "民生")
        assert [record.id for record in library.in_collection("民生")] == [first.id]
        exported = library.export()
    [entry] = [item for item in exported["articles"] if item["id"] == first.id]  # type: ignore[attr-defined]
    assert entry["position"] == {"block": 12, "offset": 34}
    assert [mark["note"] for mark in entry["bookmarks"]] == ["第二处"]


def test_import_a_folder_with_progress_skipping_and_errors(tmp_path: Path, search: Any) -> None:
    folder = tmp_path / "saved"
    shutil.copytree(SAMPLE.parent, folder)  # the sample, its _files folder of images, a notice
    (folder / "empty.html").write_bytes(b"")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "sub").mkdir()
    shutil.copy(FIXTURES / "news.html", folder / "sub" / "news.htm")
    with open_library(tmp_path, search) as library:
        steps = list(library.import_files([folder]))
        assert [(step.done, step.total) for step in steps] == [(n, 4) for n in range(1, 5)]
        problems = [step.problem for step in steps if step.problem is not None]
        assert [(p.code, p.params["cause"], Path(str(p.params["path"])).name) for p in problems] == [
            ("library.file_failed", "load.empty", "empty.html")
        ]
        assert len(library.articles()) == 3
        again = list(library.import_files([folder]))
        assert {step.added.status for step in again if step.added} == {AddStatus.DUPLICATE}


def test_import_stops_when_cancelled(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    stop = threading.Event()
    with open_library(tmp_path, search) as library:
        done = []
        for step in library.import_files([pages[0].parent], cancel=stop):
            done.append(step.done)
            stop.set()
        assert done == [1]
        assert len(library.articles()) == 1
        assert list(library.import_files(pages, cancel=lambda: True)) == []


def _damage_index(path: Path) -> None:
    """Overwrite the page of the articles' hash index: the table itself stays readable."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles_by_hash'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xff" * page_size)


def test_damaged_file_is_moved_aside_and_rebuilt_from_its_files(
    tmp_path: Path, search: Any, pages: list[Path]
) -> None:
    with open_library(tmp_path, search) as library:
        ids = {page: library.add(page).article.id for page in pages}
        library.set_position(ids[pages[0]], Position(4, 2))
        library.add_bookmark(ids[pages[0]], Position(1, 1), "留着")
        library.add_to_collection(ids[pages[1]], "新闻")
    pages[2].unlink()
    _damage_index(tmp_path / "library.db")
    with open_library(tmp_path, search) as library:
        [problem] = library.problems
        assert problem.code == "library.rebuilt"
        assert (problem.params["reason"], problem.params["restored"], problem.params["listed"]) == (
            "corrupt",
            2,
            3,
        )
        assert (tmp_path / str(problem.params["kept_as"])).is_file()
        assert str(problem.params["kept_as"]).startswith("library.db.broken-")
        by_path = {record.path: record for record in library.articles()}
        assert set(by_path) == {str(pages[0].resolve()), str(pages[1].resolve())}
        first = by_path[str(pages[0].resolve())]
        assert first.position == Position(4, 2)
        assert [mark.note for mark in library.bookmarks(first.id)] == ["留着"]
        assert by_path[str(pages[1].resolve())].collections == ("新闻",)
        assert library.search("养老服务")
    with open_library(tmp_path, search) as library:
        assert library.problems == []


def test_file_that_is_not_a_database_gives_an_empty_library(tmp_path: Path, search: Any) -> None:
    (tmp_path / "library.db").write_bytes("不是数据库".encode() * 500)
    with open_library(tmp_path, search) as library:
        [problem] = library.problems
        assert (problem.code, problem.params["reason"], problem.params["listed"]) == (
            "library.rebuilt",
            "corrupt",
            0,
        )
        assert library.articles() == []
    assert len(list(tmp_path.glob("library.db.broken-*"))) == 1


def test_file_that_stays_locked_is_moved_aside_and_rebuilt(
    tmp_path: Path, search: Any, pages: list[Path]
) -> None:
    with open_library(tmp_path, search) as library:
        library.add(pages[0])
    holder = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE articles SET position_block = 9")
    holder.execute("COMMIT")  # in exclusive mode the lock stays after the commit
    try:
        with open_library(tmp_path, search, busy_timeout=0.2) as library:
            [problem] = library.problems
            assert (problem.code, problem.params["reason"], problem.params["restored"]) == (
                "library.rebuilt",
                "locked",
                1,
            )
            [record] = library.articles()
            assert record.position.block == 9
    finally:
        holder.close()


def test_unusable_folder_falls_back_to_memory(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with Library(blocker / "library.db", search=search) as library:
        [problem] = library.problems
        assert problem.code == "library.unavailable"
        assert library.add(pages[0]).status is AddStatus.ADDED


def _write_from_process(path: str, page: str, worker: int, count: int) -> None:
    with Library(path, search=search_index) as library:
        record = library.add(page).article
        for number in range(count):
            library.add_bookmark(record.id, Position(worker, number), f"{worker}-{number}")
            library.add_to_collection(record.id, f"c{worker}-{number % 5}")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path, search: Any, pages: list[Path]) -> None:
    path = tmp_path / "library.db"
    Library(path, search=search).close()
    context = multiprocessing.get_context("spawn")
    count = 150
    workers = [
        context.Process(target=_write_from_process, args=(str(path), str(pages[worker]), worker, count))
        for worker in (0, 1)
    ]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    with Library(path, search=search) as library:
        assert library.problems == []
        assert len(library.articles()) == 2
        notes = {mark.note for record in library.articles() for mark in library.bookmarks(record.id)}
        assert notes == {f"{worker}-{number}" for worker in (0, 1) for number in range(count)}
        assert len(library.collections()) == 10
