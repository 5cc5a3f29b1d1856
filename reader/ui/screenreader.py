"""Whether a screen reader is running, so the reader's own spoken confirmations do not talk over it.

- Linux: the AT-SPI status on the session bus (``org.a11y.Bus`` ``/org/a11y/bus``, property
  ``org.a11y.Status.ScreenReaderEnabled``), which Orca sets while it runs.
- Windows: ``SystemParametersInfo(SPI_GETSCREENREADER)``, which NVDA, JAWS and Narrator set.
- Elsewhere: unknown, taken as not running.
``READER_SCREEN_READER=1`` or ``0`` overrides the answer (tests, and users whose reader does not say so).
The answer is cached for :data:`CACHE_SECONDS`: the property is asked over D-Bus, not free.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time

CACHE_SECONDS = 2.0
_SPI_GETSCREENREADER = 0x0046
_cache: list[tuple[float, bool]] = []
"""The last answer and when it was got (a list: no ``global`` statement needed)."""


def is_running() -> bool:
    """True when a screen reader is known to be running."""
    forced = os.environ.get("READER_SCREEN_READER")
    if forced in {"0", "1"}:
        return forced == "1"
    now = time.monotonic()
    if _cache and now - _cache[0][0] < CACHE_SECONDS:
        return _cache[0][1]
    answer = _ask()
    _cache[:] = [(now, answer)]
    return answer


def _ask() -> bool:
    platform: str = sys.platform  # a plain str: mypy would otherwise judge the other branches unreachable
    if platform.startswith("linux"):
        return _at_spi()
    return _windows() if platform == "win32" else False


def _windows() -> bool:
    flag = ctypes.c_int(0)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    ok = windll.user32.SystemParametersInfoW(_SPI_GETSCREENREADER, 0, ctypes.byref(flag), 0)
    return bool(ok and flag.value)


def _at_spi() -> bool:
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    interface = QDBusInterface("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", bus)
    if not interface.isValid():
        return False
    reply = interface.call("Get", "org.a11y.Status", "ScreenReaderEnabled")
    arguments = reply.arguments()
    if not arguments:
        return False
    value = arguments[0]
    variant = getattr(value, "variant", None)
    if callable(variant):
        value = variant()
    return value is True
