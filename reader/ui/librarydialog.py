"""The library's dialogs: 文库 (list, full-text search, open), the bookmarks of an article, a bookmark's note.

:class:`LibraryDialog` lists the articles "to continue reading" (opened, most recent first) or all of them;
typing in its search field searches every article's title and body (``reader.core.library``: simplified
and traditional alike) and lists the results with the text around the hit, the hit drawn bold and
underlined (a shape, not only a colour). Up and Down in the field move in the list, Enter opens the
article selected (at its kept position, or at the hit for a result), Delete removes it from the library
(never the file). A listed file that is gone says so in its entry and cannot be opened.

:class:`BookmarksDialog` lists one article's bookmarks (note and the text there); Enter jumps. The
dialogs only show and ask: :class:`~reader.ui.librarycontrols.LibraryControls` reads and writes the library.
All of them take the window's palette and style sheet, so they follow the colour scheme.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui import strings
from reader.ui.widgets import buddy_label, describe

if TYPE_CHECKING:
    from reader.core.library import ArticleRecord, SearchResult

SEARCH_DELAY_MS = 200
"""Typing pauses this long before the library is searched."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""An item's :class:`Entry`."""
MARKUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""A search result's text as HTML, the hit marked (painted by :class:`_HitDelegate`)."""
RECENT, ALL = "recent", "all"
"""The lists the 列出 choice offers."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What an item of the library list stands for: an article, and for a search hit its place."""

    article: ArticleRecord
    offset: int = -1
    """Where the hit starts in the article's body (-1: open at the kept position)."""
    hit: str = ""


def _button(parent: QWidget, control: strings.Control, name: str) -> QPushButton:
    button = QPushButton(control.label, parent)
    button.setObjectName(name)
    describe(button, control)
    button.setAutoDefault(False)
    return button


