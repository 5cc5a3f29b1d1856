"""Loading: a path on disk → a ``LoadedDocument`` (decoded text, its kind, and its local resources).

1. ``stat`` the path: missing, a directory, not a regular file, or over ``MAX_FILE_BYTES`` is refused
   before a byte is read (a 200 MB file is never pulled into memory).
2. Read the bytes; empty or white-space-only files and known binary formats (images, archives, PDF…)
   are refused with a reason.
3. Decide the kind: by extension (``.html/.htm/.xhtml``, ``.mhtml/.mht``, ``.txt``), else by sniffing
   the first bytes (markup → html, MIME headers → mhtml, anything that decodes → text).
4. MHTML: pick the page part and keep the other parts (``reader.core.mhtml``).
5. Decode (``reader.core.encoding``): BOM → declared charset checked against the bytes → detection.

Only ``reader.core.errors.LoadError`` subclasses escape ``load``. Nothing is ever fetched from the network:
``LoadedDocument.resource`` reads MHTML parts, ``data:`` URIs, and files inside the page's own folder.
"""

from __future__ import annotations

import base64
import binascii
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from reader.core import encoding, mhtml
from reader.core.errors import (
    READ_PROBLEMS,
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    FileMissingError,
    FileTooLargeError,
    LoadError,
    MalformedError,
    os_error_message,
    os_reason,
)
from reader.core.messages import Message, message

if TYPE_CHECKING:
    from reader.core.document import Article

__all__ = ["BINARY_KINDS", "MAX_FILE_BYTES", "DocumentKind", "LoadedDocument", "decode", "load"]

MAX_FILE_BYTES = 64 * 1024 * 1024

DocumentKind = Literal["html", "mhtml", "text", "pdf", "docx", "epub", "ofd"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_MHTML_SUFFIXES = {".mhtml", ".mht"}
_TEXT_SUFFIXES = {".txt", ".text"}


@dataclass(slots=True)
class LoadedDocument:
    """A file read from disk and decoded; nothing remote is ever fetched."""

    path: Path
    kind: DocumentKind
    text: str
    """Decoded HTML (for ``html`` and ``mhtml``) or plain text (newlines normalised to ``\\n``)."""
    encoding: str
    """The Python codec that decoded the text, lower case (``"gb18030"``, ``"utf-8"``, ``"ascii"``)."""
    base_dir: Path | None = None
    """Folder against which relative references resolve (the page's folder; None for MHTML)."""
    location: str | None = None
    """The page's original address when the file records it (MHTML, or a ``saved from url`` comment)."""
    parts: dict[str, bytes] = field(default_factory=dict)
    """MHTML resources by ``Content-Location`` (and ``cid:``)."""
    warnings: list[str] = field(default_factory=list)
    """Things the reader should know but that did not stop loading (replaced bytes, a cut-short archive)."""
    article: Article | None = None
    """The article already built, for PDF and Word files (``reader.core.attachments``); ``text`` is then
    the file's text line by line and ``encoding`` is empty."""

    def resource(self, ref: str) -> bytes | None:
        """Bytes of a local resource the page refers to (an image), or None. Never fetches."""
        ref = ref.strip()
        if not ref:
            return None
        if ref[:5].lower() == "data:":
            return _data_uri(ref)
        if self.parts:
            found = mhtml.find_part(self.parts, self.location, ref)
            if found is not None:
                return found
        if self.base_dir is None:
            return None
        return _local_file(self.base_dir, ref)


# --- resources ---------------------------------------------------------------------------------------


def _data_uri(ref: str) -> bytes | None:
    header, comma, payload = ref[5:].partition(",")
    if not comma:
        return None
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(unquote(payload), validate=False)
        except (binascii.Error, ValueError):
            return None
    return unquote_to_bytes(payload)


def _local_file(base_dir: Path, ref: str) -> bytes | None:
    """A file referred to relatively, inside the page's folder tree only (no ``../`` escapes, no URLs)."""
    parts = urlsplit(ref.replace("\\", "/"))
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    try:
        root = base_dir.resolve()
    except OSError:
        return None
    # Browsers write percent-encoded names (Chinese file names too); a few files are named literally.
    for name in dict.fromkeys((unquote(parts.path), parts.path)):
        try:
            candidate = (root / name).resolve()
            if not candidate.is_relative_to(root) or not candidate.is_file():
                continue
            if candidate.stat().st_size > MAX_FILE_BYTES:
                return None
            return candidate.read_bytes()
        except (OSError, ValueError):
            continue
    return None


# --- sniffing ----------------------------------------------------------------------------------------

BINARY_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "png": "a PNG image",
        "jpeg": "a JPEG image",
        "gif": "a GIF image",
        "webp": "a WebP image",
        "bmp": "a BMP image",
        "tiff": "a TIFF image",
        "icon": "an icon",
        "pdf": "a PDF document",
        "zip_document": "a ZIP archive (or a Word or EPUB file)",
        "zip": "a ZIP archive",
        "gzip": "a gzip archive",
        "7z": "a 7-Zip archive",
        "rar": "a RAR archive",
        "bzip2": "a bzip2 archive",
        "xz": "an xz archive",
        "office": "an old Microsoft Office document",
        "program": "a program",
        "windows_program": "a Windows program",
        "database": "a database",
        "mp3": "an MP3 file",
        "audio": "an audio file",
        "audio_video": "an audio or video file",
        "video": "a video file",
        "video_image": "a video or image file",
        "font": "a font",
    }
)
"""What a binary file can look like: the ``kind`` of a ``load.binary`` message → its English."""

