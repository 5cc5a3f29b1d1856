"""The display document: one block per shown part, spoken text, conversion with kept positions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.display import (
    LINE_SEPARATOR,
    OBJECT_CHARACTER,
    DisplayKind,
    DocPosition,
    build_article,
    build_page,
    conversion_steps,
    convert_document,
)
from reader.core.document import Article, Block, BlockKind


def _article() -> Article:
    return Article(
        title="养老服务中心投入运营",
        date="2025-05-03",
        source="青溪区民政局",
        blocks=[
            Block(BlockKind.PARAGRAPH, "五月五日上午，中心正式投入运营。\n第二行。"),
            Block(BlockKind.HEADING, "一、服务内容", level=2),
            Block(BlockKind.LIST, "助餐\n日间照料", items=("助餐", "日间照料")),
            Block(BlockKind.IMAGE, "", alt="中心外景", src="a.png"),
            Block(BlockKind.TABLE, "", rows=(("项目", "时间"), ("助餐", "")), has_header=True),
            Block(BlockKind.PARAGRAPH, "市民可用U盘把软件带到服务中心。"),
        ],
        page_text="首页\n  养老服务中心投入运营 \n\n扫一扫",
    )


def test_article_blocks_are_the_parts_shown() -> None:
    display = build_article(_article(), shows_image=lambda src: src == "a.png")
    kinds = [block.kind for block in display.blocks]
    assert kinds == [
        DisplayKind.TITLE,
        DisplayKind.META,
        DisplayKind.PARAGRAPH,
        DisplayKind.HEADING,
        DisplayKind.LIST_ITEM,
        DisplayKind.LIST_ITEM,
        DisplayKind.PICTURE,
        DisplayKind.CAPTION,
        DisplayKind.CELL,
        DisplayKind.CELL,
        DisplayKind.CELL,
        DisplayKind.CELL,
        DisplayKind.TABLE_END,
        DisplayKind.PARAGRAPH,
    ]
    assert display.blocks[1].text == "日期：2025-05-03\u3000来源：青溪区民政局"
    assert display.blocks[2].text == f"五月五日上午，中心正式投入运营。{LINE_SEPARATOR}第二行。"
    assert display.blocks[6].text == OBJECT_CHARACTER
    assert display.blocks[7].text == "〔图片：中心外景〕"
    assert display.blocks[8].is_header and not display.blocks[10].is_header
    assert display.blocks[11].text == "\xa0"


def test_speech_reads_the_meta_line_and_captions_but_not_pictures() -> None:
    display = build_article(_article(), shows_image=lambda src: True)
    spoken = [display.block_text(index) for index in range(display.block_count())]
    assert spoken[1].startswith("日期")
    assert spoken[6] == ""  # the picture itself
    assert spoken[7] == "〔图片：中心外景〕"
    assert spoken[12] == ""  # the table's end
    assert display.block_text(99) == ""


def test_an_image_that_cannot_be_shown_is_its_caption_alone() -> None:
    display = build_article(_article())
    assert DisplayKind.PICTURE not in [block.kind for block in display.blocks]
    assert any(block.kind is DisplayKind.CAPTION for block in display.blocks)


def test_whole_page_is_one_block_per_line() -> None:
    display = build_page(_article())
    assert [block.text for block in display.blocks] == ["首页", "养老服务中心投入运营", "扫一扫"]
    empty = build_page(Article("t", [], page_text="\n \n"))
    assert len(empty.blocks) == 1 and empty.blocks[0].text


def test_conversion_keeps_blocks_and_maps_positions_both_ways() -> None:
    original = build_article(_article())
    converted = convert_document(original, "s2twp")
    assert len(converted.blocks) == len(original.blocks)
    assert [b.kind for b in converted.blocks] == [b.kind for b in original.blocks]
    last = len(original.blocks) - 1
    assert converted.blocks[last].text == "市民可用隨身碟把軟體帶到服務中心。"
    at = original.blocks[last].text.index("把")
    mapped = converted.from_original(DocPosition(last, at))
    assert converted.blocks[last].text[mapped.offset] == "把"
    assert converted.to_original(mapped) == DocPosition(last, at)
    # A conversion maps to another conversion of the same original, and back to the original itself.
    hk = convert_document(converted, "s2hk")
    assert hk.original is original
    place = hk.map_from(converted, mapped)
    assert place is not None and hk.blocks[last].text[place.offset] == "把"
    assert convert_document(hk, None) is original
    # Another text (the whole page) is not the same text.
    assert build_page(_article()).map_from(original, DocPosition(0, 0)) is None


def test_conversion_steps_report_progress_and_finish() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "养老服务中心投入运营。" * 300) for _ in range(30)]
    original = build_article(Article("标题", blocks))
    steps = conversion_steps(original, "s2t")
    shares = []
    try:
        while True:
            shares.append(next(steps))
    except StopIteration as done:
        result = done.value
    assert shares and shares == sorted(shares) and shares[-1] <= 1.0
    assert result.blocks[1].text.startswith("養老服務中心")


def test_find_locates_text_in_blocks() -> None:
    display = build_article(_article())
    found = display.find("日间照料")
    assert found is not None
    start, end = found
    assert display.blocks[start.block].text[start.offset : end.offset] == "日间照料"
    assert display.find("不存在的文字") is None
    assert display.find("  ") is None


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=40
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(BlockKind)), _TEXT), max_size=8), _TEXT)
def test_any_article_builds_clean_blocks(parts: list[tuple[BlockKind, str]], title: str) -> None:
    article = Article(title, [Block(kind, text, level=2, alt=text) for kind, text in parts])
    display = build_article(article)
    assert display.blocks[0].kind is DisplayKind.TITLE and display.blocks[0].text
    for block in display.blocks:
        assert "\n" not in block.text and "\r" not in block.text
        assert not any(ord(ch) < 0x20 and ch != "\t" for ch in block.text)


def test_body_place_finds_a_library_hit_on_the_screen() -> None:
    from reader.core.display import body_place, convert_document

    article = Article(
        title="标题",
        blocks=[
            Block(BlockKind.PARAGRAPH, "  第一段说明政务服务。"),
            Block(BlockKind.LIST, "事项一：政务\n事项二：服务热线"),
            Block(BlockKind.PARAGRAPH, "服务第三段，再说服务。"),
        ],
    )
    document = build_article(article)
    body = article.text
    first = body.index("服务热线")
    place = body_place(document, article, first, "服务热线")
    assert place is not None
    assert document.blocks[place.block].text[place.offset :].startswith("服务热线")
    second = body.rindex("服务")
    place = body_place(document, article, second, "服务")
    assert place is not None
    assert document.blocks[place.block].text[place.offset :] == "服务。"
    assert body_place(document, article, len(body) + 5, "服务") is None
    # Converted to traditional (not length-preserving everywhere): the place moves with the text.
    converted = convert_document(document, "s2tw")
    place = body_place(converted, article, first, "服务热线")
    assert place is not None
    assert converted.blocks[place.block].text[place.offset :].startswith("服務熱線")
