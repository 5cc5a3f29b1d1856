"""What speech says of a display document's layout: the 日期/来源 line is read, headings carry a pause and,
when asked, a cue that maps back onto the heading's first character."""

from __future__ import annotations

from reader.core.display import DisplayKind, build_article
from reader.core.document import Article, Block, BlockKind
from reader.speech.engine import WordMark
from reader.speech.export import spoken_utterances
from reader.speech.utterances import HEADING_CUE, HEADING_PAUSE_MS, BlockList, iter_utterances

ARTICLE = Article(
    title="关于印发工作方案的通知",
    date="2025-05-03",
    source="市政府办公室",
    blocks=[
        Block(BlockKind.HEADING, "1.2.3 总体要求", level=2),
        Block(BlockKind.PARAGRAPH, "拨打12345政务服务便民热线。详见网址www.gov.cn。"),
    ],
)


def test_the_date_and_source_line_is_read_with_a_pause_between_its_fields() -> None:
    document = build_article(ARTICLE)
    meta = next(i for i, block in enumerate(document.blocks) if block.kind is DisplayKind.META)
    said = [u.spoken.text for u in iter_utterances(document) if u.block == meta]
    assert said == ["日期：二〇二五年五月三日，来源：市政府办公室"]


def test_what_an_article_export_sends_in_order() -> None:
    said = [u.spoken.text for u in spoken_utterances(build_article(ARTICLE))]
    assert said == [
        "关于印发工作方案的通知",
        "日期：二〇二五年五月三日，来源：市政府办公室",
        "一点二点三，总体要求",
        "拨打幺二三四五政务服务便民热线。",
        "详见网址。",
    ]


def test_headings_and_the_title_carry_a_pause_after_them() -> None:
    pauses = {u.text: u.pause_after_ms for u in iter_utterances(build_article(ARTICLE))}
    assert pauses["关于印发工作方案的通知"] == HEADING_PAUSE_MS
    assert pauses["1.2.3 总体要求"] == HEADING_PAUSE_MS
    assert pauses["拨打12345政务服务便民热线。"] == 0
    # A plain list of paragraphs says nothing about headings.
    assert all(u.pause_after_ms == 0 for u in iter_utterances(BlockList(["一、总体要求", "正文。"])))


def test_a_heading_cue_is_said_first_and_maps_to_the_heading_start() -> None:
    utterances = list(iter_utterances(build_article(ARTICLE), heading_cue=HEADING_CUE))
    heading = next(u for u in utterances if u.text == "1.2.3 总体要求")
    assert heading.spoken.text == "标题：一点二点三，总体要求"
    # A word mark in the cue highlights nothing past the heading's start; one in 总体 lands on 总体.
    assert heading.word_range(WordMark(0, 2)) == (heading.start, heading.start)
    at = heading.spoken.text.index("总体")
    assert heading.word_range(WordMark(at, at + 2)) == (heading.start + 6, heading.start + 8)
    paragraph = next(u for u in utterances if u.text.startswith("拨打"))
    assert not paragraph.spoken.text.startswith(HEADING_CUE)
