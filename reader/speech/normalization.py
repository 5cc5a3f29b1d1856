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
- URLs are replaced by the word 网址 (reading one out letter by letter helps no listener); e-mail addresses
  are left to the voice;
- bullets at the start of a sentence or after ：；。 are read 第一， for bracketed ones ((一) (1) ⑴ ㈠) and
  一， for the rest (1. ① ⒈); 一、 already reads so.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

_MANDARIN = frozenset({"cmn", "zh", "zh-cn", "zh-tw", "zh-sg", "zh-hans", "zh-hant", "cmn-latn-pinyin"})
_CANTONESE = frozenset({"yue", "zh-hk", "zh-yue", "zh-mo"})


@dataclass(frozen=True, slots=True)
class Spoken:
    """Text to synthesise and the map of its replaced pieces back to the source text (code points).

    The pieces are sorted; between them the two texts match one to one. A position inside a replaced piece
    maps to the piece's start, the end of a range inside it to the piece's end (as ``core.conversion``).
    """

    text: str
    source_length: int
    source_starts: tuple[int, ...] = ()
    source_ends: tuple[int, ...] = ()
    spoken_starts: tuple[int, ...] = ()
    spoken_ends: tuple[int, ...] = ()

    @classmethod
    def identity(cls, text: str) -> Spoken:
        return cls(text, len(text))

    @property
    def is_identity(self) -> bool:
        return not self.source_starts

    def spans(self) -> list[tuple[int, int, int, int]]:
        """Every replaced piece as ``(source_start, source_end, spoken_start, spoken_end)``."""
        return list(
            zip(self.source_starts, self.source_ends, self.spoken_starts, self.spoken_ends, strict=True)
        )

    def to_source(self, pos: int) -> int:
        """The source position of spoken position ``pos``; inside a replaced piece, the piece's start."""
        return self._map(pos, to_source=True)

    def to_spoken(self, pos: int) -> int:
        """The spoken position of source position ``pos`` (to start reading mid-sentence)."""
        return self._map(pos, to_source=False)

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source range covering spoken ``[start, end)``, widened to whole replaced pieces."""
        mapped = self._map(start, to_source=True)
        if end <= start:
            return mapped, mapped
        return mapped, max(mapped, self._map(end, to_source=True, inside_to_end=True))

    def _map(self, pos: int, *, to_source: bool, inside_to_end: bool = False) -> int:
        pos = min(max(pos, 0), len(self.text) if to_source else self.source_length)
        if to_source:
            starts, ends, target_starts, target_ends = (
                self.spoken_starts,
                self.spoken_ends,
                self.source_starts,
                self.source_ends,
            )
        else:
            starts, ends, target_starts, target_ends = (
                self.source_starts,
                self.source_ends,
                self.spoken_starts,
                self.spoken_ends,
            )
        index = bisect.bisect_right(starts, pos) - 1
        if index < 0:
            return pos
        if pos == starts[index]:
            # Empty on this side (text deleted for speech): a position there is the text after it, a range's
            # end the text before it.
            if ends[index] == pos and not inside_to_end:
                return target_ends[index]
            return target_starts[index]
        if pos < ends[index]:
            return target_ends[index] if inside_to_end else target_starts[index]
        return target_ends[index] + (pos - ends[index])


class _Builder:
    """Collects the spoken text piece by piece, in source order, with the replaced spans."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[list[int]] = []

    def put(self, start: int, end: int, spoken: str) -> None:
        if start > self.at:
            self._emit(self.source[self.at : start])
        original = self.source[start:end]
        if spoken != original:
            last = self.spans[-1] if self.spans else None
            adjacent = last is not None and last[1] == start and last[3] == self.length
            # A deletion or insertion next to another piece joins it ("¥100" → "一百元" is one piece): an
            # empty piece beside its neighbour would map the neighbour's edge to the wrong side.
            if (
                last is not None
                and adjacent
                and (0 in (last[1] - last[0], last[3] - last[2], end - start) or not spoken)
            ):
                last[1], last[3] = end, self.length + len(spoken)
            else:
                self.spans.append([start, end, self.length, self.length + len(spoken)])
        self._emit(spoken)
        self.at = end

    def _emit(self, piece: str) -> None:
        if piece:
            self.parts.append(piece)
            self.length += len(piece)

    def finish(self) -> Spoken:
        self.put(len(self.source), len(self.source), "")
        columns = list(zip(*self.spans, strict=True)) if self.spans else [(), (), (), ()]
        return Spoken("".join(self.parts), len(self.source), *(tuple(column) for column in columns))


