"""Every user-visible string of the window, in one place, through Qt's translation function.

The source language is Simplified Chinese (the readers'); other languages come from ``.qm`` files later.
Accessible names and descriptions are bilingual ("阅读区 Reading view") so that a screen reader set to
either language, and a helper reading over the user's shoulder, both understand them. Nothing else in
``reader/ui`` writes a literal user string: widgets ask this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from reader.core.contrast import AA_TEXT, AAA_TEXT

_CONTEXT = "reader"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


APP_NAME = "accessible-reader"
"""Technical name (config folder, desktop file); not shown to users."""
ORGANISATION = "Accessible Reader"


def app_display_name() -> str:
    return _tr("无障碍阅读器")


def window_title(article_title: str) -> str:
    return _tr("{title} — 无障碍阅读器").format(title=article_title)


@dataclass(frozen=True, slots=True)
class Control:
    """What one control shows and says: menu/button label, accessible name, accessible description."""

    label: str
    """Visible text with its ``&`` mnemonic."""
    name: str
    """Accessible name, Chinese and English."""
    description: str
    """Accessible description (also the status tip), Chinese and English."""
    short: str = ""
    """Text under a toolbar button's icon (short, Chinese); the label without its mnemonic when empty."""

    @property
    def button_text(self) -> str:
        if self.short:
            return self.short
        return self.label.split("(&")[0].replace("&", "").rstrip("…")


def open_file() -> Control:
    return Control(
        _tr("打开(&O)…"), _tr("打开 Open"), _tr("打开一个保存的网页或文本文件 Open a saved page or text file")
    )


def recent_menu() -> Control:
    return Control(
        _tr("最近打开(&R)"),
        _tr("最近打开 Recent files"),
        _tr("重新打开最近读过的文件 Reopen a recently read file"),
    )


def clear_recent() -> Control:
    return Control(
        _tr("清除列表(&C)"),
        _tr("清除最近打开 Clear recent files"),
        _tr("清空最近打开的文件列表 Empty the recent files list"),
    )


def no_recent() -> str:
    return _tr("（没有最近打开的文件）")


def recent_entry(number: int, file_name: str) -> str:
    """Menu text of one recent file; the number is its keyboard mnemonic."""
    if number < 10:
        return _tr("&{number} {name}").format(number=number, name=file_name)
    return _tr("{number} {name}").format(number=number, name=file_name)


def recent_entry_description(path: str) -> str:
    return _tr("打开 {path} Open {path}").format(path=path)


def quit_app() -> Control:
    return Control(_tr("退出(&Q)"), _tr("退出 Quit"), _tr("关闭阅读器 Close the reader"))


def show_article() -> Control:
    return Control(_tr("文章(&A)"), _tr("文章 Article"), _tr("只显示正文 Show only the article text"))


def show_whole_page() -> Control:
    return Control(
        _tr("整页(&W)"),
        _tr("整页 Whole page"),
        _tr("显示网页的全部文字，包括导航和页脚 Show all of the page's text, navigation and footer included"),
    )


def larger_text() -> Control:
    return Control(
        _tr("放大文字(&L)"),
        _tr("放大 Larger text"),
        _tr("把文字放大一级 Make the text one step larger"),
        _tr("放大"),
    )


def smaller_text() -> Control:
    return Control(
        _tr("缩小文字(&S)"),
        _tr("缩小 Smaller text"),
        _tr("把文字缩小一级 Make the text one step smaller"),
        _tr("缩小"),
    )


def reset_text() -> Control:
    return Control(
        _tr("默认大小(&R)"),
        _tr("默认大小 Reset text size"),
        _tr("恢复默认文字大小 Return to the default text size"),
    )


def about() -> Control:
    return Control(_tr("关于(&A)…"), _tr("关于 About"), _tr("程序名称和版本 Name and version of the reader"))


def file_menu() -> Control:
    return Control(
        _tr("文件(&F)"), _tr("文件菜单 File menu"), _tr("打开文件、最近打开、退出 Open, recent files, quit")
    )


