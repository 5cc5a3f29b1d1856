"""The user's settings: one schema (every option's type, bounds, default and description in one place),
presets, and the file they are kept in. This package re-exports the names of its modules:

- ``kinds``: what values an option takes (:class:`Number`, :class:`Choice`, …) and :class:`CustomColours`;
- ``schema``: the :class:`Settings` dataclass, :func:`options`, :func:`option`, :func:`bounds`,
  :func:`choices`, and the validation behind :meth:`Settings.from_dict`;
- ``migrations``: :data:`VERSION` and the named steps in :data:`MIGRATIONS`;
- ``presets``: :func:`elder_preset`, :func:`low_vision_preset`, :func:`reset`;
- ``store``: :class:`SettingsStore`, :func:`config_dir` and :func:`save_problem`.

Reading settings never fails. :meth:`Settings.from_dict`:

1. reads the saved ``version`` (missing means 0, the hypothetical first format) and runs the named
   migration steps in :data:`MIGRATIONS` up to :data:`VERSION`;
2. drops keys the schema does not know;
3. checks each value against its option: a wrong type or a value outside the allowed set falls back to
   the default, a number out of bounds is clamped;
4. checks values that depend on each other (a custom theme needs readable custom colours);

and returns the settings together with a :class:`~reader.core.messages.Message` for each problem (a
``settings.*`` code and its parameters; ``english`` for the command line and the log), which the UI words
in the interface language and shows once (``reader.ui.strings.problems``).
:class:`SettingsStore` keeps them in ``settings.json`` in the config folder, written atomically; a
corrupt file is moved aside (left alone when loaded read-only) and the defaults are used.
"""

from reader.core.settings.kinds import (
    VOICE_LANGUAGES,
    Boolean,
    Choice,
    Colours,
    ConversionMap,
    CustomColours,
    Kind,
    Number,
    Text,
    TextList,
    ThemeName,
    VoiceMap,
)
from reader.core.settings.migrations import MIGRATIONS, VERSION, migrate, migrate_0_to_1
from reader.core.settings.presets import (
    ELDER_MIN_FONT_PT,
    ELDER_MIN_LINE_SPACING,
    ELDER_MIN_PARAGRAPH_SPACING,
    ELDER_UI_SCALE,
    LOW_VISION_UI_SCALE,
    elder_preset,
    low_vision_preset,
    reset,
)
from reader.core.settings.schema import (
    INTERFACE_LANGUAGES,
    MAX_RECENT_FILES,
    UI_SCALES,
    Alignment,
    AnnounceToggles,
    BigPointer,
    CaptionPosition,
    InterfaceLanguage,
    LineFocus,
    Option,
    PointerColour,
    Settings,
    ShortcutPreset,
    UiScale,
    bounds,
    choices,
    current_theme,
    option,
    options,
)
from reader.core.settings.store import FILE_NAME, MAX_FILE_BYTES, SettingsStore, config_dir, save_problem

__all__ = [
    "ELDER_MIN_FONT_PT",
    "ELDER_MIN_LINE_SPACING",
    "ELDER_MIN_PARAGRAPH_SPACING",
    "ELDER_UI_SCALE",
    "FILE_NAME",
    "INTERFACE_LANGUAGES",
    "LOW_VISION_UI_SCALE",
    "MAX_FILE_BYTES",
    "MAX_RECENT_FILES",
    "MIGRATIONS",
    "UI_SCALES",
    "VERSION",
    "VOICE_LANGUAGES",
    "Alignment",
    "AnnounceToggles",
    "BigPointer",
    "Boolean",
    "CaptionPosition",
    "Choice",
    "Colours",
    "ConversionMap",
    "CustomColours",
    "InterfaceLanguage",
    "Kind",
    "LineFocus",
    "Number",
    "Option",
    "PointerColour",
    "Settings",
    "SettingsStore",
    "ShortcutPreset",
    "Text",
    "TextList",
    "ThemeName",
    "UiScale",
    "VoiceMap",
    "bounds",
    "choices",
    "config_dir",
    "current_theme",
    "elder_preset",
    "low_vision_preset",
    "migrate",
    "migrate_0_to_1",
    "option",
    "options",
    "reset",
    "save_problem",
]
