"""The main window: toolbar, menus, reading view, reading aids and status bar, driven by the settings.

Start-up (``MainWindow.__init__``):

1. the settings are read with ``SettingsStore`` (``READER_CONFIG_DIR`` or the platform's config folder);
   problems never stop the window: bad values were already replaced, and the user is told once, in the
   status bar and a notice that does not block (``shows_problems``; never in screenshot mode); the
   recent-files list of an older version (``recent.json``) is taken over when the settings have none;
2. ``--font-size`` and ``--theme`` override their settings for this run only: they are not saved unless
   the user changes that setting in the window;
3. the reading view, the toolbar, the menus and the aids are built, and :meth:`apply_settings` makes all of
   them follow the settings (text style, scheme through ``ThemeManager``, aids, shortcut preset).

Every change goes through :meth:`update_settings`: the new settings are applied (only what changed) and
saved shortly after (debounced, atomically by the store); the window's geometry is saved when it closes.

Opening a file (menu, recent list, drag and drop, start-up) goes through :meth:`open_path`:

1. ``documents.open_article`` loads and extracts it; a ``LoadError`` (or anything unexpected, which is
   logged) becomes a message box naming the file and the reason, and the current article stays;
2. the article (or, in whole-page mode, the page's text) is rendered and shown;
3. the title bar, status bar and recent-files list are updated.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QLocale, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core import settings as settings_schema
from reader.core import themes
from reader.core.conversion import CONFIGS, default_config, detect_script
from reader.core.document import Article
from reader.core.errors import LoadError
from reader.core.settings import INTERFACE_LANGUAGES, CustomColours, Settings, SettingsStore
from reader.ui import commands, conversionview, recent, shortcuts, strings
from reader.ui.aids.caption import CaptionFeeder, CaptionStrip
from reader.ui.aids.crosshair import Crosshair
from reader.ui.aids.linefocus import LineFocus
from reader.ui.aids.pointer import BigPointer
from reader.ui.documents import OpenedArticle, open_article
from reader.ui.readingview import ReadingView, clamp_point_size, larger_size, smaller_size
from reader.ui.rendering import TextStyle, render_article, render_whole_page
from reader.ui.speechcontrols import SpeechControls, start_soon
from reader.ui.theming import (
    ThemeManager,
    chrome_point_size,
    connect_system_contrast,
    preferred_high_contrast_theme,
    system_prefers_high_contrast,
)
from reader.ui.toolbar import AccessibleToolbar

if TYPE_CHECKING:
    # The dialogs are imported when first opened: they are not needed for the first paint.
    from reader.ui.findings import FindingsPanel
    from reader.ui.shortcutsdialog import ShortcutsDialog
    from reader.ui.textdialog import TextDialog

_log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
"""Settings are written this long after the last change: a held Ctrl+= writes once, not per step."""
MESSAGE_MS = 8000
CAPTION_MIN_PT = 48.0
CAPTION_SCALE = 1.5
"""The caption strip's text is this many times the reading size, never below 48 pt."""
POINTER_CYCLE = ("off", "2x", "3x")
POINTER_SCALES = {"off": 1, "2x": 2, "3x": 3}
LINE_FOCUS_CYCLE = (0, 1, 3, 5)
SPEECH_FIELDS = (
    "sound",
    "speech_rate",
    "speech_volume",
    "voices",
    "point_read",
    "word_highlight",
    "announce_toggles",
)
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
KEPT_ON_RESET = ("shortcut_preset", "interface_language", "last_convert")
"""Not display settings: 重置 leaves them (switching the user's keys under them would strand them)."""


def text_style(settings: Settings) -> TextStyle:
    """The reading view's style from the settings."""
    return TextStyle(**{name: getattr(settings, name) for name in TEXT_FIELDS})


def edit_scheme(parent: QWidget, theme: themes.Theme) -> themes.Theme | None:
    """The custom scheme editor; its module is imported when first opened, not at start-up."""
    from reader.ui import schemedialog

    return schemedialog.edit_scheme(parent, theme)


def _local_file(url: QUrl) -> Path | None:
    return Path(url.toLocalFile()) if url.isLocalFile() and url.toLocalFile() else None


