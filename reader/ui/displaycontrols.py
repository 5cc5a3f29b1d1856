"""The window's display features: colour scheme, text size and style, reading aids, presets, and the text
settings and shortcuts dialogs.

:class:`DisplayControls` connects those actions, turns them into settings changes (through the settings
controller) and applies changed settings to the view, the scheme and the aids (:meth:`apply`, only what
changed). The scheme goes first: a new style sheet re-polishes every widget, which must not undo the
reading position the view restores after a new text style. Dialogs are made when opened and forgotten
when closed, so they can be opened any number of times.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout

from reader.core import settings as settings_schema
from reader.core import themes
from reader.core.settings import CustomColours, Settings
from reader.ui import commands, strings
from reader.ui.aids.crosshair import Crosshair
from reader.ui.aids.linefocus import LineFocus
from reader.ui.aids.pointer import BigPointer
from reader.ui.keyediting import KeyEditor, Row
from reader.ui.pinyinview import PINYIN_BAND
from reader.ui.readingfont import clamp_point_size, larger_size, smaller_size
from reader.ui.rendering import TextStyle
from reader.ui.settingscontroller import font_size_bounds
from reader.ui.theming import (
    ThemeManager,
    chrome_point_size,
    connect_system_contrast,
    preferred_high_contrast_theme,
    system_prefers_high_contrast,
)

if TYPE_CHECKING:
    from reader.ui.aids.caption import CaptionStrip
    from reader.ui.shortcutsdialog import ShortcutsDialog
    from reader.ui.textdialog import TextDialog
    from reader.ui.windowparts import Window

MESSAGE_MS = 8000
CAPTION_MIN_PT = 48.0
CAPTION_SCALE = 1.5
"""The caption strip's text is this many times the reading size, never below 48 pt."""
POINTER_CYCLE = tuple(str(mode) for mode in settings_schema.choices("big_pointer"))
POINTER_SCALES = {"off": 1, "2x": 2, "3x": 3}
LINE_FOCUS_CYCLE = tuple(int(lines) for lines in settings_schema.choices("line_focus"))
TEXT_FIELDS = (
    "font_size_pt",
    "line_spacing",
    "letter_spacing_em",
    "paragraph_spacing",
    "max_line_width_chars",
    "font_family",
    "bold",
    "alignment",
)
KEPT_ON_RESET = (
    "shortcut_preset",
    "shortcut_keys",
    "interface_language",
    "last_convert",
    "recent_files",
    "window_geometry",
)
"""Not display settings: 重置 leaves them (switching the user's keys under them would strand them)."""


def text_style(settings: Settings) -> TextStyle:
    """The reading view's style from the settings (with room above the lines when 拼音 is shown)."""
    band = PINYIN_BAND if settings.pinyin != "off" else 0.0
    return TextStyle(**{name: getattr(settings, name) for name in TEXT_FIELDS}, pinyin_band=band)


def edit_scheme(parent: Window, theme: themes.Theme) -> themes.Theme | None:
    """The custom scheme editor; its module is imported when first opened, not at start-up."""
    from reader.ui import schemedialog

    return schemedialog.edit_scheme(parent.widget(), theme)


