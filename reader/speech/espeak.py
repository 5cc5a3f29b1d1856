"""Finding and loading libespeak-ng before pyttsx3 looks for it (Linux; runs in the speech worker only).

pyttsx3's espeak driver opens ``libespeak-ng.so.1`` by name when it is imported. A system library (Debian's
``libespeak-ng1``) is used when the dynamic loader finds one. Otherwise the ``espeakng-loader`` wheel's copy
is loaded first with ``RTLD_GLOBAL``: its SONAME is ``libespeak-ng.so.1``, so pyttsx3's later
``LoadLibrary`` of that name gets the already-loaded library, and ``ESPEAK_DATA_PATH`` points espeak at
the wheel's voice data (Mandarin ``cmn_dict`` and Cantonese ``yue_dict`` included). Both must happen
before pyttsx3 initialises (platform-notes.md), and only once per process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

SYSTEM_NAMES = ("libespeak-ng.so.1", "libespeak.so.1")
"""The names pyttsx3's driver opens on Linux, in its order."""


@dataclass(frozen=True, slots=True)
class EspeakLibrary:
    """Where the espeak library of this process came from."""

    source: str
    """``"system"``, ``"wheel"`` or ``"none"`` (not Linux, or nothing found: pyttsx3 will try on its own)."""
    path: str | None = None
    data_path: str | None = None
    error: str | None = None


_loaded: EspeakLibrary | None = None


def _system_library() -> str | None:
    """The system libespeak-ng's name when the dynamic loader can open it, else None."""
    candidates = [*SYSTEM_NAMES]
    found = ctypes.util.find_library("espeak-ng")
    if found:
        candidates.insert(0, found)
    for name in candidates:
        try:
            ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            continue
        return name
    return None


def _wheel_library() -> tuple[str, str] | None:
    """The ``espeakng-loader`` wheel's library and data directory, or None when the wheel is absent."""
    try:
        import espeakng_loader
    except ImportError:
        return None
    library = str(espeakng_loader.get_library_path())
    data = str(espeakng_loader.get_data_path())
    return library, data


def load_espeak(*, prefer_system: bool = True) -> EspeakLibrary:
    """Make libespeak-ng loadable for pyttsx3; call before importing ``pyttsx3.drivers``. Idempotent.

    ``prefer_system=False`` skips the system library (tests of the wheel path). Never raises: a library
    that cannot be loaded is reported in :attr:`EspeakLibrary.error` and pyttsx3 then fails on its own.
    """
    global _loaded  # noqa: PLW0603 - one library per process, like espeak itself
    if _loaded is not None:
        return _loaded
    if not sys.platform.startswith("linux"):
        _loaded = EspeakLibrary("none")
        return _loaded
    if prefer_system:
        name = _system_library()
        if name is not None:
            _loaded = EspeakLibrary("system", path=name)
            return _loaded
    wheel = _wheel_library()
    if wheel is None:
        _loaded = EspeakLibrary("none", error="no system libespeak-ng and no espeakng-loader wheel")
        return _loaded
    library, data = wheel
    if not Path(library).exists():
        _loaded = EspeakLibrary("none", error=f"{library}: missing")
        return _loaded
    try:
        ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
    except OSError as error:
        _loaded = EspeakLibrary("none", path=library, error=str(error))
        return _loaded
    # espeak reads the variable in espeak_Initialize, which pyttsx3 calls later in this process.
    os.environ["ESPEAK_DATA_PATH"] = data
    _loaded = EspeakLibrary("wheel", path=library, data_path=data)
    return _loaded
