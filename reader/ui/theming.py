"""Colour schemes for the whole application: a theme becomes a QPalette, a style and a style sheet.

A :class:`reader.core.themes.Theme` holds colours only; this module makes every window follow them —
the page, the toolbar, menus and their popups, dialogs, message boxes, tooltips, scroll bars and the
status bar — because a high-contrast page framed by grey native chrome still fails the readers who need
it. :class:`ThemeManager` owns the application's look and, on :meth:`ThemeManager.apply`:

1. switches to the Fusion style for a fixed scheme (native styles ignore the palette on some platforms,
   Windows' and macOS' menus and scroll bars among them) and back to the original style for ``default``;
2. sets a palette with every role in every group (Active, Inactive, Disabled), tooltips' included, so
   what the style sheet does not cover (popups, message-box icons, item views) is in the scheme too;
3. renders the style sheet templates in ``resources/styles`` with ``str.format_map`` from the theme and
   the size settings (qutebrowser re-renders its style sheets from settings the same way) and sets it
   on the application. ``default`` renders only ``structure.qss.template`` (sizes, the focus ring,
   state borders) with ``palette(...)`` references, so the system colours stay in charge.

The reading view's own font is never touched by the style sheet: a ``font`` rule on it would override
the text size the view sets and relayout a long book on every scheme change.

System high contrast: :func:`system_prefers_high_contrast` reads Qt 6.10's contrast preference (Windows
high contrast, macOS "increase contrast", GNOME's portal); :func:`preferred_high_contrast_theme` picks
white-on-black or black-on-white from the system colour scheme; :func:`connect_system_contrast` reports
changes. The window decides (the user's own choice wins).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.contrast import blend, contrast_ratio
from reader.core.resources import resources_dir
from reader.core.themes import Theme, get_theme

FIXED_STYLE = "Fusion"
"""The style used with fixed schemes: it draws everything from the palette and the style sheet."""

FOCUS_WIDTH = 3
"""Focus ring of toolbar buttons and the reading view, px (WCAG 2.4.13 asks ≥ 2 CSS px)."""
FOCUS_GAP = 2
"""Space between a toolbar button's own border and its focus ring, px: the ring is an outline around the
button, so a checked button keeps its checked border and fill and focus adds the ring outside them."""
FIELD_FOCUS_RING = 4
"""Focus ring of buttons and fields, px: twice their normal 2 px border, so focus is seen by shape."""
ALTERNATE_ROW_ALPHA = 0.08
"""How much text colour tints alternate rows of lists and tables: visible, never a contrast problem."""
CHECKED_ALPHA = 0.2
"""How much text colour tints a checked button (and the palette's Midlight): chrome text on it stays
≥ 7:1 in every built-in scheme, and the button's border shows the state besides the tint."""

FOCUS_MIN_CONTRAST = 3.0
"""WCAG 2.4.13 / 1.4.11: the focus ring against the control's background and the window's, at least."""
UI_SCALE_DEFAULT = 100
"""Interface size in percent at which the chrome follows :func:`chrome_point_size` unscaled."""
BAR_MAX_PT = 24
"""The toolbar and the status bar, always on screen, grow with the interface size only up to this (the
big toolbar's largest size): at 38 pt three rows of buttons would leave one line of the page on a
1280 × 800 screen. Menus, dialogs and tooltips, which come and go, take the full size."""

STYLES_FOLDER = "styles"
APP_TEMPLATE = "app.qss.template"
STRUCTURE_TEMPLATE = "structure.qss.template"

_ALL_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)

# Placeholders the structure template takes from the theme; for ``default`` they name palette roles.
_SYSTEM_COLOURS = {
    "chrome_text": "palette(window-text)",
    "selection_background": "palette(highlight)",
    "selection_text": "palette(highlighted-text)",
    "checked_background": "palette(midlight)",
}


def styles_dir() -> Path:
    return resources_dir() / STYLES_FOLDER


@cache
def _template(name: str) -> str:
    return (styles_dir() / name).read_text(encoding="utf-8")


