"""The accessibility report as HTML: a self-contained page that passes our own check: title, skip link,
headings in order, tables with captions and ``scope``d headers, outcome words and symbols besides colour,
contrast of at least 7:1, and only relative sizes so it reflows at 200 % zoom.

Without ``words`` the page is core's bilingual one (``lang="zh-CN"`` with the English beside it, marked
``lang="en"``), as ``reader check`` writes it; with :class:`~reader.core.a11y.wording.Words` (the window's)
every text is in that one language and the page's ``lang`` is its.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from reader.core.a11y.model import Finding, Outcome, PageReport, Rule
from reader.core.a11y.report_summary import (
    ERROR_LABEL,
    OUTCOME_LABELS,
    OUTCOME_ORDER,
    Summary,
    page_outcome,
    page_path,
    rule_catalogue,
    shown_findings,
    summarise,
)
from reader.core.a11y.wording import REPORT_LABELS, Words, gbt_label

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


def _label(words: Words | None, key: str) -> str:
    """A fixed word of the report, escaped: both of core's languages, or the one of ``words``."""
    if words is None:
        return _bi(*REPORT_LABELS[key])
    return _e(words.label(key))


def _plain_label(words: Words | None, key: str) -> str:
    """A fixed word as plain text (the ``<title>``): core's two joined by a space, or the one of ``words``."""
    return " ".join(REPORT_LABELS[key]) if words is None else words.label(key)


def _outcome_html(outcome: Outcome | str, words: Words | None) -> str:
    if outcome == "error":
        symbol, zh, en = ERROR_LABEL
        css = "error"
    else:
        symbol, zh, en = OUTCOME_LABELS[Outcome(outcome)]
        css = str(outcome)
    said = _bi(zh, en) if words is None else _e(words.outcome(str(outcome)))
    return f'<span class="{css}"><span aria-hidden="true">{_e(symbol)}</span> {said}</span>'


def _rule_title(rule: Rule, words: Words | None) -> str:
    return _bi(rule.title_zh, rule.title_en) if words is None else _e(words.rule_title(rule))


def render_html(reports: Sequence[PageReport], *, title: str = "", words: Words | None = None) -> str:
    """A self-contained accessible HTML report (see the module docstring)."""
    summary = summarise(reports)
    catalogue = rule_catalogue()
    heading = _label(words, "report.title")
    page_title = _plain_label(words, "report.title") + (f" – {title}" if title else "")
    language = "zh-CN" if words is None else words.language
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(page_title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f'<p><a class="skip" href="#main">{_label(words, "report.skip")}</a></p>',
        f"<header><h1>{heading}</h1></header>",
        '<main id="main">',
        _html_summary(summary, words),
        _html_rules(summary, catalogue, words),
        _html_pages_index(reports, words),
    ]
    parts.extend(_html_page(index, report, catalogue, words) for index, report in enumerate(reports, start=1))
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _html_summary(summary: Summary, words: Words | None) -> str:
    rows = [
        (_label(words, "summary.pages"), summary.pages),
        (_label(words, "summary.pages_failed"), summary.pages_failed),
        (_label(words, "summary.pages_unreadable"), summary.pages_unreadable),
    ]
    rows.extend((_outcome_html(outcome, words), summary.findings[outcome]) for outcome in OUTCOME_ORDER)
    body = "".join(
        f'<tr><th scope="row">{label}</th><td class="num">{value}</td></tr>' for label, value in rows
    )
    return (
        f'<section aria-labelledby="summary"><h2 id="summary">{_label(words, "summary.heading")}</h2>'
        f"<table><caption>{_label(words, 'summary.caption')}</caption>"
        f'<thead><tr><th scope="col">{_label(words, "summary.item")}</th>'
        f'<th scope="col">{_label(words, "summary.count")}</th>'
        f"</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{_label(words, 'summary.inapplicable')}</p></section>"
    )


