"""The library of saved articles: the SQLite store and its schema, and Chinese full-text search over it.

- ``store``: :class:`Library`, the file (``library.db`` in the data dir), adding and importing articles
  (duplicates and moved files recognised by content hash), reading positions, bookmarks, collections,
  removal, export, and recovery from a damaged or stuck file (``recovery``);
- ``migrations``: the schema as named steps, versioned by ``PRAGMA user_version``;
- ``records``: the frozen records it hands out;
- ``importing``: reading the files of an import (extraction, index rows), in worker processes when many;
- ``search``: the full-text index in the same file (title and body, simplified and traditional alike).

Qt-free: the window and the command line (``reader library``) both use it.
"""

from __future__ import annotations

from reader.core.library.records import (
    Added,
    AddStatus,
    ArticleRecord,
    Bookmark,
    ImportProgress,
    Position,
    SearchResult,
)
from reader.core.library.store import ARTICLE_SUFFIXES, Library, data_dir, default_path

__all__ = [
    "ARTICLE_SUFFIXES",
    "AddStatus",
    "Added",
    "ArticleRecord",
    "Bookmark",
    "ImportProgress",
    "Library",
    "Position",
    "SearchResult",
    "data_dir",
    "default_path",
]
