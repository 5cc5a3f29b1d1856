"""The recent-files list: most recent first, persisted as a small JSON file, written atomically.

The file lives in ``READER_CONFIG_DIR`` when that is set (tests set it) and otherwise in the platform
config folder (``platformdirs.user_config_dir("accessible-reader")``). A missing or corrupt file gives an
empty list rather than an error: losing the recent list must never stop the reader from starting. The
settings schema of a later issue will take this file over.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path

_log = logging.getLogger(__name__)

FILE_NAME = "recent.json"
VERSION = 1
MAX_ENTRIES = 10


def config_dir() -> Path:
    """Where the reader keeps its small files."""
    override = os.environ.get("READER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("accessible-reader"))


class RecentFiles:
    """An ordered, de-duplicated list of absolute paths that saves itself on every change."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file if file is not None else config_dir() / FILE_NAME
        self._paths: list[str] = self._read()

    @property
    def paths(self) -> list[str]:
        return list(self._paths)

    def add(self, path: str | Path) -> None:
        """Put ``path`` first (moving it if already listed) and save."""
        entry = str(Path(path).resolve())
        self._paths = [entry, *(p for p in self._paths if p != entry)][:MAX_ENTRIES]
        self._write()

    def clear(self) -> None:
        self._paths = []
        self._write()

    def _read(self) -> list[str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            _log.warning("ignoring unreadable recent-files list %s: %s", self.file, error)
            return []
        paths = data.get("recent") if isinstance(data, dict) else None
        if not isinstance(paths, list):
            return []
        return [p for p in paths if isinstance(p, str)][:MAX_ENTRIES]

    def _write(self) -> None:
        # Write to a temporary file in the same folder, then rename: a crash never leaves half a file.
        payload = json.dumps({"version": VERSION, "recent": self._paths}, ensure_ascii=False, indent=1)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".recent-", suffix=".tmp", dir=self.file.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(payload)
                Path(temporary).replace(self.file)
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(temporary).unlink()
                raise
        except OSError as error:
            _log.warning("could not save the recent-files list %s: %s", self.file, error)
