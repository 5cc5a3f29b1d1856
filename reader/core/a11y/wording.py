"""What the accessibility check says, as codes: every finding's message, the check's notes and errors, the
labels of a report, and the :class:`Words` a report can be worded with.

Core does not know the interface language, so a finding carries a ``code`` and ``params``
(``"image-alt-meaningless.placeholder"``, ``{"alt": "图片"}``), never worded text. This module holds core's
own text of each code: Chinese and English for findings (:data:`FINDING_TEXTS`) and a report's labels
(:data:`REPORT_LABELS`), English for the check's notes and errors (:data:`CHECK_TEXTS`), as in the bilingual
reports of ``reader check``; the English is also ``Message.english`` (the log). The
window words the same codes in the interface language (``reader.ui.strings.rules``) and hands the report
writers its :class:`Words`, so a report exported from the window speaks one language.

Codes are a contract: a code's parameters never change meaning; new wording is a new text, not a new code.
A test keeps this registry, the codes the rules use and the window's wordings in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from reader.core.messages import Message, Param

if TYPE_CHECKING:
    from reader.core.a11y.model import Finding, Rule

__all__ = [
    "CHECK_TEXTS",
    "FINDING_TEXTS",
    "LIST_PARAMS",
    "REPORT_LABELS",
    "Words",
    "check_message",
    "display_params",
    "finding_text",
    "gbt_label",
]

FINDING_TEXTS: dict[str, tuple[str, str]] = {
    # html-lang, html-lang-valid
    "html-lang.present": ('lang="{value}"', 'lang="{value}"'),
    "html-lang.missing": ("<html> 没有 lang 属性或为空。", "<html> has no lang value."),
    "html-lang-valid.valid": ("“{value}”有效。", '"{value}" is valid.'),
    "html-lang-valid.invalid": ("“{value}”不是有效的语言代码。", '"{value}" is not a valid language tag.'),
    # page-title
    "page-title.missing": ("页面没有 <title>。", "The page has no <title>."),
    "page-title.present": ("标题：{title}", "Title: {title}"),
    "page-title.empty": ("<title> 是空的。", "The <title> is empty."),
    # meta-refresh, meta-refresh-no-exception
    "refresh.allowed": ("延迟 {delay} 秒。", "Delay {delay} s."),
    "refresh.delayed": (
        "页面在 {delay} 秒后自动刷新或跳转。",
        "The page refreshes or redirects after {delay} s.",
    ),
    "refresh.immediate": ("立即跳转。", "Immediate redirect."),
    # meta-viewport
    "meta-viewport.not-scalable": ("禁止了缩放（user-scalable）。", "user-scalable blocks zoom."),
    "meta-viewport.low-maximum": ("最大缩放 {maximum} 小于 2。", "maximum-scale {maximum} is below 2."),
    "meta-viewport.not-scalable-low-maximum": (
        "禁止了缩放（user-scalable）；最大缩放 {maximum} 小于 2。",
        "user-scalable blocks zoom; maximum-scale {maximum} is below 2.",
    ),
    "meta-viewport.zoomable": ("允许缩放。", "Zoom is allowed."),
    # care-entry
    "care-entry.found": ("找到入口：{label}", "Entry found: {label}"),
    "care-entry.script": (
        "没有看到入口，但页面加载了无障碍工具条脚本，入口可能由脚本生成。",
        "No entry in the markup, but an accessibility toolbar script may draw one.",
    ),
    "care-entry.missing": (
        "页面上没有“无障碍”或“关怀版”入口。",
        "The page has no accessibility or elder-care mode entry.",
    ),
    # hidden-injected-link
    "hidden-injected-link.own-site": ("隐藏的链接指向本站。", "The hidden link points to this site."),
    "hidden-injected-link.external": (
        "隐藏的外部链接“{text}”指向 {host}，可能是被植入的垃圾链接。",
        'Hidden link "{text}" to {host}: probably injected spam.',
    ),
    # the rules about names (image-alt, link-name, button-name, image-button-name, form-field-name,
    # frame-title, heading-name)
    "name.present": ("名称：{name}", "Name: {name}"),
    "name.missing.image": ("图片没有名称。", "The image has no name."),
    "name.missing.link": ("链接没有名称。", "The link has no name."),
    "name.missing.button": ("按钮没有名称。", "The button has no name."),
    "name.missing.image-button": ("图片按钮没有名称。", "The image button has no name."),
    "name.missing.form-field": ("表单字段没有名称。", "The form field has no name."),
    "name.missing.iframe": ("内嵌框架没有名称。", "The iframe has no name."),
    "name.missing.heading": ("标题没有名称。", "The heading has no name."),
    "image-alt.decorative": ("标为装饰图片。", "Marked as decorative."),
    # image-alt-meaningless
    "image-alt-meaningless.placeholder": (
        "替代文本“{alt}”没有说明图片内容。",
        'The alternative "{alt}" says nothing about the image.',
    ),
    "image-alt-meaningless.file-name": (
        "替代文本“{alt}”是文件名。",
        'The alternative "{alt}" is a file name.',
    ),
    "image-alt-meaningless.present": ("替代文本：{alt}", "Alt: {alt}"),
    # link-vague
    "link-vague.check-context": (
        "链接只写“{name}”；请确认上下文（{context}）能说明它通向哪里。",
        'The link says only "{name}"; check that its context tells where it leads.',
    ),
    "link-vague.check-description": (
        "链接只写“{name}”；请确认上下文（说明）能说明它通向哪里。",
        'The link says only "{name}"; check that its context tells where it leads.',
    ),
    "link-vague.unclear": (
        "链接只写“{name}”，周围也没有说明它通向哪里的文字。",
        'The link says only "{name}" and nothing around it tells where it leads.',
    ),
    # heading-order
    "heading-order.skipped": (
        "标题从 {previous} 级跳到 {level} 级。",
        "The headings jump from level {previous} to level {level}.",
    ),
    "heading-order.level": ("{level} 级标题。", "Level {level}."),
    # th-has-data-cells, table-headers-attr
    "th-has-data-cells.assigned": ("表头有对应数据。", "Has cells."),
    "th-has-data-cells.unassigned": (
        "这个表头下面（或这一行）没有数据单元格。",
        "No data cell is assigned to this header.",
    ),
    "table-headers-attr.invalid": (
        "headers 中的 {ids} 不是本表格中的其他单元格。",
        "headers names {ids}, not another cell of this table.",
    ),
    "table-headers-attr.valid": ("headers 正确。", "headers are valid."),
    # aria-hidden-focus
    "aria-hidden-focus.script-may-move": (
        "aria-hidden 区域中的 <{tag}> 可聚焦，但脚本可能会把焦点移走。",
        "The <{tag}> inside is focusable, but a script may move focus away from it.",
    ),
    "aria-hidden-focus.nothing-focusable": ("其中没有可聚焦内容。", "Nothing focusable inside."),
    "aria-hidden-focus.focusable": (
        "aria-hidden 区域中的 <{tag}> 可以用 Tab 键到达。",
        "The <{tag}> inside can be reached with Tab.",
    ),
    # duplicate-id-aria
    "duplicate-id-aria.unique": ("id “{id}”唯一。", '"{id}" is unique.'),
    "duplicate-id-aria.duplicated": (
        "被引用的 id “{id}”出现了 {count} 次。",
        'The referenced id "{id}" appears {count} times.',
    ),
    # media-autoplay
    "media-autoplay.controls": ("有播放控件可停止声音。", "Has controls to stop it."),
    "media-autoplay.short": ("只播放 {seconds} 秒。", "Plays {seconds} s only."),
    "media-autoplay.nearby-buttons": (
        "自动播放；附近有自制按钮，请确认能停止或静音。",
        "Plays by itself; check that the nearby buttons stop or mute it.",
    ),
    "media-autoplay.no-control": (
        "自动播放声音且没有停止或静音的控件。",
        "Plays sound by itself with no control to stop or mute it.",
    ),
    # color-contrast
    "color-contrast.not-text": ("不是文字内容（符号或图标）。", "Not text (symbols or an icon)."),
    "color-contrast.unknown-colour": ("无法确定颜色（{value}）。", "Cannot tell the colours ({value})."),
    "color-contrast.gradient": (
        "渐变背景上对比度在 {lowest}:1 到 {highest}:1 之间。",
        "On the gradient the contrast ranges from {lowest}:1 to {highest}:1.",
    ),
    "color-contrast.background-image": (
        "与背景色的对比度为 {ratio}:1，但背景图片可能降低对比度。",
        "{ratio}:1 against the background colour, but a background image may lower it.",
    ),
    "color-contrast.enough": (
        "对比度 {ratio}:1（正文需 {needed}:1）。",
        "Contrast {ratio}:1 (text needs {needed}:1).",
    ),
    "color-contrast.enough-large": (
        "对比度 {ratio}:1（大字需 {needed}:1）。",
        "Contrast {ratio}:1 (large text needs {needed}:1).",
    ),
    "color-contrast.low": (
        "对比度只有 {ratio}:1，正文至少需要 {needed}:1。",
        "Contrast is {ratio}:1; text needs {needed}:1.",
    ),
    "color-contrast.low-large": (
        "对比度只有 {ratio}:1，大字至少需要 {needed}:1。",
        "Contrast is {ratio}:1; large text needs {needed}:1.",
    ),
}
"""Every code a finding can carry → core's (Chinese, English) text, ``{param}`` filled from its params."""

