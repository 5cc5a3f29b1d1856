"""Accessibility reports: ``PageReport`` lists rendered as JSON, HTML, CSV or terminal text, with summaries.

``render(reports, format)`` is the one entry point (``FORMATS`` lists the formats); ``summarise`` gives the
numbers every format prints: per page and per rule. Findings are shown most serious first
(``sorted_findings``: failed, then cantTell, then passed; within an outcome by rule severity, then in
document order).

JSON (``format="json"``), stable keys; lists keep the order shown here, absent values are ``null``::

    {"report": "reader-a11y", "version": 2,
     "summary": {"pages": int, "pages_failed": int, "pages_unreadable": int,
                 "findings": {"passed": int, "failed": int, "cantTell": int, "inapplicable": int}},
     "rules": [{"id", "act_id", "title_zh", "title_en", "wcag": [str], "level",
                "gbt": [str], "gbt_principles": [str],
                "severity": "minor|moderate|serious|critical",
                "pages": {outcome: int},          # pages on which the rule's outcome was that
                "findings": {outcome: int}}],     # elements judged, per outcome
     "pages": [{"path", "title", "error", "error_code", "error_params": {},
                "notes": [str], "note_messages": [{"code", "params": {}}],
                "outcome": "failed|cantTell|passed|inapplicable|error",
                "counts": {outcome: int},         # findings per outcome; inapplicable counts rules
                "rules": {rule_id: outcome},      # every rule that ran, its outcome on the page
                "findings": [{"rule", "outcome", "wcag": [str], "level", "severity", "selector",
                              "snippet", "text", "line", "code", "params": {},
                              "message_zh", "message_en"}]}]}

``summary.findings.inapplicable`` and ``counts.inapplicable`` count rules that found nothing to check.
JSON is data, the same whoever writes it: a finding's ``code`` and ``params`` (``reader.core.a11y.wording``)
say what it found, ``message_zh``/``message_en`` are core's text of them; ``error``/``notes`` are English,
``error_code``/``note_messages`` their codes. Version 2 added the codes (version 1 had only the texts).
Every format details the failed and cantTell findings and counts the passed ones; JSON and CSV list the
passed findings too with ``include_passed`` (``reader check --passed``).

CSV: one finding a row (columns ``CSV_COLUMNS``), UTF-8 with a BOM so spreadsheet programs read Chinese
right; an unreadable page is one row with outcome ``error``. Cells that a spreadsheet would run as a
formula (starting with ``= + - @``) get a leading apostrophe.

HTML: a page that passes our own check (``report_html``). What every format counts and the order of
findings are ``report_summary``'s; this module renders JSON, CSV and text and dispatches.

Language: HTML, CSV and text are core's bilingual reports (Chinese, English beside it), as ``reader check``
writes them, unless ``words`` (:class:`~reader.core.a11y.wording.Words`, the window's interface language)
words them in one language: then CSV's two message columns become one ``message`` column.
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
from reader.core.a11y.wording import REPORT_LABELS, Words
from reader.core.messages import Message

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "JSON_VERSION",
    "OUTCOME_LABELS",
    "REPORT_LABELS",
    "RuleSummary",
    "Summary",
    "Words",
    "csv_columns",
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
JSON_VERSION = 2

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
    "code",
    "message_zh",
    "message_en",
)
"""The CSV's columns; with ``words``, ``message_zh`` and ``message_en`` are one column ``message``."""


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
    error = report.error_message
    return {
        "path": page_path(report),
        "title": report.title,
        "error": report.error,
        "error_code": error.code if error is not None else None,
        "error_params": dict(error.params) if error is not None else None,
        "notes": [note.english for note in report.notes],
        "note_messages": [_message_json(note) for note in report.notes],
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
        "code": finding.code,
        "params": dict(finding.params),
        "message_zh": finding.message_zh,
        "message_en": finding.message_en,
    }


def _message_json(message: Message) -> dict[str, object]:
    return {"code": message.code, "params": dict(message.params)}


# --- CSV ------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_columns(words: Words | None = None) -> tuple[str, ...]:
    """The CSV's header: ``CSV_COLUMNS``, with one ``message`` column when worded in one language."""
    if words is None:
        return CSV_COLUMNS
    return (*CSV_COLUMNS[: CSV_COLUMNS.index("message_zh")], "message")


def render_csv(
    reports: Sequence[PageReport], *, include_passed: bool = False, words: Words | None = None
) -> str:
    """One finding a row, with a header row; starts with a BOM (write it as UTF-8)."""
    catalogue = rule_catalogue()
    columns = csv_columns(words)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for report in reports:
        path = page_path(report)
        if report.error is not None:
            row = _csv_error_row(columns, path, report, words)
            writer.writerow([_defuse(cell) for cell in row])
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
                finding.code,
            ]
            if words is None:
                row += [finding.message_zh, finding.message_en]
            else:
                row.append(words.finding(finding))
            writer.writerow([_defuse(cell) for cell in row])
    return buffer.getvalue()


def _csv_error_row(columns: tuple[str, ...], path: str, report: PageReport, words: Words | None) -> list[str]:
    row = dict.fromkeys(columns, "")
    error = report.error or ""
    code = report.error_message.code if report.error_message is not None else ""
    row.update(path=path, page_title=report.title, outcome="error", code=code)
    if words is None:
        row.update(message_zh=error, message_en=error)
    else:
        row.update(message=words.message(report.error_message) if report.error_message else error)
    return list(row.values())


