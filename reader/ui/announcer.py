"""Announcements: every state change a sighted user sees, said once, politely, to screen readers.

Two ways reach screen readers, and each is used where it works, never both (a reader would say it twice):

- Linux: a *notification*. The window's status bar holds a label whose accessible role is
  ``Notification``; an announcement sets its text and shows it again, and AT-SPI's
  ``object:state-changed:showing`` makes Orca speak it (Orca 43 has no handler for Qt's announcement
  event, and newer Orca versions still speak notifications). Sighted users see the same words there.
- Elsewhere: ``QAccessibleAnnouncementEvent`` (Qt ≥ 6.8), which becomes a UI Automation notification that
  NVDA, JAWS and Narrator speak, and the status bar's temporary message.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QStatusBar, QWidget

USES_NOTIFICATIONS = sys.platform.startswith("linux")


class NoticeLabel(QLabel):
    """The status bar label that carries announcements (role Notification on AT-SPI)."""


class _NoticeInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Notification)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.text()
        return super().text(kind)


_interfaces: dict[int, _NoticeInterface] = {}
"""The interfaces made, kept alive on the Python side for as long as Qt may ask for them."""


def _factory(key: str, target: QObject | None) -> QAccessibleInterface | None:
    if isinstance(target, NoticeLabel):
        interface = _interfaces.get(id(target))
        if interface is None:
            interface = _interfaces[id(target)] = _NoticeInterface(target)
            target.destroyed.connect(lambda *_: _interfaces.pop(id(target), None))
        return interface
    return None


_installed: list[bool] = []


def _install_factory() -> None:
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


class Announcer(QObject):
    """Says messages to screen readers and shows them in ``bar`` for ``milliseconds``.

    ``said`` is emitted with each message once it has been handed to the screen reader.
    """

    said = Signal(str)

    def __init__(self, bar: QStatusBar, milliseconds: int) -> None:
        super().__init__(bar)
        self.bar = bar
        self.milliseconds = milliseconds
        self.label = NoticeLabel(bar)
        self.label.setObjectName("announcement")
        self.label.hide()
        self._clear = QTimer(bar, singleShot=True, interval=milliseconds)
        self._clear.timeout.connect(self.label.hide)
        if USES_NOTIFICATIONS:
            _install_factory()
            bar.addWidget(self.label, 1)

    def announce(self, message: str) -> None:
        if not USES_NOTIFICATIONS:
            self.bar.showMessage(message, self.milliseconds)
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.bar, message))
            self.said.emit(message)
            return
        self.bar.clearMessage()
        self.label.hide()  # shown again below: "showing" is the event Orca speaks
        self.label.setText(message)
        self.label.show()
        self._clear.start()
        self.said.emit(message)

    @property
    def shown(self) -> str:
        """The message on screen now ("" when none)."""
        if USES_NOTIFICATIONS:
            return "" if self.label.isHidden() else self.label.text()
        return self.bar.currentMessage()
