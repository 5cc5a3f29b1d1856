"""Checks on a ZIP archive's directory before anything in it is inflated (DOCX, and later OFD and EPUB).

Limits (a portal's Word attachment is a few MB; these leave a wide margin):

- at most :data:`MAX_ENTRIES` entries;
- at most :data:`MAX_TOTAL_BYTES` uncompressed in all, and :data:`MAX_ENTRY_BYTES` for one entry;
- no entry inflating more than :data:`MAX_RATIO` times its compressed size once it is over 1 MB.

The sizes come from the central directory, which a hostile file can falsify; python-docx then reads
entries through ``zipfile``, which stops at the declared size, so a lie cannot inflate more than declared.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from reader.core.errors import MalformedError
from reader.core.messages import Message, message

__all__ = ["MAX_ENTRIES", "MAX_ENTRY_BYTES", "MAX_RATIO", "MAX_TOTAL_BYTES", "broken_message", "check"]

MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200


def broken_message(kind: str, error: BaseException) -> Message:
    """``load.docx_broken`` / ``load.epub_broken`` with the parser's words as ``detail``."""
    what = {"docx": "Word", "epub": "EPUB", "ofd": "OFD"}.get(kind, kind)
    return message(
        f"load.{kind}_broken",
        f"the {what} file is damaged or incomplete ({{detail}})",
        detail=str(error) or type(error).__name__,
    )


def check(path: Path, data: bytes, *, kind: str = "docx") -> list[str]:
    """The archive's entry names, after the checks above; raises ``MalformedError`` when one fails.

    ``kind`` (``docx``, ``epub``, ``ofd``) chooses the code of an archive that cannot be read
    (``load.docx_broken``…).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise MalformedError(
            path,
            broken_message(kind, error),
        ) from error
    total = sum(entry.file_size for entry in entries)
    is_bomb = (
        len(entries) > MAX_ENTRIES
        or total > MAX_TOTAL_BYTES
        or any(entry.file_size > MAX_ENTRY_BYTES for entry in entries)
        or any(
            entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
            for entry in entries
        )
    )
    if is_bomb:
        raise MalformedError(
            path,
            message(
                "load.archive_too_large",
                "the file unpacks to too much data ({size} MB; the reader accepts up to {limit} MB)",
                size=total // (1024 * 1024),
                limit=MAX_TOTAL_BYTES // (1024 * 1024),
            ),
        )
    return [entry.filename for entry in entries]
