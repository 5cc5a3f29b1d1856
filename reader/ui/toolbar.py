"""The barrier-free toolbar: large icon-and-text buttons in the order portal users know, wrapping in rows.

A plain ``QToolBar`` pushes what does not fit into an overflow popup, where keyboard users cannot Tab to
it, and a narrow window, big buttons or large interface text all make that happen. So the ``QToolBar``
(kept for its role, which screen readers announce, and the style sheet's ``QToolBar QToolButton`` rules)
holds one widget whose buttons flow onto more rows instead: every button stays visible and reachable
with Tab, in order.

Buttons are at least 44×44 px (WCAG 2.5.5), 64×64 with the big toolbar. A checkable button shows its state
by its icon (a check-mark badge) and by a border (the style sheet), never by colour alone, and Qt exposes it
to screen readers as checked. The keyboard focus is a ring the button paints around its border, in the
margin the style sheet leaves (:class:`ToolbarButton`), so focus and checked never look alike.

The layout stays calm: when the buttons need more than one row they are spread evenly over the rows
(:class:`FlowLayout`), so 更多 is never left alone on a second row, and a button whose text tells a state
(大鼠标, 语速, 连读) is as wide as its widest text (:meth:`ToolbarButton.set_state_texts`), so a state
change never moves the buttons after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Property, QEvent, QMargins, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.ui import buttonaccess, strings
from reader.ui.icons import icon
from reader.ui.theming import FOCUS_GAP, FOCUS_WIDTH

BUTTON_SIZE = 44
BIG_BUTTON_SIZE = 64
ICON_SIZE = 24
BIG_ICON_SIZE = 40
SPACING = 4
GUESSED_WIDTH = 1100
"""The width the rows are laid out for before the window has its real size."""
FOCUS_RING_WIDTH = FOCUS_WIDTH
"""The focus ring a toolbar button paints in its margin, px (the style sheet's ``focus_width``)."""
FOCUS_MARGIN = FOCUS_WIDTH + FOCUS_GAP
"""The margin the style sheet keeps around a toolbar button for its ring, px, on each side."""


class ToolbarButton(QToolButton):
    """A toolbar button that paints its own focus ring and can be as wide as its widest state text.

    The ring's colour comes from the style sheet (``qproperty-focusRing``); it is drawn in the outer
    :data:`FOCUS_RING_WIDTH` px of the button, the margin the style sheet keeps free, so it never covers
    the button's own border (the checked state's) or fill.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        buttonaccess.install(ToolbarButton)  # before Qt makes the button's accessible interface
        super().__init__(parent)
        self._focus_ring = QColor("#000000")
        self._state_texts: Callable[[], Sequence[str]] | None = None

    def _get_focus_ring(self) -> QColor:
        return QColor(self._focus_ring)

    def _set_focus_ring(self, colour: QColor) -> None:
        self._focus_ring = QColor(colour)
        self.update()

    focusRing = Property(QColor, _get_focus_ring, _set_focus_ring)  # noqa: N815  # a Qt property name

    def set_state_texts(self, texts: Callable[[], Sequence[str]] | None) -> None:
        """The texts the button may show (asked each time, so they follow the interface language): its
        size hint is that of the widest, whichever it shows now."""
        self._state_texts = texts
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._state_texts is None:
            return hint
        for text in self._state_texts():
            other = self._hint_for(text)
            hint = hint.expandedTo(other)
        return hint

    def _hint_for(self, text: str) -> QSize:
        """QToolButton::sizeHint for ``text`` instead of the button's own (Qt 6's computation)."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        width = height = 0
        style_kind = option.toolButtonStyle
        if style_kind != Qt.ToolButtonStyle.ToolButtonTextOnly:
            width, height = option.iconSize.width(), option.iconSize.height()
        if style_kind != Qt.ToolButtonStyle.ToolButtonIconOnly:
            size = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
            text_width = size.width() + metrics.horizontalAdvance(" ") * 2
            if style_kind == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
                height += 4 + size.height()
                width = max(width, text_width)
            elif style_kind == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                width += 4 + text_width
                height = max(height, size.height())
            else:
                width, height = text_width, size.height()
        option.rect.setSize(QSize(width, height))
        if self.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            width += self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), self)
            .expandedTo(self.minimumSize())
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(self._focus_ring, FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


class FlowLayout(QLayout):
    """Lays items out left to right and wraps to the next row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items in rows as :meth:`setGeometry` lays them out at ``width`` (margins included).

        Wrapping greedily would fill the first rows and leave a remainder (often 更多 alone) on the last.
        So once the items need more than one row, they are wrapped at the narrowest width that still
        gives that many rows: the same number of rows, as evenly filled as the order allows.
        """
        margins: QMargins = self.contentsMargins()
        available = width - margins.left() - margins.right()
        widths = [item.sizeHint().width() for item in self._items if not item.isEmpty()]
        if not widths:
            return []
        count = len(self._wrap(widths, available))
        target = available
        if count > 1:
            low, high = max(widths), available
            while low < high:
                middle = (low + high) // 2
                if len(self._wrap(widths, middle)) <= count:
                    high = middle
                else:
                    low = middle + 1
            target = low
        visible = [item for item in self._items if not item.isEmpty()]
        rows: list[list[QLayoutItem]] = []
        for start, end in self._wrap(widths, target):
            rows.append(visible[start:end])
        return rows

    def _wrap(self, widths: list[int], available: int) -> list[tuple[int, int]]:
        """Greedy rows (start, end indexes) of items ``widths`` wide in ``available`` px."""
        gap = self.spacing()
        rows: list[tuple[int, int]] = []
        start, x = 0, 0
        for index, width in enumerate(widths):
            if index > start and x + width > available:
                rows.append((start, index))
                start, x = index, 0
            x += width + gap
        rows.append((start, len(widths)))
        return rows

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        gap = self.spacing()
        rows = self.rows(rect.width())
        for number, row in enumerate(rows):
            x, row_height = area.x(), 0
            if number > 0:
                y += gap
            for item in row:
                hint = item.sizeHint()
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + gap
                row_height = max(row_height, hint.height())
            y += row_height
        if not rows:
            return margins.top() + margins.bottom()
        return y - rect.y() + margins.bottom()


class _ButtonRows(QWidget):
    """The toolbar's one widget: its buttons in a :class:`FlowLayout`, as tall as their rows need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(2, 2, 2, 2)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._asked_height = -1

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        # QToolBar's layout knows nothing of height-for-width; it asks for the size hint, so the hint
        # carries the height the rows need at the current width (a wide guess before the first layout).
        width = self.width() if self.isVisible() and self.width() > 1 else GUESSED_WIDTH
        return QSize(self.flow.minimumSize().width(), self.flow.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.flow.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Ask for a new layout when the rows need another height at the current width."""
        height = self.sizeHint().height()
        if height != self._asked_height:
            self._asked_height = height
            self.updateGeometry()
            toolbar = self.parentWidget()
            if toolbar is not None:
                toolbar.updateGeometry()


def _describe(button: QToolButton, action: QAction) -> None:
    """The button's description: the action's, with its first key (Qt exposes no key of a tool button)."""
    keys = action.shortcuts()
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    text = strings.described_with_key(action.statusTip(), shown)
    if button.accessibleDescription() != text:
        button.setAccessibleDescription(text)


class AccessibleToolbar(QToolBar):
    """The window's toolbar: a wrapping set of large buttons, every one reachable with Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        control = strings.toolbar()
        super().__init__(control.label, parent)
        self.setObjectName("mainToolbar")
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)
        # Qt's overflow arrow (shown only when the toolbar is too narrow) has no name of its own.
        extension = self.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            more = strings.toolbar_extension()
            extension.setAccessibleName(more.name)
            extension.setAccessibleDescription(more.description)
        self.rows = _ButtonRows(self)
        self.rows.setObjectName("toolbarButtons")
        self.addWidget(self.rows)
        self.buttons: list[QToolButton] = []
        self._is_big = False

    def add_action(self, action: QAction, icon_name: str) -> QToolButton:
        """A button for ``action`` (its text, tooltip, checked state and enabled state follow it)."""
        button = ToolbarButton(self.rows)
        action.setIcon(icon(icon_name))
        button.setDefaultAction(action)
        # No accessible name of its own: Qt names the button by its text, so the name is what is shown,
        # state included ("大鼠标 关", "语速·很快"), and a change of the text is announced as a new name.
        describe = partial(_describe, button, action)
        describe()
        action.changed.connect(describe)
        return self._add(button)

    def set_state_texts(self, button: QToolButton, texts: Callable[[], Sequence[str]]) -> None:
        """Give ``button`` the width of the widest of ``texts()``, the texts its state may show."""
        if isinstance(button, ToolbarButton):
            button.set_state_texts(texts)
            self.rows.flow.invalidate()
            self.rows.fit_height()

    def add_menu_button(self, action: QAction, icon_name: str) -> QToolButton:
        """A button whose action opens a menu below it (配色, 简/繁, 更多).

        Not Qt's instant-popup mode: that leaves the button with no accessible action at all (AT-SPI lists
        none), so a screen reader cannot press it. A press triggers the action, which pops the menu up.
        """
        button = self.add_action(action, icon_name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        return button

    def _add(self, button: QToolButton) -> QToolButton:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        # Toolbar buttons are TabFocus only: a click leaves the keyboard focus in the reading view.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoRaise(False)
        if not button.objectName():
            action = button.defaultAction()
            name = action.objectName().removeprefix("action_") if action is not None else "button"
            button.setObjectName(f"button_{name}")
        self._size(button)
        self.rows.flow.addWidget(button)
        if self.buttons:
            QWidget.setTabOrder(self.buttons[-1], button)
        self.buttons.append(button)
        self.rows.fit_height()
        return button

    def set_big(self, is_big: bool) -> None:
        if is_big != self._is_big:
            self._is_big = is_big
            for button in self.buttons:
                self._size(button)
            self.rows.flow.invalidate()
            self.rows.fit_height()

    @property
    def is_big(self) -> bool:
        return self._is_big

    def _size(self, button: QToolButton) -> None:
        side = BIG_BUTTON_SIZE if self._is_big else BUTTON_SIZE
        icon_side = BIG_ICON_SIZE if self._is_big else ICON_SIZE
        button.setIconSize(QSize(icon_side, icon_side))
        # The target (WCAG 2.5.5) is the button inside the margin its focus ring is painted in.
        outer = side + 2 * FOCUS_MARGIN
        button.setMinimumSize(QSize(outer, outer))
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def event(self, event: QEvent) -> bool:
        # A new font or style (scheme, big toolbar) changes the buttons' size: re-wrap the rows.
        handled = super().event(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LayoutRequest):
            self.rows.fit_height()
        return handled
