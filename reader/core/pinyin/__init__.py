"""Readings of Chinese text: 拼音 with tone marks or numbers, or 注音符号, one per character, in context.

Owns the reading of each Han character (words decide polyphones), the phrase files that correct it (the
shipped ``resources/pinyin/phrases.txt`` and the user's file in the config folder), and the cache
that keeps one screen of a long book cheap. The modules:

- ``syllables``: :class:`Style`, one syllable normalised (``lv4``, ``le5``) and written in a style;
- ``phrases``: the phrase files (format, parsing with Messages for bad lines, atomic writing);
- ``reading``: one line read — runs of Han characters cut into words over pypinyin's phrases and ours,
  pypinyin's readings, our phrases, the 得/地/长 rules (the steps are listed there);
- ``annotator``: :class:`Annotator`, the thread-safe entry point with its cache of clauses.

pypinyin is imported on first use (loading its dictionaries takes about a second) and never changed:
``load_phrases_dict`` would change it for every user in the process.
"""

from __future__ import annotations

from reader.core.pinyin.annotator import CACHE_RUNS, Annotator
from reader.core.pinyin.phrases import (
    PHRASE_MESSAGE_CODES,
    USER_FILE_NAME,
    format_phrases,
    parse_phrases,
    shipped_phrases,
    shipped_phrases_path,
    user_phrases_path,
    write_user_phrases,
)
from reader.core.pinyin.syllables import Style, normalize_reading

__all__ = [
    "CACHE_RUNS",
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
