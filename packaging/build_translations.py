"""Build the interface translations: ``reader/ui/strings/`` → ``resources/translations/*.ts`` → ``.qm``.

The source language is Simplified Chinese (zh_CN), one language per string, one Qt context per dialog or
feature (see ``reader/ui/strings/base.py``). The other interfaces:

1. Collect every call of a translate function (a module-level name bound to ``translator("Context")`` or
   ``plural_translator("Context")``) in the modules of ``reader/ui/strings/``: module by module in name
   order, each in source order, one message per (context, source, disambiguation). ``note=`` becomes the
   translator comment.
2. ``zh_TW`` and ``zh_HK``: drafted with the reader's own OpenCC conversion (``s2twp``: Taiwan script and
   vocabulary, 文件→檔案; ``s2hk``), then *reviewed*: ``packaging/translations/zh_TW.json`` and
   ``zh_HK.json`` hold ``overrides`` (source → the wording a reviewer chose where the draft is wrong: 鼠标
   becomes 滑鼠 in a draft, but 大滑鼠 is a big mouse device, so 大鼠標 says "big pointer") and
   ``reviewed`` (every source whose draft a reviewer read and accepted or overrode).
3. English by hand: ``packaging/translations/en/<Context>.json`` (source → English; a list of two forms,
   singular and plural, for a ``%n`` string).
4. Write Qt Linguist ``.ts`` files and compile them with ``pyside6-lrelease`` into ``.qm`` files, which
   ``reader.ui.app`` loads for the interface language.

A string with no English, or not yet reviewed in a traditional-script interface, fails the build and is
named; so does an entry in the files for a string that no longer exists (stale). Run
``uv run python packaging/build_translations.py`` after changing strings; ``--check`` exits 1 when the
committed ``.ts`` files are not what the strings produce now (the tests run the same check);
``--drafts`` prints the OpenCC drafts of the strings still to review.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

PROJECT_DIR = Path(__file__).resolve().parent.parent
STRINGS_PACKAGE = PROJECT_DIR / "reader" / "ui" / "strings"
OUTPUT_DIR = PROJECT_DIR / "resources" / "translations"
TRANSLATIONS_DIR = PROJECT_DIR / "packaging" / "translations"
ENGLISH_DIR = TRANSLATIONS_DIR / "en"
TARGETS = {"zh_TW": "s2twp", "zh_HK": "s2hk", "en": "en"}
"""Qt locale name → OpenCC configuration drafting that interface from the zh_CN source (``en``: by hand)."""
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    note: str = ""
    is_plural: bool = False


class BuildError(SystemExit):
    pass


def messages(package: Path = STRINGS_PACKAGE) -> list[Message]:
    """Every translatable message of ``package``, in module name order, each module in source order."""
    found: dict[tuple[str, str, str], Message] = {}
    for module in sorted(package.glob("*.py"), key=lambda path: path.name):
        tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
        functions = _translate_functions(tree)
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions
        ]
        for call in sorted(calls, key=lambda node: (node.lineno, node.col_offset)):
            context, is_plural = functions[call.func.id]  # type: ignore[attr-defined]
            if (
                not call.args
                or not isinstance(call.args[0], ast.Constant)
                or not isinstance(call.args[0].value, str)
            ):
                raise BuildError(f"{module.name}:{call.lineno}: a translated string must be a literal")
            keywords = {k.arg: k.value for k in call.keywords}
            message = Message(
                context,
                call.args[0].value,
                _literal(keywords.get("disambiguation")),
                _literal(keywords.get("note")),
                is_plural,
            )
            found.setdefault((context, message.source, message.disambiguation), message)
    return list(found.values())


def _translate_functions(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module-level ``name = translator("Context")`` / ``plural_translator(...)`` → (context, plural)."""
    functions = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id in {"translator", "plural_translator"}
        ):
            functions[node.targets[0].id] = (
                _literal(node.value.args[0]),
                node.value.func.id == "plural_translator",
            )
    return functions


def _literal(node: ast.expr | None) -> str:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise BuildError(f"line {node.lineno}: a translator comment or context must be a literal")


