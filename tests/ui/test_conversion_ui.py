"""简繁 conversion in the window: the menu, the kept reading position, memory per script, ``--convert``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.cli import main as cli_main
from reader.core.document import Block, BlockKind
from reader.core.settings import SettingsStore
from reader.ui import conversionview
from reader.ui.app import run
from reader.ui.mainwindow import MainWindow
from tests.ui.articles import make_opened, numbered_paragraphs
from tests.ui.test_accessibility import mixes_languages

pytestmark = pytest.mark.gui

ENTRIES = ("原文", "简体中文", "繁體中文", "台灣正體", "台灣正體（詞彙）", "香港繁體")
TRADITIONAL = [Block(BlockKind.PARAGRAPH, "臺北市政府今日發佈新聞稿，說明軟體與網路服務的調整。")]
# Phrase conversion changes lengths here (U盘→隨身碟, 软件→軟體, 网络→網路): positions must still map.
PHRASES = "市民可用U盘把软件和网络资料带到服务中心。"


def _blocks(count: int) -> list[Block]:
    return [
        Block(BlockKind.PARAGRAPH, PHRASES + block.text) if index % 3 == 0 else block
        for index, block in enumerate(numbered_paragraphs(count))
    ]


def _top_text(window: MainWindow) -> str:
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.reading_position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_menu_has_the_plain_names_exclusive_and_reachable(window: MainWindow) -> None:
    menu = window.convert_menu
    assert isinstance(menu, QMenu)
    assert menu.accessibleName() == "简/繁"
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text().split("(")[0] for a in actions] == list(ENTRIES)
    for action in actions:
        assert action.isCheckable()
        assert action.actionGroup() is not None and action.actionGroup().isExclusive()
        assert "&" in action.text(), "a mnemonic makes it keyboard-reachable"
        name = action.toolTip()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in name) and not mixes_languages(name), name
    assert window.commands["convert_none"].isChecked()
    assert window.commands["convert"].menu() is menu
    # The View menu holds it too.
    view_menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(menu in [a.menu() for a in v.actions()] for v in view_menus if v is not None)


def test_switching_keeps_the_same_sentence_at_the_top(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.show_opened(make_opened(tmp_path, _blocks(120)))
    view = window.reading_view
    document = view.document()
    block = document.findBlockByNumber(
        61
    )  # title, then paragraphs: 第61段 (with phrases: 61 % 3 == 0 ⇒ idx 60)
    target = block.position() + block.text().index("第61段第4句")
    view.scroll_to_position(target)
    caret = QTextCursor(document)
    caret.setPosition(target + 2)
    view.setTextCursor(caret)
    before = _top_text(window)
    assert before.startswith("第61段第4句")

    for config in ("s2twp", "s2hk", "t2s"):
        window.choose_conversion(config)
        assert window.conversion == config
        assert _top_text(window).startswith("第61段第4句"), config
        assert view.textCursor().position() == view.reading_position() + 2
    window.choose_conversion("s2twp")
    assert "隨身碟" in view.document().toPlainText()
    window.choose_conversion(None)
    assert window.conversion is None
    assert view.reading_position() == target
    assert view.textCursor().position() == target + 2
    assert _top_text(window) == before
    assert window.commands["convert_none"].isChecked()


def test_phrase_block_maps_inside_changed_lengths(window: MainWindow, tmp_path: Path) -> None:
    window.show_opened(make_opened(tmp_path, [Block(BlockKind.PARAGRAPH, PHRASES * 3)]))
    view = window.reading_view
    block = view.document().findBlockByNumber(1)
    start = block.position() + len(PHRASES) * 2 + PHRASES.index("服务")
    caret = QTextCursor(view.document())
    caret.setPosition(start)
    view.setTextCursor(caret)
    window.choose_conversion("s2twp")
    converted = view.document().findBlockByNumber(1)
    offset = view.textCursor().position() - converted.position()
    assert converted.text()[offset:].startswith("服務中心")
    window.choose_conversion(None)
    assert view.textCursor().position() == start


def test_choice_is_remembered_per_script(window: MainWindow, tmp_path: Path) -> None:
    window.show_opened(make_opened(tmp_path, numbered_paragraphs(3)))
    assert window.article_script == "hans"
    window.commands["convert_s2t"].trigger()
    assert window.settings.last_convert == {"hans": "s2t"}
    window.show_opened(make_opened(tmp_path, numbered_paragraphs(4)))
    assert window.conversion == "s2t"
    assert window.commands["convert_s2t"].isChecked()
    assert "綜合養老服務中心" in window.reading_view.document().toPlainText()
    # A traditional article is not converted to traditional, and its own choice is kept apart.
    window.show_opened(make_opened(tmp_path, TRADITIONAL, title="臺北市新聞稿"))
    assert window.article_script == "hant"
    assert window.conversion is None
    window.commands["convert_t2s"].trigger()
    assert window.settings.last_convert == {"hans": "s2t", "hant": "t2s"}
    assert "台北市政府今日发布新闻稿" in window.reading_view.document().toPlainText()
    window.commands["convert_none"].trigger()
    assert window.settings.last_convert["hant"] == "none"
    window.show_opened(make_opened(tmp_path, TRADITIONAL))
    assert window.conversion is None


def test_remembered_choice_of_the_wrong_script_is_not_applied(
    qtbot: QtBot, store: SettingsStore, tmp_path: Path
) -> None:
    main = MainWindow(store=store, is_persistent=False)
    qtbot.addWidget(main)
    main.change(last_convert={"hant": "s2tw"})
    main.show_opened(make_opened(tmp_path, TRADITIONAL))
    assert main.conversion is None


def test_whole_page_is_converted_too(window: MainWindow, tmp_path: Path) -> None:
    window.show_opened(
        make_opened(tmp_path, numbered_paragraphs(2), page_text="首页\n养老服务中心投入运营\n")
    )
    window.choose_conversion("s2tw")
    window.commands["whole_page"].trigger()
    assert "養老服務中心投入運營" in window.reading_view.document().toPlainText()
    window.choose_conversion(None)
    assert "养老服务中心投入运营" in window.reading_view.document().toPlainText()


def test_large_article_converts_in_slices_and_reports_progress(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    blocks = numbered_paragraphs(700)  # ~90,000 characters: over the one-go limit
    opened = make_opened(tmp_path, blocks)
    window.show_opened(opened)
    assert window.display is not None
    assert window.display.character_count > conversionview.SMALL_DOCUMENT
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.choose_conversion("s2t")
    assert window.conversion is None, "not done at once"
    qtbot.waitUntil(lambda: window.conversion == "s2t", timeout=10_000)
    assert any("%" in message for message in messages)
    assert window.display is not None
    text = "\n".join(window.display.texts)
    assert "第700段第6句街道綜合養老服務中心" in text
    assert "养老" not in text


def test_switching_again_while_converting_cancels_the_first(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.show_opened(make_opened(tmp_path, numbered_paragraphs(700)))
    window.choose_conversion("s2t")
    window.choose_conversion(None)
    qtbot.wait(200)
    assert window.conversion is None
    assert window.commands["convert_none"].isChecked()


def test_convert_option_applies_for_the_run(qtbot: QtBot, store: SettingsStore, tmp_path: Path) -> None:
    main = MainWindow(store=store, convert="s2hk", is_persistent=False)
    qtbot.addWidget(main)
    main.show_opened(make_opened(tmp_path, numbered_paragraphs(2)))
    assert main.conversion == "s2hk"
    assert main.settings.last_convert == {}, "a run's option is not remembered"


def test_unknown_convert_option_exits_2_with_the_list(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(None, convert="s2x", screenshot=tmp_path / "x.png") == 2
    err = capsys.readouterr().err
    assert "s2x" in err and "s2twp" in err
    assert cli_main(["--convert", "nonsense"]) == 2
    err = capsys.readouterr().err
    assert "nonsense" in err and "s2twp" in err


def test_any_config_from_the_command_line_checks_the_entry_of_its_script(
    qtbot: QtBot, store: SettingsStore, tmp_path: Path
) -> None:
    main = MainWindow(store=store, convert="tw2sp", is_persistent=False)
    qtbot.addWidget(main)
    main.show_opened(make_opened(tmp_path, TRADITIONAL, title="臺北市新聞稿"))
    assert main.conversion == "tw2sp"
    assert main.commands["convert_t2s"].isChecked()
    assert "台北市新闻稿" in main.windowTitle()
    assert conversionview.menu_key("t2hk") == "s2hk"
    assert conversionview.menu_key("s2twp") == "s2twp"
    assert conversionview.menu_key("hk2t") == "s2t"


def test_conversion_gives_no_qt_warnings(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, qtlog: pytest.LogCaptureFixture
) -> None:
    window.show_opened(make_opened(tmp_path, _blocks(500)))
    for config in ("s2twp", "t2s", None, "s2hk"):
        window.choose_conversion(config)
        qtbot.waitUntil(lambda c=config: window.conversion == c, timeout=10_000)
    window.commands["whole_page"].trigger()
    window.commands["convert_none"].trigger()
    messages = [r.message for r in qtlog.records if "This plugin does not support" not in r.message]
    assert messages == []
    assert window.findChildren(conversionview.DocumentConversion) == [] or all(
        not job.is_running for job in window.findChildren(conversionview.DocumentConversion)
    )


def test_whole_page_positions_map_through_phrases_when_first_shown_converted(
    window: MainWindow, tmp_path: Path
) -> None:
    page = "\n".join(f"第{n}行{PHRASES}" for n in range(1, 40))
    window.show_opened(make_opened(tmp_path, numbered_paragraphs(2), page_text=page))
    window.choose_conversion("s2twp")
    window.commands["whole_page"].trigger()
    view = window.reading_view
    block = view.document().findBlockByNumber(20)
    at = block.position() + block.text().index("資料")
    caret = QTextCursor(view.document())
    caret.setPosition(at)
    view.setTextCursor(caret)
    window.choose_conversion(None)
    original = view.document().findBlockByNumber(20)
    assert original.text()[view.textCursor().position() - original.position() :].startswith("资料")


def test_convert_option_through_the_app(qapp: object, tmp_path: Path) -> None:
    shot = tmp_path / "converted.png"
    assert run(None, convert="s2twp", screenshot=shot) == 0
    assert shot.stat().st_size > 0
