"""Small helpers the window's widget modules share."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reader.ui import strings


def describe(widget: QWidget, control: strings.Control) -> None:
    """The control's bilingual accessible name and description on ``widget``; the description as tooltip."""
    widget.setAccessibleName(control.name)
    widget.setAccessibleDescription(control.description)
    widget.setToolTip(control.description)
