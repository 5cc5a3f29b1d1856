"""Opening a file into the window: small files at once, large ones off the GUI thread with progress.

:class:`FileOpener` steps for :meth:`FileOpener.open`:

1. a file under :data:`LARGE_FILE_BYTES` is loaded and extracted on the GUI thread (tens of milliseconds);
   a larger one in a worker thread while the window stays up and usable, with a progress dialog that
   can cancel (the result is then dropped; the article shown stays);
2. a ``LoadError`` (or anything unexpected, which is logged) becomes a message naming the file and the
   reason; the current article stays;
3. the result is shown by the window (``MainWindow.show_opened``) and added to the recent files.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from reader.core.errors import LoadError, unexpected_message
from reader.ui import strings
from reader.ui.documents import OpenedArticle, open_article

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

_log = logging.getLogger(__name__)

LARGE_FILE_BYTES = 5 * 1024 * 1024
"""Files at least this large are read off the GUI thread."""


class FileOpener(QObject):
    """Reads files for one window (see the module docstring)."""

    _done = Signal(object, object, object)
    """(request number, path, OpenedArticle or the exception), from the worker to the GUI thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._request = 0
        self._progress: QProgressDialog | None = None
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @property
    def is_busy(self) -> bool:
        return self._progress is not None

    def open(self, path: Path) -> bool:
        """Open ``path``; False when it failed at once (the user was told)."""
        self.cancel()
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            size = 0
        if size < LARGE_FILE_BYTES:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result: OpenedArticle | BaseException = open_article(path)
            except Exception as error:
                result = error
            finally:
                QApplication.restoreOverrideCursor()
            return self._show(path, result)
        self._request += 1
        request = self._request
        progress = QProgressDialog(
            strings.opening_progress(path.name), strings.export_cancel(), 0, 0, self.window
        )
        progress.setWindowTitle(strings.open_dialog_title())
        progress.setAccessibleName(strings.opening_progress(path.name))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel)
        self._progress = progress
        progress.show()
        worker = threading.Thread(target=self._read, args=(request, path), name="open-file", daemon=True)
        worker.start()
        return True

    def _read(self, request: int, path: Path) -> None:
        try:
            result: OpenedArticle | BaseException = open_article(path)
        except BaseException as error:  # reported on the GUI thread, whatever it is
            result = error
        self._done.emit(request, path, result)

    def _finish(self, request: int, path: Path, result: OpenedArticle | BaseException) -> None:
        if request != self._request or self._progress is None:
            return  # cancelled, or superseded by a newer file
        self._close_progress()
        self._show(path, result)

    def _show(self, path: Path, result: OpenedArticle | BaseException) -> bool:
        window = self.window
        if isinstance(result, LoadError):
            _log.info("could not open %s", result)
            window.show_error(Path(result.path).name or str(result.path), result.message)
            return False
        if isinstance(result, BaseException):
            _log.error("unexpected failure opening %s", path, exc_info=result)
            window.show_error(path.name, unexpected_message(result))
            return False
        try:
            window.show_opened(result)
        except Exception as error:
            _log.exception("unexpected failure showing %s", path)
            window.show_error(path.name, unexpected_message(error))
            return False
        window.add_recent(result.path)
        return True

    def cancel(self) -> None:
        """Forget a file being read (its result is dropped)."""
        self._request += 1
        self._close_progress()

    def _close_progress(self) -> None:
        progress = self._progress
        self._progress = None
        if progress is not None:
            progress.reset()
            progress.deleteLater()
