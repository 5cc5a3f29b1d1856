"""A reader using the real main window at random, as a hypothesis state machine; run as a script.

``python -m tests.ui.usage_machine --steps N [--seed S]`` builds one offscreen ``MainWindow`` (silent
engine with clip lengths like real speech, its own settings folder) and lets hypothesis drive it with user
actions — open files (HTML, TXT, GB18030 TXT, MHTML, a binary file), text size, the text dialog, schemes,
简繁, article/whole page, every reading aid, presets, 连读 and its moves, 指读 with pointer rests and focus
moves, the findings panel, audio export and its cancel, time passing — checking after each step:

- no exception escaped (an excepthook and a Qt message handler record them) and no Qt object was used after
  deletion;
- the highlight covers exactly the sentence being heard, in the document shown;
- 连读 is checked exactly while a say-all reading runs or is paused; the aids' check marks equal the settings;
- the settings round-trip through the store.
A crash of the process fails the test that runs this script (``tests/ui/test_usage.py``). Exit 0: every
run passed; 1: a failure, printed with hypothesis's shrunk sequence of steps.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import traceback
from pathlib import Path

STEPS_PER_RUN = 40


def _environment(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["READER_SPEECH_ENGINE"] = "silent"
    os.environ["READER_CONFIG_DIR"] = str(folder / "config")
    os.environ["HOME"] = str(folder / "home")
    os.environ["LC_ALL"] = "C.UTF-8"
    (folder / "home").mkdir(exist_ok=True)


def _files(folder: Path) -> list[Path]:
    """The files a reader opens: an article page, texts in two encodings, an MHTML archive, a bad file."""
    from reader.core.resources import sample_article

    paragraphs = "".join(
        f"<p>第{n}段：社区养老服务中心为周边老人提供助餐、日间照料和康复护理。市民可用U盘把软件带来。</p>"
        for n in range(1, 40)
    )
    html = folder / "notice.html"
    html.write_text(
        "<html lang='zh-CN'><head><meta charset='utf-8'><title>养老服务</title></head><body>"
        f"<h1>养老服务中心投入运营</h1><p>日期：2025-05-03 来源：民政局</p>{paragraphs}"
        "<ul><li>助餐</li><li>照料</li></ul><table><tr><th>项目</th><th>时间</th></tr>"
        "<tr><td>助餐</td><td>中午</td></tr></table></body></html>",
        encoding="utf-8",
    )
    text = folder / "novel.txt"
    text.write_text(
        "长篇连载\n\n" + "\n".join(f"第{n}句：老人们在中心里读书看报。" for n in range(1, 600)),
        encoding="utf-8",
    )
    gb = folder / "gb.txt"
    gb.write_bytes("臺北市政府發佈新聞稿。\n\n說明軟體服務的調整。\n".encode("gb18030"))
    mhtml = folder / "page.mht"
    mhtml.write_text(
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/html; charset=utf-8\r\nContent-Location: http://example.org/\r\n\r\n"
        "<html><body><h1>存档</h1><p>这是一个网页存档。它有两句话。</p></body></html>\r\n--b--\r\n",
        encoding="utf-8",
    )
    binary = folder / "broken.html"
    binary.write_bytes(bytes(range(256)) * 8)
    return [sample_article(), html, text, gb, mhtml, binary]


def _peak_rss_mb() -> int:
    """This process's own peak (VmHWM; getrusage's ru_maxrss would include the pytest that started it)."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-usage-") as temporary:
        folder = Path(temporary)
        _environment(folder)
        return _run(folder, args.steps, args.seed)


def _run(folder: Path, steps: int, seed: int | None) -> int:
    from hypothesis import HealthCheck, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis.stateful import run_state_machine_as_test
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from reader.ui.app import application
    from tests.ui.usage_rules import Problems, make_machine

    problems = Problems()

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or "QObject::" in message:
            problems.add(f"Qt: {message}")

    def on_exception(kind: type[BaseException], value: BaseException, tb: object) -> None:
        problems.add("".join(traceback.format_exception(kind, value, tb)))  # type: ignore[arg-type]

    sys.excepthook = on_exception
    qInstallMessageHandler(on_message)
    app = application()
    machine = make_machine(app, _files(folder), folder, problems)
    base = seed if seed is not None else random.randrange(2**32)
    print(f"usage machine: seed {base} (again: --seed {base})", flush=True)
    runs = 0
    while machine.steps_done < steps:
        # Hypothesis may end a run before STEPS_PER_RUN steps: go on in batches until ``steps`` are done.
        batch = max(1, (steps - machine.steps_done) // STEPS_PER_RUN)
        options = settings(
            max_examples=batch,
            stateful_step_count=STEPS_PER_RUN,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        hypothesis_seed(base + runs)(machine)  # the seed is read from the machine class
        try:
            run_state_machine_as_test(machine, settings=options)
        except Exception:
            traceback.print_exc()
            print(f"usage machine: FAILED after {machine.steps_done} steps", flush=True)
            return 1
        runs += batch
    peak = _peak_rss_mb()
    print(
        f"usage machine: {machine.steps_done} steps in {runs} runs, no failure; peak RSS {peak} MB",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
