"""The usage machine (``tests/ui/usage_machine.py``) in its own process: random user actions on the real
window, with invariants after each step; a crash (segfault) of that process fails this test.

``READER_USAGE_STEPS`` sets the number of steps (CI: 2000; default 200 for a local run).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

PROJECT = Path(__file__).resolve().parents[2]


def test_a_reader_using_everything_at_random_breaks_nothing() -> None:
    steps = int(os.environ.get("READER_USAGE_STEPS", "200"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.usage_machine", "--steps", str(steps)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60 + steps * 3,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"exit status {result.returncode}\n{output[-20000:]}"
    done = re.search(r"usage machine: (\d+) steps in \d+ runs, no failure", output)
    assert done is not None, output[-2000:]
    assert int(done.group(1)) >= steps