class DisplayControls(QObject):
    """Scheme, text, aids and presets of one main window (see the module docstring)."""

    def __init__(self, window: Window, app: QApplication, caption: CaptionStrip, layout: QVBoxLayout) -> None:
        super().__init__(window.widget())
        self.window = window
        self._app = app
        self.caption = caption
        self._layout = layout
        self.theme_manager = ThemeManager(app)
        self._theme_key: tuple[themes.Theme, int, bool, int] | None = None
        self._system_high_contrast = system_prefers_high_contrast(app)
        self._disconnect_contrast = connect_system_contrast(app, self.on_system_contrast)
        self.pointer = BigPointer(app)
        self.crosshair = Crosshair(window.widget())
        self.line_focus = LineFocus(window.reading_view)
        self.line_focus.follow_pointer = True
        self.text_dialog: TextDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.keys = KeyEditor(window)
        self._connect()

    def _connect(self) -> None:
        c = self.window.commands
        c["larger"].triggered.connect(self.larger_text)
        c["smaller"].triggered.connect(self.smaller_text)
        c["reset_size"].triggered.connect(self.reset_text)
        c["text_settings"].triggered.connect(self.show_text_settings)
        c["scheme"].triggered.connect(lambda: self.window.pop_up("scheme"))
        c["custom_scheme"].triggered.connect(self.edit_custom_scheme)
        c["pointer"].triggered.connect(self._cycle_pointer)
        c["pointer_colour"].triggered.connect(
            lambda on: self._switch(on, strings.pointer_colour(), pointer_colour="white" if on else "black")
        )
        c["crosshair"].triggered.connect(lambda on: self._toggle("crosshair", on, strings.crosshair()))
        c["caption"].triggered.connect(lambda on: self._toggle("caption_strip", on, strings.caption()))
        c["caption_top"].triggered.connect(
            lambda on: self._switch(on, strings.caption_top(), caption_position="top" if on else "bottom")
        )
        c["line_focus"].triggered.connect(self._cycle_line_focus)
        c["line_focus_up"].triggered.connect(lambda: self.line_focus.move_lines(-1))
        c["line_focus_down"].triggered.connect(lambda: self.line_focus.move_lines(1))
        c["big_toolbar"].triggered.connect(lambda on: self._switch(on, strings.big_toolbar(), big_toolbar=on))
        c["elder"].triggered.connect(lambda: self._preset(settings_schema.elder_preset, strings.elder_mode()))
        c["low_vision"].triggered.connect(
            lambda: self._preset(settings_schema.low_vision_preset, strings.low_vision_mode())
        )
        c["reset"].triggered.connect(self.reset_display)
        c["help"].triggered.connect(self.show_shortcuts)

    def close(self) -> None:
        self._disconnect_contrast()
        self.pointer.set_mode(1)
        self.theme_manager.restore()

    # --- applying settings ---------------------------------------------------------------------------

    def apply(self, names: frozenset[str]) -> None:
        """Make the view, the scheme and the aids follow the settings named in ``names``."""
        new = self.window.settings
        window = self.window
        if names & {"theme", "custom_theme", "font_size_pt", "big_toolbar", "ui_scale"}:
            self.apply_theme()
        if names & {*TEXT_FIELDS, "pinyin"}:
            window.reading_view.apply_style(text_style(new))
        if "big_toolbar" in names:
            window.toolbar.set_big(new.big_toolbar)
        if names & {"big_pointer", "pointer_colour"}:
            self.pointer.set_mode(POINTER_SCALES[new.big_pointer], new.pointer_colour)
        if "crosshair" in names:
            self.crosshair.set_enabled(new.crosshair)
        if "line_focus" in names:
            self.line_focus.set_lines(new.line_focus)
        if names & {"caption_strip", "caption_position", "font_size_pt"}:
            self._apply_caption()
        if names & {"shortcut_preset", "shortcut_keys"}:
            commands.apply_shortcuts(window.commands, new.shortcut_preset, new.shortcut_keys)
            if self.shortcuts_dialog is not None:
                self.shortcuts_dialog.show_rows(self.shortcut_rows(), new.shortcut_preset)

    def effective_theme(self) -> themes.Theme:
        """The scheme shown: the chosen one, or a high-contrast one when the system asks for it and the
        user has not chosen any."""
        theme = settings_schema.current_theme(self.window.settings)
        if theme.is_system and self._system_high_contrast:
            return preferred_high_contrast_theme(self._app)
        return theme

    def apply_theme(self) -> None:
        theme = self.effective_theme()
        settings = self.window.settings
        # The style sheet only depends on the chrome's size, which changes far less often than the text's:
        # re-polishing every widget for nothing would slow each Ctrl+= down.
        chrome = chrome_point_size(settings.font_size_pt, settings.big_toolbar, settings.ui_scale)
        key = (theme, chrome, settings.big_toolbar, settings.ui_scale)
        if key != self._theme_key:
            self._theme_key = key
            self.theme_manager.apply(
                theme,
                font_size_pt=settings.font_size_pt,
                big_toolbar=settings.big_toolbar,
                ui_scale=settings.ui_scale,
            )
        colours = self.theme_manager.reading_view_colours()
        self.crosshair.set_colour(colours["crosshair"])
        self.line_focus.set_dim(colours["dim"])
        self.line_focus.set_edge(colours["focus"])
        self.caption.set_colours(colours["caption_text"], colours["caption_background"])

    def on_system_contrast(self, is_high: bool) -> None:
        self._system_high_contrast = is_high
        if self.window.settings.theme == themes.DEFAULT_THEME:
            self.apply_theme()
            if is_high:
                self.window.announce(strings.high_contrast_status(self.scheme_label()))

    def _apply_caption(self) -> None:
        s = self.window.settings
        caption = self.caption
        caption.set_point_size(max(CAPTION_MIN_PT, s.font_size_pt * CAPTION_SCALE))
        if caption.position != s.caption_position:
            caption.set_position(s.caption_position)
            self._layout.removeWidget(caption)
            index = 0 if s.caption_position == "top" else self._layout.count()
            self._layout.insertWidget(index, caption)
        caption.setVisible(s.caption_strip)
        self.window.caption_feeder.set_enabled(s.caption_strip)

    def scheme_label(self) -> str:
        """The name of the colour scheme in use, in the interface language."""
        theme = self.effective_theme()
        return strings.theme_label(theme.name, theme.label)

    def show_state(self) -> None:
        """Check marks and button texts from the settings: state in words and marks, not colour alone."""
        s = self.window.settings
        c = self.window.commands
        c["crosshair"].setChecked(s.crosshair)
        c["caption"].setChecked(s.caption_strip)
        c["caption_top"].setChecked(s.caption_position == "top")
        c["pointer_colour"].setChecked(s.pointer_colour == "white")
        c["big_toolbar"].setChecked(s.big_toolbar)
        c[f"scheme_{s.theme}"].setChecked(True)
        c[f"pointer_{s.big_pointer}"].setChecked(True)
        c[f"line_focus_{s.line_focus}"].setChecked(True)
        c[f"preset_{s.shortcut_preset}"].setChecked(True)
        c[f"language_{s.interface_language}"].setChecked(True)
        c[f"ui_scale_{s.ui_scale}"].setChecked(True)
        c["pointer"].setIconText(strings.pointer_state(s.big_pointer))
        c["line_focus"].setIconText(strings.line_focus_state(s.line_focus))
        c["line_focus_up"].setEnabled(s.line_focus > 0)
        c["line_focus_down"].setEnabled(s.line_focus > 0)
        low, high = font_size_bounds()
        c["larger"].setEnabled(s.font_size_pt < high)
        c["smaller"].setEnabled(s.font_size_pt > low)
        c["scheme"].setIconText(strings.scheme_menu().button_text)
        c["scheme"].setStatusTip(strings.theme_status(self.scheme_label()))

    # --- commands ------------------------------------------------------------------------------------

    def _toggle(self, name: str, is_on: bool, control: strings.Control) -> None:
        self._switch(is_on, control, **{name: is_on})
        self.window.speech.confirm(strings.spoken_toggle(control, is_on))

    def _switch(self, is_on: bool, control: strings.Control, **values: object) -> None:
        """Change ``values`` and say the switch's new state (announced once, as on screen)."""
        self.window.change(**values)
        self.window.announce(strings.toggled_status(control, is_on))

    def _cycle_pointer(self) -> None:
        index = POINTER_CYCLE.index(self.window.settings.big_pointer)
        mode = POINTER_CYCLE[(index + 1) % len(POINTER_CYCLE)]
        self.window.change(big_pointer=mode)
        self.window.announce(strings.pointer_state(mode))

    def _cycle_line_focus(self) -> None:
        index = LINE_FOCUS_CYCLE.index(self.window.settings.line_focus)
        lines = LINE_FOCUS_CYCLE[(index + 1) % len(LINE_FOCUS_CYCLE)]
        self.window.change(line_focus=lines)
        self.window.announce(strings.line_focus_state(lines))

    def _preset(self, preset: Callable[[Settings], Settings], control: strings.Control) -> None:
        self.window.update_settings(preset(self.window.settings))
        self.window.announce(strings.preset_status(control))

    def reset_display(self) -> None:
        """重置: every display setting back to its default; keys, language and the lists stay."""
        current = self.window.settings
        kept = {name: getattr(current, name) for name in KEPT_ON_RESET}
        self.window.update_settings(dataclasses.replace(settings_schema.reset(current), **kept))
        self.window.announce(strings.preset_status(strings.reset_display()))

    def choose_ui_scale(self, percent: int) -> None:
        """View ▸ 界面大小: menus, dialogs, tooltips and the toolbar at ``percent`` of their size."""
        self.window.change(ui_scale=percent)
        self.window.statusBar().showMessage(strings.ui_scale_status(percent), MESSAGE_MS)

    def choose_scheme(self, name: str) -> None:
        if name == themes.CUSTOM_THEME and not self.window.settings.custom_theme.to_theme().is_ok:
            self.edit_custom_scheme()
            return
        self.window.change(theme=name)
        self.window.announce(strings.theme_status(self.scheme_label()))

    def edit_custom_scheme(self) -> None:
        chosen = edit_scheme(self.window, settings_schema.current_theme(self.window.settings))
        if chosen is None:
            self.window.show_state()
            return
        colours = CustomColours(
            text=chosen.text or "#000000",
            background=chosen.background or "#ffffff",
            link=chosen.link,
            highlight_text=chosen.highlight_text,
            highlight_background=chosen.highlight_background,
            focus=chosen.focus,
        )
        self.window.change(theme=themes.CUSTOM_THEME, custom_theme=colours)

    # --- text size -----------------------------------------------------------------------------------

    def larger_text(self) -> None:
        self._set_size(larger_size(self.window.settings.font_size_pt))

    def smaller_text(self) -> None:
        self._set_size(smaller_size(self.window.settings.font_size_pt))

    def reset_text(self) -> None:
        self._set_size(Settings().font_size_pt)

    def zoom_step(self, step: int) -> None:
        if step > 0:
            self.larger_text()
        else:
            self.smaller_text()

    def _set_size(self, size: float) -> None:
        self.window.change(font_size_pt=clamp_point_size(size))
        self.window.announce(strings.size_status(self.window.settings.font_size_pt))

    # --- dialogs -------------------------------------------------------------------------------------

    def show_text_settings(self) -> None:
        """The text settings dialog: changes show at once; Cancel puts the previous settings back."""
        if self.text_dialog is not None:
            self.text_dialog.raise_()
            self.text_dialog.activateWindow()
            return
        from reader.ui.textdialog import TextDialog

        before = self.window.settings
        dialog = TextDialog(self.window.widget(), before)
        # Only the dialog's own fields: whatever else changed meanwhile stays changed.
        dialog.changed.connect(
            lambda new: self.window.change(**{name: getattr(new, name) for name in TEXT_FIELDS})
        )

        def put_back() -> None:
            restored = {name: getattr(before, name) for name in TEXT_FIELDS}
            self.window.update_settings(dataclasses.replace(self.window.settings, **restored))

        dialog.rejected.connect(put_back)
        dialog.finished.connect(lambda _result: self._forget_text_dialog(dialog))
        self.text_dialog = dialog
        dialog.open()

    def _forget_text_dialog(self, dialog: TextDialog) -> None:
        if self.text_dialog is dialog:
            self.text_dialog = None
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: a searchable table of every action and its keys."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.raise_()
            self.shortcuts_dialog.activateWindow()
            return
        from reader.ui.shortcutsdialog import ShortcutsDialog

        dialog = ShortcutsDialog(
            self.window.widget(), self.shortcut_rows(), self.window.settings.shortcut_preset, self.keys
        )
        dialog.finished.connect(lambda _result: self._forget_shortcuts_dialog(dialog))
        self.shortcuts_dialog = dialog
        dialog.open()

    def _forget_shortcuts_dialog(self, dialog: ShortcutsDialog) -> None:
        if self.shortcuts_dialog is dialog:
            self.shortcuts_dialog = None
        dialog.deleteLater()

    def shortcut_rows(self) -> list[Row]:
        """Every command that can have keys, with its keys in each preset as shown."""
        return self.keys.rows()
