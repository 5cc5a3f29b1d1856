"""What a blind reader hears: Orca, the Linux screen reader, run headless against the real window.

``tests/orca/transcript.sh`` starts a private Xvfb, D-Bus session and AT-SPI bus, the reader (xcb) and
Orca, whose speech goes to its debug log; it sends keys with xdotool and prints each key and each of
Orca's ``SPEECH OUTPUT`` lines with their times. One run per interface language goes through the
scenarios a reader meets first: the window and the article's title at start, a line read in the reading
view, Tab through the whole toolbar (names and states, one language), the crosshair switched on (said
once), the next heading, and the file dialog opened and cancelled (in the interface language).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, require_system

pytestmark = pytest.mark.system

SCRIPT = Path(__file__).with_name("transcript.sh")
TOOLBAR_BUTTONS = 15
KEYS = ["Down", *["Tab"] * TOOLBAR_BUTTONS, "Tab", "alt+shift+x", "h", "ctrl+o", "sleep:2", "Escape"]
FILTER = [*"alt", "plus", *"shift", "plus", "x"]  # typed into the shortcuts dialog's filter
KEY_EDITOR = ["F1", "sleep:2", *FILTER, "sleep:1", "Return", "alt+c", "sleep:2", "ctrl+shift+F9", "sleep:2"]
KEY_EDITOR += ["Tab", "sleep:1", "space", "sleep:2", "Escape", "sleep:1"]
"""Help ▸ shortcuts, find the crosshair by its key, 更改按键, press Ctrl+Shift+F9, Tab to 确定, press it."""
LIBRARY = ["sleep:3", "ctrl+l", "sleep:2", "2", "6", "0", "0", "sleep:1", "Tab", "Tab", "Return", "sleep:2"]
LIBRARY += ["ctrl+d", "sleep:2", "Return", "sleep:1", "ctrl+b", "sleep:2", "Return", "sleep:1"]
LIBRARY += ["ctrl+p", "sleep:2", "Down", "sleep:1"]
"""文库 (Ctrl+L), search "2600" as it is typed, Tab to the results, Enter opens at the hit; 添加书签 (Ctrl+D)
with an empty note, 书签列表 (Ctrl+B), Enter jumps there; then 拼音 on (Ctrl+P) and the next line read."""
KEY_WORDS = {
    "Alt",
    "Ctrl",
    "Control",
    "Shift",
    "Tab",
    "Escape",
    "Esc",
    "Enter",
    "Space",
    "Down",
    "Up",
    "Left",
    "Right",
}
WORD = re.compile(r"[A-Za-z][a-z]{2,}")
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Segment:
    """What Orca said after one key (``key`` "" for the start)."""

    key: str
    said: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.said)


def transcript(language: str, keys: list[str] = KEYS) -> list[Segment]:
    for tool in ("orca", "Xvfb", "xdotool", "dbus-run-session"):
        if shutil.which(tool) is None:
            require_system(f"{tool} is not installed")
    if not (PROJECT_DIR / ".venv" / "bin" / "python").exists():
        require_system("the project's .venv (uv sync) is missing")
    result = subprocess.run(
        ["bash", str(SCRIPT), language, *keys],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    segments = [Segment("")]
    for line in result.stdout.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] == "KEY":
            segments.append(Segment(parts[2]))
        elif len(parts) == 3 and parts[1] == "SAY":
            said = parts[2].strip().strip("'\"").strip()
            if said:
                segments[-1].said.append(said)
    print(result.stdout)  # the transcript, for the closing note and for whoever reads a failure
    assert len(segments) > 1, result.stdout + result.stderr
    return segments


def locale_available(name: str) -> bool:
    """Whether the C library has locale ``name`` (``locale -a`` writes "zh_CN.utf8")."""
    shown = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
    wanted = name.lower().replace("utf-8", "utf8")
    return any(entry.lower() == wanted for entry in shown)


def mixes_languages(text: str) -> bool:
    words = [w for w in WORD.findall(text) if w not in KEY_WORDS]
    return bool(HAN.search(text)) and bool(words)


def _keyed(segments: list[Segment], key: str) -> list[Segment]:
    return [segment for segment in segments if segment.key == key]


@pytest.fixture(scope="module")
def chinese() -> list[Segment]:
    if not locale_available("zh_CN.UTF-8"):
        require_system("the zh_CN.UTF-8 locale is not generated")
    return transcript("zh_CN.UTF-8")


@pytest.fixture(scope="module")
def english() -> list[Segment]:
    if not locale_available("en_US.UTF-8"):
        require_system("the en_US.UTF-8 locale is not generated")
    return transcript("en_US.UTF-8")


@pytest.fixture(scope="module")
def key_editing() -> list[Segment]:
    if not locale_available("zh_CN.UTF-8"):
        require_system("the zh_CN.UTF-8 locale is not generated")
    return transcript("zh_CN.UTF-8", KEY_EDITOR)


def test_a_key_is_changed_by_ear(key_editing: list[Segment]) -> None:
    found = _keyed(key_editing, "Return")[0].text
    assert "快捷键表" in found and "有 1 行" in found and "十字线" in found, found  # the filtered rows
    editor = _keyed(key_editing, "alt+c")[0].text
    assert "更改按键：十字线" in editor and "新按键" in editor, editor
    verdict = _keyed(key_editing, "ctrl+shift+F9")[0].text
    assert "Ctrl+Shift+F9 可以使用。" in verdict, verdict
    assert "确定 按钮" in _keyed(key_editing, "Tab")[0].text
    done = _keyed(key_editing, "space")[0].text
    assert "「十字线」的按键已改为 Ctrl+Shift+F9" in done, done
    mixed = [line for segment in key_editing for line in segment.said if mixes_languages(line)]
    assert mixed == []


@pytest.fixture(scope="module")
def library_by_ear() -> list[Segment]:
    if not locale_available("zh_CN.UTF-8"):
        require_system("the zh_CN.UTF-8 locale is not generated")
    return transcript("zh_CN.UTF-8", LIBRARY)


def test_the_library_is_searched_and_bookmarked_by_ear(library_by_ear: list[Segment]) -> None:
    opened = _keyed(library_by_ear, "ctrl+l")[0].text
    assert "文库 对话框" in opened and "搜索 文本" in opened, opened
    assert "找到 1 篇" in _keyed(library_by_ear, "0")[-1].text  # said as the search is typed
    result = _keyed(library_by_ear, "Tab")[1].text
    assert "文章列表" in result and "青溪区首家街道综合养老服务中心" in result and "2600" in result, result
    returns = _keyed(library_by_ear, "Return")
    assert "2600" in returns[0].text and "阅读区" in returns[0].text, returns[0].text  # at the hit
    note = _keyed(library_by_ear, "ctrl+d")[0].text
    assert "添加书签 对话框" in note and "备注 文本" in note and "2600" in note, note
    assert "已加书签：2600" in returns[1].text, returns[1].text
    listed = _keyed(library_by_ear, "ctrl+b")[0].text
    assert "书签 对话框" in listed and "1 个项目的列表" in listed and "2600" in listed, listed
    assert "阅读区" in returns[2].text, returns[2].text
    mixed = [line for segment in library_by_ear for line in segment.said if mixes_languages(line)]
    assert mixed == []


def test_pinyin_is_announced_and_never_read_as_text(library_by_ear: list[Segment]) -> None:
    assert "已显示：拼音（声调符号）" in _keyed(library_by_ear, "ctrl+p")[0].text
    line = _keyed(library_by_ear, "Down")[0].text
    assert HAN.search(line) and not re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,}", line), line


def test_start_says_the_window_with_the_article_title(chinese: list[Segment]) -> None:
    start = chinese[0].text
    assert "青溪区首家街道综合养老服务中心" in start and "无障碍阅读器" in start, start
    assert "阅读区" in start


def test_a_line_of_the_article_is_read(chinese: list[Segment]) -> None:
    down = _keyed(chinese, "Down")[0].text
    assert HAN.search(down), down


def test_tab_through_the_toolbar_in_one_language(chinese: list[Segment]) -> None:
    tabs = _keyed(chinese, "Tab")[:TOOLBAR_BUTTONS]
    heard = " ".join(segment.text for segment in tabs)
    for name in ("声音", "语速", "指读", "连读", "配色", "放大", "缩小", "大鼠标 关", "十字线", "大字幕"):
        assert name in heard, (name, heard)
    assert "复选框" in heard and "已勾选" in heard, "check boxes say their state"
    for segment in tabs:
        for said in segment.said:
            assert not mixes_languages(said), said


def test_the_crosshair_is_announced_once(chinese: list[Segment]) -> None:
    crosshair = _keyed(chinese, "alt+shift+x")[0]
    assert sum("十字线" in said for said in crosshair.said) == 1, crosshair.said


def test_next_heading_is_read(chinese: list[Segment]) -> None:
    heading = _keyed(chinese, "h")[0].text
    assert HAN.search(heading), heading


def test_the_file_dialog_speaks_chinese(chinese: list[Segment]) -> None:
    dialog = _keyed(chinese, "ctrl+o")[0].text
    assert "打开文件" in dialog and "对话框" in dialog, dialog
    for english_word in ("Look in", "File name", "Cancel", "Open"):
        assert english_word not in dialog


def test_the_english_interface_is_english_only(english: list[Segment]) -> None:
    start = english[0].text
    assert "Accessible Reader" in start, start
    tabs = " ".join(segment.text for segment in _keyed(english, "Tab")[:TOOLBAR_BUTTONS])
    assert "Sound" in tabs and "check box" in tabs, tabs
    assert not HAN.search(tabs.replace(start, "")), tabs
    crosshair = _keyed(english, "alt+shift+x")[0]
    assert sum("Crosshair" in said for said in crosshair.said) == 1, crosshair.said
    dialog = _keyed(english, "ctrl+o")[0].text
    assert "Open" in dialog and "dialog" in dialog, dialog