def view_menu() -> Control:
    return Control(
        _tr("查看(&V)"),
        _tr("查看菜单 View menu"),
        _tr(
            "文章或整页、文字、配色、阅读辅助、预设和快捷键 "
            "Article or whole page, text, colours, reading aids, presets and shortcut keys"
        ),
    )


def help_menu() -> Control:
    return Control(
        _tr("帮助(&H)"),
        _tr("帮助菜单 Help menu"),
        _tr("快捷键和关于本程序 Keyboard shortcuts, about the reader"),
    )


def menu_bar() -> Control:
    return Control("", _tr("菜单栏 Menu bar"), _tr("按 Alt 键进入菜单 Press Alt to reach the menus"))


def toolbar() -> Control:
    return Control(
        _tr("无障碍工具栏"),
        _tr("无障碍工具栏 Accessibility toolbar"),
        _tr(
            "声音、语速、指读、连读、配色、放大、缩小、光标、十字线、大字幕、纯文本、简繁、重置、帮助；"
            "用 Tab 键逐个到达 "
            "Sound, speed, point-and-read, read all, colours, larger, smaller, pointer, crosshair, caption, "
            "text only, simplified/traditional, reset, help; reach each with Tab"
        ),
    )


def reading_view() -> Control:
    return Control(
        "",
        _tr("阅读区 Reading view"),
        _tr("文章内容，用方向键逐行阅读 The article; move through it with the arrow keys"),
    )


def status_bar() -> Control:
    return Control("", _tr("状态栏 Status bar"), _tr("文件名和编码 File name and encoding"))


def tooltip(control: Control, shortcut: str) -> str:
    """Tooltip naming the control and its shortcut, e.g. "放大 Larger text (Ctrl+=)"."""
    if not shortcut:
        return control.name
    return _tr("{name}（{shortcut}）").format(name=control.name, shortcut=shortcut)


def file_status(file_name: str, encoding: str | None) -> str:
    if encoding:
        return _tr("{file} · 编码 {encoding}").format(file=file_name, encoding=encoding)
    return file_name


def link_status(href: str) -> str:
    return _tr("链接：{href}").format(href=href)


def date_line(date: str) -> str:
    return _tr("日期：{date}").format(date=date)


def source_line(source: str) -> str:
    return _tr("来源：{source}").format(source=source)


def image_alt(alt: str) -> str:
    """Caption under a shown image, and the text shown instead of an image that cannot be loaded."""
    if alt:
        return _tr("〔图片：{alt}〕").format(alt=alt)
    return _tr("〔图片，没有说明文字〕")


def untitled() -> str:
    return _tr("（无标题）")


def empty_whole_page() -> str:
    return _tr("（这个文件没有整页文字）")


def open_dialog_title() -> str:
    return _tr("打开文件 Open file")


def open_dialog_filters() -> list[str]:
    return [
        _tr("网页 Web pages (*.html *.htm *.xhtml *.mhtml *.mht)"),
        _tr("MHTML 网页存档 Web archives (*.mhtml *.mht)"),
        _tr("文本 Text (*.txt)"),
        _tr("所有文件 All files (*)"),
    ]


def open_failed_title() -> str:
    return _tr("无法打开文件 Cannot open file")


def open_failed(file: str, reason: str) -> str:
    return _tr("无法打开 {file}：\n{reason}\n\n当前文章保持不变。").format(file=file, reason=reason)


def unexpected_error(kind: str, detail: str) -> str:
    return _tr("程序内部错误（{kind}）：{detail}").format(kind=kind, detail=detail)


def about_title() -> str:
    return _tr("关于无障碍阅读器 About")


def about_text(version: str) -> str:
    return _tr(
        "<h2>无障碍阅读器 {version}</h2>"
        "<p>为视力不好、看不见和年长的读者朗读和放大保存下来的政府网站文章。</p>"
        "<p>An offline reader for saved Chinese portal articles, made for low-vision, blind and older "
        "readers. It never connects to the network.</p>"
    ).format(version=version)


def unknown_theme(name: str, available: str) -> str:
    return _tr("未知的主题 “{name}”（可用：{available}）").format(name=name, available=available)


