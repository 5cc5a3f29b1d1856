"""The outline's two views: a dock with the headings as a tree (View ▸ 标题大纲) and the 标题列表 dialog.

Both list :class:`~reader.core.outline.OutlineEntry` s and emit ``chosen(block)`` when the reader
activates one (Enter, or a double click); the window then moves the caret there. The dock's tree nests
each heading under the nearest heading of a lower level before it; the dialog is a flat list, narrowed as
the reader types in its filter (like a screen reader's elements list), Up and Down in the filter move in
the list and Enter goes to the heading selected.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.outline import OutlineEntry
from reader.ui import strings

BLOCK_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QDockWidget):
    """The headings of the article shown, as a tree; Enter on one emits ``chosen(block)``."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        control = strings.outline_panel()
        super().__init__(control.name, parent)
        self.setObjectName("outlinePanel")
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        tree_control = strings.outline_tree()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outlineTree")
        self.tree.setAccessibleName(tree_control.name)
        self.tree.setAccessibleDescription(tree_control.description)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.setWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._items: list[tuple[int, QTreeWidgetItem]] = []

    def show_entries(self, entries: Sequence[OutlineEntry]) -> None:
        """List ``entries`` (the outline of the article now shown)."""
        self.tree.clear()
        self._items = []
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for entry in entries:
            while parents and parents[-1][0] >= entry.level:
                parents.pop()
            item = QTreeWidgetItem([entry.text])
            item.setData(0, BLOCK_ROLE, entry.block)
            item.setData(0, Qt.ItemDataRole.ToolTipRole, strings.heading_level_description(entry.level))
            item.setData(
                0, Qt.ItemDataRole.AccessibleDescriptionRole, strings.heading_level_description(entry.level)
            )
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append((entry.level, item))
            self._items.append((entry.block, item))
        if not entries:
            empty = QTreeWidgetItem([strings.no_headings()])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.tree.expandAll()
        if self._items:
            self.tree.setCurrentItem(self._items[0][1])

    def mark(self, block: int | None) -> None:
        """Make the entry of the heading at ``block`` the current one (quietly: no signal)."""
        item = next((item for number, item in self._items if number == block), None)
        if item is not None and item is not self.tree.currentItem():
            blocked = self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(blocked)

    def entry_texts(self) -> list[str]:
        """The headings listed, in order (for tests)."""
        return [item.text(0) for _, item in self._items]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        block = item.data(0, BLOCK_ROLE)
        if isinstance(block, int):
            self.chosen.emit(block)


class HeadingList(QDialog):
    """标题列表: the headings, narrowed by a filter; Enter (or 转到) emits ``chosen(block)`` and closes."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headingList")
        title = strings.heading_list_title()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(strings.heading_list().description)
        layout = QVBoxLayout(self)
        filter_control = strings.heading_filter()
        label = QLabel(filter_control.label, self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("headingFilter")
        self.filter.setAccessibleName(filter_control.name)
        self.filter.setAccessibleDescription(filter_control.description)
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        list_control = strings.heading_list_view()
        self.list = QListWidget(self)
        self.list.setObjectName("headingListView")
        self.list.setAccessibleName(list_control.name)
        self.list.setAccessibleDescription(list_control.description)
        self.list.itemActivated.connect(lambda _item: self.go())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.go_button = self._button(strings.go_to_heading(), "goToHeading")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        close = self._button(strings.close_heading_list(), "closeHeadingList")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.go_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.resize(520, 480)

    def _button(self, control: strings.Control, name: str) -> QPushButton:
        button = QPushButton(control.label, self)
        button.setObjectName(name)
        button.setAccessibleName(control.name)
        button.setAccessibleDescription(control.description)
        button.setAutoDefault(False)
        return button

    def show_entries(self, entries: Sequence[OutlineEntry], current: int | None) -> None:
        """List ``entries`` with the heading at block ``current`` selected; the filter starts empty."""
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text, self.list)
            item.setData(BLOCK_ROLE, entry.block)
            description = strings.heading_level_description(entry.level)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(description)
            if entry.block == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.filter.clear()
        self.filter.setFocus()

    def visible_texts(self) -> list[str]:
        """The headings the filter leaves, in order (for tests)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.text() for item in items if not item.isHidden()]

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the filter move in the list, as in a screen reader's elements list.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go()
                return True
        return False

    def go(self) -> None:
        """Go to the heading selected (a visible one), and close."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        block = item.data(BLOCK_ROLE)
        self.accept()
        if isinstance(block, int):
            self.chosen.emit(block)
