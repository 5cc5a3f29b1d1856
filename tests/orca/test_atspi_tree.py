"""The reader's AT-SPI tree as Orca gets it: every interactive object named, names in one language.

``tests/orca/walk.sh`` starts the reader on a private Xvfb, D-Bus session and AT-SPI bus, and
``atspi_walk.py`` (system Python, ``pyatspi``) prints each accessible object with its role, name,
description, states, actions and key bindings.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT_DIR, require_system
from tests.orca.test_orca import locale_available, mixes_languages

pytestmark = pytest.mark.system

SCRIPT = Path(__file__).with_name("walk.sh")
INTERACTIVE = {
    "push button", "check box", "toggle button", "radio button", "menu item", "check menu item",
    "radio menu item", "menu", "text", "entry", "spin button", "combo box", "list", "tree", "table",
    "page tab", "slider", "tree table", "split button",
}  # fmt: skip


def walk(language: str) -> list[dict[str, Any]]:
    for tool in ("Xvfb", "xdotool", "dbus-run-session"):
        if shutil.which(tool) is None:
            require_system(f"{tool} is not installed")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        require_system("the system Python has no pyatspi (python3-pyatspi)")
    if not locale_available(language):
        require_system(f"the {language} locale is not generated")
    if not (PROJECT_DIR / ".venv" / "bin" / "python").exists():
        require_system("the project's .venv (uv sync) is missing")
    result = subprocess.run(
        ["bash", str(SCRIPT), language], capture_output=True, text=True, timeout=180, check=False
    )
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows, result.stdout + result.stderr
    return rows


@pytest.fixture(scope="module")
def chinese_tree() -> list[dict[str, Any]]:
    return walk("zh_CN.UTF-8")


def test_no_interactive_object_is_unnamed(chinese_tree: list[dict[str, Any]]) -> None:
    unnamed = [r for r in chinese_tree if r["role"] in INTERACTIVE and not r["name"].strip()]
    assert unnamed == [], unnamed
    assert sum(r["role"] in INTERACTIVE for r in chinese_tree) > 100


def test_no_name_mixes_chinese_and_english(chinese_tree: list[dict[str, Any]]) -> None:
    file_label = "sample-article.html · 编码 utf-8"  # a file's name and encoding: data, not our words
    mixed = [r["name"] for r in chinese_tree if r["name"] != file_label and mixes_languages(r["name"])]
    assert mixed == []


def test_the_frame_carries_the_article_title(chinese_tree: list[dict[str, Any]]) -> None:
    frames = [r["name"] for r in chinese_tree if r["role"] == "frame"]
    assert frames and "青溪区" in frames[0] and frames[0].endswith("无障碍阅读器")


def test_buttons_can_be_pressed_and_say_their_keys(chinese_tree: list[dict[str, Any]]) -> None:
    buttons = {r["name"]: r for r in chinese_tree if r["role"] in {"push button", "check box"}}
    for name in ("声音", "配色", "简/繁", "更多", "大鼠标 关", "十字线"):
        assert name in buttons, (name, sorted(buttons))
        assert "Press" in buttons[name]["actions"] or "Toggle" in buttons[name]["actions"], buttons[name]
    assert "Alt+Shift+X" in buttons["十字线"]["description"]
    # The key is the binding of the button's action, as menu items give theirs (not only words).
    assert "Alt+Shift+X" in buttons["十字线"]["keys"] and "Alt+Shift+C" in buttons["配色"]["keys"]
    assert "checked" in buttons["声音"]["states"]
    items = {r["name"]: r for r in chinese_tree if r["role"] == "menu item"}
    assert "Ctrl+O" in items["打开(O)…"]["keys"]
    assert "Alt+Shift+X" in items["十字线(X)"]["keys"]


def test_the_status_bar_is_not_hidden_behind_a_name(chinese_tree: list[dict[str, Any]]) -> None:
    bars = [r for r in chinese_tree if r["role"] == "status bar"]
    assert bars and bars[0]["name"] != "状态栏"
    assert any(r["role"] == "label" and "sample-article.html" in r["name"] for r in chinese_tree)
