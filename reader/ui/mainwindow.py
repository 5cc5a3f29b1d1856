"""The main window: menus, toolbar, reading view and status bar, and opening files into them.

Opening a file (menu, recent list, drag and drop, start-up) goes through ``open_path``:

1. ``documents.open_article`` loads and extracts it; a ``LoadError`` (or anything unexpected, which is
   logged) becomes a message box naming the file and the reason, and the current article stays;
2. the article (or, in whole-page mode, the page's text) is rendered and shown;
3. the title bar, status bar and recent-files list are updated.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from reader import __version__
from reader.core.errors import LoadError
from reader.ui import strings
from reader.ui.documents import OpenedArticle, open_article
from reader.ui.readingview import DEFAULT_POINT_SIZE, ReadingView, larger_size, smaller_size
from reader.ui.recent import RecentFiles
from reader.ui.rendering import render_article, render_whole_page

_log = logging.getLogger(__name__)

STYLE_SHEET = """
QTextEdit#readingView { border: 3px solid transparent; }
QTextEdit#readingView:focus { border: 3px solid palette(highlight); }
QToolBar#mainToolbar QToolButton {
    padding: 4px 12px; border: 2px solid transparent; border-radius: 4px;
}
QToolBar#mainToolbar QToolButton:hover { border: 2px solid palette(mid); }
QToolBar#mainToolbar QToolButton:checked { border: 2px solid palette(dark); background: palette(midlight); }
QToolBar#mainToolbar QToolButton:focus { border: 3px solid palette(highlight); }
"""
"""A focus frame that appears (not just changes colour) on the focused control; checked buttons get a
border besides their background, so state is never shown by colour alone. The reading view keeps the same
border width in both states: changing it would resize the viewport and relayout a long book."""


def _local_file(url: QUrl) -> Path | None:
    return Path(url.toLocalFile()) if url.isLocalFile() and url.toLocalFile() else None


class MainWindow(QMainWindow):
    """One window showing one article."""

    def __init__(
        self,
        *,
        point_size: float = DEFAULT_POINT_SIZE,
        recent: RecentFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(strings.app_display_name())
        self.setAccessibleName(strings.app_display_name())
        self.setAccessibleDescription(strings.reading_view().description)
        self.setAcceptDrops(True)
        self.setStyleSheet(STYLE_SHEET)
        self.recent = recent if recent is not None else RecentFiles()
        self.opened: OpenedArticle | None = None
        self.default_point_size = point_size

        self.reading_view = ReadingView(self, point_size=point_size)
        self.setCentralWidget(self.reading_view)
        self.reading_view.link_hovered.connect(self._show_link)

        self.commands: dict[str, QAction] = {}
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.reading_view.setFocus()

    # Construction

    def _action(
        self,
        key: str,
        control: strings.Control,
        shortcuts: list[QKeySequence] | None = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(control.label, self)
        action.setObjectName(f"action_{key}")
        if shortcuts:
            action.setShortcuts(shortcuts)
        shown = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
        action.setToolTip(strings.tooltip(control, shown))
        action.setStatusTip(control.description)
        action.setWhatsThis(control.description)
        action.setCheckable(checkable)
        # Kept for the toolbar button, which takes its accessible name from here.
        action.setProperty("accessibleName", control.name)
        self.addAction(action)
        self.commands[key] = action
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence
        self._action("open", strings.open_file(), [keys(keys.StandardKey.Open)]).triggered.connect(
            self.choose_file
        )
        self._action("quit", strings.quit_app(), [keys("Ctrl+Q")]).triggered.connect(self.close)
        article = self._action("article", strings.show_article(), [keys("Ctrl+1")], checkable=True)
        whole = self._action("whole_page", strings.show_whole_page(), [keys("Ctrl+2")], checkable=True)
        group = QActionGroup(self)
        group.setExclusive(True)
        group.addAction(article)
        group.addAction(whole)
        article.setChecked(True)
        article.toggled.connect(self._rerender)
        self._action("larger", strings.larger_text(), [keys("Ctrl+="), keys("Ctrl++")]).triggered.connect(
            self.larger_text
        )
        self._action("smaller", strings.smaller_text(), [keys("Ctrl+-")]).triggered.connect(self.smaller_text)
        self._action("reset", strings.reset_text(), [keys("Ctrl+0")]).triggered.connect(self.reset_text)
        self._action("about", strings.about()).triggered.connect(self.show_about)
        self._action("clear_recent", strings.clear_recent()).triggered.connect(self._clear_recent)

    def _menu(self, control: strings.Control) -> QMenu:
        menu = self.menuBar().addMenu(control.label)
        menu.setAccessibleName(control.name)
        menu.setAccessibleDescription(control.description)
        menu.setToolTipsVisible(True)
        return menu

    def _create_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(strings.menu_bar().name)
        bar.setAccessibleDescription(strings.menu_bar().description)
        file_menu = self._menu(strings.file_menu())
        file_menu.addAction(self.commands["open"])
        recent = strings.recent_menu()
        self.recent_menu = file_menu.addMenu(recent.label)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.setAccessibleName(recent.name)
        self.recent_menu.setAccessibleDescription(recent.description)
        self.recent_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        file_menu.addAction(self.commands["quit"])
        self.rebuild_recent_menu()

        view_menu = self._menu(strings.view_menu())
        view_menu.addAction(self.commands["article"])
        view_menu.addAction(self.commands["whole_page"])
        view_menu.addSeparator()
        for key in ("larger", "smaller", "reset"):
            view_menu.addAction(self.commands[key])

        help_menu = self._menu(strings.help_menu())
        help_menu.addAction(self.commands["about"])

    def _create_toolbar(self) -> None:
        control = strings.toolbar()
        toolbar = QToolBar(control.label, self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(control.name)
        toolbar.setAccessibleDescription(control.description)
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.toggleViewAction().setEnabled(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        previous: QWidget | None = None
        for key in ("open", "article", "whole_page", "larger", "smaller"):
            action = self.commands[key]
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            # QToolBar makes its buttons unfocusable; keyboard users must reach them with Tab.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(str(action.property("accessibleName")))
            button.setAccessibleDescription(action.statusTip())
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        if previous is not None:
            QWidget.setTabOrder(previous, self.reading_view)

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
        self.recent.add(opened.path)
        self.rebuild_recent_menu()
        return True

    def show_opened(self, opened: OpenedArticle) -> None:
        self.opened = opened
        self._rerender()
        title = opened.article.title or strings.untitled()
        self.setWindowTitle(strings.window_title(title))
        self.file_label.setText(strings.file_status(opened.path.name, opened.encoding))

    def _rerender(self) -> None:
        if self.opened is None:
            return
        if self.commands["whole_page"].isChecked():
            rendering = render_whole_page(self.opened.article)
        else:
            rendering = render_article(self.opened.article, self.opened.document.resource)
        self.reading_view.show_rendering(rendering)

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

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths
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

    def _clear_recent(self) -> None:
        self.recent.clear()
        self.rebuild_recent_menu()

    # Text size

    def larger_text(self) -> None:
        self.reading_view.set_point_size(larger_size(self.reading_view.point_size))

    def smaller_text(self) -> None:
        self.reading_view.set_point_size(smaller_size(self.reading_view.point_size))

    def reset_text(self) -> None:
        self.reading_view.set_point_size(self.default_point_size)

    # Status bar and dialogs

    def _show_link(self, href: str) -> None:
        if href:
            self.statusBar().showMessage(strings.link_status(href))
        else:
            self.statusBar().clearMessage()

    def show_about(self) -> None:
        QMessageBox.about(self, strings.about_title(), strings.about_text(__version__))

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
