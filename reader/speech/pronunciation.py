"""Pronunciation for Mandarin speech: words espeak-ng reads wrong, rewritten as numbered pinyin.

espeak-ng's Mandarin voice speaks numbered pinyin inside Chinese text as those syllables (``处长`` →
``chu4 zhang3``; the neutral tone is ``le5``, plain ``le`` switches to English; ``[[…]]`` phonemes and SSML
are no use through pyttsx3: platform-notes.md). This module owns which words are rewritten and how:

- the shipped table ``resources/pinyin/espeak_fixes.tsv``: the words where the reader's own reading
  (pypinyin's phrase dictionary with the shipped phrases, ``reader.core.pinyin``) and espeak's differ and
  ours is right, built by ``tests/speech/make_espeak_fixes.py`` from real portal text (its docstring says
  how, and which differences were left to espeak because espeak is the one that is right);
- the user's 读音词典, the phrase file of ``reader.core.pinyin`` (:data:`USER_FILE_NAME` in the config
  folder), one word a line ``词语<TAB>chu4 zhang3``: the one file the window's 读音词典 edits, so a word
  is shown and spoken the same way (bad lines are reported by :func:`parse_pronunciations` as Messages
  and skipped). A user word always wins and is always rewritten.

A shipped word is rewritten only where the text really holds that word: the sentence cut into words as
the annotator cuts it (:meth:`reader.core.pinyin.Annotator.words`) must have it as a word,
the annotator's reading in context must be the table's, and no known word may cross its edges
(办事处长期 is 办事处 + 长期; 一并处理 holds no 并处; 带来了无数 has 无数), so a table word never breaks
the word it sits in. pypinyin's phrase list is no general dictionary (进行, 积极 are not in it), so the
words whose edges such misses break in real text (积极地 is no 极地) are left out of the table by hand.
These checks load pypinyin (about a second, once per process): :func:`warm` does it ahead, from a worker
thread. The sandhi espeak applies to 一 and 不 inside
Chinese text (一样 yí yàng) is applied to the rewritten syllables too.

:meth:`Pronouncer.hits` gives the rewrites of a text; ``reader.speech.normalization`` writes them into the
spoken string through its :class:`~reader.speech.spoken.SpokenBuilder`, one piece per character, so a
word mark on ``zhang3`` maps back onto 长. Mandarin only: Cantonese voices read characters themselves.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.messages import Message, message
from reader.core.pinyin.phrases import USER_FILE_NAME as PINYIN_USER_FILE_NAME
from reader.core.resources import resources_dir

if TYPE_CHECKING:
    from reader.core.pinyin import Annotator

__all__ = [
    "USER_FILE_NAME",
    "Hit",
    "Pronouncer",
    "parse_pronunciations",
    "shared",
    "shipped_fixes",
    "shipped_fixes_path",
    "user_pronunciations_path",
    "warm",
]

USER_FILE_NAME = PINYIN_USER_FILE_NAME
"""The user's 读音词典, in ``reader.core.settings.config_dir()``: the same file as 拼音's."""

_SANDHI_CHARS = frozenset("一不")


@dataclass(frozen=True, slots=True)
class Hit:
    """``text[start:end]`` is to be spoken as ``syllables`` (one numbered syllable per character)."""

    start: int
    end: int
    syllables: tuple[str, ...]


def shipped_fixes_path() -> Path:
    return resources_dir() / "pinyin" / "espeak_fixes.tsv"


def user_pronunciations_path() -> Path:
    from reader.core.settings import config_dir

    return config_dir() / USER_FILE_NAME


def parse_pronunciations(text: str) -> tuple[dict[str, list[str]], list[Message]]:
    """The words of a pronunciation file and one Message per skipped line (``pinyin.*`` codes, with
    ``line`` and ``word``): the phrase format and checks of ``reader.core.pinyin.parse_phrases``."""
    from reader.core.pinyin import parse_phrases

    return parse_phrases(text)


def _read_table(text: str) -> dict[str, tuple[str, ...]]:
    """The shipped table, trusted (it is generated and checked by its test): no pypinyin needed."""
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, reading = line.partition("\t")
        syllables = tuple(reading.split())
        if word and len(syllables) == len(word):
            table[word] = syllables
    return table


@cache
def shipped_fixes() -> dict[str, tuple[str, ...]]:
    """The shipped table: word → numbered syllables (a missing file is an empty table)."""
    try:
        return _read_table(shipped_fixes_path().read_text(encoding="utf-8"))
    except OSError:
        return {}


def _with_sandhi(word: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    """一 and 不 as espeak says them inside Chinese text: 一 before tone 4 is yi2, before 1–3 yi4; 不
    before tone 4 is bu2."""
    out = list(syllables)
    for index, char in enumerate(word[:-1]):
        if char not in _SANDHI_CHARS or syllables[index] not in ("yi1", "bu4"):
            continue
        following = syllables[index + 1][-1]
        if char == "一":
            out[index] = "yi2" if following == "4" else "yi4" if following in "123" else "yi1"
        elif following == "4":
            out[index] = "bu2"
    return tuple(out)


class Pronouncer:
    """The shipped table and one user file; :meth:`hits` finds the rewrites of a text. Thread-safe."""

    def __init__(self, user_file: Path | None = None, *, shipped: dict[str, tuple[str, ...]] | None = None):
        self._user_file = user_file
        self._shipped = shipped
        self._lock = threading.Lock()
        self._loaded: (
            tuple[dict[str, tuple[str, ...]], frozenset[str], re.Pattern[str] | None, list[Message]] | None
        ) = None
        self._annotator: Annotator | None = None

    @property
    def user_file(self) -> Path:
        return self._user_file if self._user_file is not None else user_pronunciations_path()

    @property
    def messages(self) -> list[Message]:
        """Problems of the user file as read last (bad lines, or the file unreadable)."""
        return list(self._load()[3])

    def user_words(self) -> dict[str, tuple[str, ...]]:
        """The user's words as read last."""
        return {word: self._load()[0][word] for word in self._load()[1]}

    def reload(self) -> None:
        """Read the user file again (after the reader edits it)."""
        with self._lock:
            self._loaded = None

    def _load(
        self,
    ) -> tuple[dict[str, tuple[str, ...]], frozenset[str], re.Pattern[str] | None, list[Message]]:
        with self._lock:
            if self._loaded is not None:
                return self._loaded
        words = dict(self._shipped if self._shipped is not None else shipped_fixes())
        problems: list[Message] = []
        user: dict[str, list[str]] = {}
        path = self.user_file
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            text = ""
        except OSError as error:
            text = ""
            problems.append(
                message("pinyin.unreadable", "{path}: {reason}", path=str(path), reason=str(error))
            )
        if text.strip():
            user, bad = parse_pronunciations(text)
            problems.extend(bad)
        words.update({word: tuple(reading) for word, reading in user.items()})
        # One alternation, longest words first: the leftmost, longest word wins at each place (in C).
        pattern = (
            re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True))) if words else None
        )
        loaded = (words, frozenset(user), pattern, problems)
        with self._lock:
            self._loaded = loaded
        return loaded

    def _annotator_now(self) -> Annotator:
        if self._annotator is None:
            from reader.core.pinyin import Annotator

            self._annotator = Annotator()
        return self._annotator

    def _readings(self, text: str) -> list[str | None]:
        return self._annotator_now().numbered(text)

    def _word_starts(self, text: str) -> set[int]:
        """Where the words of ``text`` start and end, as the annotator cuts them."""
        from reader.core.pinyin import Style

        bounds, at = {0}, 0
        for piece, _ in self._annotator_now().words(text, Style.NUMBERS):
            at += len(piece)
            bounds.add(at)
        return bounds

    def warm(self) -> None:
        """Read the files and load pypinyin now (the first context check's cost)."""
        self._load()
        self._readings("处长")
        self._straddled("处长", 0, 2)

    def _straddled(self, text: str, start: int, end: int) -> bool:
        """Whether a known word crosses an edge of ``text[start:end]`` (了无数: 无数; 并处于: 处于; 类似的:
        类似): the characters may then belong to their neighbours, whatever the cut says."""
        from pypinyin.constants import PHRASES_DICT

        ours = self._annotator_now().phrases
        for edge in (start, end):
            for left in range(max(0, edge - 3), edge):
                for right in range(edge + 1, min(len(text), edge + 3) + 1):
                    if (left < start or right > end) and not (left <= start and right >= end):
                        piece = text[left:right]
                        if len(piece) >= 2 and (piece in PHRASES_DICT or piece in ours):
                            return True
        return False

    def hits(self, text: str) -> list[Hit]:
        """The words of ``text`` to speak as pinyin, longest first at each place, in order."""
        words, user, pattern, _ = self._load()
        if pattern is None:
            return []
        found = [(match.start(), match.end(), match.group()) for match in pattern.finditer(text)]
        if not found:
            return []
        context: list[str | None] | None = None
        bounds: set[int] = set()
        hits: list[Hit] = []
        for start, end, word in found:
            syllables = words[word]
            if word not in user:
                if context is None:
                    context = self._readings(text)
                    bounds = self._word_starts(text)
                # Only where the sentence really holds the word, cut as the annotator cuts it, and reads it
                # so (办事处长期 is 办事处 + 长期; 一并处理 holds no 并处).
                if (
                    start not in bounds
                    or end not in bounds
                    or tuple(context[start:end]) != syllables
                    or self._straddled(text, start, end)
                ):
                    continue
            hits.append(Hit(start, end, _with_sandhi(word, syllables)))
        return hits


_shared: Pronouncer | None = None
_shared_lock = threading.Lock()


def shared() -> Pronouncer:
    """The process's pronouncer (shipped table + the user's file), made on first use."""
    global _shared  # noqa: PLW0603 - one table per process, like the annotator's cache
    with _shared_lock:
        if _shared is None:
            _shared = Pronouncer()
        return _shared


def warm() -> None:
    """Load everything the first rewrite needs (call from a worker thread at start-up)."""
    shared().warm()
