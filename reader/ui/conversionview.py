"""The window's side of 简繁 conversion: the menu's choices, converting without freezing, keeping places.

The conversion itself is ``reader.core.display``'s (one implementation for the window and the command
line): the display document is converted block by block, each block keeping its offset map. Here:

1. :class:`DocumentConversion` runs :func:`reader.core.display.conversion_steps` in one go for a small
   document and, for a large one, in slices of at most :data:`SLICE_MS` driven by a ``QTimer`` (OpenCC
   holds the GIL: a 1,000,000-character book converted in one call would stall the window for 0.1–0.2 s);
2. :class:`ConversionControls` owns the choice (the menu, the choice remembered per script, ``--convert``)
   and shows the result keeping the reading position and the caret: display positions map between any two
   conversions of one original (``DisplayDocument.map_from``), since every conversion has the same blocks.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from reader.core.conversion import CONFIGS, PHRASE_CONFIGS, default_config, target_language
from reader.core.display import DisplayDocument, DocPosition, conversion_steps, convert_document
from reader.ui import strings

if TYPE_CHECKING:
    from reader.ui.windowparts import Window

MENU_CONFIGS: tuple[tuple[str, str | None], ...] = (
    ("none", None),
    ("t2s", "t2s"),
    ("s2t", "s2t"),
    ("s2tw", "s2tw"),
    ("s2twp", "s2twp"),
    ("s2hk", "s2hk"),
)
"""The menu's entries in order: action key → OpenCC config (None = 原文)."""

SMALL_DOCUMENT = 50_000
"""Characters below which a document is converted in one go (a few milliseconds)."""
SLICE_MS = 15.0
"""Longest the GUI thread converts before letting events through."""
PROGRESS_MS = 250
"""Shortest time between two progress messages."""


def control(key: str) -> strings.Control:
    return strings.conversion_entry(key)


def menu_key(config: str | None) -> str:
    """The menu entry that shows ``config`` (any OpenCC config; ``tw2sp`` → ``t2s``, ``t2hk`` → ``s2hk``)."""
    if config is None:
        return "none"
    if any(key == config for key, _ in MENU_CONFIGS):
        return config
    language = target_language(config)
    if language == "zh-Hans":
        return "t2s"
    if language == "zh-Hant-TW":
        return "s2twp" if config in PHRASE_CONFIGS else "s2tw"
    return "s2hk" if language == "zh-Hant-HK" else "s2t"


def source_script(config: str) -> str:
    """``"hans"`` for configs that read simplified text, ``"hant"`` for the others."""
    return "hans" if config.startswith("s2") else "hant"


class DocumentConversion(QObject):
    """One display document being converted; emits ``progressed(percent)``, then ``finished(document)``."""

    progressed = Signal(int)
    finished = Signal(object)

    def __init__(self, document: DisplayDocument, config: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.config = config
        self.result: DisplayDocument | None = None
        self._steps: Generator[float, None, DisplayDocument] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._last_progress = 0.0

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Convert now when the document is small (``finished`` comes before this returns), else begin
        the slices."""
        if self.document.source_document.character_count < SMALL_DOCUMENT:
            self.result = convert_document(self.document, self.config)
            self.finished.emit(self.result)
            return
        self._steps = conversion_steps(self.document, self.config)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = None

    def _slice(self) -> None:
        steps = self._steps
        if steps is None:
            self._timer.stop()
            return
        started = time.perf_counter()
        share = 0.0
        try:
            while (time.perf_counter() - started) * 1000 < SLICE_MS:
                share = next(steps)
        except StopIteration as done:
            self._timer.stop()
            self._steps = None
            self.result = done.value
            self.progressed.emit(100)
            self.finished.emit(self.result)
            return
        # Progress at most every PROGRESS_MS: each message repaints the status bar, on the GUI thread.
        if started - self._last_progress >= PROGRESS_MS / 1000:
            self._last_progress = started
            self.progressed.emit(min(99, int(share * 100)))


Places = tuple[DocPosition, DocPosition, DocPosition]
"""The reading position (top line), the caret's anchor and its position."""


class ConversionControls(QObject):
    """The 简繁 choice of one window (see the module docstring)."""

    def __init__(self, window: Window, override: str | None) -> None:
        super().__init__(window.widget())
        self.window = window
        self.config: str | None = None
        """The conversion shown (None: the original)."""
        self.override = override
        """This run's ``--convert``."""
        self.job: DocumentConversion | None = None

    def initial(self, script: str | None) -> str | None:
        """This run's --convert, else the choice remembered for ``script``, else the locale's default;
        never a conversion that reads another script than the article's (a Big5 page is not converted to
        itself)."""
        if self.override is not None:
            return self.override
        if script is None:
            return None
        remembered = self.window.settings.last_convert.get(script)
        if remembered is not None:
            wanted: str | None = None if remembered == "none" else remembered
        else:
            wanted = default_config(script, QLocale().name())  # type: ignore[arg-type]
        if wanted is None or wanted not in CONFIGS or source_script(wanted) != script:
            return None
        return wanted

    def choose(self, config: str | None, *, remember: bool = True) -> None:
        """Show the text converted with ``config`` (None: the original), keeping the reading position;
        with ``remember``, the choice becomes the default for articles of this script."""
        window = self.window
        if remember and window.article_script is not None:
            choices = dict(window.settings.last_convert)
            choices[window.article_script] = config or "none"
            window.change(last_convert=choices)
        self.cancel()
        self.check(config)
        shown = window.display
        if shown is None or config == self.config:
            return
        self.convert(shown.source_document, config)

    def convert(self, original: DisplayDocument, config: str | None) -> None:
        """Show ``original`` converted with ``config``, in slices when long; places are kept when the view
        already shows a conversion of the same original."""
        self.cancel()
        if config is None:
            self._show(None, original)
            return
        job = DocumentConversion(original, config, self)
        self.job = job
        job.progressed.connect(
            lambda percent: self.window.statusBar().showMessage(strings.conversion_progress(percent))
        )
        job.finished.connect(lambda document: self._show(config, document))
        job.start()

    def _show(self, config: str | None, document: DisplayDocument) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        was = self.config
        self.config = config
        self.window.show_display(document)
        self.check(config)
        if config != was:
            self.window.announce(strings.conversion_done(control(menu_key(config)).name))

    def check(self, config: str | None) -> None:
        self.window.commands[f"convert_{menu_key(config)}"].setChecked(True)

    def show_state(self) -> None:
        job = self.job
        self.check(job.config if job is not None else self.config)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.deleteLater()
            self.job = None

    def forget(self) -> None:
        """A new file: nothing is converted yet."""
        self.cancel()
        self.config = None
