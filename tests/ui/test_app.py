"""``reader.ui.app.run``: screenshots offscreen, themes, and failures in screenshot mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.ui import strings
from reader.ui.app import run

pytestmark = pytest.mark.gui


def test_screenshot_of_the_sample(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert run(None, screenshot=out) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 800
    assert image.height() >= 600


def test_screenshot_with_font_size(qapp: object, tmp_path: Path) -> None:
    text = tmp_path / "大字.txt"
    text.write_text("大字标题\n\n正文。\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    assert run(text, font_size=40, theme="default", screenshot=out) == 0
    assert out.is_file()


def test_unknown_theme_is_refused(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(None, theme="nonexistent", screenshot=tmp_path / "x.png") == 2
    assert "nonexistent" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_unreadable_file_in_screenshot_mode_exits_2(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    assert run(missing, screenshot=tmp_path / "x.png") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reader: error: {missing}: ")
    assert err.count("\n") == 1


def test_screenshot_to_unwritable_place_fails(qapp: object, tmp_path: Path) -> None:
    assert run(None, screenshot=tmp_path / "no-such-dir" / "x.png") == 1


def test_strings_are_translatable_text() -> None:
    assert strings.window_title("标题") == "标题 — 无障碍阅读器"
    assert strings.date_line("2025-05-03") == "日期：2025-05-03"
    assert strings.source_line("民政局") == "来源：民政局"


def test_bug_in_extraction_is_reported_not_raised(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.ui.app as app_module

    def broken(path: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(app_module, "open_article", broken)
    assert run(None, screenshot=tmp_path / "x.png") == 2
    err = capsys.readouterr().err
    assert "reader: error:" in err
    assert "ValueError" in err
    assert "boom" in err
