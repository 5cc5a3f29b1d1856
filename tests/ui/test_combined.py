"""Features used together, one regression test per defect found where two features meet (issue 10).

The silent engine reads (conftest sets READER_SPEECH_ENGINE=silent), with clips of realistic length, so a
reading lasts long enough to change things while it runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.resources import sample_article
from reader.core.settings import SettingsStore
from reader.ui.mainwindow import MainWindow
from reader.ui.positions import doc_position

pytestmark = pytest.mark.gui

PARAGRAPHS = [
    "第一段：社区养老服务中心今天正式投入运营。中心提供助餐服务。",
    "第二段：市民可用U盘把软件资料带到服务中心。工作人员会提供帮助。",
    "第三段：中心还提供康复护理和日间照料。欢迎居民前来咨询。",
]


@pytest.fixture
def reading(tmp_path: Path, window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window reading a three-paragraph text aloud (连读 started, the first sentence heard)."""
    path = tmp_path / "notice.txt"
    path.write_text("养老服务中心投入运营\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(speech_rate=140)
    cursor = window.reading_view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.reading_view.setTextCursor(cursor)
    window.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: window.speech.service.current is not None, timeout=5000)
    return window


def _heard_text(window: MainWindow) -> str:
    """The text the highlight covers in the view's document now."""
    found = window.speech.read_aloud.highlighted()
    assert found is not None, "nothing is highlighted"
    start, end = found[0]
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_text_size_changes_while_reading_keep_reading_and_the_highlight(
    reading: MainWindow, qtbot: QtBot
) -> None:
    window = reading
    current = window.speech.service.current
    assert current is not None
    for _ in range(3):
        window.commands["larger"].trigger()
        qtbot.wait(30)
    window.commands["smaller"].trigger()
    window.change(line_spacing=2.0, bold=True)
    qtbot.wait(50)
    assert window.speech.say_all_state == "reading"
    heard = window.speech.service.current
    assert heard is not None
    assert _heard_text(window) == heard.text
    # It goes on to the next sentences in the new style (after a heading, past the rest that follows it).
    qtbot.waitUntil(lambda: window.speech.service.current not in (None, heard), timeout=10_000)
    heard = window.speech.service.current
    assert heard is not None and _heard_text(window) == heard.text


def test_scheme_change_while_reading(reading: MainWindow, qtbot: QtBot) -> None:
    window = reading
    for name in [n for n in window.commands if n.startswith("scheme_") and n != "scheme_custom"][:3]:
        window.commands[name].trigger()
        qtbot.wait(20)
    assert window.speech.say_all_state == "reading"
    heard = window.speech.service.current
    assert heard is not None and _heard_text(window) == heard.text


def test_conversion_while_reading_goes_on_from_the_same_sentence(reading: MainWindow, qtbot: QtBot) -> None:
    window = reading
    for _ in range(2):
        window.commands["next_paragraph"].trigger()
    qtbot.waitUntil(lambda: (u := window.speech.service.current) is not None and u.block >= 2, timeout=10_000)
    before = window.speech.service.current
    assert before is not None
    window.choose_conversion("s2twp")
    qtbot.waitUntil(lambda: window.speech.service.current is not None, timeout=5000)
    after = window.speech.service.current
    assert after is not None
    assert window.speech.say_all_state == "reading"
    assert after.block == before.block, "the same paragraph"
    assert "軟體" in after.text or "服務" in after.text or after.text.startswith("第")
    assert _heard_text(window) == after.text


def test_whole_page_while_reading_stops_cleanly(reading: MainWindow, qtbot: QtBot) -> None:
    window = reading
    window.commands["whole_page"].trigger()
    qtbot.wait(50)
    assert window.speech.say_all_state == "idle"
    assert window.speech.read_aloud.highlighted() is None
    assert not window.commands["continuous_read"].isChecked()