def _html_rules(summary: Summary, catalogue: dict[str, Rule], words: Words | None) -> str:
    head = "".join(f'<th scope="col">{_outcome_html(outcome, words)}</th>' for outcome in OUTCOME_ORDER)
    rows = []
    for rule_id, rule_summary in summary.rules.items():
        if not any(rule_summary.pages.values()):
            continue
        rule = catalogue.get(rule_id)
        name = _rule_title(rule, words) if rule else _e(rule_id)
        criteria = f"{_e(' '.join(rule.wcag))} ({_e(rule.level)})" if rule else ""
        cells = "".join(f'<td class="num">{rule_summary.pages[outcome]}</td>' for outcome in OUTCOME_ORDER)
        rows.append(
            f'<tr><th scope="row">{name}<br><code>{_e(rule_id)}</code></th><td>{criteria}</td>{cells}'
            f'<td class="num">{rule_summary.findings[Outcome.FAILED]}</td></tr>'
        )
    if not rows:
        return ""
    return (
        f'<section aria-labelledby="by-rule"><h2 id="by-rule">{_label(words, "rules.heading")}</h2>'
        f"<table><caption>{_label(words, 'rules.caption')}</caption>"
        f'<thead><tr><th scope="col">{_label(words, "rules.rule")}</th><th scope="col">WCAG</th>{head}'
        f'<th scope="col">{_label(words, "rules.failed_elements")}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _html_pages_index(reports: Sequence[PageReport], words: Words | None) -> str:
    rows = []
    for index, report in enumerate(reports, start=1):
        counts = report.counts() if report.error is None else dict.fromkeys(Outcome, 0)
        rows.append(
            f'<tr><th scope="row"><a href="#page-{index}">{_e(page_path(report))}</a></th>'
            f"<td>{_outcome_html(page_outcome(report), words)}</td>"
            f'<td class="num">{counts[Outcome.FAILED]}</td><td class="num">{counts[Outcome.CANT_TELL]}</td>'
            f'<td class="num">{counts[Outcome.PASSED]}</td></tr>'
        )
    return (
        f'<section aria-labelledby="by-page"><h2 id="by-page">{_label(words, "pages.heading")}</h2>'
        f"<table><caption>{_label(words, 'pages.caption')}</caption>"
        f'<thead><tr><th scope="col">{_label(words, "pages.page")}</th>'
        f'<th scope="col">{_label(words, "pages.result")}</th>'
        + "".join(f'<th scope="col">{_outcome_html(outcome, words)}</th>' for outcome in OUTCOME_ORDER[:3])
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _html_page(index: int, report: PageReport, catalogue: dict[str, Rule], words: Words | None) -> str:
    parts = [f'<section aria-labelledby="page-{index}"><h2 id="page-{index}">{_e(page_path(report))}</h2>']
    if report.title:
        parts.append(f"<p>{_label(words, 'page.title')} {_e(report.title)}</p>")
    if report.error is not None:
        if words is None or report.error_message is None:
            reason = report.error
        else:
            reason = words.message(report.error_message)
        parts.append(f"<p>{_outcome_html('error', words)}: {_e(reason)}</p></section>")
        return "".join(parts)
    if words is None:
        parts.extend(f'<p lang="en">Note: {_e(note)}</p>' for note in report.notes)
    else:
        parts.extend(
            f"<p>{_e(words.label('page.note').format(note=words.message(note)))}</p>" for note in report.notes
        )
    shown = shown_findings(report.findings, include_passed=False)
    if not shown:
        parts.append(f"<p>{_label(words, 'page.nothing')}</p>")
    parts.extend(_html_finding(finding, catalogue.get(finding.rule_id), words) for finding in shown)
    parts.append("</section>")
    return "".join(parts)


def _html_finding(finding: Finding, rule: Rule | None, words: Words | None) -> str:
    title = _rule_title(rule, words) if rule else _e(finding.rule_id)
    if words is None:
        message = f'{_e(finding.message_zh)}<br><span lang="en">{_e(finding.message_en)}</span>'
        line = f" {_bi('第', 'line')} {finding.line}" if finding.line is not None else ""
    else:
        message = _e(words.finding(finding))
        line = (
            f" {_e(words.label('finding.line').format(line=finding.line))}"
            if finding.line is not None
            else ""
        )
    items: list[tuple[str, str]] = [
        (_label(words, "finding.message"), message),
        (_label(words, "finding.element"), f"<code>{_e(finding.selector)}</code>{line}"),
    ]
    if finding.snippet:
        items.append((_label(words, "finding.code"), f"<code>{_e(finding.snippet)}</code>"))
    if finding.text:
        items.append((_label(words, "finding.text"), _e(finding.text)))
    if rule is not None:
        criteria = f"WCAG 2.1 {' '.join(rule.wcag)} ({rule.level})"
        gbt = rule.gbt_label if words is None else gbt_label(rule, words)
        if gbt:
            criteria += f"; {gbt}"
        if rule.act_id:
            criteria += f"; ACT {rule.act_id}"
        items.append((_label(words, "finding.standards"), _e(criteria)))
        if words is None:
            items.append((_label(words, "finding.why"), _bi(rule.explanation_zh, rule.explanation_en)))
            items.append((_label(words, "finding.fix"), _bi(rule.fix_zh, rule.fix_en)))
        else:
            items.append((_label(words, "finding.why"), _e(words.rule_explanation(rule))))
            items.append((_label(words, "finding.fix"), _e(words.rule_fix(rule))))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in items)
    outcome = _outcome_html(finding.outcome, words)
    return f'<div class="finding"><h3>{outcome}: {title}</h3><dl>{body}</dl></div>'
