"""What every accessibility report format prints: the counts per page and per rule (:func:`summarise`),
the order findings are shown in (:func:`sorted_findings`), the outcome words and symbols, and a page's
path as ``ls`` shows it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.a11y.model import Finding, Outcome, PageReport, Rule, overall_outcome

OUTCOME_ORDER = (Outcome.FAILED, Outcome.CANT_TELL, Outcome.PASSED, Outcome.INAPPLICABLE)

OUTCOME_LABELS: dict[Outcome, tuple[str, str, str]] = {
    Outcome.FAILED: ("✗", "未通过", "Failed"),
    Outcome.CANT_TELL: ("?", "无法判断", "Cannot tell"),
    Outcome.PASSED: ("✓", "通过", "Passed"),
    Outcome.INAPPLICABLE: ("–", "不适用", "Inapplicable"),
}
"""Symbol, Chinese and English word for each outcome: colour is never the only signal."""

ERROR_LABEL = ("!", "无法读取", "Unreadable")


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
    summary = Summary(rules={rule_id: RuleSummary(rule_id) for rule_id in rule_catalogue()})
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
    catalogue = rule_catalogue()
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


def shown_findings(findings: Iterable[Finding], include_passed: bool) -> list[Finding]:
    """The findings a report details: failed and cantTell, and passed ones when asked for."""
    return [
        finding
        for finding in sorted_findings(findings)
        if include_passed or finding.outcome is not Outcome.PASSED
    ]


def rule_catalogue() -> dict[str, Rule]:
    """The rules by id, in catalogue order."""
    from reader.core.a11y.catalogue import RULES

    return RULES


def page_path(report: PageReport) -> str:
    """The page's path as ``ls`` shows it in a UTF-8 terminal (see ``reader.cli.page_path``)."""
    if report.path is None:
        return "-"
    try:
        return os.fsencode(report.path).decode("utf-8", errors="backslashreplace")
    except (UnicodeError, TypeError):
        return str(report.path)
