"""The accessibility check: its findings panel, filters, list, details, re-check and exported report.

The rules' and findings' own texts are in ``rules`` (context "CheckRules"); here are the panel's words and
the fixed words of a report exported from it (``report_label``), in the interface language.
"""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("Check")


def findings_panel() -> Control:
    return Control(
        _tr("无障碍检查(&Y)"),
        _tr("检查这个网页哪些地方不符合无障碍规则"),
    )


def findings_summary_control() -> Control:
    return Control("", _tr("失败、无法判断和通过的数目"), spoken=_tr("检查结果摘要"))


def findings_level_filter() -> Control:
    return Control("", _tr("只列出某一 WCAG 级别的规则"), spoken=_tr("按级别筛选"))


def findings_all_levels() -> str:
    return _tr("所有级别")


def findings_level(level: str) -> str:
    return _tr("{level} 级").format(level=level)


def findings_rule_filter() -> Control:
    return Control("", _tr("只列出一条规则的结果"), spoken=_tr("按规则筛选"))


def findings_all_rules() -> str:
    return _tr("所有规则")


def findings_show_passed() -> Control:
    return Control(
        _tr("也列出通过的检查(&P)"),
        _tr("默认只列出失败和无法判断的"),
    )


def findings_list() -> Control:
    return Control(
        "",
        _tr("最严重的在前；选中一项查看说明"),
        spoken=_tr("检查结果列表"),
    )


def findings_columns() -> list[str]:
    return [_tr("结果"), _tr("规则"), _tr("级别"), _tr("元素")]


def finding_detail() -> Control:
    return Control(
        "",
        _tr("元素、原因和修改方法"),
        spoken=_tr("检查结果说明"),
    )


def findings_recheck() -> Control:
    return Control(_tr("重新检查(&R)"), _tr("再检查一遍这个网页"))


def findings_export() -> Control:
    return Control(
        _tr("导出报告(&E)…"),
        _tr("保存为 HTML、JSON、CSV 或文本"),
    )


def findings_export_filter() -> str:
    return _tr("HTML 报告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)")


def findings_checking(name: str) -> str:
    return _tr("正在检查 {name}…").format(name=name)


def findings_error(reason: str) -> str:
    return _tr("无法检查这个网页：{reason}").format(reason=reason)


def findings_counts(failed: int, cant_tell: int, passed: int, rules: int) -> str:
    return _tr(
        "✗ 失败 {failed} 项 · ? 无法判断 {cant_tell} 项 · ✓ 通过 {passed} 项（{rules} 条规则）"
    ).format(failed=failed, cant_tell=cant_tell, passed=passed, rules=rules)


def findings_none_shown() -> str:
    return _tr("没有符合筛选条件的结果。")


def finding_outcome(outcome: str) -> str:
    labels = {
        "failed": _tr("✗ 失败"),
        "cantTell": _tr("? 无法判断"),
        "passed": _tr("✓ 通过"),
        "inapplicable": _tr("– 不适用"),
    }
    return labels.get(outcome, outcome)


def finding_element() -> str:
    return _tr("元素：")


def finding_line(line: int) -> str:
    return _tr("第 {line} 行").format(line=line)


def finding_text() -> str:
    return _tr("元素的文字：")


def finding_why() -> str:
    return _tr("为什么重要：")


def finding_fix() -> str:
    return _tr("怎样修改：")


def finding_not_in_article() -> str:
    return _tr("这个元素不在文章正文里，阅读区中没有它。")


def finding_shown_in_article() -> str:
    return _tr("已在阅读区选中这个元素的文字。")


def findings_nothing_to_check() -> str:
    return _tr("先打开一个保存的网页，再做无障碍检查。")


def findings_export_failed(path: str, reason: str) -> str:
    return _tr("无法保存报告 {path}：{reason}").format(path=path, reason=reason)


def findings_exported(path: str) -> str:
    return _tr("已保存报告 {path}").format(path=path)


def outcome_word(outcome: str) -> str:
    """An outcome in a word, for an exported report (which adds the symbol): failed, cantTell, passed,
    inapplicable, or error (the page could not be read)."""
    words = {
        "failed": _tr("失败", note="An outcome of an accessibility check."),
        "cantTell": _tr("无法判断", note="An outcome of an accessibility check."),
        "passed": _tr("通过", note="An outcome of an accessibility check."),
        "inapplicable": _tr("不适用", note="An outcome of an accessibility check: nothing to check."),
        "error": _tr("无法读取", note="A page that could not be read, so was not checked."),
    }
    return words.get(outcome, outcome)


