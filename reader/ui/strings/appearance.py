"""Texts of the interface's own look: 界面大小 (the size of menus, dialogs, tooltips and the toolbar)."""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("Appearance")


def ui_scale_menu() -> Control:
    """View ▸ 界面大小: a submenu of sizes in percent."""
    return Control(
        _tr("界面大小(&Z)"),
        _tr("菜单、对话框、提示和工具栏文字的大小，与正文字号分开"),
    )


def ui_scale_entry(percent: int, number: int) -> Control:
    """One size of View ▸ 界面大小; ``number`` (1–9) is its mnemonic."""
    description = _tr("标准大小") if percent == 100 else _tr("标准大小的 {percent}%").format(percent=percent)
    return Control(f"{percent}%(&{number})", description)


def ui_scale_status(percent: int) -> str:
    """The status bar message after a new interface size."""
    return _tr("界面大小：{percent}%").format(percent=percent)
