"""The outline: marked and numbered headings, quick-navigation targets, and where a position is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.display import DisplayKind, DocPosition, build_article, build_page
from reader.core.document import Article, Block, BlockKind
from reader.core.extraction import extract
from reader.core.loading import load
from reader.core.outline import Outline, Target, numbered_heading_level, place_of

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-article.html"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、服务内容", 2),
        ("十二、附则", 2),
        ("（一）生理发展方面", 3),
        ("(三)工作要求", 3),
        ("1.对人和事都有比较正确的认识", 4),
        ("2、榜样的力量", 4),
        ("１．总体要求", 4),
        ("（1）是人类史的进程", 4),
        ("三、怎样评价这次会议？", 2),
        ("\u3000\u3000二、主要任务", 2),
    ],
)
def test_numbered_headings_have_their_levels(text: str, level: int) -> None:
    assert numbered_heading_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "服务内容",  # no number
        "一、",  # only the number
        "（一）加强组织领导。各单位要落实责任，按时上报进展。",  # a paragraph starting with its heading
        "三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。",  # a numbered clause
        "1.5万名老人受益",  # a decimal number, not "1."
        "2024年工作要点",
        "一、" + "长" * 40,  # too long
        "（一）做好准备；",
    ],
)
def test_other_paragraphs_are_not_headings(text: str) -> None:
    assert numbered_heading_level(text) is None


def _article() -> Article:
    return Article(
        title="青溪区养老服务工作方案",
        date="2025-05-03",
        blocks=[
            Block(BlockKind.PARAGRAPH, "为做好养老服务工作，制定本方案。"),
            Block(BlockKind.PARAGRAPH, "一、总体要求"),
            Block(BlockKind.PARAGRAPH, "坚持以人民为中心。"),
            Block(BlockKind.HEADING, "二、主要任务", level=2),
            Block(BlockKind.PARAGRAPH, "（一）完善服务网络"),
            Block(BlockKind.TABLE, "", rows=(("项目", "时间"), ("助餐", "每天")), has_header=True),
            Block(BlockKind.PARAGRAPH, "1.建设长者食堂"),
            Block(BlockKind.IMAGE, "", alt="长者食堂", src="a.png"),
            Block(BlockKind.LIST, "", items=("助餐", "助浴")),
            Block(BlockKind.TABLE, "", rows=(("a", "b"),)),
            Block(BlockKind.IMAGE, "", alt="外景", src="b.png"),
            Block(BlockKind.PARAGRAPH, "（一）加强组织领导。各单位要落实责任。"),
        ],
    )


def test_the_outline_lists_marked_and_numbered_headings_in_order() -> None:
    display = build_article(_article(), shows_image=lambda src: src == "a.png")
    outline = Outline.of(display)
    assert [(entry.level, entry.text) for entry in outline.entries] == [
        (1, "青溪区养老服务工作方案"),
        (2, "一、总体要求"),
        (2, "二、主要任务"),
        (3, "（一）完善服务网络"),
        (4, "1.建设长者食堂"),
    ]
    for entry in outline.entries:
        assert display.blocks[entry.block].text == entry.text


def test_each_target_lands_on_the_start_of_its_element() -> None:
    display = build_article(_article(), shows_image=lambda src: src == "a.png")
    outline = Outline.of(display)
    blocks = display.blocks
    tables = outline.starts[Target.TABLE]
    cells = [(blocks[i].kind, blocks[i].row, blocks[i].column) for i in tables]
    assert cells == [(DisplayKind.CELL, 0, 0)] * 2
    images = outline.starts[Target.IMAGE]
    # A shown image is its picture; one not shown, its caption.
    assert [blocks[i].kind for i in images] == [DisplayKind.PICTURE, DisplayKind.CAPTION]
    assert [blocks[i].alt for i in images] == ["长者食堂", "外景"]
    paragraphs = [blocks[i].text for i in outline.starts[Target.PARAGRAPH]]
    assert paragraphs == [
        "为做好养老服务工作，制定本方案。",
        "坚持以人民为中心。",
        "（一）加强组织领导。各单位要落实责任。",
    ]


def test_next_and_previous_move_from_any_block_and_stop_at_the_ends() -> None:
    display = build_article(_article())
    outline = Outline.of(display)
    headings = outline.starts[Target.HEADING]
    assert outline.next(Target.HEADING, 0) == headings[1]
    assert outline.next(Target.HEADING, headings[1] + 1) == headings[2]
    assert outline.next(Target.HEADING, headings[-1]) is None
    assert outline.previous(Target.HEADING, headings[2]) == headings[1]
    assert outline.previous(Target.HEADING, headings[2] + 1) == headings[2]
    assert outline.previous(Target.HEADING, 0) is None
    first_table = outline.starts[Target.TABLE][0]
    # From inside a table the next table is the next one, not a later cell of the same.
    assert outline.next(Target.TABLE, first_table + 1) == outline.starts[Target.TABLE][1]
    assert outline.next(Target.IMAGE, len(display.blocks)) is None


def test_where_am_i_names_the_heading_the_paragraph_and_the_share_read() -> None:
    display = build_article(_article())
    outline = Outline.of(display)
    start = place_of(display, outline, DocPosition(0, 0))
    assert start.heading is not None and start.heading.level == 1
    assert (start.paragraph, start.percent) == (1, 0)
    block = outline.starts[Target.HEADING][3] + 1  # under （一）完善服务网络
    place = place_of(display, outline, DocPosition(block, 0))
    assert place.heading is not None and place.heading.text == "（一）完善服务网络"
    assert place.paragraphs == len([b for b in display.blocks if b.spoken_text.strip()])
    assert 1 < place.paragraph < place.paragraphs
    assert 0 < place.percent < 100
    end = place_of(display, outline, DocPosition(len(display.blocks) - 1, 10_000))
    assert (end.paragraph, end.percent) == (end.paragraphs, 100)


def test_an_empty_page_and_the_whole_page_view_have_an_outline() -> None:
    empty = Outline.of(build_page(Article(title="", blocks=[])))
    assert empty.entries == [] and empty.next(Target.HEADING, 0) is None
    page = build_page(Article(title="t", blocks=[], page_text="首页\n一、通知\n正文"))
    outline = Outline.of(page)
    assert outline.entries == []  # whole-page lines are not sorted into headings
    assert len(outline.starts[Target.PARAGRAPH]) == 3


def test_the_sample_article() -> None:
    display = build_article(extract(load(SAMPLE)))
    outline = Outline.of(display)
    assert [entry.text for entry in outline.entries] == [
        "青溪区首家街道综合养老服务中心在桂园街道投入运营",
        "一站式服务，让老人少跑腿",
        "智慧养老，让子女更放心",
        "医养结合，让健康有保障",
        "织密服务网络，打造“15分钟养老服务圈”",
    ]
    assert [entry.level for entry in outline.entries] == [1, 2, 2, 2, 2]
    assert len(outline.starts[Target.TABLE]) == 1
    assert len(outline.starts[Target.IMAGE]) == 1


def _corpus_page(corpora_dir: Path, name: str) -> Outline:
    path = corpora_dir / "extraction" / "zh-cwce" / "original" / f"{name}.html"
    return Outline.of(build_article(extract(load(path))))


def test_a_report_with_marked_and_numbered_headings(corpora_dir: Path) -> None:
    # A Beijing report: 一、 and （一） are <h2>/<h3>, the "1." headings below them plain paragraphs.
    outline = _corpus_page(corpora_dir, "c3f7d079-7730-4a9c-b041-73fcc4b5b3e4")
    texts = [(entry.level, entry.text) for entry in outline.entries]
    assert (2, "一、基本情况") in texts
    assert (3, "（一）生理发展方面") in texts
    assert (4, "1.对人和事都有比较正确的认识") in texts
    at = texts.index((4, "1.对人和事都有比较正确的认识"))
    assert texts[at - 1] == (3, "（二）心理素质发展方面")


def test_a_government_notice_keeps_its_numbered_clauses_as_paragraphs(corpora_dir: Path) -> None:
    # A provincial government 通告: its "一、" "二、" "三、" items are whole clauses, not headings.
    outline = _corpus_page(corpora_dir, "e8847578-12f0-44cb-bdb7-4eec53c18ed1")
    assert [entry.level for entry in outline.entries] == [1]
    assert len(outline.starts[Target.PARAGRAPH]) >= 10


def test_an_article_numbered_with_arabic_numbers(corpora_dir: Path) -> None:
    outline = _corpus_page(corpora_dir, "2397c95d-2de8-4ca5-a569-4fffd20b9d50")
    numbered = [entry.text for entry in outline.entries if entry.level == 4]
    assert numbered[0] == "1. 电子商务物流配送概述"
    assert numbered[-1] == "5. 结论"
