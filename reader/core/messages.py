"""Messages from core to the user as data: a stable code and its parameters, never worded text.

Core (loading, export, settings, themes, the accessibility check) cannot know the interface language, so
what it wants to tell the user is a :class:`Message`: a dotted ``code`` ("load.too_large",
"settings.out_of_range") and ``params`` (numbers, names, short excerpts of the user's value). The UI words
each code in the interface language (Qt translations): ``reader.ui.strings.errors`` (load and export),
``reader.ui.strings.problems`` (settings, custom colours) and ``reader.ui.strings.rules`` (the
accessibility check); the command line and the log use :attr:`Message.english`, the plain English every
message also carries for them.

Codes are part of the contract between core and the UI: a code's parameters never change meaning; a new
wording is a new translation, not a new code. Tests (``tests/core/test_load_messages.py``,
``tests/ui/test_error_messages.py``, ``tests/ui/test_settings_problems.py``) check that every code core
can produce has a wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Param = str | int | float
"""A parameter's value: shown as is (numbers are formatted by the UI's wording)."""


@dataclass(frozen=True, slots=True)
class Message:
    """What to tell the user: ``code`` + ``params``, and ``english`` for the command line and the log."""

    code: str
    english: str
    params: Mapping[str, Param] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return self.english

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, dict[str, Param]]]:
        # The read-only params view does not pickle; a worker process sends Messages back (a11y check).
        return (Message, (self.code, self.english, dict(self.params)))


def message(code: str, english: str, **params: Param) -> Message:
    """A :class:`Message`; ``english`` may use ``{name}`` placeholders filled from ``params``."""
    return Message(code, english.format(**params), params)
