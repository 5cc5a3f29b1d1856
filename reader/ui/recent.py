"""The recent-files list, kept in ``Settings.recent_files``: most recent first, no repeats, bounded.

The list is one setting among the others (``reader.core.settings``), saved with them. This module holds the
list's rules and reads, once, the ``recent.json`` an earlier version wrote in the same config folder, so an
upgrade keeps the list; the old file is left alone (deleting user files is never worth the risk).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from reader.core.settings import MAX_RECENT_FILES, config_dir

_log = logging.getLogger(__name__)

LEGACY_FILE_NAME = "recent.json"
MENU_ENTRIES = 10
"""How many of the list the File ▸ Recent files menu shows (numbered 1–9 and 10)."""


def add(paths: tuple[str, ...], path: str | Path) -> tuple[str, ...]:
    """``paths`` with ``path`` (made absolute) first, moved there if already listed, at most the limit."""
    entry = str(Path(path).resolve())
    return (entry, *(p for p in paths if p != entry))[:MAX_RECENT_FILES]


def legacy_paths(folder: Path | None = None) -> tuple[str, ...]:
    """The list an earlier version kept in ``recent.json``; empty when there is none or it is unreadable."""
    file = (folder if folder is not None else config_dir()) / LEGACY_FILE_NAME
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ()
    except (OSError, ValueError) as error:
        _log.warning("ignoring unreadable recent-files list %s: %s", file, error)
        return ()
    paths = data.get("recent") if isinstance(data, dict) else None
    if not isinstance(paths, list):
        return ()
    kept: list[str] = []
    for item in paths:
        if isinstance(item, str) and item and item not in kept:
            kept.append(item)
    return tuple(kept[:MAX_RECENT_FILES])
