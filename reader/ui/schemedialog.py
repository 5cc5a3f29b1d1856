"""The custom colour scheme editor: five colours, a live preview and the live contrast of each pair.

Each colour (text, background, link, speech highlight, focus ring) has a labelled ``#rrggbb`` entry and a
"选择…" button that opens the colour picker, so it can be set by typing or by picking, keyboard only
included. After every change the dialog:

1. asks ``Theme.custom`` (reader.core.themes) to check the colours — the one place the rules live;
2. shows each pair's contrast as a number and in words (通过 AAA / 仅 AA / 不足), never by colour alone;
3. repaints the preview (body text, an underlined link, a highlighted sentence, the focus ring);
4. enables Save only when the theme is usable (text at ≥ 4.5:1 and the other checks core makes), and
   says why not; below 7:1 it warns but lets the user save.

:func:`edit_scheme` runs the dialog and returns the custom ``Theme``, or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.contrast import AA_TEXT, contrast_ratio, is_colour, normalise_colour
from reader.core.themes import CustomThemeResult, Theme, get_theme
from reader.ui import strings as text

ColourPicker = Callable[[QColor, QWidget, str], QColor]
"""Opens a colour picker: (initial colour, parent, title) → the chosen colour, invalid when cancelled."""

_HEX = QRegularExpression(r"#?[0-9A-Fa-f]{0,6}")
_SWATCH = 24


def _initial_colours(theme: Theme) -> dict[str, str]:
    # The system theme has no colours: start from black on white, a scheme that already passes.
    source = theme if not theme.is_system else get_theme("black-on-white")
    return {
        "text": source.text or "#000000",
        "background": source.background or "#ffffff",
        "link": source.link or "#0000c0",
        "highlight": source.highlight_background or "#1c2c8c",
        "focus": source.focus or "#a00058",
    }


def _as_colour(value: str) -> str | None:
    """``value`` as ``#rrggbb`` (a missing ``#`` is forgiven), or None when it is not a colour."""
    value = value.strip()
    if value and not value.startswith("#"):
        value = "#" + value
    return normalise_colour(value) if is_colour(value) else None


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(_SWATCH, _SWATCH)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    # A black and a white frame, so the swatch shows on any background.
    painter.setPen(QColor("#000000"))
    painter.drawRect(0, 0, _SWATCH - 1, _SWATCH - 1)
    painter.setPen(QColor("#ffffff"))
    painter.drawRect(1, 1, _SWATCH - 3, _SWATCH - 3)
    painter.end()
    return QIcon(pixmap)


