"""The key editor of the shortcuts dialog: changing, removing and restoring an action's keys."""

from __future__ import annotations

from reader.ui.strings.base import Control, translator

_tr = translator("KeyEditor")


def change_key_button() -> Control:
    return Control(_tr("更改按键(&C)…"), _tr("为选中的操作设置新的按键"))


def reset_key_button() -> Control:
    return Control(_tr("恢复此项(&E)"), _tr("把选中操作的按键恢复为方案原有的按键"))


def reset_all_keys_button() -> Control:
    return Control(_tr("全部恢复(&A)"), _tr("把当前方案中改过的按键全部恢复"))


def key_editor_title(action: str) -> str:
    return _tr("更改按键：{action}", note="{action}: the name of the command, e.g. 十字线").format(
        action=action
    )


def key_editor_prompt(action: str) -> str:
    return _tr("按下要给「{action}」的按键组合，再按“确定”。").format(action=action)


def key_field() -> Control:
    return Control(_tr("新按键(&K)："), _tr("按下按键组合；Tab 键离开此框"))


def no_key_button() -> Control:
    return Control(_tr("不用按键(&N)"), _tr("取消这个操作的按键，只能从菜单或工具栏使用"))


def key_is_free(key: str) -> str:
    return _tr("{key} 可以使用。").format(key=key)


def key_taken(key: str, owner: str) -> str:
    return _tr("{key} 已用于「{owner}」，请换一个。", note="{owner}: the command that has the key").format(
        key=key, owner=owner
    )


def key_moves_focus(key: str) -> str:
    return _tr("{key} 用于移动焦点、光标或选取文字，不能给操作使用。").format(key=key)


def key_opens_menu(key: str) -> str:
    return _tr("{key} 用于打开菜单，不能给操作使用。").format(key=key)


def key_needed() -> str:
    return _tr("请按下一个按键组合。")


def key_changed_mark(keys: str) -> str:
    return _tr("{keys}（已更改）", note="keys the user changed, e.g. Alt+Shift+Z（已更改）").format(keys=keys)


def keys_changed(action: str, keys: str) -> str:
    return _tr("「{action}」的按键已改为 {keys}").format(action=action, keys=keys)


def keys_removed(action: str) -> str:
    return _tr("「{action}」已不用按键").format(action=action)


def key_restored(action: str, keys: str) -> str:
    return _tr("「{action}」已恢复为 {keys}").format(action=action, keys=keys)


def all_keys_restored(preset: str) -> str:
    return _tr("{preset}的按键已全部恢复", note="{preset}: 门户网站式 or 程序式").format(preset=preset)
