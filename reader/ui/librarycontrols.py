"""The library in the window: every article shown is remembered, reopened where it was left, bookmarked,
found again by full-text search, and whole folders are imported.

:class:`LibraryControls` owns the window's :class:`~reader.core.library.Library` (opened on first need,
after the first paint, so start-up never waits for it; its problems — a damaged file moved aside and
rebuilt, a library that could not be opened — are told once). For each article shown
(:meth:`LibraryControls.article_shown`):

1. the position in the article shown before is saved (block and offset in its *original* article view, so
   it survives 简繁 conversion, restyling and another text size);
2. the article is added to the library in a worker thread with its own connection (hashing and indexing a
   long novel takes a while; the library is in WAL mode, so both connections work at once);
3. when that is done, the kept position is restored — unless the reader has moved meanwhile, or the
   article was opened at a search hit — and the article is marked opened ("continue reading").

While reading, the position is saved a few seconds after the reader stops moving, and when the window
closes. Positions and bookmarks belong to the article view: in the whole-page view nothing is saved.
The 文库 and 书签 dialogs (``reader.ui.librarydialog``) only show; this module reads and writes.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from reader.core.display import DocPosition, body_place
from reader.core.errors import LoadError, ReaderError
from reader.core.messages import Message
from reader.ui import strings
from reader.ui.librarydialog import ALL, BookmarksDialog, Entry, LibraryDialog, NoteDialog
from reader.ui.positions import cursor_position, range_cursor

if TYPE_CHECKING:
    from types import ModuleType

    from reader.core.display import DisplayDocument
    from reader.core.library import Added, ImportProgress, Library, Position
    from reader.ui.documents import OpenedArticle
    from reader.ui.mainwindow import MainWindow

_log = logging.getLogger(__name__)

SAVE_DELAY_MS = 3000
"""The position is saved this long after the reader stops moving."""
EXCERPT_CHARS = 40
"""How much of the text at a bookmark its entry shows."""
REMEMBER_DELAY_MS = 400
"""An article not painted by then is added to the library anyway."""


def _store() -> ModuleType:
    """``reader.core.library``, imported when first needed: start-up never pays for SQLite and the index."""
    import reader.core.library

    return reader.core.library


def _percent(display: DisplayDocument, block: int) -> int:
    return round(100 * block / max(1, len(display.blocks) - 1))


def excerpt(display: DisplayDocument, place: DocPosition) -> str:
    """The text from ``place`` on (about a line), for a bookmark's entry and its announcement."""
    place = display.clamp(place)
    text = display.blocks[place.block].text[place.offset :] if display.blocks else ""
    text = " ".join(text.replace("\u2028", " ").split())
    if not text and place.block + 1 < len(display.blocks):
        text = " ".join(display.blocks[place.block + 1].text.split())
    return text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")


