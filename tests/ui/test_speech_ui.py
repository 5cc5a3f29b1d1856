"""Reading aloud in the window, with the silent engine: what is highlighted, shown, stopped and exported.

The silent engine gives real (silent) audio of a plausible length with timed word marks; the window plays it
through its AudioPlayer (into the sound server when there is one, on the player's clock otherwise), so these
tests drive the same code a reader does, only without a voice. The real voice, sound and timing are checked in
``test_speech_real.py``.
"""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from reader.speech.utterances import Utterance
from reader.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

SENTENCES = ["一二三。", "四五六！", "七八九。"]


@pytest.fixture
def short(tmp_path: Path, window: MainWindow) -> MainWindow:
    """The window showing a short text (two paragraphs, three short sentences), read at the fastest rate."""
    path = tmp_path / "short.txt"
    path.write_text(f"{SENTENCES[0]}{SENTENCES[1]}\n\n{SENTENCES[2]}\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(speech_rate=450)
    window.reading_view.setFocus()
    cursor = window.reading_view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.reading_view.setTextCursor(cursor)
    return window


def record(window: MainWindow) -> list[tuple[str, tuple[tuple[int, int], tuple[int, int] | None] | None]]:
    """Each sentence heard, with the document ranges highlighted when it started."""
    heard: list[tuple[str, tuple[tuple[int, int], tuple[int, int] | None] | None]] = []

    def on_sentence(utterance: Utterance) -> None:
        heard.append((utterance.text, window.speech.read_aloud.highlighted()))

    window.speech.service.sentence_started.connect(on_sentence)
    return heard


def highlighted_text(window: MainWindow, span: tuple[int, int]) -> str:
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_speech_buttons_are_available_and_named(window: MainWindow) -> None:
    for name in ("sound", "rate", "point_read", "continuous_read"):
        button = window.toolbar_buttons[name]
        assert isinstance(button, QToolButton), name
        assert window.commands[name].isEnabled()
        assert button.text() and not button.accessibleName(), "named by its text, state included"
    assert window.commands["sound"].isChecked()


def test_continuous_reading_highlights_each_sentence_as_it_is_heard(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    short.commands["continuous_read"].trigger()
    assert short.commands["continuous_read"].isChecked()
    qtbot.waitUntil(lambda: short.speech.service.state == "idle", timeout=20000)
    assert [text for text, _ in heard] == SENTENCES
    for text, ranges in heard:
        assert ranges is not None
        assert highlighted_text(short, ranges[0]) == text
    # Done: no highlight left, the 连读 button is up again.
    assert short.reading_view.extraSelections() == []
    assert not short.commands["continuous_read"].isChecked()


def test_the_word_being_heard_is_underlined_inside_its_sentence(short: MainWindow, qtbot: QtBot) -> None:
    words: list[tuple[str, str]] = []

    def on_word(utterance: Utterance, start: int, end: int) -> None:
        ranges = short.speech.read_aloud.highlighted()
        assert ranges is not None and ranges[1] is not None
        # Word positions are in the block, like the sentence's own start and end.
        block_text = short.reading_view.document().findBlockByNumber(utterance.block).text()
        words.append((block_text[start:end], highlighted_text(short, ranges[1])))

    short.speech.service.word_started.connect(on_word)
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(words) >= 4, timeout=20000)
    short.commands["stop_speech"].trigger()
    assert words[:3] == [("一", "一"), ("二", "二"), ("三", "三")]
    assert all(expected == shown for expected, shown in words)


def test_stop_silences_and_clears_at_once(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10000)
    QTest.keyClick(short.reading_view, Qt.Key.Key_Escape)
    assert short.speech.service.state == "idle"
    assert short.speech.service.player.token is None
    assert short.reading_view.extraSelections() == []
    qtbot.wait(300)
    assert len(heard) == 1, "nothing is heard after Stop"


def test_pause_holds_the_sentence_and_resume_goes_on(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10000)
    short.commands["pause_speech"].trigger()
    assert short.speech.service.state == "paused"
    qtbot.wait(1500)
    assert len(heard) == 1 and short.speech.read_aloud.highlighted() is not None
    short.commands["pause_speech"].trigger()
    qtbot.waitUntil(lambda: short.speech.service.state == "idle", timeout=20000)
    assert [text for text, _ in heard] == SENTENCES


def test_the_selection_alone_is_read(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    view = short.reading_view
    text = view.document().toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(text.index("五"))
    cursor.setPosition(text.index("八") + 1, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    short.commands["read_selection"].trigger()
    qtbot.waitUntil(lambda: short.speech.service.state == "idle", timeout=20000)
    assert [text for text, _ in heard] == ["五六！", "七八"]


def test_reading_reads_the_converted_text(short: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "hans.txt"
    path.write_text("这是简体中文。后面还有。\n", encoding="utf-8")
    assert short.open_path(path)
    short.choose_conversion("s2t", remember=False)
    qtbot.waitUntil(lambda: short.conversion == "s2t", timeout=10000)
    heard = record(short)
    cursor = short.reading_view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    short.reading_view.setTextCursor(cursor)
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
    short.commands["stop_speech"].trigger()
    assert heard[0][0] == "這是簡體中文。"


def test_switches_are_confirmed_aloud_unless_a_screen_reader_runs(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = record(window)
    monkeypatch.setenv("READER_SCREEN_READER", "1")
    window.commands["crosshair"].trigger()
    qtbot.wait(200)
    assert heard == [] and window.speech.service.state == "idle"
    monkeypatch.setenv("READER_SCREEN_READER", "0")
    window.commands["crosshair"].trigger()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard[0][0] == "十字线已关闭"
    window.change(announce_toggles="never")
    window.speech.stop()
    heard.clear()
    window.commands["crosshair"].trigger()
    qtbot.wait(200)
    assert heard == []


def test_point_reading_speaks_the_control_that_gets_focus(window: MainWindow, qtbot: QtBot) -> None:
    heard = record(window)
    window.commands["point_read"].trigger()
    assert window.settings.point_read
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)  # its own confirmation
    window.speech.stop()
    heard.clear()
    button = window.toolbar_buttons["larger"]
    button.setFocus()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard[0][0] == "放大"
    window.commands["point_read"].trigger()
    assert not window.settings.point_read


def test_sound_off_keeps_everything_quiet(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    short.commands["sound"].trigger()
    assert not short.settings.sound
    short.commands["continuous_read"].trigger()
    qtbot.wait(200)
    assert heard == [] and short.speech.service.state == "idle"
    assert "声音已关闭" in short.status_text()


def test_rate_button_cycles_the_rates(window: MainWindow) -> None:
    window.change(speech_rate=200)
    rates = []
    for _ in range(4):
        window.commands["rate"].trigger()
        rates.append(window.settings.speech_rate)
    assert rates == [260, 330, 140, 200]
    assert "语速" in window.status_text()
    assert window.commands["rate_200"].isChecked()


def test_audio_export_writes_the_article_and_says_so(short: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    short.speech.start_export(target)
    qtbot.waitUntil(lambda: not short.speech.is_exporting, timeout=30000)
    assert "已导出音频" in short.status_text()
    with wave.open(str(target)) as audio:
        seconds = audio.getnframes() / audio.getframerate()
    assert 1.0 < seconds < 20.0


def test_the_caption_strip_shows_the_sentence_being_heard(short: MainWindow, qtbot: QtBot) -> None:
    short.commands["caption"].trigger()
    short.speech.stop()  # its spoken confirmation
    shown: list[str] = []
    short.speech.service.sentence_started.connect(lambda _utterance: shown.append(short.caption.text))
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(shown) >= 2, timeout=15000)
    short.commands["stop_speech"].trigger()
    assert shown[:2] == SENTENCES[:2]


def test_a_sentence_that_cannot_be_synthesised_is_skipped_visibly_and_audibly(
    short: MainWindow, qtbot: QtBot
) -> None:
    from reader.speech.silent import SilentEngine

    engine = short.speech.service.engine
    assert isinstance(engine, SilentEngine)
    heard = record(short)
    shown: list[str] = []
    # Connected after the window's own slot: what the status bar says when the sentence is skipped.
    short.speech.service.skipped.connect(lambda *_: shown.append(short.status_text()))
    engine.fail_next(2)  # the first sentence and its one retry
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: short.speech.service.state == "idle", timeout=20000)
    texts = [text for text, _ in heard]
    assert texts == ["这一句无法朗读，已跳过", *SENTENCES[1:]]
    assert len(shown) == 1 and "无法朗读" in shown[0] and SENTENCES[0] in shown[0]


def test_reading_keeps_the_spoken_sentence_in_sight(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(f"第{n}段。" for n in range(200)) + "\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(speech_rate=450)
    view = window.reading_view
    block = view.document().findBlockByNumber(150)
    cursor = QTextCursor(block)
    view.setTextCursor(cursor)
    view.scroll_to_position(0)  # the caret is far below the view: reading starts at the top line shown
    heard = record(window)
    window.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
    window.speech.stop()
    assert heard[0][0] == "第0段。"
    # Now from the caret, scrolled into view first.
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    heard.clear()
    window.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
    window.speech.stop()
    assert heard[0][0] == "第150段。"
    # Reading on past the bottom of the view scrolls it.
    view.scroll_to_position(0)
    top = view.verticalScrollBar().value()
    window.speech.read_aloud.service.read_from(
        window.speech.read_aloud.text(), window.speech.read_aloud.start_position()
    )
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
    heard.clear()
    window.speech.service.next_paragraph()
    for _ in range(40):
        window.speech.service.next_paragraph()
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
    window.speech.stop()
    assert view.verticalScrollBar().value() > top
    ranges = heard[-1][1]
    assert ranges is not None
    rect = view.cursorRect(QTextCursor(view.document().findBlock(ranges[0][0])))
    assert 0 <= rect.top() < view.viewport().height()


def test_clicking_a_paragraph_while_reading_moves_the_reading_there(short: MainWindow, qtbot: QtBot) -> None:
    heard = record(short)
    short.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10000)
    view = short.reading_view
    block = view.document().begin()
    while not block.text().startswith("七八九"):
        block = block.next()
    assert block.isValid()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 1)
    point = view.cursorRect(cursor).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=10000)
    short.commands["stop_speech"].trigger()
    assert heard[1][0] == SENTENCES[2]


def test_point_reading_speaks_the_sentence_the_pointer_rests_on(short: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QCursor

    heard = record(short)
    short.change(point_read=True)
    view = short.reading_view
    text = view.document().toPlainText()
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index("五"))
    point = view.cursorRect(cursor).center()
    QCursor.setPos(view.viewport().mapToGlobal(point))
    if QApplication.widgetAt(QCursor.pos()) is not view.viewport():
        pytest.skip("this platform plugin does not place the pointer (offscreen without a cursor)")
    QTest.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard[0][0] == SENTENCES[1]