def screenshot_failed(path: str) -> str:
    return _tr("无法保存截图 {path}").format(path=path)


# --- the barrier-free toolbar and the display settings ------------------------------------------------


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


# --- the text settings dialog ---------------------------------------------------------------------


def text_dialog_title() -> str:
    return _tr("文字设置 Text settings")


def font_size_field() -> Control:
    return Control(
        _tr("字号(&S)："),
        _tr("字号 Text size"),
        _tr("正文大小，12 到 120 磅，可直接输入 Body text size, 12 to 120 points; type a number"),
    )


def line_spacing_field() -> Control:
    return Control(
        _tr("行距(&L)："),
        _tr("行距 Line spacing"),
        _tr("行与行的距离，1.0 到 3.0 倍 Distance between lines, 1.0 to 3.0 times"),
    )


def letter_spacing_field() -> Control:
    return Control(
        _tr("字距(&E)："),
        _tr("字距 Letter spacing"),
        _tr("字与字之间多留的空隙，以字宽计 Extra space between characters, in character widths"),
    )


def paragraph_spacing_field() -> Control:
    return Control(
        _tr("段距(&P)："),
        _tr("段距 Paragraph spacing"),
        _tr("段与段的距离，按行距的倍数 Distance between paragraphs, as a multiple of the line spacing"),
    )


def line_width_field() -> Control:
    return Control(
        _tr("每行最多字数(&W)："),
        _tr("每行最多字数 Line width"),
        _tr(
            "一行最多显示多少个汉字，正文居中；不限则随窗口宽度 "
            "Most characters per line, centred; or no limit"
        ),
    )


def no_limit() -> str:
    return _tr("不限")


def font_family_field() -> Control:
    return Control(
        _tr("字体(&F)："),
        _tr("字体 Font"),
        _tr("已安装的字体，中文字体在前 Installed fonts, Chinese fonts first"),
    )


def automatic_font() -> str:
    return _tr("自动（中文黑体） Automatic")


def bold_field() -> Control:
    return Control(_tr("粗体(&B)"), _tr("粗体 Bold text"), _tr("正文全部加粗 All body text in bold"))


def alignment_field() -> Control:
    return Control(_tr("对齐(&A)："), _tr("对齐 Alignment"), _tr("文字行怎样排齐 How the lines line up"))


def alignment_choices() -> dict[str, str]:
    return {"left": _tr("左对齐 Left"), "justify": _tr("两端对齐 Justified"), "center": _tr("居中 Centred")}


def preview_field() -> Control:
    return Control(
        _tr("预览(&V)："),
        _tr("预览 Preview"),
        _tr("按当前设置显示的示例文字 Sample text with these settings"),
    )


def preview_text() -> str:
    return _tr(
        "<h2>示例标题</h2><p>5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。"
        "中心为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。</p>"
        "<p>老人们说：“在家门口就能吃上热乎饭，真方便！” Elderly residents can now eat nearby.</p>"
    )


# --- the keyboard shortcuts dialog ------------------------------------------------------------------


def shortcuts_dialog_title() -> str:
    return _tr("键盘快捷键 Keyboard shortcuts")


def shortcuts_filter() -> Control:
    return Control(
        _tr("查找(&F)："),
        _tr("查找快捷键 Find a shortcut"),
        _tr("输入操作名称或按键来筛选下表 Type an action's name or a key to filter the table"),
    )


def shortcuts_table() -> Control:
    return Control(
        "",
        _tr("快捷键表 Shortcut table"),
        _tr(
            "每行一个操作：名称、当前方案的按键、另一方案的按键 "
            "One action per row: name, keys now, other keys"
        ),
    )


def shortcuts_headers(current: str, other: str) -> list[str]:
    return [_tr("操作 Action"), _tr("按键（{p}）").format(p=current), _tr("另一方案（{p}）").format(p=other)]


def preset_short_name(preset: str) -> str:
    return _tr("门户网站式 portal") if preset == "portal" else _tr("程序式 app")


