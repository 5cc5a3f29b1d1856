"""Chinese text for speech: digits, dates, units and symbols turned into what a listener expects.

A sentence is rewritten before synthesis the way a radio announcer reads it (``2025-05-03`` →
二〇二五年五月三日, ``12.5%`` → 百分之十二点五, ``国办发〔2024〕12号`` → 国办发二〇二四年十二号), and a
:class:`Spoken` keeps the map back: the engine's word marks come in positions of the spoken text and the
highlight needs positions of the displayed one. Mandarin (``cmn``) and Cantonese (``yue``) share the rules
(Han numerals read right in both; 两 before measure words is used for both, which Cantonese also says);
any other language gets the text unchanged, since other voices read digits themselves.

What espeak-ng's ``sit/cmn`` and ``sit/yue`` do, checked with its phoneme output and synthesis length,
decides the punctuation rules: 《》“”‘’——……·、 are silent or a short pause and stay as they are;
``/ ~ * # & % − ± = + \\`` are read aloud in English and are replaced or removed; ％ ‰ ℃ ¥ ① are dropped
silently and ㎡ ㎞ Ⅳ ㈠ come out as noise, so all of those are read here. Its own number reading is wrong
for large numbers (12345 → 十二千…), so every number is written out in Han numerals.

Choices worth knowing:
- phone, ID and other code-like digit strings are read digit by digit with 幺 for 1 in Mandarin (what
  announcers and hotlines say, and it cannot be misheard as 七), 一 in Cantonese (幺 is not said there);
- a year (four digits before 年, 年度, 版, 届 or in 〔〕) is read digit by digit; ``No.5`` becomes
  第五号 rather than an English "no";
- hotlines and service numbers (12345政务服务便民热线, 12366, 110报警, 拨打…, …客服) and codes in quotes
  (回复“1253”) are codes too; a bare 12345 or 12345件 stays a quantity;
- standards (ISO 9001:2015, GB/T 19001-2016) keep their letters, the code digit by digit with 一 (九〇〇一, a
  model number rather than a phone number), then the year;
- section numbers (1.2.3 总体要求) are read part by part with 点, 一点二点三, with a pause before the
  heading's words: what an announcer says (no 第, which would make 第一点二点三 a different number);
- a space or U+3000 between two Chinese words (日期：…　来源：…, 第一章 总则) becomes ， so espeak pauses;
- ``¥100元`` says 元 once;
- URLs are replaced by the word 网址 (reading one out letter by letter helps no listener), or dropped after a
  word that already names them (网址：www.gov.cn → 网址); e-mail addresses are left to the voice;
- in Mandarin, words espeak-ng reads wrong (处长, 行长, 角色…) are spoken as numbered pinyin
  (``chu4 zhang3``), each syllable mapped to its character: ``reader.speech.pronunciation``;
- bullets at the start of a sentence or after ：；。 are read 第一， for bracketed ones ((一) (1) ⑴ ㈠) and
  一， for the rest (1. ① ⒈); 一、 already reads so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.speech.normalization_patterns import (
    AMOUNT_WORDS,
    CIRCLED,
    CODE_BEFORE,
    CURRENCY,
    DOT_NUM,
    FOLD,
    HOTLINE_AFTER,
    MEASURE_WORDS,
    NUMBER,
    PAREN_HAN,
    PAREN_NUM,
    PER_WORDS,
    RULES,
    SYMBOLS,
    TIME,
    UNITS,
    URL_NAMED,
    YEAR_AFTER,
)
from reader.speech.numerals import read_clock_field, read_decimal, read_digits, read_quantity
from reader.speech.pronunciation import Hit, Pronouncer, shared
from reader.speech.spoken import Spoken, SpokenBuilder

__all__ = ["Spoken", "language_family", "normalize"]

_MANDARIN = frozenset({"cmn", "zh", "zh-cn", "zh-tw", "zh-sg", "zh-hans", "zh-hant", "cmn-latn-pinyin"})
_CANTONESE = frozenset({"yue", "zh-hk", "zh-yue", "zh-mo"})


class _Reader:
    """One normalisation: the source, its folded copy, the builder and the language's choices."""

    def __init__(self, text: str, *, cantonese: bool, hits: list[Hit] | None = None) -> None:
        self.text = text
        self.work = text.translate(FOLD)
        self.out = SpokenBuilder(text)
        self.one = "一" if cantonese else "幺"
        self.hits = hits or []

    def run(self) -> Spoken:
        hits = iter(self.hits)
        hit = next(hits, None)
        for match in RULES.finditer(self.work):
            # Pronunciation rewrites (Han words) before this match; one that overlaps it is the rule's.
            while hit is not None and hit.start < match.start():
                if hit.end <= match.start():
                    self.pronounce(hit)
                hit = next(hits, None)
            kind = match.lastgroup
            assert kind is not None
            _HANDLERS[kind](self, match)
        while hit is not None:
            self.pronounce(hit)
            hit = next(hits, None)
        return self.out.finish()

    def pronounce(self, hit: Hit) -> None:
        """The word as numbered pinyin, one piece per character (a word mark on a syllable maps to it)."""
        if hit.start < self.out.at:
            return
        if hit.start > self.out.at:
            previous = self.text[hit.start - 1]
        else:  # right after another replaced piece: what was said last (another word's pinyin, a number)
            previous = self.out.parts[-1][-1:] if self.out.parts else ""
        for index, syllable in enumerate(hit.syllables):
            lead = " " if index or (previous.isascii() and previous.isalnum()) else ""
            self.out.put(hit.start + index, hit.start + index + 1, lead + syllable)
        following = self.text[hit.end : hit.end + 1]
        if following.isascii() and following.isalnum():
            self.out.put(hit.end, hit.end, " ")

    def char(self, pos: int) -> str:
        return self.work[pos] if 0 <= pos < len(self.work) else ""

    def number(
        self, start: int, end: int, *, percent: str = "", below_zero: bool = False, in_range: bool = False
    ) -> None:
        """Read the number at ``work[start:end]``; ``percent`` and ``below_zero`` come from a range's end."""
        match = NUMBER.match(self.work, start, end)
        assert match is not None
        integer, frac, mult = match["int"], match["frac"] or "", match["mult"] or ""
        suffix = (match["suffix"] or "").strip()
        plain = integer.replace(",", "")
        after = self.work[match.end() : match.end() + 6]
        before_letter = (
            self.char(match.start("int") - 1).isascii() and self.char(match.start("int") - 1).isalpha()
        )
        after_letter = self.char(match.end()).isascii() and self.char(match.end()).isalpha()
        if match["cur"]:
            self.out.put(match.start("cur"), match.end("cur"), "")
        if match["neg"]:
            cold = below_zero or suffix in ("℃", "°C")
            self.out.put(match.start("neg"), match.end("neg"), "零下" if cold else "负")
        has_unit = bool(suffix or mult or match["cur"] or percent)
        # A bare 19xx/20xx ending a cell, a line or in brackets ("2014 Running Man", "（2014）") is a year.
        is_bare_year = (
            not (in_range or has_unit)
            and len(plain) == 4
            and plain[:2] in ("19", "20")
            and self.char(match.start("int") - 1) != "第"
            and (not after or after[0].isspace() or after[0] in ")]】》”\"'")
        )
        reading: str
        if frac or "," in integer:
            reading = read_decimal(integer, frac)
        elif self._is_code(plain, match.start("int"), after, has_unit=has_unit):
            reading = read_digits(plain, self.one)
        elif (
            is_bare_year
            or self._is_year(plain, after)
            or ((before_letter or after_letter) and len(plain) >= 3)
        ):
            # Years and codes next to letters (G318, A320) are read digit by digit, with 一.
            reading = read_digits(plain)
        elif (
            plain == "2"
            and self.char(match.start("int") - 1) != "第"
            and (mult or after[:1] in MEASURE_WORDS or after.startswith("小时"))
        ):
            reading = "两"
        else:
            reading = read_quantity(int(plain))
            if self.char(match.start("int") - 1) == "第" and reading.startswith("两"):
                reading = "二" + reading[1:]  # 第二千: an ordinal never says 两
        if suffix in ("%", "‰", "‱") or percent:
            reading = {"%": "百分之", "‰": "千分之", "‱": "万分之"}[suffix or percent] + reading
        self.out.put(match.start("int"), match.end("frac") if frac else match.end("int"), reading)
        if match["cur"]:
            amount_end = match.end("mult") if mult else match.end("frac") if frac else match.end("int")
            word = CURRENCY[match["cur"].strip()]
            # ¥100元, $5美元: the text says the currency already.
            if not self.work.startswith((word, "元"), amount_end):
                self.out.put(amount_end, amount_end, word)
        if suffix in ("%", "‰", "‱"):
            self.out.put(match.start("suffix"), match.end("suffix"), "")
        elif suffix:
            self.out.put(match.start("suffix"), match.end("suffix"), UNITS[suffix])

    @staticmethod
    def _is_year(plain: str, after: str) -> bool:
        return (
            len(plain) == 4
            and plain[:2] in ("15", "16", "17", "18", "19", "20")
            and bool(YEAR_AFTER.match(after))
        )

    def _is_code(self, plain: str, start: int, after: str, *, has_unit: bool) -> bool:
        """Phone, postcode, ID and account numbers: read digit by digit, never as amounts."""
        if plain.startswith("0") and len(plain) > 1:
            # 05月03日: a month or day written with two digits is still a number.
            return not (len(plain) <= 2 and bool(after) and after[0] in "月日号时点分秒")
        if has_unit or after.lstrip()[:1] in AMOUNT_WORDS:
            return False
        if len(plain) >= 8:
            return True
        if (
            len(plain) == 5
            and plain.startswith("123")
            and "\u4e00" <= after[:1] <= "\u9fff"
            and after[0] not in MEASURE_WORDS
        ):
            return True  # the national 123xx service numbers before a name: 12366纳税服务热线
        return len(plain) >= 3 and (
            bool(CODE_BEFORE.search(self.work, max(0, start - 10), start)) or bool(HOTLINE_AFTER.match(after))
        )


