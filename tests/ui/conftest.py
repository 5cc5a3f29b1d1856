"""Fixtures for the window tests: a shown main window with its own settings file, and hand-made articles.

Articles are built directly (not extracted) so these tests check the window, whatever the extractor does.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.core.settings import SettingsStore
from reader.ui.mainwindow import MainWindow
from tests.conftest import require_system
from tests.pulse import PulseError, xvfb

pytestmark = pytest.mark.gui


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    """The settings file of the test's window, in the test's own folder."""
    return SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def window(qtbot: QtBot, store: SettingsStore) -> MainWindow:
    main = MainWindow(store=store)
    qtbot.addWidget(main)
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.reading_view.setFocus()
    return main


@pytest.fixture
def simple_blocks() -> list[Block]:
    return [
        Block(BlockKind.PARAGRAPH, "五月五日上午，综合养老服务中心正式投入运营。"),
        Block(BlockKind.HEADING, "一、服务内容", level=2),
        Block(BlockKind.PARAGRAPH, "中心提供助餐、日间照料和康复护理。"),
    ]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb screen (1280×900, 24 bit) for real-window tests; its DISPLAY name, e.g. ``":3"``.

    ``-displayfd`` lets Xvfb pick a free display number and announce it once it accepts connections.
    """
    if shutil.which("Xvfb") is None:
        require_system("Xvfb is not installed (Debian package xvfb)")
    with contextlib.ExitStack() as stack:
        try:
            name = stack.enter_context(xvfb())
        except PulseError as error:  # tests.pulse's error for the system parts it starts, Xvfb included
            require_system(str(error))
        yield name
