"""View ▸ 无障碍检查: the accessibility check's dock for the open page, made when first shown.

:class:`CheckControls` makes the :class:`~reader.ui.findings.FindingsPanel` at the first use (its rules are
not loaded before), runs the check of the open page when shown (a page already checked is not checked
again), and shows a chosen finding's element in the reading view when the article holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from reader.ui import strings

if TYPE_CHECKING:
    from reader.ui.findings import FindingsPanel
    from reader.ui.windowparts import Window

MESSAGE_MS = 8000


class CheckControls(QObject):
    """The accessibility check of one window."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget())
        self.window = window
        self.panel: FindingsPanel | None = None
        window.commands["check_page"].triggered.connect(self.show)

    def _panel(self) -> FindingsPanel:
        if self.panel is None:
            from reader.ui.findings import FindingsPanel

            main = self.window.widget()
            assert isinstance(main, QMainWindow)
            panel = FindingsPanel(main)
            main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.hide()
            panel.visibilityChanged.connect(self.window.commands["check_page"].setChecked)
            panel.highlight_requested.connect(self._show_finding)
            self.panel = panel
        return self.panel

    def show(self, is_on: bool = True) -> None:
        """Show (and run, for a page not checked yet) or hide the accessibility check of the open page."""
        window = self.window
        if not is_on:
            if self.panel is not None:
                self.panel.hide()
            window.reading_view.setFocus()
            return
        panel = self._panel()
        main = window.widget()
        if not panel.isVisible() and isinstance(main, QMainWindow):
            panel.show()
            # A third of the window: room for the rule names and the explanation beside the article.
            main.resizeDocks([panel], [max(420, main.width() // 3)], Qt.Orientation.Horizontal)
        panel.raise_()
        opened = window.opened
        if opened is None:
            panel.summary.setText(strings.findings_nothing_to_check())
        elif not panel.is_checking and (panel.report is None or panel.report.path != opened.path):
            panel.check(opened.path)
        panel.tree.setFocus()

    def page_opened(self) -> None:
        """A new page is shown: check it when the panel is open."""
        if self.panel is not None and self.panel.isVisible() and self.window.opened is not None:
            self.panel.check(self.window.opened.path)

    def cancel(self) -> None:
        if self.panel is not None:
            self.panel.cancel()

    def _show_finding(self, text: str) -> None:
        from reader.ui.findings import find_in_view

        view = self.window.reading_view
        found = find_in_view(view, text) if text else None
        if found is None:
            self.window.statusBar().showMessage(strings.finding_not_in_article(), MESSAGE_MS)
            return
        view.setTextCursor(found)
        view.ensureCursorVisible()
        self.window.statusBar().showMessage(strings.finding_shown_in_article(), MESSAGE_MS)
