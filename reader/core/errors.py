"""The reader's error hierarchy: every failure a user can cause with a file ends up here.

::

    ReaderError                 base; ``path`` and a plain ``reason``
    └── LoadError               the file could not be turned into a document
        ├── FileMissingError    no such file, or not a regular file (a directory)
        ├── FileTooLargeError   over the size the reader accepts
        ├── EmptyFileError      zero bytes, or nothing but white space
        ├── BinaryFileError     not text (an image, an archive, random bytes)
        ├── DecodeError         text in no encoding we can determine
        └── MalformedError      a structure we recognise but cannot use (truncated MHTML, no HTML part)

Messages name the file and the reason in plain words: ``str(error)`` is ``"PATH: reason"``, which the
command line prints behind ``reader: error:`` and the window shows in its message box.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A failure about one file, with a reason a reader can understand."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class LoadError(ReaderError):
    """The file could not be loaded or parsed into a document."""


class FileMissingError(LoadError):
    """The path does not exist or is not a regular file."""


class FileTooLargeError(LoadError):
    """The file is larger than the reader accepts."""


class EmptyFileError(LoadError):
    """The file has no content."""


class BinaryFileError(LoadError):
    """The file is not text in any encoding (image, archive, random bytes)."""


class DecodeError(LoadError):
    """The bytes look like text but no encoding fits them."""


class MalformedError(LoadError):
    """The file's structure is recognised but broken (truncated MHTML, no HTML part)."""
