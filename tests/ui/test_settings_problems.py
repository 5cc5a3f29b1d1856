"""Settings problems and custom colours' contrast: core's codes worded by the window in one language.

Core (``reader.core.settings``, ``reader.core.themes``) reports problems as messages with a code and
parameters; ``reader.ui.strings.problems`` words them. These tests produce every code from real bad
input (settings data, settings files, colours), check that each has a wording, that the Chinese wording
has no English in it and the English wording no Chinese (the user's values, paths and the defaults,
which are shown as the file writes them, aside), and follow a bad file to the window's notice and bad
colours to the scheme editor.
"""

from __future__ import annotations

import ast
import contextlib
import errno
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.messages import Message
from reader.core.resources import resources_dir
from reader.core.settings import FILE_NAME, Settings, SettingsStore, options, save_problem
from reader.core.themes import Theme, get_theme
from reader.ui import strings
from reader.ui.mainwindow import MainWindow
from reader.ui.schemedialog import SchemeDialog
from tests.conftest import PROJECT_DIR
from tests.ui.test_accessibility import CJK, WORD

pytestmark = pytest.mark.gui

CORE_SOURCES = [
    *sorted((PROJECT_DIR / "reader" / "core" / "settings").glob("*.py")),
    PROJECT_DIR / "reader/core/themes.py",
]
CODE = re.compile(r"(settings|theme)\.[a-z_]+")


def codes_in_core() -> set[str]:
    """Every ``settings.*`` / ``theme.*`` code written in core's settings and themes modules."""
    found = set()
    for path in CORE_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                found.add(node.value)
    found.discard(FILE_NAME)  # "settings.json" is the file's name, not a code
    return found


def _from(data: object) -> list[Message]:
    return Settings.from_dict(data)[1]


def _loaded(tmp_path: Path, name: str, content: bytes, *, is_read_only: bool = False) -> list[Message]:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "settings.json").write_bytes(content)
    return SettingsStore(folder / "settings.json").load(is_read_only=is_read_only)[1]


def real_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    """The problems core finds in real bad input: at least one of every code."""
    v = {"version": 1}
    found = [
        *_from([("bold", True)]),
        *_from({"version": "one"}),
        *_from({"version": 99}),
        *_from({"version": -3}),
        *_from({**v, "max_line_width_chars": 30.5, "font_size_pt": "big", "speech_rate": float("nan")}),
        *_from({**v, "bold": "yes", "font_family": 12, "recent_files": "a.html", "last_convert": ["s2t"]}),
        *_from({**v, "custom_theme": "#000", "max_line_width_chars": -4, "alignment": "right"}),
        *_from({**v, "font_size_pt": 500, "speech_rate": 9999, "speech_volume": -5, "line_spacing": 10}),
        *_from({**v, "letter_spacing_em": 2, "max_line_width_chars": 5, "theme": "purple"}),
        *_from({**v, "font_family": "x" * 201, "window_geometry": "a\x00b"}),
        *_from({**v, "recent_files": [1, "/a.html", "/a.html"], "voices": {"klingon": "x"}}),
        *_from({**v, "custom_theme": {"text": "#111111", "background": "white", "glow": "#fff"}}),
        *_from({**v, "custom_theme": {"text": "#111111", "focus": "red"}}),
        *_from({**v, "custom_theme": {"text": "#111111", "glow": "#fff"}}),
        *_from({**v, "theme": "custom", "custom_theme": {"text": "#777777", "background": "#888888"}}),
        *_loaded(tmp_path, "big", b" " * (2 * 1024 * 1024)),
        *_loaded(tmp_path, "binary", b"\x89PNG\r\n\x1a\n\x00\x00"),
        *_loaded(tmp_path, "json", b"{not json"),
        *_loaded(tmp_path, "array", b"[1, 2]"),
        *_loaded(tmp_path, "read-only", b"{not json", is_read_only=True),
    ]
    (tmp_path / "folder" / "settings.json").mkdir(parents=True)
    found += SettingsStore(tmp_path / "folder" / "settings.json").load()[1]
    for error in (
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.EIO, "Input/output error"),
    ):

        def refused(self: Path, *args: object, failure: OSError = error, **kwargs: object) -> object:
            raise failure

        with monkeypatch.context() as patch:
            patch.setattr(Path, "open", refused)
            found += SettingsStore(tmp_path / "json" / "settings.json").load()[1]
    for failure in (
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EIO, "Input/output error"),
    ):
        found.append(save_problem(tmp_path / "settings.json", failure))
    for result in (
        Theme.custom(text="black", background="#fff"),
        Theme.custom(text="#777777", background="#ffffff", link="#aaaaff", focus="#eeeeee"),
        Theme.custom(
            text="#666666", background="#ffffff", highlight_text="#777777", highlight_background="#888888"
        ),
    ):
        found += [*result.errors, *result.warnings]
    return found