def _zw(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "")


def _url(reader: _Reader, match: re.Match[str]) -> None:
    named = URL_NAMED.search(reader.work, max(reader.out.at, match.start() - 8), match.start())
    if named is not None:
        # 网址：www.gov.cn → 网址: the word is already there (the colon and spaces go with the URL).
        word = re.match(r"\w+", named.group())
        assert word is not None
        reader.out.put(named.start() + word.end(), match.end(), "")
        return
    reader.out.put(match.start(), match.end(), "网址")


def _gap(reader: _Reader, match: re.Match[str]) -> None:
    """Spaces between two words of Chinese (日期：…　来源：…, 第一章 总则) are a pause, which espeak does
    not make for a space."""
    reader.out.put(match.start(), match.end(), "，")


def _section(reader: _Reader, match: re.Match[str]) -> None:
    """Section numbers (1.2.3 总体要求) read part by part with 点, as an announcer does: 一点二点三，."""
    text = match.group()
    body = text.strip(" \t\u3000")
    start = match.start() + len(text) - len(text.lstrip(" \t\u3000"))
    end = start + len(body)
    reader.out.put(start, end, "点".join(read_quantity(int(part)) for part in body.split(".")))
    if end < match.end():
        reader.out.put(end, match.end(), "，")


def _quoted(reader: _Reader, match: re.Match[str]) -> None:
    """A code in quotes (回复“1253”, “33618”) is read digit by digit."""
    reader.out.put(match.start(), match.end(), read_digits(match.group(), reader.one))


