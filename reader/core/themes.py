"""The colour schemes: the built-in themes, their contrast checks, and validated custom themes.

A :class:`Theme` colours the whole window, not only the page: text, links, the spoken-sentence
highlight, the keyboard focus ring, the selection, the toolbar and menus ("chrome"), tooltips, disabled
controls, scroll bars, the caption strip, the crosshair and the dimming of line focus. The UI turns a
theme into a palette and a style sheet; this module only holds and checks the colours.

Promises every built-in theme keeps (checked by :func:`contrast_checks` and its tests):

- text, links, highlighted text, selected text, chrome text, tooltips and captions at ≥ 7:1 (WCAG AAA);
- the highlight background at ≥ 7:1 against the page, so the spoken sentence stands out as a block even
  for readers who cannot tell its text colour apart;
- the focus ring at ≥ 7:1 against both the page and the chrome;
- disabled text at ≥ 4.5:1, so a greyed-out control can still be read;
- scroll bar handle, crosshair (against the page and the text) and line-focus-dimmed text at ≥ 3:1.

Links are told apart from text by more than colour alone (WCAG 1.4.1): the UI always underlines them,
which :attr:`Theme.is_link_underlined` records, so the link colour need not contrast with the text.

The ``default`` theme follows the system palette: it has no colours of its own (they are ``None``) and
:attr:`Theme.is_system` is true; the UI then leaves Qt's palette alone.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, cast

from reader.core.contrast import (
    AA_TEXT,
    AAA_TEXT,
    NON_TEXT,
    blend,
    contrast_ratio,
    is_colour,
    normalise_colour,
    relative_luminance,
    strongest_fade,
)
from reader.core.messages import Message, message

DEFAULT_THEME = "default"
CUSTOM_THEME = "custom"
"""The settings' name for the user's own colours; not a built-in theme."""

NOT_A_COLOUR = "theme.not_a_colour"
"""A custom colour that is not ``#rrggbb``; parameters ``role`` (a key of :meth:`Theme.custom`) and
``value`` (as given, shown short)."""
LOW_CONTRAST = "theme.low_contrast"
"""Two custom colours too close: ``pair`` (one of :data:`CUSTOM_PAIRS`), ``ratio``, ``minimum``."""
CUSTOM_PAIRS = ("text", "link", "highlight_text", "highlight", "focus")
"""The pairs :meth:`Theme.custom` checks: text, link and focus ring on the page; the highlighted text on
the highlight; the highlight on the page."""

DIM_ALPHA = 0.45
"""Opacity of the dim layer line focus paints over the other lines: faint, but still findable (≥ 3:1)."""

COLOUR_ROLES = (
    "text",
    "background",
    "link",
    "highlight_text",
    "highlight_background",
    "focus",
    "selection_text",
    "selection_background",
    "chrome_text",
    "chrome_background",
    "tooltip_text",
    "tooltip_background",
    "disabled_text",
    "scrollbar_handle",
    "scrollbar_track",
    "caption_text",
    "caption_background",
    "crosshair",
    "dim",
)
"""Every colour field of :class:`Theme`, in the order style-sheet templates list them."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme:
    """One colour scheme. Colours are ``"#rrggbb"``; all of them are ``None`` for the system theme."""

    name: str
    label_zh: str
    label_en: str
    is_dark: bool
    """Light text on a dark page (the UI picks matching icons). False for the system theme."""
    text: str | None
    background: str | None
    link: str | None
    highlight_text: str | None
    """The sentence being spoken: its text colour …"""
    highlight_background: str | None
    """… and its background."""
    focus: str | None
    """The keyboard focus ring."""
    selection_text: str | None
    selection_background: str | None
    chrome_text: str | None
    """Menus, toolbar, status bar, dialogs."""
    chrome_background: str | None
    tooltip_text: str | None
    tooltip_background: str | None
    disabled_text: str | None
    scrollbar_handle: str | None
    scrollbar_track: str | None
    caption_text: str | None
    """The caption strip that shows the sentence being spoken."""
    caption_background: str | None
    crosshair: str | None
    """The crosshair lines that help find the pointer."""
    dim: str | None
    """Painted at :attr:`dim_alpha` over the lines outside line focus."""
    dim_alpha: float = DIM_ALPHA
    is_system: bool = False
    """Follows the system palette; no colours of its own."""
    is_link_underlined: bool = True
    """The UI underlines links, so they differ from text by more than colour (WCAG 1.4.1)."""

    @property
    def label(self) -> str:
        """Bilingual name for menus and screen readers, e.g. ``"黄字黑底 Yellow on black"``."""
        return f"{self.label_zh} {self.label_en}"

    def colours(self) -> dict[str, str]:
        """Role → colour for every role in :data:`COLOUR_ROLES`; empty for the system theme."""
        values = {role: getattr(self, role) for role in COLOUR_ROLES}
        return {role: value for role, value in values.items() if value is not None}

    @classmethod
    def custom(
        cls,
        *,
        text: str,
        background: str,
        link: str | None = None,
        highlight_text: str | None = None,
        highlight_background: str | None = None,
        focus: str | None = None,
    ) -> CustomThemeResult:
        """A theme from the user's colours, checked: errors below 4.5:1, warnings below 7:1.

        Only text and background are required; the others default to colours derived from them (links
        in the text colour, since they are underlined; the highlight as the page inverted; the focus
        ring in the text colour). Nothing is printed: the caller words the result's messages
        (:data:`NOT_A_COLOUR`, :data:`LOW_CONTRAST`).
        """
        return _custom_theme(
            text=text,
            background=background,
            link=link,
            highlight_text=highlight_text,
            highlight_background=highlight_background,
            focus=focus,
        )


