"""File ▸ Export audio: the text shown, read into a WAV (or MP3) file off the GUI thread.

:class:`ExportControls` asks for the file, then runs ``reader.speech.export.export_audio`` in a thread over
the display document shown (exactly what 连读 reads: title, 日期/来源 line, captions, converted text) with
the voice and rate of reading aloud, through the speech controls' engine for exports, and shows a progress
dialog that can cancel. The user's existing file is only replaced by a complete export.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from reader.core.errors import write_message
from reader.core.messages import Message
from reader.ui import strings

if TYPE_CHECKING:
    from reader.speech.engine import SpeechEngine
    from reader.speech.export import ExportReport
    from reader.speech.utterances import ReadingText
    from reader.ui.windowparts import Window

_log = logging.getLogger(__name__)


class _ExportJob(QObject):
    """Runs :func:`export_audio` in a thread; reports through queued signals."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    """Why the export failed (a :class:`Message`), or None when it was cancelled."""

    def __init__(
        self,
        text: ReadingText,
        target: Path,
        engine: SpeechEngine,
        *,
        voice: str | None,
        rate: int,
        language: str,
    ) -> None:
        super().__init__()
        self.text, self.target, self.engine = text, target, engine
        self.voice, self.rate, self.language = voice, rate, language
        self.cancelled = threading.Event()
        self.worker = threading.Thread(target=self._run, name="audio-export", daemon=True)

    def _run(self) -> None:
        from reader.speech.export import ExportCancelledError, ExportError, export_audio

        try:
            report = export_audio(
                self.text,
                self.target,
                engine=self.engine,
                voice=self.voice,
                rate=self.rate,
                language=self.language,
                progress=self.progress.emit,
                cancelled=self.cancelled.is_set,
            )
        except ExportCancelledError:
            self.failed.emit(None)
        except ExportError as error:
            self.failed.emit(error.message)
        except OSError as error:
            self.failed.emit(write_message(error, self.target))
        else:
            self.done.emit(report)
        finally:
            self.engine.close()


class ExportControls(QObject):
    """Audio export of one window (see the module docstring)."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget())
        self.window = window
        self._export: _ExportJob | None = None
        self._progress: QProgressDialog | None = None
        window.commands["export_audio"].triggered.connect(self.export_audio)

    @property
    def is_exporting(self) -> bool:
        return self._export is not None

    def export_audio(self) -> None:
        window = self.window
        if window.opened is None or self._export is not None:
            return
        suggested = window.opened.path.with_suffix(".wav")
        chosen, _filter = QFileDialog.getSaveFileName(
            window.widget(), strings.export_title(), str(suggested), strings.export_filter()
        )
        if chosen:
            self.start_export(Path(chosen))

    def start_export(self, target: Path) -> None:
        """Export the text as shown (converted when conversion is on) to ``target``."""
        window = self.window
        display = window.display
        if window.opened is None or display is None or self._export is not None:
            return
        speech = window.speech
        voice, rate, language = speech.export_voice()
        blocks = display.block_count()
        job = _ExportJob(display, target, speech.export_engine(), voice=voice, rate=rate, language=language)
        progress = QProgressDialog(
            strings.export_progress(0, blocks), strings.export_cancel(), 0, 0, window.widget()
        )
        progress.setWindowTitle(strings.export_title())
        progress.setAccessibleName(strings.export_audio().name)
        progress.setAccessibleDescription(strings.export_audio().description)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancelled.set)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        self._export, self._progress = job, progress
        progress.show()
        job.worker.start()

    def cancel(self) -> None:
        if self._export is not None:
            self._export.cancelled.set()

    def close(self) -> None:
        self.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        progress = self._progress
        if progress is not None:
            # setValue on a modal dialog runs the event loop, where the export may finish: use a local.
            progress.setLabelText(strings.export_progress(done, total))
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
        self._export, self._progress = None, None

    def _on_done(self, report: ExportReport) -> None:
        self._finish()
        seconds = report.duration_ms // 1000
        self.window.announce(
            strings.export_done(str(report.path), seconds // 60, seconds % 60, len(report.skipped))
        )

    def _on_failed(self, problem: Message | None) -> None:
        target = self._export.target if self._export is not None else Path()
        self._finish()
        if problem is not None:
            _log.warning("could not export audio to %s: %s", target, problem.english)
            self.window.announce(strings.export_failed(str(target), strings.error_text(problem)))
        else:
            self.window.announce(strings.export_cancelled())
