"""The main window: reading view, toolbar, menus, aids and status bar, put together from feature parts.

The parts, each owning one feature (the window only composes them and shows what is open):

- ``settingscontroller.SettingsController``: the settings (loaded once, ``changed(names)``, saved soon);
- ``displaycontrols.DisplayControls``: scheme, text size and style, reading aids, presets, dialogs;
- ``conversionview.ConversionControls``: 简繁;
- ``speechcontrols.SpeechControls`` and ``exportcontrols.ExportControls``: reading aloud, audio export;
- ``navigation.NavigationControls``: moving by heading, paragraph, table and image, the outline panel, the
  heading list and "where am I";
- ``findcontrols.FindControls``: find in the article (Ctrl+F, F3), the find bar;
- ``pinyincontrols.PinyinControls``: 拼音 / 注音 over the text and in the caption strip, the 读音词典;
- ``librarycontrols.LibraryControls``: the library (every article shown is kept, with its reading
  position and bookmarks), the 文库 dialog and importing;
- ``menus``: which action is in which menu and on the toolbar;
- ``opening.FileOpener``: reading a file (large ones off the GUI thread, with progress).

Showing a file (:meth:`MainWindow.open_path`, :meth:`MainWindow.show_opened`):

1. the file is loaded and extracted (``documents.open_article``); a ``LoadError`` (or anything unexpected,
   which is logged) becomes a message naming the file and the reason, and the current article stays;
2. its display document is built (``reader.core.display``: the article, or the whole page's lines) with
   the images that can be shown, then converted when a 简繁 conversion applies, and rendered;
3. the title bar, status bar and recent-files list are updated, and the library told (it keeps the
   position left in the article before, adds this one and brings the reader back where they stopped).
Every later change of what is shown (article ↔ whole page, a conversion) goes through
:meth:`MainWindow.show_display`, which keeps the reading position and the caret when the new document
shows the same text.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QImage,
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
from reader.core.conversion import detect_script
from reader.core.display import DisplayDocument, DocPosition, build_article, build_page
from reader.core.messages import Message
from reader.core.settings import Settings, SettingsStore
from reader.ui import commands, menus, recent, strings
from reader.ui.aids.caption import CaptionFeeder, CaptionStrip
from reader.ui.announcer import Announcer
from reader.ui.checkcontrols import CheckControls
from reader.ui.conversionview import ConversionControls
from reader.ui.displaycontrols import DisplayControls, text_style
from reader.ui.documents import OpenedArticle
from reader.ui.exportcontrols import ExportControls
from reader.ui.findcontrols import FindBar, FindControls
from reader.ui.librarycontrols import LibraryControls
from reader.ui.navigation import NavigationControls
from reader.ui.opening import FileOpener
from reader.ui.pinyincontrols import PinyinControls
from reader.ui.positions import cursor_position, doc_position, document_position
from reader.ui.readingview import ReadingView
from reader.ui.rendering import decode_images, labels
from reader.ui.settingscontroller import SettingsController
from reader.ui.speechcontrols import SpeechControls, start_soon

if TYPE_CHECKING:
    from reader.core.messages import Message
    from reader.ui.findings import FindingsPanel

_log = logging.getLogger(__name__)

MESSAGE_MS = 8000


def _local_file(url: QUrl) -> Path | None:
    return Path(url.toLocalFile()) if url.isLocalFile() and url.toLocalFile() else None


class MainWindow(QMainWindow):
    """One window showing one article."""

    # Made by reader.ui.menus.
    recent_menu: QMenu
    speech_menu: QMenu
    more_menu: QMenu
    scheme_menu: QMenu
    convert_menu: QMenu
    line_focus_menu: QMenu
    toolbar_buttons: dict[str, QToolButton]
    caption: CaptionStrip
    find_bar: FindBar

    def __init__(
        self,
        *,
        store: SettingsStore | None = None,
        font_size: float | None = None,
        theme: str | None = None,
        convert: str | None = None,
        is_persistent: bool = True,
        shows_problems: bool = True,
        settings_controller: SettingsController | None = None,
        library_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``library_path``: the library file (default: the user's; none is kept when the settings are not
        persistent, as for a screenshot, unless a path is given)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # No accessible name of its own: the frame is named by its title, which carries the article's.
        self.setWindowTitle(strings.app_display_name())
        self.setAcceptDrops(True)
        self.opened: OpenedArticle | None = None
        self.article_script: str | None = None
        self._images: dict[str, QImage] = {}
        self._is_closed = False
        controller = settings_controller or SettingsController(
            store, font_size=font_size, theme=theme, is_persistent=is_persistent
        )
        controller.setParent(self)
        self.settings_controller = controller
        controller.save_failed.connect(
            lambda reason: self.statusBar().showMessage(strings.settings_problem_text(reason), MESSAGE_MS)
        )

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._create_central()
        self.caption_feeder = CaptionFeeder(self.reading_view, self.caption)
        self.commands = commands.create_actions(self)
        self.display_controls = DisplayControls(self, app, self.caption, self._central_layout)
        self.conversion_controls = ConversionControls(self, convert)
        self.speech = SpeechControls(self)
        self.export = ExportControls(self)
        self.opener = FileOpener(self)
        self.check_controls = CheckControls(self)
        self.navigation = NavigationControls(self)
        self.finding = FindControls(self, self.find_bar)
        self.pinyin_controls = PinyinControls(self)
        self.library = LibraryControls(
            self, library_path, is_enabled=controller.is_persistent or library_path is not None
        )
        self._connect_actions()
        menus.build_menus(self)
        self.toolbar = menus.build_toolbar(self, self.addToolBar)
        self._create_status_bar()
        self.problem_notice: QMessageBox | None = None

        controller.changed.connect(self._on_settings_changed)
        controller.publish()
        self.reading_view.setFocus()
        start_soon(self.speech)
        if shows_problems:
            QTimer.singleShot(0, self._tell_problems)
        elif controller.problems:
            # Never in the picture of a screenshot, but never silent either.
            for problem in controller.take_problems():
                print(f"reader: warning: {problem.english}", file=sys.stderr)

    # --- the Window protocol of the feature parts -----------------------------------------------------

    def widget(self) -> QWidget:
        return self

    @property
    def settings(self) -> Settings:
        return self.settings_controller.settings

    @settings.setter
    def settings(self, new: Settings) -> None:
        self.settings_controller.update(new)

    @property
    def display(self) -> DisplayDocument | None:
        """The display document shown."""
        return self.reading_view.display

    @property
    def conversion(self) -> str | None:
        return self.conversion_controls.config

    @property
    def problems(self) -> list[Message]:
        return self.settings_controller.problems

    def update_settings(self, new: Settings) -> None:
        """Make ``new`` the window's settings: apply what changed and save soon."""
        self.settings_controller.update(new)

    def change(self, **values: Any) -> None:
        self.settings_controller.change(**values)

    def persistent_settings(self) -> Settings:
        return self.settings_controller.persistent()

    def save_settings(self) -> bool:
        return self.settings_controller.save()

    def make_menu(self, parent: QMenu | None, control: strings.Control) -> QMenu:
        return menus.make_menu(self, parent, control, self.menuBar())

    def radio_group(
        self, menu: QMenu, entries: Sequence[tuple[str, strings.Control, object]], slot: Callable[[Any], None]
    ) -> None:
        menus.radio_group(self, self.commands, menu, entries, slot)

    def pop_up(self, name: str) -> None:
        """Open a toolbar button's menu below it (from its shortcut), without blocking."""
        button = self.toolbar_buttons[name]
        menu = self.commands[name].menu()
        if isinstance(menu, QMenu):
            menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    # Kept for callers and tests: the parts own these.

    @property
    def theme_manager(self) -> Any:
        return self.display_controls.theme_manager

    @property
    def pointer(self) -> Any:
        return self.display_controls.pointer

    @property
    def crosshair(self) -> Any:
        return self.display_controls.crosshair

    @property
    def line_focus(self) -> Any:
        return self.display_controls.line_focus

    @property
    def text_dialog(self) -> Any:
        return self.display_controls.text_dialog

    @property
    def shortcuts_dialog(self) -> Any:
        return self.display_controls.shortcuts_dialog

    def larger_text(self) -> None:
        self.display_controls.larger_text()

    def smaller_text(self) -> None:
        self.display_controls.smaller_text()

    def show_text_settings(self) -> None:
        self.display_controls.show_text_settings()

    def _on_system_contrast(self, is_high: bool) -> None:
        self.display_controls.on_system_contrast(is_high)

    def choose_conversion(self, config: str | None, *, remember: bool = True) -> None:
        self.conversion_controls.choose(config, remember=remember)

    # --- settings ------------------------------------------------------------------------------------

    def restore_geometry(self) -> bool:
        """Put the window where it was last time; False when nothing usable is saved."""
        saved = self.settings.window_geometry
        if not saved:
            return False
        return bool(self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))))

    def _tell_problems(self) -> None:
        problems = self.settings_controller.take_problems()
        if not problems:
            return
        self.statusBar().showMessage(strings.settings_problems(len(problems)), MESSAGE_MS * 2)
        notice = QMessageBox(
            QMessageBox.Icon.Information,
            strings.settings_problems_title(),
            strings.settings_problems(len(problems)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        notice.setObjectName("settingsProblems")
        notice.setInformativeText(
            strings.settings_problems_detail([strings.settings_problem_text(p) for p in problems])
        )
        notice.setWindowModality(Qt.WindowModality.NonModal)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.destroyed.connect(lambda: setattr(self, "problem_notice", None))
        notice.show()
        self.problem_notice = notice

    def _on_settings_changed(self, names: frozenset[str]) -> None:
        self.pinyin_controls.apply(self.settings)
        self.display_controls.apply(names)
        self.speech.apply_settings(self.settings)
        if "recent_files" in names:
            self.rebuild_recent_menu()
        self.show_state()

    def show_state(self) -> None:
        """Check marks and button texts from the settings and what is shown."""
        self.display_controls.show_state()
        self.conversion_controls.show_state()
        self.pinyin_controls.show_state()
        c = self.commands
        c["text_only"].setChecked(c["article"].isChecked())
        self.speech.show_state(self.settings)

    def choose_interface_language(self, code: str) -> None:
        # Qt widgets take their text when they are built: the new language shows from the next start.
        if code != self.settings.interface_language:
            self.change(interface_language=code)
            self.announce(strings.interface_language_later())

    # --- construction --------------------------------------------------------------------------------

    def _create_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("centralWidget")
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self.reading_view = ReadingView(central, style=text_style(self.settings))
        self.reading_view.link_hovered.connect(self._show_link)
        # A lambda: the display controls are made after the view.
        self.reading_view.zoom_requested.connect(lambda step: self.display_controls.zoom_step(step))  # noqa: PLW0108
        self.caption = CaptionStrip(central)
        self.caption.hide()
        self.find_bar = FindBar(central)
        self._central_layout.addWidget(self.reading_view, 1)
        self._central_layout.addWidget(self.find_bar)
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
        c["article"].toggled.connect(lambda _on: self._show_content())
        for name, control in (("article", strings.show_article), ("whole_page", strings.show_whole_page)):
            c[name].triggered.connect(lambda _on=False, control=control: self._announce_shown(control()))
        c["text_only"].triggered.connect(self._toggle_text_only)
        c["more"].triggered.connect(lambda: self.pop_up("more"))
        c["convert"].triggered.connect(lambda: self.pop_up("convert"))

    def _create_status_bar(self) -> None:
        """The status bar: the file label (named by its text) and the messages, which are its name.

        A status bar named "状态栏" would hide what it says: a screen reader's "read the status bar" key
        reads the name and the labels in it, so the bar's name is the message shown (none: no name).
        """
        control = strings.status_bar()
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setAccessibleDescription(control.description)
        bar.messageChanged.connect(lambda message: bar.setAccessibleName(message))  # noqa: PLW0108
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self.file_label)
        self.announcer = Announcer(bar, MESSAGE_MS)

    def _toggle_text_only(self, is_on: bool) -> None:
        self.commands["article" if is_on else "whole_page"].setChecked(True)
        self.show_state()
        self.announce(strings.toggled_status(strings.text_only(), is_on))

    def _announce_shown(self, control: strings.Control) -> None:
        self.announce(strings.conversion_done(control.name))

    # --- opening -------------------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open ``path`` into the window; on failure tell the user and keep the current article.

        A large file is read off the GUI thread with a progress dialog: this returns True at once and the
        article is shown when it is ready.
        """
        return self.opener.open(Path(path))

    def show_opened(self, opened: OpenedArticle) -> None:
        """Show an opened file (see the module docstring)."""
        self.library.leaving()
        self.conversion_controls.forget()
        self.opened = opened
        self._images = decode_images(opened.article, opened.document.resource)
        self.article_script = detect_script(opened.article.text or opened.article.page_text)
        self.speech.voice_changed()
        wanted = self.conversion_controls.initial(self.article_script)
        self._show_content(wanted, is_new_file=True)
        self.check_controls.page_opened()
        self.file_label.setText(strings.file_status(opened.path.name, opened.encoding))
        self.library.article_shown(opened)

    def _original_display(self) -> DisplayDocument | None:
        opened = self.opened
        if opened is None:
            return None
        if self.commands["whole_page"].isChecked():
            return build_page(opened.article, labels())
        return build_article(opened.article, labels(), self._images.__contains__)

    def _show_content(self, config: str | None = None, *, is_new_file: bool = False) -> None:
        """Show the open file in the current mode (article or whole page), converted with ``config`` (by
        default the conversion shown now)."""
        original = self._original_display()
        self.show_state()
        if original is None:
            return
        wanted = config if is_new_file else self.conversion
        # The original first: a long conversion comes in slices, and the reader sees the text meanwhile.
        self.conversion_controls.forget()
        self.show_display(original)
        if wanted is not None:
            self.conversion_controls.choose(wanted, remember=False)

    def show_display(self, display: DisplayDocument) -> None:
        """Render ``display``; the reading position and the caret stay on the same text when the new
        document shows the text shown now (another conversion of it), else the view starts at the top."""
        view = self.reading_view
        old = view.display
        mapped: list[DocPosition | None] = []
        if old is not None:
            document = view.document()
            caret = view.textCursor()
            places = [view.reading_place(), doc_position(document, caret.anchor()), cursor_position(caret)]
            mapped = [display.map_from(old, place) for place in places]
        top = mapped[0] if mapped and all(mapped) else None
        view.show_display(display, self._images, at=top)
        if top is not None:
            document = view.document()
            anchor, position = (document_position(document, place) for place in mapped[1:] if place)
            cursor = QTextCursor(document)
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
            view.scroll_to(top)
        self.setWindowTitle(strings.window_title(display.title or strings.untitled()))
        self.show_state()

    def show_error(self, file: str, problem: Message) -> None:
        """Tell the reader why ``file`` could not be opened, in the interface language."""
        reason = strings.error_text(problem)
        QMessageBox.warning(self, strings.open_failed_title(), strings.open_failed(file, reason))

    def choose_file(self) -> None:
        start = str(self.opened.path.parent) if self.opened else ""
        path, _ = QFileDialog.getOpenFileName(
            self, strings.open_dialog_title(), start, ";;".join(strings.open_dialog_filters())
        )
        if path:
            self.open_path(path)

    # --- recent files --------------------------------------------------------------------------------

    def add_recent(self, path: str | Path) -> None:
        self.change(recent_files=recent.add(self.settings.recent_files, path))

    def rebuild_recent_menu(self) -> None:
        menus.fill_recent_menu(self, self.recent_menu, self.settings.recent_files)

    # --- status bar, announcements, dialogs ----------------------------------------------------------

    def _show_link(self, href: str) -> None:
        if href:
            self.statusBar().showMessage(strings.link_status(href))
        else:
            self.statusBar().clearMessage()

    def show_about(self) -> None:
        QMessageBox.about(self, strings.about_title(), strings.about_text(__version__))

    def announce(self, message: str) -> None:
        """Say ``message`` to screen readers, once, and show it in the status bar (``ui.announcer``)."""
        self.announcer.announce(message)

    def status_text(self) -> str:
        """The message the status bar shows now: a passing message or the last announcement ("" when none)."""
        return self.statusBar().currentMessage() or self.announcer.shown

    # --- the accessibility check (reader.ui.checkcontrols) -------------------------------------------

    @property
    def findings(self) -> FindingsPanel | None:
        return self.check_controls.panel

    def show_findings(self, is_on: bool = True) -> None:
        self.check_controls.show(is_on)

    # --- closing: save, and give the application back its own look and pointer -----------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_closed:
            super().closeEvent(event)
            return
        self._is_closed = True
        controller = self.settings_controller
        if controller.is_persistent:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            controller.change(window_geometry=geometry)
            controller.save()
        self.opener.cancel()
        self.library.close()
        self.speech.close()
        self.export.close()
        self.check_controls.cancel()
        self.display_controls.close()
        super().closeEvent(event)

    # --- drag and drop -------------------------------------------------------------------------------

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
