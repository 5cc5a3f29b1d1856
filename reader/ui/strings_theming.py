"""User-visible strings of the colour schemes and the custom scheme editor (DRAFT, merged into
``strings.py`` later).

Same conventions as :mod:`reader.ui.strings`: Simplified Chinese source strings through Qt's translation
function, menu and button labels with ``&`` mnemonics, bilingual accessible names and descriptions.
Contrast verdicts are words ("通过 AAA", "仅 AA", "不足"), never a colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.contrast import AA_TEXT, AAA_TEXT
from reader.ui.strings import Control

_CONTEXT = "reader"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def scheme_menu() -> Control:
    return Control(
        _tr("配色(&C)"),
        _tr("配色 Colour scheme"),
        _tr("选择文字和背景的颜色 Choose the colours of text and background"),
    )


def custom_scheme() -> Control:
    return Control(
        _tr("自定义配色(&U)…"),
        _tr("自定义配色 Custom colours"),
        _tr(
            "自己选择文字、背景、链接、高亮和焦点框的颜色 Choose your own text, background, link, "
            "highlight and focus colours"
        ),
    )


def scheme_dialog_title() -> str:
    return _tr("自定义配色")


def scheme_dialog() -> Control:
    return Control(
        _tr("自定义配色"),
        _tr("自定义配色 Custom colours"),
        _tr(
            "为每种颜色输入 #rrggbb 或按“选择”，下方显示预览和对比度 "
            "Type #rrggbb for each colour or press Choose; the preview and contrast are shown below"
        ),
    )


ROLE_KEYS = ("text", "background", "link", "highlight", "focus")
"""The colours the editor offers, in its order."""


def _roles() -> dict[str, Control]:
    # Literal _tr calls, so the translation tools find every string.
    return {
        "text": Control(
            _tr("文字颜色(&T)"), _tr("文字颜色 Text colour"), _tr("正文文字的颜色 Colour of the body text")
        ),
        "background": Control(
            _tr("背景颜色(&B)"), _tr("背景颜色 Background colour"), _tr("页面背景的颜色 Colour of the page")
        ),
        "link": Control(
            _tr("链接颜色(&L)"),
            _tr("链接颜色 Link colour"),
            _tr("链接文字的颜色，链接总带下划线 Colour of links, which are always underlined"),
        ),
        "highlight": Control(
            _tr("朗读高亮颜色(&H)"),
            _tr("朗读高亮颜色 Highlight colour"),
            _tr("正在朗读的句子的底色 Background of the sentence being read aloud"),
        ),
        "focus": Control(
            _tr("焦点框颜色(&F)"),
            _tr("焦点框颜色 Focus ring colour"),
            _tr("键盘焦点所在控件的边框颜色 Colour of the frame around the control with keyboard focus"),
        ),
    }


def colour_field(role: str) -> Control:
    """The hex entry of one colour: label (with mnemonic), accessible name and description."""
    return _roles()[role]


def _short(role: str) -> str:
    """The Chinese half of a colour's name, e.g. "文字颜色"."""
    return _roles()[role].name.split(" ")[0]


def choose_colour(role: str) -> Control:
    """The button that opens the colour picker for ``role``."""
    return Control(
        _tr("选择…"),
        _tr("选择{colour} Choose {colour}").format(colour=_short(role)),
        _tr("打开颜色选择器 Open the colour picker"),
    )


def colour_dialog_title(role: str) -> str:
    return _tr("选择{colour}").format(colour=_short(role))


def preview() -> Control:
    return Control(
        _tr("预览"),
        _tr("配色预览 Preview"),
        _tr("用所选颜色显示的示例文字 Sample text in the chosen colours"),
    )


def preview_html(text: str, background: str, link: str, highlight: str, focus: str) -> str:
    """A sample paragraph in the chosen colours: body text, an underlined link, a highlighted sentence."""
    sample = _tr(
        "<p>这是正文文字。<a href='#'><u>这是一个链接</u></a>。"
        "<span>这是正在朗读的句子。</span>这是下一句。</p>"
    )
    return (
        sample.replace("<a href='#'>", f"<a href='#' style='color:{link}'>")
        .replace("<span>", f"<span style='background-color:{highlight}; color:{background}'>")
        .replace("<p>", f"<p style='color:{text}'>")
    )


PAIR_KEYS = ("text", "link", "highlight", "focus")
"""The pairs whose contrast the editor shows: each colour against the background."""


def _pair_name(pair: str) -> str:
    return {
        "text": _tr("文字/背景 text/background"),
        "link": _tr("链接/背景 link/background"),
        "highlight": _tr("高亮/背景 highlight/background"),
        "focus": _tr("焦点框/背景 focus/background"),
    }[pair]


def verdict(ratio: float) -> str:
    """The contrast in words: 通过 AAA (≥ 7:1), 仅 AA (≥ 4.5:1), 不足 (below)."""
    if ratio >= AAA_TEXT:
        return _tr("通过 AAA")
    if ratio >= AA_TEXT:
        return _tr("仅 AA")
    return _tr("不足")


def pair_contrast(pair: str, ratio: float) -> str:
    """One line of the contrast table, e.g. "文字/背景 text/background：12.63:1 通过 AAA"."""
    return _tr("{pair}：{ratio}:1 {verdict}").format(
        pair=_pair_name(pair), ratio=f"{ratio:.2f}", verdict=verdict(ratio)
    )


def contrast_heading() -> Control:
    return Control(
        _tr("对比度"),
        _tr("对比度 Contrast"),
        _tr(
            "每对颜色的对比度，至少 4.5:1，最好 7:1 以上 "
            "Contrast of each pair: at least 4.5:1, best 7:1 or more"
        ),
    )


def not_a_colour(role: str) -> str:
    return _tr("{name}：请输入 #rrggbb 形式的颜色 Type a colour as #rrggbb").format(
        name=colour_field(role).name
    )


def save_refused() -> str:
    return _tr("不能保存：文字与背景的对比度低于 4.5:1。 Cannot save: text contrast is below 4.5:1.")


def weak_contrast() -> str:
    return _tr("注意：对比度低于 7:1，部分读者可能看不清。 Note: contrast below 7:1 may be hard to read.")


def all_good() -> str:
    return _tr("所有颜色的对比度都达到 7:1。 Every colour reaches 7:1.")


def save() -> Control:
    return Control(_tr("保存(&S)"), _tr("保存 Save"), _tr("使用并保存这些颜色 Use and keep these colours"))


def cancel() -> Control:
    return Control(
        _tr("取消"), _tr("取消 Cancel"), _tr("不改变配色，关闭对话框 Close without changing the colours")
    )


def messages_area() -> Control:
    return Control(
        _tr("提示"),
        _tr("提示 Messages"),
        _tr("颜色的问题和建议 Problems and advice about the colours"),
    )