@pytest.fixture
def problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    return real_problems(tmp_path, monkeypatch)


@contextlib.contextmanager
def interface(language: str) -> Iterator[None]:
    """The window's strings in ``language`` (its ``.qm`` file installed) for the ``with`` block."""
    loaded = QTranslator()
    assert loaded.load(str(resources_dir() / "translations" / f"reader_{language}.qm"))
    QCoreApplication.installTranslator(loaded)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(loaded)


def without_parameters(text: str, message: Message) -> str:
    """``text`` without the parameters shown as written (values, paths, defaults, unknown keys)."""
    for value in sorted((str(v) for v in message.params.values()), key=len, reverse=True):
        if value:
            text = text.replace(value, "")
    return text


# --- every code has a wording ------------------------------------------------------------------------


def test_every_code_core_can_produce_has_a_wording_and_real_input_produces_each(
    problems: list[Message],
) -> None:
    written = codes_in_core()
    assert len(written) > 30
    assert written <= strings.settings_worded_codes(), "codes without a wording"
    assert strings.settings_worded_codes() <= written, "wordings of codes core no longer has"
    assert {problem.code for problem in problems} == written, "every code comes from real input"


def test_every_setting_has_a_name_of_its_own(qapp: QApplication) -> None:
    unknown = strings.option_name("no_such_setting")
    names = {option.name: strings.option_name(option.name) for option in options()}
    assert unknown not in names.values(), [name for name, shown in names.items() if shown == unknown]
    assert len(set(names.values())) == len(names), "two settings share a name"


@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW", "zh_HK"])
def test_each_problem_reads_in_one_language(
    qapp: QApplication, problems: list[Message], language: str
) -> None:
    context = interface(language) if language != "zh_CN" else contextlib.nullcontext()
    with context:
        for problem in problems:
            text = strings.settings_problem_text(problem)
            rest = without_parameters(text, problem)
            assert text and "{" not in rest and "%n" not in text, (problem, text)
            if language == "en":
                assert not CJK.search(rest), (problem.code, text)
            else:
                assert not WORD.findall(rest), (problem.code, text)
                assert CJK.search(rest), (problem.code, text)
            if language in ("zh_TW", "zh_HK"):
                assert not re.search("[“”]|设置|默认|文件", text), (problem.code, text)


def test_the_chinese_wording_names_the_option_value_default_and_limits(qapp: QApplication) -> None:
    shown = [
        strings.settings_problem_text(p)
        for p in _from({"version": 1, "font_size_pt": "big", "line_spacing": 9})
    ]
    assert shown == [
        '“字号”的值 "big" 不是数字，已改用默认值 16。',
        "“行距”的值 9 超出范围（1 倍 到 3 倍），已改为 3 倍。",
    ]
    (unreadable,) = _from(
        {"version": 1, "theme": "custom", "custom_theme": {"text": "#777777", "background": "#888888"}}
    )
    assert strings.settings_problem_text(unreadable) == (
        "自定义颜色看不清（文字/背景的对比度只有 1.26:1，低于 4.5:1），已改用配色“跟随系统”。"
    )
    (dropped,) = _from({"version": 1, "voices": {"klingon": "x", "elvish": "y"}})
    assert strings.settings_problem_text(dropped) == "“嗓音”中有 2 项无效，已去掉。"


def test_the_english_wording_counts_with_plurals(qapp: QApplication) -> None:
    (one,) = _from({"version": 1, "voices": {"klingon": "x"}})
    (two,) = _from({"version": 1, "voices": {"klingon": "x", "elvish": "y"}})
    (speed,) = _from({"version": 1, "speech_rate": 9999})
    with interface("en"):
        assert strings.settings_problem_text(one) == "Voices: 1 invalid entry was dropped."
        assert strings.settings_problem_text(two) == "Voices: 2 invalid entries were dropped."
        assert strings.settings_problem_text(speed) == (
            "Speech rate: 9999 is outside 80 words per minute to 450 words per minute; "
            "changed to 450 words per minute."
        )


def test_a_code_without_a_wording_still_reads_in_the_interface_language(qapp: QApplication) -> None:
    newer = Message(
        "settings.from_the_future",
        "Setting “Text size”: something new.",
        {"option": "font_size_pt", "count": 3},
    )
    assert strings.settings_problem_text(newer) == "设置有一处问题：字号、3。"
    assert strings.settings_problem_text(Message("settings.other", "Something.")) == "设置有一处问题。"


