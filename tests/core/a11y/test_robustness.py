"""The check never crashes: deep nesting, big pages, broken markup, no <html>, odd encodings, garbage."""

from __future__ import annotations

import time
from pathlib import Path

from reader.core.a11y import Outcome, check_file, check_html


def test_hundred_thousand_levels_of_nesting_is_flattened_and_checked() -> None:
    markup = (
        "<html lang=zh><head><title>深</title></head><body>"
        + "<div>" * 100_000
        + '<a href="/x"><img src="a.png"></a>'
        + "</div>" * 100_000
        + "</body></html>"
    )
    report = check_html(markup)
    assert report.error is None
    assert any("flattened" in note.english for note in report.notes)
    assert report.rule_outcomes()["html-lang"] is Outcome.PASSED


def test_deep_nesting_within_the_parser_limit_keeps_structure() -> None:
    markup = (
        "<html lang=zh><body>" + "<span>" * 250 + '<a href="/x"></a>' + "</span>" * 250 + "</body></html>"
    )
    report = check_html(markup, rules=("link-name",))
    assert report.rule_outcomes()["link-name"] is Outcome.FAILED
    assert not report.notes


def test_five_megabyte_page_gets_a_report() -> None:
    paragraph = "<p>" + "政务公开信息。" * 200 + "</p>\n"
    markup = (
        "<html lang=zh><head><title>大</title></head><body>"
        + paragraph * (5_000_000 // len(paragraph))
        + "</body></html>"
    )
    assert len(markup) >= 4_900_000
    started = time.perf_counter()
    report = check_html(markup)
    assert report.error is None and not report.notes
    assert time.perf_counter() - started < 60


def test_many_elements_scale_linearly_enough() -> None:
    row = '<tr><td style="color:#777">数据</td><td><a href="/a">更多</a></td><td><img src="a.png"></td></tr>'
    markup = "<html lang=zh><body><table>" + row * 1500 + "</table></body></html>"
    started = time.perf_counter()
    report = check_html(markup)
    assert time.perf_counter() - started < 20
    assert report.by_rule()["image-alt"][Outcome.FAILED] == 1500


def test_broken_markup_and_no_html_element() -> None:
    for markup in (
        "<p>没有 html 元素<a href=/x>链接",
        "<table><tr><td>未闭合<th>",
        "<html><body><div><p></div></span></body>",
        "<<<>>> <p <a href=",
        "",
        "\x00\x01\x02",
        '<?xml version="1.0" encoding="gb2312"?><html><body><p>x</p></body></html>',
        "<style>p{color:}}} .x{{{</style><p style='color:rgb(1,2'>x</p>",
    ):
        report = check_html(markup)
        assert report.error is None
        assert not any("stopped" in note.english for note in report.notes), (markup, report.notes)


def test_unreadable_files_give_an_error_report(tmp_path: Path) -> None:
    missing = check_file(tmp_path / "none.html")
    assert missing.error is not None and not missing.findings
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(bytes(range(256)) * 40)
    report = check_file(garbage)
    assert report.error is not None or report.findings is not None
    image = tmp_path / "image.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert check_file(image).error is not None


def test_gb18030_and_utf16_files(tmp_path: Path) -> None:
    markup = (
        '<html lang="zh-CN"><head><meta charset="gb2312"><title>通知</title></head>'
        '<body><img src="a.png"></body></html>'
    )
    gb = tmp_path / "gb.html"
    gb.write_bytes(markup.encode("gb18030"))
    report = check_file(gb)
    assert report.title == "通知"
    assert report.rule_outcomes()["image-alt"] is Outcome.FAILED
    utf16 = tmp_path / "u16.html"
    utf16.write_bytes(markup.replace("gb2312", "utf-16").encode("utf-16"))
    assert check_file(utf16).title == "通知"


def test_sample_article_finds_the_injected_link_and_the_care_entry() -> None:
    sample = Path(__file__).resolve().parents[3] / "resources" / "samples" / "sample-article.html"
    report = check_file(sample)
    outcomes = report.rule_outcomes()
    assert outcomes["hidden-injected-link"] is Outcome.FAILED
    assert outcomes["care-entry"] is Outcome.PASSED
    spam = report.findings_for("hidden-injected-link")[0]
    assert "qp.example.com" in spam.message_en
