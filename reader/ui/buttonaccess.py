"""The accessible interface of the toolbar's buttons: Qt's, plus the key that triggers each one.

Qt names a tool button and exposes its checked state and its press action, but it reports the key of a
button's *own* shortcut only, and the toolbar's buttons have none: their keys belong to the actions
(menu and toolbar share one ``QAction``, whose keys are remappable). So AT-SPI's ``GetKeyBinding`` was
empty for every toolbar button. :class:`ToolbarButtonInterface` gives screen readers what Qt's own
interface gives (name = the text shown, the description, check box / button / drop-down roles, checked
and has-popup states, Toggle / Press / ShowMenu actions) and answers ``keyBindingsForAction`` with the
action's first key, in Qt's portable form as menu items report theirs ("Alt+Shift+V").
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import QAccessibleWidget, QToolButton

from reader.ui import strings

_PRESS = QAccessibleActionInterface.pressAction()
_TOGGLE = QAccessibleActionInterface.toggleAction()
_SHOW_MENU = QAccessibleActionInterface.showMenuAction()


class ToolbarButtonInterface(QAccessibleWidget):
    """What a screen reader asks of one toolbar button."""

    def __init__(self, button: QToolButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self.button = button

    def role(self) -> QAccessible.Role:
        if self.button.isCheckable():
            return QAccessible.Role.CheckBox
        if self.button.menu() is not None:
            return QAccessible.Role.ButtonDropDown
        return QAccessible.Role.Button

    def text(self, kind: QAccessible.Text) -> str:
        button = self.button
        if kind == QAccessible.Text.Name:
            return button.accessibleName() or strings.mnemonic_free(button.text())
        if kind == QAccessible.Text.Description:
            return button.accessibleDescription() or button.toolTip()
        if kind == QAccessible.Text.Accelerator:
            return self._key()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self.button
        state.checkable = button.isCheckable()
        state.checked = button.isChecked()
        state.pressed = button.isDown()
        state.hasPopup = button.menu() is not None
        return state

    def actionNames(self) -> list[str]:
        own = [_TOGGLE, _PRESS] if self.button.isCheckable() else [_PRESS]
        if self.button.menu() is not None:
            own.append(_SHOW_MENU)
        return own + [name for name in super().actionNames() if name not in own]

    def doAction(self, name: str) -> None:
        if name in (_PRESS, _TOGGLE):
            self.button.click()
        elif name == _SHOW_MENU:
            self.button.showMenu()
        else:
            super().doAction(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        if name in (_PRESS, _TOGGLE):
            key = self._key()
            return [key] if key else []
        return super().keyBindingsForAction(name)

    def _key(self) -> str:
        action = self.button.defaultAction()
        if action is None or action.shortcut().isEmpty():
            return ""
        return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


_interfaces: dict[int, ToolbarButtonInterface] = {}
"""The interfaces made, kept alive on the Python side for as long as Qt may ask for them."""

_button_class: list[type[QToolButton]] = []


def _factory(key: str, target: QObject | None) -> QAccessibleInterface | None:
    if _button_class and isinstance(target, _button_class[0]):
        interface = _interfaces.get(id(target))
        if interface is None:
            interface = _interfaces[id(target)] = ToolbarButtonInterface(target)
            target.destroyed.connect(lambda *_: _interfaces.pop(id(target), None))
        return interface
    return None


def install(button_class: type[QToolButton]) -> None:
    """Give every ``button_class`` button (the toolbar's) this interface; once per process."""
    if not _button_class:
        _button_class.append(button_class)
        QAccessible.installFactory(_factory)
