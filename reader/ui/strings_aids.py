"""User-visible strings of the reading aids (big pointer, crosshair, line focus, caption strip). DRAFT.

Same conventions as :mod:`reader.ui.strings` (the integrator merges this module into it): Simplified
Chinese source text through Qt's translation function, bilingual accessible names and descriptions, and
:class:`~reader.ui.strings.Control` for every action. The labels follow the portal toolbar's words
(光标, 十字线, 大字幕) so that its users find them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.ui.strings import Control

_CONTEXT = "reader"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# Big pointer


def big_pointer() -> Control:
    return Control(
        _tr("光标(&P)"),
        _tr("光标 Big pointer"),
        _tr("放大鼠标指针，黑色或白色，带描边 Make the mouse pointer larger, black or white, outlined"),
    )


def pointer_normal() -> Control:
    return Control(
        _tr("普通指针(&N)"),
        _tr("普通指针 Normal pointer"),
        _tr("使用系统的鼠标指针 Use the system's mouse pointer"),
    )


def pointer_size(scale: int, colour: str) -> Control:
    """One big-pointer choice, e.g. scale 2 and colour "black"."""
    if colour == "white":
        label = _tr("{scale} 倍白色指针").format(scale=scale)
        name = _tr("{scale} 倍白色指针 White pointer {scale}×").format(scale=scale)
    else:
        label = _tr("{scale} 倍黑色指针").format(scale=scale)
        name = _tr("{scale} 倍黑色指针 Black pointer {scale}×").format(scale=scale)
    return Control(
        label,
        name,
        _tr("鼠标指针放大到 {scale} 倍 Mouse pointer {scale} times larger").format(scale=scale),
    )


# Crosshair


def crosshair() -> Control:
    return Control(
        _tr("十字线(&X)"),
        _tr("十字线 Crosshair"),
        _tr("显示跟随鼠标的横线和竖线，帮助找到指针 Lines across the window through the mouse pointer"),
    )


def crosshair_overlay() -> Control:
    return Control("", _tr("十字线 Crosshair lines"), _tr("跟随鼠标指针的参考线 Guide lines at the pointer"))


# Line focus


def line_focus() -> Control:
    return Control(
        _tr("阅读焦点(&F)"),
        _tr("阅读焦点 Line focus"),
        _tr("只突出显示光标所在的几行，其余变暗 Show only a few lines around the caret; dim the rest"),
    )


def line_focus_off() -> Control:
    return Control(_tr("关闭(&O)"), _tr("关闭阅读焦点 Line focus off"), _tr("不变暗任何行 Dim nothing"))


def line_focus_lines(lines: int) -> Control:
    return Control(
        _tr("{lines} 行(&{lines})").format(lines=lines),
        _tr("阅读焦点 {lines} 行 Line focus, {lines} lines").format(lines=lines),
        _tr("突出显示 {lines} 行 Show {lines} lines and dim the rest").format(lines=lines),
    )


def line_focus_follow_pointer() -> Control:
    return Control(
        _tr("跟随鼠标(&M)"),
        _tr("阅读焦点跟随鼠标 Line focus follows the pointer"),
        _tr("阅读焦点移到鼠标所在的行 Move the line focus to the line under the pointer"),
    )


def line_focus_next() -> Control:
    return Control(
        _tr("下一行(&D)"),
        _tr("阅读焦点下移 Line focus down"),
        _tr("把阅读焦点移到下一行 Move the line focus one line down"),
    )


def line_focus_previous() -> Control:
    return Control(
        _tr("上一行(&U)"),
        _tr("阅读焦点上移 Line focus up"),
        _tr("把阅读焦点移到上一行 Move the line focus one line up"),
    )


def line_focus_overlay() -> Control:
    return Control("", _tr("阅读焦点 Line focus band"), _tr("变暗其余各行的遮罩 Dims the other lines"))


# Caption strip


def caption() -> Control:
    return Control(
        _tr("大字幕(&C)"),
        _tr("大字幕 Caption strip"),
        _tr(
            "用特大字显示鼠标或光标所在的句子 "
            "Shows the sentence under the pointer or the caret in very large text"
        ),
    )


def caption_at_top() -> Control:
    return Control(
        _tr("字幕在上方(&T)"),
        _tr("字幕在上方 Caption at the top"),
        _tr("把大字幕放到窗口上方 Put the caption strip at the top of the window"),
    )


def caption_at_bottom() -> Control:
    return Control(
        _tr("字幕在下方(&B)"),
        _tr("字幕在下方 Caption at the bottom"),
        _tr("把大字幕放到窗口下方 Put the caption strip at the bottom of the window"),
    )


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
