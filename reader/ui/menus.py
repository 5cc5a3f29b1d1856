"""The window's menus and toolbar: which actions each holds, in which order, and the radio groups.

:func:`build_menus` fills the menu bar (文件, 视图, 朗读, 帮助) and the 更多 menu; :func:`build_toolbar` makes
the barrier-free toolbar's buttons from ``reader.ui.commands.TOOLBAR``. What the actions *do* is connected
by the feature controllers; here they are only placed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from reader.core import themes
from reader.core.settings import INTERFACE_LANGUAGES, UI_SCALES
from reader.ui import commands, conversionview, pinyincontrols, recent, shortcuts, strings
from reader.ui.displaycontrols import LINE_FOCUS_CYCLE, POINTER_CYCLE
from reader.ui.speechcontrols import rate_button_text
from reader.ui.toolbar import AccessibleToolbar

if TYPE_CHECKING:
    from reader.ui.windowparts import MenuWindow


NAVIGATION_MENU = (
    "heading_next",
    "heading_previous",
    "paragraph_next",
    "paragraph_previous",
    "table_next",
    "table_previous",
    "image_next",
    "image_previous",
    "",
    "heading_list",
    "where_am_i",
    "",
    "find",
    "find_next",
    "find_previous",
    "",
    "add_bookmark",
    "bookmarks",
)
"""The 跳转 submenu of View ("" a separator)."""


def make_menu(window: QWidget, parent: QMenu | None, control: strings.Control, bar: Any = None) -> QMenu:
    """A menu with the control's label, accessible name and description (in the menu bar without parent)."""
    menu = bar.addMenu(control.label) if parent is None else parent.addMenu(control.label)
    menu.setAccessibleName(control.name)
    menu.setAccessibleDescription(control.description)
    menu.setToolTipsVisible(True)
    return menu


def radio_group(
    window: QWidget,
    actions: dict[str, QAction],
    menu: QMenu,
    entries: Sequence[tuple[str, strings.Control, object]],
    slot: Callable[[Any], None],
) -> None:
    """Exclusive checkable entries in ``menu``, registered in ``actions`` under their names."""
    group = QActionGroup(window)
    group.setExclusive(True)
    for name, control, value in entries:
        action = commands.make_action(window, name, control, is_checkable=True)
        action.setProperty("value", value)
        action.setToolTip(control.name)
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
        action.triggered.connect(lambda _=False, v=value: slot(v))


def build_menus(window: MenuWindow) -> None:
    c = window.commands
    bar = window.menuBar()
    bar.setAccessibleName(strings.menu_bar().name)
    bar.setAccessibleDescription(strings.menu_bar().description)

    file_menu = window.make_menu(None, strings.file_menu())
    file_menu.addAction(c["open"])
    file_menu.addAction(c["library"])
    file_menu.addAction(c["import_library"])
    window.recent_menu = window.make_menu(file_menu, strings.recent_menu())
    window.recent_menu.setObjectName("recentMenu")
    file_menu.addAction(c["export_audio"])
    file_menu.addSeparator()
    file_menu.addAction(c["quit"])

    _build_view_menu(window)
    window.speech_menu = window.make_menu(None, strings.speech_menu())
    window.speech_menu.setObjectName("speechMenu")
    window.speech.create_menu(window.speech_menu)

    help_menu = window.make_menu(None, strings.help_menu())
    help_menu.addAction(c["help"])
    help_menu.addAction(c["about"])

    # 更多: what the toolbar has no room for.
    more = QMenu(window.widget())
    more.setObjectName("moreMenu")
    more.setAccessibleName(strings.more_menu().name)
    more.setAccessibleDescription(strings.more_menu().description)
    more.setToolTipsVisible(True)
    more.addMenu(window.line_focus_menu)
    more.addAction(c["text_settings"])
    more.addSeparator()
    for name in ("elder", "low_vision", "big_toolbar"):
        more.addAction(c[name])
    c["more"].setMenu(more)
    window.more_menu = more


def _build_view_menu(window: MenuWindow) -> None:
    c = window.commands
    view = window.make_menu(None, strings.view_menu())
    view.addAction(c["article"])
    view.addAction(c["whole_page"])
    view.addSeparator()
    view.addAction(c["outline_panel"])
    moves = window.make_menu(view, strings.navigation_menu())
    moves.setObjectName("navigationMenu")
    for name in NAVIGATION_MENU:
        if name:
            moves.addAction(c[name])
        else:
            moves.addSeparator()
    view.addSeparator()
    text = window.make_menu(view, strings.text_menu())
    for name in ("larger", "smaller", "reset_size"):
        text.addAction(c[name])
    text.addSeparator()
    text.addAction(c["text_settings"])

    _build_scheme_menu(window, view)
    _build_convert_menu(window, view)
    _build_pinyin_menu(window, view)
    _build_aids_menu(window, view)

    presets = window.make_menu(view, strings.presets_menu())
    for name in ("elder", "low_vision", "reset"):
        presets.addAction(c[name])
    view.addSeparator()
    view.addAction(c["big_toolbar"])
    _build_ui_scale_menu(window, view)
    keys = window.make_menu(view, strings.shortcut_preset_menu())
    entries = [(f"preset_{p}", strings.shortcut_preset_entry(p), p) for p in shortcuts.PRESETS]
    window.radio_group(keys, entries, lambda preset: window.change(shortcut_preset=preset))
    languages = window.make_menu(view, strings.interface_language_menu())
    language_entries = [
        (f"language_{code}", strings.interface_language_entry(code), code) for code in INTERFACE_LANGUAGES
    ]
    window.radio_group(languages, language_entries, window.choose_interface_language)
    view.addSeparator()
    view.addAction(c["check_page"])


