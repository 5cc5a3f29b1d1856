"""The kinds of value a setting can hold, each checking a saved value: numbers with bounds, booleans, fixed
choices, text, theme names, lists, the conversion and voice maps, and the custom colours.

:meth:`Kind.check` returns the value to use, or an :class:`Adjusted` one (clamped, trimmed) with the
reason, or raises :class:`FallbackError` when the default must be taken; reasons come in Chinese and
English, for the message the UI shows once.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from reader.core import themes
from reader.core.contrast import is_colour, normalise_colour

VOICE_LANGUAGES = ("mandarin", "cantonese", "english", "other")
"""Keys of :attr:`Settings.voices`: the language groups a voice can be chosen for."""


class FallbackError(Exception):
    """The value cannot be used; the default is taken. Carries the reason in both languages."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


@dataclass(frozen=True, slots=True)
class Adjusted:
    """A usable value that had to be changed (clamped, trimmed), with the reason in both languages."""

    value: object
    zh: str
    en: str


def show_value(value: object) -> str:
    """A short, safe rendering of a user's value for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class Kind:
    """What values an option takes. :meth:`check` returns the value to use or an :class:`Adjusted`
    one, or raises :class:`FallbackError`; :meth:`describe` says what is allowed, for the preferences."""

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value: object) -> object:
        raise NotImplementedError


def _wrong_type(expected_zh: str, expected_en: str, value: object) -> FallbackError:
    return FallbackError(
        f"{show_value(value)} 不是{expected_zh}", f"{show_value(value)} is not {expected_en}"
    )


def _number(value: object, *, integral: bool) -> float:
    # bool is an int in Python, but ``true`` is never a size.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong_type("整数" if integral else "数字", "a whole number" if integral else "a number", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _wrong_type("有限的数字", "a finite number", value)
    if integral and isinstance(value, float) and not value.is_integer():
        raise _wrong_type("整数", "a whole number", value)
    return value


@dataclass(frozen=True, slots=True)
class Number(Kind):
    """A number between ``minimum`` and ``maximum``, clamped when outside; ``unit`` for messages."""

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
            raise FallbackError(f"{show_value(value)} 不能是负数", f"{show_value(value)} cannot be negative")
        clamped = min(max(number, self.minimum), self.maximum)
        result = int(clamped) if self.integral else float(clamped)
        if clamped != number:
            return Adjusted(
                result,
                f"{show_value(value)} 超出范围 {self._range()}，已改为 {result:g}",
                f"{show_value(value)} is outside {self._range()}; using {result:g}",
            )
        return result


@dataclass(frozen=True, slots=True)
class Boolean(Kind):
    def describe(self) -> str:
        return "true or false"

    def check(self, value: object) -> object:
        if not isinstance(value, bool):
            raise _wrong_type("“是”或“否”", "true or false", value)
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
            f"{show_value(value)} 不是可选值（{self.describe()}）",
            f"{show_value(value)} is not one of {self.describe()}",
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
            raise _wrong_type("文字", "text", value)
        if len(value) > self.max_length:
            raise FallbackError(
                f"文字太长（{len(value)} 字）", f"the text is too long ({len(value)} characters)"
            )
        if _CONTROL.search(value):
            raise FallbackError("文字含有控制字符", "the text contains control characters")
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
            f"{show_value(value)} 不是已有的配色", f"{show_value(value)} is not a known theme"
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
            raise _wrong_type("列表", "a list", value)
        kept: list[str] = []
        for item in value:
            is_path = isinstance(item, str) and 0 < len(item) <= self.max_length and not _CONTROL.search(item)
            if is_path and item not in kept:
                kept.append(item)
        result = tuple(kept[: self.max_items])
        if len(result) != len(value):
            return Adjusted(
                result,
                f"已去掉 {len(value) - len(result)} 个无效、重复或多余的项目",
                f"dropped {len(value) - len(result)} invalid, repeated or surplus entries",
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
            raise _wrong_type("对照表", "a mapping", value)
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
            return Adjusted(
                kept,
                f"已去掉 {len(value) - len(kept)} 个无效的项目",
                f"dropped {len(value) - len(kept)} invalid entries",
            )
        return kept


_VOICE_ID = re.compile(r"[^\x00-\x1f\x7f]{1,200}")


@dataclass(frozen=True, slots=True)
class VoiceMap(Kind):
    """Language group (:data:`VOICE_LANGUAGES`) → the voice id the reader chose for it."""

    def describe(self) -> str:
        return "mandarin|cantonese|english|other → voice id"

    def check(self, value: object) -> object:
        if not isinstance(value, dict):
            raise _wrong_type("对照表", "a mapping", value)
        kept = {
            key: item
            for key, item in value.items()
            if key in VOICE_LANGUAGES and isinstance(item, str) and _VOICE_ID.fullmatch(item)
        }
        if len(kept) != len(value):
            return Adjusted(
                kept,
                f"已去掉 {len(value) - len(kept)} 个无效的项目",
                f"dropped {len(value) - len(kept)} invalid entries",
            )
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
            raise _wrong_type("颜色表", "an object of colours", value)
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
            names = ", ".join([*bad, *(str(k) for k in unknown)])
            return Adjusted(
                colours,
                f"这些颜色无效，已用默认值或忽略：{names}",
                f"these colours were not valid and were reset or ignored: {names}",
            )
        return colours
