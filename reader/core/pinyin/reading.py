"""Reading a run of Han characters: cutting it into words, pypinyin's readings, our phrases, and the
rules for three characters pypinyin reads by one default.

1. Split the line into runs of Han characters and the rest (pypinyin's own split); the rest reads None.
2. Cut each run into words by forward maximum matching over pypinyin's phrase dictionary *together
   with* our phrases (shipped + user): pypinyin's own algorithm, so a run without any of our phrases is
   cut as pypinyin cuts it, and a phrase of ours only applies where it is a word in that cut (单县 in
   山东省单县, not in 简单县城). A few shipped entries are there only to keep the cut right (物流 against
   物|流行|业, 重庆市 against 重庆|市长|江). Backward matching was tried and changed nothing on the
   polyphone evaluation; forward matching keeps pypinyin's behaviour.
3. Words of ours take our reading; the others take pypinyin's (read from its dictionaries directly, as
   its converter would: a phrase's first readings, else each character's first).
4. Three characters that pypinyin reads by one default when they stand alone (not in any phrase) get
   their reading from their neighbours: 得 after a verb or adjective is the complement marker ``de5``
   (看得很重, 美得让人), not ``dé`` (得到, 得以, 能得, 再得一次); 地 between an adverbial and the verb is
   ``de5`` (认真地说, 慢慢地), not ``dì`` (各地, 属地, 等地, 地标); 长 as an adjective is ``cháng``
   (长时间, 长达, 时间越长, 周期长), not pypinyin's lone default ``zhǎng``. The characters around that
   decide are listed below.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from reader.core.pinyin.syllables import is_han, normalize_reading, pypinyin_module

MAX_WORD = 16
"""Longest word tried when cutting (pypinyin's longest phrases are shorter than this)."""

_DE2_BEFORE = frozenset(
    "能会可也再才而并是未没难所必应须方始此果从若如不以已将即便均都又还就总终仍亦曾刚只既"
)
"""Before a lone 得, characters after which it is the verb dé (能得, 再得) or děi: pypinyin's dé stays."""
_DE2_AFTER = frozenset("到以出名兼益失知奖分病手意逞利胜救体当宜悉令势罪一")
"""After a lone 得, characters with which it is the verb dé (得到, 得以, 得出, 得名, 得一次)."""
_DI4_BEFORE = frozenset(
    "等各多属征绿亩满无是此该本外当两三异原占耕土草田山林荒宝基腹福圣产驻领营阵墓住目境园高平低湿洼盆场天陆内遍落倒席某何心"
)
"""Before a lone 地, characters with which it is the noun dì (各地, 属地, 征地, 绿地, 一亩地, 满地)."""
_DI4_AFTER = frozenset(
    "标母区方点面下上图块带段球震质理形址位产税铁价貌势皮基主名道域盘界壳核层表处里头毯铺窖雷瓜摊契租权"
)
"""After a lone 地, characters with which it is the noun dì (地标, 地母, 地区…)."""


_CHANG2_AFTER = frozenset("时达度久远篇途寿条距年夜假线跑效廊河江短宽高方")
"""After a lone 长, characters with which it is the adjective cháng (长时间, 长达, 长久, 长度)."""
_CHANG2_BEFORE = frozenset("越很太较更最多过不挺特偏狭细冗漫延拉修期间孔")
"""Before a lone 长, characters after which it is the adjective cháng (越长, 很长, 周期长, 面孔长)."""


class Lexicon:
    """An immutable snapshot of our phrases, with the prefixes forward matching needs."""

    def __init__(self, phrases: Mapping[str, list[str]]) -> None:
        self.phrases = dict(phrases)
        self.prefixes = frozenset(word[:end] for word in self.phrases for end in range(1, len(word) + 1))


def _cut_forward(run: str, lexicon: Lexicon) -> list[str]:
    """Forward maximum matching over pypinyin's phrases and ours (pypinyin's own ``Seg`` with both)."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import p_set

    ours, our_prefixes = lexicon.phrases, lexicon.prefixes
    words: list[str] = []
    start = 0
    size = len(run)
    while start < size:
        best = 1
        for end in range(start + 1, min(size, start + MAX_WORD) + 1):
            piece = run[start:end]
            if piece not in p_set and piece not in our_prefixes:
                break
            if piece in ours or piece in PHRASES_DICT:
                best = end - start
        words.append(run[start : start + best])
        start += best
    return words


def cut(run: str, lexicon: Lexicon) -> list[str]:
    """The words of a run of Han characters (see the module docstring, step 2)."""
    return _cut_forward(run, lexicon)


@cache
def _numbered(marked: str) -> str | None:
    return normalize_reading(marked)


@cache
def _char_reading(char: str) -> str | None:
    from pypinyin.constants import PINYIN_DICT

    readings = PINYIN_DICT.get(ord(char))
    return _numbered(readings.split(",", 1)[0]) if readings else None


def _pypinyin_readings(word: str) -> list[str | None]:
    """pypinyin's reading of a word, one per character, read from its dictionaries directly.

    The same as ``pypinyin.pinyin([word], Style.TONE3, neutral_tone_with_five=True)`` (a phrase's first
    readings, else each character's first; tests check it) at a fraction of the cost: its converter
    spends most of a screen's time in per-call machinery.
    """
    from pypinyin.constants import PHRASES_DICT

    if len(word) > 1:
        phrase = PHRASES_DICT.get(word)
        if phrase is not None and len(phrase) == len(word):
            return [_numbered(options[0]) for options in phrase]
    return [_char_reading(char) for char in word]


def _particle(char: str, reading: str | None, before: str, after: str) -> str | None:
    """A lone 得, 地 or 长 read from its neighbours (module docstring, step 4); ``before``/``after`` are
    "" at the ends of the run."""
    is_complement = char == "得" and reading == "de2" and bool(before)
    if is_complement and before not in _DE2_BEFORE and after not in _DE2_AFTER:
        return "de5"
    is_adverbial = char == "地" and reading == "di4" and bool(before and after)
    if is_adverbial and before not in _DI4_BEFORE and after not in _DI4_AFTER:
        return "de5"
    if char == "长" and reading == "zhang3" and (after in _CHANG2_AFTER or before in _CHANG2_BEFORE):
        return "chang2"
    return reading


def read_run(run: str, lexicon: Lexicon) -> tuple[str | None, ...]:
    """The numbered readings of a run of Han characters."""
    words = cut(run, lexicon)
    readings: list[str | None] = []
    for word in words:
        own = lexicon.phrases.get(word)
        readings.extend(own if own is not None else _pypinyin_readings(word))
    start = 0
    for word in words:
        if len(word) == 1 and word in "得地长" and word not in lexicon.phrases:
            before = run[start - 1] if start else ""
            after = run[start + 1] if start + 1 < len(run) else ""
            readings[start] = _particle(word, readings[start], before, after)
        start += len(word)
    return tuple(readings)


def han_runs(line: str) -> list[tuple[str, bool]]:
    """The line split into runs of Han characters (True) and the rest (False), as pypinyin splits it."""
    return [(run, is_han(run[0])) for run in pypinyin_module().seg.simpleseg.simple_seg(line) if run]


def pieces(line: str, lexicon: Lexicon) -> list[str]:
    """The line cut as the readings are: Han words and the runs between them."""
    result: list[str] = []
    for run, is_han_run in han_runs(line):
        if is_han_run:
            result.extend(cut(run, lexicon))
        else:
            result.append(run)
    return result
