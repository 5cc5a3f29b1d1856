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

HTML: a bilingual page that passes our own check (``report_html``). What every format counts and the order
of findings are ``report_summary``'s; this module renders JSON, CSV and text and dispatches.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from reader.core.a11y.model import Finding, Outcome, PageReport, Rule
from reader.core.a11y.report_html import render_html
from reader.core.a11y.report_summary import (
    ERROR_LABEL,
    OUTCOME_LABELS,
    OUTCOME_ORDER,
    RuleSummary,
    Summary,
    page_outcome,
    page_path,
    rule_catalogue,
    shown_findings,
    sorted_findings,
    summarise,
)

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


# --- JSON -----------------------------------------------------------------------------------------


def render_json(reports: Sequence[PageReport], *, include_passed: bool = False) -> str:
    """The report as one JSON document (keys in the module docstring), non-ASCII kept as is."""
    summary = summarise(reports)
    catalogue = rule_catalogue()
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
        "path": page_path(report),
        "title": report.title,
        "error": report.error,
        "notes": list(report.notes),
        "outcome": page_outcome(report),
        "counts": _outcome_counts(report.counts()) if report.error is None else _outcome_counts({}),
        "rules": {rule_id: str(outcome) for rule_id, outcome in report.rule_outcomes().items()},
        "findings": [
            _finding_json(finding, catalogue.get(finding.rule_id))
            for finding in shown_findings(report.findings, include_passed)
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
    catalogue = rule_catalogue()
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for report in reports:
        path = page_path(report)
        if report.error is not None:
            writer.writerow([_defuse(cell) for cell in _csv_row(path, report.title, error=report.error)])
            continue
        for finding in shown_findings(report.findings, include_passed):
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
    catalogue = rule_catalogue()
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
    head = f"== {page_path(report)}"
    if report.title:
        head += f" — {_one_line(report.title)}"
    if report.error is not None:
        symbol, zh, en = ERROR_LABEL
        return [head, f"  {symbol} {zh} {en}: {report.error}"]
    counts = report.counts()
    lines = [head, "  " + "  ".join(_text_count(outcome, counts[outcome]) for outcome in OUTCOME_ORDER[:3])]
    lines.extend(f"  note: {note}" for note in report.notes)
    for finding in shown_findings(report.findings, include_passed=False):
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
