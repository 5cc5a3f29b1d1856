"""Encoding: bytes → text, choosing the codec the bytes were really written in.

The order, cheapest and surest first:

1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides.
2. NUL bytes that a UTF-16/32 reading explains (text saved as UTF-16 without a mark).
3. Bytes that are pure ASCII, or non-ASCII and valid UTF-8, are read as such whatever a page declares:
   a page declaring gb2312 that is really UTF-8 is common, and random GB text is never valid UTF-8.
4. The declared charset (``<meta charset>``, ``http-equiv``, XML declaration, or a hint such as an MHTML
   part header) when it decodes the bytes; GB2312 and GBK are read as GB18030, their superset. A GB or Big5
   declaration is cross-checked against the other, because both decode each other's bytes without error.
5. charset-normalizer on a bounded sample (it is slow on megabytes), then the whole text is verified.
6. When no codec decodes every byte, the candidate with the fewest bad bytes wins, the bad bytes become
   U+FFFD, and a warning says so.

How Chinese a reading looks (the GB2312 and Big5 common-character sets) is ``encoding_plausibility``'s.

Failures raise ``NotTextError`` (binary data) or ``UndecodableError``; ``loading`` turns them into the
reader's ``LoadError`` subclasses with the path.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.encoding_plausibility import (
    accent_in_word,
    common_han,
    common_ratio,
    han_pattern,
    is_plain_gb,
    text_chars,
    three_byte_leads,
)
from reader.core.messages import Message, message

__all__ = [
    "Decoded",
    "EncodingError",
    "NotTextError",
    "UndecodableError",
    "declared_charset",
    "decode_bytes",
    "is_binary",
]

SAMPLE_BYTES = 64 * 1024
"""How much charset-normalizer sees; the verdict is then checked against the whole text."""

DECLARATION_SCAN_BYTES = 16 * 1024
"""Portal pages often carry long scripts and comments before their ``<meta charset>``."""


class EncodingError(ValueError):
    """The bytes could not be turned into text; ``message`` says why (``str(error)`` is its English)."""

    def __init__(self, problem: Message) -> None:
        self.message = problem
        super().__init__(problem.english)


class NotTextError(EncodingError):
    """The bytes are not text in any encoding (NULs or control bytes no text encoding explains)."""


class UndecodableError(EncodingError):
    """The bytes look like text but no encoding we know reads them."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text, the Python codec name that produced it, and what was lost on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


# --- codec names -------------------------------------------------------------------------------------

# Labels browsers accept that Python's codec registry does not know, or knows as a narrower codec.
_LABEL_ALIASES = {
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "csgb2312": "gb18030",
    "iso-ir-58": "gb18030",
    "chinese": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "cn-gb": "gb18030",
    "x-x-big5": "big5",
    "big5-hkscs": "big5hkscs",
    "ms950": "cp950",
    "x-sjis": "shift_jis",
    "windows-31j": "cp932",
    "ms_kanji": "shift_jis",
    "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "windows-949": "cp949",
    "unicode": "utf-16",
    "unicodefffe": "utf-16",
}

# A declared codec → the codecs tried in turn (first that decodes every byte wins). Browsers read these
# labels as the supersets, and so do we.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "gb18030": ("gb18030",),
    "big5": ("cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
    "big5hkscs": ("big5hkscs", "cp950"),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "cp932": ("cp932", "shift_jis_2004"),
    "shift_jis_2004": ("shift_jis_2004", "cp932"),
    "shift_jisx0213": ("shift_jis_2004", "cp932"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "euc_jis_2004": ("euc_jis_2004", "euc_jp"),
    "euc_jisx0213": ("euc_jis_2004", "euc_jp"),
    "euc_kr": ("cp949",),
    "cp949": ("cp949",),
    "ascii": ("cp1252", "latin-1"),
    "latin-1": ("cp1252", "latin-1"),
    "iso8859-1": ("cp1252", "latin-1"),
    "cp1252": ("cp1252", "latin-1"),
    "utf-8": ("utf-8",),
    "utf-8-sig": ("utf-8",),
}

_UNICODE_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_MULTIBYTE = {
    "utf-8",
    "gb18030",
    "cp950",
    "big5hkscs",
    "cp932",
    "shift_jis_2004",
    "euc_jp",
    "euc_jis_2004",
    "cp949",
}
_GB = ("gb18030",)
_BIG5 = ("cp950", "big5hkscs")

# Tried when nothing decodes cleanly: the encodings Chinese pages are actually found in, then neighbours.
_FALLBACK_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("utf-8",),
    _GB,
    _BIG5,
    ("cp932",),
    ("cp949",),
    ("euc_jp",),
)


