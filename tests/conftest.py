"""Test-wide setup: offscreen Qt by default, the shared corpora, and the system-test switch.

Tests that need a system part (Xvfb, an AT-SPI bus, PulseAudio) call ``require_system(reason)`` when the
part is missing: it skips with that reason, or fails when ``READER_REQUIRE_SYSTEM_TESTS=1`` (set by
``.ci/run``, which installs and starts those parts).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface's source language whatever the developer's locale: Qt would load reader_en.qm under en_US.
os.environ["LC_ALL"] = "C.UTF-8"
# Windows made by tests read with the silent engine (no worker process per window); the speech tests that
# need real voices make their engine themselves or set READER_SPEECH_ENGINE=pyttsx3 for the app they start.
os.environ.setdefault("READER_SPEECH_ENGINE", "silent")
# Spoken confirmations are decided by a screen reader's presence; tests pin it.
os.environ.setdefault("READER_SCREEN_READER", "0")
os.environ.pop("LANGUAGE", None)
# Keep the tests from reading or writing the user's real settings and recent files.
os.environ.setdefault(
    "READER_CONFIG_DIR", str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "config")
)
# …and the user's real library.
os.environ.setdefault(
    "READER_DATA_DIR", str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "data")
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_DIR.parent / "shared"
CORPORA_DIR = SHARED_DIR / "corpora"


def system_tests_required() -> bool:
    """Whether missing system parts are failures rather than skips (CI)."""
    return os.environ.get("READER_REQUIRE_SYSTEM_TESTS") == "1"


def require_system(reason: str) -> None:
    """Skip (or, in CI, fail) a test whose system part is missing."""
    if system_tests_required():
        pytest.fail(f"system part missing while READER_REQUIRE_SYSTEM_TESTS=1: {reason}")
    pytest.skip(reason)


@pytest.fixture
def corpora_dir() -> Path:
    """``../shared/corpora``; tests that use it skip when it is absent."""
    if not CORPORA_DIR.is_dir():
        pytest.skip(f"corpora not found at {CORPORA_DIR}")
    return CORPORA_DIR


@pytest.fixture(autouse=True)
def own_library(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own library folder: a window remembers every article it shows (and where it was left),
    so a test must never reopen another test's article at another test's place."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder
