"""The app's helper processes (reader.children): started for real from the source tree, and as a frozen
bundle starts them (``sys.frozen`` set, ``sys.executable`` the app itself: here a stub script that records
its argv and then runs the entry point, as a bundle's would)."""

from __future__ import annotations

import json
import os
import pickle
import socket
import subprocess
import sys
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.children import A11Y_CHECK, CHILD_OPTION, SPEECH_WORKER, child_command, child_environment
from reader.cli import main
from reader.core.a11y.batch import check_one
from reader.core.a11y.model import PageReport
from reader.speech.engine import SynthesisRequest, SynthesisResult, Voice
from reader.speech.pyttsx3engine import Pyttsx3Engine

PROJECT_DIR = Path(__file__).resolve().parent.parent
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知</title></head>
<body><h1>关于调整办公时间的通知</h1><p>各部门：自下周一起，办公时间调整为上午九时至下午五时。</p>
<img src="map.png"><a href="#"></a></body></html>
"""
ENTRIES = {
    # The two ways a bundle's entry script can start the app.
    "module": "import runpy\nrunpy.run_module('reader', run_name='__main__', alter_sys=True)\n",
    "cli": "from reader.cli import main\nsys.exit(main())\n",
}
TIMEOUT = 60.0
"""Bound on a child's run (start-up, import, pyttsx3 init); generous: the machine may be busy."""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "通知.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def read_report(command: list[str], environment: dict[str, str]) -> PageReport:
    done = subprocess.run(command, capture_output=True, env=environment, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    report = pickle.loads(done.stdout)  # our own child's output
    assert isinstance(report, PageReport)
    return report


def findings_of(report: PageReport) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.outcome.value, f.code) for f in report.findings]


# --- from the source tree ---------------------------------------------------------------------------------


def test_the_source_tree_starts_children_through_python_m_reader() -> None:
    assert child_command(A11Y_CHECK, "a.html") == [
        sys.executable,
        "-m",
        "reader",
        CHILD_OPTION,
        A11Y_CHECK,
        "a.html",
    ]
    environment = child_environment({"PYTHONPATH": "/elsewhere"})
    assert environment["PYTHONPATH"].split(os.pathsep) == [str(PROJECT_DIR), "/elsewhere"]
    with pytest.raises(ValueError, match="unknown child"):
        child_command("no-such-child")


def test_the_checker_child_reports_a_saved_page_as_the_check_does_in_process(page: Path) -> None:
    report = read_report(child_command(A11Y_CHECK, str(page)), child_environment())
    assert report.error is None and report.path == page
    assert report.title == "通知"
    assert findings_of(report) == findings_of(check_one(page))
    assert any(outcome == "failed" for _, outcome, _ in findings_of(report)), "the image has no alt"


def mandarin(voices: list[Voice]) -> str:
    return next((voice.id for voice in voices if voice.id == "sit/cmn"), voices[0].id)


