"""Small helpers the window's widget modules share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from reader.ui import strings


def describe(widget: QWidget, control: strings.Control) -> None:
    """The control's accessible name and description on ``widget``; the description as tooltip."""
    widget.setAccessibleName(control.name)
    widget.setAccessibleDescription(control.description)
    widget.setToolTip(control.description)


def buddy_label(parent: QWidget, control: strings.Control, buddy: QWidget) -> QLabel:
    """The visible label of ``buddy`` (its mnemonic moves the focus there), named without the ``&``.

    Qt would name the label by its raw text, so a screen reader would say "查找(&F)：".
    """
    label = QLabel(control.label, parent)
    label.setAccessibleName(strings.mnemonic_free(control.label))
    label.setBuddy(buddy)
    return label
