"""What every rule module shares: building a finding for an element."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page
from reader.core.a11y.wording import FINDING_TEXTS
from reader.core.messages import Param

__all__ = ["finding"]


def finding(
    page: Page,
    rule_id: str,
    element: HtmlElement,
    outcome: Outcome,
    code: str,
    /,
    **params: Param,
) -> Finding:
    """The finding of ``rule_id`` on ``element``; ``code`` (a key of ``FINDING_TEXTS``) and ``params``
    say what was found."""
    if code not in FINDING_TEXTS:
        raise KeyError(f"finding code {code!r} is not in wording.FINDING_TEXTS")
    return Finding(
        rule_id=rule_id,
        outcome=outcome,
        selector=page.selector(element),
        snippet=Page.snippet(element),
        code=code,
        params=params,
        text=Page.text(element),
        line=Page.line(element),
    )