CHECK_TEXTS: dict[str, str] = {
    "check.plain-text": "plain text: no markup to check",
    "check.attachment": "a PDF, DOCX, OFD or EPUB document: the web page checks do not apply",
    "check.flattened": "markup nested deeper than 256 levels was flattened before checking",
    "check.rule-stopped": "rule {rule} stopped: {error}",
    "check.no-such-path": "no such file or folder",
    "check.no-pages": "no saved pages (.html, .htm, .mhtml…) in this folder",
    "check.unreadable-folder": "cannot read this folder ({reason})",
    "check.internal-error": "internal error: {error}",
    "check.crashed": "the check stopped its worker process (a crash or out of memory) on this page",
}
"""The check's notes on a page and its reasons for not checking one → their English (the command line
shows these in English, as the load errors; the window words the codes)."""

LIST_PARAMS = frozenset({"ids"})
"""Parameters that are lists, space-separated (as the ``headers`` attribute): a wording joins them with its
language's separator."""

_TWO_DECIMALS = frozenset({"ratio", "lowest", "highest"})
"""Number parameters shown with two decimals (contrast ratios); other numbers as short as they go."""


def display_params(params: Mapping[str, Param], separator: str) -> dict[str, str]:
    """``params`` ready to fill a text: contrast ratios with two decimals, other numbers short (``4.5``,
    ``3``), lists joined with ``separator`` (``"、"``, ``", "``)."""
    shown: dict[str, str] = {}
    for name, value in params.items():
        if isinstance(value, float):
            shown[name] = f"{value:.2f}" if name in _TWO_DECIMALS else f"{value:g}"
        elif name in LIST_PARAMS:
            shown[name] = separator.join(str(value).split())
        else:
            shown[name] = str(value)
    return shown


