"""Reports: JSON keys and counts, CSV rows and BOM, terminal text, an HTML report that passes our check."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from reader.core.a11y.model import Finding, Outcome, PageReport
from reader.core.a11y.report import (
    CSV_COLUMNS,
    FORMATS,
    render,
    render_csv,
    render_html,
    render_json,
    render_text,
    sorted_findings,
    summarise,
)


def _finding(rule_id: str, outcome: Outcome, selector: str = "img", line: int | None = None) -> Finding:
    return Finding(
        rule_id=rule_id,
        outcome=outcome,
        selector=selector,
        snippet=f'<{selector.lstrip("#")} src="a.png">',
        code="name.missing.image",
        text="",
        line=line,
    )


def _reports() -> list[PageReport]:
    failing = PageReport(
        path=Path("站点/通知.html"),
        title="关于做好防汛工作的通知",
        findings=[
            _finding("heading-order", Outcome.FAILED, "h4", line=30),
            _finding("image-alt", Outcome.PASSED, "#logo", line=3),
            _finding("image-alt", Outcome.FAILED, "#banner", line=12),
            _finding("color-contrast", Outcome.CANT_TELL, "p.note", line=20),
        ],
        rules_run=("page-title", "image-alt", "heading-order", "color-contrast", "meta-refresh"),
    )
    passing = PageReport(
        path=Path("站点/首页.html"),
        title="首页",
        findings=[_finding("page-title", Outcome.PASSED, "title")],
        rules_run=("page-title", "image-alt"),
    )
    broken = PageReport(path=Path("站点/坏.html"), error="站点/坏.html: not text (an image)")
    return [failing, passing, broken]


def test_summary_counts_pages_and_rules() -> None:
    summary = summarise(_reports())
    assert (summary.pages, summary.pages_failed, summary.pages_unreadable) == (3, 1, 1)
    assert summary.findings[Outcome.FAILED] == 2
    assert summary.findings[Outcome.PASSED] == 2
    assert summary.findings[Outcome.CANT_TELL] == 1
    image = summary.rules["image-alt"]
    assert image.pages[Outcome.FAILED] == 1
    assert image.pages[Outcome.INAPPLICABLE] == 1
    assert image.findings[Outcome.FAILED] == 1
    assert image.findings[Outcome.PASSED] == 1
    assert summary.rules["meta-refresh"].pages[Outcome.INAPPLICABLE] == 1


def test_findings_sort_failed_first_then_severity() -> None:
    ordered = sorted_findings(_reports()[0].findings)
    # image-alt is critical, heading-order minor: both failed, the critical one first.
    assert [(f.rule_id, f.outcome) for f in ordered] == [
        ("image-alt", Outcome.FAILED),
        ("heading-order", Outcome.FAILED),
        ("color-contrast", Outcome.CANT_TELL),
        ("image-alt", Outcome.PASSED),
    ]


def test_json_has_stable_keys_and_every_finding() -> None:
    data = json.loads(render_json(_reports()))
    assert list(data) == ["report", "version", "summary", "rules", "pages"]
    assert data["summary"] == {
        "pages": 3,
        "pages_failed": 1,
        "pages_unreadable": 1,
        "findings": {"passed": 2, "failed": 2, "cantTell": 1, "inapplicable": 3},
    }
    rule = next(rule for rule in data["rules"] if rule["id"] == "image-alt")
    assert set(rule) == {
        "id", "act_id", "title_zh", "title_en", "wcag", "level", "gbt", "gbt_principles", "severity",
        "pages", "findings",
    }  # fmt: skip
    assert rule["gbt_principles"] == ["可感知性 Perceivable"]
    assert rule["act_id"] == "23a2a8"
    assert rule["wcag"] == ["1.1.1"]
    page = data["pages"][0]
    assert page["path"] == "站点/通知.html"
    assert page["outcome"] == "failed"
    assert page["rules"]["meta-refresh"] == "inapplicable"
    assert list(page) == [
        "path", "title", "error", "error_code", "error_params", "notes", "note_messages", "outcome",
        "counts", "rules", "findings",
    ]  # fmt: skip
    first = page["findings"][0]
    assert list(first) == [
        "rule", "outcome", "wcag", "level", "severity", "selector", "snippet", "text", "line",
        "code", "params", "message_zh", "message_en",
    ]  # fmt: skip
    assert (first["code"], first["params"]) == ("name.missing.image", {})
    assert (first["message_zh"], first["message_en"]) == ("图片没有名称。", "The image has no name.")
    assert (first["rule"], first["outcome"], first["selector"], first["line"]) == (
        "image-alt",
        "failed",
        "#banner",
        12,
    )
    assert len(page["findings"]) == 3  # passed findings are counted only
    with_passed = json.loads(render_json(_reports(), include_passed=True))
    assert [f["outcome"] for f in with_passed["pages"][0]["findings"]] == [
        "failed",
        "failed",
        "cantTell",
        "passed",
    ]
    assert data["pages"][2]["outcome"] == "error"
    assert data["pages"][2]["error"].endswith("not text (an image)")
    assert "站点" in render_json(_reports())  # not \u-escaped


def test_csv_has_bom_one_row_per_finding_and_defused_formulas() -> None:
    reports = _reports()
    reports[1].findings.append(
        Finding("link-name", Outcome.FAILED, "a", '<a href="x">', "name.missing.link", text="=HYPERLINK(1)")
    )
    text = render_csv(reports, include_passed=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert len(body) == 4 + 2 + 1
    assert body[0]["outcome"] == "failed"
    assert body[0]["wcag"] == "1.1.1"
    assert body[0]["path"] == "站点/通知.html"
    assert any(row["text"] == "'=HYPERLINK(1)" for row in body)
    assert body[-1]["outcome"] == "error"
    assert len(list(csv.reader(io.StringIO(render_csv(reports)[1:])))) == 1 + 3 + 1 + 1
    # Excel needs the BOM in the bytes it reads.
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")


def test_text_lists_failures_and_rule_table() -> None:
    text = render_text(_reports())
    assert "3 页 pages" in text
    assert "✗ 未通过 Failed  image-alt [WCAG 1.1.1 A]  #banner (line 12)" in text
    assert "? 无法判断 Cannot tell  color-contrast" in text
    assert "无法读取 Unreadable: 站点/坏.html: not text (an image)" in text
    assert "#logo" not in text  # passed findings are counted, not listed
    assert re.search(r"^  image-alt\s+1\s+0\s+0\s+1 ", text, re.MULTILINE)


def test_render_dispatches_and_refuses_unknown_formats() -> None:
    for name in FORMATS:
        assert render(_reports(), name)
    with pytest.raises(ValueError, match="unknown report format"):
        render(_reports(), "pdf")


def test_empty_report_renders_in_every_format() -> None:
    for name in FORMATS:
        assert render([], name)


def test_html_report_is_bilingual_and_structured() -> None:
    page = render_html(_reports())
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert "<title>无障碍检查报告 Accessibility check report</title>" in page
    assert '<a class="skip" href="#main">' in page and '<main id="main">' in page
    assert page.count("<caption>") == 3
    assert 'scope="col"' in page and 'scope="row"' in page
    assert '<span lang="en" class="en">Failed</span>' in page
    # The outcome is said in words and a symbol, never by colour alone.
    assert '<span class="failed"><span aria-hidden="true">✗</span> 未通过' in page
    assert "&lt;banner src=&quot;a.png&quot;&gt;" in page  # snippets are escaped


def test_html_report_css_is_relative_and_high_contrast() -> None:
    from reader.core.contrast import contrast_ratio

    page = render_html(_reports())
    css = page[page.index("<style>") : page.index("</style>")]
    assert not re.search(r"\d\s*px", css), "fixed pixel sizes do not scale at 200 % zoom"
    assert not re.search(r"(?<![-\w])width\s*:\s*\d+(\.\d+)?(em|rem|ch|vw|pt|cm|mm|in)", css)
    for rule in re.findall(r"\{([^}]*)\}", css):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", rule)
        background = re.search(r"background-color:\s*(#[0-9a-f]{6})", rule)
        if colour and background:
            assert contrast_ratio(colour.group(1), background.group(1)) >= 7.0, rule


def test_html_report_passes_its_own_check() -> None:
    from reader.core.a11y import check_html

    page_report = check_html(render_html(_reports()))
    failed = [f for f in page_report.findings if f.outcome is Outcome.FAILED]
    assert page_report.error is None
    assert not failed, [(f.rule_id, f.selector, f.message_en) for f in failed]
    outcomes = page_report.rule_outcomes()
    for rule_id in ("html-lang", "html-lang-valid", "page-title", "link-name", "color-contrast"):
        assert outcomes.get(rule_id) is Outcome.PASSED, (rule_id, outcomes.get(rule_id))
