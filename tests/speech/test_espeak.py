"""libespeak-ng is found (system, else the espeakng-loader wheel) before pyttsx3 initialises.

Loading a library changes the process for good, so each case runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent

WHEEL_THEN_PYTTSX3 = """
import json, os
from reader.speech.espeak import load_espeak
first = load_espeak(prefer_system={prefer_system})
again = load_espeak(prefer_system=False)
import pyttsx3
engine = pyttsx3.init()
ids = [voice.id for voice in engine.getProperty("voices")]
print(json.dumps({{"source": first.source, "same": first is again, "data": os.environ.get("ESPEAK_DATA_PATH"),
                   "data_path": first.data_path, "ids": ids}}))
os._exit(0)
"""


def run(code: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wheel path is for Linux")
def test_the_wheel_library_serves_pyttsx3_with_mandarin_and_cantonese() -> None:
    result = run(WHEEL_THEN_PYTTSX3.format(prefer_system=False))
    assert result["source"] == "wheel"
    assert result["same"] is True
    assert result["data"] == result["data_path"]
    assert Path(str(result["data"]), "cmn_dict").is_file()
    assert Path(str(result["data"]), "yue_dict").is_file()
    ids = result["ids"]
    assert isinstance(ids, list) and "sit/cmn" in ids and "sit/yue" in ids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system library is looked for on Linux")
def test_a_system_library_is_preferred_when_there_is_one() -> None:
    result = run(WHEEL_THEN_PYTTSX3.format(prefer_system=True))
    from reader.speech.espeak import SYSTEM_NAMES

    has_system = subprocess.run(
        [
            sys.executable,
            "-c",
            "import ctypes\n"
            f"for n in {SYSTEM_NAMES!r}:\n"
            "    try: ctypes.CDLL(n); print(n); break\n"
            "    except OSError: pass",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    assert result["source"] == ("system" if has_system else "wheel")
