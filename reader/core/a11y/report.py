"""Accessibility reports: ``PageReport`` lists rendered as JSON, HTML, CSV or terminal text, with summaries.

``render(reports, format)`` is the one entry point (``FORMATS`` lists the formats); ``summarise`` gives the
numbers every format prints: per page and per rule. Findings are shown most serious first
(``sorted_findings``: failed, then cantTell, then passed; within an outcome by rule severity, then in
document order).

JSON (``format="json"``), stable keys; lists keep the order shown here, absent values are ``null``::

    {"report": "reader-a11y", "version": 1,
     "summary": {"pages": int, "pages_failed": int, "pages_unreadable": int,
                 "findings": {"passed": int, "failed": int, "cantTell": int, "inapplicable": int}},
     "rules": [{"id", "act_id", "title_zh", "title_en", "wcag": [str], "level",
                "gbt": [str], "gbt_principles": [str],
                "severity": "minor|moderate|serious|critical",
                "pages": {outcome: int},          # pages on which the rule's outcome was that
                "findings": {outcome: int}}],     # elements judged, per outcome
     "pages": [{"path", "title", "error", "notes": [str],
                "outcome": "failed|cantTell|passed|inapplicable|error",
                "counts": {outcome: int},         # findings per outcome; inapplicable counts rules
                "rules": {rule_id: outcome},      # every rule that ran, its outcome on the page
                "findings": [{"rule", "outcome", "wcag": [str], "level", "severity", "selector",
                              "snippet", "text", "line", "message_zh", "message_en"}]}]}

``summary.findings.inapplicable`` and ``counts.inapplicable`` count rules that found nothing to check.
Every format details the failed and cantTell findings and counts the passed ones; JSON and CSV list the
passed findings too with ``include_passed`` (``reader check --passed``).

CSV: one finding a row (columns ``CSV_COLUMNS``), UTF-8 with a BOM so spreadsheet programs read Chinese
right; an unreadable page is one row with outcome ``error``. Cells that a spreadsheet would run as a
formula (starting with ``= + - @``) get a leading apostrophe.

HTML: a bilingual (``lang="zh-CN"`` with English beside) page that passes our own check: title, skip link,
headings in order, tables with captions and ``scope``d headers, outcome words and symbols besides colour,
contrast of at least 7:1, and only relative sizes so it reflows at 200 % zoom.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.a11y.model import Finding, Outcome, PageReport, Rule, overall_outcome

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "JSON_VERSION",
    "OUTCOME_LABELS",
    "RuleSummary",
    "Summary",
    "page_outcome",
    "render",
    "render_csv",
    "render_html",
    "render_json",
    "render_text",
    "sorted_findings",
    "summarise",
]

FORMATS = ("json", "html", "csv", "text")
JSON_VERSION = 1

OUTCOME_ORDER = (Outcome.FAILED, Outcome.CANT_TELL, Outcome.PASSED, Outcome.INAPPLICABLE)

OUTCOME_LABELS: dict[Outcome, tuple[str, str, str]] = {
    Outcome.FAILED: ("✗", "未通过", "Failed"),
    Outcome.CANT_TELL: ("?", "无法判断", "Cannot tell"),
    Outcome.PASSED: ("✓", "通过", "Passed"),
    Outcome.INAPPLICABLE: ("–", "不适用", "Inapplicable"),
}
"""Symbol, Chinese and English word for each outcome: colour is never the only signal."""

ERROR_LABEL = ("!", "无法读取", "Unreadable")

CSV_COLUMNS = (
    "path",
    "page_title",
    "rule",
    "act_id",
    "outcome",
    "level",
    "wcag",
    "severity",
    "selector",
    "line",
    "snippet",
    "text",
    "message_zh",
    "message_en",
)


# --- summaries ------------------------------------------------------------------------------------


@dataclass(slots=True)
class RuleSummary:
    """One rule over all pages."""

    rule_id: str
    pages: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    """Pages on which the rule's outcome was each outcome."""
    findings: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    """Elements the rule judged, per outcome (inapplicable stays 0: it has no elements)."""