def _defuse(cell: str) -> str:
    # A spreadsheet runs "=HYPERLINK(...)" found in a page's text; an apostrophe makes it plain text.
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# --- text -----------------------------------------------------------------------------------------


def render_text(reports: Sequence[PageReport], *, words: Words | None = None) -> str:
    """A summary for a terminal: totals, each page's failed and cantTell findings, then a rule table."""
    summary = summarise(reports)
    catalogue = rule_catalogue()
    if words is None:
        totals = (
            f"无障碍检查 Accessibility check: {summary.pages} 页 pages, "
            f"{summary.pages_failed} 页有未通过项 with failures, "
            f"{summary.pages_unreadable} 无法读取 unreadable"
        )
        by_rule = "按规则 By rule (pages failed / cantTell / passed; elements failed)"
    else:
        totals = words.label("text.totals").format(
            pages=summary.pages, failed=summary.pages_failed, unreadable=summary.pages_unreadable
        )
        by_rule = words.label("text.by_rule")
    lines = [
        totals,
        "  "
        + "  ".join(_text_count(outcome, summary.findings[outcome], words) for outcome in OUTCOME_ORDER[:3]),
    ]
    for report in reports:
        lines.append("")
        lines.extend(_text_page(report, catalogue, words))
    lines.append("")
    lines.append(by_rule)
    width = max((len(rule_id) for rule_id in summary.rules), default=4)
    for rule_id, rule_summary in summary.rules.items():
        pages = rule_summary.pages
        if not any(pages[outcome] for outcome in OUTCOME_ORDER[:3]):
            continue
        rule = catalogue.get(rule_id)
        if rule is None:
            title = ""
        else:
            title = f"{rule.title_zh} / {rule.title_en}" if words is None else words.rule_title(rule)
        lines.append(
            f"  {rule_id:<{width}}  {pages[Outcome.FAILED]:>4} {pages[Outcome.CANT_TELL]:>4} "
            f"{pages[Outcome.PASSED]:>4}  {rule_summary.findings[Outcome.FAILED]:>5}  {title}"
        )
    return "\n".join(lines) + "\n"


def _outcome_words(outcome: Outcome | str, words: Words | None) -> str:
    """The outcome's symbol and word(s): ``✗ 未通过 Failed``, or ``✗ 未通过`` in one language."""
    symbol, zh, en = ERROR_LABEL if outcome == "error" else OUTCOME_LABELS[Outcome(outcome)]
    return f"{symbol} {zh} {en}" if words is None else f"{symbol} {words.outcome(str(outcome))}"


def _text_count(outcome: Outcome, count: int, words: Words | None) -> str:
    symbol, zh, en = OUTCOME_LABELS[outcome]
    return (
        f"{symbol} {count} {zh} {en}" if words is None else f"{symbol} {count} {words.outcome(str(outcome))}"
    )


def _text_page(report: PageReport, catalogue: dict[str, Rule], words: Words | None) -> list[str]:
    head = f"== {page_path(report)}"
    if report.title:
        head += f" — {_one_line(report.title)}"
    if report.error is not None:
        if words is None or report.error_message is None:
            reason = report.error
        else:
            reason = words.message(report.error_message)
        return [head, f"  {_outcome_words('error', words)}: {reason}"]
    counts = report.counts()
    lines = [
        head,
        "  " + "  ".join(_text_count(outcome, counts[outcome], words) for outcome in OUTCOME_ORDER[:3]),
    ]
    if words is None:
        lines.extend(f"  note: {note}" for note in report.notes)
    else:
        lines.extend(
            f"  {words.label('page.note').format(note=words.message(note))}" for note in report.notes
        )
    for finding in shown_findings(report.findings, include_passed=False):
        rule = catalogue.get(finding.rule_id)
        criteria = f" [WCAG {' '.join(rule.wcag)} {rule.level}]" if rule and rule.wcag else ""
        where = finding.selector
        if finding.line is not None:
            line = (
                f"line {finding.line}"
                if words is None
                else words.label("finding.line").format(line=finding.line)
            )
            where += f" ({line})"
        lines.append(f"  {_outcome_words(finding.outcome, words)}  {finding.rule_id}{criteria}  {where}")
        messages = [finding.message_zh, finding.message_en] if words is None else [words.finding(finding)]
        lines.extend(f"      {message}" for message in messages if message)
        if finding.snippet:
            lines.append(f"      {_one_line(finding.snippet)}")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- dispatch -------------------------------------------------------------------------------------


def render(
    reports: Sequence[PageReport],
    output_format: str,
    *,
    include_passed: bool = False,
    words: Words | None = None,
) -> str:
    """``reports`` in one of ``FORMATS``; raises ValueError for another format.

    ``include_passed`` adds the passed findings to JSON and CSV (a 5 MB page has some 200,000 of them);
    HTML and text always count them only. ``words`` words HTML, CSV and text in one language (the
    window's); without it they are core's bilingual reports. JSON is the same either way.
    """
    if output_format == "json":
        return render_json(reports, include_passed=include_passed)
    if output_format == "csv":
        return render_csv(reports, include_passed=include_passed, words=words)
    if output_format == "html":
        return render_html(reports, words=words)
    if output_format == "text":
        return render_text(reports, words=words)
    raise ValueError(f"unknown report format {output_format!r}; valid: {', '.join(FORMATS)}")