def chrome_point_size(font_size_pt: float, big_toolbar: bool, ui_scale: int = UI_SCALE_DEFAULT) -> int:
    """Text size of menus, toolbar, status bar, tooltips and dialogs, in points.

    At 100 % interface size it grows with the reading size, but slowly and only so far: chrome at the
    page's 48 pt would push most toolbar buttons off a 1280-pixel screen. The big toolbar (elder mode)
    starts at 18 pt, the MIIT age-friendly minimum. ``ui_scale`` (the 界面大小 setting, percent)
    multiplies that: the reader's own choice of how large the chrome is, apart from the page.
    """
    if big_toolbar:
        base = min(max(font_size_pt * 0.6, 18.0), 24.0)
    else:
        base = min(max(font_size_pt * 0.5, 12.0), 16.0)
    return round(round(base) * ui_scale / 100)


def bar_point_size(font_size_pt: float, big_toolbar: bool, ui_scale: int = UI_SCALE_DEFAULT) -> int:
    """Text size of the toolbar and the status bar: the chrome's, at most :data:`BAR_MAX_PT` (never
    below the unscaled chrome size)."""
    unscaled = chrome_point_size(font_size_pt, big_toolbar)
    return max(unscaled, min(chrome_point_size(font_size_pt, big_toolbar, ui_scale), BAR_MAX_PT))