class LibraryControls(QObject):
    """The window's library (see the module docstring)."""

    _added = Signal(int, object)
    """(request number, ``Added`` or the exception), from the worker to the GUI thread."""
    _imported = Signal(object)
    """An ``ImportProgress`` (or None when the import ended), from the import worker."""

    def __init__(self, window: MainWindow, path: Path | None, *, is_enabled: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.path = path if path is not None else _store().default_path()
        self.is_enabled = is_enabled
        self._library: Library | None = None
        self.article_id: int | None = None
        """The library's id of the article shown (None until it is added, or when it could not be)."""
        self._request = 0
        self._remembered = 0
        self._shown_path: Path | None = None
        self._start: tuple[Position | None, Position | None] | None = None
        """Where the view and the caret were when the article was shown (in its original article view):
        when they are elsewhere as the kept position arrives, the reader has moved, and stays there."""
        self._was_placed = False
        """The article was opened at a search hit (or moved to a bookmark): keep that place."""
        self._last_saved: tuple[int, Position] | None = None
        self._is_placing = False
        self._pending_hit: tuple[Path, int, str] | None = None
        self.dialog: LibraryDialog | None = None
        self.bookmarks_dialog: BookmarksDialog | None = None
        self._import_progress: QProgressDialog | None = None
        self._import_cancel: threading.Event | None = None
        self._import_counts = [0, 0]
        self._import_failures: list[str] = []
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_position)
        self._added.connect(self._on_added, Qt.ConnectionType.QueuedConnection)
        self._imported.connect(self._on_imported, Qt.ConnectionType.QueuedConnection)
        view = window.reading_view
        view.verticalScrollBar().valueChanged.connect(self._on_moved)
        view.cursorPositionChanged.connect(self._on_moved)
        c = window.commands
        c["library"].triggered.connect(self.show_library)
        c["import_library"].triggered.connect(self.import_folder)
        c["add_bookmark"].triggered.connect(self.add_bookmark)
        c["bookmarks"].triggered.connect(self.show_bookmarks)
        for name in ("library", "import_library", "add_bookmark", "bookmarks"):
            c[name].setEnabled(is_enabled)

    # --- the library ------------------------------------------------------------------------------------

    @property
    def library(self) -> Library | None:
        """The library, opened on first use (None when this window keeps none)."""
        if self._library is None and self.is_enabled:
            self._library = _store().Library(self.path)
            if self._library.problems:
                self._tell_problems(self._library.problems)
        return self._library

    @property
    def _is_shared(self) -> bool:
        """Whether other connections see this library (not when it fell back to memory)."""
        library = self._library
        return library is not None and not any(p.code == "library.unavailable" for p in library.problems)

    def _tell_problems(self, problems: list[Message]) -> None:
        texts = [strings.library_problem_text(p) for p in problems]
        self.window.announce(texts[0])
        notice = QMessageBox(
            QMessageBox.Icon.Information,
            strings.library_problems_title(),
            "\n\n".join(texts),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        notice.setObjectName("libraryProblems")
        notice.setWindowModality(Qt.WindowModality.NonModal)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.show()

    # --- the article shown ------------------------------------------------------------------------------

    def leaving(self) -> None:
        """Another article is about to be shown: keep the position in this one."""
        self.save_position()
        self.article_id = None

    def article_shown(self, opened: OpenedArticle) -> None:
        """``opened`` is shown: go to a pending search hit in it, and add it to the library soon."""
        self._request += 1
        self._shown_path = opened.path
        self._was_placed = False
        self._start = self._state()
        hit = self._pending_hit
        self._pending_hit = None
        if hit is not None and hit[0] == opened.path.resolve():
            self._go_to_hit(opened, hit[1], hit[2])
        if not self.is_enabled:
            return
        request = self._request
        # After the article's first paint (start-up never waits for the library), or soon when the window
        # is not painted (hidden, minimised): whichever comes first.
        self.window.reading_view.content_painted.connect(
            lambda: self._remember(request, opened), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(REMEMBER_DELAY_MS, lambda: self._remember(request, opened))

    def _remember(self, request: int, opened: OpenedArticle) -> None:
        if request != self._request or request == self._remembered or self.window.opened is not opened:
            return
        self._remembered = request
        library = self.library
        if library is None:
            return
        if not self._is_shared:
            self._on_added(request, self._add(library, opened))
            return
        path = library.path

        def work() -> None:
            try:
                with _store().Library(path) as own:
                    result: Added | BaseException = self._add(own, opened)
            except BaseException as error:  # reported on the GUI thread, whatever it is
                result = error
            with contextlib.suppress(RuntimeError):  # the window is gone
                self._added.emit(request, result)

        threading.Thread(target=work, name="library-add", daemon=True).start()

    @staticmethod
    def _add(library: Library, opened: OpenedArticle) -> Added | BaseException:
        try:
            return library.add(opened.path, opened.article)
        except (ReaderError, OSError) as error:
            return error
        except Exception as error:
            return error

    def _on_added(self, request: int, result: Added | BaseException) -> None:
        if request != self._request:
            return
        if isinstance(result, BaseException):
            level = logging.INFO if isinstance(result, LoadError) else logging.WARNING
            _log.log(level, "could not add %s to the library: %s", self._shown_path, result)
            return
        library = self.library
        if library is None:
            return
        self.article_id = result.article.id
        try:
            library.mark_opened(result.article.id)
        except Exception:
            _log.warning("could not mark %s opened", self._shown_path, exc_info=True)
        kept = result.article.position
        self._last_saved = (result.article.id, kept)
        if not self.has_moved and (kept.block or kept.offset):
            self._restore(DocPosition(kept.block, kept.offset))
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def _state(self) -> tuple[Position | None, Position | None]:
        view = self.window.reading_view
        display = self._article_view()
        if display is None:
            return None, None
        caret = display.to_original(cursor_position(view.textCursor()))
        return self.current_position(), _store().Position(caret.block, caret.offset)

    @property
    def has_moved(self) -> bool:
        """Whether the reader has moved since the article was shown (or was taken to a hit or bookmark)."""
        return self._was_placed or self._state() != self._start

    def _article_view(self) -> DisplayDocument | None:
        display = self.window.reading_view.display
        return display if display is not None and display.mode == "article" else None

    def _place(self, place: DocPosition) -> None:
        """Caret at ``place`` (of the document shown), that line at the top."""
        view = self.window.reading_view
        self._is_placing = True
        try:
            view.show_block(place.block)
            view.setTextCursor(range_cursor(view.document(), place))
            view.scroll_to(place)
        finally:
            self._is_placing = False

    def _restore(self, original: DocPosition) -> None:
        display = self._article_view()
        if display is None:
            return
        place = display.from_original(original)
        self._place(place)
        self.window.announce(strings.position_restored(_percent(display, place.block)))

    def _go_to_hit(self, opened: OpenedArticle, offset: int, text: str) -> None:
        display = self._article_view()
        if display is None:
            return
        place = body_place(display, opened.article, offset, text) if offset >= 0 else None
        if place is None:
            return
        view = self.window.reading_view
        self._place(place)
        end = DocPosition(place.block, place.offset + len(text))
        view.setTextCursor(range_cursor(view.document(), place, display.clamp(end)))
        self._was_placed = True

    def _on_moved(self, *_args: object) -> None:
        if not self._is_placing and self.article_id is not None:
            self._save_timer.start()

    def current_position(self) -> Position | None:
        """Where the reader is in the article shown, in its original article view (None: not shown)."""
        display = self._article_view()
        if display is None:
            return None
        place = display.to_original(self.window.reading_view.reading_place())
        position: Position = _store().Position(place.block, place.offset)
        return position

    def save_position(self) -> None:
        self._save_timer.stop()
        library, article_id = self._library, self.article_id
        position = self.current_position()
        if library is None or article_id is None or position is None:
            return
        if self._last_saved == (article_id, position):
            return
        try:
            library.set_position(article_id, position)
            self._last_saved = (article_id, position)
        except Exception:
            _log.warning("could not save the reading position", exc_info=True)

    def close(self) -> None:
        self.save_position()
        self._request += 1
        if self._import_cancel is not None:
            self._import_cancel.set()
        if self._library is not None:
            self._library.close()
            self._library = None

    # --- the 文库 dialog -------------------------------------------------------------------------------

    def show_library(self) -> None:
        library = self.library
        if library is None:
            self.window.announce(strings.library_off())
            return
        if self.dialog is None:
            dialog = LibraryDialog(self.window)
            dialog.list_requested.connect(self._list)
            dialog.search_requested.connect(self._search)
            dialog.chosen.connect(self.open_entry)
            dialog.removal_requested.connect(self._remove)
            dialog.import_requested.connect(self.import_folder)
            dialog.rejected.connect(self._back_to_window)
            self.dialog = dialog
        dialog = self.dialog
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        dialog.field.selectAll()

    def _list(self, which: str) -> None:
        library, dialog = self.library, self.dialog
        if library is None or dialog is None:
            return
        records = library.articles() if which == ALL else library.recent(limit=200)
        dialog.show_articles(records, strings.library_empty())

    def _search(self, query: str) -> None:
        library, dialog = self.library, self.dialog
        if library is None or dialog is None:
            return
        results = library.search(query)
        dialog.show_results(results, query)
        self.window.announce(dialog.count.text())

    def open_entry(self, entry: Entry) -> None:
        """Open an entry of the 文库 list: at the hit of a search result, else at its kept position."""
        path = Path(entry.article.path)
        if not path.is_file():
            self.window.announce(strings.file_missing(str(path)))
            return
        if self.dialog is not None:
            self.dialog.hide()
        if self.window.find_bar.isVisible():
            # Finding again in the article opened would take the reader away from the hit.
            self.window.finding.close()
        self._back_to_window()
        shown = self.window.opened
        if shown is not None and shown.path.resolve() == path.resolve():
            if entry.offset >= 0:
                self._go_to_hit(shown, entry.offset, entry.hit)
            return
        self._pending_hit = (path.resolve(), entry.offset, entry.hit) if entry.offset >= 0 else None
        self.window.open_path(path)
        self._back_to_window()

    def _back_to_window(self) -> None:
        """The window active again, the focus in the reading view, after one of the dialogs closed (a
        window manager would give the activation back; without one, or with a slow one, the keys the
        reader presses next would go nowhere, and a screen reader would find no active window)."""
        self.window.activateWindow()
        self.window.raise_()
        self.window.reading_view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _remove(self, entry: Entry) -> None:
        library = self.library
        if library is None:
            return
        if library.remove(entry.article.id):
            if entry.article.id == self.article_id:
                self.article_id = None
            self.window.announce(strings.removed_article(entry.article.title or strings.untitled()))
        if self.dialog is not None:
            self.dialog.refresh()

    # --- bookmarks -------------------------------------------------------------------------------------

    def _bookmark_place(self) -> DocPosition | None:
        """The caret when it is in view, else the top of the view (in the document shown)."""
        view = self.window.reading_view
        if view.viewport().rect().intersects(view.cursorRect()):
            # A selection's start: after a find or a search hit, the bookmark is where the hit begins.
            cursor = QTextCursor(view.textCursor())
            cursor.setPosition(cursor.selectionStart())
            return cursor_position(cursor)
        return view.reading_place()

    def add_bookmark(self) -> None:
        display = self.window.reading_view.display
        if display is None or self.window.opened is None:
            self.window.announce(strings.no_library_article())
            return
        if display.mode != "article":
            self.window.announce(strings.bookmarks_whole_page())
            return
        library = self.library
        if library is None:
            self.window.announce(strings.library_off())
            return
        place = self._bookmark_place()
        if place is None:
            return
        if self.article_id is None:
            self._add_now()
        if self.article_id is None:
            return
        text = excerpt(display, place)
        dialog = NoteDialog(text, self.window)
        is_accepted = dialog.exec() == NoteDialog.DialogCode.Accepted
        dialog.deleteLater()
        self._back_to_window()
        if not is_accepted:
            return
        original = display.to_original(place)
        position = _store().Position(original.block, original.offset)
        library.add_bookmark(self.article_id, position, dialog.note)
        self.window.announce(strings.bookmark_added(text))

    def _add_now(self) -> None:
        """Add the article shown on the GUI thread (a bookmark is asked for before the worker finished)."""
        opened, library = self.window.opened, self.library
        if opened is None or library is None:
            return
        result = self._add(library, opened)
        if isinstance(result, _store().Added):
            self.article_id = result.article.id

    def show_bookmarks(self) -> None:
        display = self._article_view()
        library = self.library
        if display is None or self.window.opened is None:
            self.window.announce(
                strings.no_library_article()
                if self.window.reading_view.display is None
                else strings.bookmarks_whole_page()
            )
            return
        if library is None:
            self.window.announce(strings.library_off())
            return
        if self.article_id is None:
            self._add_now()
        if self.bookmarks_dialog is None:
            dialog = BookmarksDialog(self.window)
            dialog.chosen.connect(self._go_to_bookmark)
            dialog.removal_requested.connect(self._remove_bookmark)
            dialog.rejected.connect(self._back_to_window)
            self.bookmarks_dialog = dialog
        self._fill_bookmarks()
        self.bookmarks_dialog.show()
        self.bookmarks_dialog.raise_()
        self.bookmarks_dialog.activateWindow()

    def _fill_bookmarks(self) -> None:
        display, library, dialog = self._article_view(), self._library, self.bookmarks_dialog
        if dialog is None:
            return
        entries: list[tuple[int, str]] = []
        if display is not None and library is not None and self.article_id is not None:
            for mark in library.bookmarks(self.article_id):
                place = display.from_original(DocPosition(mark.position.block, mark.position.offset))
                entries.append((mark.id, strings.bookmark_item(excerpt(display, place), mark.note)))
        dialog.show_bookmarks(entries)

    def _go_to_bookmark(self, bookmark_id: int) -> None:
        display, library = self._article_view(), self._library
        if display is None or library is None or self.article_id is None:
            return
        mark = next((m for m in library.bookmarks(self.article_id) if m.id == bookmark_id), None)
        if mark is None:
            return
        place = display.from_original(DocPosition(mark.position.block, mark.position.offset))
        self._place(place)
        self._was_placed = True
        self.save_position()
        self._back_to_window()
        self.window.announce(strings.bookmark_item(excerpt(display, place), mark.note))

    def _remove_bookmark(self, bookmark_id: int) -> None:
        library = self._library
        if library is not None and library.remove_bookmark(bookmark_id):
            self.window.announce(strings.bookmark_removed())
        self._fill_bookmarks()

    # --- importing -------------------------------------------------------------------------------------

    def import_folder(self, folder: str | Path | bool | None = None) -> bool:
        """Import the articles of ``folder`` (asked for when None or a button's ``checked``) in a worker
        thread, with progress; False when nothing was started."""
        library = self.library
        if library is None:
            self.window.announce(strings.library_off())
            return False
        if self._import_cancel is not None:
            return False
        if folder is None or isinstance(folder, bool):
            parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else self.window
            chosen = QFileDialog.getExistingDirectory(parent, strings.import_dialog_title())
            if not chosen:
                return False
            folder = chosen
        cancel = threading.Event()
        self._import_cancel = cancel
        self._import_counts = [0, 0]
        self._import_failures = []
        progress = QProgressDialog(
            strings.import_progress(0, 0, ""), strings.import_cancel(), 0, 0, self.dialog or self.window
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(strings.import_command().name)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(cancel.set)
        self._import_progress = progress
        path, target = library.path, Path(folder)
        shared = self._is_shared

        def work() -> None:
            try:
                if shared:
                    with _store().Library(path) as own:
                        self._run_import(own, target, cancel)
                else:
                    self._run_import(library, target, cancel)
            finally:
                with contextlib.suppress(RuntimeError):  # the window is gone
                    self._imported.emit(None)

        if shared:
            threading.Thread(target=work, name="library-import", daemon=True).start()
        else:
            work()
        return True

    def _run_import(self, library: Library, folder: Path, cancel: threading.Event) -> None:
        try:
            for step in library.import_files([folder], cancel=cancel):
                self._imported.emit(step)
        except RuntimeError:
            cancel.set()  # the window is gone
        except Exception:
            _log.exception("the import of %s stopped", folder)

    @property
    def is_importing(self) -> bool:
        return self._import_cancel is not None

    def _on_imported(self, step: ImportProgress | None) -> None:
        progress = self._import_progress
        if step is None:
            self._finish_import()
            return
        if step.added is not None:
            self._import_counts[0 if step.added.status in ("added", "updated") else 1] += 1
        elif step.problem is not None:
            self._import_failures.append(strings.library_problem_text(step.problem))
        if progress is not None:
            progress.setMaximum(step.total)
            progress.setValue(step.done)
            progress.setLabelText(strings.import_progress(step.done, step.total, Path(step.path).name))

    def _finish_import(self) -> None:
        progress, self._import_progress = self._import_progress, None
        self._import_cancel = None
        if progress is not None:
            progress.reset()
            progress.deleteLater()
        added, known = self._import_counts
        summary = strings.import_done(added, known, len(self._import_failures))
        self.window.announce(summary)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
        if self._import_failures:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                strings.import_failures_title(),
                summary,
                QMessageBox.StandardButton.Ok,
                self.dialog or self.window,
            )
            box.setObjectName("importFailures")
            box.setDetailedText("\n".join(self._import_failures))
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()