# Magic numbers of the binary files people most often open by mistake; checked before decoding so the
# reason can name what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip_document"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
    (b"\x7fELF", "program"),
    (b"MZ", "windows_program"),
    (b"SQLite format 3\x00", "database"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"ID3", "mp3"),
    (b"OggS", "audio_video"),
    (b"fLaC", "audio"),
    (b"\x1aE\xdf\xa3", "video"),
    (b"wOFF", "font"),
    (b"wOF2", "font"),
)


def _binary_kind(data: bytes) -> str | None:
    """What a binary file looks like, from its first bytes (a key of :data:`BINARY_KINDS`), or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # "MZ", "BZh" and "ID3" also begin ordinary words: only trust them with binary bytes behind.
            if len(magic) <= 3 and magic.isascii() and not encoding.is_binary(data[:1024]):
                continue
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "webp", b"WAVE": "audio", b"AVI ": "video"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "video_image"
    if data.startswith(b"BM") and len(data) > 14 and b"\x00" in data[2:14]:
        return "bmp"
    return None


_MARKUP_START = re.compile(rb"^(<!doctype\s+html|<html|<head|<body|<meta|<title|<!--)", re.IGNORECASE)
_XML_START = re.compile(rb"^<\?xml", re.IGNORECASE)
_HTML_IN_XML = re.compile(rb"<(html|!doctype\s+html)\b", re.IGNORECASE)
_VISIBLE = re.compile(r"[^\s\ufeff]")
"""Anything but white space and byte-order marks (searched, not stripped: no copy of the text)."""
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)


def _ascii_head(data: bytes) -> bytes:
    """The first bytes with any BOM and UTF-16/32 NULs removed, for sniffing ASCII markers."""
    head = data[:8192]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return head.replace(b"\x00", b"").lstrip()


def _sniff_kind(data: bytes) -> DocumentKind:
    head = _ascii_head(data)
    if _MARKUP_START.match(head) or (_XML_START.match(head) and _HTML_IN_XML.search(head)):
        return "html"
    if mhtml.looks_like_mhtml(head):
        return "mhtml"
    return "text"


def _kind(file: Path, data: bytes) -> DocumentKind:
    suffix = file.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        # Archives renamed to .html are parsed as what they are.
        return "mhtml" if mhtml.looks_like_mhtml(data[:8192]) else "html"
    if suffix in _MHTML_SUFFIXES:
        return "html" if _sniff_kind(data) == "html" else "mhtml"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    return _sniff_kind(data)


# --- reading and decoding ----------------------------------------------------------------------------


def _read(file: Path) -> bytes:
    """The file's bytes, after checking with ``stat`` that it is a regular file of acceptable size."""
    try:
        info = file.stat()
    except FileNotFoundError as error:
        raise FileMissingError(file, _os_message(error, "no such file")) from error
    except NotADirectoryError as error:
        raise FileMissingError(
            file, _os_message(error, "no such file (a folder in the path is a file)")
        ) from error
    except PermissionError as error:
        raise FileMissingError(file, _os_message(error, "permission denied")) from error
    except (OSError, ValueError) as error:
        raise FileMissingError(
            file, _os_message(error, f"the file cannot be opened ({os_reason(error)})", "load.open_failed")
        ) from error
    if stat.S_ISDIR(info.st_mode):
        raise FileMissingError(file, message("load.is_folder", "is a directory, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise FileMissingError(
            file, message("load.not_regular", "not a regular file (a device, pipe or socket)")
        )
    if info.st_size > MAX_FILE_BYTES:
        raise FileTooLargeError(
            file,
            message(
                "load.too_large",
                f"the file is too large ({_megabytes(info.st_size)}; the reader opens files up to "
                f"{_megabytes(MAX_FILE_BYTES)})",
                size=info.st_size,
                limit=MAX_FILE_BYTES,
            ),
        )
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError as error:
        raise FileMissingError(file, _os_message(error, "permission denied")) from error
    except OSError as error:
        raise LoadError(
            file, _os_message(error, f"the file cannot be read ({os_reason(error)})", "load.read_failed")
        ) from error
    if len(data) > MAX_FILE_BYTES:  # it grew after stat
        raise FileTooLargeError(
            file,
            message(
                "load.over_limit",
                f"the file is too large (over {_megabytes(MAX_FILE_BYTES)})",
                limit=MAX_FILE_BYTES,
            ),
        )
    return data


def _os_message(error: OSError | ValueError, english: str, fallback: str = "load.open_failed") -> Message:
    """An OS error's code by its errno (``load.missing``, ``load.permission``, ``load.io``…)."""
    return os_error_message(error, READ_PROBLEMS, fallback, english.replace("{", "{{").replace("}", "}}"))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def _decode(file: Path, data: bytes, declared: str | None = None) -> encoding.Decoded:
    try:
        return encoding.decode_bytes(data, declared=declared)
    except encoding.NotTextError as error:
        problem = error.message
        raise BinaryFileError(
            file, Message(problem.code, f"not a text or web page file ({problem.english})", problem.params)
        ) from error
    except encoding.EncodingError as error:
        raise DecodeError(file, error.message) from error


_OLD_WORD_SUFFIXES = {".doc", ".dot", ".wps", ".wpt"}
_WORD_STREAM = "WordDocument".encode("utf-16-le")
"""The main stream's name in an OLE2 directory: Word 97–2003 and WPS both write it."""


def _is_old_word(file: Path, data: bytes) -> bool:
    return file.suffix.lower() in _OLD_WORD_SUFFIXES or _WORD_STREAM in data[: 1 << 20]


def _attachment_kind(
    file: Path, data: bytes, looks_like: str | None
) -> Literal["pdf", "docx", "epub", "ofd"] | None:
    """``pdf``, ``docx`` (a ZIP with ``word/document.xml``), ``ofd`` (``OFD.xml``) or ``epub``, else None."""
    if looks_like == "pdf":
        return "pdf"
    if looks_like != "zip_document":
        return None
    import zipfile
    from io import BytesIO

    from reader.core.attachments.epub import is_epub
    from reader.core.attachments.ofd import is_ofd

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if is_ofd(names):
                return "ofd"
            return "epub" if is_epub(names, archive) else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError):
        # A Word file or book cut short has lost its directory: say so rather than "a ZIP archive".
        suffix = file.suffix.lower()
        return {".docx": "docx", ".epub": "epub", ".ofd": "ofd"}.get(suffix)  # type: ignore[return-value]


