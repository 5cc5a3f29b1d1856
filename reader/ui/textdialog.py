"""The text settings dialog: size, spacing, line width, font, bold and alignment, previewed live.

Every control has a label with a mnemonic (Alt+letter moves to it), a bilingual accessible name and
description, and works from the keyboard alone; the size is a spin box that also takes a typed number.
Changes show at once in the dialog's preview and, a moment later (:data:`APPLY_DELAY_MS`, so typing "72"
does not relayout a long book for "7" first), in the window through :attr:`TextDialog.changed`. The
window puts the previous settings back when the dialog is cancelled.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.settings import Settings
from reader.ui import strings
from reader.ui.readingfont import MAX_POINT_SIZE, MIN_POINT_SIZE, PREFERRED_FAMILIES
from reader.ui.readingview import ReadingView
from reader.ui.rendering import Rendering, TextStyle
from reader.ui.widgets import buddy_label, describe

APPLY_DELAY_MS = 250
NO_LIMIT = 19
"""The line-width spin box's value that stands for "no limit" (0 in the settings; 20 is the least limit)."""


def font_families() -> tuple[list[str], list[str]]:
    """Installed families that can show Chinese (clearest first), then all the others, alphabetically."""
    chinese: set[str] = set()
    for system in (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
    ):
        chinese.update(QFontDatabase.families(system))
    every = [f for f in QFontDatabase.families() if not QFontDatabase.isPrivateFamily(f)]
    preferred = [f for f in PREFERRED_FAMILIES if f in chinese]
    cjk = preferred + sorted(
        f for f in chinese if f not in preferred and not QFontDatabase.isPrivateFamily(f)
    )
    others = sorted(f for f in every if f not in chinese)
    return cjk, others


