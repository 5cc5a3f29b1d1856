"""Settings through the window: saved after a change, restored at start, problems told once, overrides.

Each test has its own settings file (the ``store`` fixture, or a ``SettingsStore`` in ``tmp_path``);
``READER_CONFIG_DIR`` is honoured when no store is given.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.settings import Settings, SettingsStore
from reader.ui.app import run
from reader.ui.mainwindow import MainWindow
from reader.ui.settingscontroller import SAVE_DELAY_MS

pytestmark = pytest.mark.gui


def open_window(qtbot: QtBot, store: SettingsStore, **options: object) -> MainWindow:
    window = MainWindow(store=store, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(900, 650)
    window.show()
    qtbot.waitExposed(window)
    return window


def saved(store: SettingsStore) -> dict[str, object]:
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_changes_are_saved_soon_and_restored(qtbot: QtBot, store: SettingsStore) -> None:
    first = open_window(qtbot, store)
    first.larger_text()
    first.commands["scheme_yellow-on-blue"].trigger()
    first.commands["crosshair"].trigger()
    first.change(line_spacing=2.0, shortcut_preset="app", line_focus=3)
    assert not store.path.exists(), "saving waits for the changes to settle"
    qtbot.waitUntil(store.path.exists, timeout=SAVE_DELAY_MS * 10)
    data = saved(store)
    assert data["version"] == 1
    assert data["font_size_pt"] == 18.0
    assert data["theme"] == "yellow-on-blue"
    assert data["crosshair"] is True
    first.close()

    second = open_window(qtbot, store)
    s = second.settings
    assert (s.font_size_pt, s.theme, s.crosshair, s.line_spacing, s.shortcut_preset, s.line_focus) == (
        18.0,
        "yellow-on-blue",
        True,
        2.0,
        "app",
        3,
    )
    assert second.reading_view.point_size == 18.0
    assert second.theme_manager.theme.name == "yellow-on-blue"
    assert second.crosshair.is_enabled
    assert second.line_focus.lines == 3
    assert second.commands["crosshair"].isChecked()
    assert second.problem_notice is None


def test_window_geometry_is_saved_on_close_and_restored(qtbot: QtBot, store: SettingsStore) -> None:
    first = open_window(qtbot, store)
    first.resize(760, 590)
    QApplication.processEvents()
    first.close()
    geometry = saved(store)["window_geometry"]
    assert isinstance(geometry, str)
    assert geometry
    second = MainWindow(store=store)
    qtbot.addWidget(second)
    assert second.restore_geometry()
    assert (second.width(), second.height()) == (760, 590)


def test_a_damaged_file_is_told_once_and_never_stops_the_window(qtbot: QtBot, store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{ this is not json", encoding="utf-8")
    first = open_window(qtbot, store)
    qtbot.waitUntil(lambda: first.problem_notice is not None)
    notice = first.problem_notice
    assert isinstance(notice, QMessageBox)
    assert notice.isVisible()
    assert not notice.isModal(), "the notice never blocks the reader"
    assert "损坏" in notice.informativeText()
    assert "1" in first.status_text()
    assert first.settings == Settings()
    assert list(store.path.parent.glob("settings.json.corrupt-*")), "the damaged file is kept aside"
    qtbot.waitUntil(store.path.exists, timeout=SAVE_DELAY_MS * 10)
    notice.close()
    first.close()

    second = open_window(qtbot, store)
    QApplication.processEvents()
    assert second.problems == []
    assert second.problem_notice is None


def test_wrong_values_fall_back_and_are_listed(qtbot: QtBot, store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        json.dumps({"version": 1, "font_size_pt": 500, "theme": "purple", "line_focus": 2, "bold": True}),
        encoding="utf-8",
    )
    window = open_window(qtbot, store)
    assert window.settings.font_size_pt == 120.0
    assert window.settings.theme == "default"
    assert window.settings.line_focus == 0
    assert window.settings.bold is True
    assert len(window.problems) == 3
    qtbot.waitUntil(lambda: window.problem_notice is not None)
    assert window.problem_notice is not None
    details = window.problem_notice.informativeText()
    assert "purple" in details
    assert "500" in details
    window.problem_notice.close()
    qtbot.waitUntil(lambda: saved(store).get("theme") == "default", timeout=SAVE_DELAY_MS * 10)


def test_notices_can_be_left_out(qtbot: QtBot, store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("[]", encoding="utf-8")
    window = open_window(qtbot, store, shows_problems=False, is_persistent=False)
    QApplication.processEvents()
    assert window.problems
    assert window.problem_notice is None
    window.larger_text()
    window.close()
    assert not store.path.exists() or store.path.read_text() == "[]"


def test_command_line_overrides_are_for_this_run_only(qtbot: QtBot, store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.save(Settings(font_size_pt=20.0, theme="black-on-cream"))
    window = open_window(qtbot, store, font_size=40.0, theme="yellow-on-black")
    assert window.settings.font_size_pt == 40.0
    assert window.reading_view.point_size == 40.0
    assert window.theme_manager.theme.name == "yellow-on-black"
    window.commands["crosshair"].trigger()
    assert window.save_settings()
    data = saved(store)
    assert (data["font_size_pt"], data["theme"], data["crosshair"]) == (20.0, "black-on-cream", True)
    # Once the user changes the size in the window, that choice is theirs and saved.
    window.larger_text()
    assert window.save_settings()
    assert saved(store)["font_size_pt"] == 48.0
    assert saved(store)["theme"] == "black-on-cream"


def test_unknown_theme_override_is_refused(qtbot: QtBot, store: SettingsStore) -> None:
    with pytest.raises(ValueError, match="valid themes"):
        MainWindow(store=store, theme="purple")


def test_the_config_folder_comes_from_the_environment(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "env-config"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.larger_text()
    assert window.save_settings()
    assert (tmp_path / "env-config" / "settings.json").is_file()


def test_save_failure_is_shown_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    window = open_window(qtbot, SettingsStore(blocker / "settings.json"))
    window.larger_text()
    assert not window.save_settings()
    assert "无法保存设置" in window.status_text()


def test_screenshot_run_reads_but_never_writes_settings(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cfg"
    monkeypatch.setenv("READER_CONFIG_DIR", str(folder))
    store = SettingsStore(folder / "settings.json")
    store.save(Settings(theme="white-on-black"))
    before = store.path.read_bytes()
    out = tmp_path / "shot.png"
    assert run(None, screenshot=out, font_size=30) == 0
    assert store.path.read_bytes() == before
    image = QImage(str(out))
    # The saved scheme is used: the page is black.
    assert image.pixelColor(image.width() // 2, image.height() - 60).lightness() < 40
