"""Help ▸ Keyboard shortcuts: every action with its keys in the active preset and in the other one.

A filter field narrows the table as the user types (an action's name in Chinese or English, or a key such
as "Alt+Shift+X"); the table is read-only, moved through with the arrow keys, and its columns are named
for screen readers. An explanation above says which preset is active and where to switch it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui import strings
from reader.ui.shortcuts import PRESETS, Preset
from reader.ui.widgets import buddy_label

Row = tuple[str, dict[str, str]]
"""(action's accessible name, preset → its keys as shown)."""


class ShortcutsDialog(QDialog):
    """A searchable, read-only table of actions and keys."""

    def __init__(self, parent: QWidget | None, rows: list[Row], preset: Preset) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(strings.shortcuts_dialog_title())
        self.setAccessibleName(strings.shortcuts_dialog_title())
        self.setAccessibleDescription(strings.shortcuts_explanation(preset))
        other: Preset = next(p for p in PRESETS if p != preset)

        explanation = QLabel(strings.shortcuts_explanation(preset), self)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        filter_control = strings.shortcuts_filter()
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setAccessibleName(filter_control.name)
        self.filter.setAccessibleDescription(filter_control.description)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        filter_label = buddy_label(self, filter_control, self.filter)

        self.table = self._build_table(rows, preset, other)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(strings.close_button())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.filter.setFocus()

    def _build_table(self, rows: list[Row], preset: Preset, other: Preset) -> QTableWidget:
        table_control = strings.shortcuts_table()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutTable")
        table.setAccessibleName(table_control.name)
        table.setAccessibleDescription(table_control.description)
        table.setHorizontalHeaderLabels(
            strings.shortcuts_headers(strings.preset_short_name(preset), strings.preset_short_name(other))
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for number, (name, keys) in enumerate(rows):
            cells = (
                name,
                keys.get(preset) or strings.no_shortcut(),
                keys.get(other) or strings.no_shortcut(),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(number, column, item)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose name or keys contain ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, column) for column in range(self.table.columnCount()))
            haystack = " ".join(cell.text() for cell in cells if cell is not None).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def visible_rows(self) -> list[str]:
        """The action names still shown (for tests and screen-reader summaries)."""
        return [
            item.text()
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row) and (item := self.table.item(row, 0)) is not None
        ]
