"""The settings of one running reader: loaded once, changed in one place, saved shortly after, told once.

:class:`SettingsController` is the only owner of the current :class:`~reader.core.settings.Settings`.
Everything that shows a setting subscribes to :attr:`SettingsController.changed`, which carries the names
of the settings that changed (all of them at the start), and everything that changes one calls
:meth:`SettingsController.update` or :meth:`SettingsController.change`. Steps:

1. :meth:`load` reads the file once per process (``READER_CONFIG_DIR`` or the platform's config folder):
   bad values are replaced by their defaults and listed in :attr:`problems`; a corrupt file is moved aside,
   except in a read-only run (``--screenshot``), which must not touch the user's file; the recent-files list
   of an older version (``recent.json``) is taken over when the settings have none;
2. command-line values (``--font-size``, ``--theme``) override their settings for this run only: they are
   not saved unless the user changes that setting in the window (:meth:`persistent`);
3. each change is applied by the subscribers and written :data:`SAVE_DELAY_MS` later (debounced, atomically
   by the store), so a held Ctrl+= writes once;
4. the problems found on loading are shown to the user once (:meth:`take_problems`), and the cleaned
   settings are saved, which is what makes "once" true.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core import settings as schema
from reader.core import themes
from reader.core.messages import Message
from reader.core.settings import Settings, SettingsStore, save_problem
from reader.ui import recent

_log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
"""Settings are written this long after the last change."""
ALL = frozenset(field.name for field in dataclasses.fields(Settings))


def font_size_bounds() -> tuple[float, float]:
    """The text size range, read from the settings schema (the one place it is written)."""
    return schema.bounds("font_size_pt")


class SettingsController(QObject):
    """The settings of this process (see the module docstring)."""

    changed = Signal(object)
    """``frozenset`` of the names of the settings that changed (every name at the first ``publish``)."""
    save_failed = Signal(object)
    """Saving failed; the reason (a :class:`~reader.core.messages.Message`), for the status bar."""

    def __init__(
        self,
        store: SettingsStore | None = None,
        *,
        font_size: float | None = None,
        theme: str | None = None,
        is_persistent: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store if store is not None else SettingsStore()
        self.is_persistent = is_persistent
        self.problems: list[Message] = []
        self._is_told = False
        self._stored = Settings()
        self._overrides: dict[str, object] = {}
        self.settings = Settings()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.load(font_size=font_size, theme=theme)

    def load(self, *, font_size: float | None = None, theme: str | None = None) -> None:
        """Read the file (step 1) and apply this run's command-line values (step 2)."""
        loaded, self.problems = self.store.load(is_read_only=not self.is_persistent)
        for problem in self.problems:
            _log.warning("settings: %s", problem.english)  # the window words them for the user
        if not loaded.recent_files:
            legacy = recent.legacy_paths(self.store.path.parent)
            if legacy:
                loaded = dataclasses.replace(loaded, recent_files=legacy)
        self._stored = loaded
        overrides: dict[str, object] = {}
        if font_size is not None:
            low, high = font_size_bounds()
            overrides["font_size_pt"] = min(max(float(font_size), low), high)
        if theme is not None:
            themes.get_theme(theme)  # raises ValueError naming the valid ones
            overrides["theme"] = theme
        self._overrides = overrides
        self.settings = dataclasses.replace(loaded, **overrides)  # type: ignore[arg-type]
        if self.problems and self.is_persistent:
            self._timer.start()  # saving the cleaned settings is what makes "told once" true

    # --- changing ------------------------------------------------------------------------------------

    def update(self, new: Settings) -> frozenset[str]:
        """Make ``new`` the settings: subscribers hear which names changed; saved soon. Returns them."""
        old = self.settings
        names = frozenset(name for name in ALL if getattr(new, name) != getattr(old, name))
        if not names:
            return names
        for name in names & self._overrides.keys():
            del self._overrides[name]  # the user's own choice now: saved from here on
        self.settings = new
        if self.is_persistent and names != {"window_geometry"}:
            self._timer.start()
        self.changed.emit(names)
        return names

    def change(self, **values: Any) -> frozenset[str]:
        """:meth:`update` with some values replaced."""
        return self.update(dataclasses.replace(self.settings, **values))

    def publish(self) -> None:
        """Tell every subscriber about every setting (once the window is built)."""
        self.changed.emit(ALL)

    # --- saving --------------------------------------------------------------------------------------

    def persistent(self) -> Settings:
        """What is saved: the settings without this run's command-line overrides."""
        kept = {name: getattr(self._stored, name) for name in self._overrides}
        return dataclasses.replace(self.settings, **kept)

    def save(self) -> bool:
        """Write the settings now; a failure is reported through :attr:`save_failed`, never raised."""
        self._timer.stop()
        if not self.is_persistent:
            return False
        try:
            self.store.save(self.persistent())
        except (OSError, ValueError) as error:
            _log.warning("could not save the settings to %s: %s", self.store.path, error)
            self.save_failed.emit(save_problem(self.store.path, error))
            return False
        return True

    @property
    def is_save_pending(self) -> bool:
        return self._timer.isActive()

    def take_problems(self) -> list[Message]:
        """The problems found on loading, the first time they are asked for; after that none."""
        if self._is_told:
            return []
        self._is_told = True
        return list(self.problems)
