"""Fixtures for the window tests: a shown main window with its own recent list, and hand-made articles.

Articles are built directly (not extracted) so these tests check the window, whatever the extractor does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.document import Block, BlockKind
from reader.ui.mainwindow import MainWindow
from reader.ui.recent import RecentFiles

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(recent=RecentFiles(tmp_path / "config" / "recent.json"))
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
