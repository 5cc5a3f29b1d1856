"""Date forms found in Chinese pages."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from reader.core.document import Article
from reader.core.extraction import extract
from reader.core.extraction.dates import date_in_url, find_dates, find_partial_dates, parse_date
from reader.core.loading import LoadedDocument


@pytest.mark.parametrize(
    "text",
    [
        "2025-05-03",
        "2025-5-3",
        "2025/05/03",
        "2025.05.03",
        "2025年5月3日",
        "2025 年 5 月 3 日",
        "二〇二五年五月三日",
        "发布时间：2025-05-03 10:00",
        "2025-05-03T10:00:00+08:00",
        "5/3/2025 10:00:00 AM",
    ],
)
def test_forms(text: str) -> None:
    assert parse_date(text) == "2025-05-03"


def test_day_first_when_unambiguous() -> None:
    assert parse_date("17/9/2004") == "2004-09-17"


def test_time_of_day_is_noted() -> None:
    assert find_dates("日期：2025-05-03 10:00")[0].has_time
    assert not find_dates("2025-05-03")[0].has_time


@pytest.mark.parametrize("text", ["2025-13-01", "2025-02-30", "1850-01-01", "v1.2025.05.03"])
def test_invalid(text: str) -> None:
    assert parse_date(text) is None


def test_future_dates_are_refused() -> None:
    assert parse_date("2099-01-01", latest=datetime.date(2025, 1, 1)) is None


def test_partial() -> None:
    assert find_partial_dates("——《某某》1998年3月号") == ["1998-03"]
    assert find_partial_dates("2025年5月3日") == []


def test_url() -> None:
    assert date_in_url("http://example.com/local/2020-02/19/c_1.htm") == "2020-02-19"
    assert date_in_url("http://example.com/detail/20200102/1.html") == "2020-01-02"


def test_day_first_dotted_dates_and_not_version_numbers() -> None:
    assert parse_date("Datum 28.01.2022") == "2022-01-28"
    assert parse_date("Stand: 3.5.2025, 10:00") == "2025-05-03"
    assert parse_date("v1.2.2025") is None


def test_url_forms() -> None:
    assert date_in_url("http://example.gov.cn/art/2025/5/t20250503_123.html") == "2025-05-03"
    assert date_in_url("http://example.com/2025-05/03/content.htm") == "2025-05-03"
    assert date_in_url("http://example.com/a/b.html") is None


def _page(body: str, head: str = "", location: str | None = None) -> Article:
    markup = f"<html><head><title>示例标题_示例市人民政府</title>{head}</head><body>{body}</body></html>"
    return extract(
        LoadedDocument(path=Path("page.html"), kind="html", text=markup, encoding="utf-8", location=location)
    )


_PROSE = "<p>" + "各有关单位要认真落实工作要求，切实做好相关服务保障工作，确保各项措施取得实效。" * 4 + "</p>"


def test_stamp_line_under_the_title_beats_a_date_in_the_text() -> None:
    article = _page(
        "<h1>示例标题</h1><div>2025年05月03日 来源：示例市政府办公室 浏览：120</div>"
        f"<p>2024年1月1日，示例市召开会议。</p>{_PROSE}"
    )
    assert article.date == "2025-05-03"


def test_label_in_the_cell_before_the_date() -> None:
    article = _page(
        "<h1>示例标题</h1><table><tr><td>发布日期：</td><td>2025-05-03</td></tr></table>"
        f"{_PROSE}<p>2024年1月1日起施行。</p>"
    )
    assert article.date == "2025-05-03"


def test_related_links_copyright_and_neighbour_articles_are_not_the_date() -> None:
    article = _page(
        f"<h1>示例标题</h1>{_PROSE}"
        "<div>上一篇：2024-12-30 关于某事的通知</div><div>下一篇：2025-01-02 关于另一事的通知</div>"
        "<ul><li><a href='/a'>相关文章一 2025-01-05</a></li></ul>"
        "<div>Copyright © 2025-01-01 示例市人民政府 版权所有</div>"
    )
    assert article.date is None


def test_meta_and_json_ld_publication_dates() -> None:
    meta = '<meta name="PubDate" content="2025-05-03 10:00">'
    assert _page(f"<h1>示例标题</h1><div>日期：2024-01-01</div>{_PROSE}", meta).date == "2025-05-03"
    # Broken JSON (a trailing comma, no closing brace), as saved pages carry it.
    ld = '<script type="application/ld+json">{"datePublished": "2025-05-03T10:00:00+08:00",'
    assert _page(f"<h1>示例标题</h1>{_PROSE}", ld + "</script>").date == "2025-05-03"


def test_modification_date_only_when_nothing_else() -> None:
    modified = '<meta property="og:updated_time" content="2025-06-01T10:00:00+0100">'
    assert _page(f"<h1>示例标题</h1>{_PROSE}", modified).date == "2025-06-01"
    assert _page(f"<h1>示例标题</h1><div>时间：2025-05-03</div>{_PROSE}", modified).date == "2025-05-03"


def test_document_date_repeated_by_the_signature_beats_the_portal_stamp() -> None:
    article = _page(
        "<table><tr><td>成文日期：</td><td>2025年05月02日</td><td>发布日期：</td><td>2025年05月06日</td></tr>"
        f"</table><h1>示例标题</h1>{_PROSE}<p>示例市人民政府</p><p>2025年5月2日</p>",
        '<meta name="PubDate" content="2025-05-06 00:00:00">',
    )
    assert article.date == "2025-05-02"


def test_chinese_numeral_date_in_the_signature() -> None:
    assert (
        _page(f"<h1>示例标题</h1>{_PROSE}<p>示例市人民政府</p><p>二〇二五年五月三日</p>").date == "2025-05-03"
    )


def test_date_in_the_address_is_the_last_resort() -> None:
    location = "http://www.example.gov.cn/art/2025/5/3/t20250503_1.html"
    assert _page(f"<h1>示例标题</h1>{_PROSE}", location=location).date == "2025-05-03"
    assert (
        _page(f"<h1>示例标题</h1><div>时间：2025-04-30</div>{_PROSE}", location=location).date == "2025-04-30"
    )
