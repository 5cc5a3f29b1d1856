"""Texts of something under way: the progress dialog while a large file opens, and the 连读 button while
a reading is paused.
"""

from __future__ import annotations

from reader.ui.strings.base import translator

_tr = translator("Status")


def opening_progress(name: str) -> str:
    """The progress dialog while a large file is read."""
    return _tr("正在打开 {name}……").format(name=name)


def reading_paused_state() -> str:
    """The 连读 button's text while a reading is paused."""
    return _tr("连读·已暂停")
