"""The accessibility check: its findings panel, filters, list, details, re-check and exported report."""

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


def findings_worker_died() -> str:
    return _tr("检查这个网页时检查程序意外退出。")


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
