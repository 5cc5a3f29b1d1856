"""The library database's schema as named migration steps, and applying the missing ones.

``PRAGMA user_version`` is the number of steps applied. Each step runs inside the caller's transaction
(``BEGIN IMMEDIATE``), so a schema is either wholly upgraded or left as it was. A new step is appended,
never edited: a user's file may have stopped at any step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, script: str) -> None:
    # Statement by statement: ``executescript`` would commit the caller's transaction first.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_articles(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            date TEXT,
            source TEXT,
            encoding TEXT,
            script TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            added_at REAL NOT NULL,
            opened_at REAL,
            position_block INTEGER NOT NULL DEFAULT 0,
            position_offset INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX articles_by_hash ON articles (content_hash);
        CREATE INDEX articles_by_opened ON articles (opened_at);
        """,
    )


def _create_bookmarks(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            block INTEGER NOT NULL,
            "offset" INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL
        );
        CREATE INDEX bookmarks_by_article ON bookmarks (article_id);
        """,
    )


def _create_collections(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE article_collections (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, collection_id)
        );
        CREATE INDEX article_collections_by_collection ON article_collections (collection_id);
        """,
    )


def _create_meta(conn: sqlite3.Connection) -> None:
    # Key/value facts about the file itself, such as the search tables' schema version.
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


MIGRATIONS: tuple[Migration, ...] = (
    Migration("create_articles", _create_articles),
    Migration("create_bookmarks", _create_bookmarks),
    Migration("create_collections", _create_collections),
    Migration("create_meta", _create_meta),
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the steps ``conn``'s file has not had, in the caller's transaction; return their names.

    A file from a newer reader (a higher version) is left alone: its extra tables do not hurt us.
    """
    version = schema_version(conn)
    applied: list[str] = []
    for step in MIGRATIONS[version:]:
        step.apply(conn)
        applied.append(step.name)
    if applied:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return applied
