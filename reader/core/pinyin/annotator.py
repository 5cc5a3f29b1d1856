"""The :class:`Annotator`: readings of text with the shipped and one user's phrases, cached per clause.

pypinyin's ``load_phrases_dict`` changes one global dictionary for every user in the process, so it is
never called: an annotator keeps its phrases to itself (a :class:`~reader.core.pinyin.reading.Lexicon`
snapshot), and two annotators with different user files do not see each other's. pypinyin itself is
only read. Readings are cached per run of Han characters (the clauses between punctuation; words never
cross them; LRU, :data:`CACHE_RUNS`), so a screen that scrolls costs only its new clauses, however long
its paragraphs; nothing is computed for text not asked for. A text cut mid-clause reads the cut clause
without the characters it lost: pass whole clauses where the edge matters.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from reader.core.messages import Message, message
from reader.core.pinyin.phrases import parse_phrases, shipped_entries, user_phrases_path
from reader.core.pinyin.reading import Lexicon, han_runs, pieces, read_run
from reader.core.pinyin.syllables import Style, styled

CACHE_RUNS = 50_000
"""Runs of Han characters whose readings an :class:`Annotator` keeps (a screen holds about a hundred)."""


class Annotator:
    """Readings of text with the shipped phrases and one user file; safe to share between threads.

    ``user_file`` defaults to :func:`~reader.core.pinyin.user_phrases_path`; a missing file is no phrases.
    What was wrong in it is :attr:`messages` (refreshed by :meth:`reload`).
    """

    def __init__(self, user_file: Path | None = None) -> None:
        self.user_file = user_file if user_file is not None else user_phrases_path()
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[str | None, ...]] = OrderedDict()
        """Readings of runs of Han characters."""
        self._lexicon: Lexicon | None = None
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
        return [None if value is None else styled(value, style) for value in self.numbered(text)]

    def numbered(self, text: str) -> list[str | None]:
        """Readings as espeak-ng's Mandarin voice takes them (``chong2``, ``le5``, ``lv4``); None: not Han."""
        result: list[str | None] = []
        for index, line in enumerate(text.split("\n")):
            if index:
                result.append(None)
            result.extend(self._line(line))
        return result

    def words(self, text: str, style: Style) -> list[tuple[str, list[str] | None]]:
        """``text`` cut into pieces, in order: Han words with one reading per character, other runs None.

        The pieces join back into ``text``; the words are the ones that decided the readings.
        """
        lexicon = self._ensure_lexicon()
        readings = self.readings(text, style)
        result: list[tuple[str, list[str] | None]] = []
        start = 0
        for index, line in enumerate(text.split("\n")):
            if index:
                result.append(("\n", None))
                start += 1
            for piece in pieces(line, lexicon):
                values = readings[start : start + len(piece)]
                start += len(piece)
                known = [value for value in values if value is not None]
                result.append((piece, known if known and len(known) == len(piece) else None))
        return result

    def warm(self) -> None:
        """Load pypinyin and the phrase files now (the first call's cost), e.g. from a worker thread."""
        self._line("重")

    # --- internals ---

    def _read(self) -> tuple[Lexicon, list[Message]]:
        shipped, shipped_problems = shipped_entries()
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
        return Lexicon(phrases), problems

    def _ensure_lexicon(self) -> Lexicon:
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

    def _line(self, line: str) -> list[str | None]:
        lexicon = self._ensure_lexicon()
        readings: list[str | None] = []
        for run, is_han_run in han_runs(line):
            readings.extend(self._run(run, lexicon) if is_han_run else [None] * len(run))
        return readings

    def _run(self, run: str, lexicon: Lexicon) -> tuple[str | None, ...]:
        with self._lock:
            cached = self._cache.get(run)
            if cached is not None:
                self._cache.move_to_end(run)
                return cached
        value = read_run(run, lexicon)
        with self._lock:
            if self._lexicon is lexicon:
                self._cache[run] = value
                if len(self._cache) > CACHE_RUNS:
                    self._cache.popitem(last=False)
        return value
