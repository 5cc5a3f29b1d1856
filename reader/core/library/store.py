"""The library: one SQLite file of saved articles, their reading positions, bookmarks and collections.

The file is ``library.db`` in the platform data dir (``READER_DATA_DIR`` overrides it). It runs in WAL
mode with a busy timeout, so two running readers share it; every write is one ``BEGIN IMMEDIATE``
transaction, so a write is whole or absent and neither process loses the other's.

Opening (:class:`Library`):

1. Connect, switch to WAL, apply the missing migrations (``migrations``) and create the search tables
   (``reader.core.library.search``), all in one transaction.
2. If the file is damaged, or stays locked past the busy timeout, it is moved aside as
   ``library.db.broken-<time>`` and a new one is built from the files it listed that can still be read,
   with their positions, bookmarks and collections (``recovery``); :attr:`Library.problems` says so.
3. If it cannot be opened at all (a folder we may not write), the session uses a library in memory and
   :attr:`Library.problems` says that instead.

Adding a file (:meth:`Library.add`) hashes its bytes first: the same bytes at a listed path are a
duplicate, at a path that is gone a moved file (its path is updated), otherwise it is loaded and
extracted (``reader.core.loading``, ``reader.core.extraction``), stored and indexed for search. An import
(:meth:`Library.import_files`) does the same file by file, in order, one transaction each, while a pool
of worker processes reads (extracts and prepares for the index) the next files ahead of it
(``importing``). Removing an article never touches its file; a listed file that is gone is shown as
missing, never an error.

Problems are :class:`~reader.core.messages.Message` s: ``library.rebuilt`` (``path``, ``kept_as``,
``reason``: ``corrupt`` or ``locked``, ``restored``, ``listed``), ``library.unavailable`` (``path``,
``detail``), and per file of an import ``library.file_failed`` (``path``, ``cause``: the load code,
``detail``).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, cast

from reader.core.errors import LoadError, ReaderError, unexpected_message
from reader.core.library import importing, recovery
from reader.core.library.migrations import migrate
from reader.core.library.records import (
    Added,
    AddStatus,
    ArticleRecord,
    Bookmark,
    ImportProgress,
    Position,
    SearchResult,
)
from reader.core.messages import Message, message

if TYPE_CHECKING:
    from reader.core.document import Article

FILE_NAME = "library.db"
ARTICLE_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".text", ".pdf", ".docx", ".ofd", ".epub"}
)
"""Files an import takes; anything else in a folder is skipped without a word."""
PAGE_SIZE = 8192
"""Bytes per database page of a new library file."""
DEFAULT_BUSY_TIMEOUT = 10.0
"""Seconds a write waits for the other reader's write before the file counts as stuck."""


