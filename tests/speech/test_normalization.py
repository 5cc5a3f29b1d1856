"""Chinese text for speech: exact readings per rule, and the spoken → source offset map."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.speech.normalization import Spoken, language_family, normalize


def spoken(text: str, language: str = "cmn") -> str:
    return normalize(text, language=language).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-05-03", "二〇二五年五月三日"),
        ("2025/5/3", "二〇二五年五月三日"),
        ("2025.05.03发布", "二〇二五年五月三日发布"),
        ("2025年5月3日", "二〇二五年五月三日"),
        ("2025年12月31日", "二〇二五年十二月三十一日"),
        ("2025年", "二〇二五年"),
        ("5月3日", "五月三日"),
        ("05月03日", "五月三日"),
        ("2024年度", "二〇二四年度"),
        ("2021-2025年", "二〇二一至二〇二五年"),
        ("（2021—2025年）", "（二〇二一至二〇二五年）"),
        ("1500-2000元", "一千五百至两千元"),
        ("2004年~2006年", "二〇〇四年至二〇〇六年"),
        ("5月4日-7月6日", "五月四日至七月六日"),
        ("2014\tRunning Man", "二〇一四\tRunning Man"),
        ("（2014）", "（二〇一四）"),
        ("共2000。", "共两千。"),
        ("2014人", "两千零一十四人"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", "十四点三十分"),
        ("14：30", "十四点三十分"),
        ("9:05", "九点零五分"),
        ("8:00", "八点"),
        ("8:00-17:30", "八点至十七点三十分"),
        ("10:20:15", "十点二十分十五秒"),
        ("比分3:1", "比分三比一"),
    ],
)
def test_times_and_ratios(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345", "一万二千三百四十五"),
        ("10", "十"),
        ("15人", "十五人"),
        ("110", "一百一十"),
        ("1005", "一千零五"),
        ("10100", "一万零一百"),
        ("100000", "十万"),
        ("1000000", "一百万"),
        ("3.14", "三点一四"),
        ("0.05", "零点零五"),
        ("1,234,567", "一百二十三万四千五百六十七"),
        ("1,234.5", "一千二百三十四点五"),
        ("公元前10，000年", "公元前一万年"),
        ("1，2，3", "一，二，三"),
        ("第2000名", "第二千名"),
        ("12.5%", "百分之十二点五"),
        ("12.5％", "百分之十二点五"),
        ("３％", "百分之三"),
        ("3‰", "千分之三"),
        ("3-5", "三至五"),
        ("3～5", "三至五"),
        ("3%-5%", "百分之三至百分之五"),
        ("3-5%", "百分之三至百分之五"),
        ("−3", "负三"),
        ("下降-3%", "下降负百分之三"),
        ("第3", "第三"),
        ("第2个", "第二个"),
        ("2个人", "两个人"),
        ("2小时", "两小时"),
        ("2万", "两万"),
        ("2000人", "两千人"),
        ("2月", "二月"),
        ("3000万元", "三千万元"),
        ("5.6亿元", "五点六亿元"),
        ("1/3", "三分之一"),
        ("¥100", "一百元"),
        ("￥5万", "五万元"),
        ("$5", "五美元"),
        ("≥3", "大于等于三"),
        ("＞5", "大于五"),
        ("±2", "正负二"),
    ],
)
def test_numbers(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20km", "二十公里"),
        ("20 km", "二十公里"),
        ("30℃", "三十摄氏度"),
        ("30°C", "三十摄氏度"),
        ("-5℃", "零下五摄氏度"),
        ("-5~3℃", "零下五至三摄氏度"),
        ("10kg", "十公斤"),
        ("5平方米", "五平方米"),
        ("20m²", "二十平方米"),
        ("5㎡", "五平方米"),
        ("3㎞", "三公里"),
        ("120km/h", "一百二十公里每小时"),
        ("500元/吨", "五百元每吨"),
        ("和/或", "和，或"),
    ],
)
def test_units(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电话：010-12345678", "电话：〇幺〇，幺二三四五六七八"),
        ("13800138000", "幺三八〇〇幺三八〇〇〇"),
        ("400-810-1234", "四〇〇，八幺〇，幺二三四"),
        ("区号0571", "区号〇五七幺"),
        ("11010519491231002X", "幺幺〇幺〇五幺九四九幺二三幺〇〇二X"),
        ("邮编100000", "邮编幺〇〇〇〇〇"),
        ("拨打12345热线", "拨打幺二三四五热线"),
        ("共12345678元", "共一千二百三十四万五千六百七十八元"),
    ],
)
def test_code_like_digit_strings(text: str, expected: str) -> None:
    assert spoken(text) == expected


def test_cantonese_reads_one_for_one_and_shares_the_rest() -> None:
    assert spoken("电话：010-12345678", "yue") == "电话：〇一〇，一二三四五六七八"
    assert spoken("2025年5月3日增长12.5%", "yue") == "二〇二五年五月三日增长百分之十二点五"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国办发〔2024〕12号", "国办发二〇二四年十二号"),
        ("京政发[2024]5号", "京政发二〇二四年五号"),
        ("［2024］5号", "二〇二四年五号"),
        ("（2024）12号", "二〇二四年十二号"),
        ("〔2024〕第3号", "二〇二四年第三号"),
        ("第12号", "第十二号"),
        ("No.5", "第五号"),
        ("GB/T 2260-2007", "GBT 二二六〇，二〇〇七"),
    ],
)
def test_document_numbers(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（一）总体要求", "第一，总体要求"),
        ("(二)主要任务", "第二，主要任务"),
        ("一、总体要求", "一、总体要求"),
        ("1. 加强领导", "一， 加强领导"),
        ("1．加强领导", "一，加强领导"),
        ("1、加强领导", "一、加强领导"),
        ("(1)加强领导", "第一，加强领导"),
        ("（12）加强领导", "第十二，加强领导"),
        ("①加强领导", "一，加强领导"),
        ("⑵加强领导", "第二，加强领导"),
        ("㈢加强领导", "第三，加强领导"),
        ("包括：（一）规划；（二）建设。", "包括：第一，规划；第二，建设。"),
        ("  ③其他", "  三，其他"),
        ("3.5亿", "三点五亿"),
    ],
)
def test_bullets(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PM2.5", "PM二点五"),
        ("PM10浓度", "PM十浓度"),
        ("GDP增长5%", "GDP增长百分之五"),
        ("5G网络", "五G网络"),
        ("G318国道", "G三一八国道"),
        ("A320客机", "A三二〇客机"),
        ("COVID-19", "COVID-十九"),
    ],
)
def test_latin_abbreviations_keep_letters(text: str, expected: str) -> None:
    assert spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("见图\ufffc。", "见图。"),
        ("零\u200b宽\u200d字\ufeff符", "零宽字符"),
        ("详见https://www.gov.cn/zhengce/2024-05/03/content.htm。", "详见网址。"),
        ("访问www.gov.cn了解", "访问网址了解"),
        ("《通知》“要求”——全面……", "《通知》“要求”——全面……"),
        ("马克·吐温", "马克·吐温"),
        ("A&B", "A和B"),
        ("重点*", "重点"),
        ("#话题#", "话题"),
        ("Ⅱ类水质", "二类水质"),
    ],
)
def test_symbols_and_invisible_characters(text: str, expected: str) -> None:
    assert spoken(text) == expected


def test_other_languages_are_left_to_the_voice() -> None:
    result = normalize("Call 010-12345678 on 2025-05-03", language="en")
    assert result.text == "Call 010-12345678 on 2025-05-03"
    assert result.is_identity


@pytest.mark.parametrize(
    ("tag", "family"),
    [("cmn", "cmn"), ("zh-CN", "cmn"), ("zh_TW", "cmn"), ("yue", "yue"), ("zh-HK", "yue"), ("en-us", None)],
)
def test_language_family(tag: str, family: str | None) -> None:
    assert language_family(tag) == family


def test_map_of_a_date_points_each_spoken_piece_at_its_source() -> None:
    source = "于2025年5月3日发布"
    result = normalize(source)
    assert result.text == "于二〇二五年五月三日发布"
    assert result.range_to_source(1, 5) == (1, 5)  # 二〇二五 ← 2025
    assert result.to_source(3) == 1  # inside a replaced piece: its start
    assert result.range_to_source(6, 7) == (6, 7)  # 五 ← 5
    assert result.range_to_source(10, 12) == (10, 12)  # 发布 after the pieces


def test_map_of_an_expanded_piece_covers_it_whole() -> None:
    source = "增长12.5%左右"
    result = normalize(source)
    assert result.text == "增长百分之十二点五左右"
    for pos in range(2, 9):
        assert result.range_to_source(pos, pos + 1) == (2, 7)
    assert result.range_to_source(9, 11) == (7, 9)
    assert result.to_source(len(result.text)) == len(source)


def test_deleted_characters_belong_to_neither_neighbour() -> None:
    result = normalize("图\ufffc片")
    assert result.text == "图片"
    assert result.range_to_source(0, 1) == (0, 1)
    assert result.range_to_source(1, 2) == (2, 3)


def test_to_spoken_finds_where_to_start_reading() -> None:
    result = normalize("时间2025年5月3日，地点")
    assert result.to_spoken(0) == 0
    assert result.text[result.to_spoken(11) :] == "，地点"


# Han text, ASCII and full-width digits and the symbols the rules look at, mixed.
_ALPHABET = st.sampled_from(
    [
        *"的一是在了不人有我他这中大来上国个到说们为子和你地出道也时年月日号万亿元第0123456789０５.,-~/:%％‰℃¥$",
        *"〔〕（）()、：；①⑴Ⅱ+=± \n。\u200b\ufffc",
        *("km", "m²", "No.", "PM", "GB/T ", "www."),
    ]
)
_TEXTS = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["cmn", "yue"]))
def test_map_is_monotone_and_in_bounds(text: str, language: str) -> None:
    result = normalize(text, language=language)
    mapped = [result.to_source(pos) for pos in range(len(result.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= pos <= len(text) for pos in mapped)
    assert mapped[-1] == len(text)
    back = [result.to_spoken(pos) for pos in range(len(text) + 1)]
    assert back == sorted(back)
    assert all(0 <= pos <= len(result.text) for pos in back)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_ranges_cover_their_pieces_and_text_between_matches(text: str) -> None:
    result = normalize(text)
    previous_source = previous_spoken = 0
    for source_start, source_end, spoken_start, spoken_end in result.spans():
        assert source_start >= previous_source
        assert spoken_start >= previous_spoken
        # Between pieces the texts are the same.
        assert text[previous_source:source_start] == result.text[previous_spoken:spoken_start]
        if spoken_end > spoken_start:
            start, end = result.range_to_source(spoken_start, spoken_end)
            assert start <= source_start
            assert end >= source_end
        previous_source, previous_spoken = source_end, spoken_end
    assert text[previous_source:] == result.text[previous_spoken:]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("的一是在了不人有我他这中大来上国个到说们为和你地出道也时，。《》“”！？")
        ),
        max_size=60,
    )
)
def test_text_with_nothing_to_read_differently_is_identity(text: str) -> None:
    result = normalize(text)
    assert result.text == text
    assert result.is_identity
    assert [result.to_source(pos) for pos in range(len(text) + 1)] == list(range(len(text) + 1))


@given(st.text(max_size=30))
def test_any_text_normalises(text: str) -> None:
    result = normalize(text)
    assert isinstance(result, Spoken)
    assert 0 <= result.to_source(len(result.text)) <= len(text)


def test_a_thousand_character_sentence_is_fast() -> None:
    sentence = (
        "根据国办发〔2024〕12号文件，2025年5月3日14:30起，GDP增长5.6%，投资3000万元，电话010-12345678。" * 20
    )[:1000]
    normalize(sentence)
    best = min(_timed(sentence) for _ in range(20))
    assert best < 0.005, f"{best * 1000:.2f} ms"


def _timed(sentence: str) -> float:
    started = time.perf_counter()
    normalize(sentence)
    return time.perf_counter() - started


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The URL after a word that names it is dropped, not read as a second 网址.
        ("网址www.gov.cn", "网址"),
        ("网址：www.gov.cn，欢迎访问", "网址，欢迎访问"),
        ("官方网站 https://www.gov.cn/。", "官方网站。"),
        ("访问www.gov.cn了解", "访问网址了解"),
        # Section numbers: part by part with 点, a pause before the heading's words.
        ("1.2.3 总体要求", "一点二点三，总体要求"),
        ("1.2 总体要求", "一点二，总体要求"),
        ("按照3.1.2条执行", "按照三点一点二条执行"),
        ("增长1.2倍", "增长一点二倍"),
        ("2.5 亿元", "二点五 亿元"),
        # Hotlines and service numbers digit by digit, 1 as 幺.
        ("12345政务服务便民热线", "幺二三四五政务服务便民热线"),
        ("12366纳税服务热线", "幺二三六六纳税服务热线"),
        ("请拨打12315投诉", "请拨打幺二三幺五投诉"),
        ("110报警", "幺幺〇报警"),
        ("95598客服", "九五五九八客服"),
        ("受理12345件", "受理一万二千三百四十五件"),
        # Quoted codes.
        ("编辑短信“1253”发送", "编辑短信“幺二五三”发送"),
        ("关注“33618”", "关注“三三六幺八”"),
        # Standards: the code digit by digit (with 一), then the year.
        ("ISO 9001", "ISO 九〇〇一"),
        ("ISO 9001:2015认证", "ISO 九〇〇一，二〇一五认证"),
        ("ISO/IEC 27001", "ISO IEC 二七〇〇一"),
        ("GB/T 19001-2016", "GBT 一九〇〇一，二〇一六"),
        # The currency said once.
        ("¥100元", "一百元"),
        ("￥100万元", "一百万元"),
        ("$5美元", "五美元"),
        # Spaces between Chinese words (the 日期/来源 line, headings) are a pause.
        ("日期：2024-05-03\u3000来源：国务院办公厅", "日期：二〇二四年五月三日，来源：国务院办公厅"),
        ("第一章 总则", "第一章，总则"),
        ("◎国\u3000\u3000家\u3000中国", "◎国\u3000\u3000家\u3000中国"),
        ("乔 冠 华夫妇", "乔 冠 华夫妇"),
        ("宣传，也 是功不可没的", "宣传，也 是功不可没的"),
    ],
)
def test_fixes_seen_in_use(text: str, expected: str) -> None:
    assert spoken(text) == expected


def test_cantonese_reads_codes_with_one() -> None:
    assert spoken("12345政务服务便民热线", "yue") == "一二三四五政务服务便民热线"
    assert spoken("“1253”", "yue") == "“一二五三”"


def test_a_dropped_url_maps_to_the_word_before_it() -> None:
    result = normalize("网址www.gov.cn")
    assert result.text == "网址"
    assert result.range_to_source(0, 2) == (0, 2)
    assert result.to_source(2) == len("网址www.gov.cn")