class SchemeDialog(QDialog):
    """Edits the custom scheme, starting from ``theme``'s colours."""

    def __init__(self, parent: QWidget | None, theme: Theme, *, picker: ColourPicker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeDialog")
        control = text.scheme_dialog()
        self.setWindowTitle(text.scheme_dialog_title())
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self._picker: ColourPicker = picker if picker is not None else _pick_colour
        self._colours = _initial_colours(theme)
        self.result_theme: Theme | None = None
        self.check_result: CustomThemeResult | None = None

        self.edits: dict[str, QLineEdit] = {}
        self.choose_buttons: dict[str, QPushButton] = {}
        self.contrast_labels: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        fields = QGridLayout()
        layout.addLayout(fields)
        for row, role in enumerate(text.ROLE_KEYS):
            self._add_field(fields, row, role)

        self._add_preview(layout)
        self._add_contrast(layout)
        self._add_messages(layout)
        self._add_buttons(layout)
        previous: QWidget | None = None
        for role in text.ROLE_KEYS:
            for widget in (self.edits[role], self.choose_buttons[role]):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(self.choose_buttons[text.ROLE_KEYS[-1]], self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self._refresh()
        self.edits[text.ROLE_KEYS[0]].setFocus()

    def _add_preview(self, layout: QVBoxLayout) -> None:
        preview = text.preview()
        self.preview = QLabel(self)
        self.preview.setObjectName("schemePreview")
        self.preview.setAccessibleName(preview.name)
        self.preview.setAccessibleDescription(preview.description)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMinimumHeight(120)
        layout.addWidget(self.preview)

    def _add_contrast(self, layout: QVBoxLayout) -> None:
        heading = text.contrast_heading()
        box = QGroupBox(heading.label, self)
        box.setAccessibleName(heading.name)
        box.setAccessibleDescription(heading.description)
        box_layout = QVBoxLayout(box)
        for pair in text.PAIR_KEYS:
            label = QLabel(box)
            label.setObjectName(f"contrast_{pair}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            box_layout.addWidget(label)
            self.contrast_labels[pair] = label
        layout.addWidget(box)

    def _add_messages(self, layout: QVBoxLayout) -> None:
        messages = text.messages_area()
        self.messages = QLabel(self)
        self.messages.setObjectName("schemeMessages")
        self.messages.setAccessibleName(messages.name)
        self.messages.setWordWrap(True)
        layout.addWidget(self.messages)

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        save, cancel = text.save(), text.cancel()
        self.save_button = buttons.addButton(save.label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(save.name)
        self.save_button.setAccessibleDescription(save.description)
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(cancel.label, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(cancel.name)
        self.cancel_button.setAccessibleDescription(cancel.description)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_field(self, grid: QGridLayout, row: int, role: str) -> None:
        control = text.colour_field(role)
        label = QLabel(control.label, self)
        edit = QLineEdit(self._colours[role], self)
        edit.setObjectName(f"colour_{role}")
        edit.setAccessibleName(control.name)
        edit.setAccessibleDescription(control.description)
        edit.setValidator(QRegularExpressionValidator(_HEX, edit))
        edit.setMaxLength(7)
        label.setBuddy(edit)
        label.setAccessibleName(control.name)
        choose = text.choose_colour(role)
        button = QPushButton(choose.label, self)
        button.setObjectName(f"choose_{role}")
        button.setAccessibleName(choose.name)
        button.setAccessibleDescription(choose.description)
        button.setAutoDefault(False)
        edit.textChanged.connect(lambda value, r=role: self._typed(r, value))
        button.clicked.connect(lambda _checked=False, r=role: self.pick(r))
        grid.addWidget(label, row, 0)
        grid.addWidget(edit, row, 1)
        grid.addWidget(button, row, 2)
        self.edits[role] = edit
        self.choose_buttons[role] = button

    # Changing colours

    @property
    def colours(self) -> dict[str, str | None]:
        """Role → the entry's colour as ``#rrggbb``, None where the entry is not a colour yet."""
        return {role: _as_colour(edit.text()) for role, edit in self.edits.items()}

    def set_colour(self, role: str, colour: str) -> None:
        """Put ``colour`` into ``role``'s entry (the checks and the preview follow)."""
        self.edits[role].setText(colour)

    def pick(self, role: str) -> None:
        """Open the colour picker for ``role``; a chosen colour goes into its entry."""
        current = self.colours[role] or self._colours[role]
        chosen = self._picker(QColor(current), self, text.colour_dialog_title(role))
        if chosen.isValid():
            self.set_colour(role, chosen.name())
        self.edits[role].setFocus()

    def _typed(self, role: str, value: str) -> None:
        colour = _as_colour(value)
        if colour is not None:
            self._colours[role] = colour
        self._refresh()

    # Checking and showing

    def _refresh(self) -> None:
        colours = self.colours
        for role, colour in colours.items():
            if colour is not None:
                self.choose_buttons[role].setIcon(_swatch(colour))
        missing = [role for role, colour in colours.items() if colour is None]
        messages: list[str] = [text.not_a_colour(role) for role in missing]
        result: CustomThemeResult | None = None
        if not missing:
            c = {role: colour for role, colour in colours.items() if colour is not None}
            result = Theme.custom(
                text=c["text"],
                background=c["background"],
                link=c["link"],
                highlight_background=c["highlight"],
                focus=c["focus"],
            )
            for pair in text.PAIR_KEYS:
                ratio = contrast_ratio(c[pair], c["background"])
                self.contrast_labels[pair].setText(text.pair_contrast(pair, ratio))
            self._show_preview(c)
            if contrast_ratio(c["text"], c["background"]) < AA_TEXT:
                messages.append(text.save_refused())
            messages.extend(text.settings_problem_text(error) for error in result.errors)
            if result.warnings:
                messages.append(text.weak_contrast())
                messages.extend(text.settings_problem_text(warning) for warning in result.warnings)
            if result.is_ok and not result.warnings:
                messages.append(text.all_good())
        self.check_result = result
        is_ok = result is not None and result.is_ok
        self.save_button.setEnabled(is_ok)
        shown = "\n".join(dict.fromkeys(messages))
        self.messages.setText(shown)
        self.messages.setAccessibleDescription(shown)

    def _show_preview(self, c: dict[str, str]) -> None:
        self.preview.setText(
            text.preview_html(c["text"], c["background"], c["link"], c["highlight"], c["focus"])
        )
        # The widget's own sheet beats the application's: the preview shows the new colours, not the
        # scheme currently applied. The frame is the focus ring's colour and width.
        self.preview.setStyleSheet(
            f"QLabel#schemePreview {{ background-color: {c['background']}; color: {c['text']};"
            f" border: 4px solid {c['focus']}; padding: 12px; font-size: 16pt; }}"
        )

    # Result

    def accept(self) -> None:
        result = self.check_result
        if result is None or not result.is_ok:
            # Save is disabled then, but Enter in an entry still reaches the default button's slot.
            return
        self.result_theme = result.theme
        super().accept()


def _pick_colour(initial: QColor, parent: QWidget, title: str) -> QColor:
    return QColorDialog.getColor(initial, parent, title)


def edit_scheme(parent: QWidget | None, theme: Theme) -> Theme | None:
    """Let the user edit the custom scheme; the new Theme, or None when cancelled."""
    dialog = SchemeDialog(parent, theme)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_theme
        return None
    finally:
        dialog.deleteLater()
