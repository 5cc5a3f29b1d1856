"""The accessibility report as HTML: a self-contained bilingual page (``lang="zh-CN"`` with English beside)
that passes our own check: title, skip link, headings in order, tables with captions and ``scope``d
headers, outcome words and symbols besides colour, contrast of at least 7:1, and only relative sizes so it
reflows at 200 % zoom.
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
    catalogue = rule_catalogue()
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
            f'<tr><th scope="row"><a href="#page-{index}">{_e(page_path(report))}</a></th>'
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
    parts = [f'<section aria-labelledby="page-{index}"><h2 id="page-{index}">{_e(page_path(report))}</h2>']
    if report.title:
        parts.append(f"<p>{_bi('页面标题：', 'Page title:')} {_e(report.title)}</p>")
    if report.error is not None:
        parts.append(f"<p>{_outcome_html('error')}: {_e(report.error)}</p></section>")
        return "".join(parts)
    parts.extend(f'<p lang="en">Note: {_e(note)}</p>' for note in report.notes)
    shown = shown_findings(report.findings, include_passed=False)
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