def _sizes(font_size_pt: float, big_toolbar: bool, ui_scale: int) -> dict[str, str]:
    chrome = chrome_point_size(font_size_pt, big_toolbar, ui_scale)
    indicator = 26 if big_toolbar else 20
    return {
        "font_size": str(chrome),
        "toolbar_font_size": str(bar_point_size(font_size_pt, big_toolbar, ui_scale)),
        "focus_width": str(FOCUS_WIDTH),
        "focus_gap": str(FOCUS_GAP),
        "focus_margin": str(FOCUS_WIDTH + FOCUS_GAP),
        "focus_ring": str(FIELD_FOCUS_RING),
        # Buttons: 2 px border + 6/16 px padding normally; the 4 px ring takes 2 px from the padding.
        "focus_padding_v": "4",
        "focus_padding_h": "14",
        # WCAG 2.5.5 target size: 44 × 44 px at least.
        "button_min": "56" if big_toolbar else "44",
        "scrollbar": "30" if big_toolbar else "22",
        "scrollbar_handle_min": "48",
        "indicator": str(indicator),
        "indicator_radius": str(indicator // 2 + 2),
        "arrow": "28" if big_toolbar else "24",
    }


def focus_ring_colour(theme: Theme, palette: QPalette | None = None) -> str:
    """The focus ring's colour as ``#rrggbb`` (see :func:`_focus_ring`)."""
    return _focus_ring(theme, palette)[0]


def _focus_ring(theme: Theme, palette: QPalette | None) -> tuple[str, str]:
    """The focus ring's colour, and how the style sheet names it.

    The scheme's own focus colour when it stands out (≥ 3:1) from every background a ring is drawn
    against (the window, the page, a checked toolbar button), else the first of the chrome text and the
    page text that does (black or white as the last resort). For ``default`` the colours are the
    palette's (``palette``, the application's when None), whose highlight is often pale; the style sheet
    then names the chosen role (``palette(highlight)``) so it keeps following the system.
    """
    if theme.is_system:
        pal = palette if palette is not None else QApplication.palette()

        def role(r: QPalette.ColorRole) -> str:
            return str(pal.color(QPalette.ColorGroup.Active, r).name())

        backgrounds = [
            role(QPalette.ColorRole.Window),
            role(QPalette.ColorRole.Base),
            role(QPalette.ColorRole.Button),
            role(QPalette.ColorRole.Midlight),
        ]
        candidates = [
            (role(QPalette.ColorRole.Highlight), "palette(highlight)"),
            (role(QPalette.ColorRole.WindowText), "palette(window-text)"),
            (role(QPalette.ColorRole.Text), "palette(text)"),
        ]
    else:
        c = theme.colours()
        backgrounds = [c["chrome_background"], c["background"], checked_background(theme)]
        candidates = [(c["focus"], c["focus"]), (c["chrome_text"], c["chrome_text"]), (c["text"], c["text"])]
    candidates += [("#000000", "#000000"), ("#ffffff", "#ffffff")]
    for candidate in candidates:
        if all(contrast_ratio(candidate[0], back) >= FOCUS_MIN_CONTRAST for back in backgrounds):
            return candidate
    # Backgrounds both very dark and very light: the one that stands out most from the worst of them.
    return max(candidates, key=lambda c: min(contrast_ratio(c[0], back) for back in backgrounds))


def checked_background(theme: Theme) -> str:
    """The fill of a checked toolbar button in a fixed ``theme``."""
    c = theme.colours()
    return blend(c["chrome_text"], c["chrome_background"], CHECKED_ALPHA)


def template_values(
    theme: Theme,
    *,
    font_size_pt: float,
    big_toolbar: bool,
    ui_scale: int = UI_SCALE_DEFAULT,
    palette: QPalette | None = None,
) -> dict[str, str]:
    """Every placeholder of the templates: the theme's colours (palette references for ``default``)
    plus ``alternate_background``, ``checked_background``, the arrow pictures and the sizes of
    :func:`_sizes`. ``focus`` is :func:`focus_ring_colour` (a colour from ``palette`` for ``default``)."""
    values = _sizes(font_size_pt, big_toolbar, ui_scale)
    focus = _focus_ring(theme, palette)[1]
    if theme.is_system:
        values.update(_SYSTEM_COLOURS)
        values["focus"] = focus
        return values
    colours = theme.colours()
    values.update(colours)
    values["focus"] = focus
    values["alternate_background"] = blend(colours["text"], colours["background"], ALTERNATE_ROW_ALPHA)
    values.update(_arrows(colours["background"]))
    values["checked_background"] = checked_background(theme)
    return values


def _arrows(background: str) -> dict[str, str]:
    """The arrow pictures (spin boxes, combo boxes, submenus) in black or white, whichever has more
    contrast with ``background`` (always ≥ 4.5:1, above the 3:1 a graphic needs)."""
    shade = (
        "black" if contrast_ratio("#000000", background) >= contrast_ratio("#ffffff", background) else "white"
    )
    return {
        f"arrow_{direction}": (styles_dir() / f"arrow-{direction}-{shade}.svg").as_posix()
        for direction in ("up", "down", "right")
    }


def render_style_sheet(
    theme: Theme,
    *,
    font_size_pt: float,
    big_toolbar: bool,
    ui_scale: int = UI_SCALE_DEFAULT,
    palette: QPalette | None = None,
) -> str:
    """The application style sheet for ``theme``; raises KeyError if a template names an unknown value."""
    values = template_values(
        theme, font_size_pt=font_size_pt, big_toolbar=big_toolbar, ui_scale=ui_scale, palette=palette
    )
    parts = [_template(STRUCTURE_TEMPLATE).format_map(values)]
    if not theme.is_system:
        parts.append(_template(APP_TEMPLATE).format_map(values))
    return "\n".join(parts)


def build_palette(theme: Theme) -> QPalette:
    """A palette with every role in every group for a fixed ``theme`` (not ``default``).

    Window/Button roles take the chrome colours, Base/Text the page's. Inactive equals Active, so a
    selection stays visible while a dialog has the focus. Disabled text uses the theme's disabled colour
    (≥ 4.5:1). The bevel roles are blends of the chrome text into its background: Fusion draws frame
    lines with them, and darker-than-background would vanish on a black page.
    """
    if theme.is_system:
        raise ValueError("the default theme has no palette of its own; restore the system palette")
    c = theme.colours()
    chrome, chrome_text = c["chrome_background"], c["chrome_text"]
    roles: dict[QPalette.ColorRole, str] = {
        QPalette.ColorRole.Window: chrome,
        QPalette.ColorRole.WindowText: chrome_text,
        QPalette.ColorRole.Base: c["background"],
        QPalette.ColorRole.AlternateBase: blend(c["text"], c["background"], ALTERNATE_ROW_ALPHA),
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: chrome,
        QPalette.ColorRole.ButtonText: chrome_text,
        QPalette.ColorRole.ToolTipBase: c["tooltip_background"],
        QPalette.ColorRole.ToolTipText: c["tooltip_text"],
        QPalette.ColorRole.Highlight: c["selection_background"],
        QPalette.ColorRole.HighlightedText: c["selection_text"],
        QPalette.ColorRole.Link: c["link"],
        # Visited links look the same: the reader opens nothing itself, and underline tells links apart.
        QPalette.ColorRole.LinkVisited: c["link"],
        QPalette.ColorRole.PlaceholderText: c["disabled_text"],
        QPalette.ColorRole.BrightText: c["focus"],
        QPalette.ColorRole.Accent: c["focus"],
        QPalette.ColorRole.Light: blend(chrome_text, chrome, 0.1),
        QPalette.ColorRole.Midlight: blend(chrome_text, chrome, CHECKED_ALPHA),
        QPalette.ColorRole.Mid: blend(chrome_text, chrome, 0.5),
        QPalette.ColorRole.Dark: blend(chrome_text, chrome, 0.8),
        QPalette.ColorRole.Shadow: chrome_text,
    }
    palette = QPalette()
    for role, colour in roles.items():
        for group in _ALL_GROUPS:
            palette.setColor(group, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["disabled_text"]))
    return palette


