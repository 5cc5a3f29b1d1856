"""Plain text files → paragraphs. The title is the first short line.

Paragraphs always end at blank lines and where a line starts indented (full-width spaces ``　　``, two
or more spaces, or a tab), as Chinese texts mark paragraphs. What the lines in between are is decided
once for the whole file, from statistics of all its lines (:func:`shape`), never line by line:

- ``wrapped``: most lines are about as wide as the widest tenth (the 90th-percentile width, counted in
  characters or in display columns, whichever fits better), and those full lines seldom end a sentence:
  the text was hard-wrapped at a fixed width. Lines are joined; a markedly narrower line ends its
  paragraph.
- ``lines``: most lines sit in long runs with no blank line or indent between them, and the lines are
  not wrapped (they vary in length and end with sentence-final punctuation 。！？…”」, or they are a
  list): one sentence or one paragraph per line. Every line is its own paragraph.
- ``marked``: otherwise the blank lines and indents carry the structure, and the lines between two
  marks are joined (a paragraph wrapped by hand, or a short note).

Joined lines meet without a space where either side is CJK and with one space between Latin words. A
paragraph over :data:`PARAGRAPH_MAX` characters (a whole book on one line, or with no mark at all) is
cut at the sentence end nearest that size, so no block is enormous for layout and speech.
Linear in the text's length: every step looks at a line, its neighbour's last character, or a bounded
window of one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.core.document import Block, BlockKind

__all__ = ["PARAGRAPH_MAX", "TITLE_MAX", "Shape", "head_lines", "paragraphs", "shape", "title_and_blocks"]

TITLE_MAX = 50
PARAGRAPH_MAX = 20_000
"""A longer paragraph is cut at the sentence end nearest this many characters."""

_INDENT = ("\u3000", "  ", "\t")

LONG_RUN = 10
"""A run of this many lines with no blank line or indent between them is unmarked text."""
MIN_WRAP_WIDTH = 16
"""Narrower "wrapping" is verse or a list, not a paragraph wrapped to fit a screen."""

# Sentence-final marks, then the closing quotes and brackets that may follow them at a line's end.
_FINAL = frozenset("。！？…!?.．")
_CLOSING = "”’」』）)》〉】\"'"
_WIDE = re.compile("[\u1100-\U0010ffff]+")
_SENTENCE_END = re.compile(r"(?:[。！？…．]|[.!?](?=\s))[”’」』）)》〉】\"']*")

ShapeKind = Literal["marked", "wrapped", "lines"]


@dataclass(frozen=True, slots=True)
class Shape:
    """How a file's lines make paragraphs (see the module docstring)."""

    kind: ShapeKind
    full: int = 0
    """``wrapped``: the width the lines were wrapped at (the widest line near the 90th percentile)."""
    short_below: int = 0
    """``wrapped``: a line narrower than this ends its paragraph when the next line's first word
    would have fitted on it."""
    by_columns: bool = False
    """``wrapped``: widths are display columns (CJK counts two), not characters."""


def _is_cjk(char: str) -> bool:
    return (
        "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or "\U00020000" <= char <= "\U0003ffff"
    )


def _last_letter(line: str) -> str:
    """The line's last character that is not a quote, dash or ellipsis (U+2010–U+206F), which Chinese
    and Latin text share: "…" then "“" joins without a space between Chinese sentences.
    """
    for char in reversed(line):
        if not "\u2010" <= char <= "\u206f":
            return char
    return line[-1]


def _first_letter(line: str) -> str:
    """The line's first character that is not a quote, dash or ellipsis (see ``_last_letter``)."""
    for char in line:
        if not "\u2010" <= char <= "\u206f":
            return char
    return line[0]


def _width(line: str, by_columns: bool) -> int:
    """The width of a line (trailing white space already removed): characters, or display columns
    where everything from U+1100 on counts two, as the GBK-era tools that hard-wrap Chinese text count
    (CJK, full-width forms, and the curly quotes and dashes GBK stores as two bytes).
    """
    if not by_columns:
        return len(line)
    return 2 * len(line) - len(_WIDE.sub("", line))


def _ends_sentence(line: str) -> bool:
    """Whether a stripped line ends with sentence-final punctuation (closing quotes after it allowed)."""
    end = len(line)
    while end and line[end - 1] in _CLOSING:
        end -= 1
    return end > 0 and line[end - 1] in _FINAL


def shape(lines: list[str]) -> Shape:
    """Decide how the file's lines make paragraphs, from statistics over all of them."""
    count = 0
    long_lines = 0
    run = 0
    kept: list[str] = []  # the non-blank lines, trailing white space removed
    for raw in lines:
        line = raw.rstrip()
        if not line:
            long_lines += run if run >= LONG_RUN else 0
            run = 0
            continue
        if raw.startswith(_INDENT):
            long_lines += run if run >= LONG_RUN else 0
            run = 0
        run += 1
        count += 1
        kept.append(line)
    long_lines += run if run >= LONG_RUN else 0
    if count < 4:
        return Shape("marked")
    metrics = (False,) if all(line.isascii() for line in kept) else (False, True)
    best: tuple[float, Shape] | None = None
    for by_columns in metrics:
        wrapped = _wrapped(kept, by_columns)
        if wrapped is not None and (best is None or wrapped[0] > best[0]):
            best = wrapped
    if best is not None:
        return best[1]
    return Shape("lines") if long_lines * 2 >= count else Shape("marked")


