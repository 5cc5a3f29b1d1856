"""What every strings module shares: the translate functions, the ``Control`` record of a control's texts,
and the application's names.

Strings follow Qt's practice:

- one source language, Simplified Chinese (zh_CN), one language per string (a screen reader reads a string
  with one voice; "声音 Sound" would be read twice, switching language mid-phrase);
- one Qt *context* per dialog or feature: each strings module makes its own translate function with
  :func:`translator` (``_tr = translator("Toolbar")``); a module may make several;
- ``note=`` is a comment for the translator (``<extracomment>`` in the ``.ts`` file), ``disambiguation=``
  tells two equal source strings apart (``<comment>``);
- counts go through :func:`plural_translator`: ``%n`` in the source is the number, and each language has
  its plural forms (Chinese one, English two).

``packaging/build_translations.py`` finds the translate functions by these two calls, so they must be
assigned at module level to a plain name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Translate(Protocol):
    def __call__(self, text: str, *, note: str = "", disambiguation: str | None = None) -> str: ...


class TranslatePlural(Protocol):
    def __call__(self, text: str, count: int, *, note: str = "") -> str: ...


def translator(context: str) -> Translate:
    """The translate function of Qt context ``context``."""

    def tr(text: str, *, note: str = "", disambiguation: str | None = None) -> str:
        del note  # for translators only: the build writes it into the .ts file
        return QCoreApplication.translate(context, text, disambiguation)

    return tr


def plural_translator(context: str) -> TranslatePlural:
    """The translate function for strings with a count (``%n``) in Qt context ``context``."""

    def trn(text: str, count: int, *, note: str = "") -> str:
        del note
        return QCoreApplication.translate(context, text, None, count)

    return trn


_tr = translator("Application")

APP_NAME = "accessible-reader"
"""Technical name (config folder, desktop file); not shown to users."""
ORGANISATION = "Accessible Reader"


def app_display_name() -> str:
    return _tr("无障碍阅读器")


def window_title(article_title: str) -> str:
    return _tr(
        "{title} — 无障碍阅读器", note="The window title: the article's title, then the application's name."
    ).format(title=article_title)


def mnemonic_free(label: str) -> str:
    """A label as a screen reader should say it: without its ``&`` mnemonic, "(&S)" suffix, "…" or colon."""
    text = label
    start = text.find("(&")
    if start >= 0:
        end = text.find(")", start)
        if end >= 0:
            text = text[:start] + text[end + 1 :]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…：:").strip()


@dataclass(frozen=True, slots=True)
class Control:
    """What one control shows and says: its label (menu item and toolbar button) and its description.

    The accessible name is the visible label without its mnemonic (:attr:`name`), so a screen reader says
    what a sighted user sees, in the same language, for the menu item and the toolbar button alike.
    """

    label: str
    """Visible text with its ``&`` mnemonic."""
    description: str
    """Accessible description (also the status tip): short, one language."""
    spoken: str = ""
    """The accessible name of a control that shows no label of its own (the reading view, a list)."""

    @property
    def name(self) -> str:
        """The accessible name: the label as shown, without the mnemonic (else :attr:`spoken`)."""
        return self.spoken or mnemonic_free(self.label)

    @property
    def button_text(self) -> str:
        """A toolbar button's text: the same words as the menu item, so both have one name."""
        return self.name
