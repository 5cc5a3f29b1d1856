"""The accessibility check's rules and findings, worded for the window: each rule's title, why it matters
and how to fix it (by rule id), each finding's message (by its code, ``reader.core.a11y.wording``), the
check's notes and reasons, and the GB/T 37668 goals.

Core gives codes and parameters; this module words them in the interface language (Qt context
"CheckRules"). ``{name}`` placeholders are the finding's parameters, filled after translating: numbers are
already formatted (a contrast ratio with two decimals), lists already joined with :func:`list_separator`.
The Simplified Chinese wording of the rules and findings is core's own (``reader check`` prints the same;
a test keeps them equal), and so is the English translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reader.core.a11y.wording import display_params
from reader.core.messages import Message, Param
from reader.ui.strings.base import plural_translator, translator

_tr = translator("CheckRules")
_trn = plural_translator("CheckRules")

__all__ = [
    "check_text",
    "check_worded_codes",
    "finding_message",
    "gbt_principle",
    "list_separator",
    "rule_explanation",
    "rule_fix",
    "rule_title",
    "worded_rules",
]


_RULES: dict[str, Callable[[], tuple[str, str, str]]] = {
    "html-lang": lambda: (
        _tr(
            "页面声明语言", note="The title of an accessibility check rule: what a page that passes it does."
        ),
        _tr(
            "读屏软件按页面声明的语言选择发音；没有声明时，中文可能被当作英文逐字母朗读。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            '在 <html> 上写 lang="zh-CN"（或页面实际的语言）。',
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "html-lang-valid": lambda: (
        _tr(
            "页面语言代码有效",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "语言代码写错时，读屏软件无法识别，只能用默认语音朗读。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "使用有效的 BCP 47 语言代码，如 zh、zh-CN、zh-Hans、en。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "page-title": lambda: (
        _tr("页面有标题", note="The title of an accessibility check rule: what a page that passes it does."),
        _tr(
            "页面标题是读屏用户打开页面时首先听到的内容，也显示在标签页和收藏夹里。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "在 <head> 中加入描述页面内容的 <title>。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "image-alt": lambda: (
        _tr(
            "图片有替代文本",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "看不见图片的读者只能听到替代文本；没有替代文本时，读屏软件会读出文件名或直接跳过。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            '给 <img> 加上说明图片内容的 alt；纯装饰图片用 alt=""。',
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "image-alt-meaningless": lambda: (
        _tr(
            "图片替代文本有意义",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "“图片”“照片”或“IMG_0001.jpg”这样的替代文本没有告诉读者图片的内容。",
            note=(
                "Why an accessibility rule matters, for the staff who maintain a web site. "
                "The quoted words are examples of useless alternatives, in the reader's language."
            ),
        ),
        _tr(
            "把 alt 改为描述图片内容或作用的文字。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "link-name": lambda: (
        _tr("链接有名称", note="The title of an accessibility check rule: what a page that passes it does."),
        _tr(
            "没有文字的链接（例如只有一张无 alt 的图片）在读屏软件中只读出“链接”，读者不知道它通向哪里。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "给链接加上文字，或给其中的图片加上 alt，或使用 aria-label。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "link-vague": lambda: (
        _tr(
            "链接文字不是“点击这里”“更多”",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "读屏用户常常浏览链接列表；一串“更多”“点击这里”无法分辨。链接所在的句子或列表项能说明用途时，"
            "可以满足 2.4.4（需人工确认）。",
            note=(
                "Why an accessibility rule matters, for the staff who maintain a web site. "
                "2.4.4 is a WCAG success criterion."
            ),
        ),
        _tr(
            "把链接文字写成目的地，如“更多通知公告”；或用 aria-label 补充。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "button-name": lambda: (
        _tr("按钮有名称", note="The title of an accessibility check rule: what a page that passes it does."),
        _tr(
            "没有名称的按钮在读屏软件中只读出“按钮”，读者不知道按下会发生什么。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "给按钮加上文字、value 或 aria-label。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "image-button-name": lambda: (
        _tr(
            "图片按钮有名称",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            '<input type="image"> 按钮没有 alt 时，读者不知道它的作用。',
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "给图片按钮加上说明作用的 alt，如“搜索”。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "form-field-name": lambda: (
        _tr(
            "表单字段有标签",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "没有标签的输入框，读屏用户听不到应当填写什么。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            '用 <label for="…"> 关联标签，或使用 aria-label / aria-labelledby。',
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "heading-name": lambda: (
        _tr(
            "标题不为空",
            note=(
                "The title of an accessibility check rule: what a page that passes it does. "
                "A heading of the page (h1–h6), not the page's title."
            ),
        ),
        _tr(
            "读屏用户按标题跳读页面；空标题会被读成“标题”，打断浏览。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "删除空标题，或给它写上文字。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "heading-order": lambda: (
        _tr(
            "标题层级不跳级",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "标题层级表示文章结构；从 h2 直接跳到 h4，读者会以为漏掉了一节。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "按结构使用连续的标题级别（h1 → h2 → h3）。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "table-headers-attr": lambda: (
        _tr(
            "表格 headers 属性指向本表的表头",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "headers 属性指错时，读屏软件读出错误的表头或不读表头。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "让 headers 中的每个 id 都指向同一表格中的其他表头单元格。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "th-has-data-cells": lambda: (
        _tr(
            "表头单元格有对应的数据",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "没有数据的表头会让读屏软件把表格结构读错。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "删去多余的表头，或把只用于排版的 <th> 改为 <td>。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "color-contrast": lambda: (
        _tr(
            "文字对比度足够",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "低视力和年长读者看不清对比度低的文字；正文至少 4.5:1，大字至少 3:1。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "加深文字颜色或调整背景色，使对比度达到要求。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "meta-refresh": lambda: (
        _tr(
            "页面不定时刷新或跳转",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "定时刷新会打断正在阅读或收听的读者，把他们带离页面。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "删去 <meta http-equiv=refresh>，需要跳转时在服务器端立即跳转。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "meta-refresh-no-exception": lambda: (
        _tr(
            "页面完全没有定时刷新",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "即使延迟超过 20 小时，自动刷新也不受读者控制（AAA）。",
            note=(
                "Why an accessibility rule matters, for the staff who maintain a web site. "
                "AAA is a WCAG level."
            ),
        ),
        _tr(
            "删去定时刷新，或只在延迟为 0 时立即跳转。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "meta-viewport": lambda: (
        _tr(
            "页面允许缩放", note="The title of an accessibility check rule: what a page that passes it does."
        ),
        _tr(
            "禁止缩放（user-scalable=no 或 maximum-scale 过小）时，低视力读者在手机上无法放大文字。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "从 viewport 中删去 user-scalable=no，maximum-scale 不小于 2。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "media-autoplay": lambda: (
        _tr(
            "音视频不自动播放声音",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "自动播放的声音会盖过读屏软件的朗读，读者听不清也难以找到停止按钮。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "去掉 autoplay，或静音（muted）并提供控件。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "aria-hidden-focus": lambda: (
        _tr(
            "aria-hidden 内没有可聚焦内容",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "键盘可以进入 aria-hidden 的区域，但读屏软件读不出那里的内容，读者会“失去焦点”。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            '去掉 aria-hidden，或给其中的链接和控件加 tabindex="-1" / disabled。',
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "frame-title": lambda: (
        _tr(
            "内嵌框架有名称",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "读屏软件用 title 说明内嵌框架的内容；没有时读者不知道框架里是什么。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "给 <iframe> 加上说明内容的 title。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "duplicate-id-aria": lambda: (
        _tr(
            "ARIA 引用的 id 唯一",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "aria-labelledby、label for 等按 id 关联；同一 id 出现两次时，读屏软件可能读出错误的标签。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "让被引用的 id 在页面中只出现一次。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "care-entry": lambda: (
        _tr(
            "有“无障碍”或“关怀版”入口",
            note=(
                "The title of an accessibility check rule: what a page that passes it does. "
                "关怀版 is the elder-care mode of a Chinese government site."
            ),
        ),
        _tr(
            "政府网站的适老化和无障碍改造要求在页面显著位置提供无障碍或关怀版入口（门户要求，不属于 WCAG）。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "在页头加入“无障碍”和“关怀版”链接。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
    "hidden-injected-link": lambda: (
        _tr(
            "没有隐藏的外部链接",
            note="The title of an accessibility check rule: what a page that passes it does.",
        ),
        _tr(
            "被移出屏幕或隐藏的外部链接常是网站被入侵后植入的广告（如棋牌、博彩）；读屏软件可能读出它们。",
            note="Why an accessibility rule matters, for the staff who maintain a web site.",
        ),
        _tr(
            "删除这些链接并检查网站是否被入侵。",
            note="How to fix a page that fails an accessibility rule; HTML names stay as they are.",
        ),
    ),
}
"""Rule id → its (title, why it matters, how to fix), translated when asked for."""


def worded_rules() -> tuple[str, ...]:
    """The rule ids this module words (a test checks every rule of the catalogue is among them)."""
    return tuple(_RULES)


def rule_title(rule_id: str) -> str:
    """The rule's title in the interface language (its id for a rule this version does not know)."""
    texts = _RULES.get(rule_id)
    return texts()[0] if texts else rule_id