def shortcuts_explanation(preset: str) -> str:
    return _tr(
        "当前方案：{p}。门户网站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；"
        "Ctrl+=、Ctrl+-、Ctrl+0、F1 两种方案都能用。可在“查看 ▸ 快捷键方案”中切换。"
    ).format(p=preset_short_name(preset))


def no_shortcut() -> str:
    return _tr("（无）")


def close_button() -> str:
    return _tr("关闭 Close")


def ok_button() -> str:
    return _tr("确定 OK")


def cancel_button() -> str:
    return _tr("取消 Cancel")


def restore_defaults_button() -> str:
    return _tr("恢复默认(&D) Restore defaults")


# Colour schemes and the custom scheme editor


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


# Reading aids (the overlays and the caption strip themselves)


def crosshair_overlay() -> Control:
    return Control("", _tr("十字线 Crosshair lines"), _tr("跟随鼠标指针的参考线 Guide lines at the pointer"))


def line_focus_overlay() -> Control:
    return Control("", _tr("阅读焦点 Line focus band"), _tr("变暗其余各行的遮罩 Dims the other lines"))


def caption_strip() -> Control:
    """The strip itself (not focusable; read by screen readers)."""
    return Control(
        "",
        _tr("大字幕 Caption strip"),
        _tr("用特大字显示当前句子 The current sentence in very large text"),
    )


def caption_page(page: int, pages: int) -> str:
    """Accessible description of a long sentence shown in parts, e.g. "第 1/3 部分"."""
    return _tr("第 {page}/{pages} 部分 Part {page} of {pages}").format(page=page, pages=pages)


# --- reading aloud ---------------------------------------------------------------------------------------


def speech_menu() -> Control:
    return Control(
        _tr("朗读(&R)"),
        _tr("朗读菜单 Speech menu"),
        _tr(
            "连读、指读、暂停、停止、语速、音量、嗓音、导出音频 "
            "Read aloud, pause, stop, rate, volume, voices, export"
        ),
    )


def pause_speech() -> Control:
    return Control(
        _tr("暂停/继续(&U)"),
        _tr("暂停或继续朗读 Pause or resume"),
        _tr("在句子中间暂停，再从停下处继续 Pause mid-sentence and go on"),
    )


def stop_speech() -> Control:
    return Control(_tr("停止朗读(&T)"), _tr("停止朗读 Stop reading"), _tr("立即停止发声 Silence at once"))


def read_selection() -> Control:
    return Control(
        _tr("朗读选中内容(&L)"),
        _tr("朗读选中内容 Read the selection"),
        _tr("只读选中的文字 Read only the selected text"),
    )


def next_sentence() -> Control:
    return Control(
        _tr("下一句(&N)"), _tr("下一句 Next sentence"), _tr("跳到下一句朗读 Read from the next sentence")
    )


def previous_sentence() -> Control:
    return Control(
        _tr("上一句(&B)"),
        _tr("上一句 Previous sentence"),
        _tr("跳到上一句朗读 Read from the previous sentence"),
    )


def next_paragraph() -> Control:
    return Control(
        _tr("下一段(&D)"), _tr("下一段 Next paragraph"), _tr("跳到下一段朗读 Read from the next paragraph")
    )


def previous_paragraph() -> Control:
    return Control(
        _tr("上一段(&G)"),
        _tr("上一段 Previous paragraph"),
        _tr("跳到上一段朗读 Read from the previous paragraph"),
    )


def export_audio() -> Control:
    return Control(
        _tr("导出音频(&E)…"),
        _tr("导出音频 Export audio"),
        _tr("把文章朗读成 WAV 或 MP3 文件 Read the article into a WAV or MP3 file"),
    )


def word_highlight() -> Control:
    return Control(
        _tr("逐词高亮(&W)"),
        _tr("逐词高亮 Word highlight"),
        _tr("在朗读的句子中标出正在读的词 Underline the word being spoken"),
    )


def voice_menu() -> Control:
    return Control(
        _tr("嗓音(&V)"), _tr("嗓音 Voice"), _tr("普通话、粤语等朗读嗓音 Mandarin, Cantonese and other voices")
    )


