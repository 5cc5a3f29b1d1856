"""Extraction rules, each checked on fixture pages written for this project (tests/fixtures/extraction)."""

from __future__ import annotations

import contextlib
import statistics
import time
from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.core.errors import LoadError, MalformedError
from reader.core.extraction import extract, extract_file
from reader.core.extraction.boilerplate import is_boilerplate_line
from reader.core.extraction.metadata import detect_language, strip_site_suffix
from reader.core.loading import LoadedDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"


def _html(markup: str, name: str = "page.html") -> LoadedDocument:
    return LoadedDocument(path=Path(name), kind="html", text=markup, encoding="utf-8")


def test_portal_page_metadata_and_body() -> None:
    article = extract_file(FIXTURES / "portal.html")
    assert article.title == "关于开展春季植树活动的通知"
    assert article.date == "2025-03-10"
    assert article.source == "示例市林业局"
    assert article.language == "zh-Hans"
    assert article.text.startswith("各区县林业部门、各有关单位：")
    assert "请于四月五日前将总结材料报送" in article.text


@pytest.mark.parametrize(
    "furniture",
    [
        "您当前位置",
        "扫一扫",
        "上一篇",
        "下一篇",
        "相关链接",
        "主办单位",
        "ICP",
        "无障碍",
        "关怀版",
        "打印本页",
        "版权所有",
    ],
)
def test_portal_boilerplate_is_left_out_of_the_body(furniture: str) -> None:
    article = extract_file(FIXTURES / "portal.html")
    assert furniture not in article.text
    assert furniture in article.page_text or furniture in ("ICP",)


def test_bold_and_numbered_paragraphs_become_headings() -> None:
    blocks = extract_file(FIXTURES / "portal.html").blocks
    headings = {block.text: block.level for block in blocks if block.kind is BlockKind.HEADING}
    assert headings == {"一、活动时间": 2, "（一）组织方式": 3, "二、工作要求": 2}


def test_news_page_title_suffix_date_source_author_and_quote() -> None:
    article = extract_file(FIXTURES / "news.html")
    assert article.title == "小城书店迎来新读者"
    assert article.date == "2024-11-08"
    assert article.source == "示例日报"
    assert article.author == "王小明"
    assert [block.kind for block in article.blocks][-1] is BlockKind.QUOTE
    assert "分享到" not in article.text and "责任编辑" not in article.text and "热门推荐" not in article.text


def test_hidden_and_off_screen_content_is_removed_everywhere() -> None:
    article = extract_file(FIXTURES / "spam.html")
    for hidden in (
        "棋牌",
        "娱乐",
        "隐藏的广告",
        "看不见",
        "零号字体",
        "缩进到屏幕外",
        "样式表隐藏",
        "属性隐藏",
    ):
        assert hidden not in article.page_text
        assert hidden not in article.text
    assert article.title == "社区开展垃圾分类宣传"
    assert article.date == "2025-05-03"
    assert article.page_text.startswith("社区开展垃圾分类宣传")


def test_tables_images_and_lists_become_blocks() -> None:
    article = extract_file(FIXTURES / "structures.html")
    kinds = [block.kind for block in article.blocks]
    assert article.date == "2025-01-20"
    image = next(block for block in article.blocks if block.kind is BlockKind.IMAGE)
    assert (image.alt, image.src) == ("图书馆阅览室里读者在看书", "images/reading-room.jpg")
    assert sum(1 for kind in kinds if kind is BlockKind.IMAGE) == 1  # the print icon is left out
    table = next(block for block in article.blocks if block.kind is BlockKind.TABLE)
    assert table.has_header and table.rows[0] == ("馆名", "到馆人次", "借阅册次")
    assert table.rows[2] == ("东区图书馆", "40万", "22万")
    lists = [block for block in article.blocks if block.kind is BlockKind.LIST]
    assert [(len(block.items), block.ordered) for block in lists] == [(3, False), (2, True)]


def test_empty_body_raises_the_documented_error() -> None:
    with pytest.raises(MalformedError, match="no readable text"):
        extract_file(FIXTURES / "empty.html")


def test_deeply_nested_page_does_not_crash() -> None:
    depth = 100_000
    markup = (
        "<html><body><p>开头的一段文字。</p>"
        + "<div>" * depth
        + "深处的文字，仍然可以读到。"
        + "</div>" * depth
    )
    markup += "<p>结尾的一段文字。</p></body></html>"
    article = extract(_html(markup))
    assert "深处的文字" in article.page_text
    assert "结尾的一段文字" in article.page_text


def test_deeply_nested_unknown_tags_do_not_crash() -> None:
    markup = (
        "<html><body>" + "<x-a><blink>" * 60_000 + "文字。" + "</blink></x-a>" * 60_000 + "</body></html>"
    )
    with contextlib.suppress(LoadError):
        extract(_html(markup))


def test_text_file_title_and_paragraphs() -> None:
    article = extract_file(FIXTURES / "notes.txt")
    assert article.title == "春夜读书记"
    assert [block.text for block in article.blocks] == [
        "窗外下着小雨，屋里很安静。我把旧书一本本拿出来，慢慢翻看。",
        "有些书页已经发黄，字迹却依然清楚。",
        "The last line wraps here.",
    ]
    assert article.language == "zh-Hans"


