"""Interface translations: zh_TW and zh_HK built from the zh_CN source strings through OpenCC.

``packaging/build_translations.py --check`` fails when a string was added or changed in
``reader/ui/strings/`` without rebuilding the ``.ts``/``.qm`` files, so every interface string exists in
every shipped language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.resources import resources_dir
from reader.ui import strings
from reader.ui.mainwindow import MainWindow
from tests.conftest import PROJECT_DIR

pytestmark = pytest.mark.gui


def test_the_translation_files_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "packaging" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def translator(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QTranslator]:
    language = request.param
    loaded = QTranslator()
    assert loaded.load(str(resources_dir() / "translations" / f"reader_{language}.qm"))
    QCoreApplication.installTranslator(loaded)
    yield loaded
    QCoreApplication.removeTranslator(loaded)


@pytest.mark.parametrize(
    ("translator", "expected_label", "expected_word"),
    [("zh_TW", "開啟(&O)…", "網頁"), ("zh_HK", "開啟(&O)…", "網頁")],
    indirect=["translator"],
)
def test_controls_read_in_the_readers_script(
    translator: QTranslator, expected_label: str, expected_word: str
) -> None:
    control = strings.open_file()
    assert control.label == expected_label
    assert expected_word in control.description
    assert control.name == expected_label.replace("(&O)…", "")


@pytest.mark.parametrize("translator", ["zh_TW", "zh_HK"], indirect=True)
def test_reviewed_wording_wins_over_the_opencc_draft(translator: QTranslator) -> None:
    # s2twp would say 大滑鼠 (a big mouse device); the reviewed wording is the big pointer.
    assert strings.pointer().name == "大滑鼠指標"
    assert "大滑鼠指標" in strings.pointer_state("off")


@pytest.mark.parametrize("translator", ["en"], indirect=True)
def test_english_is_one_language_with_plurals(translator: QTranslator) -> None:
    assert strings.sound().name == "Sound"
    assert strings.settings_problems(1).startswith("1 setting could")
    assert strings.settings_problems(3).startswith("3 settings could")
    assert strings.theme_label("yellow-on-black", "") == "Yellow on black"


def test_chinese_counts_are_filled_in_without_a_translation(qapp: QApplication) -> None:
    assert strings.settings_problems(2) == "设置中有 2 处问题已用默认值代替。"


def test_the_ts_files_have_a_context_per_feature_and_translator_comments() -> None:
    text = (resources_dir() / "translations" / "reader_en.ts").read_text(encoding="utf-8")
    for context in ("Application", "MainWindow", "Toolbar", "Dialogs", "Reading", "Check", "Status"):
        assert f"<name>{context}</name>" in text
    assert "<extracomment>" in text
    assert '<message numerus="yes">' in text


def test_without_a_translation_the_source_strings_show(qapp: QApplication) -> None:
    assert strings.open_file().label == "打开(&O)…"


def test_the_interface_language_is_chosen_in_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    entry = window.commands["language_zh_TW"]
    assert entry.isCheckable()
    assert window.commands["language_system"].isChecked()
    entry.trigger()
    assert window.settings.interface_language == "zh_TW"
    assert "下次启动" in window.status_text()


def _printed_at_start(tmp_path: Path, language: str, shown: str) -> str:
    """What a fresh application, started with ``language`` saved, prints for the expression ``shown``."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"version": 1, "interface_language": language}))
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from reader.ui.app import application\n"
        "from reader.ui import strings\n"
        "application()\n"
        f"print({shown})\n"
    )
    env = {**os.environ, "READER_CONFIG_DIR": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=PROJECT_DIR, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("language", "expected"), [("zh_TW", "開啟(&O)…"), ("en", "&Open…"), ("zh_CN", "打开(&O)…")]
)
def test_a_saved_interface_language_is_used_at_start(tmp_path: Path, language: str, expected: str) -> None:
    assert _printed_at_start(tmp_path, language, "strings.open_file().label") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_CN", "取消|文件名称(&N)："),
        ("zh_TW", "取消|檔名(&N)："),
        ("zh_HK", "取消|檔名(&N)："),
        ("en", "Cancel|File &name:"),
    ],
)
def test_qts_own_dialogs_speak_the_interface_language(tmp_path: Path, language: str, expected: str) -> None:
    # The file dialog's labels and the message box buttons come from Qt's qtbase translations.
    shown = (
        "QCoreApplication.translate('QPlatformTheme', 'Cancel') + '|'"
        " + QCoreApplication.translate('QFileDialog', 'File &name:')"
    )
    assert _printed_at_start(tmp_path, language, shown) == expected
