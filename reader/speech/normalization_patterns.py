"""What the normaliser looks for: the tables (units, currencies, symbols, measure words, bullet characters)
and the one regular expression of all rules, whose group names pick the handler in ``normalization``.

The patterns are matched on a folded copy of the text (:data:`FOLD`: same length, full-width digits and
signs made ASCII), so positions in a match are positions in the source.
"""

from __future__ import annotations

import re

from reader.speech.numerals import read_quantity

FOLD = str.maketrans(
    "０１２３４５６７８９％．：－～／（）［］＋＝−–＜＞，",
    "0123456789%.:-~/()[]+=--<>,",
)
UNITS = {
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
_UNIT = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
CURRENCY = {"¥": "元", "￥": "元", "$": "美元", "€": "欧元", "£": "英镑"}
MEASURE_WORDS = frozenset(
    "个位名项次条种件份本张台辆架艘座所家只头匹部篇章层场届批户人天年周岁倍点类组队支根块双对枚颗棵间套级万千亿"
)
AMOUNT_WORDS = frozenset("元万亿千百人吨件个户台辆次米克斤亩股套名位家项")
YEAR_AFTER = re.compile(r"\s*(?:年|版|届|级|赛季)")
_CODE_WORDS = (
    "电话|传真|手机|邮编|邮政编码|编号|号码|账号|帐号|热线|代码|工号|学号|卡号|证号|QQ|微信|拨打|拨|致电|呼叫|专线|短信|"
    "发送|回复"
)
_CODE_WORDS_HANT = (
    "電話|傳真|手機|郵編|郵政編碼|編號|號碼|賬號|熱線|代碼|工號|學號|卡號|證號|撥打|撥|專線|發送|回覆"
)
CODE_BEFORE = re.compile(rf"(?:{_CODE_WORDS}|{_CODE_WORDS_HANT})[:\s“\"]*$")
HOTLINE_AFTER = re.compile(
    r"\s*[”\"]?\s*(?:热线|便民|政务|服务|投诉|举报|报警|急救|火警|客服|专线|短信|电话|平台|咨询"
    r"|熱線|政務|服務|投訴|舉報|報警|專線|電話|平臺|諮詢)"
)
"""A number followed by one of these is a service number (12345政务服务便民热线, 110报警, 95598客服); the
traditional forms too, since speech reads the converted text."""
URL_NAMED = re.compile(
    r"(?:网址|网站|网页|链接|域名|官网|主页|網址|網站|網頁|鏈接|連結|官網|主頁)\s*[:：]?\s*$"
)
"""Words that already say what the URL after them is: the URL is then dropped, not replaced by 网址."""
STANDARD_BODIES = (
    "ISO|IEC|GB|GBJ|GBZ|JGJ|JTG|JJF|JJG|HJ|YY|WS|DL|SL|NB|NY|QB|SN|SH|HG|JB|JT|TB|CJJ|EN|DIN|BS|JIS|ASTM|ANSI|"
    "IEEE|ITU|UL|SAE|ASME|CNS|KS"
)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOT_NUM = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
PAREN_HAN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ROMAN = {
    **{c: read_quantity(i + 1) for i, c in enumerate("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ")},
    **{c: read_quantity(i + 1) for i, c in enumerate("ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ")},
}
SYMBOLS = {
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
PER_WORDS = frozenset("吨人年月日天次时斤克升米亩件个户台辆公千平立张套")


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
TIME = r"(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
# One number with what belongs to it: currency, sign, 万/亿, percent or unit.
NUMBER = re.compile(
    rf"(?P<cur>[¥￥$€£]\s?)?(?:(?<![0-9A-Za-z])(?P<neg>-))?(?P<int>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)"
    rf"(?:\.(?P<frac>\d+))?(?P<mult>万亿|[万亿])?"
    rf"(?P<suffix>[%‰‱]|\s?(?:{_UNIT})(?![A-Za-z0-9]))?"
)
RULES = re.compile(
    "|".join(
        (
            r"(?P<zw>[\u200b-\u200d\u2060\ufeff\ufffc\u00ad]+)",
            r"(?P<url>(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+;=%]*[A-Za-z0-9/])",
            # Two characters on each side: a space inside a word (乔 冠 华, 国　　家) is only spacing.
            r"(?P<gap>(?<=[\w）》”]{2})[ \t]*\u3000[ \t\u3000]*(?=[\w（《“]{2})"
            r"|(?<=[\u4e00-\u9fff）》”：]{2})[ \t\u3000]+(?=[\u4e00-\u9fff（《“]{2}))",
            r"(?P<section>(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d.])(?:[ \t\u3000]+(?=\D))?"
            r"|(?:^|(?<=\n))[ \t\u3000]*\d{1,2}\.\d{1,2}[ \t\u3000]+"
            r"(?=[\u4e00-\u9fff])(?![万亿元千百十倍个米吨人年月日]))",
            r"(?P<quoted>(?<=[“\"「『‘])\d{3,}(?=[”\"」』’]))",
            r"(?P<bullet>(?:^[ \t\u3000]*|(?<=[\n:;；。！？]))"
            rf"(?:\((?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})\)|[{CIRCLED}{PAREN_NUM}{DOT_NUM}{PAREN_HAN}]|\d{{1,2}}\.(?!\d)|\d{{1,2}}、))",
            r"(?P<docno>[〔\[【]\s*(?:1[5-9]|20)\d\d\s*[〕\]】]|\(\s*(?:1[5-9]|20)\d\d\s*\)(?=\s*第?\d+号))",
            r"(?P<no>(?<![A-Za-z])N[Oo]\.\s?\d+(?![\d.]))",
            r"(?P<until>(?<=[年月日号])\s*[-~—]\s*(?=\d))",
            r"(?P<standard>(?<![A-Za-z])[A-Z]{2,4}(?:/[A-Z])?\s?\d+(?:\.\d+)?-(?:19|20)\d\d(?!\d)"
            rf"|(?<![A-Za-z])(?:{STANDARD_BODIES})(?:/(?:[A-Z]|{STANDARD_BODIES}))*\s?\d{{3,}}(?:\.\d+)?"
            r"(?:[-:](?:19|20)\d\d)?(?![\d.:]))",
            r"(?P<date>(?<![\d.])(?:1[5-9]|20)\d\d(?P<dsep>[-/.])(?:0?[1-9]|1[0-2])(?P=dsep)"
            r"(?:0?[1-9]|[12]\d|3[01])(?![\d.]))",
            r"(?P<years>(?<!\d)(?:19|20)\d\d\s*[-~—]\s*(?:19|20)\d\d(?!\d)(?!\s*[元万亿千百人吨件个户台辆次米%‰]))",
            rf"(?P<time>(?<![\d.]){TIME}(?:\s*[-~—]\s*{TIME})?)",
            r"(?P<phone>(?<![\d.])(?:\d{3,4}-\d{3,4}-\d{4}|0\d{2,3}-\d{7,8}(?:-\d{1,5})?)(?![\d.]))",
            rf"(?P<range>(?<![\d.]){_unnamed(NUMBER.pattern)}\s*[-~—]\s*{_NUM}(?:[%‰‱]|\s?(?:{_UNIT})(?![A-Za-z0-9]))?)",
            r"(?P<ratio>(?<![\d.:])\d+:\d+(?![\d.:]))",
            r"(?P<fraction>(?<![\d./])\d+/\d+(?![\d./]))",
            r"(?P<id>(?<![\d.])\d{17}[Xx](?![\dA-Za-z]))",
            rf"(?P<number>{_unnamed(NUMBER.pattern)})",
            r"(?P<compare>[<>]\s*(?=\d))",
            rf"(?P<symbol>[{re.escape(''.join(SYMBOLS))}])",
        )
    ),
    re.MULTILINE,
)