def reading_view_colours(theme: Theme, palette: QPalette | None = None) -> dict[str, QColor]:
    """Colours the reading view and the reading aids paint themselves (speech highlight, caption strip,
    crosshair, line-focus dim layer with its alpha). For ``default`` they come from ``palette`` (the
    application's when None): the highlight is the selection colour pair, the crosshair the focus one."""
    if not theme.is_system:
        c = theme.colours()
        result = {role: QColor(value) for role, value in c.items()}
        result["dim"].setAlphaF(theme.dim_alpha)
        return result
    pal = palette if palette is not None else QApplication.palette()

    def role(r: QPalette.ColorRole) -> QColor:
        return QColor(pal.color(QPalette.ColorGroup.Active, r))

    dim = role(QPalette.ColorRole.Base)
    dim.setAlphaF(theme.dim_alpha)
    return {
        "text": role(QPalette.ColorRole.Text),
        "background": role(QPalette.ColorRole.Base),
        "link": role(QPalette.ColorRole.Link),
        "highlight_text": role(QPalette.ColorRole.HighlightedText),
        "highlight_background": role(QPalette.ColorRole.Highlight),
        "focus": QColor(focus_ring_colour(theme, pal)),
        "selection_text": role(QPalette.ColorRole.HighlightedText),
        "selection_background": role(QPalette.ColorRole.Highlight),
        "chrome_text": role(QPalette.ColorRole.WindowText),
        "chrome_background": role(QPalette.ColorRole.Window),
        "tooltip_text": role(QPalette.ColorRole.ToolTipText),
        "tooltip_background": role(QPalette.ColorRole.ToolTipBase),
        "disabled_text": QColor(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)),
        "scrollbar_handle": role(QPalette.ColorRole.Mid),
        "scrollbar_track": role(QPalette.ColorRole.Window),
        "caption_text": role(QPalette.ColorRole.WindowText),
        "caption_background": role(QPalette.ColorRole.Window),
        "crosshair": QColor("#e00000"),
        "dim": dim,
    }


