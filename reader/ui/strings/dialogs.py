"""The settings dialogs: text settings, keyboard shortcuts, and the custom colour scheme editor with
its contrast check.
"""

from __future__ import annotations

from reader.core.contrast import AA_TEXT, AAA_TEXT
from reader.ui.strings.base import Control, translator

_tr = translator("Dialogs")

# --- the text settings dialog ---------------------------------------------------------------------


def text_dialog_title() -> str:
    return _tr("文字设置")


def font_size_field() -> Control:
    return Control(
        _tr("字号(&S)："),
        _tr("正文大小，12 到 120 磅，可直接输入"),
    )


def line_spacing_field() -> Control:
    return Control(
        _tr("行距(&L)："),
        _tr("行与行的距离，1.0 到 3.0 倍"),
    )


def letter_spacing_field() -> Control:
    return Control(
        _tr("字距(&E)："),
        _tr("字与字之间多留的空隙，以字宽计"),
    )


def paragraph_spacing_field() -> Control:
    return Control(
        _tr("段距(&P)："),
        _tr("段与段的距离，按行距的倍数"),
    )


def line_width_field() -> Control:
    return Control(
        _tr("每行最多字数(&W)："),
        _tr("一行最多显示多少个汉字，正文居中；不限则随窗口宽度"),
    )


def no_limit() -> str:
    return _tr("不限")


def font_family_field() -> Control:
    return Control(
        _tr("字体(&F)："),
        _tr("已安装的字体，中文字体在前"),
    )


def automatic_font() -> str:
    return _tr("自动（中文黑体）")


def bold_field() -> Control:
    return Control(_tr("粗体(&B)"), _tr("正文全部加粗"))


def alignment_field() -> Control:
    return Control(_tr("对齐(&A)："), _tr("文字行怎样排齐"))


def alignment_choices() -> dict[str, str]:
    return {"left": _tr("左对齐"), "justify": _tr("两端对齐"), "center": _tr("居中")}


def preview_field() -> Control:
    return Control(
        _tr("预览(&V)："),
        _tr("按当前设置显示的示例文字"),
    )


def preview_text() -> str:
    return _tr(
        "<h2>示例标题</h2><p>5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。中心为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。</p><p>老人们说：“在家门口就能吃上热乎饭，真方便！”"
    )


# --- the keyboard shortcuts dialog ------------------------------------------------------------------


def shortcuts_dialog_title() -> str:
    return _tr("键盘快捷键")


def shortcuts_filter() -> Control:
    return Control(
        _tr("查找(&F)："),
        _tr("输入操作名称或按键来筛选下表"),
    )


def shortcuts_table() -> Control:
    return Control(
        "",
        _tr("每行一个操作：名称、当前方案的按键、另一方案的按键"),
        spoken=_tr("快捷键表"),
    )


def shortcuts_headers(current: str, other: str) -> list[str]:
    return [_tr("操作"), _tr("按键（{p}）").format(p=current), _tr("另一方案（{p}）").format(p=other)]


def preset_short_name(preset: str) -> str:
    return _tr("门户网站式") if preset == "portal" else _tr("程序式")


def shortcuts_explanation(preset: str) -> str:
    return _tr(
        "当前方案：{p}。门户网站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；"
        "Ctrl+=、Ctrl+-、Ctrl+0、F1 两种方案都能用。可在“查看 ▸ 快捷键方案”中切换。"
    ).format(p=preset_short_name(preset))


def no_shortcut() -> str:
    return _tr("（无）")


def close_button() -> str:
    return _tr("关闭")


def ok_button() -> str:
    return _tr("确定")


def cancel_button() -> str:
    return _tr("取消")


def restore_defaults_button() -> str:
    return _tr("恢复默认(&D)")


# Colour schemes and the custom scheme editor


def scheme_dialog_title() -> str:
    return _tr("自定义配色")


def scheme_dialog() -> Control:
    return Control(
        _tr("自定义配色"),
        _tr("为每种颜色输入 #rrggbb 或按“选择”，下方显示预览和对比度"),
    )


ROLE_KEYS = ("text", "background", "link", "highlight", "focus")


def _roles() -> dict[str, Control]:
    # Literal _tr calls, so the translation tools find every string.
    return {
        "text": Control(_tr("文字颜色(&T)"), _tr("正文文字的颜色")),
        "background": Control(_tr("背景颜色(&B)"), _tr("页面背景的颜色")),
        "link": Control(
            _tr("链接颜色(&L)"),
            _tr("链接文字的颜色，链接总带下划线"),
        ),
        "highlight": Control(
            _tr("朗读高亮颜色(&H)"),
            _tr("正在朗读的句子的底色"),
        ),
        "focus": Control(
            _tr("焦点框颜色(&F)"),
            _tr("键盘焦点所在控件的边框颜色"),
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
        _tr("打开颜色选择器"),
    )


def colour_dialog_title(role: str) -> str:
    return _tr("选择{colour}").format(colour=_short(role))


def preview() -> Control:
    return Control(
        _tr("预览"),
        _tr("用所选颜色显示的示例文字"),
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


def _pair_name(pair: str) -> str:
    """A pair of colours: the keys of :data:`PAIR_KEYS` and of ``reader.core.themes.CUSTOM_PAIRS``."""
    return {
        "text": _tr("文字/背景"),
        "link": _tr("链接/背景"),
        "highlight": _tr("高亮/背景"),
        "focus": _tr("焦点框/背景"),
        "highlight_text": _tr("高亮中的文字/高亮"),
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
        _tr("每对颜色的对比度，至少 4.5:1，最好 7:1 以上"),
    )


def not_a_colour(role: str) -> str:
    return _tr("{name}：请输入 #rrggbb 形式的颜色").format(name=colour_field(role).name)


def save_refused() -> str:
    return _tr("不能保存：文字与背景的对比度低于 4.5:1。")


def weak_contrast() -> str:
    return _tr("注意：对比度低于 7:1，部分读者可能看不清。")


def all_good() -> str:
    return _tr("所有颜色的对比度都达到 7:1。")


def save() -> Control:
    return Control(_tr("保存(&S)"), _tr("使用并保存这些颜色"))


def cancel() -> Control:
    return Control(_tr("取消"), _tr("不改变配色，关闭对话框"))


def messages_area() -> Control:
    return Control(
        _tr("提示"),
        _tr("颜色的问题和建议"),
    )