class MainWindow(QMainWindow):
    """One window showing one article."""

    def __init__(
        self,
        *,
        store: SettingsStore | None = None,
        font_size: float | None = None,
        theme: str | None = None,
        convert: str | None = None,
        is_persistent: bool = True,
        shows_problems: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(strings.app_display_name())
        self.setAccessibleName(strings.app_display_name())
        self.setAccessibleDescription(strings.reading_view().description)
        self.setAcceptDrops(True)
        self.opened: OpenedArticle | None = None
        self._is_closed = False
        # 简繁: the conversion shown (None = 原文), this run's --convert, the article converted, the job
        # converting it, and the original's block texts (to map positions through phrase conversions).
        self.conversion: str | None = None
        self._convert_override = convert
        self._converted: Article | None = None
        self._conversion_job: conversionview.ArticleConversion | None = None
        self._original_blocks: dict[bool, list[str]] = {}
        self.article_script: str | None = None
        self._load_settings(store, font_size, theme, is_persistent)

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self.theme_manager = ThemeManager(app)
        self._theme_key: tuple[themes.Theme, int, bool] | None = None
        self._system_high_contrast = system_prefers_high_contrast(app)
        self._disconnect_contrast = connect_system_contrast(app, self._on_system_contrast)
        self.pointer = BigPointer(app)

        self._create_central()
        self.crosshair = Crosshair(self)
        self.line_focus = LineFocus(self.reading_view)
        self.line_focus.follow_pointer = True
        self.caption_feeder = CaptionFeeder(self.reading_view, self.caption)

        self.commands = commands.create_actions(self)
        self._announcers: dict[str, QAction] = {}
        self._connect_actions()
        self.speech = SpeechControls(self)
        # The accessibility check's dock, made when first shown (its rules are not loaded before).
        self.findings: FindingsPanel | None = None
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.text_dialog: TextDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.problem_notice: QMessageBox | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_settings)
        self.apply_settings(None, self.settings)
        self.reading_view.setFocus()
        start_soon(self.speech)
        if self.problems and shows_problems:
            QTimer.singleShot(0, self._tell_problems)
        if self.problems and self._is_persistent:
            # Saving the cleaned settings is what makes "told once" true.
            self._save_timer.start()

    # Settings

    def _load_settings(
        self, store: SettingsStore | None, font_size: float | None, theme: str | None, is_persistent: bool
    ) -> None:
        self._store = store if store is not None else SettingsStore()
        self._is_persistent = is_persistent
        loaded, self.problems = self._store.load()
        if not loaded.recent_files:
            legacy = recent.legacy_paths(self._store.path.parent)
            if legacy:
                loaded = dataclasses.replace(loaded, recent_files=legacy)
        self._stored = loaded
        overrides: dict[str, object] = {}
        if font_size is not None:
            overrides["font_size_pt"] = clamp_point_size(font_size)
        if theme is not None:
            themes.get_theme(theme)  # raises ValueError naming the valid ones
            overrides["theme"] = theme
        self._overrides = overrides
        self.settings: Settings = dataclasses.replace(loaded, **overrides)  # type: ignore[arg-type]

    def update_settings(self, new: Settings) -> None:
        """Make ``new`` the window's settings: apply what changed and save soon."""
        old = self.settings
        if new == old:
            return
        for name in list(self._overrides):
            if getattr(new, name) != getattr(old, name):
                del self._overrides[name]  # the user's own choice now: saved from here on
        self.settings = new
        self.apply_settings(old, new)
        if self._is_persistent:
            self._save_timer.start()

    def change(self, **values: Any) -> None:
        """:meth:`update_settings` with some values replaced."""
        self.update_settings(dataclasses.replace(self.settings, **values))

    def persistent_settings(self) -> Settings:
        """What is saved: the settings without this run's command-line overrides."""
        kept = {name: getattr(self._stored, name) for name in self._overrides}
        return dataclasses.replace(self.settings, **kept)

    def save_settings(self) -> bool:
        """Write the settings now; a failure is shown in the status bar, never raised."""
        self._save_timer.stop()
        if not self._is_persistent:
            return False
        try:
            self._store.save(self.persistent_settings())
        except (OSError, ValueError) as error:
            _log.warning("could not save the settings to %s: %s", self._store.path, error)
            self.statusBar().showMessage(strings.settings_save_failed(str(error)), MESSAGE_MS)
            return False
        return True

    def restore_geometry(self) -> bool:
        """Put the window where it was last time; False when nothing usable is saved."""
        saved = self.settings.window_geometry
        if not saved:
            return False
        return bool(self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))))

    def _tell_problems(self) -> None:
        if not self.problems:
            return
        self.statusBar().showMessage(strings.settings_problems(len(self.problems)), MESSAGE_MS * 2)
        notice = QMessageBox(
            QMessageBox.Icon.Information,
            strings.settings_problems_title(),
            strings.settings_problems(len(self.problems)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        notice.setObjectName("settingsProblems")
        notice.setInformativeText(strings.settings_problems_detail(self.problems))
        notice.setWindowModality(Qt.WindowModality.NonModal)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.show()
        self.problem_notice = notice

    def apply_settings(self, old: Settings | None, new: Settings) -> None:
        """Make the view, the scheme, the aids and the controls follow ``new`` (only what changed)."""

        def changed(*names: str) -> bool:
            return old is None or any(getattr(old, name) != getattr(new, name) for name in names)

        # The scheme first: a new style sheet re-polishes every widget, which must not undo the reading
        # position the view restores after a new text style.
        if changed("theme", "custom_theme", "font_size_pt", "big_toolbar"):
            self._apply_theme()
        if changed(*TEXT_FIELDS):
            self.reading_view.apply_style(text_style(new))
        if changed("big_toolbar"):
            self.toolbar.set_big(new.big_toolbar)
        if changed("big_pointer", "pointer_colour"):
            self.pointer.set_mode(POINTER_SCALES[new.big_pointer], new.pointer_colour)
        if changed("crosshair"):
            self.crosshair.set_enabled(new.crosshair)
        if changed("line_focus"):
            self.line_focus.set_lines(new.line_focus)
        if changed("caption_strip", "caption_position", "font_size_pt"):
            self._apply_caption()
        if changed(*SPEECH_FIELDS):
            self.speech.apply_settings(new)
        if changed("shortcut_preset"):
            commands.apply_shortcuts(self.commands, new.shortcut_preset, self._announcers)
            self._apply_toolbar_tooltips()
        if changed("recent_files"):
            self.rebuild_recent_menu()
        self._show_state()

    def effective_theme(self) -> themes.Theme:
        """The scheme shown: the chosen one, or a high-contrast one when the system asks for it and the
        user has not chosen any."""
        theme = settings_schema.current_theme(self.settings)
        if theme.is_system and self._system_high_contrast:
            return preferred_high_contrast_theme(self._app)
        return theme

    def _apply_theme(self) -> None:
        theme = self.effective_theme()
        settings = self.settings
        # The style sheet only depends on the chrome's size, which changes far less often than the text's:
        # re-polishing every widget for nothing would slow each Ctrl+= down.
        key = (theme, chrome_point_size(settings.font_size_pt, settings.big_toolbar), settings.big_toolbar)
        if key != self._theme_key:
            self._theme_key = key
            self.theme_manager.apply(
                theme, font_size_pt=settings.font_size_pt, big_toolbar=settings.big_toolbar
            )
        colours = self.theme_manager.reading_view_colours()
        self.crosshair.set_colour(colours["crosshair"])
        self.line_focus.set_dim(colours["dim"])
        self.line_focus.set_edge(colours["focus"])
        self.caption.set_colours(colours["caption_text"], colours["caption_background"])

    def _on_system_contrast(self, is_high: bool) -> None:
        self._system_high_contrast = is_high
        if self.settings.theme == themes.DEFAULT_THEME:
            self._apply_theme()
            if is_high:
                self.announce(strings.high_contrast_status(self.effective_theme().label))

    # Construction

    def _create_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("centralWidget")
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self.reading_view = ReadingView(central, style=text_style(self.settings))
        self.reading_view.link_hovered.connect(self._show_link)
        self.reading_view.zoom_requested.connect(self._zoom_step)
        self.caption = CaptionStrip(central)
        self.caption.hide()
        self._central_layout.addWidget(self.reading_view, 1)
        self._central_layout.addWidget(self.caption)
        self.setCentralWidget(central)

    def _connect_actions(self) -> None:
        c = self.commands
        c["open"].triggered.connect(self.choose_file)
        c["quit"].triggered.connect(self.close)
        c["about"].triggered.connect(self.show_about)
        c["clear_recent"].triggered.connect(lambda: self.change(recent_files=()))
        group = QActionGroup(self)
        group.setExclusive(True)
        group.addAction(c["article"])
        group.addAction(c["whole_page"])
        c["article"].setChecked(True)
        c["article"].toggled.connect(self._rerender)
        c["text_only"].triggered.connect(self._toggle_text_only)
        c["larger"].triggered.connect(self.larger_text)
        c["smaller"].triggered.connect(self.smaller_text)
        c["reset_size"].triggered.connect(self.reset_text)
        c["text_settings"].triggered.connect(self.show_text_settings)
        c["scheme"].triggered.connect(self._pop_up_scheme_menu)
        c["custom_scheme"].triggered.connect(self.edit_custom_scheme)
        c["pointer"].triggered.connect(self._cycle_pointer)
        c["pointer_colour"].triggered.connect(
            lambda on: self.change(pointer_colour="white" if on else "black")
        )
        c["crosshair"].triggered.connect(lambda on: self._toggle("crosshair", on, strings.crosshair()))
        c["caption"].triggered.connect(lambda on: self._toggle("caption_strip", on, strings.caption()))
        c["caption_top"].triggered.connect(lambda on: self.change(caption_position="top" if on else "bottom"))
        c["line_focus"].triggered.connect(self._cycle_line_focus)
        c["line_focus_up"].triggered.connect(lambda: self.line_focus.move_lines(-1))
        c["line_focus_down"].triggered.connect(lambda: self.line_focus.move_lines(1))
        c["big_toolbar"].triggered.connect(lambda on: self.change(big_toolbar=on))
        c["elder"].triggered.connect(lambda: self._preset(settings_schema.elder_preset, strings.elder_mode()))
        c["low_vision"].triggered.connect(
            lambda: self._preset(settings_schema.low_vision_preset, strings.low_vision_mode())
        )
        c["reset"].triggered.connect(self.reset_display)
        c["help"].triggered.connect(self.show_shortcuts)
        c["more"].triggered.connect(self._pop_up_more_menu)
        c["convert"].triggered.connect(lambda: self._pop_up(self.convert_menu, "convert"))
        c["check_page"].triggered.connect(self.show_findings)
        for name, command in commands.COMMANDS.items():
            if not command.is_available:
                announcer = QAction(self)
                announcer.setObjectName(f"announce_{name}")
                control = command.control()
                announcer.triggered.connect(lambda _=False, k=control: self.announce_unavailable(k))
                self.addAction(announcer)
                self._announcers[name] = announcer

    def _radio_group(
        self, menu: QMenu, entries: Sequence[tuple[str, strings.Control, object]], slot: Callable[[Any], None]
    ) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, control, value in entries:
            action = commands.make_action(self, name, control, is_checkable=True)
            action.setProperty("value", value)
            action.setToolTip(control.name)
            group.addAction(action)
            menu.addAction(action)
            self.commands[name] = action
            action.triggered.connect(lambda _=False, v=value: slot(v))

    def _menu(self, parent: QMenu | None, control: strings.Control) -> QMenu:
        menu = self.menuBar().addMenu(control.label) if parent is None else parent.addMenu(control.label)
        menu.setAccessibleName(control.name)
        menu.setAccessibleDescription(control.description)
        menu.setToolTipsVisible(True)
        return menu

    def _create_menus(self) -> None:
        c = self.commands
        bar = self.menuBar()
        bar.setAccessibleName(strings.menu_bar().name)
        bar.setAccessibleDescription(strings.menu_bar().description)

        file_menu = self._menu(None, strings.file_menu())
        file_menu.addAction(c["open"])
        self.recent_menu = self._menu(file_menu, strings.recent_menu())
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(c["export_audio"])
        file_menu.addSeparator()
        file_menu.addAction(c["quit"])

        self._create_view_menu()
        self.speech_menu = self._menu(None, strings.speech_menu())
        self.speech_menu.setObjectName("speechMenu")
        self.speech.create_menu(self.speech_menu)

        help_menu = self._menu(None, strings.help_menu())
        help_menu.addAction(c["help"])
        help_menu.addAction(c["about"])

        # 更多: what the toolbar has no room for.
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("moreMenu")
        self.more_menu.setAccessibleName(strings.more_menu().name)
        self.more_menu.setAccessibleDescription(strings.more_menu().description)
        self.more_menu.setToolTipsVisible(True)
        self.more_menu.addMenu(self.line_focus_menu)
        self.more_menu.addAction(c["text_settings"])
        self.more_menu.addSeparator()
        for name in ("elder", "low_vision", "big_toolbar"):
            self.more_menu.addAction(c[name])
        c["more"].setMenu(self.more_menu)

    def _create_view_menu(self) -> None:
        c = self.commands
        view = self._menu(None, strings.view_menu())
        view.addAction(c["article"])
        view.addAction(c["whole_page"])
        view.addSeparator()
        text = self._menu(view, strings.text_menu())
        for name in ("larger", "smaller", "reset_size"):
            text.addAction(c[name])
        text.addSeparator()
        text.addAction(c["text_settings"])

        self._create_scheme_menu(view)
        self._create_convert_menu(view)

        self._create_aids_menu(view)

        presets = self._menu(view, strings.presets_menu())
        for name in ("elder", "low_vision", "reset"):
            presets.addAction(c[name])
        view.addSeparator()
        view.addAction(c["big_toolbar"])
        keys = self._menu(view, strings.shortcut_preset_menu())
        entries = [(f"preset_{p}", strings.shortcut_preset_entry(p), p) for p in shortcuts.PRESETS]
        self._radio_group(keys, entries, lambda preset: self.change(shortcut_preset=preset))
        languages = self._menu(view, strings.interface_language_menu())
        language_entries = [
            (f"language_{code}", strings.interface_language_entry(code), code) for code in INTERFACE_LANGUAGES
        ]
        self._radio_group(languages, language_entries, self._choose_interface_language)
        view.addSeparator()
        view.addAction(c["check_page"])

    def _choose_interface_language(self, code: str) -> None:
        # Qt widgets take their text when they are built: the new language shows from the next start.
        if code != self.settings.interface_language:
            self.change(interface_language=code)
            self.announce(strings.interface_language_later())

    def _create_scheme_menu(self, view: QMenu) -> None:
        self.scheme_menu = self._menu(view, strings.scheme_menu())
        self.scheme_menu.setObjectName("schemeMenu")
        schemes = [
            (f"scheme_{theme.name}", strings.scheme_entry(f"&{number} {theme.label}"), theme.name)
            for number, theme in enumerate(themes.list_themes(), start=1)
        ]
        schemes.append(
            ("scheme_custom", strings.scheme_entry(strings.custom_scheme().name), themes.CUSTOM_THEME)
        )
        self._radio_group(self.scheme_menu, schemes, self.choose_scheme)
        self.scheme_menu.addSeparator()
        self.scheme_menu.addAction(self.commands["custom_scheme"])
        self.commands["scheme"].setMenu(self.scheme_menu)

    def _create_convert_menu(self, view: QMenu) -> None:
        self.convert_menu = self._menu(view, strings.convert_script())
        self.convert_menu.setObjectName("convertMenu")
        entries = [
            (f"convert_{key}", conversionview.control(key), key) for key, _ in conversionview.MENU_CONFIGS
        ]
        self._radio_group(self.convert_menu, entries, self._choose_conversion_key)
        self.commands["convert"].setMenu(self.convert_menu)

    def _create_aids_menu(self, view: QMenu) -> None:
        c = self.commands
        aids = self._menu(view, strings.aids_menu())
        pointer = self._menu(aids, strings.pointer_menu())
        sizes = [(f"pointer_{m}", strings.pointer_size_entry(m), m) for m in POINTER_CYCLE]
        self._radio_group(pointer, sizes, lambda mode: self.change(big_pointer=mode))
        pointer.addSeparator()
        pointer.addAction(c["pointer_colour"])
        aids.addAction(c["crosshair"])
        self.line_focus_menu = self._menu(aids, strings.line_focus())
        lines = [(f"line_focus_{n}", strings.line_focus_entry(n), n) for n in LINE_FOCUS_CYCLE]
        self._radio_group(self.line_focus_menu, lines, lambda n: self.change(line_focus=n))
        self.line_focus_menu.addSeparator()
        self.line_focus_menu.addAction(c["line_focus_up"])
        self.line_focus_menu.addAction(c["line_focus_down"])
        aids.addAction(c["caption"])
        aids.addAction(c["caption_top"])

    def _create_toolbar(self) -> None:
        self.toolbar = AccessibleToolbar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar_buttons: dict[str, QToolButton] = {}
        for name in commands.TOOLBAR:
            command = commands.COMMANDS[name]
            action = self.commands[name]
            icon_name = command.icon or name
            if not command.is_available:
                control = command.control()
                button: QToolButton = self.toolbar.add_unavailable(control, icon_name, action.toolTip())
                button.clicked.connect(lambda _=False, k=control: self.announce_unavailable(k))
            elif action.menu() is not None:
                button = self.toolbar.add_menu_button(action, icon_name)
            else:
                button = self.toolbar.add_action(action, icon_name)
            self.toolbar_buttons[name] = button
        QWidget.setTabOrder(self.toolbar.buttons[-1], self.reading_view)

    def _apply_toolbar_tooltips(self) -> None:
        for name, button in self.toolbar_buttons.items():
            if not commands.COMMANDS[name].is_available:
                button.setToolTip(self.commands[name].toolTip())

    def _create_status_bar(self) -> None:
        control = strings.status_bar()
        bar = self.statusBar()
        bar.setAccessibleName(control.name)
        bar.setAccessibleDescription(control.description)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setAccessibleName(control.name)
        self.file_label.setAccessibleDescription(control.description)
        bar.addPermanentWidget(self.file_label)

    def _show_state(self) -> None:
        """Check marks and button texts from the settings: state in words and marks, not colour alone."""
        s = self.settings
        c = self.commands
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
        job = self._conversion_job
        self._check_conversion(job.config if job is not None else self.conversion)
        c["pointer"].setIconText(strings.pointer_state(s.big_pointer))
        c["line_focus"].setIconText(strings.line_focus_state(s.line_focus))
        c["line_focus_up"].setEnabled(s.line_focus > 0)
        c["line_focus_down"].setEnabled(s.line_focus > 0)
        c["larger"].setEnabled(s.font_size_pt < 120)
        c["smaller"].setEnabled(s.font_size_pt > 12)
        c["text_only"].setChecked(c["article"].isChecked())
        self.speech.show_state(s)
        theme = self.effective_theme()
        c["scheme"].setIconText(strings.scheme_menu().button_text)
        c["scheme"].setStatusTip(strings.theme_status(theme.label))

    def _apply_caption(self) -> None:
        s = self.settings
        self.caption.set_point_size(max(CAPTION_MIN_PT, s.font_size_pt * CAPTION_SCALE))
        if self.caption.position != s.caption_position:
            self.caption.set_position(s.caption_position)
            self._central_layout.removeWidget(self.caption)
            index = 0 if s.caption_position == "top" else self._central_layout.count()
            self._central_layout.insertWidget(index, self.caption)
        self.caption.setVisible(s.caption_strip)
        self.caption_feeder.set_enabled(s.caption_strip)

    # The accessibility check

    def _findings_panel(self) -> FindingsPanel:
        if self.findings is None:
            from reader.ui.findings import FindingsPanel

            panel = FindingsPanel(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.hide()
            panel.visibilityChanged.connect(self.commands["check_page"].setChecked)
            panel.highlight_requested.connect(self._show_finding)
            self.findings = panel
        return self.findings

    def show_findings(self, is_on: bool = True) -> None:
        """Show (and run, for a page not checked yet) or hide the accessibility check of the open page."""
        if not is_on:
            if self.findings is not None:
                self.findings.hide()
            self.reading_view.setFocus()
            return
        panel = self._findings_panel()
        if not panel.isVisible():
            panel.show()
            # A third of the window: room for the rule names and the explanation beside the article.
            self.resizeDocks([panel], [max(420, self.width() // 3)], Qt.Orientation.Horizontal)
        panel.raise_()
        if self.opened is None:
            panel.summary.setText(strings.findings_nothing_to_check())
        elif not panel.is_checking and (panel.report is None or panel.report.path != self.opened.path):
            panel.check(self.opened.path)
        panel.tree.setFocus()

    def _show_finding(self, text: str) -> None:
        from reader.ui.findings import find_in_view

        found = find_in_view(self.reading_view, text) if text else None
        if found is None:
            self.statusBar().showMessage(strings.finding_not_in_article(), MESSAGE_MS)
            return
        self.reading_view.setTextCursor(found)
        self.reading_view.ensureCursorVisible()
        self.statusBar().showMessage(strings.finding_shown_in_article(), MESSAGE_MS)

    # Announcements

    def announce(self, message: str) -> None:
        """Say ``message`` in the status bar and to screen readers (an announcement, Qt ≥ 6.8)."""
        self.statusBar().showMessage(message, MESSAGE_MS)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def announce_unavailable(self, control: strings.Control) -> None:
        self.announce(strings.unavailable_message(control))

    # Display commands

    def _toggle(self, name: str, is_on: bool, control: strings.Control) -> None:
        self.change(**{name: is_on})
        self.announce(strings.toggled_status(control, is_on))
        self.speech.confirm(strings.spoken_toggle(control, is_on))

    def _cycle_pointer(self) -> None:
        index = POINTER_CYCLE.index(self.settings.big_pointer)
        mode = POINTER_CYCLE[(index + 1) % len(POINTER_CYCLE)]
        self.change(big_pointer=mode)
        self.announce(strings.pointer_state(mode))

    def _cycle_line_focus(self) -> None:
        index = LINE_FOCUS_CYCLE.index(self.settings.line_focus)
        lines = LINE_FOCUS_CYCLE[(index + 1) % len(LINE_FOCUS_CYCLE)]
        self.change(line_focus=lines)
        self.announce(strings.line_focus_state(lines))

    def _preset(self, preset: Callable[[Settings], Settings], control: strings.Control) -> None:
        self.update_settings(preset(self.settings))
        self.announce(strings.preset_status(control))

    def reset_display(self) -> None:
        """重置: every display setting back to its default; keys, language and the lists stay."""
        kept = {name: getattr(self.settings, name) for name in KEPT_ON_RESET}
        self.update_settings(dataclasses.replace(settings_schema.reset(self.settings), **kept))
        self.announce(strings.preset_status(strings.reset_display()))

    def choose_scheme(self, name: str) -> None:
        if name == themes.CUSTOM_THEME and not self.settings.custom_theme.to_theme().is_ok:
            self.edit_custom_scheme()
            return
        self.change(theme=name)
        self.announce(strings.theme_status(self.effective_theme().label))

    def edit_custom_scheme(self) -> None:
        chosen = edit_scheme(self, settings_schema.current_theme(self.settings))
        if chosen is None:
            self._show_state()
            return
        colours = CustomColours(
            text=chosen.text or "#000000",
            background=chosen.background or "#ffffff",
            link=chosen.link,
            highlight_text=chosen.highlight_text,
            highlight_background=chosen.highlight_background,
            focus=chosen.focus,
        )
        self.change(theme=themes.CUSTOM_THEME, custom_theme=colours)

    def _pop_up_scheme_menu(self) -> None:
        self._pop_up(self.scheme_menu, "scheme")

    def _pop_up_more_menu(self) -> None:
        self._pop_up(self.more_menu, "more")

    def _pop_up(self, menu: QMenu, name: str) -> None:
        # From the shortcut: open the button's menu below it, without blocking.
        button = self.toolbar_buttons[name]
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _toggle_text_only(self, is_on: bool) -> None:
        self.commands["article" if is_on else "whole_page"].setChecked(True)
        self._show_state()

    def show_text_settings(self) -> None:
        """The text settings dialog: changes show at once; Cancel puts the previous settings back."""
        if self.text_dialog is not None and self.text_dialog.isVisible():
            self.text_dialog.raise_()
            self.text_dialog.activateWindow()
            return
        from reader.ui.textdialog import TextDialog

        before = self.settings
        dialog = TextDialog(self, self.settings)
        dialog.changed.connect(self.update_settings)
        dialog.rejected.connect(lambda: self.update_settings(dataclasses.replace(self.settings, **{
            name: getattr(before, name) for name in TEXT_FIELDS
        })))  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        self.text_dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: a searchable table of every action and its keys."""
        from reader.ui.shortcutsdialog import ShortcutsDialog

        dialog = ShortcutsDialog(self, self.shortcut_rows(), self.settings.shortcut_preset)
        dialog.finished.connect(dialog.deleteLater)
        self.shortcuts_dialog = dialog
        dialog.open()

    def shortcut_rows(self) -> list[tuple[str, dict[str, str]]]:
        """(accessible name, preset → keys as shown) of every action that has keys."""
        rows = []
        for name in shortcuts.TABLE:
            action = self.commands.get(name)
            if action is None:
                continue
            shown: dict[str, str] = {
                preset: ", ".join(commands.shown_key((key,)) for key in shortcuts.keys(name, preset))
                for preset in shortcuts.PRESETS
            }
            name_shown = str(action.property("accessibleName"))
            command = commands.COMMANDS.get(name)
            if command is not None and not command.is_available:
                name_shown = strings.unavailable_name(command.control())
            rows.append((name_shown, shown))
        return rows

    # Text size

    def larger_text(self) -> None:
        self._set_size(larger_size(self.settings.font_size_pt))

    def smaller_text(self) -> None:
        self._set_size(smaller_size(self.settings.font_size_pt))

    def reset_text(self) -> None:
        self._set_size(Settings().font_size_pt)

    def _zoom_step(self, step: int) -> None:
        if step > 0:
            self.larger_text()
        else:
            self.smaller_text()

    def _set_size(self, size: float) -> None:
        self.change(font_size_pt=clamp_point_size(size))
        self.statusBar().showMessage(strings.size_status(self.settings.font_size_pt), MESSAGE_MS)

    # Opening

    def open_path(self, path: str | Path) -> bool:
        """Open ``path`` into the window; on failure tell the user and keep the current article."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_article(path)
        except LoadError as error:
            QApplication.restoreOverrideCursor()
            self.show_error(Path(error.path).name or error.path, error.reason)
            return False
        except Exception as error:
            QApplication.restoreOverrideCursor()
            _log.exception("unexpected failure opening %s", path)
            self.show_error(Path(path).name, strings.unexpected_error(type(error).__name__, str(error)))
            return False
        try:
            self.show_opened(opened)
        except Exception as error:
            _log.exception("unexpected failure showing %s", path)
            self.show_error(Path(path).name, strings.unexpected_error(type(error).__name__, str(error)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.add_recent(opened.path)
        return True

    def show_opened(self, opened: OpenedArticle) -> None:
        self._cancel_conversion()
        self.opened = opened
        self.conversion = None
        self._converted = None
        self._original_blocks = {}
        self._rerender()
        if self.findings is not None and self.findings.isVisible():
            self.findings.check(opened.path)
        title = opened.article.title or strings.untitled()
        self.setWindowTitle(strings.window_title(title))
        self.file_label.setText(strings.file_status(opened.path.name, opened.encoding))
        # The original is shown first; a remembered or requested conversion follows (in slices when long).
        self.article_script = detect_script(opened.article.text or opened.article.page_text)
        wanted = self._initial_conversion(self.article_script)
        if wanted is not None:
            self.choose_conversion(wanted, remember=False)

    def _rerender(self) -> None:
        # A new document: positions of a reading in the old one mean nothing any more.
        self.speech.voice_changed()
        self._show_state()
        if self.opened is None:
            return
        article = self._converted if self._converted is not None else self.opened.article
        if self.commands["whole_page"].isChecked():
            rendering = render_whole_page(article)
        else:
            rendering = render_article(article, self.opened.document.resource)
        self.reading_view.show_rendering(rendering)

    # 简繁 conversion

    def _initial_conversion(self, script: str | None) -> str | None:
        """This run's --convert, else the choice remembered for ``script``, else the locale's default;
        never a conversion that reads another script than the article's (a Big5 page is not converted to
        itself)."""
        if self._convert_override is not None:
            return self._convert_override
        if script is None:
            return None
        remembered = self.settings.last_convert.get(script)
        if remembered is not None:
            wanted: str | None = None if remembered == "none" else remembered
        else:
            wanted = default_config(script, QLocale().name())  # type: ignore[arg-type]
        if wanted is None or wanted not in CONFIGS or conversionview.source_script(wanted) != script:
            return None
        return wanted

    def _choose_conversion_key(self, key: str) -> None:
        self.choose_conversion(None if key == "none" else key)

    def choose_conversion(self, config: str | None, *, remember: bool = True) -> None:
        """Show the article converted with ``config`` (None: the original), keeping the reading position;
        with ``remember``, the choice becomes the default for articles of this script."""
        if remember and self.article_script is not None:
            choices = dict(self.settings.last_convert)
            choices[self.article_script] = config or "none"
            self.change(last_convert=choices)
        self._cancel_conversion()
        self._check_conversion(config)
        if self.opened is None or config == self.conversion:
            return
        view = self.reading_view
        document = view.document()
        whole_page = self.commands["whole_page"].isChecked()
        if self.conversion is None:
            self._original_blocks[whole_page] = conversionview.block_texts(document)
        originals = self._originals(whole_page)
        caret = view.textCursor()
        places = [
            conversionview.to_original(document, position, self.conversion, originals)
            for position in (view.reading_position(), caret.anchor(), caret.position())
        ]
        if config is None:
            self._show_conversion(None, None, places)
            return
        job = conversionview.ArticleConversion(self.opened.article, config, self)
        self._conversion_job = job
        job.progressed.connect(
            lambda percent: self.statusBar().showMessage(strings.conversion_progress(percent))
        )
        job.finished.connect(lambda article: self._show_conversion(config, article, places))
        job.start()

    def _show_conversion(
        self, config: str | None, article: Article | None, places: list[conversionview.BlockPosition]
    ) -> None:
        if self._conversion_job is not None:
            self._conversion_job.deleteLater()
            self._conversion_job = None
        self.conversion = config
        self._converted = article
        self._rerender()
        view = self.reading_view
        document = view.document()
        originals = self._originals(self.commands["whole_page"].isChecked())
        top, anchor, position = (conversionview.to_document(document, p, config, originals) for p in places)
        cursor = QTextCursor(document)
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.scroll_to_position(top)
        shown = article if article is not None else self.opened.article if self.opened else None
        if shown is not None:
            self.setWindowTitle(strings.window_title(shown.title or strings.untitled()))
        self.announce(strings.conversion_done(conversionview.control(conversionview.menu_key(config)).name))

    def _originals(self, whole_page: bool) -> list[str] | None:
        """The original's document block texts in this view, to map positions through phrase conversions:
        kept from the last time the original was shown; the whole page's are its lines (one block each)."""
        kept = self._original_blocks.get(whole_page)
        if kept is None and whole_page and self.opened is not None:
            lines = [line.strip() for line in self.opened.article.page_text.split("\n") if line.strip()]
            kept = lines or [strings.empty_whole_page()]
            self._original_blocks[whole_page] = kept
        return kept

    def _check_conversion(self, config: str | None) -> None:
        self.commands[f"convert_{conversionview.menu_key(config)}"].setChecked(True)

    def _cancel_conversion(self) -> None:
        if self._conversion_job is not None:
            self._conversion_job.cancel()
            self._conversion_job.deleteLater()
            self._conversion_job = None

    def show_error(self, file: str, reason: str) -> None:
        QMessageBox.warning(self, strings.open_failed_title(), strings.open_failed(file, reason))

    def choose_file(self) -> None:
        start = str(self.opened.path.parent) if self.opened else ""
        path, _ = QFileDialog.getOpenFileName(
            self, strings.open_dialog_title(), start, ";;".join(strings.open_dialog_filters())
        )
        if path:
            self.open_path(path)

    # Recent files

    def add_recent(self, path: str | Path) -> None:
        self.change(recent_files=recent.add(self.settings.recent_files, path))

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_files[: recent.MENU_ENTRIES]
        if not paths:
            empty = self.recent_menu.addAction(strings.no_recent())
            empty.setEnabled(False)
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(strings.recent_entry(number, Path(path).name))
            action.setData(path)
            action.setToolTip(path)
            action.setStatusTip(strings.recent_entry_description(path))
            action.setWhatsThis(strings.recent_entry_description(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.commands["clear_recent"])
        self.commands["clear_recent"].setEnabled(bool(paths))

    # Status bar and dialogs

    def _show_link(self, href: str) -> None:
        if href:
            self.statusBar().showMessage(strings.link_status(href))
        else:
            self.statusBar().clearMessage()

    def show_about(self) -> None:
        QMessageBox.about(self, strings.about_title(), strings.about_text(__version__))

    # Closing: save, and give the application back its own look and pointer

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_closed:
            super().closeEvent(event)
            return
        self._is_closed = True
        if self._is_persistent:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.settings = dataclasses.replace(self.settings, window_geometry=geometry)
            self.save_settings()
        self.speech.close()
        if self.findings is not None:
            self.findings.cancel()
        self._disconnect_contrast()
        self.pointer.set_mode(1)
        self.theme_manager.restore()
        super().closeEvent(event)

    # Drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(_local_file(url) for url in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [file for file in (_local_file(url) for url in event.mimeData().urls()) if file]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(files[0])
