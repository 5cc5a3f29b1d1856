"""What every strings module shares: the translate function ``_tr`` (Qt context ``reader``), the
``Control`` record of a control's texts, and the application's names.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

_CONTEXT = "reader"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


APP_NAME = "accessible-reader"
"""Technical name (config folder, desktop file); not shown to users."""
ORGANISATION = "Accessible Reader"


def app_display_name() -> str:
    return _tr("无障碍阅读器")


def window_title(article_title: str) -> str:
    return _tr("{title} — 无障碍阅读器").format(title=article_title)


@dataclass(frozen=True, slots=True)
class Control:
    """What one control shows and says: menu/button label, accessible name, accessible description."""

    label: str
    """Visible text with its ``&`` mnemonic."""
    name: str
    """Accessible name, Chinese and English."""
    description: str
    """Accessible description (also the status tip), Chinese and English."""
    short: str = ""
    """Text under a toolbar button's icon (short, Chinese); the label without its mnemonic when empty."""

    @property
    def button_text(self) -> str:
        if self.short:
            return self.short
        return self.label.split("(&")[0].replace("&", "").rstrip("…")
