"""Property tests for extraction: whatever the markup or bytes, ``load`` + ``extract`` either return an
article whose invariants hold or raise a ``LoadError``; nothing else escapes.

Inputs are HTML-ish text built from a list of real tags (nested, broken, unclosed), attributes including
inline styles that hide content, Chinese and Latin text, NULs and astral characters, and raw bytes.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import Article, BlockKind
from reader.core.errors import LoadError
from reader.core.extraction import extract
from reader.core.loading import load

TAGS = [
    "div",
    "p",
    "span",
    "a",
    "h1",
    "h2",
    "h3",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "strong",
    "b",
    "br",
    "img",
    "script",
    "style",
    "form",
    "input",
    "pre",
    "section",
    "article",
    "footer",
    "nav",
    "title",
    "meta",
    "font",
    "center",
]
HIDING_STYLES = [
    "display:none",
    "visibility: hidden",
    "position:absolute;left:-9999px",
    "font-size:0",
    "text-indent:-10000px",
    "color:red",
    "text-indent:2em",
]
CLASS_NAMES = ["content", "nav", "footer", "article", "TRS_Editor", "share", "related", "zoom", "x"]
COMMON = (
    "国务院办公厅关于进一步优化政务服务提升行政效能的指导意见各省自治区直辖市人民政府部委直属机构经同意"
    "现将有关事项通知如下发布时间来源作者编辑浏览上一篇下一篇版权所有年月日一二三〇十"
)
TEXT = st.lists(
    st.one_of(
        st.sampled_from(COMMON),
        st.sampled_from(COMMON),
        st.sampled_from("，。、；：？！“”《》（）© \n\t 0123456789-/.:"),
        st.sampled_from(["2025-05-03", "2025年5月3日", "二〇二五年五月三日", "5/3/2025", "Copyright 2024"]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=3),
        st.sampled_from(
            ["\x00", "\U0002a6a5", "\U0001f600", "&amp;", "&#0;", "&#xd800;", "&nbsp;", "<", ">"]
        ),
        st.sampled_from(["Hello world. ", "The quick brown fox jumps. ", "lorem ipsum "]),
    ),
    max_size=40,
).map("".join)
ATTRIBUTE = st.one_of(
    st.builds(lambda style: f' style="{style}"', st.sampled_from(HIDING_STYLES)),
    st.builds(lambda name: f' class="{name}"', st.sampled_from(CLASS_NAMES)),
    st.builds(lambda name: f" id='{name}'", st.sampled_from(CLASS_NAMES)),
    st.sampled_from(
        [" hidden", ' href="/2025-05/03/c_1.htm"', ' alt="图"', ' lang="en"', " =broken", ' a="']
    ),
    st.builds(
        lambda name, content: f' name="{name}" content="{content}"',
        st.sampled_from(["PubDate", "ArticleTitle", "og:title", "author", "ContentSource"]),
        st.sampled_from(["2025-05-03 10:00", "标题", "", "not a date", "2099-01-01"]),
    ),
)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    """A piece of markup: text, or a tag with attributes around more pieces (sometimes left unclosed)."""
    if depth > 4 or draw(st.integers(0, 3)) == 0:
        return draw(TEXT)
    tag = draw(st.sampled_from(TAGS))
    attributes = "".join(draw(st.lists(ATTRIBUTE, max_size=3)))
    children = draw(st.lists(html_fragments(depth + 1), max_size=4))
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{tag}", "</div>"]))
    return f"<{tag}{attributes}>{''.join(children)}{closing}"


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    head = draw(
        st.sampled_from(["", "<html>", "<!DOCTYPE html><html lang='zh-CN'>", "<?xml version='1.0'?>"])
    )
    title = draw(st.sampled_from(["", "<head><title>标题_某某市人民政府</title></head>", "<title>"]))
    body = "".join(draw(st.lists(html_fragments(), min_size=1, max_size=5)))
    return f"{head}{title}<body>{body}"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check(article: Article) -> None:
    texts = [block.text for block in article.blocks if block.text]
    assert article.text == "\n\n".join(texts)
    spans = list(article.spans())
    assert len(spans) == len(texts)
    for span in spans:
        assert article.text[span.start : span.end] == article.blocks[span.index].text
    if article.date is not None:
        assert _ISO_DATE.match(article.date), article.date
        year, month, day = (int(part) for part in article.date.split("-"))
        assert 1 <= month <= 12 and 1 <= day <= 31 and year >= 1900
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            assert block.level is not None and 1 <= block.level <= 6
    assert isinstance(article.title, str)
    assert article.language


def _extract_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"page{suffix}"
        path.write_bytes(data)
        try:
            article = extract(load(path))
        except LoadError:
            return
    _check(article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=html_pages(), codec=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_html_ish_text_gives_a_sound_article_or_a_load_error(page: str, codec: str) -> None:
    _extract_bytes(page.encode(codec, errors="replace"), ".html")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, suffix=st.sampled_from([".txt", ".html", ""]))
def test_plain_text_gives_a_sound_article_or_a_load_error(text: str, suffix: str) -> None:
    _extract_bytes(text.encode("utf-8"), suffix)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".html", ".txt", ".mhtml", ""]))
def test_arbitrary_bytes_give_a_sound_article_or_a_load_error(data: bytes, suffix: str) -> None:
    _extract_bytes(data, suffix)
