"""Build the interface translations: ``reader/ui/strings/`` → ``resources/translations/*.ts`` → ``.qm``.

The source language is Simplified Chinese (zh_CN). Traditional-script interfaces are produced through
OpenCC at build time, so they never drift from the source:

1. Collect every literal passed to ``_tr(...)`` in the modules of ``reader/ui/strings/`` (the one package
   that holds the interface's strings): module by module in name order, each in source order, without
   duplicates.
2. Convert each with the reader's own conversion service: ``zh_TW`` with ``s2twp`` (Taiwan script and
   vocabulary: 文件→檔案, 打印→列印), ``zh_HK`` with ``s2hk``.
3. English: a bilingual source ("打开 Open") gives its English half; every other string is translated by
   hand in ``packaging/translations/en.json`` (which wins over the English half). A string with neither
   fails the build, naming it.
4. Write Qt Linguist ``.ts`` files (context ``reader``) and compile them with ``pyside6-lrelease`` into
   ``.qm`` files, which ``reader.ui.app`` loads for the system locale.

Run ``uv run python packaging/build_translations.py`` after changing strings; ``--check`` exits 1 when the
committed ``.ts`` files are not what the strings produce now (the tests run the same check).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

PROJECT_DIR = Path(__file__).resolve().parent.parent
STRINGS_PACKAGE = PROJECT_DIR / "reader" / "ui" / "strings"
OUTPUT_DIR = PROJECT_DIR / "resources" / "translations"
CONTEXT = "reader"
TARGETS = {"zh_TW": "s2twp", "zh_HK": "s2hk", "en": "en"}
"""Qt locale name → OpenCC configuration producing that interface from the zh_CN source (``en``: English)."""
ENGLISH_FILE = PROJECT_DIR / "packaging" / "translations" / "en.json"
_ENGLISH_HALF = re.compile(r"([A-Z][^\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*)$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def source_strings(package: Path = STRINGS_PACKAGE) -> list[str]:
    """Every string literal given to ``_tr`` in ``package``, first occurrence order."""
    tree = package_tree(package)
    found: dict[str, None] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.setdefault(node.args[0].value, None)
    return sorted(found, key=lambda text: _first_line(tree, text))


def package_tree(package: Path) -> ast.Module:
    """The modules of ``package`` in name order as one tree, line numbers running on from one to the next."""
    body: list[ast.stmt] = []
    offset = 0
    for module in sorted(package.glob("*.py"), key=lambda path: path.name):
        source = module.read_text(encoding="utf-8")
        body += ast.increment_lineno(ast.parse(source, filename=str(module)), offset).body
        offset += len(source.splitlines())
    return ast.Module(body=body, type_ignores=[])


def _first_line(tree: ast.Module, text: str) -> int:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value == text:
            return node.lineno
    return 0


def english(sources: list[str]) -> list[str]:
    """English for each source: by hand from ``en.json``, else the English half of a bilingual string."""
    by_hand: dict[str, str] = json.loads(ENGLISH_FILE.read_text(encoding="utf-8"))
    result, missing = [], []
    for source in sources:
        if source in by_hand:
            result.append(by_hand[source])
            continue
        if not _HAN.search(source):
            result.append(source)  # placeholders and mnemonics only
            continue
        half = _ENGLISH_HALF.search(source)
        if half and sorted(_PLACEHOLDER.findall(half.group(1))) == sorted(set(_PLACEHOLDER.findall(source))):
            result.append(half.group(1).strip())
            continue
        missing.append(source)
    if missing:
        raise SystemExit(
            f"build_translations: no English for {len(missing)} string(s); add them to {ENGLISH_FILE.name}:\n"
            + "\n".join(json.dumps(text, ensure_ascii=False) for text in missing)
        )
    return result


def translate(sources: list[str], config: str) -> list[str]:
    """``sources`` converted with OpenCC ``config`` (ASCII placeholders and mnemonics pass through)."""
    if config == "en":
        return english(sources)
    sys.path.insert(0, str(PROJECT_DIR))
    from reader.core.conversion import convert

    return [convert(text, config).text for text in sources]


def ts_document(language: str, sources: list[str], translations: list[str]) -> str:
    """A Qt Linguist ``.ts`` file for one language."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="zh_CN">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for source, translation in zip(sources, translations, strict=True):
        lines += [
            "    <message>",
            f"        <source>{escape(source)}</source>",
            f"        <translation>{escape(translation)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def lrelease() -> str:
    """The ``pyside6-lrelease`` executable beside this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("build_translations: pyside6-lrelease not found (it comes with PySide6)")
    return found


def build(*, check: bool) -> int:
    sources = source_strings()
    stale = []
    for language, config in TARGETS.items():
        ts_path = OUTPUT_DIR / f"reader_{language}.ts"
        text = ts_document(language, sources, translate(sources, config))
        if check:
            if not ts_path.exists() or ts_path.read_text(encoding="utf-8") != text:
                stale.append(ts_path.name)
            continue
        OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
        ts_path.write_text(text, encoding="utf-8")
        qm_path = ts_path.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
        print(f"{qm_path.relative_to(PROJECT_DIR)}: {len(sources)} strings ({config})")
    if stale:
        print(f"out of date: {', '.join(stale)}; run: uv run python packaging/build_translations.py")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the .ts files are current")
    return build(check=parser.parse_args(argv).check)


if __name__ == "__main__":
    raise SystemExit(main())
