"""A long text is shown a section at a time: positions, reading aloud, the caret and the text size all
work across sections, and a text-size step lays out one section only."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.display import DocPosition
from reader.ui.mainwindow import MainWindow
from reader.ui.positions import cursor_position, doc_position

pytestmark = pytest.mark.gui

SENTENCE = "第{n}句：社区养老服务中心为周边老人提供助餐和日间照料。"


@pytest.fixture
def novel(tmp_path: Path, window: MainWindow) -> MainWindow:
    """A 400,000-character text, one sentence a line (the shape of a novel copied from a page)."""
    path = tmp_path / "novel.txt"
    lines = ["长篇连载", ""] + [SENTENCE.format(n=n) for n in range(1, 14_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert window.open_path(path)
    return window


def test_a_long_text_is_shown_a_section_at_a_time(novel: MainWindow) -> None:
    view = novel.reading_view
    display = novel.display
    assert display is not None and display.character_count > 300_000
    start, end = view.section
    assert start == 0 and end < len(display.blocks)
    assert view.document().blockCount() == end - start


def test_positions_count_in_the_whole_text_across_sections(novel: MainWindow) -> None:
    view = novel.reading_view
    display = novel.display
    assert display is not None
    far = len(display.blocks) - 10
    view.scroll_to(DocPosition(far, 3))
    start, end = view.section
    assert start <= far < end and start > 0
    assert view.reading_place().block == far
    assert doc_position(view.document(), 0).block == start
    text = display.blocks[far].text
    assert view.document().findBlockByNumber(far - start).text() == text


def test_text_size_keeps_the_place_deep_in_a_long_text(novel: MainWindow) -> None:
    view = novel.reading_view
    display = novel.display
    assert display is not None
    middle = len(display.blocks) // 2
    view.scroll_to(DocPosition(middle, 0))
    novel.commands["larger"].trigger()
    novel.commands["larger"].trigger()
    assert view.reading_place().block == middle
    assert view.section[0] <= middle < view.section[1]


def test_quick_size_steps_keep_the_place_where_the_layout_below_is_still_lazy(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    # Steps before the events run (a key held down): each must not read the place from the part below
    # not laid out yet, which a hit test there gives as the section's last line.
    from tests.benchmarks.bench_open_large import write_novel

    path = tmp_path / "book.txt"
    write_novel(path)  # the 1,000,000-character novel of the benchmarks, paragraphs of a few lines
    window.resize(1280, 900)
    window.show()
    assert window.open_path(path)
    qtbot.wait(20)
    novel, view, display = window, window.reading_view, window.display
    assert display is not None
    for where, size in itertools.product((0.3, 0.9, 0.97), (16, 21, 27, 34)):
        novel.change(font_size_pt=size)
        place = DocPosition(int(len(display.blocks) * where), 0)
        view.scroll_to(place)
        qtbot.wait(20)  # the reader reads a while there
        for step in ("larger", "larger", "smaller", "larger"):
            novel.commands[step].trigger()
            assert view.reading_place() == place, (where, size, step)


def test_the_caret_moves_on_into_the_next_section(novel: MainWindow, qtbot: QtBot) -> None:
    view = novel.reading_view
    start, end = view.section
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(lambda: view.section != (start, end), timeout=3000)
    QTest.keyClick(view, Qt.Key.Key_Down)
    place = cursor_position(view.textCursor())
    assert place.block >= end - 1, "reading goes on past the old section's end"


def test_reading_aloud_crosses_into_the_next_section(novel: MainWindow, qtbot: QtBot) -> None:
    view = novel.reading_view
    _start, end = view.section
    view.scroll_to(DocPosition(end - 2, 0))
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.top_position())
    view.setTextCursor(cursor)
    novel.change(speech_rate=450)
    novel.commands["next_sentence"].trigger()
    novel.commands["continuous_read"].trigger()
    qtbot.waitUntil(
        lambda: (u := novel.speech.service.current) is not None and u.block >= end + 1, timeout=20_000
    )
    heard = novel.speech.service.current
    assert heard is not None
    found = novel.speech.read_aloud.highlighted()
    assert found is not None
    document = view.document()
    assert doc_position(document, found[0][0]) == DocPosition(heard.block, heard.start)
    novel.speech.stop()
