"""Readings of Chinese text: 拼音 with tone marks or numbers, or 注音符号, one per character, in context.

Owns the reading of each Han character (words decide polyphones), the phrase files that correct it (the
shipped ``resources/pinyin/phrases.txt`` and the user's file in the config folder), and the per-line cache
that keeps one screen of a long book cheap.

How a line is read (:meth:`Annotator.readings`):

1. Split the line into runs of Han characters and the rest (pypinyin's own notion of Han); the rest reads
   ``None``.
2. Cut each Han run into words by forward maximum matching over pypinyin's phrase dictionary *together
   with* the shipped and user phrases — the same algorithm pypinyin uses, so a line without any of our
   phrases is cut exactly as pypinyin cuts it, and a phrase of ours only applies where it is a word
   (单县 in 山东省单县, not in 简单县城).
3. Words that are ours take our reading; the others go to pypinyin, word by word, for their numbered
   reading (``chong2``, neutral tone ``le5``, ü as ``v``).
4. The numbered readings are cached per line (LRU) and turned into the asked style syllable by syllable.

pypinyin's ``load_phrases_dict`` changes one global dictionary for every user in the process, so it is
never called: our phrases live in each :class:`Annotator`, and two annotators with different user files
do not see each other's phrases. pypinyin itself is only read, and imported on first use (it takes a few
hundred milliseconds to load its dictionaries).

Phrase file format, UTF-8, one phrase a line: ``词语<TAB>ci2 yu3`` (tone numbers, 5 or none for the
neutral tone, ``v`` or ``ü``; tone marks are accepted too); ``#`` starts a comment line. Bad lines are
reported as :class:`~reader.core.messages.Message` values (``pinyin.*`` codes, the line number in
``line``) and skipped, never raised.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from reader.core.messages import Message, message
from reader.core.resources import resources_dir
from reader.core.settings import config_dir

__all__ = [
    "PHRASE_MESSAGE_CODES",
    "USER_FILE_NAME",
    "Annotator",
    "Style",
    "format_phrases",
    "normalize_reading",
    "parse_phrases",
    "shipped_phrases",
    "shipped_phrases_path",
    "user_phrases_path",
    "write_user_phrases",
]

USER_FILE_NAME = "pinyin-phrases.txt"
"""The user's phrase file, in :func:`reader.core.settings.config_dir`."""

PHRASE_MESSAGE_CODES = (
    "pinyin.no_reading",
    "pinyin.not_han",
    "pinyin.syllable_count",
    "pinyin.bad_syllable",
    "pinyin.duplicate",
    "pinyin.unreadable",
)
"""Every code the phrase files can produce: :func:`parse_phrases`'s carry ``line`` (1-based) and ``word``;
``pinyin.unreadable`` (a user file that exists but cannot be read) carries ``path`` and ``reason``."""

CACHE_LINES = 4096
"""Lines whose readings an :class:`Annotator` keeps (a screen is a few dozen; a chapter a few hundred)."""

_MAX_WORD = 16
"""Longest word tried when cutting (pypinyin's longest phrases are shorter than this)."""


class Style(enum.Enum):
    """How a reading is written."""

    MARKS = "marks"
    """Tone marks: ``chóng qìng``, neutral tone unmarked (``le``)."""
    NUMBERS = "numbers"
    """Tone numbers: ``chong2 qing4``, neutral tone 5 (``le5``), ü written ``ü`` (``lü4``)."""
    ZHUYIN = "zhuyin"
    """注音符号: ``ㄔㄨㄥˊ ㄑㄧㄥˋ``, neutral tone ``˙`` as pypinyin writes it (``ㄌㄜ˙``)."""


# --- syllables ---------------------------------------------------------------------------------------

_TONE3 = re.compile(r"([a-zê]+)([1-5]?)")


@cache
def _pypinyin() -> Any:
    """pypinyin, imported on first use: loading its dictionaries is the slow part of the first call."""
    import pypinyin

    return pypinyin


@cache
def _known_syllables() -> frozenset[str]:
    """Every toneless syllable (``lv``, ``zhuang``…) in pypinyin's character dictionary."""
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style._tone_convert import to_normal

    syllables: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            syllables.add(to_normal(reading, v_to_u=False))
    return frozenset(syllables)


def normalize_reading(syllable: str) -> str | None:
    """One syllable as the reader keeps it: lowercase, tone number 1–5 (5 = neutral), ü as ``v``.

    Accepts tone numbers (``lv4``, ``lü4``, ``le`` or ``le5``) and tone marks (``lǜ``, ``chóng``); None when
    it is not a syllable pypinyin knows.
    """
    from pypinyin.style._tone_convert import to_tone3

    text = syllable.strip().lower().replace("u:", "v").replace("ü", "v")
    if not text:
        return None
    numbered = to_tone3(text, v_to_u=False, neutral_tone_with_five=True)
    match = _TONE3.fullmatch(numbered)
    if match is None or match.group(1) not in _known_syllables():
        return None
    return match.group(1) + (match.group(2) or "5")


