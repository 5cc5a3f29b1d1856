"""Find in the article: the find bar, its commands and what it says."""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("Find")


def find_command() -> Control:
    return Control(_tr("查找(&F)…"), _tr("在显示的文字中查找，简体繁体都能找到"))


def find_next_command() -> Control:
    return Control(_tr("查找下一处(&D)"), _tr("跳到下一个找到的地方"))


def find_previous_command() -> Control:
    return Control(_tr("查找上一处(&U)"), _tr("跳到上一个找到的地方"))


def find_bar() -> Control:
    return Control("", _tr("在文章中查找；Esc 键关闭"), spoken=_tr("查找栏"))


def find_field() -> Control:
    return Control(_tr("查找："), _tr("输入要找的字词；回车找下一处，Shift+回车找上一处"))


def find_previous_button() -> Control:
    return Control(_tr("上一处"), _tr("跳到上一个找到的地方"))


def find_next_button() -> Control:
    return Control(_tr("下一处"), _tr("跳到下一个找到的地方"))


def read_from_hit_button() -> Control:
    return Control(_tr("从这里朗读"), _tr("从找到的地方开始连续朗读"))


def close_find_button() -> Control:
    return Control(_tr("关闭"), _tr("关闭查找栏，回到阅读区"), spoken=_tr("关闭查找栏"))


def find_count(number: int, total: int) -> str:
    return _tr("第 {n} 处，共 {total} 处", note="{n}: the place shown; {total}: how many were found").format(
        n=number, total=total
    )


def find_count_at_least(number: int, total: int) -> str:
    return _tr("第 {n} 处，至少 {total} 处").format(n=number, total=total)


def find_none(query: str) -> str:
    return _tr("找不到「{query}」").format(query=query)


def find_no_article() -> str:
    return _tr("没有打开的文章，无法查找")


def find_spoken(count: str, text: str) -> str:
    return _tr("{count}：{text}", note="the count, then the line found").format(count=count, text=text)
