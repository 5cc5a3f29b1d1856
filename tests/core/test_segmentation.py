"""Sentence segmentation: CJK and Latin rules, coverage invariants, locality of ``sentence_span``, speed."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import segmentation
from reader.core.segmentation import (
    MAX_SENTENCE_LENGTH,
    Sentence,
    iter_sentences,
    iter_spans,
    sentence_span,
    sentences,
)


def texts(text: str, max_length: int = MAX_SENTENCE_LENGTH) -> list[str]:
    return [sentence.text for sentence in sentences(text, max_length=max_length)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天天气很好。我们去公园吧！你去吗？", ["今天天气很好。", "我们去公园吧！", "你去吗？"]),
        ("第一条；第二条", ["第一条；", "第二条"]),
        ("他说：“你好。”然后走了。", ["他说：“你好。”", "然后走了。"]),
        ("「走吧！」她说。", ["「走吧！」", "她说。"]),
        ("（见附件。）下一句", ["（见附件。）", "下一句"]),
        ("《通知》。【完】", ["《通知》。", "【完】"]),
        ("真的吗？！当然。", ["真的吗？！", "当然。"]),
        ("他想了想……没有说话。", ["他想了想……", "没有说话。"]),
        ("等等...然后", ["等等...", "然后"]),
        ("Wait... then", ["Wait... ", "then"]),
        ("Wait...what", ["Wait...what"]),
        ("Hello world. This is it! OK? yes", ["Hello world. ", "This is it! ", "OK? ", "yes"]),
        ('He said "Stop." Then left.', ['He said "Stop." ', "Then left."]),
        ("Yahoo!Japan is here.", ["Yahoo!Japan is here."]),
        ("好!我们走", ["好!", "我们走"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "总投资1.2万元。",
        "圆周率约为3.14，精确到两位。",
        "增长了3.5%以上。",
        "访问http://www.gov.cn/zhengce/2024-05/05/content_1.htm?a=1&b=2!x 查看。",
        "网址www.gov.cn/a.html?x=1;y=2 可查。",
        "版本v1.2.3已经发布。",
        "Mr. Smith arrived.",
        "1. 第一条规定。",
        "(2). 第二条规定。",
        "共1,000,000人。",
    ],
)
def test_no_split_inside_numbers_urls_abbreviations(text: str) -> None:
    assert texts(text) == [text]


def test_url_followed_by_sentence_end() -> None:
    assert texts("See https://example.org/a. Next one.") == ["See https://example.org/a. ", "Next one."]


def test_newlines_are_hard_boundaries() -> None:
    assert texts("标题\n第一段没有句号\n\n第二段。\r\n第三段") == [
        "标题\n",
        "第一段没有句号\n\n",
        "第二段。\r\n",
        "第三段",
    ]
    assert texts("一行\u2028二行\u2029三行") == ["一行\u2028", "二行\u2029", "三行"]


def test_whitespace_only_and_leading_whitespace() -> None:
    assert sentences("") == []
    assert texts("   ") == ["   "]
    assert texts("\n\n") == ["\n\n"]
    assert texts("\n\n  正文。后文") == ["\n\n  正文。", "后文"]
    assert texts("……他说") == ["……他说"]


def test_long_sentence_cut_at_comma() -> None:
    clause = "一二三四五六七八九十" * 3 + "，"
    text = clause * 20
    parts = texts(text)
    assert "".join(parts) == text
    assert all(len(part) <= MAX_SENTENCE_LENGTH for part in parts)
    assert all(part.endswith("，") for part in parts)


def test_long_sentence_without_breaks_cut_at_limit() -> None:
    text = "字" * 450
    assert [len(part) for part in texts(text)] == [200, 200, 50]


def test_long_sentence_does_not_cut_latin_word_or_thousands() -> None:
    text = "字" * 190 + "abcdefghijklmnopqrstuvwxyz" + "字" * 100
    parts = texts(text)
    assert parts[0] == "字" * 190
    digits = "字" * 195 + "1,234,567" + "字" * 100
    assert not any(part.startswith((",", "234")) for part in texts(digits))


def test_max_length_parameter() -> None:
    text = "甲乙丙，丁戊己，庚辛壬。"
    assert texts(text, max_length=4) == ["甲乙丙，", "丁戊己，", "庚辛壬。"]
    with pytest.raises(ValueError, match="max_length"):
        sentences(text, max_length=0)


def test_sentence_objects_and_iterators() -> None:
    text = "甲。乙！"
    assert sentences(text) == [Sentence(0, 2, "甲。"), Sentence(2, 4, "乙！")]
    assert list(iter_sentences(text)) == sentences(text)
    assert list(iter_spans(text)) == [(0, 2), (2, 4)]
    assert sentences(text)[1].start == 2


def test_sentence_span() -> None:
    text = "第一句。第二句！\n\n第三句"
    assert sentence_span(text, 0) == (0, 4)
    assert sentence_span(text, 3) == (0, 4)
    assert sentence_span(text, 4) == (4, 10)
    assert sentence_span(text, 9) == (4, 10)
    assert sentence_span(text, 10) == (10, 13)
    assert sentence_span(text, len(text)) == (10, 13)
    assert sentence_span(text, 999) == (10, 13)
    assert sentence_span(text, -5) == (0, 4)
    assert sentence_span("", 0) == (0, 0)


def test_astral_characters_are_one_code_point() -> None:
    text = "𠀀𠀁字。𝒳好！"
    assert list(iter_spans(text)) == [(0, 4), (4, 7)]
    assert sentence_span(text, 5) == (4, 7)


_ALPHABET = st.sampled_from(
    [
        *"中文字句段一二三abcXYZ“（0123456789 .,;!?。！？；…，、：”’」』）)】》\"'\n\r\u2028\t/:w𠀀",
        *["http://", "www.", "...", "……", "1.2", "\r\n"],
    ]
)
_TEXTS = st.lists(_ALPHABET, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=40))
def test_spans_cover_text_in_order(text: str, max_length: int) -> None:
    spans = list(iter_spans(text, max_length=max_length))
    if not text:
        assert spans == []
        return
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end == start
    assert all(start < end for start, end in spans)
    # Only trailing whitespace may take a piece over the limit.
    assert all(len(text[start:end].rstrip()) <= max_length for start, end in spans)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data(), st.booleans())
def test_sentence_span_agrees_with_sentences(text: str, data: st.DataObject, is_restarting: bool) -> None:
    spans = list(iter_spans(text, max_length=30))
    if not text:
        assert sentence_span(text, 0) == (0, 0)
        return
    offset = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    containing = [span for span in spans if span[0] <= offset < span[1]]
    assert len(containing) == 1
    # Short texts never take the restart shortcut of long lines unless it is forced.
    saved = segmentation._RESTART_AFTER
    segmentation._RESTART_AFTER = 0 if is_restarting else saved
    try:
        assert sentence_span(text, offset, max_length=30) == containing[0]
    finally:
        segmentation._RESTART_AFTER = saved


def test_sentence_span_on_a_long_line_is_local() -> None:
    text = "五月五日上午，综合养老服务中心正式投入运营。" * 50_000
    started = time.perf_counter()
    for offset in range(0, len(text), len(text) // 100):
        assert sentence_span(text, offset)[1] - sentence_span(text, offset)[0] == 22
    assert time.perf_counter() - started < 0.5


def test_million_characters_well_under_a_second() -> None:
    paragraph = (
        "五月五日上午，青溪区综合养老服务中心正式投入运营，总投资1.2万元，覆盖率达到3.14%。"
        "“这是好事！”居民说。详见www.gov.cn/a.html。是否满意？当然……\n"
    )
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        result = sentences(text)
        best = min(best, time.perf_counter() - started)
    assert result[-1].end == len(text)
    print(f"segmentation of 1,000,000 characters: {best * 1000:.0f} ms, {len(result)} sentences")
    # Generous bound for a shared, noisy machine; the measured figure is around 0.2 s.
    assert best < 1.0
