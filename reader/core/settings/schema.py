"""The settings schema: the :class:`Settings` dataclass, each field declaring its option (kind, bounds or
choices, default, labels, description) beside it, and reading saved data into it.

Each field declares its option with :func:`_meta`: the Python type is the annotation, the rest sits
beside it, the way qutebrowser's ``configdata.yml`` keeps an option together. :func:`options` lists them
for the preferences and for the test that runs every default through its own validation; :func:`bounds`
and :func:`choices` give one option's allowed values, so no widget writes them again.

:func:`_from_dict` is the validation that :meth:`Settings.from_dict` runs (steps in the package
docstring, ``reader.core.settings``). Each problem it finds is a :class:`~reader.core.messages.Message`
with a ``settings.*`` code; a problem with one option's value carries that option's name (``option``),
the value shown short (``value``) and, where the default was taken, the default shown short
(``default``, empty when it is an empty or compound value). The window words the option's name itself;
``label_en`` is for the English the command line and the log print.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from reader.core import themes
from reader.core.contrast import AA_TEXT, contrast_ratio
from reader.core.messages import Message, message
from reader.core.settings.keymap import KeyMap
from reader.core.settings.kinds import (
    Adjusted,
    Boolean,
    Choice,
    Colours,
    ConversionMap,
    CustomColours,
    FallbackError,
    Kind,
    Number,
    Text,
    TextList,
    ThemeName,
    VoiceMap,
    show_value,
)
from reader.core.settings.migrations import VERSION, migrate

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
PinyinMode = Literal["off", "marks", "numbers", "zhuyin"]
UiScale = Literal[100, 125, 150, 175, 200, 250, 300]
UI_SCALES: tuple[UiScale, ...] = (100, 125, 150, 175, 200, 250, 300)


@dataclass(frozen=True, slots=True)
class Option:
    """One setting as the schema declares it."""

    name: str
    kind: Kind
    default: object
    label_zh: str
    label_en: str
    """The option's name in English, for the command line's and the log's messages."""
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
    pinyin: PinyinMode = field(
        default="off",
        metadata=_meta(
            Choice(("off", "marks", "numbers", "zhuyin")),
            "拼音",
            "Pinyin",
            "Readings over the text and in the caption strip: tone marks, tone numbers or 注音符号; "
            "off = none.",
        ),
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
    heading_cue: bool = field(
        default=False,
        metadata=_meta(
            Boolean(),
            "朗读标题提示",
            "Heading cue",
            "Say “标题” before each heading when reading aloud (a pause follows every heading anyway).",
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
    ui_scale: UiScale = field(
        default=100,
        metadata=_meta(
            Choice(UI_SCALES),
            "界面大小",
            "Interface size",
            "Text size of menus, dialogs, tooltips and the toolbar in percent; the reading text has its own.",
        ),
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
    shortcut_keys: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=dict,
        metadata=_meta(
            KeyMap(),
            "自定义按键",
            "Changed keys",
            "Per shortcut preset, the actions whose keys the user changed (empty: no key).",
        ),
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
                value = {
                    key: ({k: list(v) for k, v in item.items()} if isinstance(item, dict) else item)
                    for key, item in value.items()
                }
            data[option.name] = value
        return data

    @classmethod
    def from_dict(cls, data: object) -> tuple[Settings, list[Message]]:
        """Settings from saved data, never raising; with a message per problem found."""
        return _from_dict(data)

    def problems(self) -> list[Message]:
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


def bounds(name: str) -> tuple[float, float]:
    """The lowest and highest value of the number option ``name`` (``font_size_pt`` → ``(12.0, 120.0)``).

    An option's "off" value (``max_line_width_chars`` 0) lies outside its bounds and is not included.
    Raises KeyError if there is no such option, TypeError if it is not a number.
    """
    kind = option(name).kind
    if not isinstance(kind, Number):
        raise TypeError(f"setting {name!r} is not a number: {kind.describe()}")
    return float(kind.minimum), float(kind.maximum)


def choices(name: str) -> tuple[str | int, ...]:
    """The values the choice option ``name`` allows, in the schema's order (``line_focus`` →
    ``(0, 1, 3, 5)``); for ``theme`` the built-in themes' names, then ``custom``.

    Raises KeyError if there is no such option, TypeError if it is not a fixed set of values.
    """
    kind = option(name).kind
    if isinstance(kind, Choice):
        return kind.values
    if isinstance(kind, ThemeName):
        return (*themes.theme_names(), themes.CUSTOM_THEME)
    raise TypeError(f"setting {name!r} is not a choice: {kind.describe()}")


# --- validation --------------------------------------------------------------------------------------


def _problem(option: Option, reason: Message, *, default: str | None = None) -> Message:
    """``reason`` about ``option``'s value, with the option's name and, for a fallback, the default."""
    params = {**reason.params, "option": option.name}
    english = f"Setting “{option.label_en}”: {reason.english}"
    if default is not None:
        params["default"] = default
        english += f"; using the default {default}" if default else "; using the default"
    return Message(reason.code, english + ".", params)


def _shown_default(value: object) -> str:
    """The default as a message shows it: a number as written (16), a word or a switch as the file
    writes it ("left", false); empty for an empty or compound value, which is not worth reading out."""
    if isinstance(value, bool | str):
        return show_value(value) if value != "" else ""
    if isinstance(value, int | float):
        return f"{value:g}"
    return ""


def _from_dict(data: object) -> tuple[Settings, list[Message]]:
    if not isinstance(data, Mapping):
        return Settings(), [
            message(
                "settings.not_named_values", "The settings are not a set of named values; using the defaults."
            )
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
        except FallbackError as fallback:
            problems.append(_problem(option, fallback.reason, default=_shown_default(option.default)))
            continue
        if isinstance(checked, Adjusted):
            problems.append(_problem(option, checked.reason))
            checked = checked.value
        values[key] = checked
    settings = Settings(**values)  # type: ignore[arg-type]  # each value passed its option's check

    if settings.theme == themes.CUSTOM_THEME:
        result = settings.custom_theme.to_theme()
        if not result.is_ok:
            problems.append(_unreadable(settings.custom_theme, result))
            settings = dataclasses.replace(settings, theme=themes.DEFAULT_THEME)
    return settings, problems


def _unreadable(colours: CustomColours, result: themes.CustomThemeResult) -> Message:
    """The custom colours are too hard to read: the first pair that fails, its ratio and its minimum."""
    failing = next((error for error in result.errors if error.code == themes.LOW_CONTRAST), None)
    if failing is not None:
        pair, ratio, minimum = failing.params["pair"], failing.params["ratio"], failing.params["minimum"]
    else:  # the colours themselves are valid (the kind checked them): only a pair can fail
        pair, ratio, minimum = "text", contrast_ratio(colours.text, colours.background), AA_TEXT
    return message(
        "settings.custom_colours_unreadable",
        "The custom colours are too hard to read ({pair} contrast {ratio:.2f}:1, below {minimum:g}:1); "
        "using the system colours.",
        pair=pair,
        ratio=ratio,
        minimum=minimum,
    )


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
