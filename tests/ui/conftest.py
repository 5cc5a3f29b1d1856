"""Fixtures for the window tests: a shown main window with its own settings file, and hand-made articles.

Articles are built directly (not extracted) so these tests check the window, whatever the extractor does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.core.settings import SettingsStore
from reader.ui.mainwindow import MainWindow

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