def english(found: list[Message]) -> list[list[str]]:
    """English for each message, from ``en/<Context>.json``; fails naming what is missing or stale."""
    by_context: dict[str, dict[str, str | list[str]]] = {
        path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(ENGLISH_DIR.glob("*.json"))
    }
    result, missing = [], []
    for message in found:
        entry = by_context.get(message.context, {}).get(message.source)
        if entry is None and not _HAN.search(message.source):
            entry = message.source  # placeholders and mnemonics only: the same in every language
        if entry is None:
            missing.append(message)
            continue
        forms = [entry] if isinstance(entry, str) else list(entry)
        if len(forms) != (2 if message.is_plural else 1):
            raise BuildError(
                f"en/{message.context}.json: {message.source!r} needs {2 if message.is_plural else 1} form(s)"
            )
        result.append(forms)
    used = {(m.context, m.source) for m in found}
    stale = [
        f"{context}: {source}"
        for context, entries in by_context.items()
        for source in entries
        if (context, source) not in used
    ]
    if missing or stale:
        lines = [f"  {m.context}: {json.dumps(m.source, ensure_ascii=False)}" for m in missing]
        raise BuildError(
            "build_translations: English is missing for:\n"
            + "\n".join(lines)
            + "\n"
            + ("stale English entries (no such string):\n  " + "\n  ".join(stale) if stale else "")
        )
    return result


def traditional(found: list[Message], language: str, config: str, *, strict: bool = True) -> list[list[str]]:
    """The reviewed traditional-script wording of each message (OpenCC draft unless overridden)."""
    sys.path.insert(0, str(PROJECT_DIR))
    from reader.core.conversion import convert

    review = json.loads((TRANSLATIONS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    overrides: dict[str, str] = review["overrides"]
    reviewed = set(review["reviewed"]) | set(overrides)
    sources = {m.source for m in found}
    unreviewed = sorted({m.source for m in found if m.source not in reviewed and _HAN.search(m.source)})
    stale = sorted((set(overrides) | set(review["reviewed"])) - sources)
    if strict and (unreviewed or stale):
        raise BuildError(
            f"build_translations: {language}: {len(unreviewed)} draft(s) not reviewed, {len(stale)} stale; "
            f"run with --drafts and update packaging/translations/{language}.json:\n  "
            + "\n  ".join(unreviewed + [f"(stale) {s}" for s in stale])
        )
    return [[overrides.get(m.source) or convert(m.source, config).text] for m in found]


def drafts() -> int:
    """Print the OpenCC drafts of strings not yet reviewed, one JSON line each, for a reviewer."""
    found = messages()
    for language, config in TARGETS.items():
        if config == "en":
            continue
        review = json.loads((TRANSLATIONS_DIR / f"{language}.json").read_text(encoding="utf-8"))
        known = set(review["reviewed"]) | set(review["overrides"])
        for message, (text,) in zip(found, traditional(found, language, config, strict=False), strict=True):
            if message.source not in known and _HAN.search(message.source):
                print(language, json.dumps([message.source, text], ensure_ascii=False))
    return 0


def ts_document(language: str, found: list[Message], translations: list[list[str]]) -> str:
    """A Qt Linguist ``.ts`` file for one language, one ``<context>`` per context in first-use order."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="zh_CN">',
    ]
    contexts = list(dict.fromkeys(m.context for m in found))
    for context in contexts:
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message, forms in zip(found, translations, strict=True):
            if message.context != context:
                continue
            lines.append('    <message numerus="yes">' if message.is_plural else "    <message>")
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.disambiguation:
                lines.append(f"        <comment>{escape(message.disambiguation)}</comment>")
            if message.note:
                lines.append(f"        <extracomment>{escape(message.note)}</extracomment>")
            if message.is_plural:
                lines.append("        <translation>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation>{escape(forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines += ["</TS>", ""]
    return "\n".join(lines)


def lrelease() -> str:
    """The ``pyside6-lrelease`` executable beside this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise BuildError("build_translations: pyside6-lrelease not found (it comes with PySide6)")
    return found


def build(*, check: bool) -> int:
    found = messages()
    stale = []
    for language, config in TARGETS.items():
        ts_path = OUTPUT_DIR / f"reader_{language}.ts"
        translations = english(found) if config == "en" else traditional(found, language, config)
        text = ts_document(language, found, translations)
        if check:
            if not ts_path.exists() or ts_path.read_text(encoding="utf-8") != text:
                stale.append(ts_path.name)
            continue
        OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
        ts_path.write_text(text, encoding="utf-8")
        qm_path = ts_path.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
        print(f"{qm_path.relative_to(PROJECT_DIR)}: {len(found)} messages ({config})")
    if stale:
        print(f"out of date: {', '.join(stale)}; run: uv run python packaging/build_translations.py")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the .ts files are current")
    parser.add_argument("--drafts", action="store_true", help="print the drafts still to review")
    arguments = parser.parse_args(argv)
    if arguments.drafts:
        return drafts()
    return build(check=arguments.check)


if __name__ == "__main__":
    raise SystemExit(main())