def finding_text(code: str, params: Mapping[str, Param], language: str) -> str:
    """Core's text of a finding's code in ``language`` (``"zh"`` or ``"en"``)."""
    is_english = language == "en"
    return FINDING_TEXTS[code][is_english].format(**display_params(params, ", " if is_english else "、"))


def check_message(code: str, **params: Param) -> Message:
    """A note or error of the check (a code of :data:`CHECK_TEXTS`) as a :class:`Message`."""
    return Message(code, CHECK_TEXTS[code].format(**display_params(params, ", ")), params)


REPORT_LABELS: dict[str, tuple[str, str]] = {
    "report.title": ("无障碍检查报告", "Accessibility check report"),
    "report.skip": ("跳到报告正文", "Skip to the report"),
    "summary.heading": ("总览", "Summary"),
    "summary.caption": ("检查结果总数", "Totals"),
    "summary.item": ("项目", "Item"),
    "summary.count": ("数量", "Count"),
    "summary.pages": ("检查的页面", "Pages checked"),
    "summary.pages_failed": ("有未通过项的页面", "Pages with failures"),
    "summary.pages_unreadable": ("无法读取的页面", "Unreadable pages"),
    "summary.inapplicable": (
        "“不适用”计的是页面上没有适用元素的规则。",
        "Inapplicable: rules with nothing to check.",
    ),
    "rules.heading": ("按规则", "By rule"),
    "rules.caption": ("每条规则在多少页面上的结果", "Pages per rule outcome"),
    "rules.rule": ("规则", "Rule"),
    "rules.failed_elements": ("未通过的元素", "Failed elements"),
    "pages.heading": ("按页面", "By page"),
    "pages.caption": ("每个页面的结果（元素数）", "Results per page (elements)"),
    "pages.page": ("页面", "Page"),
    "pages.result": ("结果", "Result"),
    "page.title": ("页面标题：", "Page title:"),
    "page.nothing": ("没有未通过或无法判断的项目。", "Nothing failed and nothing was uncertain."),
    "page.note": ("注：{note}", "Note: {note}"),
    "finding.message": ("说明", "Message"),
    "finding.element": ("元素", "Element"),
    "finding.line": ("第 {line} 行", "line {line}"),
    "finding.code": ("代码", "Code"),
    "finding.text": ("文字", "Text"),
    "finding.standards": ("标准", "Standards"),
    "finding.why": ("为什么重要", "Why it matters"),
    "finding.fix": ("如何修复", "How to fix"),
    "text.totals": (
        "无障碍检查：检查了 {pages} 页，{failed} 页有未通过项，{unreadable} 页无法读取",
        "Accessibility check: {pages} pages checked, {failed} with failures, {unreadable} unreadable",
    ),
    "text.by_rule": (
        "按规则（页面：未通过 / 无法判断 / 通过；未通过的元素）",
        "By rule (pages failed / cantTell / passed; elements failed)",
    ),
}
"""The fixed words of a report → core's (Chinese, English). A :class:`Words` from the window words every
key in one language; ``{name}`` placeholders are filled by the report writer. The command line's
bilingual reports show both texts of most keys; their text summary lines and "line N" keep the layout
they always had (``page.note``, ``finding.line``, ``text.*`` say here what those keys mean)."""


