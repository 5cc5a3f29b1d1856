"""The accessibility check's data: rules, outcomes, findings and the report of one page.

This is the contract the report writers (``report.py``), the batch runner and the findings panel build
on; it holds data only. The rules' texts live in ``catalogue.py`` (``RULES``), the checks in the rule
modules, and ``checking.py`` runs them (``check_html``, ``check_file``).

Outcomes follow the W3C ACT rules format: a rule that finds no element it applies to is *inapplicable*
on the page (and produces no finding); every element it applies to gets one finding that *passed*,
*failed*, or is *cantTell* (we could not decide statically, e.g. a colour behind a background image).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path

from reader.core.a11y.wording import finding_text
from reader.core.messages import Message, Param

__all__ = [
    "SNIPPET_LIMIT",
    "Finding",
    "Level",
    "Outcome",
    "PageReport",
    "Rule",
    "Severity",
    "overall_outcome",
]

SNIPPET_LIMIT = 200
"""Longest HTML snippet a finding carries, in code points."""


class Outcome(StrEnum):
    """ACT outcomes; the values are ACT's spellings (they go into JSON and EARL as they are)."""

    PASSED = "passed"
    FAILED = "failed"
    CANT_TELL = "cantTell"
    INAPPLICABLE = "inapplicable"


class Level(StrEnum):
    """WCAG conformance level of a rule's strictest success criterion."""

    A = "A"
    AA = "AA"
    AAA = "AAA"


class Severity(IntEnum):
    """How badly a failure hurts readers (axe-core's four impacts); higher sorts first."""

    MINOR = 1
    MODERATE = 2
    SERIOUS = 3
    CRITICAL = 4


GBT_PRINCIPLES = {
    "1": "可感知性 Perceivable",
    "2": "可操作性 Operable",
    "3": "可理解性 Understandable",
    "4": "兼容性 Compatible",
}
"""WCAG principle number → the GB/T 37668-2019 goal of the same name."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One check, with what a member of staff needs to understand and fix a failure."""

    id: str
    """Our id, stable across versions (``"image-alt"``); findings refer to it."""
    act_id: str | None
    """The W3C ACT rule this implements (``"23a2a8"``), None for our own rules."""
    title_zh: str
    title_en: str
    wcag: tuple[str, ...]
    """WCAG 2.1 success criteria (``"1.1.1"``)."""
    level: Level
    gbt: tuple[str, ...]
    """GB/T 37668-2019 clauses; empty where we could not verify the clause number."""
    explanation_zh: str
    explanation_en: str
    fix_zh: str
    fix_en: str
    severity: Severity

    @property
    def principles(self) -> tuple[str, ...]:
        """The numbers of the WCAG principles of the rule's criteria (``"1"``, ``"4"``), in order."""
        seen: list[str] = []
        for criterion in self.wcag:
            number = criterion.split(".", 1)[0]
            if number in GBT_PRINCIPLES and number not in seen:
                seen.append(number)
        return tuple(seen)

    @property
    def gbt_principles(self) -> tuple[str, ...]:
        """The GB/T 37668-2019 goals the rule serves (可感知性, 可操作性, 可理解性, 兼容性), from its WCAG
        principles: the standard is built on the same four. Verified clause numbers are in :attr:`gbt`."""
        return tuple(GBT_PRINCIPLES[number] for number in self.principles)

    @property
    def gbt_label(self) -> str:
        """``GB/T 37668-2019`` with the verified clauses, else with the goals; "" when neither is known."""
        if self.gbt:
            return f"GB/T 37668-2019 {' '.join(self.gbt)}"
        if self.gbt_principles:
            return f"GB/T 37668-2019 {' / '.join(self.gbt_principles)}"
        return ""

    @property
    def act_url(self) -> str | None:
        """The rule's page at the W3C, for reports (a link the user may open; we never fetch it)."""
        if self.act_id is None:
            return None
        return f"https://www.w3.org/WAI/standards-guidelines/act/rules/{self.act_id}/"


