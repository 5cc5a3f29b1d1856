"""Sentence segmentation for Chinese (and mixed Latin) text, with code-point offsets.

Owns where one sentence ends and the next begins, for the caption strip, speech (one utterance per
sentence) and the reading highlight. Offsets are Python code points; the UI converts to UTF-16 at its edge.

The spans cover the whole text in order, without gaps or overlaps, and none is empty (the empty text has
no sentences). Whitespace after a sentence belongs to it, so ``text[start:end]`` may end in spaces or
newlines: strip it for display.

Rules, in the order they apply:

1. Newlines (any of ``str.splitlines``' line breaks) are hard boundaries: a run of line breaks and the
   whitespace around it ends the sentence before it. Text is cut into such *chunks* first, and every later
   rule works inside one chunk; that makes :func:`sentence_span` local (it never segments the whole text).
2. A sentence ends after a run of terminators — ``。｡！？；…⋯‼⁇⁈⁉`` always, ``! ? ;`` unless a Latin
   letter or digit follows at once (``Yahoo!Japan``), ``.``/``．`` only before whitespace or the end
   (never inside ``1.2万``, ``3.14`` or ``gov.cn``), ``..``/``...`` also before a non-ASCII character — then
   the closing quotes and brackets (``”’」』）)】》"'``…) that belong to it, then the whitespace after them.
   ``……`` and ``...`` are one terminator, never split between their dots.
3. Nothing inside a URL is a terminator; a period after a list number at a sentence's start (``1. ``)
   or after a few Latin abbreviations (``Mr.``, ``e.g.``) is not either.
4. A sentence longer than ``max_length`` (default :data:`MAX_SENTENCE_LENGTH`) is cut after the last
   comma, enumeration comma, colon or space in its last three quarters (never between digits as in
   ``1,000``), or else at ``max_length``, backing off so as not to cut a Latin word or a number.
5. Text before the first terminator that is only whitespace joins the sentence after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

MAX_SENTENCE_LENGTH = 200
"""Longest sentence, in code points, before rule 4 cuts it (the caption strip shows about two lines)."""

_NEWLINES = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters ``str.splitlines`` breaks at: hard sentence boundaries."""
_ALWAYS_TERMINATORS = "。｡！？；…⋯‼⁇⁈⁉"
_LATIN_TERMINATORS = "!?;"
_DOTS = ".．"
_ALWAYS_SET = frozenset(_ALWAYS_TERMINATORS)
_TERMINATOR_CHARACTERS = frozenset(_ALWAYS_TERMINATORS + _LATIN_TERMINATORS + _DOTS)
_RESTART_WINDOW = 4096
_RESTART_AFTER = 1024
_LATIN_SET = frozenset(_LATIN_TERMINATORS)
_CLOSERS = "”’」』）)】》\"'〕］]｝}〉〗〙»›"
_SOFT_BREAKS = "，、,：: \u3000\t"
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "vol", "fig", "pp", "e.g", "i.e", "vs", "cf"}
)

_NEWLINE_RUN = re.compile(f"[{_NEWLINES}]\\s*")
_TERMINATOR = re.compile(
    f"([{_ALWAYS_TERMINATORS}{re.escape(_LATIN_TERMINATORS + _DOTS)}]+)"
    f"([{re.escape(_CLOSERS)}]*)"
    r"(\s*)"
)
_NON_SPACE = re.compile(r"\S")
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.IGNORECASE)
_URL_MARKER = re.compile(r"://|www\.", re.IGNORECASE)
_URL_TRAILER = ".,;:!?'\")]"
"""Punctuation that ends a sentence rather than the URL it follows."""
_ENUMERATOR = re.compile(r"[(（]?(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})[)）]?[.．]")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z.]{1,5}\Z")


class Sentence(NamedTuple):
    """One sentence: ``text`` is ``whole_text[start:end]``, trailing whitespace included."""

    start: int
    end: int
    text: str


_new_sentence = tuple.__new__
"""Builds a :class:`Sentence` without the keyword handling of its constructor: twice as fast on 1M chars."""