@dataclass(frozen=True, slots=True)
class CustomThemeResult:
    """What :meth:`Theme.custom` made of the user's colours."""

    theme: Theme | None
    """The theme, or ``None`` when there are errors."""
    errors: tuple[Message, ...] = ()
    """Why the colours were refused: :data:`NOT_A_COLOUR`, or :data:`LOW_CONTRAST` below the minimum."""
    warnings: tuple[Message, ...] = ()
    """What is usable but weak (:data:`LOW_CONTRAST` below 7:1, or 3:1 for the highlight): shown, not
    enforced."""

    @property
    def is_ok(self) -> bool:
        return self.theme is not None and not self.errors


@dataclass(frozen=True, slots=True)
class ContrastCheck:
    """One pair of colours that must stay apart, with its measured ratio."""

    name: str
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum

    def describe(self) -> str:
        """E.g. ``"link #0000c0 on background #ffffff: 11.92:1 (needs 7:1)"``."""
        return (
            f"{self.name} {self.foreground} on {self.background}: "
            f"{self.ratio:.2f}:1 (needs {self.minimum:g}:1)"
        )


def contrast_checks(theme: Theme) -> list[ContrastCheck]:
    """Every pair a theme's promise covers (see the module docstring); empty for the system theme."""
    c = theme.colours()
    if theme.is_system or len(c) != len(COLOUR_ROLES):
        return []
    page, chrome = c["background"], c["chrome_background"]
    dimmed_text = blend(c["dim"], c["text"], theme.dim_alpha)
    dimmed_page = blend(c["dim"], page, theme.dim_alpha)
    return [
        ContrastCheck("text/background", c["text"], page, AAA_TEXT),
        ContrastCheck("link/background", c["link"], page, AAA_TEXT),
        ContrastCheck(
            "highlight_text/highlight_background", c["highlight_text"], c["highlight_background"], AAA_TEXT
        ),
        ContrastCheck("highlight_background/background", c["highlight_background"], page, AAA_TEXT),
        ContrastCheck("focus/background", c["focus"], page, AAA_TEXT),
        ContrastCheck("focus/chrome_background", c["focus"], chrome, AAA_TEXT),
        ContrastCheck(
            "selection_text/selection_background", c["selection_text"], c["selection_background"], AAA_TEXT
        ),
        ContrastCheck("chrome_text/chrome_background", c["chrome_text"], chrome, AAA_TEXT),
        ContrastCheck(
            "tooltip_text/tooltip_background", c["tooltip_text"], c["tooltip_background"], AAA_TEXT
        ),
        ContrastCheck(
            "caption_text/caption_background", c["caption_text"], c["caption_background"], AAA_TEXT
        ),
        ContrastCheck("disabled_text/chrome_background", c["disabled_text"], chrome, AA_TEXT),
        ContrastCheck("disabled_text/background", c["disabled_text"], page, AA_TEXT),
        ContrastCheck("selection_background/background", c["selection_background"], page, NON_TEXT),
        ContrastCheck(
            "scrollbar_handle/scrollbar_track", c["scrollbar_handle"], c["scrollbar_track"], NON_TEXT
        ),
        ContrastCheck("crosshair/background", c["crosshair"], page, NON_TEXT),
        ContrastCheck("crosshair/text", c["crosshair"], c["text"], NON_TEXT),
        ContrastCheck("dimmed text/dimmed background", dimmed_text, dimmed_page, NON_TEXT),
    ]


