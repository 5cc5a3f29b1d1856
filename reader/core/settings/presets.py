"""Presets: 长者模式 (elder mode) and 低视力模式 (low vision), and the reset to defaults; each keeps the
choices it does not name.
"""

from __future__ import annotations

import dataclasses

from reader.core.settings.schema import Settings, UiScale

ELDER_MIN_FONT_PT = 18.0
"""MIIT 适老化 (age-friendly) rules: body text at least 18 pt …"""
ELDER_MIN_LINE_SPACING = 1.3
"""… lines at least 1.3 apart …"""
ELDER_MIN_PARAGRAPH_SPACING = 1.3
"""… and paragraphs at least 1.3 times the line spacing apart."""
ELDER_UI_SCALE: UiScale = 150
"""Elder mode's interface size (menus, dialogs, tooltips), percent; a larger one the user chose stays."""
LOW_VISION_UI_SCALE: UiScale = 200
"""Low vision's interface size, percent; a larger one the user chose stays."""


def _at_least(current: Settings | None, scale: UiScale) -> UiScale:
    """``scale``, or the interface size the user chose when it is larger."""
    return scale if current is None or current.ui_scale < scale else current.ui_scale


def elder_preset(current: Settings | None = None) -> Settings:
    """长者模式 (elder mode): the age-friendly rules with room to spare, other choices kept."""
    return dataclasses.replace(
        current if current is not None else Settings(),
        font_size_pt=22.0,
        line_spacing=1.5,
        paragraph_spacing=2.0,
        big_pointer="2x",
        big_toolbar=True,
        ui_scale=_at_least(current, ELDER_UI_SCALE),
    )


def low_vision_preset(current: Settings | None = None) -> Settings:
    """低视力模式 (low vision): very large yellow-on-black text with three lines in focus."""
    return dataclasses.replace(
        current if current is not None else Settings(),
        font_size_pt=32.0,
        theme="yellow-on-black",
        line_focus=3,
        ui_scale=_at_least(current, LOW_VISION_UI_SCALE),
    )


def reset(current: Settings | None = None) -> Settings:
    """All defaults again, except the recent files and the window's place (not preferences)."""
    if current is None:
        return Settings()
    return Settings(recent_files=current.recent_files, window_geometry=current.window_geometry)