def iter_spans(text: str, *, max_length: int = MAX_SENTENCE_LENGTH) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every sentence, in order; see the module docstring for the rules."""
    return _spans_from(text, 0, max_length)


def iter_sentences(text: str, *, max_length: int = MAX_SENTENCE_LENGTH) -> Iterator[Sentence]:
    """Every sentence of ``text`` in order, lazily."""
    for start, end in _spans_from(text, 0, max_length):
        yield _new_sentence(Sentence, (start, end, text[start:end]))


def sentences(text: str, *, max_length: int = MAX_SENTENCE_LENGTH) -> list[Sentence]:
    """Every sentence of ``text`` in order; ``[]`` for the empty text."""
    return [
        _new_sentence(Sentence, (start, end, text[start:end]))
        for start, end in _spans_from(text, 0, max_length)
    ]


def sentence_span(text: str, offset: int, *, max_length: int = MAX_SENTENCE_LENGTH) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding code point ``offset``.

    ``offset`` is clamped to the text; the end of the text (a caret after the last character) belongs to
    the last sentence. The empty text gives ``(0, 0)``. Only the line around ``offset`` is segmented.
    """
    length = len(text)
    if length == 0:
        return (0, 0)
    offset = min(max(offset, 0), length - 1)
    scan_start = _scan_start(text, offset)
    # Segmenting up to a bound gives the same spans as segmenting everything, except for the span
    # that reaches the bound; a sentence is at most max_length long plus its trailing whitespace.
    bound = offset + 2 * max_length + 16
    if bound < length:
        for start, end in _spans_from(text, scan_start, max_length, bound):
            if end > offset:
                if end < bound:
                    return (start, end)
                break
    for start, end in _spans_from(text, scan_start, max_length):
        if end > offset:
            return (start, end)
    raise AssertionError("sentence spans do not cover the text")  # pragma: no cover


def _chunk_start(text: str, offset: int) -> int:
    """Where the chunk (rule 1) holding ``offset`` begins: segmenting from there matches segmenting all."""
    limit = offset + 1
    length = len(text)
    while True:
        newline = max(text.rfind(character, 0, limit) for character in _NEWLINES)
        if newline < 0:
            return 0
        run_start = newline
        while run_start > 0 and text[run_start - 1].isspace():
            run_start -= 1
        if run_start == 0:
            # Only whitespace before: it joins the first chunk (rule 5).
            return 0
        run_end = newline + 1
        while run_end < length and text[run_end].isspace():
            run_end += 1
        if run_end <= offset:
            return run_end
        # The offset is in the whitespace that ends the previous chunk.
        limit = run_start


def _scan_start(text: str, offset: int) -> int:
    """A sentence start at or before ``offset``, close to it, from which segmenting matches segmenting all.

    The chunk's start (rule 1) always qualifies. Deep into a long line, a nearer one is looked for in
    the last :data:`_RESTART_WINDOW` characters first, so that neither the search for the chunk's start
    nor the segmentation has to cover the whole line.
    """
    lowest = max(0, offset - _RESTART_WINDOW)
    if offset - lowest > _RESTART_AFTER and all(
        text.find(character, lowest, offset + 1) < 0 for character in _NEWLINES
    ):
        # No line break in the window: the chunk starts before it, or after whitespace inside it.
        restart = _restart_point(text, lowest, offset)
        if restart is not None:
            return restart
    chunk_start = _chunk_start(text, offset)
    if offset - chunk_start > _RESTART_AFTER:
        restart = _restart_point(text, max(chunk_start, lowest), offset)
        if restart is not None:
            return restart
    return chunk_start


def _restart_point(text: str, lowest: int, offset: int) -> int | None:
    """The last sentence start in ``(lowest, offset]`` known without scanning from the chunk's start.

    The caller guarantees the chunk holding ``offset`` starts at or before ``lowest``, or after only
    whitespace following it. The end of a run holding one of ``。！？…`` (with its closers and
    whitespace) is a sentence start whatever came before, provided a plain character precedes the run:
    no earlier match can end there, so the run is matched whole and has something before it; URLs never
    hold those characters, and the length limit only cuts inside sentences.
    """
    length = len(text)
    limit = offset + 1
    while True:
        found = max(text.rfind(character, lowest, limit) for character in _ALWAYS_TERMINATORS)
        if found < 0:
            return None
        run_start = found
        while run_start > lowest and text[run_start - 1] in _TERMINATOR_CHARACTERS:
            run_start -= 1
        end = found + 1
        while end < length and text[end] in _TERMINATOR_CHARACTERS:
            end += 1
        while end < length and text[end] in _CLOSERS:
            end += 1
        while end < length and text[end].isspace():
            end += 1
        if end <= offset and run_start > lowest:
            before = text[run_start - 1]
            if not before.isspace() and before not in _CLOSERS:
                return end
        limit = run_start