@dataclass(slots=True)
class Summary:
    """The numbers of a whole report."""

    pages: int = 0
    pages_failed: int = 0
    pages_unreadable: int = 0
    findings: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    rules: dict[str, RuleSummary] = field(default_factory=dict)
    """Per rule id, in catalogue order, then any other rule in the order met."""


def summarise(reports: Iterable[PageReport]) -> Summary:
    """Count pages, outcomes and per-rule results over ``reports``."""
    summary = Summary(rules={rule_id: RuleSummary(rule_id) for rule_id in _catalogue()})
    for report in reports:
        summary.pages += 1
        if report.error is not None:
            summary.pages_unreadable += 1
            continue
        if report.has_failures:
            summary.pages_failed += 1
        for outcome, count in report.counts().items():
            summary.findings[outcome] += count
        for rule_id, outcome in report.rule_outcomes().items():
            summary.rules.setdefault(rule_id, RuleSummary(rule_id)).pages[outcome] += 1
        for finding in report.findings:
            summary.rules.setdefault(finding.rule_id, RuleSummary(finding.rule_id)).findings[
                finding.outcome
            ] += 1
    return summary


def page_outcome(report: PageReport) -> str:
    """The page's worst outcome (``"error"`` when it could not be read)."""
    if report.error is not None:
        return "error"
    return str(overall_outcome(list(report.rule_outcomes().values())))


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most serious first: failed, cantTell, passed; then rule severity, catalogue order, source line."""
    catalogue = _catalogue()
    order = {rule_id: index for index, rule_id in enumerate(catalogue)}

    def key(finding: Finding) -> tuple[int, int, int, int]:
        rule = catalogue.get(finding.rule_id)
        severity = int(rule.severity) if rule is not None else 0
        return (
            OUTCOME_ORDER.index(finding.outcome),
            -severity,
            order.get(finding.rule_id, len(order)),
            finding.line if finding.line is not None else 1 << 30,
        )

    return sorted(findings, key=key)


def _shown(findings: Iterable[Finding], include_passed: bool) -> list[Finding]:
    """The findings a report details: failed and cantTell, and passed ones when asked for."""
    return [
        finding
        for finding in sorted_findings(findings)
        if include_passed or finding.outcome is not Outcome.PASSED
    ]


def _catalogue() -> dict[str, Rule]:
    from reader.core.a11y.catalogue import RULES

    return RULES


def _path(report: PageReport) -> str:
    """The page's path as ``ls`` shows it in a UTF-8 terminal (see ``reader.cli.display_path``)."""
    if report.path is None:
        return "-"
    try:
        return os.fsencode(report.path).decode("utf-8", errors="backslashreplace")
    except (UnicodeError, TypeError):
        return str(report.path)


# --- JSON -----------------------------------------------------------------------------------------