def _scheme(
    name: str,
    label_zh: str,
    label_en: str,
    *,
    text: str,
    background: str,
    link: str,
    highlight: tuple[str, str],
    focus: str,
    selection: tuple[str, str],
    disabled: str,
    crosshair: str,
) -> Theme:
    """A built-in theme: chrome, captions and scroll bar in the page colours, tooltips inverted."""
    is_dark = relative_luminance(background) < relative_luminance(text)
    return Theme(
        name=name,
        label_zh=label_zh,
        label_en=label_en,
        is_dark=is_dark,
        text=text,
        background=background,
        link=link,
        highlight_text=highlight[0],
        highlight_background=highlight[1],
        focus=focus,
        selection_text=selection[0],
        selection_background=selection[1],
        chrome_text=text,
        chrome_background=background,
        # Inverted, so a tooltip never blends into the page it floats over.
        tooltip_text=background,
        tooltip_background=text,
        disabled_text=disabled,
        scrollbar_handle=text,
        scrollbar_track=background,
        caption_text=text,
        caption_background=background,
        crosshair=crosshair,
        dim=background,
    )


_SYSTEM = Theme(
    name=DEFAULT_THEME,
    label_zh="跟随系统",
    label_en="System colours",
    is_dark=False,
    is_system=True,
    **cast("dict[str, Any]", dict.fromkeys(COLOUR_ROLES)),
)

# The highlight of light themes is a dark block with light text and vice versa: the spoken sentence is
# then visible by its shape alone (≥ 7:1 against the page), which a pale tint can never be.
_BUILT_IN: tuple[Theme, ...] = (
    _SYSTEM,
    _scheme(
        "black-on-white",
        "黑字白底",
        "Black on white",
        text="#000000",
        background="#ffffff",
        link="#0000c0",
        highlight=("#ffffff", "#1c2c8c"),
        focus="#a00058",
        selection=("#ffffff", "#5c2480"),
        disabled="#595959",
        crosshair="#e00000",
    ),
    _scheme(
        "white-on-black",
        "白字黑底",
        "White on black",
        text="#ffffff",
        background="#000000",
        link="#8fd0ff",
        highlight=("#000000", "#ffff00"),
        focus="#ff9f1a",
        selection=("#000000", "#a8e0ff"),
        disabled="#a6a6a6",
        crosshair="#ff3030",
    ),
    _scheme(
        "yellow-on-black",
        "黄字黑底",
        "Yellow on black",
        text="#ffff00",
        background="#000000",
        link="#66ffff",
        highlight=("#000000", "#ffffff"),
        focus="#ff8cff",
        selection=("#000000", "#66ffff"),
        disabled="#b3b300",
        crosshair="#ff3030",
    ),
    _scheme(
        "black-on-yellow",
        "黑字黄底",
        "Black on yellow",
        text="#000000",
        background="#ffff00",
        link="#0000b0",
        highlight=("#ffff00", "#000000"),
        focus="#a00000",
        selection=("#ffff00", "#4a148c"),
        disabled="#5c5c00",
        crosshair="#e00000",
    ),
    _scheme(
        "yellow-on-blue",
        "黄字蓝底",
        "Yellow on blue",
        text="#ffff00",
        background="#000080",
        link="#ffffff",
        highlight=("#000080", "#ffff00"),
        focus="#7fffd4",
        selection=("#000080", "#ffffff"),
        disabled="#c8c864",
        crosshair="#ff4040",
    ),
    _scheme(
        "white-on-blue",
        "白字蓝底",
        "White on blue",
        text="#ffffff",
        background="#1a237e",
        link="#ffff66",
        highlight=("#1a237e", "#ffffff"),
        focus="#ffcc00",
        selection=("#1a237e", "#ffff66"),
        disabled="#b8bce0",
        crosshair="#ff5050",
    ),
    _scheme(
        "black-on-cream",
        "黑字米黄底",
        "Black on cream",
        text="#1a1a1a",
        background="#fdf6e3",
        link="#00468c",
        highlight=("#fdf6e3", "#3d2b1f"),
        focus="#8b0000",
        selection=("#fdf6e3", "#004d40"),
        disabled="#5e5a50",
        crosshair="#d00000",
    ),
)

_BY_NAME = {theme.name: theme for theme in _BUILT_IN}


def list_themes() -> list[Theme]:
    """Every built-in theme, ``default`` first, in menu order."""
    return list(_BUILT_IN)