def start_worker(command_args: tuple[str, ...] = ()) -> tuple[subprocess.Popen[bytes], Connection]:
    """The speech worker child, started the way Pyttsx3Engine starts it (a socket passed by descriptor)."""
    parent_socket, child_socket = socket.socketpair()
    try:
        process = subprocess.Popen(
            child_command(SPEECH_WORKER, "--fd", str(child_socket.fileno()), *command_args),
            pass_fds=(child_socket.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=child_environment(),
            close_fds=True,
        )
    finally:
        child_socket.close()
    return process, Connection(parent_socket.detach())


def test_the_speech_worker_child_answers_a_request_and_exits_on_eof() -> None:
    process, conn = start_worker()
    try:
        assert conn.poll(TIMEOUT), "the worker said nothing"
        first = conn.recv()
        assert first[0] in {"ready", "failed"}, first
        if first[0] == "ready":
            _, voices, info = first
            assert voices and info.pid == process.pid
            conn.send(("synth", SynthesisRequest(7, "通知。", voice=mandarin(voices)), 0))
            assert conn.poll(TIMEOUT), "no answer to the request"
            kind, result = conn.recv()
            assert kind == "result" and isinstance(result, SynthesisResult)
            assert result.id == 7 and result.ok, result.error
            assert result.audio is not None and result.audio.pcm
    finally:
        conn.close()  # EOF: the worker's cue to leave
    assert process.wait(TIMEOUT) == 0


def test_the_child_option_is_hidden_and_checks_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    assert "--theme" in shown and CHILD_OPTION not in shown
    assert main([CHILD_OPTION, "no-such-child"]) == 2
    assert "no-such-child" in capsys.readouterr().err
    assert main([CHILD_OPTION]) == 2


# --- as a frozen bundle -----------------------------------------------------------------------------------


class FrozenApp:
    """A stand-in for the bundled executable: records each argv it is started with, then runs the entry."""

    def __init__(self, folder: Path, entry: str) -> None:
        self.executable = folder / "reader-app"
        self.log = folder / "argv.jsonl"
        self.executable.write_text(
            f"#!{sys.executable}\n"
            "import json, os, sys\n"
            "with open(os.environ['READER_TEST_ARGV_LOG'], 'a', encoding='utf-8') as log:\n"
            "    log.write(json.dumps(sys.argv) + '\\n')\n"
            "sys.frozen = True\n"
            f"sys.path.insert(0, {str(PROJECT_DIR)!r})\n" + ENTRIES[entry],
            encoding="utf-8",
        )
        self.executable.chmod(0o755)

    def argvs(self) -> list[list[str]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(params=sorted(ENTRIES))
def frozen(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FrozenApp]:
    if sys.platform == "win32":
        pytest.skip("the stub app is a script with a #! line")
    app = FrozenApp(tmp_path, request.param)
    monkeypatch.setenv("READER_TEST_ARGV_LOG", str(app.log))
    # No PYTHONPATH from the parent: a bundle carries its modules; child_environment adds none when frozen.
    monkeypatch.delenv("PYTHONPATH", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app.executable))
    yield app


def test_a_frozen_app_starts_its_checker_as_itself(frozen: FrozenApp, page: Path) -> None:
    command = child_command(A11Y_CHECK, str(page))
    assert command == [str(frozen.executable), CHILD_OPTION, A11Y_CHECK, str(page)]
    environment = child_environment()
    assert "PYTHONPATH" not in environment
    report = read_report(command, environment)
    assert frozen.argvs() == [[str(frozen.executable), CHILD_OPTION, A11Y_CHECK, str(page)]]
    assert findings_of(report) == findings_of(check_one(page))


@pytest.mark.parametrize("frozen", ["module"], indirect=True)
def test_a_frozen_app_starts_its_speech_worker_as_itself(frozen: FrozenApp) -> None:
    engine = Pyttsx3Engine(hang_seconds=5.0, start_seconds=TIMEOUT)
    try:
        voices = engine.voices()
        assert engine.info is not None or engine.failure, "the worker never answered"
        if voices:
            engine.submit(SynthesisRequest(3, "通知。", voice=mandarin(voices)))
            assert engine.wait(TIMEOUT)
            (result,) = engine.results()
            assert result.id == 3 and result.ok, result.error
        ((program, option, name, fd_option, fd),) = frozen.argvs()
    finally:
        engine.close()
    assert (program, option, name, fd_option) == (str(frozen.executable), CHILD_OPTION, SPEECH_WORKER, "--fd")
    assert fd.isdigit()


@pytest.mark.gui
@pytest.mark.parametrize("frozen", ["module"], indirect=True)
def test_a_frozen_app_checks_the_open_page_in_the_findings_panels_child(
    frozen: FrozenApp, page: Path, qtbot: QtBot
) -> None:
    from reader.ui.findings import _CheckJob

    reports: list[PageReport] = []
    job = _CheckJob(page)
    job.done.connect(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=int(TIMEOUT * 1000))
    (report,) = reports
    assert report.error is None
    assert findings_of(report) == findings_of(check_one(page))
    assert frozen.argvs() == [[str(frozen.executable), CHILD_OPTION, A11Y_CHECK, str(page)]]
