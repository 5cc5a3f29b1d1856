"""The settings schema: every option's type, bounds, default and description in one place, plus presets.

Each field of :class:`Settings` declares its option with :func:`_option`: the Python type is the
annotation, the rest (what values are allowed, the bilingual label and a description) sits beside it,
the way qutebrowser's ``configdata.yml`` keeps an option together. :func:`options` lists them for the
preferences dialog and for the test that runs every default through its own validation.

Reading settings never fails. :meth:`Settings.from_dict`:

1. reads the saved ``version`` (missing means 0, the hypothetical first format) and runs the named
   migration steps in :data:`MIGRATIONS` up to :data:`VERSION`;
2. drops keys the schema does not know;
3. checks each value against its option: a wrong type or a value outside the allowed set falls back to
   the default, a number out of bounds is clamped;
4. checks values that depend on each other (a custom theme needs readable custom colours);

and returns the settings together with a plain-language message (Chinese and English) for each problem,
which the UI shows once.
:class:`SettingsStore` keeps them in ``settings.json`` in the config folder, written atomically; a
corrupt file is moved aside and the defaults are used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from reader.core import themes
from reader.core.contrast import is_colour, normalise_colour

VERSION = 1
"""The format :meth:`Settings.to_dict` writes."""

MAX_RECENT_FILES = 20

Alignment = Literal["left", "justify", "center"]
BigPointer = Literal["off", "2x", "3x"]
PointerColour = Literal["black", "white"]
CaptionPosition = Literal["bottom", "top"]
ShortcutPreset = Literal["portal", "app"]
InterfaceLanguage = Literal["system", "zh_CN", "zh_TW", "zh_HK", "en"]
INTERFACE_LANGUAGES: tuple[InterfaceLanguage, ...] = ("system", "zh_CN", "zh_TW", "zh_HK", "en")
LineFocus = Literal[0, 1, 3, 5]
AnnounceToggles = Literal["auto", "always", "never"]
VOICE_LANGUAGES = ("mandarin", "cantonese", "english", "other")
"""Keys of :attr:`Settings.voices`: the language groups a voice can be chosen for."""


# --- value kinds -------------------------------------------------------------------------------------


class _FallbackError(Exception):
    """The value cannot be used; the default is taken. Carries the reason in both languages."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


@dataclass(frozen=True, slots=True)
class _Adjusted:
    """A usable value that had to be changed (clamped, trimmed), with the reason in both languages."""

    value: object
    zh: str
    en: str