def _spans_from(
    text: str, position: int, max_length: int, stop: int | None = None
) -> Iterator[tuple[int, int]]:
    """Spans from ``position``, which must be 0 or a chunk start, to ``stop`` (default: the end)."""
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, not {max_length}")
    length = len(text) if stop is None else stop
    # URLs never cross a line break, so finding them once for all chunks finds the same ones.
    is_in_url = _url_test(text, position, length)
    start = position
    for match in _NEWLINE_RUN.finditer(text, position, length):
        if _NON_SPACE.search(text, start, match.start()) is None:
            continue  # only whitespace so far: it joins the next chunk
        yield from _chunk_spans(text, start, match.end(), max_length, is_in_url)
        start = match.end()
    if start < length:
        yield from _chunk_spans(text, start, length, max_length, is_in_url)


def _chunk_spans(
    text: str, start: int, stop: int, max_length: int, is_in_url: Callable[[int], bool]
) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:stop]``, one chunk: no line break inside except in its trailing whitespace."""
    for match in _TERMINATOR.finditer(text, start, stop):
        at = match.start()
        if at == start or is_in_url(at):
            continue
        if text[start].isspace():
            found = _NON_SPACE.search(text, start, at)
            if found is None:
                continue  # nothing before the terminator (rule 5)
            first = found.start()
        else:
            first = start
        end = match.end()
        if _ALWAYS_SET.isdisjoint(match.group(1)):
            following = text[end] if end < stop else ""
            if not _is_latin_end(text, match, first, following):
                continue
        if end - start <= max_length:
            yield (start, end)
        else:
            yield from _limited(text, start, end, max_length, is_in_url)
        start = end
    if start < stop:
        yield from _limited(text, start, stop, max_length, is_in_url)


def _is_latin_end(text: str, match: re.Match[str], first: int, following: str) -> bool:
    """Whether a run of Latin terminators (``match``) ends the sentence that starts at ``first``."""
    terminators, closers, space = match.groups()
    at = match.start()
    is_open_end = bool(space) or not following
    if not _LATIN_SET.isdisjoint(terminators):
        return is_open_end or bool(closers) or not (following.isascii() and following.isalnum())
    # Only dots from here on.
    if len(terminators) >= 2:
        return is_open_end or not following.isascii()
    if not is_open_end:
        return False
    if not closers:
        if _ENUMERATOR.fullmatch(text, first, at + 1):
            return False
        word = _WORD_BEFORE_DOT.search(text, max(first, at - 5), at)
        if word and word.group().lstrip(".").lower() in _ABBREVIATIONS:
            start = word.start()
            if start == first or not text[start - 1].isalpha():
                return False
    return True


def _url_test(text: str, start: int, stop: int) -> Callable[[int], bool]:
    """A test of whether a position in ``text[start:stop]`` lies inside a URL."""
    if _URL_MARKER.search(text, start, stop) is None:
        return _never
    starts: list[int] = []
    ends: list[int] = []
    for found in _URL.finditer(text, start, stop):
        match = found
        if match.end() == stop:
            # Cut by a bound short of the chunk's end (sentence_span): take the whole URL.
            match = _URL.match(text, match.start()) or found
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILER:
            end -= 1
        starts.append(match.start())
        ends.append(end)

    def is_in_url(position: int) -> bool:
        # URLs do not overlap and come in order: the last one starting at or before ``position``.
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    return is_in_url


def _never(position: int) -> bool:
    return False


def _limited(
    text: str, start: int, end: int, max_length: int, is_in_url: Callable[[int], bool]
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``max_length`` (rule 4)."""
    while end - start > max_length:
        cut = _soft_cut(text, start, max_length, is_in_url)
        if cut is None:
            cut = _hard_cut(text, start, max_length)
        while cut < end and text[cut].isspace():
            cut += 1
        if cut >= end:
            break
        yield (start, cut)
        start = cut
    yield (start, end)


def _soft_cut(text: str, start: int, max_length: int, is_in_url: Callable[[int], bool]) -> int | None:
    """The position after the last soft break in the piece's last three quarters, or None."""
    lowest = start + max(max_length // 4, 1)
    for cut in range(start + max_length, lowest - 1, -1):
        character = text[cut - 1]
        if character not in _SOFT_BREAKS or is_in_url(cut - 1):
            continue
        if character in ",，" and text[cut - 2 : cut - 1].isdigit() and text[cut : cut + 1].isdigit():
            continue  # 1,000 is one number
        return cut
    return None


def _hard_cut(text: str, start: int, max_length: int) -> int:
    """``start + max_length``, moved back to the start of a Latin word or number it would cut."""
    cut = start + max_length
    lowest = start + max(max_length // 4, 1)
    back = cut
    while back > lowest and _is_word_character(text[back - 1]) and _is_word_character(text[back]):
        back -= 1
    return back if back > lowest else cut


def _is_word_character(character: str) -> bool:
    return character.isascii() and (character.isalnum() or character in "._,")
