"""The barrier-free toolbar and the display settings: sound, rate, point-and-read, 简/繁, colour
schemes, pointer, crosshair, caption, line focus, text only, presets, shortcut schemes, interface
language, and the status messages and settings problems they report.
"""

from __future__ import annotations

from reader.ui.strings.base import Control, _tr


def sound() -> Control:
    return Control(
        _tr("声音(&S)"), _tr("声音 Sound"), _tr("朗读声音开关 Reading aloud on or off"), _tr("声音")
    )


def speech_rate() -> Control:
    return Control(
        _tr("语速(&E)"), _tr("语速 Speech rate"), _tr("朗读的快慢 How fast text is read"), _tr("语速")
    )


def point_read() -> Control:
    return Control(
        _tr("指读(&P)"),
        _tr("指读 Point and read"),
        _tr("读出鼠标指向的文字 Read the text under the pointer"),
        _tr("指读"),
    )


def continuous_read() -> Control:
    return Control(
        _tr("连读(&A)"),
        _tr("连读 Read all"),
        _tr("从光标处一直读下去 Read on from the caret"),
        _tr("连读"),
    )


def convert_script() -> Control:
    return Control(
        _tr("简/繁(&J)"),
        _tr("简繁转换 Simplified or traditional"),
        _tr("在简体字和繁体字之间转换 Switch between simplified and traditional characters"),
        _tr("简/繁"),
    )


def _conversion_entries() -> dict[str, tuple[str, str, str]]:
    # Built on each call (not at import) so the strings go through the translator installed at start.
    return {
        "none": (
            _tr("原文(&0)"),
            _tr("原文 Original text"),
            _tr("不转换，显示原来的字 Show the text as written"),
        ),
        "t2s": (
            _tr("简体中文(&1)"),
            _tr("简体中文 Simplified Chinese"),
            _tr("转换成简体字 Convert to simplified characters"),
        ),
        "s2t": (
            _tr("繁體中文(&2)"),
            _tr("繁體中文 Traditional Chinese"),
            _tr("转换成繁体字 Convert to traditional characters"),
        ),
        "s2tw": (
            _tr("台灣正體(&3)"),
            _tr("台灣正體 Taiwan traditional"),
            _tr("转换成台湾正体字 Convert to Taiwan's characters"),
        ),
        "s2twp": (
            _tr("台灣正體（詞彙）(&4)"),
            _tr("台灣正體（詞彙） Taiwan traditional with Taiwan words"),
            _tr("转换成台湾正体字和台湾用词 Convert to Taiwan's characters and words"),
        ),
        "s2hk": (
            _tr("香港繁體(&5)"),
            _tr("香港繁體 Hong Kong traditional"),
            _tr("转换成香港繁体字 Convert to Hong Kong's characters"),
        ),
    }


def conversion_entry(key: str) -> Control:
    """An entry of the 简/繁 menu (``key``: ``none`` or an OpenCC config)."""
    return Control(*_conversion_entries()[key])


def conversion_progress(percent: int) -> str:
    return _tr("正在转换简繁：{percent}% Converting: {percent}%").format(percent=percent)


def conversion_done(name: str) -> str:
    # ``name`` is already bilingual (the accessible name of the menu entry): say it once.
    return _tr("已显示：{name}").format(name=name)


def unknown_conversion(config: str, valid: str) -> str:
    return _tr("未知的简繁转换 {config!r}；可用的有 unknown conversion; valid: {valid}").format(
        config=config, valid=valid
    )


def unavailable_name(control: Control) -> str:
    """Accessible name of a control whose feature comes in a later version."""
    return _tr("{name}（暂不可用 not available yet）").format(name=control.name)


def unavailable_description() -> str:
    return _tr(
        "此功能将在以后的版本中提供，现在还不能使用 This comes in a later version; it cannot be used yet"
    )


def unavailable_message(control: Control) -> str:
    """Said (status bar and screen reader) when an unavailable control is pressed."""
    return _tr("“{label}”暂不可用：将在以后的版本中提供。 {name} is not available yet.").format(
        label=control.button_text, name=control.name
    )


def scheme_menu() -> Control:
    return Control(
        _tr("配色(&C)"),
        _tr("配色 Colour scheme"),
        _tr("选择文字和背景的颜色 Choose the colours of text and background"),
        _tr("配色"),
    )


def scheme_entry(label: str) -> Control:
    return Control(label, label, _tr("使用配色：{label} Use this colour scheme").format(label=label))


def custom_scheme() -> Control:
    return Control(
        _tr("自定义(&U)…"),
        _tr("自定义配色 Custom colours"),
        _tr("自己选择颜色，并检查是否看得清 Choose your own colours, checked for readability"),
    )


def pointer() -> Control:
    return Control(
        _tr("大鼠标(&M)"),
        _tr("大鼠标指针 Big pointer"),
        _tr("依次切换：关、两倍、三倍 Cycle through off, twice and three times the size"),
        _tr("光标"),
    )


def pointer_state(mode: str) -> str:
    """Button text of the pointer button showing its state in words, not colour."""
    return {"off": _tr("光标 关"), "2x": _tr("光标 2倍"), "3x": _tr("光标 3倍")}.get(mode, _tr("光标"))


