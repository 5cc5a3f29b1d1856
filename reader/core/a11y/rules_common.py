"""What every rule module shares: building a finding for an element."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page

__all__ = ["finding"]


def finding(  # noqa: PLR0917 - a finding's fields, in the order the model lists them
    page: Page,
    rule_id: str,
    element: HtmlElement,
    outcome: Outcome,
    message_zh: str,
    message_en: str,
) -> Finding:
    return Finding(
        rule_id=rule_id,
        outcome=outcome,
        selector=page.selector(element),
        snippet=Page.snippet(element),
        message_zh=message_zh,
        message_en=message_en,
        text=Page.text(element),
        line=Page.line(element),
    )
