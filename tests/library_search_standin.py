"""A stand-in for ``reader.core.library.search`` while that module is not in this branch: same interface,
``instr`` over a plain table. :func:`search_module` gives the real module when it exists, else this one.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 1
REAL = "reader.core.library.search"


@dataclass(frozen=True)
class Hit:
    article_id: int
    rank: float
    snippet: str
    start: int
    end: int
    offset: int


def create(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS standin_text (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")


def index(conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None:
    conn.execute("INSERT OR REPLACE INTO standin_text VALUES (?, ?, ?)", (article_id, title, body))


def remove(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM standin_text WHERE id = ?", (article_id,))


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[Hit]:
    hits = []
    for article_id, title, body in conn.execute("SELECT id, title, body FROM standin_text ORDER BY id"):
        where = title.find(query)
        text, offset = (title, -1) if where >= 0 else (body, body.find(query))
        if where < 0 and offset < 0:
            continue
        at = where if where >= 0 else offset
        start = max(0, at - 20)
        hits.append(
            Hit(
                article_id,
                1.0,
                text[start : at + len(query) + 20],
                at - start,
                at - start + len(query),
                offset,
            )
        )
    return hits[:limit]


def search_module() -> Any:
    """The real search module if importable, else this stand-in (registered under the real name)."""
    try:
        return importlib.import_module(REAL)
    except ModuleNotFoundError:
        module = sys.modules[__name__]
        sys.modules[REAL] = module
        return module
