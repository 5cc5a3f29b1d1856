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

:data:`LOAD_CODES` lists every code a load can fail with; :data:`WRITE_CODES` the codes of a file that
cannot be written (an exported report or audio file). An operating system error becomes a code by its
``errno`` (:func:`os_error_message`: no such file, permission denied, disk full, read-only…), so the
window can say it in the reader's language; only an errno without a code of its own falls back to the
generic code, with the system's (English) words as its ``detail``.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from reader.core.messages import Message, Param, message

READ_PROBLEMS: Mapping[int, str] = MappingProxyType(
    {
        errno.ENOENT: "load.missing",
        errno.ENOTDIR: "load.path_not_folder",
        errno.EACCES: "load.permission",
        errno.EPERM: "load.permission",
        errno.EISDIR: "load.is_folder",
        errno.ENAMETOOLONG: "load.name_too_long",
        errno.ELOOP: "load.link_loop",
        errno.EIO: "load.io",
        errno.EINVAL: "load.invalid_name",
        errno.ENXIO: "load.no_device",
        errno.ENODEV: "load.no_device",
        errno.EMFILE: "load.too_many_open",
        errno.ENFILE: "load.too_many_open",
        errno.ENOMEM: "load.no_memory",
    }
)
"""``errno`` → code of a file that cannot be opened or read."""

WRITE_PROBLEMS: Mapping[int, str] = MappingProxyType(
    {
        errno.ENOENT: "export.no_folder",
        errno.ENOTDIR: "export.path_not_folder",
        errno.EACCES: "export.permission",
        errno.EPERM: "export.permission",
        errno.EISDIR: "export.is_folder",
        errno.ENAMETOOLONG: "export.name_too_long",
        errno.ELOOP: "export.link_loop",
        errno.EIO: "export.io",
        errno.EINVAL: "export.invalid_name",
        errno.ENOSPC: "export.no_space",
        errno.EROFS: "export.read_only",
        errno.EFBIG: "export.file_too_big",
        errno.EEXIST: "export.exists",
        errno.EXDEV: "export.other_disk",
        errno.EBUSY: "export.busy",
        errno.ETXTBSY: "export.busy",
        errno.EMFILE: "export.too_many_open",
        errno.ENFILE: "export.too_many_open",
        errno.ENOMEM: "export.no_memory",
        **({errno.EDQUOT: "export.no_space"} if hasattr(errno, "EDQUOT") else {}),
    }
)
"""``errno`` → code of a file that cannot be written."""

LOAD_CODES: frozenset[str] = frozenset(
    {
        *READ_PROBLEMS.values(),
        "load.open_failed",  # an OS error without a code of its own, opening; {detail}
        "load.read_failed",  # the same while reading; {detail}
        "load.not_regular",
        "load.too_large",  # {size, limit}: bytes
        "load.over_limit",  # {limit}: bytes (the file grew while it was read)
        "load.empty",
        "load.whitespace",
        "load.binary",  # {kind}: a key of BINARY_KINDS
        "load.not_text",
        "load.control_bytes",
        "load.decode",
        "load.mhtml_unreadable",  # {kind}: the parser's exception class
        "load.mhtml_broken",
        "load.mhtml_no_page",
        "load.mhtml_empty_page",
        "load.page_unreadable",  # {kind}: the parser's exception class
        "load.no_text",
        "load.no_text_in_page",
        "load.pdf_no_text",  # a PDF of scanned pages: images, no text layer
        "load.pdf_password",
        "load.pdf_broken",  # {detail}: PDFium's words
        "load.old_word",  # a Word 97–2003 .doc or WPS file: not read; the message names LibreOffice
        "load.docx_broken",  # {detail}: the parser's words
        "load.epub_broken",  # {detail}: the parser's words
        "load.ofd_broken",  # {detail}: the parser's words
        "load.ofd_no_text",  # an OFD of scanned pages
        "load.archive_too_large",  # {size, limit}: MB a ZIP (DOCX) would unpack to
        "error.other",  # {detail}: a plain reason with no code
        "error.unexpected",  # {kind, detail}: a bug, reported like a load failure
    }
)
"""Every code a :class:`LoadError` can carry (the window words each one)."""

WRITE_CODES: frozenset[str] = frozenset({*WRITE_PROBLEMS.values(), "export.write_failed"})
"""Every code :func:`os_error_message` gives a file that cannot be written (``export.write_failed``: the
errno has no code of its own; its ``detail`` is the system's words)."""


def os_reason(error: BaseException) -> str:
    """The operating system's words for an error, starting lower case ("input/output error")."""
    number = getattr(error, "errno", None)
    reason = getattr(error, "strerror", None) or (
        os.strerror(number) if isinstance(number, int) else str(error)
    )
    return reason[:1].lower() + reason[1:] if reason else type(error).__name__


def os_error_message(
    error: BaseException, problems: Mapping[int, str], fallback: str, english: str, **params: Param
) -> Message:
    """``error`` (an ``OSError``, or the ``ValueError`` of a name with a NUL in it) as a Message.

    The code comes from ``problems`` by ``errno`` (:data:`READ_PROBLEMS`, :data:`WRITE_PROBLEMS`), else it
    is ``fallback``. Every such message has ``detail``, the system's words (English: for the command line,
    the log and the fallback's wording), plus ``params``; ``english`` may use them all.
    """
    number = errno.EINVAL if isinstance(error, ValueError) else getattr(error, "errno", None)
    code = problems.get(number, fallback) if isinstance(number, int) else fallback
    return message(code, english, detail=os_reason(error), **params)


class ReaderError(Exception):
    """A failure about one file, with a reason a reader can understand.

    ``reason`` is a plain English string or a :class:`Message`; a plain string becomes the message
    ``"error.other"`` (worded by the UI as "the file cannot be used: <reason>").
    """

    def __init__(self, path: str | Path, reason: str | Message) -> None:
        self.path = str(path)
        if not isinstance(reason, Message):
            reason = Message("error.other", reason, {"detail": reason})
        self.message = reason
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


def write_message(
    error: BaseException, path: str | Path, english: str = "cannot write {path}: {detail}"
) -> Message:
    """An operating system error writing ``path`` (an exported report or audio file), coded by its errno
    (:data:`WRITE_PROBLEMS`, else ``export.write_failed``); params ``detail``, ``folder`` and ``path``."""
    target = Path(path)
    return os_error_message(
        error,
        WRITE_PROBLEMS,
        "export.write_failed",
        english,
        folder=str(target.parent),
        path=str(target),
    )


def unexpected_message(error: BaseException) -> Message:
    """A bug met while opening a file (an exception no loader expects), reported like a load failure."""
    return message(
        "error.unexpected",
        "internal error ({kind}): {detail}",
        kind=type(error).__name__,
        detail=str(error) or type(error).__name__,
    )