class Hit(Protocol):
    """A search hit as ``reader.core.library.search`` returns it."""

    @property
    def article_id(self) -> int: ...
    @property
    def rank(self) -> float: ...
    @property
    def snippet(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def offset(self) -> int: ...


class SearchIndex(Protocol):
    """The full-text index the library keeps in the same file (``reader.core.library.search``)."""

    SCHEMA_VERSION: int

    def create(self, conn: sqlite3.Connection) -> None: ...
    def drop(self, conn: sqlite3.Connection) -> None: ...
    def index(self, conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None: ...
    def prepare(self, title: str, body: str) -> Any: ...
    def store(self, conn: sqlite3.Connection, article_id: int, prepared: Any) -> None: ...
    def remove(self, conn: sqlite3.Connection, article_id: int) -> None: ...
    def search(self, conn: sqlite3.Connection, query: str, limit: int = 50) -> Sequence[Hit]: ...


def data_dir() -> Path:
    """Where the reader keeps its data: ``READER_DATA_DIR`` (tests set it) or the platform's."""
    override = os.environ.get("READER_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("accessible-reader"))


def default_path() -> Path:
    return data_dir() / FILE_NAME


def _default_search() -> SearchIndex:
    # Imported when first needed: listing and positions do not need the tokenizer's module.
    return cast(SearchIndex, importlib.import_module("reader.core.library.search"))


Cancel = Callable[[], bool] | threading.Event


class Library:
    """The library file, open. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        search: SearchIndex | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._search = search if search is not None else _default_search()
        self._busy_timeout = busy_timeout
        self._clock = clock
        self.problems: list[Message] = []
        self._conn = self._open()

    # --- opening ----------------------------------------------------------------------------------

    def _connect(self, target: str | Path) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=self._busy_timeout, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            # Only a new file takes it: writing the search index of 10,000 articles costs a third less
            # than on the default 4096-byte pages.
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _check(conn)
            with _transaction(conn):
                migrate(conn)
                stored = conn.execute("SELECT value FROM meta WHERE key = 'search_schema'").fetchone()
                changed = stored is not None and stored[0] != str(self._search.SCHEMA_VERSION)
                if changed:
                    # The old tokens cannot be taken out of a contentless table by the new ones.
                    self._search.drop(conn)
                self._search.create(conn)
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_schema', ?)",
                    (str(self._search.SCHEMA_VERSION),),
                )
            if changed:
                self._conn = conn
                self.reindex()
        except BaseException:
            conn.close()
            raise
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect(self.path)
        except sqlite3.Error as error:
            fault = recovery.fault_of(error)
            if fault is None:
                return self._in_memory(error)
            return self._rebuild(fault)
        except OSError as error:
            return self._in_memory(error)

    def _in_memory(self, error: BaseException) -> sqlite3.Connection:
        self.problems.append(
            message(
                "library.unavailable",
                "The library {path} could not be opened ({detail}); this session keeps its library in "
                "memory.",
                path=str(self.path),
                detail=str(error),
            )
        )
        return self._connect(":memory:")

    def _rebuild(self, fault: recovery.Fault) -> sqlite3.Connection:
        try:
            kept = recovery.move_aside(self.path, lambda: datetime.fromtimestamp(self._clock()))
        except OSError as error:
            return self._in_memory(error)
        salvaged = recovery.salvage(kept)
        try:
            self._conn = self._connect(self.path)
        except (sqlite3.Error, OSError) as error:
            return self._in_memory(error)
        restored = 0
        for path, (added, opened, block, offset) in salvaged.articles.items():
            try:
                result = self.add(path)
            except ReaderError:
                continue
            restored += 1
            article_id = result.article.id
            with self._write() as conn:
                conn.execute(
                    "UPDATE articles SET added_at = COALESCE(?, added_at), opened_at = ?, "
                    "position_block = ?, position_offset = ? WHERE id = ?",
                    (added, opened, block, offset, article_id),
                )
                for b_block, b_offset, note, created in salvaged.bookmarks.get(path, []):
                    conn.execute(
                        'INSERT INTO bookmarks (article_id, block, "offset", note, created_at) '
                        "VALUES (?, ?, ?, ?, ?)",
                        (article_id, b_block, b_offset, note, created),
                    )
                for name in salvaged.collections.get(path, []):
                    _add_to_collection(conn, article_id, name)
        why = "it was damaged" if fault == "corrupt" else "it stayed locked by another program"
        self.problems.append(
            message(
                "library.rebuilt",
                "The library {path} could not be used (" + why + "); it was kept as {kept_as} and "
                "rebuilt from {restored} of the {listed} files it listed.",
                path=str(self.path),
                kept_as=kept.name,
                reason=fault,
                restored=restored,
                listed=len(salvaged.articles),
            )
        )
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with _transaction(self._conn):
            yield self._conn

    # --- adding ------------------------------------------------------------------------------------

    def add(self, path: str | Path, article: Article | None = None) -> Added:
        """Add the file at ``path`` (or recognise it); ``article``: its extraction when the caller has it.

        Raises :class:`~reader.core.errors.LoadError` when the file cannot be read or extracted.
        """
        file = Path(path).resolve()
        content_hash, size = _hash(file)
        status, _ = self._match(str(file), content_hash)
        reading = None
        if article is not None:
            reading = importing.Reading(
                article.title,
                article.date,
                article.source,
                article.encoding,
                article.language,
                self._search.prepare(article.title, article.text),
            )
        elif status is None:
            reading = self._read(file)
        return self._store(file, content_hash, size, reading)

    def _read(self, file: Path) -> importing.Reading:
        found = importing.read(file, self._search)
        if isinstance(found, importing.Failed):
            raise LoadError(file, found.cause)
        return found

    def _store(self, file: Path, content_hash: str, size: int, reading: importing.Reading | None) -> Added:
        """Write what adding ``file`` is, in one transaction; ``reading``: the file read, when it was."""
        with self._write() as conn:
            # Decided again inside the transaction: another reader may have added it meanwhile.
            status, known = self._match(str(file), content_hash)
            now = self._clock()
            if status is AddStatus.MOVED:
                conn.execute("UPDATE articles SET path = ? WHERE id = ?", (str(file), known))
            elif status is None or status is AddStatus.UPDATED:
                if reading is None:
                    reading = self._read(file)
                values = (
                    content_hash,
                    reading.title,
                    reading.date,
                    reading.source,
                    reading.encoding,
                    reading.language,
                    size,
                )
                if status is AddStatus.UPDATED:
                    conn.execute(
                        "UPDATE articles SET content_hash = ?, title = ?, date = ?, source = ?, "
                        "encoding = ?, script = ?, size = ? WHERE id = ?",
                        (*values, known),
                    )
                else:
                    cursor = conn.execute(
                        "INSERT INTO articles (content_hash, title, date, source, encoding, script, size, "
                        "path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, str(file), now),
                    )
                    known = int(cursor.lastrowid or 0)
                    status = AddStatus.ADDED
                assert known is not None
                self._search.store(conn, known, reading.prepared)
                if status is AddStatus.ADDED:
                    # All of a new row is known here: no query to read it back (an import adds thousands).
                    record = ArticleRecord(
                        known,
                        str(file),
                        content_hash,
                        reading.title,
                        reading.date,
                        reading.source,
                        reading.encoding,
                        reading.language,
                        size,
                        now,
                        None,
                        Position(),
                        (),
                        False,
                    )
                    return Added(status, record)
        assert known is not None
        found = self.get(known)
        assert found is not None
        return Added(status, found)

    def _match(self, path: str, content_hash: str) -> tuple[AddStatus | None, int | None]:
        """What adding these bytes at ``path`` is, and the listed article it concerns (None: new)."""
        row = self._conn.execute("SELECT id, content_hash FROM articles WHERE path = ?", (path,)).fetchone()
        if row is not None:
            return (AddStatus.DUPLICATE if row[1] == content_hash else AddStatus.UPDATED), int(row[0])
        same = self._conn.execute(
            "SELECT id, path FROM articles WHERE content_hash = ? ORDER BY id", (content_hash,)
        ).fetchall()
        for article_id, other in same:
            if Path(other).is_file():
                return AddStatus.DUPLICATE, int(article_id)
        if same:
            return AddStatus.MOVED, int(same[0][0])
        return None, None

    def import_files(
        self, paths: Iterable[str | Path], cancel: Cancel | None = None
    ) -> Iterator[ImportProgress]:
        """Add files and the article files inside folders, yielding progress after each file.

        Stops before the next file once ``cancel`` (a callable or an Event) says so. A file that cannot
        be read is reported in its step as ``library.file_failed``; it never stops the import. Files are
        written one at a time, in order; a large import reads them ahead in worker processes
        (``importing``).
        """
        found = list(_article_files(paths))
        files = [file for file, _ in found]
        is_cancelled = cancel.is_set if isinstance(cancel, threading.Event) else cancel
        reader = importing.Reader(self._search, importing.worker_count(len(files), self._search))
        # Per file asked for: its resolved path, hash and size, or why it has none.
        asked: deque[tuple[Path, str, int] | Message] = deque()
        try:
            for done, file in enumerate(files, start=1):
                if is_cancelled is not None and is_cancelled():
                    return
                while reader.wanted < reader.ahead and done - 1 + reader.wanted < len(files):
                    asked.append(self._ask(reader, *found[done - 1 + reader.wanted]))
                hashed = asked.popleft()
                try:
                    reading = reader.next()
                    if isinstance(hashed, Message):
                        problem = hashed
                    elif isinstance(reading, importing.Failed):
                        problem = reading.cause
                    else:
                        added = self._store(*hashed, reading)
                        yield ImportProgress(done, len(files), str(file), added=added)
                        continue
                except LoadError as error:
                    problem = error.message
                except (OSError, sqlite3.Error, ReaderError) as error:
                    problem = unexpected_message(error)
                yield ImportProgress(done, len(files), str(file), problem=_failed(file, problem))
        finally:
            reader.close()

    def _ask(
        self, reader: importing.Reader, file: Path, real: Path | None
    ) -> tuple[Path, str, int] | Message:
        """Hash ``file`` and have it read if adding it needs its article: (path, hash, size), or why not.

        ``real``: its resolved path if known (it is not when the file itself is a link).
        """
        try:
            resolved = real if real is not None and not real.is_symlink() else file.resolve()
            content_hash, size = _hash(resolved)
            status, _ = self._match(str(resolved), content_hash)
        except LoadError as error:
            reader.want(None)
            return error.message
        except (OSError, sqlite3.Error, ReaderError) as error:
            reader.want(None)
            return unexpected_message(error)
        reader.want(resolved if status is None or status is AddStatus.UPDATED else None)
        return resolved, content_hash, size

    def reindex(self) -> int:
        """Index every readable listed file again (the search tables changed); return how many.

        Like an import, a large library is read ahead in worker processes (``importing``).
        """
        records = [record for record in self.articles() if not record.is_missing]
        reader = importing.Reader(self._search, importing.worker_count(len(records), self._search))
        count = 0
        try:
            for done, record in enumerate(records):
                while reader.wanted < reader.ahead and done + reader.wanted < len(records):
                    reader.want(Path(records[done + reader.wanted].path))
                reading = reader.next()
                if not isinstance(reading, importing.Reading):
                    continue
                with self._write() as conn:
                    self._search.store(conn, record.id, reading.prepared)
                count += 1
        finally:
            reader.close()
        return count

    # --- reading -----------------------------------------------------------------------------------

    def get(self, article_id: int) -> ArticleRecord | None:
        found = self._records("WHERE a.id = ?", (article_id,))
        return found[0] if found else None

    def find(self, path: str | Path) -> ArticleRecord | None:
        found = self._records("WHERE a.path = ?", (str(Path(path).resolve()),))
        return found[0] if found else None

    def articles(self) -> list[ArticleRecord]:
        """Every article, most recently added first."""
        return self._records("ORDER BY a.added_at DESC, a.id DESC", ())

    def recent(self, limit: int = 20) -> list[ArticleRecord]:
        """ "Continue reading": articles opened, most recent first."""
        return self._records("WHERE a.opened_at IS NOT NULL ORDER BY a.opened_at DESC LIMIT ?", (limit,))

    def in_collection(self, name: str) -> list[ArticleRecord]:
        return self._records(
            "WHERE a.id IN (SELECT ac.article_id FROM article_collections ac JOIN collections c "
            "ON c.id = ac.collection_id WHERE c.name = ?) ORDER BY a.title",
            (name,),
        )

    def _records(self, tail: str, params: tuple[object, ...]) -> list[ArticleRecord]:
        rows = self._conn.execute(
            "SELECT a.id, a.path, a.content_hash, a.title, a.date, a.source, a.encoding, a.script, a.size, "
            "a.added_at, a.opened_at, a.position_block, a.position_offset, "
            "(SELECT group_concat(name, char(31)) FROM (SELECT c.name FROM article_collections ac "
            "JOIN collections c ON c.id = ac.collection_id WHERE ac.article_id = a.id ORDER BY c.name)) "
            f"FROM articles a {tail}",
            params,
        ).fetchall()
        return [
            ArticleRecord(
                id=row[0],
                path=row[1],
                content_hash=row[2],
                title=row[3],
                date=row[4],
                source=row[5],
                encoding=row[6],
                script=row[7],
                size=row[8],
                added_at=row[9],
                opened_at=row[10],
                position=Position(row[11], row[12]),
                collections=tuple(row[13].split("\x1f")) if row[13] else (),
                is_missing=not Path(row[1]).is_file(),
            )
            for row in rows
        ]

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        """Articles whose title or body holds ``query``, best first (``reader.core.library.search``)."""
        hits = self._search.search(self._conn, query, limit)
        results: list[SearchResult] = []
        for hit in hits:
            record = self.get(hit.article_id)
            if record is not None:
                results.append(SearchResult(record, hit.rank, hit.snippet, hit.start, hit.end, hit.offset))
        return results

    def bookmarks(self, article_id: int) -> list[Bookmark]:
        rows = self._conn.execute(
            'SELECT id, article_id, block, "offset", note, created_at FROM bookmarks WHERE article_id = ? '
            'ORDER BY block, "offset", id',
            (article_id,),
        ).fetchall()
        return [Bookmark(row[0], row[1], Position(row[2], row[3]), row[4], row[5]) for row in rows]

    def collections(self) -> list[str]:
        return [row[0] for row in self._conn.execute("SELECT name FROM collections ORDER BY name")]

    # --- changing ----------------------------------------------------------------------------------

    def mark_opened(self, article_id: int) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET opened_at = ? WHERE id = ?", (self._clock(), article_id))

    def set_position(self, article_id: int, position: Position) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE articles SET position_block = ?, position_offset = ? WHERE id = ?",
                (position.block, position.offset, article_id),
            )

    def add_bookmark(self, article_id: int, position: Position, note: str = "") -> Bookmark:
        created = self._clock()
        with self._write() as conn:
            cursor = conn.execute(
                'INSERT INTO bookmarks (article_id, block, "offset", note, created_at) '
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, position.block, position.offset, note, created),
            )
        return Bookmark(int(cursor.lastrowid or 0), article_id, position, note, created)

    def remove_bookmark(self, bookmark_id: int) -> bool:
        with self._write() as conn:
            return conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount > 0

    def add_to_collection(self, article_id: int, name: str) -> None:
        with self._write() as conn:
            _add_to_collection(conn, article_id, name)

    def remove_from_collection(self, article_id: int, name: str) -> None:
        with self._write() as conn:
            conn.execute(
                "DELETE FROM article_collections WHERE article_id = ? AND collection_id = "
                "(SELECT id FROM collections WHERE name = ?)",
                (article_id, name),
            )
            conn.execute(
                "DELETE FROM collections WHERE name = ? AND id NOT IN "
                "(SELECT collection_id FROM article_collections)",
                (name,),
            )

    def remove(self, article_id: int) -> bool:
        """Take an article out of the library (its bookmarks too); its file is left alone."""
        with self._write() as conn:
            if conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
                return False
            self._search.remove(conn, article_id)
            conn.execute(
                "DELETE FROM collections WHERE id NOT IN (SELECT collection_id FROM article_collections)"
            )
        return True

    def export(self) -> dict[str, object]:
        """Everything the library knows, JSON-ready (no article text: that stays in the files)."""
        articles = []
        for record in self.articles():
            data = record.to_json()
            data["bookmarks"] = [
                {
                    "block": mark.position.block,
                    "offset": mark.position.offset,
                    "note": mark.note,
                    "created_at": mark.created_at,
                }
                for mark in self.bookmarks(record.id)
            ]
            articles.append(data)
        return {"format": "reader-library", "version": 1, "articles": articles}


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a transaction never
    # fails half-way because the other reader wrote between our read and our write.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


_OWN_TABLES = ("articles", "bookmarks", "collections", "article_collections")


def _check(conn: sqlite3.Connection) -> None:
    """Raise a "malformed" error if the store's own tables are damaged.

    Only those tables, not the whole file: checking every page of a large library would cost the
    window's start its budget, and the search tables can always be rebuilt from the files.
    """
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in _OWN_TABLES:
        if table in present:
            verdict = conn.execute(f"PRAGMA quick_check({table})").fetchall()
            if verdict != [("ok",)]:
                raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict[0][0]}")


def _add_to_collection(conn: sqlite3.Connection, article_id: int, name: str) -> None:
    conn.execute("INSERT OR IGNORE INTO collections (name) VALUES (?)", (name,))
    conn.execute(
        "INSERT OR IGNORE INTO article_collections (article_id, collection_id) "
        "SELECT ?, id FROM collections WHERE name = ?",
        (article_id, name),
    )


def _hash(file: Path) -> tuple[str, int]:
    """SHA-256 of the file's bytes and their count; raises LoadError as loading would."""
    from reader.core.loading import load

    try:
        with file.open("rb") as stream:
            digest = hashlib.file_digest(stream, "sha256")
            size = stream.tell()
    except (OSError, ValueError):
        load(file)  # says why in the loader's words (missing, a folder, permission…)
        raise
    return digest.hexdigest(), size


def _article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path | None]]:
    """Each article file as given or found, with its resolved path when that is known without asking."""
    for path in paths:
        given = Path(path)
        if given.is_dir():
            real = given.resolve()
            for root, folders, names in os.walk(given):
                folders.sort()
                # A saved page's "_files" folder holds its images and scripts, not articles.
                folders[:] = [name for name in folders if not name.endswith("_files")]
                # The walk does not enter linked folders, so below the resolved top only a file
                # itself can be a link (resolved when its turn comes).
                real_root = real / os.path.relpath(root, given)
                for name in sorted(names):
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                        yield Path(root) / name, real_root / name
        else:
            yield given, None


def _failed(file: Path, cause: Message) -> Message:
    return message(
        "library.file_failed",
        "{path}: {detail}",
        path=str(file),
        cause=cause.code,
        detail=cause.english,
    )