def _show(value: object) -> str:
    """A short, safe rendering of a user's value for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class Kind:
    """What values an option takes. :meth:`check` returns the value to use or an :class:`_Adjusted`
    one, or raises :class:`_FallbackError`; :meth:`describe` says what is allowed, for the preferences."""

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value: object) -> object:
        raise NotImplementedError


def _wrong_type(expected_zh: str, expected_en: str, value: object) -> _FallbackError:
    return _FallbackError(f"{_show(value)} 不是{expected_zh}", f"{_show(value)} is not {expected_en}")


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
            raise _FallbackError(f"{_show(value)} 不能是负数", f"{_show(value)} cannot be negative")
        clamped = min(max(number, self.minimum), self.maximum)
        result = int(clamped) if self.integral else float(clamped)
        if clamped != number:
            return _Adjusted(
                result,
                f"{_show(value)} 超出范围 {self._range()}，已改为 {result:g}",
                f"{_show(value)} is outside {self._range()}; using {result:g}",
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
        raise _FallbackError(
            f"{_show(value)} 不是可选值（{self.describe()}）",
            f"{_show(value)} is not one of {self.describe()}",
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
            raise _FallbackError(
                f"文字太长（{len(value)} 字）", f"the text is too long ({len(value)} characters)"
            )
        if _CONTROL.search(value):
            raise _FallbackError("文字含有控制字符", "the text contains control characters")
        return value


@dataclass(frozen=True, slots=True)
class ThemeName(Kind):
    """A built-in theme's name or ``"custom"``."""

    def describe(self) -> str:
        return " | ".join([*themes.theme_names(), themes.CUSTOM_THEME])

    def check(self, value: object) -> object:
        if isinstance(value, str) and (value == themes.CUSTOM_THEME or value in themes.theme_names()):
            return value
        raise _FallbackError(f"{_show(value)} 不是已有的配色", f"{_show(value)} is not a known theme")


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
            return _Adjusted(
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
            return _Adjusted(
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
            return _Adjusted(
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
            return _Adjusted(
                colours,
                f"这些颜色无效，已用默认值或忽略：{names}",
                f"these colours were not valid and were reset or ignored: {names}",
            )
        return colours


# --- the schema --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """One setting as the schema declares it."""

    name: str
    kind: Kind
    default: object
    label_zh: str
    label_en: str
    description: str


def _meta(kind: Kind, label_zh: str, label_en: str, description: str) -> dict[str, object]:
    """An option's declaration, kept in its dataclass field's metadata."""
    return {"kind": kind, "label_zh": label_zh, "label_en": label_en, "description": description}


@dataclass(frozen=True)
class Settings:
    """Every user setting, with its default. Immutable: change with :func:`dataclasses.replace`."""

    font_size_pt: float = field(
        default=16.0,
        metadata=_meta(
            Number(12, 120, " pt"), "字号", "Text size", "Body text size in points; headings scale."
        ),
    )
    line_spacing: float = field(
        default=1.5,
        metadata=_meta(
            Number(1.0, 3.0, "×"),
            "行距",
            "Line spacing",
            "Line distance as a multiple of the font's single line height (word processors' 1.5 倍行距).",
        ),
    )
    letter_spacing_em: float = field(
        default=0.0,
        metadata=_meta(
            Number(0.0, 1.0, " em"),
            "字距",
            "Letter spacing",
            "Extra space between characters in em (1 em = text size); WCAG 1.4.12 asks that 0.12 works.",
        ),
    )
    paragraph_spacing: float = field(
        default=1.5,
        metadata=_meta(
            Number(1.0, 5.0, "×"),
            "段距",
            "Paragraph spacing",
            "Distance from one paragraph to the next as a multiple of the line spacing (1 = no extra gap); "
            "MIIT's age-friendly rules ask for at least 1.3.",
        ),
    )
    max_line_width_chars: int = field(
        default=0,
        metadata=_meta(
            Number(20, 200, integral=True, off_value=0),
            "每行最多字数",
            "Line width",
            "Longest line in characters; 0 = as wide as the window.",
        ),
    )
    font_family: str = field(
        default="",
        metadata=_meta(Text(200), "字体", "Font", "Font family; empty = automatic, a Chinese font first."),
    )
    bold: bool = field(
        default=False, metadata=_meta(Boolean(), "粗体", "Bold text", "All body text in bold.")
    )
    alignment: Alignment = field(
        default="left",
        metadata=_meta(Choice(("left", "justify", "center")), "对齐", "Alignment", "How lines line up."),
    )
    theme: str = field(
        default=themes.DEFAULT_THEME,
        metadata=_meta(
            ThemeName(), "配色", "Colour scheme", "A built-in scheme, or custom; default follows the system."
        ),
    )
    custom_theme: CustomColours = field(
        default=CustomColours(),
        metadata=_meta(Colours(), "自定义颜色", "Custom colours", "The colours of the custom scheme."),
    )
    big_pointer: BigPointer = field(
        default="off",
        metadata=_meta(Choice(("off", "2x", "3x")), "大鼠标指针", "Big pointer", "Enlarged mouse pointer."),
    )
    pointer_colour: PointerColour = field(
        default="black",
        metadata=_meta(
            Choice(("black", "white")), "指针颜色", "Pointer colour", "Colour of the big pointer."
        ),
    )
    crosshair: bool = field(
        default=False,
        metadata=_meta(Boolean(), "十字线", "Crosshair", "Lines across the window through the pointer."),
    )
    line_focus: LineFocus = field(
        default=0,
        metadata=_meta(Choice((0, 1, 3, 5)), "行聚焦", "Line focus", "Lines left undimmed; 0 = off."),
    )
    caption_strip: bool = field(
        default=False,
        metadata=_meta(Boolean(), "字幕条", "Caption strip", "Show the sentence being read in a strip."),
    )
    caption_position: CaptionPosition = field(
        default="bottom",
        metadata=_meta(Choice(("bottom", "top")), "字幕位置", "Caption position", "Where the strip sits."),
    )
    sound: bool = field(
        default=True,
        metadata=_meta(
            Boolean(), "声音", "Sound", "Speech on or off: reading aloud, 指读 and spoken confirmations."
        ),
    )
    speech_rate: int = field(
        default=200,
        metadata=_meta(
            Number(80, 450, unit="wpm", integral=True),
            "语速",
            "Speech rate",
            "Words (Chinese: characters) per minute; applies from the next sentence.",
        ),
    )
    speech_volume: int = field(
        default=100,
        metadata=_meta(Number(0, 100, unit="%", integral=True), "音量", "Volume", "Loudness of speech."),
    )
    voices: dict[str, str] = field(
        default_factory=dict,
        metadata=_meta(
            VoiceMap(),
            "嗓音",
            "Voices",
            "The voice chosen per language; unset = chosen from the article's script.",
        ),
    )
    point_read: bool = field(
        default=False,
        metadata=_meta(
            Boolean(),
            "指读",
            "Point reading",
            "Speak what the pointer rests on and what gets keyboard focus.",
        ),
    )
    word_highlight: bool = field(
        default=True,
        metadata=_meta(
            Boolean(),
            "逐词高亮",
            "Word highlight",
            "Mark the word being spoken when the voice tells where it is.",
        ),
    )
    announce_toggles: AnnounceToggles = field(
        default="auto",
        metadata=_meta(
            Choice(("auto", "always", "never")),
            "语音确认",
            "Spoken confirmations",
            "Say “大字幕已开启” when a switch changes; auto = not while a screen reader is running.",
        ),
    )
    big_toolbar: bool = field(
        default=False,
        metadata=_meta(Boolean(), "大工具栏", "Big toolbar", "Large toolbar buttons with text under icons."),
    )
    shortcut_preset: ShortcutPreset = field(
        default="portal",
        metadata=_meta(
            Choice(("portal", "app")),
            "快捷键方案",
            "Shortcut keys",
            "portal = the keys of government sites' accessibility toolbars; app = the reader's own.",
        ),
    )
    interface_language: InterfaceLanguage = field(
        default="system",
        metadata=_meta(
            Choice(INTERFACE_LANGUAGES),
            "界面语言",
            "Interface language",
            "Language of menus and messages; system = the computer's.",
        ),
    )
    last_convert: dict[str, str] = field(
        default_factory=dict,
        metadata=_meta(
            ConversionMap(), "上次的简繁转换", "Last conversion", "Per article language, the last conversion."
        ),
    )
    recent_files: tuple[str, ...] = field(
        default=(),
        metadata=_meta(
            TextList(MAX_RECENT_FILES), "最近打开", "Recent files", "Recently opened files, newest first."
        ),
    )
    window_geometry: str = field(
        default="",
        metadata=_meta(Text(16384), "窗口位置", "Window geometry", "The window's size and place (opaque)."),
    )

    @property
    def paragraph_gap_em(self) -> float:
        """Extra space below a paragraph in em, for a style sheet's ``margin-bottom``."""
        return (self.paragraph_spacing - 1.0) * self.line_spacing

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with ``version``."""
        data: dict[str, Any] = {"version": VERSION}
        for option in options():
            value = getattr(self, option.name)
            if isinstance(value, CustomColours):
                value = dataclasses.asdict(value)
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, dict):
                value = dict(value)
            data[option.name] = value
        return data

    @classmethod
    def from_dict(cls, data: object) -> tuple[Settings, list[str]]:
        """Settings from saved data, never raising; with a plain-language message per problem found."""
        return _from_dict(data)

    def problems(self) -> list[str]:
        """What :meth:`from_dict` would complain about in these settings; empty for valid ones."""
        return _from_dict(self.to_dict())[1]


def options() -> list[Option]:
    """Every option of the schema, in declaration order."""
    return [
        Option(
            name=f.name,
            kind=f.metadata["kind"],
            default=f.default_factory() if callable(f.default_factory) else f.default,
            label_zh=f.metadata["label_zh"],
            label_en=f.metadata["label_en"],
            description=f.metadata["description"],
        )
        for f in dataclasses.fields(Settings)
    ]


def option(name: str) -> Option:
    """The option called ``name``; raises KeyError if there is none."""
    for candidate in options():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


# --- migrations --------------------------------------------------------------------------------------


def migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (hypothetical first format) stored ``font_size`` in pixels at 96 dpi; 1 has points."""
    migrated = dict(data)
    if "font_size" in migrated:
        px = migrated.pop("font_size")
        if not isinstance(px, bool) and isinstance(px, int | float) and math.isfinite(px):
            migrated.setdefault("font_size_pt", round(px * 0.75, 1))
        else:
            migrated.setdefault("font_size_pt", px)  # left for validation to report
    return migrated


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: migrate_0_to_1}
"""Step from version N to N + 1, keyed by N. Add one per format change; never edit an old one."""


def migrate(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Bring saved data up to :data:`VERSION`; unknown or newer versions are read as they are."""
    problems: list[str] = []
    raw = data.get("version", 0)
    if isinstance(raw, bool) or not isinstance(raw, int):
        problems.append(
            f"设置文件的版本号 {_show(raw)} 无效，按当前版本读取。 "
            f"The settings file's version {_show(raw)} is not valid; reading it as the current version."
        )
        version = VERSION
    else:
        version = raw
    if version > VERSION:
        problems.append(
            f"设置文件来自较新的版本（{version}），不认识的设置会被忽略。 "
            f"The settings file is from a newer version ({version}); settings this version does not know "
            "are ignored."
        )
    while version in MIGRATIONS and version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    if version < VERSION:
        problems.append(
            f"设置文件的版本 {version} 太旧，无法转换，已用默认设置。 "
            f"The settings file's version {version} is too old to convert; using the default settings."
        )
        return {}, problems
    return data, problems


# --- validation --------------------------------------------------------------------------------------


def _message(option: Option, zh: str, en: str, consequence_zh: str, consequence_en: str) -> str:
    return (
        f"设置“{option.label_zh}”：{zh}{consequence_zh}。 Setting “{option.label_en}”: {en}{consequence_en}."
    )


def _from_dict(data: object) -> tuple[Settings, list[str]]:
    if not isinstance(data, Mapping):
        return Settings(), [
            "设置内容不是一组设置，已用默认设置。 "
            "The settings are not a set of named values; using the defaults."
        ]
    plain = {key: value for key, value in data.items() if isinstance(key, str)}
    migrated, problems = migrate(plain)
    known = {option.name: option for option in options()}
    values: dict[str, object] = {}
    for key, value in migrated.items():
        option = known.get(key)
        if option is None:
            continue  # unknown keys: older names already migrated, or a newer version's options
        try:
            checked = option.kind.check(value)
        except _FallbackError as fallback:
            default_text = _show(_plain(option.default))
            problems.append(
                _message(
                    option,
                    fallback.zh,
                    fallback.en,
                    f"，已改用默认值 {default_text}",
                    f"; using the default {default_text}",
                )
            )
            continue
        if isinstance(checked, _Adjusted):
            problems.append(_message(option, checked.zh, checked.en, "", ""))
            checked = checked.value
        values[key] = checked
    settings = Settings(**values)  # type: ignore[arg-type]  # each value passed its option's check

    if settings.theme == themes.CUSTOM_THEME:
        result = settings.custom_theme.to_theme()
        if not result.is_ok:
            problems.append(
                "自定义颜色看不清（" + " ".join(result.errors) + "），已改用跟随系统的配色。 "
                "The custom colours are too hard to read; using the system colours."
            )
            settings = dataclasses.replace(settings, theme=themes.DEFAULT_THEME)
    return settings, problems


def _plain(value: object) -> object:
    if isinstance(value, CustomColours):
        return dataclasses.asdict(value)
    return value


def current_theme(settings: Settings) -> themes.Theme:
    """The theme the settings ask for: a built-in one, or the custom colours when they are usable."""
    if settings.theme == themes.CUSTOM_THEME:
        result = settings.custom_theme.to_theme()
        if result.theme is not None:
            return result.theme
        return themes.get_theme(themes.DEFAULT_THEME)
    return themes.get_theme(settings.theme)


# --- presets -----------------------------------------------------------------------------------------

ELDER_MIN_FONT_PT = 18.0
"""MIIT 适老化 (age-friendly) rules: body text at least 18 pt …"""
ELDER_MIN_LINE_SPACING = 1.3
"""… lines at least 1.3 apart …"""
ELDER_MIN_PARAGRAPH_SPACING = 1.3
"""… and paragraphs at least 1.3 times the line spacing apart."""


def elder_preset(current: Settings | None = None) -> Settings:
    """长者模式 (elder mode): the age-friendly rules with room to spare, other choices kept."""
    return dataclasses.replace(
        current if current is not None else Settings(),
        font_size_pt=22.0,
        line_spacing=1.5,
        paragraph_spacing=2.0,
        big_pointer="2x",
        big_toolbar=True,
    )


def low_vision_preset(current: Settings | None = None) -> Settings:
    """低视力模式 (low vision): very large yellow-on-black text with three lines in focus."""
    return dataclasses.replace(
        current if current is not None else Settings(),
        font_size_pt=32.0,
        theme="yellow-on-black",
        line_focus=3,
    )


def reset(current: Settings | None = None) -> Settings:
    """All defaults again, except the recent files and the window's place (not preferences)."""
    if current is None:
        return Settings()
    return Settings(recent_files=current.recent_files, window_geometry=current.window_geometry)


# --- the file ----------------------------------------------------------------------------------------

FILE_NAME = "settings.json"
MAX_FILE_BYTES = 1024 * 1024
"""A settings file is a few kilobytes; anything this big is not ours and is treated as corrupt."""


def config_dir() -> Path:
    """Where the reader keeps its small files: ``READER_CONFIG_DIR`` (tests set it) or the platform's."""
    override = os.environ.get("READER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("accessible-reader"))


class SettingsStore:
    """Reads and writes one settings file. Loading never fails; saving raises OSError if the disk does."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path if path is not None else config_dir() / FILE_NAME
        self._clock = clock

    def load(self) -> tuple[Settings, list[str]]:
        """The saved settings and the problems found; defaults when the file is missing or corrupt."""
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return Settings(), []
        except OSError as error:
            # Unreadable (a directory, no permission): not ours to move; say so and carry on.
            why = error.strerror or str(error)
            return Settings(), [
                f"无法读取设置文件 {self.path}（{why}），已用默认设置。 "
                f"Could not read the settings file {self.path} ({why}); using the defaults."
            ]
        data, reason = _parse(raw)
        if reason is not None:
            return Settings(), [self._move_aside(reason)]
        return Settings.from_dict(data)

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically: a temporary file in the same folder, flushed, then renamed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(settings.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            temp.replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _sync_directory(self.path.parent)

    def _move_aside(self, reason: tuple[str, str]) -> str:
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        zh, en = reason
        try:
            self.path.replace(target)
        except OSError:
            return (
                f"设置文件 {self.path} 已损坏（{zh}），已用默认设置。 "
                f"The settings file {self.path} is damaged ({en}); using the defaults."
            )
        return (
            f"设置文件已损坏（{zh}），已另存为 {target.name}，现用默认设置。 "
            f"The settings file was damaged ({en}); it was kept as {target.name} and the defaults are used."
        )


def _parse(raw: bytes) -> tuple[object, tuple[str, str] | None]:
    """JSON object from the file's bytes, or the reason (Chinese, English) it is not one."""
    if len(raw) > MAX_FILE_BYTES:
        return None, ("文件太大", "the file is too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, ("不是文本", "it is not text")
    if "\x00" in text:
        return None, ("不是文本", "it is not text")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, ("格式不对", "it is not valid JSON")
    if not isinstance(data, dict):
        return None, ("内容不是一组设置", "it does not hold named settings")
    return data, None


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX); best effort elsewhere."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
