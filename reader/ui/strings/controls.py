"""The barrier-free toolbar and the display settings: sound, rate, point-and-read, 简/繁, colour
schemes, pointer, crosshair, caption, line focus, text only, presets, shortcut schemes, interface
language, and the status messages and settings problems they report.
"""

from __future__ import annotations

from reader.ui.strings.base import Control, plural_translator, translator

_tr = translator("Toolbar")
_trn = plural_translator("Toolbar")


def sound() -> Control:
    return Control(_tr("声音(&S)"), _tr("朗读声音开关"))


def speech_rate() -> Control:
    return Control(_tr("语速(&E)"), _tr("朗读的快慢"))


def point_read() -> Control:
    return Control(
        _tr("指读(&P)"),
        _tr("读出鼠标指向的文字"),
    )


def continuous_read() -> Control:
    return Control(
        _tr("连读(&A)"),
        _tr("从光标处一直读下去"),
    )


def convert_script() -> Control:
    return Control(
        _tr("简/繁(&J)"),
        _tr("在简体字和繁体字之间转换"),
    )


def _conversion_entries() -> dict[str, tuple[str, str]]:
    # Built on each call (not at import) so the strings go through the translator installed at start.
    return {
        "none": (_tr("原文(&0)"), _tr("不转换，显示原来的字")),
        "t2s": (_tr("简体中文(&1)"), _tr("转换成简体字")),
        "s2t": (_tr("繁體中文(&2)"), _tr("转换成繁体字")),
        "s2tw": (_tr("台灣正體(&3)"), _tr("转换成台湾正体字")),
        "s2twp": (_tr("台灣正體（詞彙）(&4)"), _tr("转换成台湾正体字和台湾用词")),
        "s2hk": (_tr("香港繁體(&5)"), _tr("转换成香港繁体字")),
    }


def conversion_entry(key: str) -> Control:
    """An entry of the 简/繁 menu (``key``: ``none`` or an OpenCC config)."""
    return Control(*_conversion_entries()[key])


def conversion_progress(percent: int) -> str:
    return _tr("正在转换简繁：{percent}%").format(percent=percent)


def conversion_done(name: str) -> str:
    # ``name`` is already bilingual (the accessible name of the menu entry): say it once.
    return _tr("已显示：{name}").format(name=name)


def unknown_conversion(config: str, valid: str) -> str:
    return _tr("未知的简繁转换 {config!r}；可用的有：{valid}").format(config=config, valid=valid)


def unavailable_name(control: Control) -> str:
    """Accessible name of a control whose feature comes in a later version."""
    return _tr("{name}（暂不可用）").format(name=control.name)


def unavailable_description() -> str:
    return _tr("此功能将在以后的版本中提供，现在还不能使用")


def unavailable_message(control: Control) -> str:
    """Said (status bar and screen reader) when an unavailable control is pressed."""
    return _tr("“{name}”暂不可用：将在以后的版本中提供。").format(
        label=control.button_text, name=control.name
    )


def scheme_menu() -> Control:
    return Control(
        _tr("配色(&C)"),
        _tr("选择文字和背景的颜色"),
    )


def theme_label(name: str, fallback: str) -> str:
    """The shown name of colour scheme ``name`` in the interface language (``fallback``: the core's)."""
    labels = {
        "default": _tr("跟随系统", note="A colour scheme: the system's own colours."),
        "black-on-white": _tr("黑字白底"),
        "white-on-black": _tr("白字黑底"),
        "yellow-on-black": _tr("黄字黑底"),
        "black-on-yellow": _tr("黑字黄底"),
        "yellow-on-blue": _tr("黄字蓝底"),
        "white-on-blue": _tr("白字蓝底"),
        "black-on-cream": _tr("黑字米黄底"),
        "custom": _tr("自定义颜色"),
    }
    return labels.get(name, fallback)


def scheme_entry(label: str) -> Control:
    return Control(label, _tr("使用配色：{label}").format(label=label))


def custom_scheme() -> Control:
    return Control(
        _tr("自定义(&U)…"),
        _tr("自己选择颜色，并检查是否看得清"),
    )


def pointer() -> Control:
    return Control(
        _tr("大鼠标(&M)"),
        _tr("依次切换：关、两倍、三倍"),
    )


def pointer_state(mode: str) -> str:
    """Button text of the pointer button showing its state in words, not colour."""
    states = {"off": _tr("大鼠标 关"), "2x": _tr("大鼠标 2倍"), "3x": _tr("大鼠标 3倍")}
    return states.get(mode, pointer().name)


def pointer_size_entry(mode: str) -> Control:
    labels = {
        "off": _tr("普通指针(&N)"),
        "2x": _tr("两倍大(&2)"),
        "3x": _tr("三倍大(&3)"),
    }
    return Control(labels[mode], _tr("鼠标指针的大小"))


def pointer_menu() -> Control:
    return Control(_tr("鼠标指针(&M)"), _tr("指针的大小和颜色"))


def pointer_colour() -> Control:
    return Control(
        _tr("白色指针(&W)"),
        _tr("大鼠标用白色（否则黑色），都带描边"),
    )


def crosshair() -> Control:
    return Control(
        _tr("十字线(&X)"),
        _tr("穿过鼠标指针的横线和竖线，帮助找到指针"),
    )


def caption() -> Control:
    return Control(
        _tr("大字幕(&B)"),
        _tr("在窗口底部用特大字显示光标或鼠标所在的句子"),
    )


