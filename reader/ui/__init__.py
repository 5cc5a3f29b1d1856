"""The window: the only package that imports PySide6.

``app.run`` is the entry point the command line calls; ``mainwindow`` holds the menus, toolbar and status
bar and applies the settings; ``readingview`` the text widget; ``rendering`` turns an ``Article`` into the
HTML it shows; ``toolbar`` and ``icons`` the barrier-free toolbar; ``commands`` and ``shortcuts`` the
actions and their keys; ``textdialog`` and ``shortcutsdialog`` the text settings and keyboard help;
``theming`` and ``schemedialog`` the colour schemes; ``aids`` the reading aids; ``documents`` opens a file
into an article plus its local images; ``recent`` keeps the recent-files list; ``strings`` holds every
user-visible string.

Importing this package first works around a reference-counting bug of PySide6 6.12 on CPython 3.11
(:func:`_keep_none_alive`).
"""

from __future__ import annotations

import ctypes
import sys

_NONE_RESERVE = 1 << 40


def _keep_none_alive() -> None:
    """Give ``None`` a reserve of references, so PySide6 cannot count it down to zero.

    PySide6/shiboken 6.12 returns ``None`` from every void method without taking a reference: harmless
    since CPython 3.12, where ``None`` is immortal, but on 3.11 each call such as ``widget.update()`` takes
    one reference away, and after a few thousand calls the interpreter aborts ("none_dealloc: deallocating
    None"). Measured here: 1000 calls of ``QWidget.update()`` lower ``sys.getrefcount(None)`` by 1000, and
    20,000 of them abort a bare script. A reserve of 2**40 references outlasts any session. On 3.12 and
    later nothing is done (an immortal object's count must not be touched).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _NONE_RESERVE:
        count.value += _NONE_RESERVE


_keep_none_alive()
