"""A library file that cannot be used: telling why, moving it aside, and salvaging what it listed.

1. :func:`fault_of` sorts an ``sqlite3`` error met while opening: ``"corrupt"`` (not a database,
   malformed), ``"locked"`` (still busy after the busy timeout), or None (anything else: a folder we
   may not write, a full disk; not the file's fault, so it is left alone).
2. :func:`move_aside` renames the file, and its ``-wal``/``-shm`` companions, to
   ``library.db.broken-<time>`` (a counter is added if that exists).
3. :func:`salvage` copies the moved file (and its write-ahead log) to a temporary folder and reads back
   whatever rows it still can, table by table: the paths it listed with their positions and times, the
   bookmarks and the collections. A lock held by another process is on the original file, not on the
   copy, so a locked library is salvaged whole; a damaged one gives what SQLite can still read.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

Fault = Literal["corrupt", "locked"]

_CORRUPT = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_COMPANIONS = ("-wal", "-shm", "-journal")


def fault_of(error: sqlite3.Error) -> Fault | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    base = name.split("_", 2)
    primary = "_".join(base[:2])  # SQLITE_BUSY_SNAPSHOT → SQLITE_BUSY
    if primary in _CORRUPT:
        return "corrupt"
    if primary in _LOCKED:
        return "locked"
    text = str(error).lower()
    if "malformed" in text or "not a database" in text:
        return "corrupt"
    if "locked" in text:
        return "locked"
    return None


def move_aside(path: Path, clock: Callable[[], datetime] = datetime.now) -> Path:
    """Rename ``path`` and its companions out of the way; return the new name. Raises OSError."""
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    path.replace(target)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if companion.exists():
                companion.replace(target.with_name(target.name + suffix))
    return target


@dataclass(slots=True)
class Salvaged:
    """What could be read from a broken library, keyed by article path."""

    articles: dict[str, tuple[float | None, float | None, int, int]] = field(default_factory=dict)
    """path → (added_at, opened_at, position block, position offset)."""
    bookmarks: dict[str, list[tuple[int, int, str, float]]] = field(default_factory=dict)
    """path → [(block, offset, note, created_at)]."""
    collections: dict[str, list[str]] = field(default_factory=dict)
    """path → collection names."""


def salvage(broken: Path) -> Salvaged:
    """Whatever rows of ``broken`` can still be read; never raises."""
    found = Salvaged()
    with tempfile.TemporaryDirectory(prefix="reader-library-") as folder:
        copy = Path(folder) / "salvage.db"
        try:
            shutil.copyfile(broken, copy)
        except OSError:
            return found
        with contextlib.suppress(OSError):
            wal = broken.with_name(broken.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
        except sqlite3.Error:
            return found
        try:
            _read_rows(conn, found)
        finally:
            conn.close()
    return found


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[tuple[object, ...]]:
    """The rows ``sql`` gives until the file stops giving them."""
    try:
        cursor = conn.execute(sql)
        while True:
            try:
                row = cursor.fetchone()
            except sqlite3.Error:
                return
            if row is None:
                return
            yield tuple(row)
    except sqlite3.Error:
        return


def _read_rows(conn: sqlite3.Connection, found: Salvaged) -> None:
    paths: dict[object, str] = {}
    for article_id, path, added, opened, block, offset in _rows(
        conn, "SELECT id, path, added_at, opened_at, position_block, position_offset FROM articles"
    ):
        if not isinstance(path, str):
            continue
        paths[article_id] = path
        found.articles[path] = (_real(added), _real(opened), _int(block), _int(offset))
    for article_id, block, offset, note, created in _rows(
        conn, 'SELECT article_id, block, "offset", note, created_at FROM bookmarks'
    ):
        if article_id in paths:
            found.bookmarks.setdefault(paths[article_id], []).append(
                (_int(block), _int(offset), note if isinstance(note, str) else "", _real(created) or 0.0)
            )
    for article_id, name in _rows(
        conn,
        "SELECT ac.article_id, c.name FROM article_collections ac "
        "JOIN collections c ON c.id = ac.collection_id",
    ):
        if article_id in paths and isinstance(name, str):
            found.collections.setdefault(paths[article_id], []).append(name)


def _real(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