def caption_top() -> Control:
    return Control(
        _tr("字幕放在顶部(&O)"),
        _tr("把大字幕移到窗口顶部"),
    )


def text_only() -> Control:
    return Control(
        _tr("纯文本(&T)"),
        _tr("只显示正文（按下），或显示整页文字"),
    )


def reset_display() -> Control:
    return Control(
        _tr("恢复默认(&D)"),
        _tr("文字、配色和阅读辅助都恢复默认设置"),
    )


def help_shortcuts() -> Control:
    return Control(
        _tr("快捷键(&K)…"),
        _tr("列出所有操作和它们的快捷键"),
    )


def more_menu() -> Control:
    return Control(
        _tr("更多(&R)"),
        _tr("行聚焦、文字设置、长者模式和其他设置"),
    )


def line_focus() -> Control:
    return Control(
        _tr("行聚焦(&F)"),
        _tr("只突出光标附近的几行，其余变暗；依次切换 关、1、3、5 行"),
    )


def line_focus_up() -> Control:
    return Control(
        _tr("行聚焦上移(&U)"),
        _tr("把突出的几行向上移一行"),
    )


def line_focus_down() -> Control:
    return Control(
        _tr("行聚焦下移(&D)"),
        _tr("把突出的几行向下移一行"),
    )


def line_focus_entry(lines: int) -> Control:
    if lines == 0:
        return Control(_tr("关闭(&0)"), _tr("不变暗"))
    return Control(
        _tr("{n} 行(&{n})").format(n=lines),
        _tr("突出 {n} 行，其余变暗").format(n=lines),
    )


def line_focus_state(lines: int) -> str:
    return _tr("行聚焦 关") if lines == 0 else _tr("行聚焦 {n}行").format(n=lines)


def text_settings() -> Control:
    return Control(
        _tr("文字设置(&T)…"),
        _tr("字号、行距、字距、段距、每行字数、字体、粗体和对齐"),
    )


def big_toolbar() -> Control:
    return Control(
        _tr("大工具栏(&G)"),
        _tr("工具栏按钮更大"),
    )


def elder_mode() -> Control:
    return Control(
        _tr("长者模式(&E)"),
        _tr("适老化：正文 22 磅、1.5 倍行距、更大段距、大鼠标、大工具栏"),
    )


def low_vision_mode() -> Control:
    return Control(
        _tr("低视力模式(&L)"),
        _tr("32 磅黄字黑底，行聚焦 3 行"),
    )


def aids_menu() -> Control:
    return Control(
        _tr("阅读辅助(&I)"),
        _tr("大鼠标、十字线、行聚焦、大字幕"),
    )


def shortcut_preset_menu() -> Control:
    return Control(
        _tr("快捷键方案(&K)"),
        _tr("门户网站式 Alt+Shift 键，或本程序的 Ctrl 键"),
    )


def interface_language_menu() -> Control:
    return Control(
        _tr("界面语言(&N)"),
        _tr("菜单和提示使用的语言，下次启动时生效"),
    )


def _interface_languages() -> dict[str, tuple[str, str]]:
    # Language names are written in their own language, as language menus usually are.
    return {
        "system": (_tr("跟随系统(&S)"), _tr("使用电脑的语言")),
        "zh_CN": (_tr("简体中文(&C)"), _tr("简体中文界面")),
        "zh_TW": (_tr("繁體中文（台灣）(&T)"), _tr("台湾正体界面")),
        "zh_HK": (_tr("繁體中文（香港）(&H)"), _tr("香港繁体界面")),
        "en": (_tr("English (&E)"), _tr("英文界面")),
    }


def interface_language_entry(code: str) -> Control:
    """An entry of View ▸ 界面语言 (``code``: ``system`` or a Qt locale name)."""
    return Control(*_interface_languages()[code])


def interface_language_later() -> str:
    return _tr("界面语言将在下次启动阅读器时更改")


def shortcut_preset_entry(preset: str) -> Control:
    if preset == "portal":
        return Control(
            _tr("门户网站式"),
            _tr("和政府网站无障碍工具条一样用 Alt 键"),
        )
    return Control(
        _tr("程序式"),
        _tr("用 Ctrl 键的常见组合"),
    )


def presets_menu() -> Control:
    return Control(
        _tr("预设(&P)"),
        _tr("长者模式、低视力模式、恢复默认"),
    )


def text_menu() -> Control:
    return Control(_tr("文字(&X)"), _tr("文字大小和排版"))


def settings_problems_title() -> str:
    return _tr("设置有问题")


def settings_problems(count: int) -> str:
    return _trn("设置中有 %n 处问题已用默认值代替。", count)


def settings_problems_detail(problems: list[str]) -> str:
    return _tr("读取设置时发现以下问题，已自动改正，阅读器照常使用：\n\n{items}").format(
        items="\n".join(f"• {p}" for p in problems)
    )


def high_contrast_status(label: str) -> str:
    return _tr("系统要求高对比度，已使用配色：{label}").format(label=label)


def theme_status(label: str) -> str:
    return _tr("配色：{label}").format(label=label)


def size_status(points: float) -> str:
    return _tr("字号 {size} 磅").format(size=f"{points:g}")


def toggled_status(control: Control, is_on: bool) -> str:
    return (_tr("{name}：开") if is_on else _tr("{name}：关")).format(name=control.name)


def preset_status(control: Control) -> str:
    return _tr("已应用：{name}").format(name=control.name)