def test_opening_another_file_while_reading_stops(reading: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n内容。\n", encoding="utf-8")
    assert reading.open_path(other)
    qtbot.wait(50)
    assert reading.speech.say_all_state == "idle"
    assert reading.speech.read_aloud.highlighted() is None


def test_text_settings_open_any_number_of_times(window: MainWindow, qtbot: QtBot) -> None:
    for number in range(3):
        window.commands["text_settings"].trigger()
        dialog = window.text_dialog
        assert dialog is not None and dialog.isVisible(), number
        if number % 2:
            dialog.reject()
        else:
            dialog.accept()
        qtbot.waitUntil(lambda: window.text_dialog is None, timeout=2000)
    window.commands["help"].trigger()
    window.commands["help"].trigger()  # a second press raises the open one
    assert window.shortcuts_dialog is not None
    window.shortcuts_dialog.close()
    qtbot.waitUntil(lambda: window.shortcuts_dialog is None, timeout=2000)
    window.commands["help"].trigger()
    assert window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible()


def test_text_settings_dialog_keeps_changes_made_meanwhile(window: MainWindow, qtbot: QtBot) -> None:
    window.commands["text_settings"].trigger()
    dialog = window.text_dialog
    assert dialog is not None
    window.change(crosshair=True)
    dialog.line_spacing.setValue(2.0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.settings.line_spacing == 2.0, timeout=2000)
    assert window.settings.crosshair, "the dialog does not put back what it does not edit"
    dialog.accept()


def test_a_confirmation_is_not_a_reading(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("标题\n\n一二三。四五六。\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(announce_toggles="always")
    window.commands["crosshair"].trigger()  # spoken: 十字线已开启
    qtbot.waitUntil(lambda: window.speech.service.current is not None, timeout=5000)
    assert window.speech.service.state == "reading", "the confirmation is heard"
    assert window.speech.say_all_state == "idle"
    assert not window.commands["continuous_read"].isChecked()
    # 连读 pressed meanwhile starts the reading (it does not stop the confirmation).
    window.commands["continuous_read"].trigger()
    assert window.speech.say_all_state == "reading"
    assert window.commands["continuous_read"].isChecked()


def test_point_reading_does_not_wait_behind_a_confirmation(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "short.txt"
    path.write_text("标题\n\n一二三。四五六。\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(announce_toggles="always", point_read=True)
    window.speech.service.stop()
    window.commands["crosshair"].trigger()  # spoken: 十字线已开启 (a few seconds at this rate)
    qtbot.waitUntil(lambda: window.speech.service.current is not None, timeout=5000)
    confirmation = window.speech.service.current
    assert confirmation is not None and confirmation.is_message
    button = window.toolbar_buttons["larger"]
    button.setFocus()
    # 指读 has the NOW priority: the control's name is heard at once, the confirmation cut off.
    qtbot.waitUntil(lambda: window.speech.service.current is not confirmation, timeout=1000)
    current = window.speech.service.current
    assert current is not None and current.text == "放大"


def test_focus_during_continuous_reading_is_said_and_the_reading_goes_on(
    reading: MainWindow, qtbot: QtBot
) -> None:
    window = reading
    window.change(point_read=True)
    qtbot.waitUntil(lambda: not window.speech.service.current.is_message, timeout=10000)
    heard = window.speech.service.current
    window.toolbar_buttons["larger"].setFocus()
    qtbot.waitUntil(lambda: window.speech.service.current.text == "放大", timeout=1000)
    assert window.speech.say_all_state == "reading"
    assert window.commands["continuous_read"].isChecked()
    # The cut sentence is said again once the name has been said.
    qtbot.waitUntil(lambda: window.speech.service.current.text == heard.text, timeout=10000)
    assert _heard_text(window) == heard.text


def test_a_paused_reading_shows_it(reading: MainWindow, qtbot: QtBot) -> None:
    reading.commands["pause_speech"].trigger()
    qtbot.waitUntil(lambda: reading.speech.say_all_state == "paused", timeout=2000)
    action = reading.commands["continuous_read"]
    assert action.isChecked()
    assert "暂停" in action.iconText()
    reading.commands["pause_speech"].trigger()
    qtbot.waitUntil(lambda: reading.speech.say_all_state == "reading", timeout=2000)
    assert "暂停" not in action.iconText()


def test_export_reads_what_continuous_reading_reads(window: MainWindow) -> None:
    assert window.open_path(sample_article())
    display = window.display
    assert display is not None
    spoken = [display.block_text(index) for index in range(display.block_count())]
    assert any(text.startswith("日期") for text in spoken), "the sample's 日期/来源 line is read"
    assert any(text.startswith("〔图片") for text in spoken), "and its image captions"


def test_corrupt_settings_are_told_once_and_a_screenshot_leaves_the_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "settings.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG_DIR", str(folder))
    from reader.ui.app import run

    assert run(None, screenshot=tmp_path / "shot.png") == 0
    assert (folder / "settings.json").read_text(encoding="utf-8") == "{not json", "left where it was"
    assert not list(folder.glob("settings.json.*")), "nothing moved aside"

    window = MainWindow(store=SettingsStore(folder / "settings.json"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.problem_notice is not None, timeout=2000)
    assert window.problems
    assert window.settings_controller.take_problems() == [], "told once"
    assert (
        json.loads((folder / "settings.json").read_text(encoding="utf-8")) if window.save_settings() else True
    )


def test_positions_survive_a_restyle_and_a_conversion(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_path(sample_article())
    view = window.reading_view
    display = window.display
    assert display is not None
    block = next(i for i, b in enumerate(display.blocks) if len(b.text) > 20)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().findBlockByNumber(block).position() + 5)
    view.setTextCursor(cursor)
    before = doc_position(view.document(), view.textCursor().position())
    window.commands["larger"].trigger()
    assert doc_position(view.document(), view.textCursor().position()) == before
    window.choose_conversion("s2t")
    window.choose_conversion(None)
    assert doc_position(view.document(), view.textCursor().position()) == before


def test_reading_during_an_export_shares_the_one_engine_and_goes_first(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from reader.speech.queue import Lane, QueueClient
    from reader.speech.silent import SilentEngine

    assert window.open_path(sample_article())
    service = window.speech.service
    engine = service.engine
    made: list[QueueClient] = []
    original = service.background_engine

    def background() -> QueueClient:
        client = original()
        assert isinstance(client, QueueClient)
        made.append(client)
        return client

    service.background_engine = background  # type: ignore[method-assign]
    assert isinstance(engine, SilentEngine)
    engine.delay_next(0.05, 1000)  # each sentence takes a while to synthesise
    window.speech.start_export(tmp_path / "out.wav")
    qtbot.waitUntil(lambda: bool(made) and made[0].pending > 0, timeout=5000)
    assert made[0].queue is service.queue and made[0].lane is Lane.BACKGROUND
    window.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: service.current is not None, timeout=5000)
    assert window.speech.is_exporting, "heard while the export still runs"
    assert window.speech.say_all_state == "reading"
    window.commands["stop_speech"].trigger()
    qtbot.waitUntil(lambda: not window.speech.is_exporting, timeout=60_000)
    assert "已导出音频" in window.status_text(), "stopping the reading lost no export audio"
    assert service.engine is engine, "no second engine was made"


def test_a_larger_text_keeps_the_sentence_being_heard_in_sight(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(
        "\n".join(f"第{n}句：老人们在服务中心里读书看报，工作人员在一旁帮忙。" for n in range(1, 200)),
        encoding="utf-8",
    )
    window.resize(1000, 700)
    window.show()
    assert window.open_path(path)
    view = window.reading_view
    # The caret on a line near the bottom of the view: 连读 starts there, in sight.
    cursor = view.cursorForPosition(QPoint(40, view.viewport().height() * 3 // 4))
    view.setTextCursor(cursor)
    window.commands["continuous_read"].trigger()
    qtbot.waitUntil(lambda: window.speech.service.current is not None, timeout=5000)
    for _ in range(3):
        window.commands["larger"].trigger()
    qtbot.wait(50)
    found = window.speech.read_aloud.highlighted()
    assert found is not None
    start = QTextCursor(view.document())
    start.setPosition(found[0][0])
    rect = view.cursorRect(start)
    assert rect.top() >= 0 and rect.bottom() <= view.viewport().height(), "the sentence heard is in sight"
