"""Loading: a path on disk → a ``LoadedDocument`` (decoded text, its kind, and local resources).

INTERIM VERSION — the loading helper replaces the body; the public surface below is the contract:
``load(path) -> LoadedDocument``, ``decode(data, path) -> (text, encoding)``, and
``LoadedDocument.resource(ref) -> bytes | None``. Only ``reader.core.errors.LoadError`` subclasses escape.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reader.core.errors import EmptyFileError, FileMissingError, FileTooLargeError

MAX_FILE_BYTES = 64 * 1024 * 1024

DocumentKind = Literal["html", "mhtml", "text"]


@dataclass(slots=True)
class LoadedDocument:
    """A file read from disk and decoded; nothing remote is ever fetched."""

    path: Path
    kind: DocumentKind
    text: str
    """Decoded HTML (for ``html`` and ``mhtml``) or plain text."""
    encoding: str
    base_dir: Path | None = None
    """Folder against which relative references resolve (the file's folder)."""
    location: str | None = None
    """The page's original address when the file records it (MHTML ``Snapshot-Content-Location``)."""
    parts: dict[str, bytes] = field(default_factory=dict)
    """MHTML resources by ``Content-Location`` (and ``cid:``)."""
    warnings: list[str] = field(default_factory=list)

    def resource(self, ref: str) -> bytes | None:
        """Bytes of a local resource the page refers to (an image), or None. Never fetches."""
        if ref in self.parts:
            return self.parts[ref]
        if self.base_dir is None or "://" in ref or ref.startswith("//"):
            return None
        candidate = (self.base_dir / ref).resolve()
        try:
            return candidate.read_bytes() if candidate.is_file() else None
        except OSError:
            return None


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, returning the text and the encoding used."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    for name in ("utf-8", "gb18030"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def load(path: str | Path) -> LoadedDocument:
    """Read and decode one file."""
    file = Path(path)
    if not file.is_file():
        raise FileMissingError(file, "no such file")
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(file, f"file is too large ({size // 1_000_000} MB)")
    data = file.read_bytes()
    if not data.strip():
        raise EmptyFileError(file, "the file is empty")
    text, encoding = decode(data, file)
    kind: DocumentKind = "html" if file.suffix.lower() in {".html", ".htm", ".xhtml"} else "text"
    return LoadedDocument(path=file, kind=kind, text=text, encoding=encoding, base_dir=file.parent)