def report_language() -> str:
    return _tr(
        "zh-CN",
        note="The BCP 47 tag of this interface's language (zh-TW, en…), written into exported reports.",
    )


_REPORT = "In an accessibility report exported from the window."

_REPORT_LABELS = {
    "report.title": lambda: _tr(
        "无障碍检查报告", note="In an accessibility report exported from the window."
    ),
    "report.skip": lambda: _tr(
        "跳到报告正文",
        note="In an accessibility report exported from the window. A link that skips the page's header.",
    ),
    "summary.heading": lambda: _tr("总览", note="In an accessibility report exported from the window."),
    "summary.caption": lambda: _tr(
        "检查结果总数", note="In an accessibility report exported from the window."
    ),
    "summary.item": lambda: _tr(
        "项目", note="In an accessibility report exported from the window. A column of the totals table."
    ),
    "summary.count": lambda: _tr(
        "数量", note="In an accessibility report exported from the window. A column of the totals table."
    ),
    "summary.pages": lambda: _tr("检查的页面", note="In an accessibility report exported from the window."),
    "summary.pages_failed": lambda: _tr(
        "有失败项的页面", note="In an accessibility report exported from the window."
    ),
    "summary.pages_unreadable": lambda: _tr(
        "无法读取的页面", note="In an accessibility report exported from the window."
    ),
    "summary.inapplicable": lambda: _tr(
        "“不适用”计的是页面上没有适用元素的规则。",
        note="In an accessibility report exported from the window.",
    ),
    "rules.heading": lambda: _tr("按规则", note="In an accessibility report exported from the window."),
    "rules.caption": lambda: _tr(
        "每条规则在多少页面上的结果", note="In an accessibility report exported from the window."
    ),
    "rules.rule": lambda: _tr("规则"),
    "rules.failed_elements": lambda: _tr(
        "失败的元素", note="In an accessibility report exported from the window."
    ),
    "pages.heading": lambda: _tr("按页面", note="In an accessibility report exported from the window."),
    "pages.caption": lambda: _tr(
        "每个页面的结果（元素数）", note="In an accessibility report exported from the window."
    ),
    "pages.page": lambda: _tr("页面", note="In an accessibility report exported from the window."),
    "pages.result": lambda: _tr("结果"),
    "page.title": lambda: _tr("页面标题：", note="In an accessibility report exported from the window."),
    "page.nothing": lambda: _tr(
        "没有失败或无法判断的项目。", note="In an accessibility report exported from the window."
    ),
    "page.note": lambda: _tr(
        "注：{note}",
        note="In an accessibility report exported from the window. {note}: something that limited the check.",
    ),
    "finding.message": lambda: _tr(
        "说明", note="In an accessibility report exported from the window. What a finding says."
    ),
    "finding.element": lambda: _tr("元素"),
    "finding.line": lambda: _tr("第 {line} 行"),
    "finding.code": lambda: _tr(
        "代码", note="In an accessibility report exported from the window. The element's HTML."
    ),
    "finding.text": lambda: _tr(
        "文字", note="In an accessibility report exported from the window. The element's text."
    ),
    "finding.standards": lambda: _tr(
        "标准", note="In an accessibility report exported from the window. WCAG, GB/T 37668 and ACT."
    ),
    "finding.why": lambda: _tr("为什么重要", note="In an accessibility report exported from the window."),
    "finding.fix": lambda: _tr("怎样修改", note="In an accessibility report exported from the window."),
    "text.totals": lambda: _tr(
        "无障碍检查：检查了 {pages} 页，{failed} 页有失败项，{unreadable} 页无法读取",
        note=(
            "In an accessibility report exported from the window. "
            "(as text) {pages}, {failed}, {unreadable}: numbers of pages."
        ),
    ),
    "text.by_rule": lambda: _tr(
        "按规则（页面：失败 / 无法判断 / 通过；失败的元素）",
        note=(
            "In an accessibility report exported from the window. "
            "(as text) The heading of the table of rules and its columns."
        ),
    ),
}


def report_label(key: str) -> str:
    """A fixed word of an exported report, by its key in ``reader.core.a11y.wording.REPORT_LABELS``."""
    label = _REPORT_LABELS.get(key)
    return label() if label else key


def report_label_keys() -> tuple[str, ...]:
    return tuple(_REPORT_LABELS)