# --- in the window -----------------------------------------------------------------------------------


def _bad_file(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    data = {"version": 1, "font_size_pt": 500, "theme": "purple", "bold": "yes", "recent_files": [3]}
    store.path.write_text(json.dumps(data), encoding="utf-8")


def _notice_text(qtbot: QtBot, store: SettingsStore) -> tuple[MainWindow, str]:
    window = MainWindow(store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.problem_notice is not None)
    assert window.problem_notice is not None
    return window, window.problem_notice.informativeText()


def test_the_window_tells_the_problems_of_a_bad_file_in_chinese(qtbot: QtBot, store: SettingsStore) -> None:
    _bad_file(store)
    window, details = _notice_text(qtbot, store)
    assert [p.code for p in window.problems] == [
        "settings.out_of_range",
        "settings.unknown_theme",
        "settings.not_boolean",
        "settings.entries_dropped",
    ]
    for problem in window.problems:
        assert strings.settings_problem_text(problem) in details
    assert "“字号”的值 500 超出范围（12 磅 到 120 磅），已改为 120 磅。" in details
    assert "“最近打开的文件”中有 1 项无效、重复或多余，已去掉。" in details
    rest = details
    for problem in window.problems:
        rest = without_parameters(rest, problem)
    assert not WORD.findall(rest), details


def test_the_window_tells_the_problems_in_english_in_an_english_interface(
    qtbot: QtBot, store: SettingsStore
) -> None:
    _bad_file(store)
    with interface("en"):
        window, details = _notice_text(qtbot, store)
        assert "Text size: 500 is outside 12 pt to 120 pt; changed to 120 pt." in details
        assert 'Colour scheme: "purple" is not a known colour scheme; using “System colours”.' in details
        assert not CJK.search(details), details
        window.problem_notice.close()  # type: ignore[union-attr]
        window.close()


def test_a_damaged_file_is_told_with_the_name_it_was_kept_as(qtbot: QtBot, store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{ not json", encoding="utf-8")
    window, details = _notice_text(qtbot, store)
    (problem,) = window.problems
    assert problem.code == "settings.file_not_json"
    kept_as = str(problem.params["kept_as"])
    assert kept_as.startswith("settings.json.corrupt-")
    assert details.endswith(f"• 设置文件 {store.path} 已损坏：格式不对。已另存为 {kept_as}，现用默认设置。")


def test_a_failed_save_is_told_in_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    store = SettingsStore(blocker / "settings.json")
    with interface("zh_TW"):
        window = MainWindow(store=store)
        qtbot.addWidget(window)
        window.larger_text()
        assert not window.save_settings()
        assert window.status_text() == f"無法儲存設定：寫入 {store.path} 時發生錯誤。"
        window.close()


def test_a_window_that_shows_no_notice_prints_and_logs_the_english(
    qtbot: QtBot, store: SettingsStore, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("[]", encoding="utf-8")
    window = MainWindow(store=store, shows_problems=False, is_persistent=False)
    qtbot.addWidget(window)
    printed = capfd.readouterr().err
    assert (
        f"reader: warning: The settings file {store.path} is damaged (it does not hold named settings)"
        in printed
    )
    assert not CJK.search(printed)
    assert any("does not hold named settings" in record.getMessage() for record in caplog.records)
    assert window.problem_notice is None


# --- the custom scheme editor ------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> SchemeDialog:
    dialog = SchemeDialog(None, get_theme("black-on-white"), picker=lambda c, p, t: QColor("#003300"))
    qtbot.addWidget(dialog)
    return dialog


def test_the_scheme_editor_words_contrast_problems(editor: SchemeDialog) -> None:
    editor.set_colour("link", "#aaaaff")
    shown = editor.messages.text()
    assert "链接/背景的对比度只有 2.12:1，低于 4.5:1。" in shown
    assert not editor.save_button.isEnabled()
    editor.set_colour("link", "#0000c0")
    editor.set_colour("text", "#666666")
    shown = editor.messages.text()
    assert "文字/背景的对比度只有 5.74:1，低于 7:1。" in shown
    assert editor.messages.accessibleDescription() == shown
    assert not WORD.findall(shown), shown


def test_the_scheme_editor_speaks_english_in_an_english_interface(qtbot: QtBot) -> None:
    with interface("en"):
        dialog = SchemeDialog(None, get_theme("black-on-white"))
        qtbot.addWidget(dialog)
        dialog.set_colour("focus", "#eeeeee")
        shown = dialog.messages.text()
        assert "The contrast of focus/background is only 1.16:1, below 3:1." in shown
        assert not CJK.search(shown), shown