class Words(Protocol):
    """A report's words in one language (the window's interface language), for
    ``reader.core.a11y.report.render(..., words=...)``; without it a report is core's bilingual one."""

    @property
    def language(self) -> str:
        """The BCP 47 tag of the language (``zh-CN``, ``zh-TW``, ``en``): the HTML report's ``lang``."""
        ...

    def label(self, key: str) -> str:
        """A fixed word of the report, by its key in :data:`REPORT_LABELS` (placeholders unfilled)."""
        ...

    def outcome(self, outcome: str) -> str:
        """An outcome's word (``failed``, ``cantTell``, ``passed``, ``inapplicable``, or ``error``)."""
        ...

    def rule_title(self, rule: Rule) -> str: ...

    def rule_explanation(self, rule: Rule) -> str: ...

    def rule_fix(self, rule: Rule) -> str: ...

    def principle(self, number: str) -> str:
        """The GB/T 37668-2019 goal of a WCAG principle (``"1"`` → 可感知性)."""
        ...

    def finding(self, finding: Finding) -> str:
        """A finding's message (its ``code`` and ``params``)."""
        ...

    def message(self, message: Message) -> str:
        """A page's note or the reason it could not be checked."""
        ...


def gbt_label(rule: Rule, words: Words) -> str:
    """``GB/T 37668-2019`` with the rule's verified clauses, else its goals in ``words``' language; "" when
    neither is known (``Rule.gbt_label`` in core's bilingual words)."""
    if rule.gbt:
        return f"GB/T 37668-2019 {' '.join(rule.gbt)}"
    if rule.principles:
        return "GB/T 37668-2019 " + " / ".join(words.principle(number) for number in rule.principles)
    return ""