def _wrapped(lines: list[str], by_columns: bool) -> tuple[float, Shape] | None:
    """The share of lines in the band of full lines, and the wrapped shape, if the lines are wrapped."""
    widths = [_width(line, by_columns) for line in lines]
    ordered = sorted(widths)
    full = ordered[(len(ordered) - 1) * 9 // 10]
    if full < MIN_WRAP_WIDTH:
        return None
    high = full + max(1, full // 10)
    wide_low = full - max(2, full // 4)  # Latin wrapped at words: a long word leaves a line short
    tight_low = full - max(1, full // 10)  # CJK wraps at any character: full lines are nearly equal
    in_wide = sum(1 for width in widths if wide_low <= width <= high)
    in_tight = sum(1 for width in widths if tight_low <= width <= high)
    low = tight_low if in_tight * 100 >= in_wide * 85 else wide_low
    share = in_wide / len(widths)
    if share < 0.5:
        return None
    band = [line for line, width in zip(lines, widths, strict=True) if low <= width <= high]
    full = max(width for width in widths if width <= high)  # the wrapping width itself
    # Sentence-per-line text of even length also fills a band; wrapped lines break mid-sentence.
    if sum(1 for line in band if _ends_sentence(line.strip())) * 2 > len(band):
        return None
    return share, Shape("wrapped", full, short_below=low, by_columns=by_columns)


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs, stripped, in order."""
    return _paragraphs(text.split("\n"))[0]


def _paragraphs(lines: list[str]) -> tuple[list[str], Shape]:
    found: list[str] = []
    layout = shape(lines)
    current: list[str] = []
    previous = ""  # the previous line of the current paragraph, stripped
    width = 0  # wrapped: the previous line's width

    def close() -> None:
        if current:
            found.extend(_cut("".join(current)))
            current.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            close()
            continue
        is_end = layout.kind == "wrapped" and bool(current) and _ends_short(previous, width, line, layout)
        if raw.startswith(_INDENT) or layout.kind == "lines" or is_end:
            close()
        if current and not (_is_cjk(_last_letter(previous)) or _is_cjk(_first_letter(line))):
            current.append(" ")
        current.append(line)
        previous = line
        if layout.kind == "wrapped":
            width = _width(raw.rstrip(), layout.by_columns)  # indent included: it takes room too
    close()
    return found, layout


def _ends_short(previous: str, width: int, line: str, layout: Shape) -> bool:
    """Wrapped text: whether ``previous`` ended its paragraph. The first word of ``line`` must have had
    room on it (else a long word is what left it short), and it must be markedly narrower than the
    full lines or end a sentence.
    """
    if width >= layout.full:
        return False
    if _is_cjk(_first_letter(line)):  # any character may start a CJK line: the first one had no room
        word, gap = line[0], 0
    else:
        space = line.find(" ")
        word = line if space < 0 else line[:space]
        gap = 0 if _is_cjk(previous[-1]) else 1
    if width + gap + _width(word, layout.by_columns) > layout.full:
        return False
    return width < layout.short_below or _ends_sentence(previous)


def _cut(paragraph: str) -> list[str]:
    """The paragraph, or its pieces cut at the sentence ends nearest :data:`PARAGRAPH_MAX` characters."""
    limit = PARAGRAPH_MAX
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    start = 0
    while len(paragraph) - start > limit:
        end = _cut_point(paragraph, start + limit, start + limit // 2, start + limit * 3 // 2)
        piece = paragraph[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    rest = paragraph[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, target: int, low: int, high: int) -> int:
    """The sentence end in ``text[low:high]`` nearest ``target``; else a space before it; else ``target``."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text, low, high)]
    if ends:
        return min(ends, key=lambda end: abs(end - target))
    space = text.rfind(" ", low, target)
    return space + 1 if space >= 0 else target


def title_and_blocks(text: str) -> tuple[str | None, list[Block]]:
    """The first short line as title (None when the first line is long), and the paragraphs as blocks."""
    lines = text.split("\n")
    found, layout = _paragraphs(lines)
    title: str | None = None
    first_line = next((line.strip() for line in lines if line.strip()), "")
    # Wrapped lines and one-line paragraphs put a title on a line of its own; only a hand-marked
    # text runs its title into the first paragraph's lines.
    if found and first_line and len(first_line) <= TITLE_MAX and found[0].startswith(first_line):
        is_title = layout.kind == "marked" or found[0] == first_line
    else:
        is_title = False
    if is_title:
        title = first_line
        rest = found[0][len(first_line) :].strip()
        found = ([rest] if rest else []) + found[1:]
    return title, [Block(BlockKind.PARAGRAPH, paragraph) for paragraph in found]


def head_lines(text: str, count: int = 30, longest: int = 201) -> list[str]:
    """The first ``count`` lines, without splitting the whole text; each is cut to ``longest``
    characters (the date and source readers skip lines over 200 characters).
    """
    lines: list[str] = []
    start = 0
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        lines.append(text[start : min(end, start + longest)])
        start = end + 1
    return lines