def pointer_size_entry(mode: str) -> Control:
    labels = {
        "off": (_tr("普通指针(&N)"), _tr("普通指针 Normal pointer")),
        "2x": (_tr("两倍大(&2)"), _tr("两倍大指针 Pointer twice the size")),
        "3x": (_tr("三倍大(&3)"), _tr("三倍大指针 Pointer three times the size")),
    }
    label, name = labels[mode]
    return Control(label, name, _tr("鼠标指针的大小 Size of the mouse pointer"))


def pointer_menu() -> Control:
    return Control(
        _tr("鼠标指针(&M)"), _tr("鼠标指针 Mouse pointer"), _tr("指针的大小和颜色 Pointer size and colour")
    )


def pointer_colour() -> Control:
    return Control(
        _tr("白色指针(&W)"),
        _tr("白色指针 White pointer"),
        _tr("大鼠标用白色（否则黑色），都带描边 White big pointer instead of black; both are outlined"),
    )


def crosshair() -> Control:
    return Control(
        _tr("十字线(&X)"),
        _tr("十字线 Crosshair"),
        _tr("穿过鼠标指针的横线和竖线，帮助找到指针 Lines through the pointer to help find it"),
        _tr("十字线"),
    )


def caption() -> Control:
    return Control(
        _tr("大字幕(&B)"),
        _tr("大字幕 Caption strip"),
        _tr(
            "在窗口底部用特大字显示光标或鼠标所在的句子 "
            "Show the sentence at the caret or pointer in huge text at the bottom"
        ),
        _tr("大字幕"),
    )


def caption_top() -> Control:
    return Control(
        _tr("字幕放在顶部(&O)"),
        _tr("字幕放在顶部 Caption at the top"),
        _tr("把大字幕移到窗口顶部 Move the caption strip to the top of the window"),
    )


def text_only() -> Control:
    return Control(
        _tr("纯文本(&T)"),
        _tr("纯文本 Text only"),
        _tr("只显示正文（按下），或显示整页文字 Show only the article (pressed) or the whole page"),
        _tr("纯文本"),
    )


def reset_display() -> Control:
    return Control(
        _tr("恢复默认(&D)"),
        _tr("重置 Reset display"),
        _tr(
            "文字、配色和阅读辅助都恢复默认设置 Return text, colours and reading aids to the default settings"
        ),
        _tr("重置"),
    )


def help_shortcuts() -> Control:
    return Control(
        _tr("键盘快捷键(&K)…"),
        _tr("帮助：键盘快捷键 Help: keyboard shortcuts"),
        _tr("列出所有操作和它们的快捷键 List every action and its shortcut keys"),
        _tr("帮助"),
    )


def more_menu() -> Control:
    return Control(
        _tr("更多(&R)"),
        _tr("更多 More"),
        _tr("行聚焦、文字设置、长者模式和其他设置 Line focus, text settings, elder mode and more"),
        _tr("更多"),
    )


def line_focus() -> Control:
    return Control(
        _tr("行聚焦(&F)"),
        _tr("行聚焦 Line focus"),
        _tr(
            "只突出光标附近的几行，其余变暗；依次切换 关、1、3、5 行 "
            "Dim all but a few lines around the caret; cycles off, 1, 3, 5 lines"
        ),
        _tr("行聚焦"),
    )


def line_focus_up() -> Control:
    return Control(
        _tr("行聚焦上移(&U)"),
        _tr("行聚焦上移 Line focus up"),
        _tr("把突出的几行向上移一行 Move the focused lines up by one"),
    )


def line_focus_down() -> Control:
    return Control(
        _tr("行聚焦下移(&D)"),
        _tr("行聚焦下移 Line focus down"),
        _tr("把突出的几行向下移一行 Move the focused lines down by one"),
    )


def line_focus_entry(lines: int) -> Control:
    if lines == 0:
        return Control(_tr("关闭(&0)"), _tr("行聚焦关闭 Line focus off"), _tr("不变暗 Nothing dimmed"))
    return Control(
        _tr("{n} 行(&{n})").format(n=lines),
        _tr("行聚焦 {n} 行 Line focus, {n} lines").format(n=lines),
        _tr("突出 {n} 行，其余变暗 Show {n} lines, dim the rest").format(n=lines),
    )


def line_focus_state(lines: int) -> str:
    return _tr("行聚焦 关") if lines == 0 else _tr("行聚焦 {n}行").format(n=lines)


def text_settings() -> Control:
    return Control(
        _tr("文字设置(&T)…"),
        _tr("文字设置 Text settings"),
        _tr(
            "字号、行距、字距、段距、每行字数、字体、粗体和对齐 "
            "Size, line spacing, letter spacing, paragraph spacing, line width, font, bold and alignment"
        ),
        _tr("文字"),
    )


def big_toolbar() -> Control:
    return Control(
        _tr("大工具栏(&G)"),
        _tr("大工具栏 Big toolbar"),
        _tr("工具栏按钮更大 Larger toolbar buttons"),
    )


