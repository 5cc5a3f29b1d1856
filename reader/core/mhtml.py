"""MHTML: a browser's single-file page archive (``multipart/related``) → the page's HTML bytes and its parts.

The page is the part named by the archive's ``Snapshot-Content-Location`` header (Chrome, Edge), else the
part named by the ``start`` parameter (RFC 2557), else the first ``text/html`` part (Internet Explorer puts
images first). Every other part is kept by its ``Content-Location`` and by ``cid:`` + its ``Content-ID`` so
the page's images resolve. The HTML stays bytes: ``encoding`` decodes it, with the part's charset as a hint.

Python's ``email`` package parses the archive; it is lenient and records defects instead of raising, which
suits archives cut short by a failed download: the parts that survived are used and a warning says so.
"""

from __future__ import annotations

import email
import email.errors
import re
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import unquote, urldefrag, urljoin

from reader.core import messages

__all__ = ["Archive", "MhtmlError", "find_part", "looks_like_mhtml", "parse_mhtml"]


class MhtmlError(ValueError):
    """The archive is recognised but holds no usable page; ``message`` says why (its English is ``str``)."""

    def __init__(self, problem: messages.Message) -> None:
        self.message = problem
        super().__init__(problem.english)


@dataclass(slots=True)
class Archive:
    """The page chosen from an archive and the resources stored beside it."""

    html: bytes
    charset: str | None
    """The page part's declared charset (a hint: it is checked against the bytes)."""
    location: str | None
    """The page's original address."""
    parts: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")
_MIME_MARKERS = re.compile(rb"^(mime-version:|content-type:\s*multipart/)", re.IGNORECASE | re.MULTILINE)


def looks_like_mhtml(head: bytes) -> bool:
    """Whether bytes start like a MIME message: a header line first, and a MIME marker in the headers."""
    head = head.lstrip(b"\r\n")[:8192]
    if not _HEADER_LINE.match(head):
        return False
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return bool(_MIME_MARKERS.search(headers))


def _strip_angles(content_id: str) -> str:
    return content_id.strip().removeprefix("<").removesuffix(">").strip()


def _header(message: Message, name: str) -> str | None:
    value = message.get(name)
    if value is None:
        return None
    # Folded or encoded header values come back as str or Header objects; whitespace is not part of a URL.
    text = "".join(str(value).split())
    return text or None


def _leaves(message: Message) -> list[Message]:
    return [part for part in message.walk() if not part.is_multipart()]


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _choose_page(message: Message, leaves: list[Message]) -> Message | None:
    snapshot = _header(message, "Snapshot-Content-Location")
    if snapshot:
        for part in leaves:
            if _header(part, "Content-Location") == snapshot:
                return part
    start = message.get_param("start")
    if isinstance(start, str) and start.strip():
        wanted = _strip_angles(start)
        for part in leaves:
            content_id = _header(part, "Content-ID")
            if content_id and _strip_angles(content_id) == wanted:
                return part
    for part in leaves:
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return part
    return None


def parse_mhtml(data: bytes) -> Archive:
    """Split an MHTML archive into its page and parts. Raises ``MhtmlError`` when there is no page."""
    try:
        message = email.message_from_bytes(data)
        leaves = _leaves(message)
        page = _choose_page(message, leaves)
    except (email.errors.MessageError, ValueError, LookupError, TypeError, AttributeError) as error:
        # The email package is lenient but not total on hostile input; a failure here is a broken archive.
        raise MhtmlError(
            messages.message(
                "load.mhtml_unreadable",
                "the MHTML archive cannot be read ({kind})",
                kind=type(error).__name__,
            )
        ) from error
    if not message.is_multipart() and message.get_content_maintype() == "multipart":
        raise MhtmlError(
            messages.message("load.mhtml_broken", "the MHTML archive is broken: its parts cannot be found")
        )
    if page is None:
        raise MhtmlError(messages.message("load.mhtml_no_page", "the MHTML archive has no web page in it"))

    warnings: list[str] = []
    if any(isinstance(defect, email.errors.CloseBoundaryNotFoundDefect) for defect in message.defects):
        warnings.append("the MHTML archive is incomplete; the page may be cut short")

    parts: dict[str, bytes] = {}
    for part in leaves:
        if part is page:
            continue
        body = _payload(part)
        location = _header(part, "Content-Location")
        if location:
            parts.setdefault(location, body)
        content_id = _header(part, "Content-ID")
        if content_id:
            parts.setdefault("cid:" + _strip_angles(content_id), body)

    charset = page.get_content_charset()
    location = _header(page, "Content-Location") or _header(message, "Snapshot-Content-Location")
    return Archive(_payload(page), charset, location, parts, warnings)


def find_part(parts: dict[str, bytes], location: str | None, ref: str) -> bytes | None:
    """The stored part a page reference names: exact, resolved against the page's address, or unquoted."""
    ref = ref.strip()
    if not ref:
        return None
    candidates = [ref, urldefrag(ref).url]
    if location and not ref.startswith("cid:"):
        try:
            absolute = urljoin(location, ref)
        except ValueError:
            absolute = ref
        candidates += [absolute, urldefrag(absolute).url]
    for candidate in candidates:
        for variant in (candidate, unquote(candidate)):
            if variant in parts:
                return parts[variant]
    if ref.startswith("cid:"):
        return parts.get("cid:" + _strip_angles(unquote(ref[4:])))
    return None
