"""Moving through the article: quick-navigation keys, the outline panel, the heading list, "where am I".

:class:`NavigationControls` keeps the :class:`~reader.core.outline.Outline` of the display document shown
(made again when the view shows another one) and connects the window's navigation commands:

- H / Shift+H, P / Shift+P, T / Shift+T, G / Shift+G move to the next or previous heading, text paragraph,
  table or image, as in a screen reader's browse mode. They are shortcuts of the reading view only
  (``Qt.WidgetShortcut``): the view is read-only, so a letter there never types, and elsewhere (a filter
  field, a list's type-ahead) letters stay the widget's own. A move puts the caret at the block's start,
  scrolls it to the top of the view and announces it (politely); at the last one it says so.
- View ▸ 标题大纲 shows the :class:`~reader.ui.outlineview.OutlinePanel` dock; 标题列表 (Alt+Shift+Q /
  Ctrl+Shift+Q) the filterable :class:`~reader.ui.outlineview.HeadingList`. Choosing a heading in either
  moves the caret there and gives the reading view the focus. The panel follows the caret.
- 我在哪里 (Alt+Shift+I / Ctrl+Shift+I) says and shows the title, the heading the caret is under, the
  paragraph number and how far into the text the caret is.
"""

from __future__ import annotations

from itertools import islice, takewhile
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from reader.core.display import DisplayDocument, DisplayKind, DocPosition
from reader.core.outline import Outline, Target, place_of
from reader.ui import strings
from reader.ui.positions import cursor_position, range_cursor

if TYPE_CHECKING:
    from reader.ui.outlineview import HeadingList, OutlinePanel
    from reader.ui.windowparts import Window

MOVES: dict[str, tuple[Target, bool]] = {
    "heading_next": (Target.HEADING, True),
    "heading_previous": (Target.HEADING, False),
    "paragraph_next": (Target.PARAGRAPH, True),
    "paragraph_previous": (Target.PARAGRAPH, False),
    "table_next": (Target.TABLE, True),
    "table_previous": (Target.TABLE, False),
    "image_next": (Target.IMAGE, True),
    "image_previous": (Target.IMAGE, False),
}
"""Quick-navigation command → what it moves to, and whether forwards."""