def rule_explanation(rule_id: str) -> str:
    texts = _RULES.get(rule_id)
    return texts()[1] if texts else ""


def rule_fix(rule_id: str) -> str:
    texts = _RULES.get(rule_id)
    return texts()[2] if texts else ""


def list_separator() -> str:
    return _tr(
        "、", note="Between the items of a list in a finding's message (ids named by a headers attribute)."
    )


def gbt_principle(number: str) -> str:
    """The GB/T 37668-2019 goal of WCAG principle ``number`` ("1" to "4")."""
    principles = {
        "1": _tr("可感知性", note="A goal of GB/T 37668-2019 (WCAG's principle Perceivable)."),
        "2": _tr("可操作性", note="A goal of GB/T 37668-2019 (WCAG's principle Operable)."),
        "3": _tr("可理解性", note="A goal of GB/T 37668-2019 (WCAG's principle Understandable)."),
        "4": _tr("兼容性", note="A goal of GB/T 37668-2019 (WCAG's principle Robust)."),
    }
    return principles.get(number, number)


_Template = Callable[[Mapping[str, Param]], str]

_FINDINGS: dict[str, _Template] = {
    "html-lang.present": lambda _: _tr(
        'lang="{value}"', note="{value}: the value written in the page, as it is."
    ),
    "html-lang.missing": lambda _: _tr("<html> 没有 lang 属性或为空。"),
    "html-lang-valid.valid": lambda _: _tr("“{value}”有效。", note="{value}: the page's language tag."),
    "html-lang-valid.invalid": lambda _: _tr(
        "“{value}”不是有效的语言代码。", note="{value}: the page's language tag."
    ),
    "page-title.missing": lambda _: _tr("页面没有 <title>。"),
    "page-title.present": lambda _: _tr("标题：{title}", note="{title}: the page's <title>, shortened."),
    "page-title.empty": lambda _: _tr("<title> 是空的。"),
    "refresh.allowed": lambda _: _tr("延迟 {delay} 秒。", note="{delay}: seconds before a page refreshes."),
    "refresh.delayed": lambda _: _tr(
        "页面在 {delay} 秒后自动刷新或跳转。", note="{delay}: seconds before the page refreshes."
    ),
    "refresh.immediate": lambda _: _tr("立即跳转。", note="A page that redirects at once, with no delay."),
    "meta-viewport.not-scalable": lambda _: _tr("禁止了缩放（user-scalable）。"),
    "meta-viewport.low-maximum": lambda _: _tr(
        "最大缩放 {maximum} 小于 2。", note="{maximum}: the viewport's maximum-scale, as written."
    ),
    "meta-viewport.not-scalable-low-maximum": lambda _: _tr(
        "禁止了缩放（user-scalable）；最大缩放 {maximum} 小于 2。",
        note="{maximum}: the viewport's maximum-scale, as written.",
    ),
    "meta-viewport.zoomable": lambda _: _tr("允许缩放。"),
    "care-entry.found": lambda _: _tr(
        "找到入口：{label}", note="{label}: the words of the accessibility or elder-care link found."
    ),
    "care-entry.script": lambda _: _tr("没有看到入口，但页面加载了无障碍工具条脚本，入口可能由脚本生成。"),
    "care-entry.missing": lambda _: _tr("页面上没有“无障碍”或“关怀版”入口。"),
    "hidden-injected-link.own-site": lambda _: _tr("隐藏的链接指向本站。"),
    "hidden-injected-link.external": lambda _: _tr(
        "隐藏的外部链接“{text}”指向 {host}，可能是被植入的垃圾链接。",
        note="{text}: the link's text; {host}: the other site's host name.",
    ),
    "name.present": lambda _: _tr(
        "名称：{name}", note="{name}: the element's accessible name, as found in the page."
    ),
    "name.missing.image": lambda _: _tr("图片没有名称。"),
    "name.missing.link": lambda _: _tr("链接没有名称。"),
    "name.missing.button": lambda _: _tr("按钮没有名称。"),
    "name.missing.image-button": lambda _: _tr("图片按钮没有名称。"),
    "name.missing.form-field": lambda _: _tr("表单字段没有名称。"),
    "name.missing.iframe": lambda _: _tr("内嵌框架没有名称。"),
    "name.missing.heading": lambda _: _tr("标题没有名称。", note="A heading of the page (h1–h6)."),
    "image-alt.decorative": lambda _: _tr("标为装饰图片。"),
    "image-alt-meaningless.placeholder": lambda _: _tr(
        "替代文本“{alt}”没有说明图片内容。", note="{alt}: the image's alt text, as found in the page."
    ),
    "image-alt-meaningless.file-name": lambda _: _tr(
        "替代文本“{alt}”是文件名。", note="{alt}: the image's alt text, as found in the page."
    ),
    "image-alt-meaningless.present": lambda _: _tr(
        "替代文本：{alt}", note="{alt}: the image's alt text, as found in the page."
    ),
    "link-vague.check-context": lambda _: _tr(
        "链接只写“{name}”；请确认上下文（{context}）能说明它通向哪里。",
        note="{name}: the link's text; {context}: the start of the sentence or list item around it.",
    ),
    "link-vague.check-description": lambda _: _tr(
        "链接只写“{name}”；请确认上下文（说明）能说明它通向哪里。",
        note="{name}: the link's text. The link has a description (title, aria-describedby) to check.",
    ),
    "link-vague.unclear": lambda _: _tr(
        "链接只写“{name}”，周围也没有说明它通向哪里的文字。", note="{name}: the link's text."
    ),
    "heading-order.skipped": lambda _: _tr(
        "标题从 {previous} 级跳到 {level} 级。", note="{previous}, {level}: heading levels (1 to 6)."
    ),
    "heading-order.level": lambda _: _tr("{level} 级标题。", note="{level}: a heading level (1 to 6)."),
    "th-has-data-cells.assigned": lambda _: _tr("表头有对应数据。"),
    "th-has-data-cells.unassigned": lambda _: _tr("这个表头下面（或这一行）没有数据单元格。"),
    "table-headers-attr.invalid": lambda _: _tr(
        "headers 中的 {ids} 不是本表格中的其他单元格。",
        note="{ids}: the ids the headers attribute names, already joined by the list separator.",
    ),
    "table-headers-attr.valid": lambda _: _tr("headers 正确。", note="headers is an HTML attribute."),
    "aria-hidden-focus.script-may-move": lambda _: _tr(
        "aria-hidden 区域中的 <{tag}> 可聚焦，但脚本可能会把焦点移走。", note="{tag}: an HTML tag name."
    ),
    "aria-hidden-focus.nothing-focusable": lambda _: _tr("其中没有可聚焦内容。"),
    "aria-hidden-focus.focusable": lambda _: _tr(
        "aria-hidden 区域中的 <{tag}> 可以用 Tab 键到达。", note="{tag}: an HTML tag name."
    ),
    "duplicate-id-aria.unique": lambda _: _tr("id “{id}”唯一。", note="{id}: an id used in the page."),
    "duplicate-id-aria.duplicated": lambda params: _trn(
        "被引用的 id “{id}”出现了 %n 次。", _count(params), note="{id}: an id used in the page."
    ),
    "media-autoplay.controls": lambda _: _tr("有播放控件可停止声音。"),
    "media-autoplay.short": lambda _: _tr("只播放 {seconds} 秒。", note="{seconds}: the clip's length."),
    "media-autoplay.nearby-buttons": lambda _: _tr("自动播放；附近有自制按钮，请确认能停止或静音。"),
    "media-autoplay.no-control": lambda _: _tr("自动播放声音且没有停止或静音的控件。"),
    "color-contrast.not-text": lambda _: _tr("不是文字内容（符号或图标）。"),
    "color-contrast.unknown-colour": lambda _: _tr(
        "无法确定颜色（{value}）。", note="{value}: the CSS value the check could not work out."
    ),
    "color-contrast.gradient": lambda _: _tr(
        "渐变背景上对比度在 {lowest}:1 到 {highest}:1 之间。", note="{lowest}, {highest}: contrast ratios."
    ),
    "color-contrast.background-image": lambda _: _tr(
        "与背景色的对比度为 {ratio}:1，但背景图片可能降低对比度。",
        note="{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).",
    ),
    "color-contrast.enough": lambda _: _tr(
        "对比度 {ratio}:1（正文需 {needed}:1）。",
        note="{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).",
    ),
    "color-contrast.enough-large": lambda _: _tr(
        "对比度 {ratio}:1（大字需 {needed}:1）。",
        note="{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).",
    ),
    "color-contrast.low": lambda _: _tr(
        "对比度只有 {ratio}:1，正文至少需要 {needed}:1。",
        note="{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).",
    ),
    "color-contrast.low-large": lambda _: _tr(
        "对比度只有 {ratio}:1，大字至少需要 {needed}:1。",
        note="{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).",
    ),
}
"""Finding code → its wording with ``{param}`` placeholders, translated when asked for."""

