"""What the window's feature controllers may use of the main window: a protocol, so that they depend on
this small surface rather than on ``reader.ui.mainwindow`` (which imports them: no import cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar, QToolButton, QWidget

    from reader.core.display import DisplayDocument
    from reader.core.settings import Settings
    from reader.ui import strings
    from reader.ui.aids.caption import CaptionFeeder
    from reader.ui.displaycontrols import DisplayControls
    from reader.ui.documents import OpenedArticle
    from reader.ui.exportcontrols import ExportControls
    from reader.ui.pinyincontrols import PinyinControls
    from reader.ui.readingview import ReadingView
    from reader.ui.settingscontroller import SettingsController
    from reader.ui.speechcontrols import SpeechControls
    from reader.ui.toolbar import AccessibleToolbar


class Window(Protocol):
    """The main window as its controllers see it."""

    commands: dict[str, QAction]
    settings_controller: SettingsController
    reading_view: ReadingView
    caption_feeder: CaptionFeeder
    opened: OpenedArticle | None
    article_script: str | None
    toolbar: AccessibleToolbar
    speech: SpeechControls
    export: ExportControls

    @property
    def conversion(self) -> str | None: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def display(self) -> DisplayDocument | None: ...

    def change(self, **values: Any) -> None: ...

    def update_settings(self, new: Settings) -> None: ...

    def announce(self, message: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def widget(self) -> QWidget: ...

    def show_state(self) -> None: ...

    def pop_up(self, name: str) -> None: ...

    def show_display(self, display: DisplayDocument) -> None: ...

    def make_menu(self, parent: QMenu | None, control: strings.Control) -> QMenu: ...

    def radio_group(self, menu: QMenu, entries: Any, slot: Any) -> None: ...


class MenuWindow(Window, Protocol):
    """The main window as its menu builder sees it: the menus it keeps."""

    recent_menu: QMenu
    speech_menu: QMenu
    more_menu: QMenu
    scheme_menu: QMenu
    convert_menu: QMenu
    line_focus_menu: QMenu
    toolbar_buttons: dict[str, QToolButton]
    display_controls: DisplayControls
    pinyin_controls: PinyinControls

    def menuBar(self) -> QMenuBar: ...

    def choose_interface_language(self, code: str) -> None: ...

    def choose_conversion(self, config: str | None, *, remember: bool = True) -> None: ...

    def open_path(self, path: str) -> bool: ...