def _bullet(reader: _Reader, match: re.Match[str]) -> None:
    body = match.group().lstrip(" \t\u3000")
    start = match.end() - len(body)
    symbol = body[0]
    for names, ordinal in ((CIRCLED, False), (DOT_NUM, False), (PAREN_NUM, True), (PAREN_HAN, True)):
        if symbol in names:
            prefix = "第" if ordinal else ""
            reader.out.put(start, match.end(), f"{prefix}{read_quantity(names.index(symbol) + 1)}，")
            return
    if symbol == "(":
        inner = body[1:-1]
        reader.out.put(start, start + 1, "第")
        reader.out.put(start + 1, match.end() - 1, read_quantity(int(inner)) if inner.isdigit() else inner)
        reader.out.put(match.end() - 1, match.end(), "，")
        return
    reader.out.put(start, match.end() - 1, read_quantity(int(body[:-1])))
    reader.out.put(match.end() - 1, match.end(), "，" if body[-1] == "." else "、")


def _docno(reader: _Reader, match: re.Match[str]) -> None:
    year = re.search(r"\d{4}", match.group())
    assert year is not None
    reader.out.put(match.start(), match.start() + year.start(), "")
    reader.out.put(match.start() + year.start(), match.start() + year.end(), read_digits(year.group()))
    reader.out.put(match.start() + year.end(), match.end(), "年")


