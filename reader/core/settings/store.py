"""The settings file: where it lives (:func:`config_dir`), reading it without ever failing, and writing it
atomically (:class:`SettingsStore`).

A file that cannot be parsed is moved aside as ``settings.json.corrupt-<time>`` and the defaults are
used, unless the store is loaded read-only (a ``--screenshot`` run must never move the user's file);
either way the problem is returned for the UI to show once.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

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

    def load(self, *, is_read_only: bool = False) -> tuple[Settings, list[str]]:
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
            why = error.strerror or str(error)
            return Settings(), [
                f"无法读取设置文件 {self.path}（{why}），已用默认设置。 "
                f"Could not read the settings file {self.path} ({why}); using the defaults."
            ]
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

    def _move_aside(self, reason: tuple[str, str]) -> str:
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        zh, en = reason
        try:
            self.path.replace(target)
        except OSError:
            return self._left_in_place(reason)
        return (
            f"设置文件已损坏（{zh}），已另存为 {target.name}，现用默认设置。 "
            f"The settings file was damaged ({en}); it was kept as {target.name} and the defaults are used."
        )

    def _left_in_place(self, reason: tuple[str, str]) -> str:
        zh, en = reason
        return (
            f"设置文件 {self.path} 已损坏（{zh}），已用默认设置。 "
            f"The settings file {self.path} is damaged ({en}); using the defaults."
        )


def _parse(raw: bytes) -> tuple[object, tuple[str, str] | None]:
    """JSON object from the file's bytes, or the reason (Chinese, English) it is not one."""
    if len(raw) > MAX_FILE_BYTES:
        return None, ("文件太大", "the file is too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, ("不是文本", "it is not text")
    if "\x00" in text:
        return None, ("不是文本", "it is not text")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, ("格式不对", "it is not valid JSON")
    if not isinstance(data, dict):
        return None, ("内容不是一组设置", "it does not hold named settings")
    return data, None


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
