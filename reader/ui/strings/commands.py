"""The main window's own texts: the File, View and Help commands, the menu bar, toolbar, reading view
and status bar, the status and article lines, the open and about dialogs and the error messages.
"""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("MainWindow")


def open_file() -> Control:
    return Control(_tr("打开(&O)…"), _tr("打开一个保存的网页或文本文件"))


def recent_menu() -> Control:
    return Control(
        _tr("最近打开(&R)"),
        _tr("重新打开最近读过的文件"),
    )


def clear_recent() -> Control:
    return Control(
        _tr("清除列表(&C)"),
        _tr("清空最近打开的文件列表"),
    )


def no_recent() -> str:
    return _tr("（没有最近打开的文件）")


def recent_entry(number: int, file_name: str) -> str:
    """Menu text of one recent file; the number is its keyboard mnemonic."""
    if number < 10:
        return _tr("&{number} {name}").format(number=number, name=file_name)
    return _tr("{number} {name}").format(number=number, name=file_name)


def recent_entry_description(path: str) -> str:
    return _tr("打开 {path}").format(path=path)


def quit_app() -> Control:
    return Control(_tr("退出(&Q)"), _tr("关闭阅读器"))


def show_article() -> Control:
    return Control(_tr("文章(&A)"), _tr("只显示正文"))


def show_whole_page() -> Control:
    return Control(
        _tr("整页(&W)"),
        _tr("显示网页的全部文字，包括导航和页脚"),
    )


def larger_text() -> Control:
    return Control(
        _tr("放大(&L)"),
        _tr("把文字放大一级"),
    )


def smaller_text() -> Control:
    return Control(
        _tr("缩小(&S)"),
        _tr("把文字缩小一级"),
    )


def reset_text() -> Control:
    return Control(
        _tr("默认大小(&R)"),
        _tr("恢复默认文字大小"),
    )


def about() -> Control:
    return Control(_tr("关于(&A)…"), _tr("程序名称和版本"))


def file_menu() -> Control:
    return Control(_tr("文件(&F)"), _tr("打开文件、最近打开、退出"))


def view_menu() -> Control:
    return Control(
        _tr("查看(&V)"),
        _tr("文章或整页、文字、配色、阅读辅助、预设和快捷键"),
    )


def help_menu() -> Control:
    return Control(
        _tr("帮助(&H)"),
        _tr("快捷键和关于本程序"),
    )


def menu_bar() -> Control:
    return Control("", _tr("按 Alt 键进入菜单"), spoken=_tr("菜单栏"))


def toolbar() -> Control:
    return Control(
        _tr("无障碍工具栏"),
        _tr("读屏和显示的常用功能；用 Tab 键逐个到达"),
    )


def reading_view() -> Control:
    return Control(
        "",
        _tr("文章内容，用方向键逐行阅读"),
        spoken=_tr("阅读区"),
    )


def toolbar_extension() -> Control:
    return Control("", _tr("显示工具栏放不下的按钮"), spoken=_tr("其余按钮"))


def status_bar() -> Control:
    return Control("", _tr("文件名、编码和提示"), spoken=_tr("状态栏"))


def tooltip(control: Control, shortcut: str) -> str:
    """Tooltip naming the control and its shortcut, e.g. "放大（Ctrl+=）"."""
    if not shortcut:
        return control.name
    return _tr("{name}（{shortcut}）").format(name=control.name, shortcut=shortcut)


def described_with_key(description: str, shortcut: str) -> str:
    """A toolbar button's accessible description with its key, which screen readers cannot find otherwise."""
    if not shortcut:
        return description
    return _tr("{description}；快捷键 {shortcut}").format(description=description, shortcut=shortcut)


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
    return _tr("打开文件")


_WEB_PATTERNS = "*.html *.htm *.xhtml *.shtml *.mhtml *.mht"
_ATTACHMENT_PATTERNS = "*.pdf *.docx *.ofd *.epub"


def open_dialog_filters() -> list[str]:
    """The open dialog's file types: a translated name, then the patterns Qt filters by (untranslated)."""
    return [
        f"{_tr('所有支持的文件')} ({_WEB_PATTERNS} {_ATTACHMENT_PATTERNS} *.txt)",
        f"{_tr('网页')} ({_WEB_PATTERNS})",
        f"{_tr('PDF、Word、OFD 和 EPUB 文档')} ({_ATTACHMENT_PATTERNS})",
        f"{_tr('MHTML 网页存档')} (*.mhtml *.mht)",
        f"{_tr('文本')} (*.txt *.text)",
        f"{_tr('所有文件')} (*)",
    ]


def open_failed_title() -> str:
    return _tr("无法打开文件")


def open_failed(file: str, reason: str) -> str:
    return _tr("无法打开 {file}：\n{reason}\n\n当前文章保持不变。").format(file=file, reason=reason)


def about_title() -> str:
    return _tr("关于无障碍阅读器")


def about_text(version: str) -> str:
    return _tr(
        "<h2>无障碍阅读器 {version}</h2>"
        "<p>为视力不好、看不见和年长的读者朗读和放大保存下来的政府网站文章。</p>"
        "<p>本程序从不连接网络。</p>"
    ).format(version=version)


def unknown_theme(name: str, available: str) -> str:
    return _tr("未知的主题 “{name}”（可用：{available}）").format(name=name, available=available)


def screenshot_failed(path: str) -> str:
    return _tr("无法保存截图 {path}").format(path=path)