_CHECK: dict[str, _Template] = {
    "check.plain-text": lambda _: _tr("这是纯文本文件，没有可检查的网页标记。"),
    "check.attachment": lambda _: _tr("这是 PDF、DOCX、OFD 或 EPUB 文档，网页的无障碍检查不适用于它。"),
    "check.flattened": lambda _: _tr("网页标记嵌套超过 256 层，检查前已把深层部分展平。"),
    "check.rule-stopped": lambda _: _tr(
        "规则“{rule}”在这个网页上意外停止，它的结果没有列出。", note="{rule}: the title of a rule."
    ),
    "check.no-such-path": lambda _: _tr("没有这个文件或文件夹。"),
    "check.no-pages": lambda _: _tr("这个文件夹里没有保存的网页。"),
    "check.unreadable-folder": lambda _: _tr("无法读取这个文件夹。"),
    "check.internal-error": lambda _: _tr("检查程序内部出错。"),
    "check.crashed": lambda _: _tr("检查程序意外退出（崩溃或内存不足）。"),
}
"""The check's notes and reasons for not checking a page → their wording."""


def _count(params: Mapping[str, Param]) -> int:
    value = params.get("count", 0)
    return value if isinstance(value, int) else 0


def check_worded_codes() -> tuple[str, ...]:
    """Every code this module words (a test checks each code core can produce is among them)."""
    return (*_FINDINGS, *_CHECK)