@cache
def _styled(numbered: str, style: Style) -> str:
    """A normalised syllable (``lv4``) in ``style`` (``lǜ``, ``lü4``, ``ㄌㄩˋ``)."""
    from pypinyin.style import convert
    from pypinyin.style._tone_convert import to_tone

    if style is Style.NUMBERS:
        return numbered.replace("v", "ü")
    marked = to_tone(numbered)
    if style is Style.MARKS:
        return marked
    return str(convert(marked, _pypinyin().Style.BOPOMOFO, True))


# --- phrase files --------------------------------------------------------------------------------------


def shipped_phrases_path() -> Path:
    """The phrase file shipped with the reader (place names, titles, words pypinyin reads wrong)."""
    return resources_dir() / "pinyin" / "phrases.txt"


def user_phrases_path() -> Path:
    """The user's phrase file (which may not exist yet)."""
    return config_dir() / USER_FILE_NAME


def _is_han_word(word: str) -> bool:
    return all(_is_han(char) for char in word)


def _is_han(char: str) -> bool:
    return bool(_pypinyin().constants.RE_HANS.fullmatch(char))


def parse_phrases(text: str) -> tuple[dict[str, list[str]], list[Message]]:
    """The phrases of a phrase file's text, and one Message per line that had to be skipped.

    A later line for the same word replaces the earlier one (and is reported as ``pinyin.duplicate``).
    """
    phrases: dict[str, list[str]] = {}
    problems: list[Message] = []
    first_line: dict[str, int] = {}
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, reading = line.partition("\t") if "\t" in line else line.partition(" ")
        word = word.strip()
        syllables = reading.split()
        if not syllables:
            problems.append(
                message("pinyin.no_reading", "line {line}: {word}: no reading", line=number, word=word)
            )
            continue
        if not _is_han_word(word):
            problems.append(
                message(
                    "pinyin.not_han",
                    "line {line}: {word}: not only Chinese characters",
                    line=number,
                    word=word,
                )
            )
            continue
        if len(syllables) != len(word):
            problems.append(
                message(
                    "pinyin.syllable_count",
                    "line {line}: {word}: {syllables} syllables for {characters} characters",
                    line=number,
                    word=word,
                    syllables=len(syllables),
                    characters=len(word),
                )
            )
            continue
        normalized = [normalize_reading(syllable) for syllable in syllables]
        bad = [syllable for syllable, good in zip(syllables, normalized, strict=True) if good is None]
        if bad:
            problems.append(
                message(
                    "pinyin.bad_syllable",
                    "line {line}: {word}: not a pinyin syllable: {syllable}",
                    line=number,
                    word=word,
                    syllable=bad[0],
                )
            )
            continue
        if word in phrases:
            problems.append(
                message(
                    "pinyin.duplicate",
                    "line {line}: {word}: already on line {first}; this line wins",
                    line=number,
                    word=word,
                    first=first_line[word],
                )
            )
        first_line[word] = number
        phrases[word] = [good for good in normalized if good is not None]
    return phrases, problems


def format_phrases(phrases: Mapping[str, Iterable[str]], *, header: str = "") -> str:
    """A phrase file's text: ``header`` lines as comments, then one ``词语<TAB>ci2 yu3`` line per phrase."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += [f"{word}\t{' '.join(readings)}" for word, readings in phrases.items()]
    return "\n".join(lines) + "\n"


_USER_HEADER = "Readings of words for the reader (拼音 and speech): 词语<TAB>ci2 yu3; tone 5 = neutral."


def write_user_phrases(path: Path, phrases: Mapping[str, Iterable[str]]) -> None:
    """Write a phrase file atomically (a temporary file renamed over ``path``); raises OSError."""
    text = format_phrases(phrases, header=_USER_HEADER)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


@cache
def _shipped() -> tuple[dict[str, list[str]], tuple[Message, ...]]:
    try:
        text = shipped_phrases_path().read_text(encoding="utf-8")
    except OSError:
        return {}, ()
    phrases, problems = parse_phrases(text)
    return phrases, tuple(problems)


def shipped_phrases() -> dict[str, list[str]]:
    """The shipped phrases (a copy), read once per process."""
    return dict(_shipped()[0])


# --- cutting and reading ---------------------------------------------------------------------------------


class _Lexicon:
    """An immutable snapshot of our phrases, with the prefixes maximum matching needs."""

    def __init__(self, phrases: Mapping[str, list[str]]) -> None:
        self.phrases = dict(phrases)
        self.prefixes = frozenset(word[:end] for word in self.phrases for end in range(1, len(word) + 1))


def _cut(run: str, lexicon: _Lexicon) -> list[str]:
    """Forward maximum matching over pypinyin's phrases and ours (pypinyin's ``Seg`` with both)."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import p_set

    ours, our_prefixes = lexicon.phrases, lexicon.prefixes
    words: list[str] = []
    start = 0
    size = len(run)
    while start < size:
        best = 1
        for end in range(start + 1, min(size, start + _MAX_WORD) + 1):
            piece = run[start:end]
            if piece not in p_set and piece not in our_prefixes:
                break
            if piece in ours or piece in PHRASES_DICT:
                best = end - start
        words.append(run[start : start + best])
        start += best
    return words