class NavigationControls(QObject):
    """The navigation of one window."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget())
        self.window = window
        self.panel: OutlinePanel | None = None
        self.heading_list: HeadingList | None = None
        self._outline: Outline | None = None
        self._outlined: DisplayDocument | None = None
        view = window.reading_view
        c = window.commands
        for name, (target, is_forward) in MOVES.items():
            action = c[name]
            # Keys of the reading view only: the action leaves the window for the view.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            window.widget().removeAction(action)
            view.addAction(action)
            action.triggered.connect(lambda _checked=False, t=target, f=is_forward: self.move(t, f))
        c["outline_panel"].triggered.connect(self.show_panel)
        c["heading_list"].triggered.connect(self.show_heading_list)
        c["where_am_i"].triggered.connect(self.where_am_i)
        view.document_replaced.connect(self._on_document_replaced)
        view.cursorPositionChanged.connect(self._mark_heading)

    # --- the outline of what is shown -----------------------------------------------------------------

    def outline(self) -> Outline | None:
        """The outline of the display document shown (None when nothing is shown)."""
        display = self.window.reading_view.display
        if display is None:
            return None
        if display is not self._outlined or self._outline is None:
            self._outline = Outline.of(display)
            self._outlined = display
        return self._outline

    def _on_document_replaced(self, is_new_content: bool) -> None:
        if is_new_content and self.panel is not None:
            outline = self.outline()
            self.panel.show_entries(outline.entries if outline is not None else [])
            self._mark_heading()

    def _caret(self) -> DocPosition:
        return cursor_position(self.window.reading_view.textCursor())

    # --- moving ---------------------------------------------------------------------------------------

    def move(self, target: Target, is_forward: bool) -> bool:
        """Move the caret to the next (or previous) ``target``; False (and said so) when there is none."""
        outline = self.outline()
        if outline is None:
            self.window.announce(strings.no_article())
            return False
        here = self._caret().block
        block = outline.next(target, here) if is_forward else outline.previous(target, here)
        if block is None:
            self.window.announce(strings.nothing_further(target.value, is_forward))
            return False
        self.go_to(block)
        spoken = self._spoken(block)
        if spoken:
            self.window.announce(spoken)
        return True

    def go_to(self, block: int) -> None:
        """Put the caret at the start of display block ``block`` and that line at the top of the view."""
        view = self.window.reading_view
        place = DocPosition(block, 0)
        view.show_block(block)
        view.setTextCursor(range_cursor(view.document(), place))
        view.scroll_to(place)

    def _spoken(self, block: int) -> str:
        display = self.window.reading_view.display
        outline = self.outline()
        if display is None or outline is None:
            return ""
        shown = display.blocks[block]
        heading = outline.heading_at(block)
        if heading is not None and heading.block == block:
            return strings.heading_spoken(heading.text, heading.level)
        if shown.kind is DisplayKind.CELL:
            # The table's cells only (they follow each other), not a copy of the rest of the document.
            following = islice(display.blocks, block, None)
            group = shown.group
            cells = list(takewhile(lambda b: b.kind is DisplayKind.CELL and b.group == group, following))
            rows = max(b.row for b in cells) + 1
            columns = max(b.column for b in cells) + 1
            return strings.table_spoken(rows, columns, shown.text)
        if shown.kind is DisplayKind.PICTURE and block + 1 < len(display.blocks):
            return display.blocks[block + 1].text  # its caption
        return shown.text

    # --- the outline panel and the heading list --------------------------------------------------------

    def show_panel(self, is_on: bool = True) -> None:
        """Show (and focus) or hide the outline panel."""
        if not is_on:
            if self.panel is not None:
                self.panel.hide()
            self.window.reading_view.setFocus()
            return
        panel = self._panel()
        outline = self.outline()
        panel.show_entries(outline.entries if outline is not None else [])
        self._mark_heading()
        panel.show()
        panel.raise_()
        panel.tree.setFocus()

    def _panel(self) -> OutlinePanel:
        if self.panel is None:
            from reader.ui.outlineview import OutlinePanel

            main = self.window.widget()
            assert isinstance(main, QMainWindow)
            panel = OutlinePanel(main)
            main.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
            panel.hide()
            panel.visibilityChanged.connect(self.window.commands["outline_panel"].setChecked)
            panel.chosen.connect(self._chosen)
            self.panel = panel
        return self.panel

    def show_heading_list(self) -> None:
        """Open the 标题列表 dialog with the heading the caret is under selected."""
        outline = self.outline()
        if outline is None:
            self.window.announce(strings.no_article())
            return
        if self.heading_list is None:
            from reader.ui.outlineview import HeadingList

            self.heading_list = HeadingList(self.window.widget())
            self.heading_list.chosen.connect(self._chosen)
        heading = outline.heading_at(self._caret().block)
        self.heading_list.show_entries(outline.entries, heading.block if heading is not None else None)
        self.heading_list.open()
        self.heading_list.filter.setFocus()

    def _chosen(self, block: int) -> None:
        self.go_to(block)
        self.window.reading_view.setFocus()

    def _mark_heading(self) -> None:
        panel = self.panel
        if panel is None or not panel.isVisible():
            return
        outline = self.outline()
        heading = outline.heading_at(self._caret().block) if outline is not None else None
        panel.mark(heading.block if heading is not None else None)

    # --- where am I -------------------------------------------------------------------------------------

    def where_am_i(self) -> str:
        """Say and show where the caret is; returns what was said."""
        display = self.window.reading_view.display
        outline = self.outline()
        if display is None or outline is None:
            message = strings.no_article()
        else:
            place = place_of(display, outline, self._caret())
            heading = place.heading.text if place.heading is not None else strings.before_first_heading()
            title = display.title or strings.untitled()
            message = strings.place_summary(title, heading, place.paragraph, place.paragraphs, place.percent)
        self.window.announce(message)
        return message