def _load_attachment(file: Path, data: bytes, kind: Literal["pdf", "docx", "epub", "ofd"]) -> LoadedDocument:
    from reader.core.attachments import read_attachment

    article, parts = read_attachment(file, data, kind)
    return LoadedDocument(
        path=file,
        kind=kind,
        text=article.page_text,
        encoding="",
        base_dir=None,
        parts=parts,
        warnings=list(article.warnings),
        article=article,
    )


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, returning the text and the encoding used (a lower-case Python codec name).

    Raises ``BinaryFileError`` or ``DecodeError`` (naming ``path``) when the bytes are not text.
    """
    decoded = _decode(Path(path), data)
    return decoded.text, decoded.encoding


def load(path: str | Path) -> LoadedDocument:
    """Read, identify and decode one file; see the module docstring for the steps."""
    file = Path(path)
    data = _read(file)
    if not data or data.isspace():  # not data.strip(): that copies a whole novel to test its ends
        raise EmptyFileError(
            file,
            message("load.empty", "the file is empty")
            if not data
            else message("load.whitespace", "the file contains only white space"),
        )
    looks_like = _binary_kind(data)
    if looks_like == "office" and _is_old_word(file, data):
        raise BinaryFileError(
            file,
            message(
                "load.old_word",
                "an old Word (.doc) or WPS document, which the reader cannot open: save it as .docx in "
                "Word, WPS or {converter}, then open that",
                converter="LibreOffice",
            ),
        )
    attachment = _attachment_kind(file, data, looks_like)
    if attachment is not None:
        return _load_attachment(file, data, attachment)
    if looks_like is not None:
        raise BinaryFileError(
            file,
            message(
                "load.binary",
                f"not a text or web page file (looks like {BINARY_KINDS[looks_like]})",
                kind=looks_like,
            ),
        )

    kind = _kind(file, data)
    warnings: list[str] = []
    location: str | None = None
    parts: dict[str, bytes] = {}
    base_dir: Path | None = file.parent
    declared: str | None = None
    if kind == "mhtml":
        try:
            archive = mhtml.parse_mhtml(data)
        except mhtml.MhtmlError as error:
            raise MalformedError(file, error.message) from error
        data, declared, location, parts = archive.html, archive.charset, archive.location, archive.parts
        warnings += archive.warnings
        # An archive's relative references point into the archive, never to files beside it on disk.
        base_dir = None
        if not data.strip():
            raise MalformedError(
                file, message("load.mhtml_empty_page", "the web page in the MHTML archive is empty")
            )

    decoded = _decode(file, data, declared)
    # Only the text is kept from here: the bytes and the decoder's result are let go before the
    # newlines are normalised, so a large file is never held three times over.
    del data
    text = decoded.text.removeprefix("\ufeff")  # a second mark, or one a codec without -sig kept
    codec = decoded.encoding
    warnings += decoded.warnings
    del decoded
    if _VISIBLE.search(text) is None:
        raise EmptyFileError(file, message("load.whitespace", "the file contains only white space"))
    if kind == "text":
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        if "\r" in text:
            text = text.replace("\r", "\n")
    elif location is None:
        saved_from = _SAVED_FROM.search(text, 0, 4096)
        location = saved_from.group(1) if saved_from else None
    return LoadedDocument(
        path=file,
        kind=kind,
        text=text,
        encoding=codec,
        base_dir=base_dir,
        location=location,
        parts=parts,
        warnings=warnings,
    )
