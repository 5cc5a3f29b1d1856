"""Help ▸ Keyboard shortcuts: every action with its keys in the active preset and in the other one, and
the key editor that changes them.

A filter field narrows the table as the user types (an action's name or a key such as "Alt+Shift+X");
the table is read-only, moved through with the arrow keys, and its columns are named for screen readers.
An explanation above says which preset is active and where to switch it.

Below the table, 更改按键 opens :class:`KeyEditDialog` for the selected action (Enter on a row does the
same): the user presses the new key combination, the dialog says at once whether it is free, taken by
another action (named) or reserved (keys that move focus or the caret, the menu bar's Alt+letter), and
only a free key can be confirmed. 恢复此项 and 全部恢复 put back the preset's own keys. The changes go
through :class:`KeyEditing` (the window's display controls), which saves them in the settings: the
dialog itself keeps no state but what it shows.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui import strings
from reader.ui.keyediting import Row
from reader.ui.shortcuts import PRESETS, Preset
from reader.ui.widgets import buddy_label, describe


class KeyEditing(Protocol):
    """What the dialog asks of the window to check and change keys (``reader.ui.displaycontrols``)."""

    def key_problem(self, action: str, key: str) -> str:
        """Why ``key`` cannot be ``action``'s (taken, reserved), worded for the user; "" when it can."""
        ...

    def set_keys(self, action: str, keys: tuple[str, ...] | None) -> None:
        """Give ``action`` these keys in the active preset (None: the preset's own)."""
        ...

    def reset_all_keys(self) -> None:
        """Drop every change of the active preset."""
        ...

    def announce(self, message: str) -> None:
        """Say ``message`` to screen readers (and show it)."""
        ...


def portable(sequence: QKeySequence) -> str:
    """The first key combination of ``sequence`` in Qt's portable form, as settings keep it."""
    if sequence.isEmpty():
        return ""
    return QKeySequence(sequence[0]).toString(  # type: ignore[index]  # PySide6 stubs lack __getitem__
        QKeySequence.SequenceFormat.PortableText
    )


class KeyEditDialog(QDialog):
    """Press a key combination for one action; confirmed only when it is free."""

    def __init__(self, parent: QWidget | None, action: str, name: str, editing: KeyEditing) -> None:
        super().__init__(parent)
        self.setObjectName("keyEditDialog")
        self.action = action
        self.editing = editing
        self.chosen: tuple[str, ...] | None = None
        """After ``accept``: the keys chosen (empty tuple: no key)."""
        title = strings.key_editor_title(name)
        self.setWindowTitle(title)
        prompt = QLabel(strings.key_editor_prompt(name), self)
        prompt.setWordWrap(True)

        field = strings.key_field()
        self.edit = QKeySequenceEdit(self)
        self.edit.setObjectName("keyEdit")
        self.edit.setMaximumSequenceLength(1)
        self.edit.setClearButtonEnabled(False)
        describe(self.edit, field)
        # The line edit inside is what takes the focus: name it too, or a screen reader says "文本".
        for inner in self.edit.findChildren(QLineEdit):
            inner.setAccessibleName(field.name)
            inner.setAccessibleDescription(field.description)
        self.edit.keySequenceChanged.connect(self._check)
        label = buddy_label(self, field, self.edit)

        self.verdict = QLabel(strings.key_needed(), self)
        self.verdict.setObjectName("keyVerdict")
        self.verdict.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(strings.ok_button())
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(strings.cancel_button())
        no_key = strings.no_key_button()
        self.no_key = QPushButton(no_key.label, self)
        self.no_key.setObjectName("noKeyButton")
        describe(self.no_key, no_key)
        self.buttons.addButton(self.no_key, QDialogButtonBox.ButtonRole.ActionRole)
        self.no_key.clicked.connect(self._without_key)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        # Wide enough for a verdict naming a long command, and room for two lines of it at any
        # interface size (a wrapped label does not grow a dialog that is already shown).
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.horizontalAdvance("中") * 30)
        self.verdict.setMinimumHeight(metrics.lineSpacing() * 2 + 4)
        prompt.setMinimumHeight(prompt.heightForWidth(metrics.horizontalAdvance("中") * 28))
        self.edit.setFocus()

    def key(self) -> str:
        return portable(self.edit.keySequence())

    def _check(self) -> None:
        key = self.key()
        problem = self.editing.key_problem(self.action, key) if key else strings.key_needed()
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        text = problem or strings.key_is_free(shown)
        self.verdict.setText(text)
        self.edit.setAccessibleDescription(text)
        self.ok.setEnabled(not problem)
        # The verdict is what a blind user needs after pressing the keys: say it (not the empty field
        # the editor passes through when a new key starts).
        if key:
            self.editing.announce(text)

    def _confirm(self) -> None:
        key = self.key()
        if not key or self.editing.key_problem(self.action, key):
            return  # refused: the verdict says why and the dialog stays
        self.chosen = (key,)
        self.accept()

    def _without_key(self) -> None:
        self.chosen = ()
        self.accept()