def _no(reader: _Reader, match: re.Match[str]) -> None:
    digits = re.search(r"\d+", match.group())
    assert digits is not None
    reader.out.put(match.start(), match.start() + digits.start(), "第")
    reader.out.put(match.start() + digits.start(), match.end(), read_quantity(int(digits.group())))
    if reader.char(match.end()) != "号":
        reader.out.put(match.end(), match.end(), "号")


def _date(reader: _Reader, match: re.Match[str]) -> None:
    parts = list(re.finditer(r"\d+", match.group()))
    at = match.start()
    names = ("年", "月", "日")
    for index, part in enumerate(parts):
        value = part.group()
        reader.out.put(
            at + part.start(),
            at + part.end(),
            read_digits(value) if index == 0 else read_quantity(int(value)),
        )
        end = at + parts[index + 1].start() if index < 2 else at + part.end()
        reader.out.put(at + part.end(), end, names[index])


def _years(reader: _Reader, match: re.Match[str]) -> None:
    first, second = re.finditer(r"\d{4}", match.group())
    at = match.start()
    reader.out.put(at + first.start(), at + first.end(), read_digits(first.group()))
    reader.out.put(at + first.end(), at + second.start(), "至")
    reader.out.put(at + second.start(), at + second.end(), read_digits(second.group()))


def _time(reader: _Reader, match: re.Match[str]) -> None:
    at = match.start()
    for index, clock in enumerate(re.finditer(TIME, match.group())):
        if index:
            reader.out.put(reader.out.at, at + clock.start(), "至")
        hours, minutes, *seconds = clock.group().split(":")
        spoken = read_quantity(int(hours)) + "点"
        if minutes != "00" or seconds:
            spoken += read_clock_field(minutes) + "分"
        if seconds:
            spoken += read_quantity(int(seconds[0])) + "秒"
        reader.out.put(at + clock.start(), at + clock.end(), spoken)


def _standard(reader: _Reader, match: re.Match[str]) -> None:
    """GB/T 2260-2007, ISO 9001:2015: letters kept (a slash, read "slash", dropped), the code digit by digit
    with 一 (九〇〇一, as a model number, not a phone), then the year."""
    at = match.start()
    text = match.group()
    for slash in re.finditer("/", text):
        # GB/T → GBT; ISO/IEC → ISO IEC (two names, not one word).
        joined = text[slash.end() + 1 : slash.end() + 2].isalpha()
        reader.out.put(at + slash.start(), at + slash.end(), " " if joined else "")
    found = re.search(r"(\d+(?:\.\d+)?)(?:[-:](\d{4}))?$", text)
    assert found is not None
    code, year = found.group(1), found.group(2)
    code_at = at + found.start(1)
    reader.out.put(code_at, code_at + len(code), read_digits(code.replace(".", "点")))
    if year:
        reader.out.put(at + found.end(1), at + found.start(2), "，")
        reader.out.put(at + found.start(2), match.end(), read_digits(year))


