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
extracted (``reader.core.loading``, ``reader.core.extraction``), stored and indexed for search. Removing
an article never touches its file; a listed file that is gone is shown as missing, never an error.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, cast

from reader.core.errors import LoadError, ReaderError, unexpected_message
from reader.core.library import recovery
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
    def index(self, conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None: ...
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
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _check(conn)
            with _transaction(conn):
                migrate(conn)
                self._search.create(conn)
                stored = conn.execute("SELECT value FROM meta WHERE key = 'search_schema'").fetchone()
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_schema', ?)",
                    (str(self._search.SCHEMA_VERSION),),
                )
            if stored is not None and stored[0] != str(self._search.SCHEMA_VERSION):
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
        status, known = self._match(str(file), content_hash)
        if status is None and article is None:
            from reader.core.extraction import extract_file

            article = extract_file(file)
        with self._write() as conn:
            # Decided again inside the transaction: another reader may have added it meanwhile.
            status, known = self._match(str(file), content_hash)
            now = self._clock()
            if status is AddStatus.MOVED:
                conn.execute("UPDATE articles SET path = ? WHERE id = ?", (str(file), known))
            elif status is None or status is AddStatus.UPDATED:
                if article is None:
                    from reader.core.extraction import extract_file

                    article = extract_file(file)
                values = (
                    content_hash,
                    article.title,
                    article.date,
                    article.source,
                    article.encoding,
                    article.language,
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
                self._search.index(conn, known, article.title, article.text)
        assert known is not None
        record = self.get(known)
        assert record is not None
        return Added(status, record)

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
        be read is reported in its step as ``library.file_failed``; it never stops the import.
        """
        files = list(_article_files(paths))
        is_cancelled = cancel.is_set if isinstance(cancel, threading.Event) else cancel
        for done, file in enumerate(files, start=1):
            if is_cancelled is not None and is_cancelled():
                return
            try:
                yield ImportProgress(done, len(files), str(file), added=self.add(file))
            except LoadError as error:
                yield ImportProgress(done, len(files), str(file), problem=_failed(file, error.message))
            except (OSError, sqlite3.Error, ReaderError) as error:
                yield ImportProgress(
                    done, len(files), str(file), problem=_failed(file, unexpected_message(error))
                )

    def reindex(self) -> int:
        """Index every readable listed file again (the search tables changed); return how many."""
        count = 0
        for record in self.articles():
            if record.is_missing:
                continue
            from reader.core.extraction import extract_file

            try:
                article = extract_file(record.path)
            except LoadError:
                continue
            with self._write() as conn:
                self._search.index(conn, record.id, article.title, article.text)
            count += 1
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


def _article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for path in paths:
        given = Path(path)
        if given.is_dir():
            for root, folders, names in os.walk(given):
                folders.sort()
                # A saved page's "_files" folder holds its images and scripts, not articles.
                folders[:] = [name for name in folders if not name.endswith("_files")]
                for name in sorted(names):
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                        yield Path(root) / name
        else:
            yield given


def _failed(file: Path, cause: Message) -> Message:
    return message(
        "library.file_failed",
        "{path}: {detail}",
        path=str(file),
        cause=cause.code,
        detail=cause.english,
    )