def codec_family(label: str) -> tuple[str, ...] | None:
    """The codecs to try for a charset label (``"GB2312"`` → ``("gb18030",)``), or None if unknown."""
    name = label.strip().strip("\"'").lower()
    name = _LABEL_ALIASES.get(name, name)
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    if canonical in _UNICODE_WIDE:
        return (canonical,)
    return _FAMILIES.get(canonical, (canonical,))


# --- declarations ------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_BODY_START = re.compile(rb"<body\b", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its head (XML declaration or ``<meta>``), as written."""
    head = data[:DECLARATION_SCAN_BYTES]
    xml = _XML_DECLARATION.match(head)
    if xml:
        return xml.group(1).decode("ascii")
    body = _BODY_START.search(head)
    meta = _META_CHARSET.search(head, 0, body.start() if body else len(head))
    return meta.group(1).decode("ascii") if meta else None


# --- binary data -------------------------------------------------------------------------------------

# C0 controls that never appear in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])


def is_binary(sample: bytes) -> bool:
    """Whether bytes (not UTF-16/32) hold NULs or more control bytes than any text has."""
    if not sample or b"\x00" in sample:
        return bool(sample)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 100)


def _wide_unicode(data: bytes) -> Decoded | None:
    """The UTF-16/32 reading (no BOM) whose characters look most like text, if one clearly does."""
    sample = data[:8192]
    best: tuple[float, str] | None = None
    for codec, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % unit:
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = len(text_chars().findall(text)) / max(1, len(text))
        if best is None or score > best[0]:
            best = (score, codec)
    if best is None or best[0] < 0.9:
        return None
    try:
        return Decoded(_whole(data, best[1]), best[1])
    except UnicodeDecodeError:
        return _lossy(*_lenient(data, (best[1],)))


# --- plausibility of a Chinese reading ---------------------------------------------------------------


def _cross_check_chinese(data: bytes, family: tuple[str, ...]) -> tuple[str, ...]:
    """GB and Big5 bytes decode as each other without error; keep the reading whose characters are common.

    Real GB text is nearly all GB2312 level-1 characters and real Big5 text nearly all Big5 level-1
    characters; the wrong reading of either gives many rare characters.
    """
    if family not in (_GB, _BIG5):
        return family
    other = _BIG5 if family == _GB else _GB
    sample = _safe_sample(data)
    try:
        other_text = sample.decode(other[0])
    except UnicodeDecodeError:
        return family
    this_text = sample.decode(family[0], errors="replace")
    gb_set, big5_set = common_han()
    this_score = common_ratio(this_text, gb_set if family == _GB else big5_set)
    other_score = common_ratio(other_text, big5_set if family == _GB else gb_set)
    if other_score >= 0.9 and other_score > this_score + 0.2:
        return other
    # Mainland pages are what this reader is for: a short text that reads equally well both ways is GB.
    if family == _BIG5 and other_score >= this_score and han_pattern().search(other_text):
        return other
    return family


