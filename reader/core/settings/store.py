"""The settings file: where it lives (:func:`config_dir`), reading it without ever failing, and writing it
atomically (:class:`SettingsStore`).

A file that cannot be parsed is moved aside as ``settings.json.corrupt-<time>`` and the defaults are
used, unless the store is loaded read-only (a ``--screenshot`` run must never move the user's file);
either way the problem is returned for the UI to show once.

Problems are :class:`~reader.core.messages.Message` s with a ``path`` parameter:

- ``settings.file_is_a_folder``, ``settings.file_denied``, ``settings.file_unreadable`` (``detail``: the
  system's English reason): the file could not be read, and is left alone;
- ``settings.file_too_large``, ``settings.file_not_text``, ``settings.file_not_json``,
  ``settings.file_not_an_object``: the file is damaged; ``kept_as`` is the name it was moved aside to,
  empty when it was left in place;
- from :func:`save_problem`, when saving failed: ``settings.save_denied``, ``settings.save_disk_full``,
  ``settings.save_failed`` (``detail``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reader.core.messages import Message, message
from reader.core.settings.schema import Settings

FILE_NAME = "settings.json"
MAX_FILE_BYTES = 1024 * 1024
"""A settings file is a few kilobytes; anything this big is not ours and is treated as corrupt."""


def config_dir() -> Path:
    """Where the reader keeps its small files: ``READER_CONFIG_DIR`` (tests set it) or the platform's."""
    override = os.environ.get("READER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("accessible-reader"))


class SettingsStore:
    """Reads and writes one settings file. Loading never fails; saving raises OSError if the disk does."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path if path is not None else config_dir() / FILE_NAME
        self._clock = clock

    def load(self, *, is_read_only: bool = False) -> tuple[Settings, list[Message]]:
        """The saved settings and the problems found; defaults when the file is missing or corrupt.

        A corrupt file is moved aside, so that the next save does not overwrite what the user may want
        back; with ``is_read_only`` it is left where it is (a run that never saves must not touch the
        user's files) and only reported.
        """
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return Settings(), []
        except OSError as error:
            # Unreadable (a directory, no permission): not ours to move; say so and carry on.
            return Settings(), [_unreadable(self.path, error)]
        data, reason = _parse(raw)
        if reason is not None:
            return Settings(), [self._left_in_place(reason) if is_read_only else self._move_aside(reason)]
        return Settings.from_dict(data)

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically: a temporary file in the same folder, flushed, then renamed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(settings.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            temp.replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _sync_directory(self.path.parent)

    def _move_aside(self, reason: _Damage) -> Message:
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        try:
            self.path.replace(target)
        except OSError:
            return self._left_in_place(reason)
        code, why = reason
        return message(
            code,
            "The settings file {path} was damaged (" + why + "); it was kept as {kept_as} and the defaults "
            "are used.",
            path=str(self.path),
            kept_as=target.name,
        )

    def _left_in_place(self, reason: _Damage) -> Message:
        code, why = reason
        return message(
            code,
            "The settings file {path} is damaged (" + why + "); using the defaults.",
            path=str(self.path),
            kept_as="",
        )


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
"""No space left, or over the user's quota (not on every platform)."""

_Damage = tuple[str, str]
"""Why a file is damaged: the problem's code and the reason in English."""


def _parse(raw: bytes) -> tuple[object, _Damage | None]:
    """JSON object from the file's bytes, or why it is not one."""
    if len(raw) > MAX_FILE_BYTES:
        return None, ("settings.file_too_large", "the file is too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, ("settings.file_not_text", "it is not text")
    if "\x00" in text:
        return None, ("settings.file_not_text", "it is not text")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, ("settings.file_not_json", "it is not valid JSON")
    if not isinstance(data, dict):
        return None, ("settings.file_not_an_object", "it does not hold named settings")
    return data, None


def _unreadable(path: Path, error: OSError) -> Message:
    if isinstance(error, IsADirectoryError):
        return message(
            "settings.file_is_a_folder",
            "The settings file {path} is a folder; using the defaults.",
            path=str(path),
        )
    if isinstance(error, PermissionError):
        return message(
            "settings.file_denied",
            "The settings file {path} may not be read; using the defaults.",
            path=str(path),
        )
    return message(
        "settings.file_unreadable",
        "Could not read the settings file {path} ({detail}); using the defaults.",
        path=str(path),
        detail=error.strerror or str(error),
    )


def save_problem(path: Path, error: Exception) -> Message:
    """What to tell the user when :meth:`SettingsStore.save` raised ``error`` (an OSError, or the
    ValueError of a value JSON cannot hold)."""
    if isinstance(error, PermissionError):
        return message(
            "settings.save_denied",
            "Could not save the settings to {path}: permission denied.",
            path=str(path),
        )
    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        return message(
            "settings.save_disk_full",
            "Could not save the settings to {path}: the disk is full.",
            path=str(path),
        )
    detail = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return message(
        "settings.save_failed",
        "Could not save the settings to {path} ({detail}).",
        path=str(path),
        detail=detail,
    )


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX); best effort elsewhere."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
