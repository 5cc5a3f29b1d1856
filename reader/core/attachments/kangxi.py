"""Kangxi and CJK radical code points → the unified ideographs a PDF meant.

PDF text comes back with about one CJK character in nine as a radical code point: ⼀⽹⻘⺠ for 一网青民.
Fonts such as Noto Sans CJK draw U+2F00 ⼀ and U+4E00 一 with one glyph, and a PDF writer that maps glyphs
back to text (its ToUnicode table) picks the lower code point, the radical. Read aloud, searched or
converted to traditional script, those code points are wrong, so :func:`unify` maps them back.

Sources of the table (:data:`RADICALS`):

- U+2F00–U+2FD5 (Kangxi radicals): Unicode's compatibility decompositions (``unicodedata`` NFKC), with one
  hand fix: ⼾ U+2F3E decomposes to the traditional 戶 U+6236, but Noto Sans CJK SC draws it with the
  glyph of 户 U+6237, the character simplified documents mean (the TC face shares it with 戶). Every other
  decomposition is the character that shares the radical's glyph in Noto Sans CJK SC or TC, except
  ⼹⽾⾓⾻⿐⿔, which SC draws with glyphs of their own (their decompositions are kept).
- U+2E80–U+2EF3 (CJK radicals supplement): only ⺟ and ⻳ have decompositions. The other entries are the
  unified ideograph that Noto Sans CJK SC (or TC) draws with the same glyph, read from the fonts' cmaps
  with Qt's QRawFont (which is what a PDF writer's glyph → text table inverts). Radicals that share no
  glyph with a character are left as they are:
  ⺀⺁⺄⺆⺇⺈⺊⺌⺍⺎⺑⺗⺜⺝⺢⺥⺧⺩⺪⺫⺬⺮⺲⺴⺵⺶⺷⺸⺻⺼⺽⻀⻁⻃⻄⻇⻊⻍⻏⻕⻗⻞⻡⻭;
  a wrong guess would be worse than a visible radical.

CJK compatibility ideographs (U+F900–U+FAD9) are mapped to their canonical equivalents as well (NFC), which
is what they are by definition.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["RADICALS", "has_radicals", "unify"]

_PAIRS = (
    "⺂乛⺃乚⺅亻⺉刂⺋㔾⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄"
    "⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺭礻"
    "⺯糹⺰纟⺱罓⺳㓁⺹耂⺺肀⺾艹⺿艹⻂衤⻅见⻆角⻈讠"
    "⻉贝⻋车⻌辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦"
    "⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤"
    "⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼀一"
    "⼁丨⼂丶⼃丿⼄乙⼅亅⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂"
    "⼍冖⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼖匸⼗十⼘卜"
    "⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼢夊⼣夕⼤大"
    "⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山⼮巛⼯工⼰己"
    "⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼹彐⼺彡⼻彳⼼心"
    "⼽戈⼾户⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰"
    "⽉月⽊木⽋欠⽌止⽍歹⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水"
    "⽕火⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜"
    "⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽨癶⽩白⽪皮⽫皿⽬目"
    "⽭矛⽮矢⽯石⽰示⽱禸⽲禾⽳穴⽴立⽵竹⽶米⽷糸⽸缶"
    "⽹网⽺羊⽻羽⽼老⽽而⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至"
    "⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾋艸⾌虍⾍虫⾎血⾏行⾐衣"
    "⾑襾⾒見⾓角⾔言⾕谷⾖豆⾗豕⾘豸⾙貝⾚赤⾛走⾜足"
    "⾝身⾞車⾟辛⾠辰⾡辵⾢邑⾣酉⾤釆⾥里⾦金⾧長⾨門"
    "⾩阜⾪隶⾫隹⾬雨⾭靑⾮非⾯面⾰革⾱韋⾲韭⾳音⾴頁"
    "⾵風⾶飛⾷食⾸首⾹香⾺馬⾻骨⾼高⾽髟⾾鬥⾿鬯⿀鬲"
    "⿁鬼⿂魚⿃鳥⿄鹵⿅鹿⿆麥⿇麻⿈黃⿉黍⿊黑⿋黹⿌黽"
    "⿍鼎⿎鼓⿏鼠⿐鼻⿑齊⿒齒⿓龍⿔龜⿕龠"
)

RADICALS: Mapping[str, str] = MappingProxyType(
    {_PAIRS[index]: _PAIRS[index + 1] for index in range(0, len(_PAIRS), 2)}
)
"""Radical code point → unified ideograph (one character each)."""


def _compatibility() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xF900, 0xFADA):
        character = chr(code)
        canonical = unicodedata.normalize("NFC", character)
        if canonical != character:
            table[code] = canonical
    return table


_TABLE: dict[int, str] = {ord(key): value for key, value in RADICALS.items()} | _compatibility()


def has_radicals(text: str) -> bool:
    """Whether ``text`` holds a code point :func:`unify` would change."""
    return any(ord(character) in _TABLE for character in text)


def unify(text: str) -> str:
    """``text`` with radical and compatibility code points replaced; length in code points is kept."""
    return text.translate(_TABLE)