class ThemeManager:
    """Applies themes to one QApplication and can always go back to how it looked before."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._original_style_sheet = app.styleSheet()
        self._original_style = _base_style_name(app)
        self._style_name = self._original_style
        palette = app.palette()
        # An explicitly set palette is restored as it was; otherwise an empty palette gives the system's
        # back and keeps following it (dark mode switches, for one).
        self._original_palette = QPalette(palette) if palette.resolveMask() else QPalette()
        self._original_tooltip_palette = QPalette(QToolTip.palette())
        self._original_font = QFont(app.font())
        self._theme = get_theme("default")
        self._applied: tuple[Theme, float, bool, int] | None = None
        self._style_sheet = ""

    @property
    def theme(self) -> Theme:
        """The theme applied last (``default`` before any)."""
        return self._theme

    @property
    def style_sheet(self) -> str:
        """The style sheet rendered by the last :meth:`apply` (without the application's original one)."""
        return self._style_sheet

    def apply(
        self,
        theme: Theme,
        *,
        font_size_pt: float = 16.0,
        big_toolbar: bool = False,
        ui_scale: int = UI_SCALE_DEFAULT,
    ) -> None:
        """Make the whole application follow ``theme``; ``font_size_pt`` is the reading text size (chrome
        text grows with it, see :func:`chrome_point_size`) and ``ui_scale`` the interface size in percent.
        The application font takes the chrome's size too, so whatever the style sheet does not name
        (dialogs under ``default``, message boxes) follows. Applying the same arguments again does nothing."""
        key = (theme, font_size_pt, big_toolbar, ui_scale)
        if key == self._applied:
            return
        app = self._app
        if theme.is_system:
            self._set_style(self._original_style)
            app.setPalette(self._original_palette)
            QToolTip.setPalette(self._original_tooltip_palette)
        else:
            self._set_style(FIXED_STYLE)
            palette = build_palette(theme)
            app.setPalette(palette)
            QToolTip.setPalette(palette)
        self._set_font(chrome_point_size(font_size_pt, big_toolbar, ui_scale))
        sheet = render_style_sheet(
            theme,
            font_size_pt=font_size_pt,
            big_toolbar=big_toolbar,
            ui_scale=ui_scale,
            palette=app.palette(),
        )
        self._style_sheet = sheet
        app.setStyleSheet("\n".join(s for s in (self._original_style_sheet, sheet) if s))
        self._theme = theme
        self._applied = key

    def restore(self) -> None:
        """Back to the style, palette and style sheet the application had before the first apply."""
        self._set_style(self._original_style)
        self._app.setPalette(self._original_palette)
        QToolTip.setPalette(self._original_tooltip_palette)
        if self._app.font() != self._original_font:
            self._app.setFont(self._original_font)
        self._app.setStyleSheet(self._original_style_sheet)
        self._style_sheet = ""
        self._theme = get_theme("default")
        self._applied = None

    def reading_view_colours(self) -> dict[str, QColor]:
        """:func:`reading_view_colours` of the current theme."""
        return reading_view_colours(self._theme, self._app.palette())

    def _set_font(self, point_size: int) -> None:
        font = QFont(self._original_font)
        font.setPointSize(point_size)
        # Setting a font sends every widget a FontChange (and the reading view keeps its place through
        # it): only when the size really changes.
        if self._app.font() != font:
            self._app.setFont(font)

    def _set_style(self, name: str) -> None:
        # Setting a style re-polishes every widget: only when it really changes.
        if name and name.lower() != self._style_name.lower():
            self._app.setStyle(name)
            self._style_name = name

    @property
    def style_name(self) -> str:
        """The name of the style under the style sheet (``app.style()`` is then a nameless proxy)."""
        return self._style_name


def _base_style_name(app: QApplication) -> str:
    """The application style's name; with a style sheet set, ``app.style()`` is a nameless proxy, so the
    sheet is lifted for a moment to see the style under it."""
    style = app.style()
    name = style.name() if style is not None else ""
    sheet = app.styleSheet()
    if not name and sheet:
        app.setStyleSheet("")
        style = app.style()
        name = style.name() if style is not None else ""
        app.setStyleSheet(sheet)
    return name


# System high contrast


def system_prefers_high_contrast(app: QApplication) -> bool:
    """Whether the system asks for high contrast (Qt ≥ 6.10; always False before)."""
    accessibility = getattr(app.styleHints(), "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


def system_prefers_dark(app: QApplication) -> bool:
    """Whether the system colour scheme is dark (Qt ≥ 6.5; False when unknown)."""
    hints = app.styleHints()
    if not hasattr(hints, "colorScheme"):
        return False
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def preferred_high_contrast_theme(app: QApplication) -> Theme:
    """The high-contrast scheme matching the system: white on black when it is dark, else black on white."""
    return get_theme("white-on-black" if system_prefers_dark(app) else "black-on-white")


class _ContrastWatcher(QObject):
    """Receives the system's contrast and colour scheme changes for one callback.

    Stopping never disconnects the signals: in PySide6 6.12, disconnecting from these style-hint
    signals corrupts reference counts (Python aborts at exit, "deallocating True"). The watcher forgets
    its callback and is deleted instead, which removes its connections on the C++ side.
    """

    def __init__(self, app: QApplication, callback: Callable[[bool], None]) -> None:
        super().__init__(app)
        self._app = app
        self._callback: Callable[[bool], None] | None = callback
        hints = app.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._changed)
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._changed)

    @Slot()
    def _changed(self) -> None:
        if self._callback is not None:
            self._callback(system_prefers_high_contrast(self._app))

    def stop(self) -> None:
        self._callback = None
        self.deleteLater()


def connect_system_contrast(app: QApplication, callback: Callable[[bool], None]) -> Callable[[], None]:
    """Call ``callback(system_prefers_high_contrast(app))`` whenever the contrast preference or the
    colour scheme changes; returns a function that stops the calls."""
    return _ContrastWatcher(app, callback).stop
