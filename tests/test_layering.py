"""The layers hold: ``reader.core`` and ``reader.speech`` (and the command line) work without Qt.

Two checks, because each misses what the other sees: importing every module in a process where PySide6
cannot be imported catches an import hidden behind another module; reading the source catches an import
that only runs inside a function.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
QT_FREE_PACKAGES = ("reader.core", "reader.speech")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

IMPORT_ALL = """
import importlib, json, pkgutil, sys, traceback
for name in {qt_modules!r}:
    sys.modules[name] = None  # makes "import PySide6" raise ImportError
names, failures = [], {{}}
for package_name in {packages!r}:
    package = importlib.import_module(package_name)
    names.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        names.append(info.name)
for name in names + ["reader.cli", "reader.__main__"]:
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=-3)
qt = {qt_modules!r}
loaded = sorted(k for k, v in sys.modules.items() if v is not None and k.split(".")[0] in qt)
print(json.dumps({{"modules": names, "failures": failures, "qt_loaded": loaded}}))
"""


def test_core_and_speech_import_without_qt() -> None:
    script = IMPORT_ALL.format(qt_modules=QT_MODULES, packages=QT_FREE_PACKAGES)
    completed = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert "reader.core.document" in result["modules"], "the walk found the modules"
    assert result["failures"] == {}, "\n".join(f"{k}:\n{v}" for k, v in result["failures"].items())
    assert result["qt_loaded"] == []


def qt_imports(source: str) -> list[str]:
    """Qt modules a source file imports, by statement or by ``importlib.import_module``/``__import__``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found.extend(name for name in names if name.split(".")[0] in QT_MODULES)
    return found


def test_qt_import_detector_sees_the_usual_forms() -> None:
    source = (
        "import PySide6\nfrom PySide6.QtCore import Qt\n"
        "def f():\n    import shiboken6\n    importlib.import_module('PySide6.QtGui')\n"
        "from reader.core import document\n"
    )
    assert qt_imports(source) == ["PySide6", "PySide6.QtCore", "shiboken6", "PySide6.QtGui"]


def test_no_qt_import_in_core_or_speech_source() -> None:
    offenders = {}
    files = 0
    for package in QT_FREE_PACKAGES:
        folder = PROJECT_DIR.joinpath(*package.split("."))
        for path in sorted(folder.rglob("*.py")):
            files += 1
            found = qt_imports(path.read_text(encoding="utf-8"))
            if found:
                offenders[str(path.relative_to(PROJECT_DIR))] = found
    assert files > 0
    assert offenders == {}