def render_json(reports: Sequence[PageReport], *, include_passed: bool = False) -> str:
    """The report as one JSON document (keys in the module docstring), non-ASCII kept as is."""
    summary = summarise(reports)
    catalogue = _catalogue()
    data = {
        "report": "reader-a11y",
        "version": JSON_VERSION,
        "summary": {
            "pages": summary.pages,
            "pages_failed": summary.pages_failed,
            "pages_unreadable": summary.pages_unreadable,
            "findings": _outcome_counts(summary.findings),
        },
        "rules": [
            _rule_json(catalogue.get(rule_id), rule_summary)
            for rule_id, rule_summary in summary.rules.items()
        ],
        "pages": [_page_json(report, catalogue, include_passed) for report in reports],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _outcome_counts(counts: dict[Outcome, int]) -> dict[str, int]:
    return {str(outcome): counts.get(outcome, 0) for outcome in Outcome}


def _rule_json(rule: Rule | None, summary: RuleSummary) -> dict[str, object]:
    return {
        "id": summary.rule_id,
        "act_id": rule.act_id if rule else None,
        "title_zh": rule.title_zh if rule else summary.rule_id,
        "title_en": rule.title_en if rule else summary.rule_id,
        "wcag": list(rule.wcag) if rule else [],
        "level": str(rule.level) if rule else None,
        "gbt": list(rule.gbt) if rule else [],
        "gbt_principles": list(rule.gbt_principles) if rule else [],
        "severity": rule.severity.name.lower() if rule else None,
        "pages": _outcome_counts(summary.pages),
        "findings": _outcome_counts(summary.findings),
    }


def _page_json(report: PageReport, catalogue: dict[str, Rule], include_passed: bool) -> dict[str, object]:
    return {
        "path": _path(report),
        "title": report.title,
        "error": report.error,
        "notes": list(report.notes),
        "outcome": page_outcome(report),
        "counts": _outcome_counts(report.counts()) if report.error is None else _outcome_counts({}),
        "rules": {rule_id: str(outcome) for rule_id, outcome in report.rule_outcomes().items()},
        "findings": [
            _finding_json(finding, catalogue.get(finding.rule_id))
            for finding in _shown(report.findings, include_passed)
        ],
    }


def _finding_json(finding: Finding, rule: Rule | None) -> dict[str, object]:
    return {
        "rule": finding.rule_id,
        "outcome": str(finding.outcome),
        "wcag": list(rule.wcag) if rule else [],
        "level": str(rule.level) if rule else None,
        "severity": rule.severity.name.lower() if rule else None,
        "selector": finding.selector,
        "snippet": finding.snippet,
        "text": finding.text,
        "line": finding.line,
        "message_zh": finding.message_zh,
        "message_en": finding.message_en,
    }


# --- CSV ------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(reports: Sequence[PageReport], *, include_passed: bool = False) -> str:
    """One finding a row, with a header row; starts with a BOM (write it as UTF-8)."""
    catalogue = _catalogue()
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for report in reports:
        path = _path(report)
        if report.error is not None:
            writer.writerow([_defuse(cell) for cell in _csv_row(path, report.title, error=report.error)])
            continue
        for finding in _shown(report.findings, include_passed):
            rule = catalogue.get(finding.rule_id)
            row = [
                path,
                report.title,
                finding.rule_id,
                rule.act_id if rule and rule.act_id else "",
                str(finding.outcome),
                str(rule.level) if rule else "",
                " ".join(rule.wcag) if rule else "",
                rule.severity.name.lower() if rule else "",
                finding.selector,
                "" if finding.line is None else str(finding.line),
                finding.snippet,
                finding.text,
                finding.message_zh,
                finding.message_en,
            ]
            writer.writerow([_defuse(cell) for cell in row])
    return buffer.getvalue()


def _csv_row(path: str, title: str, *, error: str) -> list[str]:
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(path=path, page_title=title, outcome="error", message_zh=error, message_en=error)
    return list(row.values())


def _defuse(cell: str) -> str:
    # A spreadsheet runs "=HYPERLINK(...)" found in a page's text; an apostrophe makes it plain text.
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# --- text -----------------------------------------------------------------------------------------


def render_text(reports: Sequence[PageReport]) -> str:
    """A summary for a terminal: totals, each page's failed and cantTell findings, then a rule table."""
    summary = summarise(reports)
    catalogue = _catalogue()
    lines = [
        f"无障碍检查 Accessibility check: {summary.pages} 页 pages, "
        f"{summary.pages_failed} 页有未通过项 with failures, {summary.pages_unreadable} 无法读取 unreadable",
        "  " + "  ".join(_text_count(outcome, summary.findings[outcome]) for outcome in OUTCOME_ORDER[:3]),
    ]
    for report in reports:
        lines.append("")
        lines.extend(_text_page(report, catalogue))
    lines.append("")
    lines.append("按规则 By rule (pages failed / cantTell / passed; elements failed)")
    width = max((len(rule_id) for rule_id in summary.rules), default=4)
    for rule_id, rule_summary in summary.rules.items():
        pages = rule_summary.pages
        if not any(pages[outcome] for outcome in OUTCOME_ORDER[:3]):
            continue
        rule = catalogue.get(rule_id)
        title = f"{rule.title_zh} / {rule.title_en}" if rule else ""
        lines.append(
            f"  {rule_id:<{width}}  {pages[Outcome.FAILED]:>4} {pages[Outcome.CANT_TELL]:>4} "
            f"{pages[Outcome.PASSED]:>4}  {rule_summary.findings[Outcome.FAILED]:>5}  {title}"
        )
    return "\n".join(lines) + "\n"


def _text_count(outcome: Outcome, count: int) -> str:
    symbol, zh, en = OUTCOME_LABELS[outcome]
    return f"{symbol} {count} {zh} {en}"


def _text_page(report: PageReport, catalogue: dict[str, Rule]) -> list[str]:
    head = f"== {_path(report)}"
    if report.title:
        head += f" — {_one_line(report.title)}"
    if report.error is not None:
        symbol, zh, en = ERROR_LABEL
        return [head, f"  {symbol} {zh} {en}: {report.error}"]
    counts = report.counts()
    lines = [head, "  " + "  ".join(_text_count(outcome, counts[outcome]) for outcome in OUTCOME_ORDER[:3])]
    lines.extend(f"  note: {note}" for note in report.notes)
    for finding in _shown(report.findings, include_passed=False):
        symbol, zh, en = OUTCOME_LABELS[finding.outcome]
        rule = catalogue.get(finding.rule_id)
        criteria = f" [WCAG {' '.join(rule.wcag)} {rule.level}]" if rule and rule.wcag else ""
        where = finding.selector + (f" (line {finding.line})" if finding.line is not None else "")
        lines.append(f"  {symbol} {zh} {en}  {finding.rule_id}{criteria}  {where}")
        lines.append(f"      {finding.message_zh}")
        if finding.message_en:
            lines.append(f"      {finding.message_en}")
        if finding.snippet:
            lines.append(f"      {_one_line(finding.snippet)}")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- HTML -----------------------------------------------------------------------------------------

# Every colour pair here is at least 7:1 (WCAG 1.4.6); sizes are relative so the page reflows at 200 %.
_CSS = """
html { font-size: 100%; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; line-height: 1.6;
  color: #1a1a1a; background-color: #ffffff; margin: 0 auto; padding: 1em; max-width: 70em; }
a { color: #00468c; background-color: #ffffff; }
a:focus { outline: 0.2em solid #1a1a1a; outline-offset: 0.1em; }
.skip { display: inline-block; padding: 0.3em 0.6em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; margin-top: 1.6em; } h3 { font-size: 1.15em; }
h4 { font-size: 1em; margin: 0.2em 0; }
.en { font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: thin solid #4d4d4d; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { color: #1a1a1a; background-color: #eef2f7; }
td.num { text-align: right; }
code, pre { font-family: "Noto Sans Mono CJK SC", monospace; overflow-wrap: anywhere; white-space: pre-wrap; }
.finding { border: thin solid #4d4d4d; padding: 0.5em 0.8em; margin: 0.6em 0; }
.finding dl { margin: 0.3em 0; }
.finding dt { font-weight: bold; }
.finding dd { margin: 0 0 0.3em 1em; }
.failed { color: #8b0000; background-color: #ffffff; }
.cantTell { color: #5c3d00; background-color: #ffffff; }
.passed { color: #1b5e20; background-color: #ffffff; }
.inapplicable, .error { color: #1a1a1a; background-color: #ffffff; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bi(zh: str, en: str) -> str:
    """A bilingual label: Chinese, then English marked as English for speech."""
    return f'{_e(zh)} <span lang="en" class="en">{_e(en)}</span>'


def _outcome_html(outcome: Outcome | str) -> str:
    if outcome == "error":
        symbol, zh, en = ERROR_LABEL
        css = "error"
    else:
        symbol, zh, en = OUTCOME_LABELS[Outcome(outcome)]
        css = str(outcome)
    return f'<span class="{css}"><span aria-hidden="true">{_e(symbol)}</span> {_bi(zh, en)}</span>'


def render_html(reports: Sequence[PageReport], *, title: str = "") -> str:
    """A self-contained accessible HTML report (see the module docstring)."""
    summary = summarise(reports)
    catalogue = _catalogue()
    heading = _bi("无障碍检查报告", "Accessibility check report")
    page_title = "无障碍检查报告 Accessibility check report" + (f" – {title}" if title else "")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(page_title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f'<p><a class="skip" href="#main">{_bi("跳到报告正文", "Skip to the report")}</a></p>',
        f"<header><h1>{heading}</h1></header>",
        '<main id="main">',
        _html_summary(summary),
        _html_rules(summary, catalogue),
        _html_pages_index(reports),
    ]
    parts.extend(_html_page(index, report, catalogue) for index, report in enumerate(reports, start=1))
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _html_summary(summary: Summary) -> str:
    rows = [
        (_bi("检查的页面", "Pages checked"), summary.pages),
        (_bi("有未通过项的页面", "Pages with failures"), summary.pages_failed),
        (_bi("无法读取的页面", "Unreadable pages"), summary.pages_unreadable),
    ]
    rows.extend((_outcome_html(outcome), summary.findings[outcome]) for outcome in OUTCOME_ORDER)
    body = "".join(
        f'<tr><th scope="row">{label}</th><td class="num">{value}</td></tr>' for label, value in rows
    )
    return (
        f'<section aria-labelledby="summary"><h2 id="summary">{_bi("总览", "Summary")}</h2>'
        f"<table><caption>{_bi('检查结果总数', 'Totals')}</caption>"
        f'<thead><tr><th scope="col">{_bi("项目", "Item")}</th><th scope="col">{_bi("数量", "Count")}</th>'
        f"</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{_bi('“不适用”计的是页面上没有适用元素的规则。', 'Inapplicable: rules with nothing to check.')}"
        "</p></section>"
    )


def _html_rules(summary: Summary, catalogue: dict[str, Rule]) -> str:
    head = "".join(f'<th scope="col">{_outcome_html(outcome)}</th>' for outcome in OUTCOME_ORDER)
    rows = []
    for rule_id, rule_summary in summary.rules.items():
        if not any(rule_summary.pages.values()):
            continue
        rule = catalogue.get(rule_id)
        name = _bi(rule.title_zh, rule.title_en) if rule else _e(rule_id)
        criteria = f"{_e(' '.join(rule.wcag))} ({_e(rule.level)})" if rule else ""
        cells = "".join(f'<td class="num">{rule_summary.pages[outcome]}</td>' for outcome in OUTCOME_ORDER)
        rows.append(
            f'<tr><th scope="row">{name}<br><code>{_e(rule_id)}</code></th><td>{criteria}</td>{cells}'
            f'<td class="num">{rule_summary.findings[Outcome.FAILED]}</td></tr>'
        )
    if not rows:
        return ""
    return (
        f'<section aria-labelledby="by-rule"><h2 id="by-rule">{_bi("按规则", "By rule")}</h2>'
        f"<table><caption>{_bi('每条规则在多少页面上的结果', 'Pages per rule outcome')}</caption>"
        f'<thead><tr><th scope="col">{_bi("规则", "Rule")}</th><th scope="col">WCAG</th>{head}'
        f'<th scope="col">{_bi("未通过的元素", "Failed elements")}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _html_pages_index(reports: Sequence[PageReport]) -> str:
    rows = []
    for index, report in enumerate(reports, start=1):
        counts = report.counts() if report.error is None else dict.fromkeys(Outcome, 0)
        rows.append(
            f'<tr><th scope="row"><a href="#page-{index}">{_e(_path(report))}</a></th>'
            f"<td>{_outcome_html(page_outcome(report))}</td>"
            f'<td class="num">{counts[Outcome.FAILED]}</td><td class="num">{counts[Outcome.CANT_TELL]}</td>'
            f'<td class="num">{counts[Outcome.PASSED]}</td></tr>'
        )
    return (
        f'<section aria-labelledby="by-page"><h2 id="by-page">{_bi("按页面", "By page")}</h2>'
        f"<table><caption>{_bi('每个页面的结果（元素数）', 'Results per page (elements)')}</caption>"
        f'<thead><tr><th scope="col">{_bi("页面", "Page")}</th><th scope="col">{_bi("结果", "Result")}</th>'
        + "".join(f'<th scope="col">{_outcome_html(outcome)}</th>' for outcome in OUTCOME_ORDER[:3])
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _html_page(index: int, report: PageReport, catalogue: dict[str, Rule]) -> str:
    parts = [f'<section aria-labelledby="page-{index}"><h2 id="page-{index}">{_e(_path(report))}</h2>']
    if report.title:
        parts.append(f"<p>{_bi('页面标题：', 'Page title:')} {_e(report.title)}</p>")
    if report.error is not None:
        parts.append(f"<p>{_outcome_html('error')}: {_e(report.error)}</p></section>")
        return "".join(parts)
    parts.extend(f'<p lang="en">Note: {_e(note)}</p>' for note in report.notes)
    shown = _shown(report.findings, include_passed=False)
    if not shown:
        parts.append(
            f"<p>{_bi('没有未通过或无法判断的项目。', 'Nothing failed and nothing was uncertain.')}</p>"
        )
    parts.extend(_html_finding(finding, catalogue.get(finding.rule_id)) for finding in shown)
    parts.append("</section>")
    return "".join(parts)


def _html_finding(finding: Finding, rule: Rule | None) -> str:
    title = _bi(rule.title_zh, rule.title_en) if rule else _e(finding.rule_id)
    items: list[tuple[str, str]] = [
        (
            _bi("说明", "Message"),
            f'{_e(finding.message_zh)}<br><span lang="en">{_e(finding.message_en)}</span>',
        ),
        (
            _bi("元素", "Element"),
            f"<code>{_e(finding.selector)}</code>"
            + (f" {_bi('第', 'line')} {finding.line}" if finding.line is not None else ""),
        ),
    ]
    if finding.snippet:
        items.append((_bi("代码", "Code"), f"<code>{_e(finding.snippet)}</code>"))
    if finding.text:
        items.append((_bi("文字", "Text"), _e(finding.text)))
    if rule is not None:
        criteria = f"WCAG 2.1 {' '.join(rule.wcag)} ({rule.level})"
        if rule.gbt_label:
            criteria += f"; {rule.gbt_label}"
        if rule.act_id:
            criteria += f"; ACT {rule.act_id}"
        items.append((_bi("标准", "Standards"), _e(criteria)))
        items.append((_bi("为什么重要", "Why it matters"), _bi(rule.explanation_zh, rule.explanation_en)))
        items.append((_bi("如何修复", "How to fix"), _bi(rule.fix_zh, rule.fix_en)))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in items)
    return f'<div class="finding"><h3>{_outcome_html(finding.outcome)}: {title}</h3><dl>{body}</dl></div>'


# --- dispatch -------------------------------------------------------------------------------------


def render(reports: Sequence[PageReport], output_format: str, *, include_passed: bool = False) -> str:
    """``reports`` in one of ``FORMATS``; raises ValueError for another format.

    ``include_passed`` adds the passed findings to JSON and CSV (a 5 MB page has some 200,000 of them);
    HTML and text always count them only.
    """
    if output_format == "json":
        return render_json(reports, include_passed=include_passed)
    if output_format == "csv":
        return render_csv(reports, include_passed=include_passed)
    if output_format == "html":
        return render_html(reports)
    if output_format == "text":
        return render_text(reports)
    raise ValueError(f"unknown report format {output_format!r}; valid: {', '.join(FORMATS)}")