def _chinese_reading(data: bytes) -> Decoded | None:
    """A GB or Big5 reading with (almost) no bad bytes and common characters, or None.

    charset-normalizer drops any codec that fails on a single byte, so a GB page with two corrupt bytes
    comes back as a Cyrillic code page; and single-byte declarations read CJK bytes without complaint.
    """
    high_bytes = _high_bytes(data)
    gb_set, big5_set = common_han()
    best: tuple[float, Decoded] | None = None
    for family, common in ((_GB, gb_set), (_BIG5, big5_set)):
        text, codec, bad = _lenient(data, family)
        if bad > max(2, high_bytes // 200):
            continue
        score = common_ratio(text, common, minimum=10)
        if score >= 0.85 and (best is None or score > best[0]):
            best = (score, _lossy(text, codec, bad) if bad else Decoded(text, codec))
    return best[1] if best else None


def _weak_utf8(data: bytes, utf8_text: str, family: tuple[str, ...] | None) -> Decoded | None:
    """A better reading for UTF-8 made only of two-byte sequences, which short GB text can be.

    "通知" in GB2312 is valid UTF-8 (two Greek/Hebrew-range letters). A GB or Big5 declaration that reads
    the bytes as common characters wins; without one, a reading that is nothing but common GB characters
    and Chinese punctuation wins. Accented letters inside Latin words ("Näyhä", "café") stay UTF-8.
    """
    if three_byte_leads().search(data) or accent_in_word().search(utf8_text):
        return None
    if family in (_GB, _BIG5):
        chosen = _strict(data, family)
        if chosen is not None:
            gb_set, big5_set = common_han()
            if common_ratio(chosen[0], gb_set if family == _GB else big5_set, minimum=1) >= 0.85:
                return Decoded(*chosen)
    try:
        text = _whole(data, "gb18030")
    except UnicodeDecodeError:
        return None
    return Decoded(text, "gb18030") if is_plain_gb(text) else None


# --- decoding ----------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _safe_sample(data: bytes, limit: int = SAMPLE_BYTES) -> bytes:
    """The first ``limit`` bytes, cut after a newline so no multi-byte character is split."""
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", 0, limit)
    if cut < limit // 2:
        # No newline: cut before a byte below 0x40, which no CJK encoding uses as a trail byte.
        cut = max((data.rfind(bytes((b,)), 0, limit) for b in b" \t\r\"'<>=;,."), default=-1)
    return data[: cut + 1] if cut > 0 else data[:limit]


DECODE_CHUNK_BYTES = 1024 * 1024
"""Large data is decoded this many bytes at a time (see ``_whole``)."""


def _whole(data: bytes, codec: str, errors: str = "strict") -> str:
    """``data.decode(codec, errors)`` with bounded working memory.

    Python's UTF-8 decoder reserves room for the widest result while it works (about 4.5 times the
    text for Chinese, so a 60 MB file briefly took 170 MB on top of its bytes); in pieces, only the
    pieces and the joined text are held (twice the text). The other decoders already stay near that.
    """
    if len(data) <= DECODE_CHUNK_BYTES or not codec.startswith("utf-8"):
        return data.decode(codec, errors)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    pieces = [
        decoder.decode(data[start : start + DECODE_CHUNK_BYTES])
        for start in range(0, len(data), DECODE_CHUNK_BYTES)
    ]
    pieces.append(decoder.decode(b"", True))
    return "".join(pieces)


_ASCII_BYTES = bytes(range(0x80))


def _high_bytes(data: bytes) -> int:
    """How many bytes are 0x80 or above, counted a piece at a time (no copy of the whole data)."""
    return sum(
        len(data[start : start + DECODE_CHUNK_BYTES].translate(None, _ASCII_BYTES))
        for start in range(0, len(data), DECODE_CHUNK_BYTES)
    )


def _strict(data: bytes, family: tuple[str, ...]) -> tuple[str, str] | None:
    for codec in family:
        try:
            return _whole(data, codec), codec
        except UnicodeDecodeError:
            continue
    return None


def _lenient(data: bytes, family: tuple[str, ...]) -> tuple[str, str, int]:
    """The reading with the fewest undecodable bytes: text, codec, number of replacements."""
    best: tuple[str, str, int] | None = None
    for codec in family:
        text = _whole(data, codec, "replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[2]:
            best = (text, codec, bad)
    assert best is not None
    return best


def _lossy(text: str, codec: str, bad: int) -> Decoded:
    places = "1 place" if bad == 1 else f"{bad} places"
    return Decoded(text, codec, (f"{places} in the file could not be read as {codec} and show as �",))


def _detector_families(sample: bytes) -> list[tuple[str, ...]]:
    """charset-normalizer's candidates for the sample, best first, as codec families."""
    from charset_normalizer import from_bytes

    families: list[tuple[str, ...]] = []
    for match in from_bytes(sample):
        family = codec_family(match.encoding)
        if family is not None and family not in families:
            families.append(family)
    return families


def _usable(family: tuple[str, ...] | None) -> bool:
    """Whether a declared family is worth trying after the UTF-8 check (not UTF-8 or UTF-16/32 again)."""
    return family is not None and family[0] not in _UNICODE_WIDE and family != ("utf-8",)


def _from_declaration(data: bytes, family: tuple[str, ...]) -> Decoded | None:
    chosen = _strict(data, family)
    if chosen is None:
        return None
    if family[0] not in _MULTIBYTE:
        # A single-byte declaration reads any bytes; believe it unless they are plainly Chinese.
        return _chinese_reading(data) or Decoded(*chosen)
    checked = _cross_check_chinese(data, family)
    if checked != family:
        chosen = _strict(data, checked) or chosen
    return Decoded(*chosen)


def _short_gb(data: bytes, high_bytes: int) -> Decoded | None:
    """Too few bytes for charset-normalizer to judge (it calls two GB characters Korean): plain GB wins."""
    if high_bytes >= 100:
        return None
    try:
        text = _whole(data, "gb18030")
    except UnicodeDecodeError:
        return None
    return Decoded(text, "gb18030") if is_plain_gb(text) else None


def _from_detector(data: bytes, detected: list[tuple[str, ...]]) -> Decoded | None:
    for candidate in detected:
        if candidate[0] in _UNICODE_WIDE:
            continue
        chosen = _strict(data, _cross_check_chinese(data, candidate)) or _strict(data, candidate)
        if chosen is None:
            continue
        if candidate[0] not in _MULTIBYTE:
            return _chinese_reading(data) or Decoded(*chosen)
        return Decoded(*chosen)
    return _chinese_reading(data)


def _least_damaged(data: bytes, pool: list[tuple[str, ...]], high_bytes: int) -> Decoded:
    """Nothing reads every byte (a page with a few corrupt bytes): replace what cannot be read."""
    best: tuple[str, str, int] | None = None
    for family in pool:  # one reading held at a time: each is as large as the whole text
        if family[0] in _UNICODE_WIDE:
            continue
        reading = _lenient(data, family)
        if best is None or reading[2] < best[2]:  # earlier candidates win ties
            best = reading
        del reading
    assert best is not None
    text, codec, bad = best
    if bad > max(16, high_bytes // 20):
        raise UndecodableError(message("load.decode", "the text is in no encoding the reader knows"))
    return _lossy(text, codec, bad)


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` following the steps in the module docstring.

    ``declared`` is a charset from outside the bytes (an MHTML part header); it takes the place of the
    page's own declaration. Raises ``NotTextError`` for binary data, ``UndecodableError`` when no
    encoding fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_whole(data, codec), codec)
            except UnicodeDecodeError:
                return _lossy(*_lenient(data, (codec,)))

    if b"\x00" in data:
        wide = _wide_unicode(data)
        if wide is None:
            raise NotTextError(message("load.not_text", "the file contains bytes that are not text"))
        return wide
    if is_binary(data[:SAMPLE_BYTES]):
        raise NotTextError(message("load.control_bytes", "the file contains control bytes that are not text"))

    if data.isascii():
        return Decoded(data.decode("ascii"), "ascii")
    label = declared or declared_charset(data)
    family = codec_family(label) if label else None
    try:
        text = _whole(data, "utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _weak_utf8(data, text, family) or Decoded(text, "utf-8")

    if family is not None and _usable(family):
        decoded = _from_declaration(data, family)
        if decoded is not None:
            return decoded
    high_bytes = _high_bytes(data)
    decoded = _short_gb(data, high_bytes)
    if decoded is not None:
        return decoded
    detected = _detector_families(_safe_sample(data))
    decoded = _from_detector(data, detected)
    if decoded is not None:
        return decoded
    # Prefer the declaration, then the detector's and the usual Chinese encodings.
    pool = list(dict.fromkeys(([family] if family else []) + detected + list(_FALLBACK_FAMILIES)))
    return _least_damaged(data, pool, high_bytes)