def theme_names() -> list[str]:
    """The names :func:`get_theme` accepts, in menu order."""
    return [theme.name for theme in _BUILT_IN]


def get_theme(name: str) -> Theme:
    """The built-in theme called ``name``; raises ValueError naming the valid ones otherwise."""
    theme = _BY_NAME.get(name)
    if theme is None:
        raise ValueError(f"unknown theme {name!r}; valid themes: {', '.join(theme_names())}")
    return theme


def _pair_message(pair: str, english: str, ratio: float, minimum: float) -> Message:
    return message(
        LOW_CONTRAST,
        english + ": contrast is only {ratio:.2f}:1, below {minimum:g}:1.",
        pair=pair,
        ratio=ratio,
        minimum=minimum,
    )


def _custom_theme(
    *,
    text: str,
    background: str,
    link: str | None,
    highlight_text: str | None,
    highlight_background: str | None,
    focus: str | None,
) -> CustomThemeResult:
    given = {
        "text": text,
        "background": background,
        "link": link,
        "highlight_text": highlight_text,
        "highlight_background": highlight_background,
        "focus": focus,
    }
    errors: list[Message] = []
    for role, value in given.items():
        if value is not None and not is_colour(value):
            shown = json.dumps(value, ensure_ascii=False)
            errors.append(
                message(
                    NOT_A_COLOUR,
                    "“{role}” is not a colour (#rrggbb): {value}.",
                    role=role,
                    value=shown if len(shown) <= 40 else shown[:39] + "…",
                )
            )
    if errors:
        return CustomThemeResult(None, tuple(errors))

    fg, bg = normalise_colour(text), normalise_colour(background)
    link_c = normalise_colour(link) if link is not None else fg
    hl_text = normalise_colour(highlight_text) if highlight_text is not None else bg
    hl_back = normalise_colour(highlight_background) if highlight_background is not None else fg
    focus_c = normalise_colour(focus) if focus is not None else fg

    # (pair, English name, foreground, background, error below, warning below). Derived colours repeat
    # the text/background ratio, so only the pairs the user chose are checked: one message each.
    pairs = [("text", "Text on background", fg, bg, AA_TEXT, AAA_TEXT)]
    if link is not None:
        pairs.append(("link", "Link on background", link_c, bg, AA_TEXT, AAA_TEXT))
    if highlight_text is not None or highlight_background is not None:
        pairs.append(("highlight_text", "Highlighted text", hl_text, hl_back, AA_TEXT, AAA_TEXT))
        # Below 3:1 the highlighted sentence shows only by its text colour: usable, worth a warning.
        pairs.append(("highlight", "Highlight on background", hl_back, bg, 1.0, NON_TEXT))
    if focus is not None:
        # A focus ring is not text: WCAG 2.4.13 asks 3:1.
        pairs.append(("focus", "Focus ring on background", focus_c, bg, NON_TEXT, AAA_TEXT))
    warnings: list[Message] = []
    for pair, english, front, back, error_below, warn_below in pairs:
        ratio = contrast_ratio(front, back)
        if ratio < error_below:
            errors.append(_pair_message(pair, english, ratio, error_below))
        elif ratio < warn_below:
            warnings.append(_pair_message(pair, english, ratio, warn_below))
    if errors:
        return CustomThemeResult(None, tuple(errors), tuple(warnings))

    theme = Theme(
        name=CUSTOM_THEME,
        label_zh="自定义颜色",
        label_en="Custom colours",
        is_dark=relative_luminance(bg) < relative_luminance(fg),
        text=fg,
        background=bg,
        link=link_c,
        highlight_text=hl_text,
        highlight_background=hl_back,
        focus=focus_c,
        selection_text=hl_text,
        selection_background=hl_back,
        chrome_text=fg,
        chrome_background=bg,
        tooltip_text=bg,
        tooltip_background=fg,
        disabled_text=strongest_fade(fg, bg, AA_TEXT),
        scrollbar_handle=fg,
        scrollbar_track=bg,
        caption_text=fg,
        caption_background=bg,
        crosshair=focus_c,
        dim=bg,
    )
    return CustomThemeResult(theme, (), tuple(warnings))


def replace_colours(theme: Theme, **colours: str) -> Theme:
    """A copy of ``theme`` with some colours changed (normalised); for tests and future tweaks."""
    unknown = set(colours) - set(COLOUR_ROLES)
    if unknown:
        raise ValueError(f"not colour roles: {', '.join(sorted(unknown))}")
    changed: dict[str, Any] = {role: normalise_colour(value) for role, value in colours.items()}
    return dataclasses.replace(theme, **changed)