# ---- numbers ------------------------------------------------------------------------------------------

_HAN = "〇一二三四五六七八九"
_ZERO = "零"
_SMALL_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
_GROUP_UNITS = ("", "万", "亿", "万亿")


def _digits(digits: str, one: str = "一") -> str:
    """Digit by digit: years with 一, phone numbers with ``one`` (幺 in Mandarin)."""
    return "".join(one if c == "1" else _HAN[int(c)] if c.isdigit() else c for c in digits)


def _below_10000(value: int) -> str:
    out, zero = "", False
    for size, name in _SMALL_UNITS:
        digit = value // size % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out, zero = out + _ZERO, False
        out += _HAN[digit] + name
    return out


def _quantity(value: int) -> str:
    """An integer as a quantity (一万二千三百四十五); 10–19 at the head without 一; 两 before 千/万/亿."""
    if value == 0:
        return _ZERO
    groups = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    out, gap = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += _ZERO
        out += _below_10000(group) + _GROUP_UNITS[index]
        gap = False
    if out.startswith("一十"):
        out = out[1:]
    if len(out) > 1 and out[0] == "二" and out[1] in "千万亿":
        out = "两" + out[1:]
    return out


def _decimal(integer: str, fraction: str) -> str:
    """``integer`` (digits, commas allowed) and ``fraction`` (without the point) read as a quantity."""
    value = int(integer.replace(",", "") or "0")
    head = _quantity(value) if value < 10**16 else _digits(integer.replace(",", ""))
    if not fraction:
        return head
    return head + "点" + "".join(_ZERO if c == "0" else _HAN[int(c)] for c in fraction)


# ---- patterns (matched on a folded copy of the text: same length, full-width forms made ASCII) ----------

