"""The kinds of value a setting can hold, each checking a saved value: numbers with bounds, booleans, fixed
choices, text, theme names, lists, the conversion and voice maps, and the custom colours.

:meth:`Kind.check` returns the value to use, or an :class:`Adjusted` one (clamped, trimmed) with the
reason, or raises :class:`FallbackError` when the default must be taken. A reason is a
:class:`~reader.core.messages.Message` (code ``settings.*`` and parameters such as the value shown short
and the limits); the schema adds the option's name and its default, and the UI words it.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass

from reader.core import themes
from reader.core.contrast import is_colour, normalise_colour
from reader.core.messages import Message, message

VOICE_LANGUAGES = ("mandarin", "cantonese", "english", "other")
"""Keys of :attr:`Settings.voices`: the language groups a voice can be chosen for."""

SHOWN_LENGTH = 40
"""A user's value is shown in a message cut to this many characters."""


class FallbackError(Exception):
    """The value cannot be used; the default is taken. ``reason`` says why."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.english)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Adjusted:
    """A usable value that had to be changed (clamped, trimmed), with the reason."""

    value: object
    reason: Message


def show_value(value: object) -> str:
    """A short, safe rendering of a user's value for a message: as the settings file writes it (JSON),
    cut to :data:`SHOWN_LENGTH` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return shorten(text)


def shorten(text: str) -> str:
    """``text`` cut to :data:`SHOWN_LENGTH` characters, an ellipsis marking the cut."""
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


class Kind:
    """What values an option takes. :meth:`check` returns the value to use or an :class:`Adjusted`
    one, or raises :class:`FallbackError`; :meth:`describe` says what is allowed, for the preferences."""

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value: object) -> object:
        raise NotImplementedError


def _wrong_type(code: str, expected: str, value: object) -> FallbackError:
    """``value`` is not of the kind ``expected`` (English, for the command line) says; ``code`` for the UI."""
    return FallbackError(message(code, "{value} is not " + expected, value=show_value(value)))