def volume_menu() -> Control:
    return Control(_tr("音量(&O)"), _tr("音量 Volume"), _tr("朗读的音量 How loud speech is"))


def rate_menu() -> Control:
    return Control(_tr("语速(&E)"), _tr("语速 Speech rate"), _tr("朗读的快慢 How fast text is read"))


def confirmations_menu() -> Control:
    return Control(
        _tr("语音确认(&C)"),
        _tr("语音确认 Spoken confirmations"),
        _tr("切换开关时读出新状态 Say the new state when a switch changes"),
    )


def confirmation_entry(mode: str) -> Control:
    labels = {
        "auto": (_tr("自动(&A)"), _tr("自动：读屏软件运行时不读 Auto: not while a screen reader runs")),
        "always": (_tr("总是读出(&Y)"), _tr("总是读出 Always")),
        "never": (_tr("从不读出(&N)"), _tr("从不读出 Never")),
    }
    label, name = labels[mode]
    return Control(label, name, _tr("切换开关时是否读出新状态 Whether a switch's new state is spoken"))


def voice_auto() -> str:
    return _tr("自动（按文章的文字选择）")


def voice_group(key: str) -> str:
    groups = {"mandarin": _tr("普通话"), "cantonese": _tr("粤语"), "english": _tr("英语")}
    return groups.get(key, key)


def voice_entry_name(voice: str) -> str:
    return _tr("嗓音 Voice：{voice}").format(voice=voice)


def voice_choice_label(group: str, voice: str) -> str:
    return _tr("{group}：{voice}").format(group=group, voice=voice)


RATES: tuple[tuple[int, str], ...] = ((140, "slow"), (200, "normal"), (260, "fast"), (330, "faster"))
"""The rates 语速 cycles through (words per minute) and their names."""


def rate_label(key: str) -> str:
    labels = {"slow": _tr("慢"), "normal": _tr("正常"), "fast": _tr("快"), "faster": _tr("很快")}
    return labels[key]


def rate_entry(key: str, wpm: int) -> Control:
    names = {
        "slow": _tr("语速：慢 Rate: slow"),
        "normal": _tr("语速：正常 Rate: normal"),
        "fast": _tr("语速：快 Rate: fast"),
        "faster": _tr("语速：很快 Rate: faster"),
    }
    return Control(
        f"{rate_label(key)}(&{list(names).index(key) + 1})",
        names[key],
        _tr("每分钟约 {wpm} 字 About {wpm} characters a minute").format(wpm=wpm),
    )


def volume_entry(percent: int) -> Control:
    return Control(
        f"{percent}%(&{percent // 25})",
        _tr("音量 {percent}% Volume {percent}%").format(percent=percent),
        _tr("朗读的音量 How loud speech is"),
    )


def rate_status(label: str, wpm: int) -> str:
    return _tr("语速：{label}（每分钟 {wpm} 字）").format(label=label, wpm=wpm)


def volume_status(percent: int) -> str:
    return _tr("音量：{percent}%").format(percent=percent)


def voice_status(name: str) -> str:
    return _tr("嗓音：{name}").format(name=name)


def spoken_toggle(control: Control, is_on: bool) -> str:
    """The spoken confirmation of a switch: “大字幕已开启”."""
    return (_tr("{label}已开启") if is_on else _tr("{label}已关闭")).format(label=control.button_text)


def skip_spoken() -> str:
    return _tr("这一句无法朗读，已跳过")


def skipped_status(text: str) -> str:
    return _tr("一句无法朗读，已跳过：{text}").format(text=text)


def speech_unavailable(reason: str) -> str:
    return _tr("朗读引擎无法启动，朗读时不会发声：{reason}").format(reason=reason)


def no_sound_device() -> str:
    return _tr("没有找到声音设备：朗读不会发声，只按语速逐句高亮。")


def sound_is_off() -> str:
    return _tr("声音已关闭：先打开“声音”再朗读。")


def nothing_to_read() -> str:
    return _tr("没有可以朗读的文字。")


def nothing_selected() -> str:
    return _tr("没有选中的文字：先用 Shift 加方向键选中要读的文字。")