_FOLD = str.maketrans(
    "０１２３４５６７８９％．：－～／（）［］＋＝−–＜＞，",
    "0123456789%.:-~/()[]+=--<>,",
)
_UNITS = {
    "km/h": "公里每小时",
    "m/s": "米每秒",
    "km²": "平方公里",
    "m²": "平方米",
    "m³": "立方米",
    "kWh": "千瓦时",
    "kW·h": "千瓦时",
    "㎡": "平方米",
    "㎥": "立方米",
    "㎞": "公里",
    "㎏": "公斤",
    "㎎": "毫克",
    "㎝": "厘米",
    "㎜": "毫米",
    "km": "公里",
    "kg": "公斤",
    "mg": "毫克",
    "cm": "厘米",
    "mm": "毫米",
    "mL": "毫升",
    "ml": "毫升",
    "ha": "公顷",
    "kW": "千瓦",
    "MW": "兆瓦",
    "GW": "吉瓦",
    "kV": "千伏",
    "MHz": "兆赫",
    "GHz": "吉赫",
    "Hz": "赫兹",
    "min": "分钟",
    "℃": "摄氏度",
    "°C": "摄氏度",
    "℉": "华氏度",
    "°F": "华氏度",
    "°": "度",
    "m": "米",
    "g": "克",
    "t": "吨",
    "L": "升",
    "h": "小时",
    "W": "瓦",
    "V": "伏",
}
_UNIT = "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
_CURRENCY = {"¥": "元", "￥": "元", "$": "美元", "€": "欧元", "£": "英镑"}
_MEASURE = frozenset(
    "个位名项次条种件份本张台辆架艘座所家只头匹部篇章层场届批户人天年周岁倍点类组队支根块双对枚颗棵间套级万千亿"
)
_AMOUNT = frozenset("元万亿千百人吨件个户台辆次米克斤亩股套名位家项")
_YEAR_AFTER = re.compile(r"\s*(?:年|版|届|级|赛季)")
_CODE_BEFORE = re.compile(
    r"(?:电话|传真|手机|邮编|邮政编码|编号|号码|账号|帐号|热线|代码|工号|学号|卡号|证号|QQ|微信)[:\s]*$"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_DOT_NUM = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_PAREN_HAN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ROMAN = {
    **{c: _quantity(i + 1) for i, c in enumerate("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")},
    **{c: _quantity(i + 1) for i, c in enumerate("ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ")},
}
_SYMBOLS = {
    "±": "正负",
    "=": "等于",
    "+": "加",
    "&": "和",
    "≥": "大于等于",
    "≤": "小于等于",
    "×": "乘",
    "*": "",
    "#": "",
    "\\": "",
    "~": "，",
    "/": "，",
    **_ROMAN,
}
_PER = frozenset("吨人年月日天次时斤克升米亩件个户台辆公千平立张套")


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_TIME = r"(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
# One number with what belongs to it: currency, sign, 万/亿, percent or unit.
_NUMBER = re.compile(
    rf"(?P<cur>[¥￥$€£]\s?)?(?:(?<![0-9A-Za-z])(?P<neg>-))?(?P<int>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)"
    rf"(?:\.(?P<frac>\d+))?(?P<mult>万亿|[万亿])?"
    rf"(?P<suffix>[%‰‱]|\s?(?:{_UNIT})(?![A-Za-z0-9]))?"
)
_RULES = re.compile(
    "|".join(
        (
            r"(?P<zw>[\u200b-\u200d\u2060\ufeff\ufffc\u00ad]+)",
            r"(?P<url>(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+;=%]*[A-Za-z0-9/])",
            r"(?P<bullet>(?:^[ \t\u3000]*|(?<=[\n:;；。！？]))"
            rf"(?:\((?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})\)|[{_CIRCLED}{_PAREN_NUM}{_DOT_NUM}{_PAREN_HAN}]|\d{{1,2}}\.(?!\d)|\d{{1,2}}、))",
            r"(?P<docno>[〔\[【]\s*(?:1[5-9]|20)\d\d\s*[〕\]】]|\(\s*(?:1[5-9]|20)\d\d\s*\)(?=\s*第?\d+号))",
            r"(?P<no>(?<![A-Za-z])N[Oo]\.\s?\d+(?![\d.]))",
            r"(?P<until>(?<=[年月日号])\s*[-~—]\s*(?=\d))",
            r"(?P<standard>(?<![A-Za-z])[A-Z]{2,4}(?:/[A-Z])?\s?\d+(?:\.\d+)?-(?:19|20)\d\d(?!\d))",
            r"(?P<date>(?<![\d.])(?:1[5-9]|20)\d\d(?P<dsep>[-/.])(?:0?[1-9]|1[0-2])(?P=dsep)"
            r"(?:0?[1-9]|[12]\d|3[01])(?![\d.]))",
            r"(?P<years>(?<!\d)(?:19|20)\d\d\s*[-~—]\s*(?:19|20)\d\d(?!\d)(?!\s*[元万亿千百人吨件个户台辆次米%‰]))",
            rf"(?P<time>(?<![\d.]){_TIME}(?:\s*[-~—]\s*{_TIME})?)",
            r"(?P<phone>(?<![\d.])(?:\d{3,4}-\d{3,4}-\d{4}|0\d{2,3}-\d{7,8}(?:-\d{1,5})?)(?![\d.]))",
            rf"(?P<range>(?<![\d.]){_unnamed(_NUMBER.pattern)}\s*[-~—]\s*{_NUM}(?:[%‰‱]|\s?(?:{_UNIT})(?![A-Za-z0-9]))?)",
            r"(?P<ratio>(?<![\d.:])\d+:\d+(?![\d.:]))",
            r"(?P<fraction>(?<![\d./])\d+/\d+(?![\d./]))",
            r"(?P<id>(?<![\d.])\d{17}[Xx](?![\dA-Za-z]))",
            rf"(?P<number>{_unnamed(_NUMBER.pattern)})",
            r"(?P<compare>[<>]\s*(?=\d))",
            rf"(?P<symbol>[{re.escape(''.join(_SYMBOLS))}])",
        )
    ),
    re.MULTILINE,
)


class _Reader:
    """One normalisation: the source, its folded copy, the builder and the language's choices."""

    def __init__(self, text: str, *, cantonese: bool) -> None:
        self.text = text
        self.work = text.translate(_FOLD)
        self.out = _Builder(text)
        self.one = "一" if cantonese else "幺"

    def run(self) -> Spoken:
        for match in _RULES.finditer(self.work):
            kind = match.lastgroup
            assert kind is not None
            _HANDLERS[kind](self, match)
        return self.out.finish()

    def char(self, pos: int) -> str:
        return self.work[pos] if 0 <= pos < len(self.work) else ""

    def number(
        self, start: int, end: int, *, percent: str = "", below_zero: bool = False, in_range: bool = False
    ) -> None:
        """Read the number at ``work[start:end]``; ``percent`` and ``below_zero`` come from a range's end."""
        match = _NUMBER.match(self.work, start, end)
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
            reading = _decimal(integer, frac)
        elif self._is_code(plain, match.start("int"), after, has_unit=has_unit):
            reading = _digits(plain, self.one)
        elif (
            is_bare_year
            or self._is_year(plain, after)
            or ((before_letter or after_letter) and len(plain) >= 3)
        ):
            # Years and codes next to letters (G318, A320) are read digit by digit, with 一.
            reading = _digits(plain)
        elif (
            plain == "2"
            and self.char(match.start("int") - 1) != "第"
            and (mult or after[:1] in _MEASURE or after.startswith("小时"))
        ):
            reading = "两"
        else:
            reading = _quantity(int(plain))
            if self.char(match.start("int") - 1) == "第" and reading.startswith("两"):
                reading = "二" + reading[1:]  # 第二千: an ordinal never says 两
        if suffix in ("%", "‰", "‱") or percent:
            reading = {"%": "百分之", "‰": "千分之", "‱": "万分之"}[suffix or percent] + reading
        self.out.put(match.start("int"), match.end("frac") if frac else match.end("int"), reading)
        if match["cur"]:
            amount_end = match.end("mult") if mult else match.end("frac") if frac else match.end("int")
            self.out.put(amount_end, amount_end, _CURRENCY[match["cur"].strip()])
        if suffix in ("%", "‰", "‱"):
            self.out.put(match.start("suffix"), match.end("suffix"), "")
        elif suffix:
            self.out.put(match.start("suffix"), match.end("suffix"), _UNITS[suffix])

    @staticmethod
    def _is_year(plain: str, after: str) -> bool:
        return (
            len(plain) == 4
            and plain[:2] in ("15", "16", "17", "18", "19", "20")
            and bool(_YEAR_AFTER.match(after))
        )

    def _is_code(self, plain: str, start: int, after: str, *, has_unit: bool) -> bool:
        """Phone, postcode, ID and account numbers: read digit by digit, never as amounts."""
        if plain.startswith("0") and len(plain) > 1:
            # 05月03日: a month or day written with two digits is still a number.
            return not (len(plain) <= 2 and bool(after) and after[0] in "月日号时点分秒")
        if has_unit or after.lstrip()[:1] in _AMOUNT:
            return False
        if len(plain) >= 8:
            return True
        return len(plain) >= 3 and (
            bool(_CODE_BEFORE.search(self.work, max(0, start - 10), start))
            or after.lstrip().startswith("热线")
        )


def _zw(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "")


def _url(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "网址")


def _bullet(reader: _Reader, match: re.Match[str]) -> None:
    body = match.group().lstrip(" \t\u3000")
    start = match.end() - len(body)
    symbol = body[0]
    for names, ordinal in ((_CIRCLED, False), (_DOT_NUM, False), (_PAREN_NUM, True), (_PAREN_HAN, True)):
        if symbol in names:
            prefix = "第" if ordinal else ""
            reader.out.put(start, match.end(), f"{prefix}{_quantity(names.index(symbol) + 1)}，")
            return
    if symbol == "(":
        inner = body[1:-1]
        reader.out.put(start, start + 1, "第")
        reader.out.put(start + 1, match.end() - 1, _quantity(int(inner)) if inner.isdigit() else inner)
        reader.out.put(match.end() - 1, match.end(), "，")
        return
    reader.out.put(start, match.end() - 1, _quantity(int(body[:-1])))
    reader.out.put(match.end() - 1, match.end(), "，" if body[-1] == "." else "、")


def _docno(reader: _Reader, match: re.Match[str]) -> None:
    year = re.search(r"\d{4}", match.group())
    assert year is not None
    reader.out.put(match.start(), match.start() + year.start(), "")
    reader.out.put(match.start() + year.start(), match.start() + year.end(), _digits(year.group()))
    reader.out.put(match.start() + year.end(), match.end(), "年")


def _no(reader: _Reader, match: re.Match[str]) -> None:
    digits = re.search(r"\d+", match.group())
    assert digits is not None
    reader.out.put(match.start(), match.start() + digits.start(), "第")
    reader.out.put(match.start() + digits.start(), match.end(), _quantity(int(digits.group())))
    if reader.char(match.end()) != "号":
        reader.out.put(match.end(), match.end(), "号")


def _date(reader: _Reader, match: re.Match[str]) -> None:
    parts = list(re.finditer(r"\d+", match.group()))
    at = match.start()
    names = ("年", "月", "日")
    for index, part in enumerate(parts):
        value = part.group()
        reader.out.put(
            at + part.start(), at + part.end(), _digits(value) if index == 0 else _quantity(int(value))
        )
        end = at + parts[index + 1].start() if index < 2 else at + part.end()
        reader.out.put(at + part.end(), end, names[index])


def _years(reader: _Reader, match: re.Match[str]) -> None:
    first, second = re.finditer(r"\d{4}", match.group())
    at = match.start()
    reader.out.put(at + first.start(), at + first.end(), _digits(first.group()))
    reader.out.put(at + first.end(), at + second.start(), "至")
    reader.out.put(at + second.start(), at + second.end(), _digits(second.group()))


def _time(reader: _Reader, match: re.Match[str]) -> None:
    at = match.start()
    for index, clock in enumerate(re.finditer(_TIME, match.group())):
        if index:
            reader.out.put(reader.out.at, at + clock.start(), "至")
        hours, minutes, *seconds = clock.group().split(":")
        spoken = _quantity(int(hours)) + "点"
        if minutes != "00" or seconds:
            spoken += _clock_field(minutes) + "分"
        if seconds:
            spoken += _quantity(int(seconds[0])) + "秒"
        reader.out.put(at + clock.start(), at + clock.end(), spoken)


def _clock_field(value: str) -> str:
    """Minutes as a clock says them: 05 → 零五, 00 → 零."""
    return _ZERO + _HAN[int(value[1])] if value[0] == "0" and value != "00" else _quantity(int(value))


def _standard(reader: _Reader, match: re.Match[str]) -> None:
    """GB/T 2260-2007: letters kept (the slash, read "slash", dropped), code digit by digit, then the year."""
    at = match.start()
    slash = match.group().find("/")
    if slash >= 0:
        reader.out.put(at + slash, at + slash + 1, "")
    code, year = re.search(r"(\d+(?:\.\d+)?)-(\d{4})$", match.group()).groups()  # type: ignore[union-attr]
    code_at = match.end() - len(year) - 1 - len(code)
    reader.out.put(code_at, code_at + len(code), _digits(code.replace(".", "点"), reader.one))
    reader.out.put(match.end() - len(year) - 1, match.end() - len(year), "，")
    reader.out.put(match.end() - len(year), match.end(), _digits(year))


def _phone(reader: _Reader, match: re.Match[str]) -> None:
    at = match.start()
    for index, group in enumerate(re.finditer(r"\d+", match.group())):
        if index:
            reader.out.put(reader.out.at, at + group.start(), "，")
        reader.out.put(at + group.start(), at + group.end(), _digits(group.group(), reader.one))


def _range(reader: _Reader, match: re.Match[str]) -> None:
    left = _NUMBER.match(reader.work, match.start())
    assert left is not None
    sep = re.compile(r"\s*[-~—]\s*").match(reader.work, left.end())
    assert sep is not None
    right = _NUMBER.match(reader.work, sep.end(), match.end())
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
    reader.out.put(at, at + len(left), _quantity(int(left)))
    reader.out.put(at + len(left), at + len(left) + 1, "比")
    reader.out.put(at + len(left) + 1, match.end(), _quantity(int(right)))


def _fraction(reader: _Reader, match: re.Match[str]) -> None:
    top, bottom = match.group().split("/")
    reader.out.put(match.start(), match.end(), f"{_quantity(int(bottom))}分之{_quantity(int(top))}")


def _id(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end() - 1, _digits(match.group()[:-1], reader.one))


def _number(reader: _Reader, match: re.Match[str]) -> None:
    reader.number(match.start(), match.end())


def _until(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "至")


def _compare(reader: _Reader, match: re.Match[str]) -> None:
    reader.out.put(match.start(), match.end(), "大于" if match.group()[0] == ">" else "小于")


def _symbol(reader: _Reader, match: re.Match[str]) -> None:
    symbol = match.group()
    spoken = _SYMBOLS[symbol]
    if symbol == "/" and reader.char(match.end()) in _PER:
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


def normalize(text: str, *, language: str = "cmn") -> Spoken:
    """``text`` as a listener expects it read in ``language``; other languages get it unchanged."""
    family = language_family(language)
    if family is None:
        return Spoken.identity(text)
    return _Reader(text, cantonese=family == "yue").run()