def test_million_character_text_is_fast() -> None:
    line = "　　这是一段用来测试速度的文字，内容重复出现，不断延续下去。\n"
    text = "长篇小说\n\n" + line * (1_000_000 // len(line))
    document = LoadedDocument(path=Path("novel.txt"), kind="text", text=text, encoding="utf-8")
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        article = extract(document)
        timings.append(time.perf_counter() - start)
    assert article.title == "长篇小说"
    assert len(article.blocks) > 30_000
    assert statistics.median(timings) < 0.5  # budget 0.2 s, measured ~0.1 s; slack for a shared machine


def test_novel_with_one_sentence_per_line_gives_a_block_per_line() -> None:
    sentences = [f"第{n}句话说完了。" if n % 3 else f"“第{n}句是对话，长一些！”" for n in range(2000)]
    text = "长篇小说\n" + "\n".join(sentences) + "\n"
    document = LoadedDocument(path=Path("novel.txt"), kind="text", text=text, encoding="utf-8")
    article = extract(document)
    assert article.title == "长篇小说"
    assert [block.text for block in article.blocks] == sentences
    assert article.language == "zh-Hans"
    assert article.page_text is document.text  # the whole file, shared rather than copied


def test_text_file_date_and_source_come_from_its_first_lines() -> None:
    text = "通知\n发布日期：2024年3月5日  来源：示例市教育局\n" + "x" * 300 + "\n" + "正文。\n" * 50
    article = extract(LoadedDocument(path=Path("a.txt"), kind="text", text=text, encoding="utf-8"))
    assert article.date == "2024-03-05"
    assert article.source == "示例市教育局"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("文章标题_示例市人民政府", "文章标题"),
        ("小城书店迎来新读者 - 新华网", "小城书店迎来新读者"),
        ("一个较长的文章标题|栏目|网站", "一个较长的文章标题"),
        ("没有后缀的标题", "没有后缀的标题"),
    ],
)
def test_site_suffix_is_removed_from_title(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


def test_title_prefers_h1_matching_the_title_tag() -> None:
    markup = (
        "<html><head><title>短标题 - 示例网站的很长很长的名字</title></head><body><h1>短标题</h1>"
        "<p>正文第一段，讲述了一件事情的经过，内容足够长，可以被识别为正文。</p></body></html>"
    )
    assert extract(_html(markup)).title == "短标题"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这是简体中文的文章，我们说话时会这样写。", "zh-Hans"),
        ("這是繁體中文的文章，我們說話時會這樣寫。", "zh-Hant"),
    ],
)
def test_language_from_script(text: str, expected: str) -> None:
    assert detect_language(text, "") == expected


def test_language_falls_back_to_declared() -> None:
    assert detect_language("Ein kurzer deutscher Text.", "de") == "de"


@pytest.mark.parametrize(
    "line",
    [
        "您当前位置：首页 > 新闻",
        "扫一扫在手机打开当前页",
        "【打印本页】 【关闭窗口】",
        "分享到：",
        "上一篇：某某",
        "京ICP备12345678号",
        "主办单位：某某办公室",
        "相关链接",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


def test_prose_is_not_boilerplate() -> None:
    assert not is_boilerplate_line("会议要求，各单位要把相关工作落到实处，确保取得实效。")


def test_unexpected_markup_never_escapes_as_another_error() -> None:
    for markup in (
        "<",
        "<html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>字</p></body></html>",
        "\x00<p>a",
    ):
        with contextlib.suppress(LoadError):
            extract(_html(markup))


def test_chinese_detection_by_declaration_and_han_share() -> None:
    from reader.core.extraction.fallback import is_chinese

    assert is_chinese("关于开展春季植树活动的通知。" * 5, "")
    assert is_chinese("Beijing 北京 news", "zh-CN")
    assert not is_chinese("The quick brown fox jumps over the lazy dog. 北京", "en")
    assert not is_chinese("むかしむかし、ある所に欲張りなイヌがいました。", "")


_ENGLISH_ARTICLE = "".join(
    f"<p>Paragraph {index} of the story tells how the town library reopened, and why readers came back "
    "to it after years away; it is long enough to count as prose.</p>"
    for index in range(6)
)


def test_english_page_body_is_read_by_the_library_into_blocks() -> None:
    markup = (
        "<html lang='en'><head><title>Library reopens - Example News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Library reopens</h1><h2>A town returns</h2>{_ENGLISH_ARTICLE}"
        "<ul><li>Open daily</li><li>Free entry</li></ul></article>"
        "<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"
    )
    article = extract(_html(markup))
    assert article.title == "Library reopens"
    assert article.language == "en"
    assert "Paragraph 5 of the story" in article.text
    assert "All rights reserved" not in article.text and "World" not in article.text
    kinds = {block.kind for block in article.blocks}
    assert BlockKind.PARAGRAPH in kinds
    assert all(block.level in range(1, 7) for block in article.blocks if block.kind is BlockKind.HEADING)


def test_readers_comments_are_not_taken_for_the_post() -> None:
    post = "<p>今天我们去山里露营，天气很好，枫叶红了，大家一起做饭聊天，非常开心。</p>" * 6
    comment = "<p>看起来真不错，下次我也想去那里露营，请问需要提前预订营地吗？谢谢分享！</p>"
    markup = (
        "<html><head><title>山里露营记 @ 我的博客 :: 某某博客</title></head><body>"
        f"<h1>某某博客</h1><div class='article'><h2>山里露营记</h2>{post}</div>"
        f"<div class='post-comment'>{''.join(f'<div class=c>{comment}</div>' for _ in range(8))}</div>"
        "</body></html>"
    )
    article = extract(_html(markup))
    assert article.title == "山里露营记"
    assert "枫叶红了" in article.text and "提前预订" not in article.text