def elder_mode() -> Control:
    return Control(
        _tr("长者模式(&E)"),
        _tr("长者模式 Elder mode"),
        _tr(
            "适老化：正文 22 磅、1.5 倍行距、更大段距、大鼠标、大工具栏 "
            "Age-friendly: 22 pt text, 1.5 line spacing, wider paragraph gaps, big pointer, big toolbar"
        ),
    )


def low_vision_mode() -> Control:
    return Control(
        _tr("低视力模式(&L)"),
        _tr("低视力模式 Low vision"),
        _tr("32 磅黄字黑底，行聚焦 3 行 32 pt yellow on black text with three lines in focus"),
    )


def aids_menu() -> Control:
    return Control(
        _tr("阅读辅助(&I)"),
        _tr("阅读辅助 Reading aids"),
        _tr("大鼠标、十字线、行聚焦、大字幕 Big pointer, crosshair, line focus, caption strip"),
    )


def shortcut_preset_menu() -> Control:
    return Control(
        _tr("快捷键方案(&K)"),
        _tr("快捷键方案 Shortcut keys"),
        _tr(
            "门户网站式 Alt+Shift 键，或本程序的 Ctrl 键 "
            "Portal-style Alt+Shift keys or the reader's Ctrl keys"
        ),
    )


def interface_language_menu() -> Control:
    return Control(
        _tr("界面语言(&N)"),
        _tr("界面语言 Interface language"),
        _tr("菜单和提示使用的语言，下次启动时生效 Language of menus and messages, from the next start"),
    )


def _interface_languages() -> dict[str, tuple[str, str, str]]:
    # Language names are written in their own language, as language menus usually are.
    return {
        "system": (
            _tr("跟随系统(&S)"),
            _tr("跟随系统 Follow the system"),
            _tr("使用电脑的语言 Use the computer's language"),
        ),
        "zh_CN": (
            _tr("简体中文(&C)"),
            _tr("简体中文 Simplified Chinese"),
            _tr("简体中文界面 Simplified Chinese interface"),
        ),
        "zh_TW": (
            _tr("繁體中文（台灣）(&T)"),
            _tr("繁體中文（台灣） Traditional Chinese (Taiwan)"),
            _tr("台湾正体界面 Taiwan interface"),
        ),
        "zh_HK": (
            _tr("繁體中文（香港）(&H)"),
            _tr("繁體中文（香港） Traditional Chinese (Hong Kong)"),
            _tr("香港繁体界面 Hong Kong interface"),
        ),
        "en": (_tr("English (&E)"), _tr("English 英文"), _tr("英文界面 English interface")),
    }


def interface_language_entry(code: str) -> Control:
    """An entry of View ▸ 界面语言 (``code``: ``system`` or a Qt locale name)."""
    return Control(*_interface_languages()[code])


def interface_language_later() -> str:
    return _tr(
        "界面语言将在下次启动阅读器时更改 The interface language changes the next time the reader starts"
    )


def shortcut_preset_entry(preset: str) -> Control:
    if preset == "portal":
        return Control(
            _tr("门户网站式 Alt+Shift(&P)"),
            _tr("门户网站式快捷键 Portal-style keys"),
            _tr("和政府网站无障碍工具条一样用 Alt 键 Alt keys as on government sites' toolbars"),
        )
    return Control(
        _tr("程序式 Ctrl(&C)"),
        _tr("程序式快捷键 Application keys"),
        _tr("用 Ctrl 键的常见组合 The usual Ctrl key combinations"),
    )


def presets_menu() -> Control:
    return Control(
        _tr("预设(&P)"),
        _tr("预设 Presets"),
        _tr("长者模式、低视力模式、恢复默认 Elder mode, low vision, defaults"),
    )


def text_menu() -> Control:
    return Control(_tr("文字(&X)"), _tr("文字 Text"), _tr("文字大小和排版 Text size and layout"))


def settings_problems_title() -> str:
    return _tr("设置有问题 Settings problem")


def settings_problems(count: int) -> str:
    return _tr(
        "设置中有 {count} 处问题已用默认值代替。 {count} setting(s) could not be used; defaults taken."
    ).format(count=count)


def settings_problems_detail(problems: list[str]) -> str:
    return _tr("读取设置时发现以下问题，已自动改正，阅读器照常使用：\n\n{items}").format(
        items="\n".join(f"• {p}" for p in problems)
    )


def settings_save_failed(reason: str) -> str:
    return _tr("无法保存设置：{reason} Could not save the settings: {reason}").format(reason=reason)


def high_contrast_status(label: str) -> str:
    return _tr("系统要求高对比度，已使用配色：{label}").format(label=label)


def theme_status(label: str) -> str:
    return _tr("配色：{label}").format(label=label)


def size_status(points: float) -> str:
    return _tr("字号 {size} 磅 Text size {size} pt").format(size=f"{points:g}")


def toggled_status(control: Control, is_on: bool) -> str:
    return (_tr("{name}：开") if is_on else _tr("{name}：关")).format(name=control.name)


def preset_status(control: Control) -> str:
    return _tr("已应用：{name}").format(name=control.name)
