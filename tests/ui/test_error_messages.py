"""Load and export failures in the window: core's codes worded in the interface language, naming the file.

Every code core can produce (``LOAD_CODES``, ``EXPORT_CODES``) has a wording of its own; in zh_CN it is
Chinese only and with the English translation loaded English only (parameters such as file names and
program names aside). Real bad files opened in the window show a message box in one language; failed
exports (audio and the check's report) are announced in one language. The command line and screenshot
runs keep printing the English.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core import loading
from reader.core.errors import LOAD_CODES
from reader.core.loading import BINARY_KINDS
from reader.core.messages import Message
from reader.core.resources import resources_dir, sample_article
from reader.speech import exportformats
from reader.speech.exportformats import EXPORT_CODES
from reader.ui import strings
from reader.ui.app import run
from reader.ui.mainwindow import MainWindow
from reader.ui.strings.errors import binary_kind_text, error_text, worded_codes
from tests.core.test_mhtml import PNG, chrome_archive
from tests.ui.test_accessibility import CJK, WORD

pytestmark = pytest.mark.gui

SAMPLE_PARAMS: dict[str, str | int] = {
    "detail": "Input/output error",
    "folder": "/tmp/导出",
    "path": "/tmp/导出/朗读.wav",
    "suffix": ".ogg",
    "encoder": "ffmpeg",
    "alternative": "lame",
    "install": "apt install ffmpeg",
    "install_other": "apt install lame",
    "size": 70 * 1024 * 1024,
    "limit": 64 * 1024 * 1024,
    "status": 3,
    "converter": "LibreOffice",
    "kind": "RuntimeError",
}
"""A value for every parameter any code has (``kind`` is the error type except for ``load.binary``)."""


def sample(code: str) -> Message:
    params = dict(SAMPLE_PARAMS, kind="png") if code == "load.binary" else SAMPLE_PARAMS
    return Message(code, f"english for {code}", params)


def without(text: str, *parts: object) -> str:
    """``text`` without the parameters shown in it (they are in their own language)."""
    for part in sorted((str(p) for p in parts), key=len, reverse=True):
        text = text.replace(part, " ")
    return text


def latin_words(text: str) -> list[str]:
    return WORD.findall(text)


ALL_CODES = sorted(LOAD_CODES | EXPORT_CODES)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language of the test: zh_CN (the source strings) or a loaded translation."""
    name: str = request.param
    if name == "zh_CN":
        yield name
        return
    loaded = QTranslator()
    assert loaded.load(str(resources_dir() / "translations" / f"reader_{name}.qm"))
    QCoreApplication.installTranslator(loaded)
    yield name
    QCoreApplication.removeTranslator(loaded)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes the window shows (title and text), recorded instead of blocking."""
    shown: list[str] = []

    def fake_warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    return shown


# --- every code has its wording ---------------------------------------------------------------------


def test_every_code_core_can_produce_has_a_wording_of_its_own() -> None:
    assert set(ALL_CODES) <= set(worded_codes())


def test_every_binary_kind_has_a_wording_of_its_own(qapp: QApplication) -> None:
    unknown = binary_kind_text("no-such-kind")
    worded = {kind: binary_kind_text(kind) for kind in BINARY_KINDS}
    assert unknown not in worded.values()
    assert len(set(worded.values())) >= len(BINARY_KINDS) - 1  # WAVE and FLAC are both "an audio file"


@pytest.mark.parametrize("code", ALL_CODES)
def test_the_chinese_wording_is_chinese_only(qapp: QApplication, code: str) -> None:
    text = error_text(sample(code))
    assert CJK.search(text), text
    assert latin_words(without(text, *SAMPLE_PARAMS.values())) == [], text
    assert "english" not in text


def test_every_binary_kind_is_chinese_only(qapp: QApplication) -> None:
    for kind in BINARY_KINDS:
        text = error_text(Message("load.binary", "x", {"kind": kind}))
        assert latin_words(text) == [], text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_wording_is_english_only(language: str) -> None:
    for code in ALL_CODES:
        text = error_text(sample(code))
        assert not CJK.search(without(text, *SAMPLE_PARAMS.values())), (code, text)
        assert text[:1].isupper() and "{" not in text, (code, text)
    for kind in BINARY_KINDS:
        assert not CJK.search(error_text(Message("load.binary", "x", {"kind": kind}))), kind


@pytest.mark.parametrize("language", ["zh_TW", "zh_HK"], indirect=True)
def test_the_traditional_wordings_are_loaded(language: str) -> None:
    translated = {code: error_text(sample(code)) for code in ALL_CODES}
    assert translated["load.missing"] == "檔案不存在。"
    assert translated["export.read_only"] == "這個位置是唯讀的，不能寫入。"
    assert "「.ogg」" in translated["export.unsupported_format"]


def test_sizes_and_an_unknown_code(qapp: QApplication) -> None:
    too_large = Message("load.too_large", "x", {"size": 70 * 1024 * 1024, "limit": 2048})
    assert error_text(too_large) == "文件太大（70 MB），本阅读器最多打开 2 KB 的文件。"
    newer = Message("load.from_the_future", "something new", {"detail": "第 3 行"})
    assert error_text(newer) == "出现了一个问题：第 3 行"
    assert error_text(Message("load.from_the_future", "something new")) == "出现了一个问题。"


# --- real bad files in the window -------------------------------------------------------------------

BAD_FILES: dict[str, tuple[str, str]] = {
    # file name → (zh_CN wording, English wording) of the reason shown
    "不存在.html": ("文件不存在。", "The file does not exist."),
    "文件夹": ("这是一个文件夹，不是文件。", "This is a folder, not a file."),
    "空.txt": ("文件是空的。", "The file is empty."),
    "空白.txt": ("文件里只有空白，没有文字。", "The file contains only white space, no text."),
    "图片.html": ("它看起来是一张 PNG 图片。", "it looks like a PNG image."),
    "乱码.html": ("其中有不属于文本的字节。", "it contains bytes that are not text."),
    "截断.mhtml": ("这个 MHTML 网页存档已损坏", "This MHTML web archive is broken"),
    "太大.txt": (
        "文件太大（2 KB），本阅读器最多打开 2 KB 的文件。",
        "The file is too large (2 KB); the reader opens files of up to 2 KB.",
    ),
    "锁定.html": ("没有读取这个文件的权限。", "You do not have permission to read this file."),
}


def _make_bad_files(folder: Path) -> dict[str, Path]:
    noise = bytes((i * 7919 + 13) * 2654435761 % 256 for i in range(1024))
    (folder / "文件夹").mkdir()
    contents = {
        "空.txt": b"",
        "空白.txt": b"  \n\t \r\n",
        "图片.html": PNG,
        "乱码.html": noise,
        "截断.mhtml": chrome_archive()[:260],
        "太大.txt": "字".encode() * 800,
        "锁定.html": "<p>正文。</p>".encode(),
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in BAD_FILES}


def _open_bad_files(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _make_bad_files(folder)
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 2000)
    original_open = Path.open

    def refuse_locked(self: Path, *args: object, **kwargs: object) -> object:
        # As root chmod 000 does not stop a read: the refusal of this one file is mocked.
        if self.name == "锁定.html":
            raise PermissionError(errno.EACCES, "Permission denied")
        return original_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse_locked)
    for path in paths.values():
        assert not window.open_path(path)
    assert QApplication.overrideCursor() is None


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_bad_files_are_explained_in_chinese_only(
    language: str, window: MainWindow, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_bad_files(window, tmp_path, monkeypatch)
    assert len(warnings) == len(BAD_FILES)
    for (name, (wording, _english)), shown in zip(BAD_FILES.items(), warnings, strict=True):
        assert shown.startswith("无法打开文件\n无法打开 "), shown
        assert name in shown
        assert wording in shown
        assert latin_words(without(shown, name)) == [], shown
        assert "当前文章保持不变" in shown


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_bad_files_are_explained_in_english_only(
    language: str, window: MainWindow, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_bad_files(window, tmp_path, monkeypatch)
    assert len(warnings) == len(BAD_FILES)
    for (name, (_wording, english)), shown in zip(BAD_FILES.items(), warnings, strict=True):
        assert shown.startswith("Cannot open file\nCould not open "), shown
        assert name in shown
        assert english in shown
        assert not CJK.search(without(shown, name)), shown


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_bug_is_reported_in_the_interface_language(
    language: str, window: MainWindow, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import opening

    def broken(path: object) -> object:
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(opening, "open_article", broken)
    page = tmp_path / "page.txt"
    page.write_text("正文。", encoding="utf-8")
    assert not window.open_path(page)
    (shown,) = warnings
    assert "RuntimeError" in shown and "extractor exploded" in shown and "page.txt" in shown
    rest = without(shown, "RuntimeError", "extractor exploded", "page.txt")
    if language == "en":
        assert "Internal error" in shown and not CJK.search(rest)
    else:
        assert "程序内部错误" in shown and latin_words(rest) == []


def test_a_failed_start_shows_the_reason_in_the_interface_language(
    qapp: QApplication, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text('{"version": 1, "interface_language": "zh_CN"}', encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG_DIR", str(config))
    original = QMessageBox.warning

    def record_and_quit(*args: object) -> QMessageBox.StandardButton:
        qapp.exit(0)  # the run's event loop returns once this message is recorded
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(QMessageBox, "warning", record_and_quit)
    # A guard, stopped after the run: a stray exit() would end every later event loop of the process.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(1))
    guard.start(20_000)
    try:
        assert run(tmp_path / "不存在.html") == 0
    finally:
        guard.stop()
    (shown,) = warnings
    assert "不存在.html" in shown and "文件不存在。" in shown


def test_screenshot_runs_print_the_english(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    assert run(empty, screenshot=tmp_path / "x.png") == 2
    err = capsys.readouterr().err
    assert err == f"reader: error: {empty}: the file is empty\n"


# --- failed exports ---------------------------------------------------------------------------------


@pytest.fixture
def short(tmp_path: Path, window: MainWindow) -> MainWindow:
    path = tmp_path / "short.txt"
    path.write_text("第一句话。\n\n第二句话。\n", encoding="utf-8")
    assert window.open_path(path)
    window.change(speech_rate=450)
    return window


def _export(window: MainWindow, qtbot: QtBot, target: Path) -> str:
    window.speech.start_export(target)
    qtbot.waitUntil(lambda: not window.speech.is_exporting, timeout=30_000)
    return window.status_text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_CN", "无法导出音频 {path}：文件夹 {folder} 不存在。"),
        ("en", "Could not export audio {path}: The folder {folder} does not exist."),
        ("zh_TW", "無法匯出音訊 {path}：資料夾 {folder} 不存在。"),
    ],
    indirect=["language"],
)
def test_an_export_to_a_missing_folder_is_explained(
    language: str, expected: str, short: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "没有这个文件夹"
    target = folder / "朗读.wav"
    assert _export(short, qtbot, target) == expected.format(path=target, folder=folder)


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on a disk that fills up as soon as audio is written (the refusal is mocked)."""

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(exportformats._WavSink, "write", full)
    return tmp_path


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_CN", "：磁盘空间不足。"),
        ("en", ": There is not enough space on the disk."),
        ("zh_HK", "：磁碟空間不足。"),
    ],
    indirect=["language"],
)
def test_a_full_disk_during_an_export_is_explained(
    language: str, expected: str, short: MainWindow, qtbot: QtBot, full_disk: Path
) -> None:
    target = full_disk / "朗读.wav"
    said = _export(short, qtbot, target)
    assert said.endswith(expected), said
    assert str(target) in said
    assert not target.exists()
    rest = without(said, target)
    if language == "en":
        assert not CJK.search(rest), said
    else:
        assert latin_words(rest) == [], said


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_report_that_cannot_be_saved_is_explained(
    language: str, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.open_path(sample_article())
    window.commands["check_page"].trigger()
    qtbot.waitUntil(lambda: window.findings.report is not None, timeout=20_000)
    folder = tmp_path / "missing"
    target = folder / "报告.html"
    window.findings.export_to(target, "html")
    said = window.findings.summary.text()
    if language == "en":
        assert said == f"Could not save the report {target}: The folder {folder} does not exist."
    else:
        assert said == f"无法保存报告 {target}：文件夹 {folder} 不存在。"


def test_the_strings_package_offers_the_wording(qapp: QApplication) -> None:
    assert strings.error_text(Message("load.empty", "the file is empty")) == "文件是空的。"
    assert strings.file_size_text(3 * 1024 * 1024) == "3 MB"
    assert not hasattr(strings, "worded_codes")  # for the tests only
