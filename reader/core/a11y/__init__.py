"""Accessibility check of saved pages (issue 6): rules, findings, and the checker.

Public surface: the data model (``Outcome``, ``Level``, ``Severity``, ``Rule``, ``Finding``, ``PageReport``),
the catalogue ``RULES``, and ``check_html`` / ``check_file``. Qt-free; nothing here touches the network.
"""

from __future__ import annotations

from reader.core.a11y.catalogue import RULES, rule
from reader.core.a11y.checking import check_file, check_html
from reader.core.a11y.model import (
    SNIPPET_LIMIT,
    Finding,
    Level,
    Outcome,
    PageReport,
    Rule,
    Severity,
    overall_outcome,
)

__all__ = [
    "RULES",
    "SNIPPET_LIMIT",
    "Finding",
    "Level",
    "Outcome",
    "PageReport",
    "Rule",
    "Severity",
    "check_file",
    "check_html",
    "overall_outcome",
    "rule",
]
