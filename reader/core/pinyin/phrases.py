"""Phrase files: the shipped ``resources/pinyin/phrases.txt``, the user's file, parsing and writing them.

Format, UTF-8, one phrase a line: ``词语<TAB>ci2 yu3`` (tone numbers, 5 or none for the neutral tone,
``v`` or ``ü``; tone marks are accepted too); ``#`` starts a comment line; a space may stand for the tab.
Bad lines are reported as :class:`~reader.core.messages.Message` values (``pinyin.*`` codes, the line
number in ``line``) and skipped, never raised. A later line for the same word wins.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from reader.core.messages import Message, message
from reader.core.pinyin.syllables import is_han, normalize_reading
from reader.core.resources import resources_dir
from reader.core.settings import config_dir

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


def shipped_phrases_path() -> Path:
    """The phrase file shipped with the reader (place names, titles, words pypinyin reads wrong)."""
    return resources_dir() / "pinyin" / "phrases.txt"


def user_phrases_path() -> Path:
    """The user's phrase file (which may not exist yet)."""
    return config_dir() / USER_FILE_NAME


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
        if not all(is_han(char) for char in word):
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
def shipped_entries() -> tuple[dict[str, list[str]], tuple[Message, ...]]:
    """The shipped phrases and the problems in their file, read once per process."""
    try:
        text = shipped_phrases_path().read_text(encoding="utf-8")
    except OSError:
        return {}, ()
    phrases, problems = parse_phrases(text)
    return phrases, tuple(problems)


def shipped_phrases() -> dict[str, list[str]]:
    """The shipped phrases (a copy), read once per process."""
    return dict(shipped_entries()[0])
