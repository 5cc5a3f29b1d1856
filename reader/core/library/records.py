"""What the library hands out: plain frozen records of articles, positions, bookmarks and import progress.

Times are seconds since the epoch (UTC, as ``time.time`` gives them); positions are a display block's
index and a code-point offset inside that block, so they survive 简繁 conversion and restyling.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from reader.core.messages import Message


@dataclass(frozen=True, slots=True)
class Position:
    """Where reading stopped: block ``block``, ``offset`` code points into it."""

    block: int = 0
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: int
    article_id: int
    position: Position
    note: str
    created_at: float


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article of the library as listed; ``is_missing`` is computed when listed (file not there)."""

    id: int
    path: str
    content_hash: str
    """SHA-256 of the file's bytes, hex."""
    title: str
    date: str | None
    source: str | None
    encoding: str | None
    script: str | None
    """The article's language tag (``zh-Hans``/``zh-Hant`` when the script is known)."""
    size: int
    added_at: float
    opened_at: float | None
    position: Position
    collections: tuple[str, ...]
    is_missing: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": self.path,
            "sha256": self.content_hash,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "encoding": self.encoding,
            "script": self.script,
            "size": self.size,
            "added_at": self.added_at,
            "opened_at": self.opened_at,
            "position": {"block": self.position.block, "offset": self.position.offset},
            "collections": list(self.collections),
            "missing": self.is_missing,
        }


class AddStatus(enum.StrEnum):
    """What adding a file did."""

    ADDED = "added"
    DUPLICATE = "duplicate"
    """The same bytes are already in the library (at this path, or at another that still exists)."""
    MOVED = "moved"
    """The same bytes were listed at a path that is gone: the article's path was updated."""
    UPDATED = "updated"
    """The file at a listed path changed: re-read and re-indexed, position and bookmarks kept."""


@dataclass(frozen=True, slots=True)
class Added:
    status: AddStatus
    article: ArticleRecord


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """One step of an import: ``done`` of ``total`` files handled, and what became of ``path``.

    Exactly one of ``added`` and ``problem`` is set.
    """

    done: int
    total: int
    path: str
    added: Added | None = None
    problem: Message | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A search hit with its article: ``snippet[start:end]`` is the hit; ``offset`` its place in the body
    (-1 when the hit is in the title)."""

    article: ArticleRecord
    rank: float
    snippet: str
    start: int
    end: int
    offset: int