def _fill(template: str, params: Mapping[str, Param]) -> str:
    try:
        return template.format(**display_params(params, list_separator()))
    except (KeyError, IndexError, ValueError):
        return template  # a translation naming a parameter the code lacks: show it unfilled


def finding_message(code: str, params: Mapping[str, Param]) -> str:
    """A finding's message in the interface language (a generic wording for a code this version lacks)."""
    template = _FINDINGS.get(code)
    if template is None:
        return _tr("（这一项没有说明。）", note="A finding whose message this version cannot word.")
    return _fill(template(params), params)


def check_text(message: Message | None) -> str:
    """A note of the check, or why a page could not be checked, in the interface language; a reason of
    the loader's (the file vanished or changed after it was opened) as the window words it on opening,
    and none generally."""
    template = _CHECK.get(message.code) if message is not None else None
    if template is None and message is not None and message.code.startswith(("load.", "error.")):
        from reader.ui.strings.errors import error_text  # the loader's reasons, worded as on opening

        return error_text(message)
    if template is None:
        return _tr("无法读取这个文件。", note="Why a page could not be checked: it could not be read.")
    assert message is not None
    params = dict(message.params)
    if "rule" in params:
        params["rule"] = rule_title(str(params["rule"]))  # an id in core: its title here
    return _fill(template(params), params)