class ShortcutsDialog(QDialog):
    """A searchable table of actions and keys, with the key editor's buttons."""

    def __init__(
        self, parent: QWidget | None, rows: list[Row], preset: Preset, editing: KeyEditing | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(strings.shortcuts_dialog_title())
        self.setAccessibleName(strings.shortcuts_dialog_title())
        self.editing = editing
        self.rows: list[Row] = []
        self.key_editor: KeyEditDialog | None = None

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)

        filter_control = strings.shortcuts_filter()
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setAccessibleName(filter_control.name)
        self.filter.setAccessibleDescription(filter_control.description)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        filter_label = buddy_label(self, filter_control, self.filter)

        self.model = QStandardItemModel(0, 3, self)
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterKeyColumn(-1)
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = self._build_table()
        self.table.activated.connect(lambda _index: self.change_key())

        self.change_button = self._button("changeKeyButton", strings.change_key_button(), self.change_key)
        self.reset_button = self._button("resetKeyButton", strings.reset_key_button(), self.reset_key)
        self.reset_all_button = self._button(
            "resetAllKeysButton", strings.reset_all_keys_button(), self.reset_all
        )
        edit_row = QHBoxLayout()
        for button in (self.change_button, self.reset_button, self.reset_all_button):
            edit_row.addWidget(button)
            button.setVisible(editing is not None)
        edit_row.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(strings.close_button())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.show_rows(rows, preset)
        self.filter.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the filter goes to the table (the rows found), never to 关闭 as QDialog would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.filter.hasFocus():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def _button(self, name: str, control: strings.Control, slot: object) -> QPushButton:
        button = QPushButton(control.label, self)
        button.setObjectName(name)
        describe(button, control)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableView:
        table_control = strings.shortcuts_table()
        table = QTableView(self)
        table.setModel(self.shown)
        table.setObjectName("shortcutTable")
        table.setAccessibleName(table_control.name)
        table.setAccessibleDescription(table_control.description)
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
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def show_rows(self, rows: list[Row], preset: Preset) -> None:
        """Show ``rows`` for ``preset``, keeping the selected action and the filter."""
        other: Preset = next(p for p in PRESETS if p != preset)
        self.preset = preset
        self.explanation.setText(strings.shortcuts_explanation(preset))
        self.setAccessibleDescription(strings.shortcuts_explanation(preset))
        selected = self.selected_action()
        self.model.setHorizontalHeaderLabels(
            strings.shortcuts_headers(strings.preset_short_name(preset), strings.preset_short_name(other))
        )
        self.rows = list(rows)
        self.model.setRowCount(len(rows))
        for number, row in enumerate(rows):
            current = row.keys.get(preset) or strings.no_shortcut()
            if row.is_changed:
                current = strings.key_changed_mark(current)  # said and shown, not only a colour
            cells = (row.name, current, row.keys.get(other) or strings.no_shortcut())
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.model.setItem(number, column, item)
        if selected is not None:
            self.select_action(selected)
        self._select_a_shown_row()
        self._enable_buttons()

    def cell(self, action: str, column: int) -> str:
        """The text of ``action``'s row in ``column`` (0 name, 1 keys now, 2 keys of the other preset)."""
        number = next(n for n, row in enumerate(self.rows) if row.action == action)
        item = self.model.item(number, column)
        return item.text() if item is not None else ""

    def selected_action(self) -> str | None:
        current = self.table.currentIndex()
        chosen = self.table.selectionModel().selectedRows()
        index = chosen[0] if chosen else current
        if not index.isValid():
            return None
        number = self.shown.mapToSource(index).row()
        return self.rows[number].action if 0 <= number < len(self.rows) else None

    def select_action(self, action: str) -> None:
        for number, row in enumerate(self.rows):
            if row.action == action:
                index = self.shown.mapFromSource(self.model.index(number, 0))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.selectRow(index.row())

    def _select_a_shown_row(self) -> None:
        """Keep one shown row current and selected, so the keys and 更改按键 always have a target."""
        current = self.table.currentIndex()
        if (
            not current.isValid()
            or not self.table.selectionModel().isRowSelected(current.row(), QModelIndex())
        ) and self.shown.rowCount() > 0:
            first = self.shown.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectRow(0)

    def _selected_row(self) -> Row | None:
        action = self.selected_action()
        return next((row for row in self.rows if row.action == action), None)

    def _enable_buttons(self) -> None:
        row = self._selected_row()
        self.change_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.is_changed)
        self.reset_all_button.setEnabled(any(row.is_changed for row in self.rows))

    # --- changing keys ----------------------------------------------------------------------------------

    def change_key(self) -> None:
        """Open the key editor for the selected action."""
        row = self._selected_row()
        if row is None or self.editing is None:
            return
        editor = KeyEditDialog(self, row.action, row.name, self.editing)
        self.key_editor = editor

        def done(result: int) -> None:
            self.key_editor = None
            if result == QDialog.DialogCode.Accepted and editor.chosen is not None and self.editing:
                self.editing.set_keys(row.action, editor.chosen)
            editor.deleteLater()
            self.table.setFocus()

        editor.finished.connect(done)
        editor.open()

    def reset_key(self) -> None:
        row = self._selected_row()
        if row is not None and row.is_changed and self.editing is not None:
            self.editing.set_keys(row.action, None)

    def reset_all(self) -> None:
        if self.editing is not None:
            self.editing.reset_all_keys()

    # --- filtering ----------------------------------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose name or keys contain ``text`` (case-insensitive); the rows hidden are
        gone from the table, so a screen reader counts the rows shown."""
        self.shown.setFilterFixedString(text.strip())
        self._select_a_shown_row()
        self._enable_buttons()

    def visible_rows(self) -> list[str]:
        """The action names still shown (for tests and screen-reader summaries)."""
        return [str(self.shown.index(row, 0).data()) for row in range(self.shown.rowCount())]