@dataclass(frozen=True, slots=True)
class Finding:
    """One element (or the page) judged by one rule."""

    rule_id: str
    outcome: Outcome
    selector: str
    """A CSS selector of the element (``#id`` when it has a unique id), ``"html"`` for page-level findings."""
    snippet: str
    """The element's start tag and a little content, at most ``SNIPPET_LIMIT`` code points."""
    code: str
    """What the finding says, a code of ``wording.FINDING_TEXTS`` (``"image-alt-meaningless.placeholder"``):
    the UI words it in the interface language, core's reports in Chinese and English."""
    params: Mapping[str, Param] = field(default_factory=dict, hash=False)
    """The code's parameters (``{"alt": "图片"}``): names, excerpts of the page, numbers. Never changed."""
    text: str = ""
    """The element's visible text (squeezed, shortened), for showing it and finding it in the article."""
    line: int | None = None
    """The source line lxml reports for the element, 1-based, when known."""

    @property
    def message_zh(self) -> str:
        """Core's Chinese text of the message (the command line's reports)."""
        return finding_text(self.code, self.params, "zh")

    @property
    def message_en(self) -> str:
        """Core's English text of the message (the command line's reports, the log)."""
        return finding_text(self.code, self.params, "en")

    @property
    def message(self) -> Message:
        """The message as a :class:`~reader.core.messages.Message` (code, English, params)."""
        return Message(self.code, self.message_en, self.params)


def overall_outcome(outcomes: list[Outcome] | tuple[Outcome, ...]) -> Outcome:
    """A rule's outcome on a page from its findings: failed > cantTell > passed > inapplicable."""
    for outcome in (Outcome.FAILED, Outcome.CANT_TELL, Outcome.PASSED):
        if outcome in outcomes:
            return outcome
    return Outcome.INAPPLICABLE


@dataclass(slots=True)
class PageReport:
    """Everything the check found on one page, or why the page could not be checked."""

    path: Path | None
    title: str = ""
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    """``"PATH: reason"`` (in English) when the page could not be read; there are no findings then."""
    rules_run: tuple[str, ...] = ()
    """Ids of the rules that ran, so a rule with no finding is known to be inapplicable, not skipped."""
    notes: list[Message] = field(default_factory=list)
    """Things that limit the check (markup flattened because it was nested too deep); ``str(note)`` is
    the English, the codes are ``wording.CHECK_TEXTS``'."""
    error_message: Message | None = None
    """The reason of ``error`` as a code and parameters, for the window to word (a load error's own
    message, or a code of ``wording.CHECK_TEXTS``)."""

    @property
    def has_failures(self) -> bool:
        return any(finding.outcome is Outcome.FAILED for finding in self.findings)

    def counts(self) -> dict[Outcome, int]:
        """Number of findings per outcome (inapplicable counts the rules that found nothing to check)."""
        counted = Counter(finding.outcome for finding in self.findings)
        result = {outcome: counted.get(outcome, 0) for outcome in Outcome}
        result[Outcome.INAPPLICABLE] = sum(
            1 for outcome in self.rule_outcomes().values() if outcome is Outcome.INAPPLICABLE
        )
        return result

    def by_rule(self) -> dict[str, dict[Outcome, int]]:
        """Per rule id (every rule that ran, in run order): number of findings per outcome."""
        table: dict[str, dict[Outcome, int]] = {
            rule_id: dict.fromkeys(Outcome, 0) for rule_id in self.rules_run
        }
        for finding in self.findings:
            table.setdefault(finding.rule_id, dict.fromkeys(Outcome, 0))[finding.outcome] += 1
        return table

    def rule_outcomes(self) -> dict[str, Outcome]:
        """Per rule id: the rule's outcome on this page (see :func:`overall_outcome`)."""
        grouped: dict[str, list[Outcome]] = {rule_id: [] for rule_id in self.rules_run}
        for finding in self.findings:
            grouped.setdefault(finding.rule_id, []).append(finding.outcome)
        return {rule_id: overall_outcome(outcomes) for rule_id, outcomes in grouped.items()}

    def findings_for(self, rule_id: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.rule_id == rule_id]