def _number(value: object, *, integral: bool) -> float:
    # bool is an int in Python, but ``true`` is never a size.
    if isinstance(value, bool) or not isinstance(value, int | float):
        if integral:
            raise _wrong_type("settings.not_whole_number", "a whole number", value)
        raise _wrong_type("settings.not_a_number", "a number", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _wrong_type("settings.not_finite", "a finite number", value)
    if integral and isinstance(value, float) and not value.is_integer():
        raise _wrong_type("settings.not_whole_number", "a whole number", value)
    return value


@dataclass(frozen=True, slots=True)
class Number(Kind):
    """A number between ``minimum`` and ``maximum``, clamped when outside; ``unit`` for messages (its
    stripped form, ``"pt"``, ``"×"``, ``"em"``, ``"wpm"``, ``"%"`` or empty, is the ``unit`` parameter of
    ``settings.out_of_range``, which the UI words)."""

    minimum: float
    maximum: float
    unit: str = ""
    integral: bool = False
    off_value: float | None = None
    """A value outside the bounds that means "off" (0 = unlimited line width)."""

    def describe(self) -> str:
        off = f" (or {self.off_value:g} = off)" if self.off_value is not None else ""
        return f"{self._range()}{off}"

    def _range(self) -> str:
        return f"{self.minimum:g}–{self.maximum:g}{self.unit}"

    def check(self, value: object) -> object:
        number = _number(value, integral=self.integral)
        if self.off_value is not None and number == self.off_value:
            return int(number) if self.integral else float(number)
        if self.off_value is not None and number < self.off_value:
            raise FallbackError(
                message("settings.negative", "{value} cannot be negative", value=show_value(value))
            )
        clamped = min(max(number, self.minimum), self.maximum)
        result = int(clamped) if self.integral else float(clamped)
        if clamped != number:
            return Adjusted(
                result,
                message(
                    "settings.out_of_range",
                    "{value} is outside " + self._range() + "; using {result:g}",
                    value=show_value(value),
                    minimum=self.minimum,
                    maximum=self.maximum,
                    unit=self.unit.strip(),
                    result=result,
                ),
            )
        return result


@dataclass(frozen=True, slots=True)
class Boolean(Kind):
    def describe(self) -> str:
        return "true or false"

    def check(self, value: object) -> object:
        if not isinstance(value, bool):
            raise _wrong_type("settings.not_boolean", "true or false", value)
        return value


@dataclass(frozen=True, slots=True)
class Choice(Kind):
    """One of a fixed set of values (strings or whole numbers)."""

    values: tuple[str | int, ...]

    def describe(self) -> str:
        return " | ".join(str(v) for v in self.values)

    def check(self, value: object) -> object:
        # ``True == 1`` in Python: refuse booleans explicitly so ``true`` is not line focus 1.
        if not isinstance(value, bool) and isinstance(value, str | int) and value in self.values:
            return value
        raise FallbackError(
            message(
                "settings.not_a_choice",
                "{value} is not one of {choices}",
                value=show_value(value),
                choices=self.describe(),
            )
        )


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Text(Kind):
    """A single line of text up to ``max_length`` characters."""

    max_length: int

    def describe(self) -> str:
        return f"text, at most {self.max_length} characters"

    def check(self, value: object) -> object:
        if not isinstance(value, str):
            raise _wrong_type("settings.not_text", "text", value)
        if len(value) > self.max_length:
            raise FallbackError(
                message(
                    "settings.text_too_long",
                    "the text is too long ({length} characters, at most {maximum})",
                    length=len(value),
                    maximum=self.max_length,
                )
            )
        if _CONTROL.search(value):
            raise FallbackError(
                message("settings.control_characters", "the text contains control characters")
            )
        return value


@dataclass(frozen=True, slots=True)
class ThemeName(Kind):
    """A built-in theme's name or ``"custom"``."""

    def describe(self) -> str:
        return " | ".join([*themes.theme_names(), themes.CUSTOM_THEME])

    def check(self, value: object) -> object:
        if isinstance(value, str) and (value == themes.CUSTOM_THEME or value in themes.theme_names()):
            return value
        raise FallbackError(
            message("settings.unknown_theme", "{value} is not a known theme", value=show_value(value))
        )


@dataclass(frozen=True, slots=True)
class TextList(Kind):
    """A list of distinct non-empty strings, at most ``max_items`` (extra items dropped from the end)."""

    max_items: int
    max_length: int = 4096

    def describe(self) -> str:
        return f"list of up to {self.max_items} texts"

    def check(self, value: object) -> object:
        if not isinstance(value, list | tuple):
            raise _wrong_type("settings.not_a_list", "a list", value)
        kept: list[str] = []
        for item in value:
            is_path = isinstance(item, str) and 0 < len(item) <= self.max_length and not _CONTROL.search(item)
            if is_path and item not in kept:
                kept.append(item)
        result = tuple(kept[: self.max_items])
        if len(result) != len(value):
            return Adjusted(
                result,
                message(
                    "settings.entries_dropped",
                    "dropped {count} invalid, repeated or surplus " + _entries(len(value) - len(result)),
                    count=len(value) - len(result),
                ),
            )
        return result


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*")
_CONVERSION = re.compile(r"none|[a-z0-9]{1,16}")


@dataclass(frozen=True, slots=True)
class ConversionMap(Kind):
    """Article language (BCP 47) → last OpenCC config chosen for it (``"none"`` = no conversion)."""

    max_items: int = 50

    def describe(self) -> str:
        return "language tag → OpenCC config name or none"

    def check(self, value: object) -> object:
        if not isinstance(value, dict):
            raise _wrong_type("settings.not_a_map", "a mapping", value)
        kept: dict[str, str] = {}
        for key, item in value.items():
            if (
                isinstance(key, str)
                and _LANGUAGE_TAG.fullmatch(key)
                and isinstance(item, str)
                and _CONVERSION.fullmatch(item)
                and len(kept) < self.max_items
            ):
                kept[key] = item
        if len(kept) != len(value):
            return Adjusted(kept, _dropped(len(value) - len(kept)))
        return kept


def _dropped(count: int) -> Message:
    return message(
        "settings.invalid_entries_dropped", "dropped {count} invalid " + _entries(count), count=count
    )


def _entries(count: int) -> str:
    return "entry" if count == 1 else "entries"


_VOICE_ID = re.compile(r"[^\x00-\x1f\x7f]{1,200}")


@dataclass(frozen=True, slots=True)
class VoiceMap(Kind):
    """Language group (:data:`VOICE_LANGUAGES`) → the voice id the reader chose for it."""

    def describe(self) -> str:
        return "mandarin|cantonese|english|other → voice id"

    def check(self, value: object) -> object:
        if not isinstance(value, dict):
            raise _wrong_type("settings.not_a_map", "a mapping", value)
        kept = {
            key: item
            for key, item in value.items()
            if key in VOICE_LANGUAGES and isinstance(item, str) and _VOICE_ID.fullmatch(item)
        }
        if len(kept) != len(value):
            return Adjusted(kept, _dropped(len(value) - len(kept)))
        return kept


# --- custom colours ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomColours:
    """The user's own colours for the ``custom`` theme. Text and background are required; ``None`` for
    the others means "derived from those two" (see ``Theme.custom``), so they always suit the page."""

    text: str = "#000000"
    background: str = "#ffffff"
    link: str | None = None
    highlight_text: str | None = None
    highlight_background: str | None = None
    focus: str | None = None

    def to_theme(self) -> themes.CustomThemeResult:
        return themes.Theme.custom(
            text=self.text,
            background=self.background,
            link=self.link,
            highlight_text=self.highlight_text,
            highlight_background=self.highlight_background,
            focus=self.focus,
        )


_REQUIRED_COLOURS = ("text", "background")


@dataclass(frozen=True, slots=True)
class Colours(Kind):
    """The ``custom_theme`` object of ``#rrggbb`` colours (``null`` = derived); a bad colour falls back
    to its default alone, so one typo does not lose the others."""

    def describe(self) -> str:
        names = ", ".join(f.name for f in dataclasses.fields(CustomColours))
        return f"object of #rrggbb colours ({names}); all but text and background may be null"

    def check(self, value: object) -> object:
        if isinstance(value, CustomColours):
            value = dataclasses.asdict(value)
        if not isinstance(value, dict):
            raise _wrong_type("settings.not_colours", "an object of colours", value)
        defaults = CustomColours()
        chosen: dict[str, str | None] = {}
        bad: list[str] = []
        for f in dataclasses.fields(CustomColours):
            item = value.get(f.name, getattr(defaults, f.name))
            if is_colour(item):
                chosen[f.name] = normalise_colour(str(item))
            elif item is None and f.name not in _REQUIRED_COLOURS:
                chosen[f.name] = None
            else:
                chosen[f.name] = getattr(defaults, f.name)
                bad.append(f.name)
        colours = CustomColours(**chosen)  # type: ignore[arg-type]  # text and background are never None
        unknown = [k for k in value if not isinstance(k, str) or k not in chosen]
        if bad or unknown:
            # ``invalid``: the colours' own names (the UI words them); ``unknown``: the keys as written.
            if bad and unknown:
                english = (
                    "these colours were not valid and were reset: {invalid}; these were ignored: {unknown}"
                )
            elif bad:
                english = "these colours were not valid and were reset: {invalid}"
            else:
                english = "these entries are not colours and were ignored: {unknown}"
            return Adjusted(
                colours,
                message(
                    "settings.colours_invalid",
                    english,
                    invalid=", ".join(bad),
                    unknown=shorten(", ".join(str(k) for k in unknown)),
                ),
            )
        return colours
