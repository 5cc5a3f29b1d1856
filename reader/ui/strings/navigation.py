"""Navigation: moving by heading, paragraph, table and image, the outline panel, the heading list and
"where am I".
"""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("Navigation")


def navigation_menu() -> Control:
    return Control(
        _tr("跳转(&M)"),
        _tr("按标题、段落、表格、图片移动，标题列表，我在哪里"),
    )


def heading_next() -> Control:
    return Control(_tr("下一个标题(&H)"), _tr("把光标移到下一个标题"))


def heading_previous() -> Control:
    return Control(_tr("上一个标题(&E)"), _tr("把光标移到上一个标题"))


def paragraph_next() -> Control:
    return Control(_tr("下一个段落(&P)"), _tr("把光标移到下一个正文段落"))


def paragraph_previous() -> Control:
    return Control(_tr("上一个段落(&R)"), _tr("把光标移到上一个正文段落"))


def table_next() -> Control:
    return Control(_tr("下一个表格(&T)"), _tr("把光标移到下一个表格"))


def table_previous() -> Control:
    return Control(_tr("上一个表格(&B)"), _tr("把光标移到上一个表格"))


def image_next() -> Control:
    return Control(_tr("下一张图片(&G)"), _tr("把光标移到下一张图片"))


def image_previous() -> Control:
    return Control(_tr("上一张图片(&N)"), _tr("把光标移到上一张图片"))


def heading_list() -> Control:
    return Control(_tr("标题列表(&L)…"), _tr("列出文章的标题，可筛选，按回车跳到那里"))


def outline_panel() -> Control:
    return Control(_tr("标题大纲(&O)"), _tr("在窗口旁边显示文章的各级标题"))


def where_am_i() -> Control:
    return Control(_tr("我在哪里(&W)"), _tr("说出标题、当前小标题、第几段和读到的位置"))


# What a move says


def nothing_further(target: str, is_forward: bool) -> str:
    """Said when there is no further element of ``target`` ("heading", "paragraph", "table", "image")."""
    if target == "heading":
        return _tr("没有下一个标题") if is_forward else _tr("没有上一个标题")
    if target == "paragraph":
        return _tr("没有下一个段落") if is_forward else _tr("没有上一个段落")
    if target == "table":
        return _tr("没有下一个表格") if is_forward else _tr("没有上一个表格")
    return _tr("没有下一张图片") if is_forward else _tr("没有上一张图片")


def heading_spoken(text: str, level: int) -> str:
    """A heading arrived at: its text, then its level."""
    return _tr("{text}，{level} 级标题").format(text=text, level=level)


def table_spoken(rows: int, columns: int, first_cell: str) -> str:
    return _tr("表格，{rows} 行 {columns} 列，{cell}").format(rows=rows, columns=columns, cell=first_cell)


def no_article() -> str:
    return _tr("没有打开文章")


# The outline panel and the heading list


def outline_tree() -> Control:
    """The panel's list (it shows no label of its own: the dock's title is its name)."""
    return Control("", _tr("文章的各级标题，按回车跳到那里"), spoken=_tr("标题大纲"))


def no_headings() -> str:
    return _tr("（没有标题）")


def heading_level_description(level: int) -> str:
    return _tr("{level} 级标题").format(level=level)


def heading_list_title() -> str:
    return _tr("标题列表")


def heading_filter() -> Control:
    return Control(_tr("筛选(&F)："), _tr("只列出含有这些字的标题"))


def heading_list_view() -> Control:
    return Control("", _tr("按回车跳到选中的标题"), spoken=_tr("标题"))


def go_to_heading() -> Control:
    return Control(_tr("转到(&G)"), _tr("把光标移到选中的标题"))


def close_heading_list() -> Control:
    return Control(_tr("关闭"), _tr("关闭标题列表"))


# Where am I


def place_summary(title: str, heading: str, paragraph: int, paragraphs: int, percent: int) -> str:
    """ "Where am I": the article, the heading the caret is under, the paragraph and the share read."""
    return _tr("{title}；当前标题：{heading}；第 {paragraph} 段，共 {paragraphs} 段；{percent}%").format(
        title=title, heading=heading, paragraph=paragraph, paragraphs=paragraphs, percent=percent
    )


def before_first_heading() -> str:
    return _tr("无")
