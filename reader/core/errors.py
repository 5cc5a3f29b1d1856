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
command line prints behind ``reader: error:``. ``message`` is the same reason as a code and parameters
(``reader.core.messages``), which the window words in the interface language for its message box.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.messages import Message


class ReaderError(Exception):
    """A failure about one file, with a reason a reader can understand.

    ``reason`` is a plain English string or a :class:`Message`; a plain string becomes the message
    ``"error.other"`` (worded by the UI as "the file cannot be used: <reason>").
    """

    def __init__(self, path: str | Path, reason: str | Message) -> None:
        self.path = str(path)
        self.message = (
            reason if isinstance(reason, Message) else Message("error.other", reason, {"detail": reason})
        )
        self.reason = self.message.english
        super().__init__(f"{self.path}: {self.reason}")


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