def _build_pinyin_menu(window: MenuWindow, view: QMenu) -> None:
    """View ▸ 拼音: off, tone marks, tone numbers, 注音符号 (radio entries), then Ctrl+P and the 读音词典."""
    c = window.commands
    menu = window.make_menu(view, strings.pinyin_menu())
    menu.setObjectName("pinyinMenu")
    entries = [(f"pinyin_{mode}", strings.pinyin_entry(mode), mode) for mode in pinyincontrols.MODES]
    window.radio_group(menu, entries, window.pinyin_controls.choose)
    menu.addSeparator()
    menu.addAction(c["pinyin"])
    menu.addAction(c["pinyin_phrases"])


def _build_ui_scale_menu(window: MenuWindow, view: QMenu) -> None:
    """View ▸ 界面大小: the chrome's size in percent, as radio entries."""
    sizes = window.make_menu(view, strings.ui_scale_menu())
    sizes.setObjectName("uiScaleMenu")
    entries = [
        (f"ui_scale_{percent}", strings.ui_scale_entry(percent, number), percent)
        for number, percent in enumerate(UI_SCALES, start=1)
    ]
    window.radio_group(sizes, entries, window.display_controls.choose_ui_scale)


def _build_scheme_menu(window: MenuWindow, view: QMenu) -> None:
    window.scheme_menu = window.make_menu(view, strings.scheme_menu())
    window.scheme_menu.setObjectName("schemeMenu")
    schemes = [
        (
            f"scheme_{theme.name}",
            strings.scheme_entry(f"&{number} {strings.theme_label(theme.name, theme.label)}"),
            theme.name,
        )
        for number, theme in enumerate(themes.list_themes(), start=1)
    ]
    schemes.append(("scheme_custom", strings.scheme_entry(strings.custom_scheme().name), themes.CUSTOM_THEME))
    window.radio_group(window.scheme_menu, schemes, window.display_controls.choose_scheme)
    window.scheme_menu.addSeparator()
    window.scheme_menu.addAction(window.commands["custom_scheme"])
    window.commands["scheme"].setMenu(window.scheme_menu)


def _build_convert_menu(window: MenuWindow, view: QMenu) -> None:
    window.convert_menu = window.make_menu(view, strings.convert_script())
    window.convert_menu.setObjectName("convertMenu")
    entries = [(f"convert_{key}", conversionview.control(key), key) for key, _ in conversionview.MENU_CONFIGS]
    window.radio_group(
        window.convert_menu, entries, lambda key: window.choose_conversion(None if key == "none" else key)
    )
    window.commands["convert"].setMenu(window.convert_menu)


def _build_aids_menu(window: MenuWindow, view: QMenu) -> None:
    c = window.commands
    aids = window.make_menu(view, strings.aids_menu())
    pointer = window.make_menu(aids, strings.pointer_menu())
    sizes = [(f"pointer_{m}", strings.pointer_size_entry(m), m) for m in POINTER_CYCLE]
    window.radio_group(pointer, sizes, lambda mode: window.change(big_pointer=mode))
    pointer.addSeparator()
    pointer.addAction(c["pointer_colour"])
    aids.addAction(c["crosshair"])
    window.line_focus_menu = window.make_menu(aids, strings.line_focus())
    lines = [(f"line_focus_{n}", strings.line_focus_entry(n), n) for n in LINE_FOCUS_CYCLE]
    window.radio_group(window.line_focus_menu, lines, lambda n: window.change(line_focus=n))
    window.line_focus_menu.addSeparator()
    window.line_focus_menu.addAction(c["line_focus_up"])
    window.line_focus_menu.addAction(c["line_focus_down"])
    aids.addAction(c["caption"])
    aids.addAction(c["caption_top"])


def build_toolbar(
    window: MenuWindow, add: Callable[[Qt.ToolBarArea, AccessibleToolbar], None]
) -> AccessibleToolbar:
    toolbar = AccessibleToolbar(window.widget())
    add(Qt.ToolBarArea.TopToolBarArea, toolbar)
    buttons: dict[str, QToolButton] = {}
    for name in commands.TOOLBAR:
        command = commands.COMMANDS[name]
        action = window.commands[name]
        icon_name = command.icon or name
        if action.menu() is not None:
            buttons[name] = toolbar.add_menu_button(action, icon_name)
        else:
            buttons[name] = toolbar.add_action(action, icon_name)
    window.toolbar_buttons = buttons
    # Buttons whose text tells a state are as wide as their widest text: a new state moves nothing.
    toolbar.set_state_texts(buttons["pointer"], lambda: [strings.pointer_state(m) for m in POINTER_CYCLE])
    toolbar.set_state_texts(buttons["rate"], lambda: [rate_button_text(key) for _wpm, key in strings.RATES])
    toolbar.set_state_texts(
        buttons["continuous_read"],
        lambda: [strings.continuous_read().button_text, strings.reading_paused_state()],
    )
    QWidget.setTabOrder(toolbar.buttons[-1], window.reading_view)
    return toolbar


def fill_recent_menu(window: MenuWindow, menu: QMenu, recent_files: Sequence[str]) -> None:
    """The recent-files menu: numbered entries (the full path in their tooltip), then 清除."""
    menu.clear()
    paths = list(recent_files[: recent.MENU_ENTRIES])
    if not paths:
        empty = menu.addAction(strings.no_recent())
        empty.setEnabled(False)
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(strings.recent_entry(number, Path(path).name))
        action.setData(path)
        action.setToolTip(path)
        action.setStatusTip(strings.recent_entry_description(path))
        action.setWhatsThis(strings.recent_entry_description(path))
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    menu.addSeparator()
    menu.addAction(window.commands["clear_recent"])
    window.commands["clear_recent"].setEnabled(bool(paths))