class TextDialog(QDialog):
    """Edits the text fields of a :class:`Settings`; emits :attr:`changed` with the whole new settings."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(strings.text_dialog_title())
        self.setAccessibleName(strings.text_settings().name)
        self.setAccessibleDescription(strings.text_settings().description)
        self._settings = settings
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_DELAY_MS)
        self._apply_timer.timeout.connect(self._emit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_number_rows(form, settings)
        self._add_font_rows(form, settings)

        preview_control = strings.preview_field()
        self.preview = ReadingView(self, style=self.style_values())
        self.preview.setObjectName("textPreview")
        describe(self.preview, preview_control)
        self.preview.setMinimumSize(420, 220)
        self.preview.show_rendering(Rendering(strings.preview_text()))
        preview_label = buddy_label(self, preview_control, self.preview)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        restore.setText(strings.restore_defaults_button())
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(strings.ok_button())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(strings.cancel_button())
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.font_size.setFocus()

    def _number(
        self,
        form: QFormLayout,
        control: strings.Control,
        *,
        bounds: tuple[float, float],
        step: float,
        suffix: str,
        value: float,
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(*bounds)
        spin.setDecimals(1 if step >= 1 else 2)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(value)
        self._spin(spin, control, form)
        return spin

    def _add_number_rows(self, form: QFormLayout, settings: Settings) -> None:
        self.font_size = self._number(
            form,
            strings.font_size_field(),
            bounds=(MIN_POINT_SIZE, MAX_POINT_SIZE),
            step=1.0,
            suffix=" pt",
            value=settings.font_size_pt,
        )
        self.line_spacing = self._number(
            form,
            strings.line_spacing_field(),
            bounds=(1.0, 3.0),
            step=0.1,
            suffix=" ×",
            value=settings.line_spacing,
        )
        self.letter_spacing = self._number(
            form,
            strings.letter_spacing_field(),
            bounds=(0.0, 1.0),
            step=0.02,
            suffix=" em",
            value=settings.letter_spacing_em,
        )
        self.paragraph_spacing = self._number(
            form,
            strings.paragraph_spacing_field(),
            bounds=(1.0, 5.0),
            step=0.1,
            suffix=" ×",
            value=settings.paragraph_spacing,
        )
        self.line_width = QSpinBox(self)
        self.line_width.setRange(NO_LIMIT, 200)
        self.line_width.setSpecialValueText(strings.no_limit())
        self.line_width.setValue(settings.max_line_width_chars or NO_LIMIT)
        self._spin(self.line_width, strings.line_width_field(), form)

    def _add_font_rows(self, form: QFormLayout, settings: Settings) -> None:
        self.family = QComboBox(self)
        self.family.setObjectName("fontFamily")
        describe(self.family, strings.font_family_field())
        self.family.addItem(strings.automatic_font(), "")
        cjk, others = font_families()
        for family in cjk:
            self.family.addItem(family, family)
        if cjk and others:
            self.family.insertSeparator(self.family.count())
        for family in others:
            self.family.addItem(family, family)
        index = self.family.findData(settings.font_family)
        if index < 0 and settings.font_family:
            # A saved family that is no longer installed stays selectable (and falls back when shown).
            self.family.addItem(settings.font_family, settings.font_family)
            index = self.family.count() - 1
        self.family.setCurrentIndex(max(index, 0))
        self.family.currentIndexChanged.connect(self._edited)
        self._add_row(form, strings.font_family_field(), self.family)

        self.bold = QCheckBox(strings.bold_field().label, self)
        self.bold.setObjectName("bold")
        describe(self.bold, strings.bold_field())
        self.bold.setChecked(settings.bold)
        self.bold.toggled.connect(self._edited)
        form.addRow("", self.bold)

        self.alignment = QComboBox(self)
        self.alignment.setObjectName("alignment")
        describe(self.alignment, strings.alignment_field())
        for value, label in strings.alignment_choices().items():
            self.alignment.addItem(label, value)
        self.alignment.setCurrentIndex(max(self.alignment.findData(settings.alignment), 0))
        self.alignment.currentIndexChanged.connect(self._edited)
        self._add_row(form, strings.alignment_field(), self.alignment)

    def _spin(self, spin: QAbstractSpinBox, control: strings.Control, form: QFormLayout) -> QAbstractSpinBox:
        describe(spin, control)
        spin.setKeyboardTracking(True)
        spin.setAccelerated(True)
        spin.valueChanged.connect(self._edited)  # type: ignore[attr-defined]
        self._add_row(form, control, spin)
        return spin

    def _add_row(self, form: QFormLayout, control: strings.Control, field: QWidget) -> None:
        form.addRow(buddy_label(self, control, field), field)

    def style_values(self) -> TextStyle:
        """The text style the controls show now."""
        width = self.line_width.value()
        return TextStyle(
            font_size_pt=self.font_size.value(),
            line_spacing=self.line_spacing.value(),
            letter_spacing_em=self.letter_spacing.value(),
            paragraph_spacing=self.paragraph_spacing.value(),
            max_line_width_chars=0 if width == NO_LIMIT else width,
            font_family=str(self.family.currentData() or ""),
            bold=self.bold.isChecked(),
            alignment=str(self.alignment.currentData() or "left"),
        )

    def settings(self) -> Settings:
        """The dialog's settings: the ones it was given with the text fields as the controls show them."""
        values = dataclasses.asdict(self.style_values())
        del values["pinyin_band"]  # the view's, from the 拼音 setting; not a text setting of its own
        return dataclasses.replace(self._settings, **values)

    def restore_defaults(self) -> None:
        defaults = Settings()
        self.font_size.setValue(defaults.font_size_pt)
        self.line_spacing.setValue(defaults.line_spacing)
        self.letter_spacing.setValue(defaults.letter_spacing_em)
        self.paragraph_spacing.setValue(defaults.paragraph_spacing)
        self.line_width.setValue(defaults.max_line_width_chars or NO_LIMIT)
        self.family.setCurrentIndex(max(self.family.findData(defaults.font_family), 0))
        self.bold.setChecked(defaults.bold)
        self.alignment.setCurrentIndex(max(self.alignment.findData(defaults.alignment), 0))

    def _edited(self, *_args: object) -> None:
        if hasattr(self, "preview"):
            self.preview.apply_style(self.style_values())
            self._apply_timer.start()

    def _emit(self) -> None:
        self.changed.emit(self.settings())

    def accept(self) -> None:
        if self._apply_timer.isActive():
            self._apply_timer.stop()
            self._emit()
        super().accept()