def _numbered_run(run: str, lexicon: _Lexicon) -> list[str | None]:
    """The normalised readings of a run of Han characters."""
    pypinyin = _pypinyin()
    readings: list[str | None] = []
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        result = pypinyin.pinyin(
            pending,
            style=pypinyin.Style.TONE3,
            errors=lambda chars: [[""] for _ in chars],
            neutral_tone_with_five=True,
        )
        if len(result) == sum(len(word) for word in pending):
            readings.extend(normalize_reading(item[0]) if item and item[0] else None for item in result)
        else:  # pypinyin grouped something: read character by character instead
            for char in "".join(pending):
                single = pypinyin.pinyin(char, style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
                value = single[0][0] if single and single[0] else ""
                readings.append(normalize_reading(value) if value else None)
        pending.clear()

    for word in _cut(run, lexicon):
        own = lexicon.phrases.get(word)
        if own is None:
            pending.append(word)
            continue
        flush()
        readings.extend(own)
    flush()
    return readings


def _numbered_line(line: str, lexicon: _Lexicon) -> tuple[str | None, ...]:
    """Readings of one line: runs of Han characters read in context, everything else None."""
    readings: list[str | None] = []
    for run in _pypinyin().seg.simpleseg.simple_seg(line):
        if run and _is_han(run[0]):
            readings.extend(_numbered_run(run, lexicon))
        else:
            readings.extend([None] * len(run))
    return tuple(readings)


class Annotator:
    """Readings of text with the shipped phrases and one user file; safe to share between threads.

    ``user_file`` defaults to :func:`user_phrases_path`; a missing file is no phrases. What was wrong in
    it is :attr:`messages` (refreshed by :meth:`reload`).
    """

    def __init__(self, user_file: Path | None = None) -> None:
        self.user_file = user_file if user_file is not None else user_phrases_path()
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[str | None, ...]] = OrderedDict()
        self._lexicon: _Lexicon | None = None
        self._messages: list[Message] = []

    @property
    def messages(self) -> list[Message]:
        """Problems in the user file (and the shipped one), as read last."""
        self._ensure_lexicon()
        with self._lock:
            return list(self._messages)

    @property
    def phrases(self) -> dict[str, list[str]]:
        """Every phrase in force: the shipped ones, then the user's (a user phrase wins)."""
        return dict(self._ensure_lexicon().phrases)

    def reload(self) -> None:
        """Re-read the user file; later readings use it."""
        lexicon, problems = self._read()
        with self._lock:
            self._lexicon = lexicon
            self._messages = problems
            self._cache.clear()

    def readings(self, text: str, style: Style) -> list[str | None]:
        """One entry per code point of ``text``: the reading of a Han character in ``style``, else None."""
        numbered = self.numbered(text)
        return [None if value is None else _styled(value, style) for value in numbered]

    def numbered(self, text: str) -> list[str | None]:
        """Readings as espeak-ng's Mandarin voice takes them (``chong2``, ``le5``, ``lv4``); None: not Han."""
        result: list[str | None] = []
        for index, line in enumerate(text.split("\n")):
            if index:
                result.append(None)
            result.extend(self._line(line))
        return result

    def warm(self) -> None:
        """Load pypinyin and the phrase files now (the first call's cost), e.g. from a worker thread."""
        self._line("重")

    # --- internals ---

    def _read(self) -> tuple[_Lexicon, list[Message]]:
        shipped, shipped_problems = _shipped()
        phrases = dict(shipped)
        problems = list(shipped_problems)
        try:
            text = self.user_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            text = ""
        except OSError as error:
            text = ""
            problems.append(
                message("pinyin.unreadable", "{path}: {reason}", path=str(self.user_file), reason=str(error))
            )
        user, user_problems = parse_phrases(text)
        phrases.update(user)
        problems.extend(user_problems)
        return _Lexicon(phrases), problems

    def _ensure_lexicon(self) -> _Lexicon:
        with self._lock:
            lexicon = self._lexicon
        if lexicon is not None:
            return lexicon
        fresh, problems = self._read()
        with self._lock:
            if self._lexicon is None:
                self._lexicon = fresh
                self._messages = problems
            return self._lexicon

    def _line(self, line: str) -> tuple[str | None, ...]:
        lexicon = self._ensure_lexicon()
        with self._lock:
            cached = self._cache.get(line)
            if cached is not None:
                self._cache.move_to_end(line)
                return cached
        value = _numbered_line(line, lexicon)
        with self._lock:
            if self._lexicon is lexicon:
                self._cache[line] = value
                if len(self._cache) > CACHE_LINES:
                    self._cache.popitem(last=False)
        return value