def _phone(reader: _Reader, match: re.Match[str]) -> None:
    at = match.start()
    for index, group in enumerate(re.finditer(r"\d+", match.group())):
        if index:
            reader.out.put(reader.out.at, at + group.start(), "，")
        reader.out.put(at + group.start(), at + group.end(), read_digits(group.group(), reader.one))


def _range(reader: _Reader, match: re.Match[str]) -> None:
    left = NUMBER.match(reader.work, match.start())
    assert left is not None
    sep = re.compile(r"\s*[-~—]\s*").match(reader.work, left.end())
    assert sep is not None
    right = NUMBER.match(reader.work, sep.end(), match.end())
    assert right is not None
    right_suffix = (right["suffix"] or "").strip()
    carried = right_suffix if right_suffix in ("%", "‰", "‱") and not left["suffix"] else ""
    reader.number(
        left.start(), left.end(), percent=carried, below_zero=right_suffix in ("℃", "°C"), in_range=True
    )
    reader.out.put(sep.start(), sep.end(), "至")
    reader.number(right.start(), match.end(), in_range=True)


def _ratio(reader: _Reader, match: re.Match[str]) -> None:
    left, right = match.group().split(":")
    at = match.start()
    reader.out.put(at, at + len(left), read_quantity(int(left)))
    reader.out.put(at + len(left), at + len(left) + 1, "比")
    reader.out.put(at + len(left) + 1, match.end(), read_quantity(int(right)))


def _fraction(reader: _Reader, match: re.Match[str]) -> None:
    top, bottom = match.group().split("/")
    reader.out.put(match.start(), match.end(), f"{read_quantity(int(bottom))}分之{read_quantity(int(top))}")


def _id(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end() - 1, read_digits(match.group()[:-1], reader.one))


def _number(reader: _Reader, match: re.Match[str]) -> None:
    reader.number(match.start(), match.end())


def _until(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "至")


def _compare(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "大于" if match.group()[0] == ">" else "小于")


def _symbol(reader: _Reader, match: re.Match[str]) -> None:
    symbol = match.group()
    spoken = SYMBOLS[symbol]
    if symbol == "/" and reader.char(match.end()) in PER_WORDS:
        spoken = "每"
    elif (
        symbol == "+"
        and not reader.char(match.end()).isdigit()
        and not reader.char(match.start() - 1).isdigit()
    ):
        spoken = ""
    reader.out.put(match.start(), match.end(), spoken)


_HANDLERS: dict[str, Callable[[_Reader, re.Match[str]], None]] = {
    "zw": _zw,
    "url": _url,
    "gap": _gap,
    "section": _section,
    "quoted": _quoted,
    "bullet": _bullet,
    "docno": _docno,
    "no": _no,
    "standard": _standard,
    "date": _date,
    "years": _years,
    "time": _time,
    "phone": _phone,
    "range": _range,
    "ratio": _ratio,
    "fraction": _fraction,
    "id": _id,
    "number": _number,
    "until": _until,
    "compare": _compare,
    "symbol": _symbol,
}


def language_family(language: str) -> str | None:
    """``"cmn"``, ``"yue"`` or None for a voice language tag (``zh-CN``, ``zh_HK``, ``cmn``, ``yue``…)."""
    tag = language.lower().replace("_", "-")
    if tag in _CANTONESE:
        return "yue"
    if tag in _MANDARIN or tag.startswith("cmn-"):
        return "cmn"
    return None


def normalize(text: str, *, language: str = "cmn", pronouncer: Pronouncer | bool | None = True) -> Spoken:
    """``text`` as a listener expects it read in ``language``; other languages get it unchanged.

    In Mandarin, words espeak-ng reads wrong are written as numbered pinyin (``reader.speech.pronunciation``:
    the shipped table and the user's file, ``pronouncer=True``; or the given :class:`Pronouncer`; ``False``
    or None: none).
    """
    family = language_family(language)
    if family is None:
        return Spoken.identity(text)
    hits: list[Hit] = []
    if family == "cmn" and pronouncer is not False and pronouncer is not None:
        hits = (shared() if pronouncer is True else pronouncer).hits(text)
    return _Reader(text, cantonese=family == "yue", hits=hits).run()