def _is_move_key(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class _HitDelegate(QStyledItemDelegate):
    """Paints a search result with its hit bold and underlined, in the item's own colours."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(MARKUP_ROLE)))
        document.setTextWidth(max(option.rect.width(), 100))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if not index.data(MARKUP_ROLE):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        is_selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if is_selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if not index.data(MARKUP_ROLE):
            return super().sizeHint(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class _EntryModel(QAbstractListModel):
    """The entries listed, answering for the rows in view only (10,000 articles list at once)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.texts: list[str] = []
        self.markups: list[str | None] = []

    def show(self, entries: list[Entry], texts: list[str], markups: list[str | None]) -> None:
        self.beginResetModel()
        self.entries, self.texts, self.markups = entries, texts, markups
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.entries):
            return None
        entry = self.entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[row]
        if role == ENTRY_ROLE:
            return entry
        if role == MARKUP_ROLE:
            return self.markups[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The path shown on demand only: a screen reader would read it after every entry.
            return entry.article.path
        if role == Qt.ItemDataRole.FontRole and entry.article.is_missing:
            font = QFont()
            font.setItalic(True)  # a shape as well as the words "file not found"
            return font
        return None


def result_markup(result: SearchResult) -> str:
    """A result's entry as HTML: the title bold, then the snippet with the hit bold and underlined."""
    snippet = result.snippet
    before, hit, after = snippet[: result.start], snippet[result.start : result.end], snippet[result.end :]
    text = strings.result_item("\0", "\1")
    title, _, rest = text.partition("\0")
    head, _, tail = rest.partition("\1")
    return (
        f"{html.escape(title)}<b>{html.escape(result.article.title)}</b>{html.escape(head)}"
        f"{html.escape(before)}<b><u>{html.escape(hit)}</u></b>{html.escape(after)}{html.escape(tail)}"
    )


class LibraryDialog(QDialog):
    """文库: see the module docstring. Emits ``search_requested(query)``, ``list_requested(which)``,
    ``chosen(entry)`` (open), ``removal_requested(entry)`` and ``import_requested``; the controls answer
    with :meth:`show_articles` and :meth:`show_results`."""

    search_requested = Signal(str)
    list_requested = Signal(str)
    chosen = Signal(object)
    removal_requested = Signal(object)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        title = strings.library_title()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(strings.library_description())
        layout = QVBoxLayout(self)
        self._build_top(layout)
        self._build_buttons(layout)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)
        self.choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.resize(720, 520)
        self._show_state()

    def _build_top(self, layout: QVBoxLayout) -> None:
        field_control = strings.library_search_field()
        self.field = QLineEdit(self)
        self.field.setObjectName("librarySearch")
        describe(self.field, field_control)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self, field_control, self.field))
        row.addWidget(self.field, 1)
        choice_control = strings.library_view_choice()
        self.choice = QComboBox(self)
        self.choice.setObjectName("libraryChoice")
        describe(self.choice, choice_control)
        self.choice.addItem(strings.continue_reading(), RECENT)
        self.choice.addItem(strings.all_articles(), ALL)
        row.addWidget(buddy_label(self, choice_control, self.choice))
        row.addWidget(self.choice)
        layout.addLayout(row)

        self.count = QLabel(self)
        self.count.setObjectName("libraryCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count)

        list_control = strings.library_list()
        self.model = _EntryModel(self)
        self.list = QListView(self)
        self.list.setObjectName("libraryList")
        describe(self.list, list_control)
        self.list.setModel(self.model)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.activated.connect(lambda _index: self.open_current())
        self.list.selectionModel().currentChanged.connect(lambda *_indexes: self._show_state())
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.open_button = _button(self, strings.open_article_button(), "libraryOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = _button(self, strings.remove_article_button(), "libraryRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self.import_button = _button(self, strings.import_button(), "libraryImport")
        self.import_button.clicked.connect(self.import_requested)
        close = _button(self, strings.close_library_button(), "libraryClose")
        close.clicked.connect(self.reject)
        for button in (self.open_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    # --- what the controls call -------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self.field.text().strip()

    @property
    def which(self) -> str:
        return str(self.choice.currentData())

    def refresh(self) -> None:
        """Ask again for what is listed (the search results, or the list chosen)."""
        self._timer.stop()
        if self.query:
            self.search_requested.emit(self.query)
        else:
            self.list_requested.emit(self.which)

    def search(self) -> None:
        self._timer.stop()
        self.refresh()

    def show_articles(self, records: Sequence[ArticleRecord], empty: str = "") -> None:
        """List ``records`` (the first selected); ``empty``: what the count line says when there are none."""
        texts = [
            self._text(strings.article_item(record.title or strings.untitled(), record.date, None), record)
            for record in records
        ]
        # One line each, all as high: the view lays out 10,000 rows without asking for each.
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        self.model.show([Entry(record) for record in records], texts, [None] * len(records))
        self._select_first()
        self.count.setText(strings.library_count(len(records)) if records else empty)
        self._show_state()

    def show_results(self, results: Sequence[SearchResult], query: str) -> None:
        """List search results, best first, each opening at its hit (a few dozen: each wraps)."""
        entries, texts, markups = [], [], []
        for result in results:
            record = result.article
            entries.append(Entry(record, result.offset, result.snippet[result.start : result.end]))
            texts.append(
                self._text(strings.result_item(record.title or strings.untitled(), result.snippet), record)
            )
            markups.append(result_markup(result) if not record.is_missing else None)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.model.show(entries, texts, markups)
        self._select_first()
        self.count.setText(strings.results_count(len(results)) if results else strings.results_none(query))
        self._show_state()

    def row_count(self) -> int:
        return self.model.rowCount()

    def entries(self) -> list[Entry]:
        """What is listed, in order (for tests)."""
        return list(self.model.entries)

    def item_texts(self) -> list[str]:
        return list(self.model.texts)

    def current_entry(self) -> Entry | None:
        index = self.list.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry if isinstance(entry, Entry) else None

    # --- the reader's moves -----------------------------------------------------------------------------

    def open_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.chosen.emit(entry)

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.removal_requested.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.field:
            # Up and Down in the field move in the list, as in a screen reader's elements list.
            if _is_move_key(event):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search()
                self.open_current()
                return True
        elif watched is self.list and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        return False

    # --- inside -----------------------------------------------------------------------------------------

    @staticmethod
    def _text(text: str, record: ArticleRecord) -> str:
        return strings.missing_item(text) if record.is_missing else text

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _show_state(self) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and not entry.article.is_missing)
        self.remove_button.setEnabled(entry is not None)


class BookmarksDialog(QDialog):
    """书签: one article's bookmarks; Enter (or 跳转) emits ``chosen(bookmark id)`` and closes, Delete
    (or 删除书签) emits ``removal_requested(bookmark id)``."""

    chosen = Signal(int)
    removal_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksDialog")
        title = strings.bookmarks_title()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(strings.bookmarks_command().description)
        layout = QVBoxLayout(self)
        self.count = QLabel(self)
        self.count.setObjectName("bookmarksCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count)
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarksList")
        describe(self.list, strings.bookmarks_list())
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.go())
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.go_button = _button(self, strings.go_to_bookmark_button(), "bookmarkGo")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        self.remove_button = _button(self, strings.remove_bookmark_button(), "bookmarkRemove")
        self.remove_button.clicked.connect(self.remove_current)
        close = _button(self, strings.close_bookmarks_button(), "bookmarksClose")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(600, 420)

    def show_bookmarks(self, entries: Sequence[tuple[int, str]], current: int | None = None) -> None:
        """List ``(bookmark id, text)`` entries, ``current`` (or the first) selected."""
        self.list.clear()
        for bookmark_id, text in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(ENTRY_ROLE, bookmark_id)
            if bookmark_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.count.setText(strings.bookmarks_none() if not entries else "")
        self.count.setVisible(not entries)
        self.go_button.setEnabled(bool(entries))
        self.remove_button.setEnabled(bool(entries))
        self.list.setFocus()

    def item_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _current(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def go(self) -> None:
        bookmark = self._current()
        if bookmark is not None:
            self.accept()
            self.chosen.emit(bookmark)

    def remove_current(self) -> None:
        bookmark = self._current()
        if bookmark is not None:
            self.removal_requested.emit(bookmark)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_current()
            return True
        return False


class NoteDialog(QDialog):
    """添加书签: the bookmark's note (may stay empty); Enter adds, Escape cancels."""

    def __init__(self, excerpt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkNote")
        title = strings.bookmark_note_title()
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(excerpt)
        layout = QVBoxLayout(self)
        shown = QLabel(excerpt, self)
        shown.setObjectName("bookmarkExcerpt")
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        layout.addWidget(shown)
        control = strings.bookmark_note_field()
        self.field = QLineEdit(self)
        self.field.setObjectName("bookmarkNoteField")
        describe(self.field, control)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self, control, self.field))
        row.addWidget(self.field, 1)
        layout.addLayout(row)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.field.setFocus()

    @property
    def note(self) -> str:
        return " ".join(self.field.text().split())