def reading_paused() -> str:
    return _tr("朗读已暂停")


def reading_stopped() -> str:
    return _tr("朗读已停止")


def export_title() -> str:
    return _tr("导出音频")


def export_filter() -> str:
    return _tr("WAV 音频 (*.wav);;MP3 音频 (*.mp3)")


def export_progress(done: int, total: int) -> str:
    return _tr("正在朗读成音频：第 {done} 段，共 {total} 段").format(done=done, total=total)


def export_cancel() -> str:
    return _tr("取消")


def export_done(path: str, minutes: int, seconds: int, skipped: int) -> str:
    text = _tr("已导出音频 {path}（{minutes} 分 {seconds} 秒）").format(
        path=path, minutes=minutes, seconds=seconds
    )
    if skipped:
        text += _tr("；{count} 句无法朗读，已跳过").format(count=skipped)
    return text


def export_failed(path: str, reason: str) -> str:
    return _tr("无法导出音频 {path}：{reason}").format(path=path, reason=reason)


def export_cancelled() -> str:
    return _tr("已取消导出音频，没有写入文件。")


# --- the accessibility check -----------------------------------------------------------------------------


def findings_panel() -> Control:
    return Control(
        _tr("无障碍检查(&Y)"),
        _tr("无障碍检查 Accessibility check"),
        _tr("检查这个网页哪些地方不符合无障碍规则 Check what in this page breaks accessibility rules"),
        _tr("无障碍检查"),
    )


def findings_summary_control() -> Control:
    return Control(
        "", _tr("检查结果摘要 Check summary"), _tr("失败、无法判断和通过的数目 Counts of outcomes")
    )


def findings_level_filter() -> Control:
    return Control(
        "", _tr("按级别筛选 Filter by level"), _tr("只列出某一 WCAG 级别的规则 Only rules of one WCAG level")
    )


def findings_all_levels() -> str:
    return _tr("所有级别 All levels")


def findings_level(level: str) -> str:
    return _tr("{level} 级 Level {level}").format(level=level)


def findings_rule_filter() -> Control:
    return Control("", _tr("按规则筛选 Filter by rule"), _tr("只列出一条规则的结果 Only one rule's findings"))


def findings_all_rules() -> str:
    return _tr("所有规则 All rules")


def findings_show_passed() -> Control:
    return Control(
        _tr("也列出通过的检查(&P)"),
        _tr("也列出通过的检查 Show passed checks"),
        _tr("默认只列出失败和无法判断的 By default only failed and cannot-tell findings are listed"),
    )


def findings_list() -> Control:
    return Control(
        "",
        _tr("检查结果列表 Findings"),
        _tr("最严重的在前；选中一项查看说明 Most serious first; choose one to see why and how to fix it"),
    )


def findings_columns() -> list[str]:
    return [_tr("结果 Outcome"), _tr("规则 Rule"), _tr("级别 Level"), _tr("元素 Element")]


def finding_detail() -> Control:
    return Control(
        "",
        _tr("检查结果说明 Finding details"),
        _tr("元素、原因和修改方法 The element, why it matters, how to fix it"),
    )


def findings_recheck() -> Control:
    return Control(
        _tr("重新检查(&R)"), _tr("重新检查 Check again"), _tr("再检查一遍这个网页 Check this page again")
    )


def findings_export() -> Control:
    return Control(
        _tr("导出报告(&E)…"),
        _tr("导出检查报告 Export the report"),
        _tr("保存为 HTML、JSON、CSV 或文本 Save as HTML, JSON, CSV or text"),
        _tr("导出检查报告"),
    )


def findings_export_filter() -> str:
    return _tr("HTML 报告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)")


def findings_checking(name: str) -> str:
    return _tr("正在检查 {name}… Checking {name}…").format(name=name)


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


def opening_progress(name: str) -> str:
    """The progress dialog while a large file is read."""
    return _tr("正在打开 {name}……").format(name=name)


def reading_paused_state() -> str:
    """The 连读 button's text while a reading is paused."""
    return _tr("连读·已暂停")
