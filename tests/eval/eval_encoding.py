"""Encoding and MHTML evaluation over ``../shared/corpora``.

Run: ``uv run python -m tests.eval.eval_encoding``.

1. chardet's test files (``encoding/chardet-tests``, labelled by folder): ``decode`` each and count a hit
   when the codec it chose is in the label's family (GB2312/GBK/GB18030 are one family, Big5/CP950/HKSCS
   another, UTF-8 with or without BOM another; pure ASCII counts as a hit for any label). Most of these
   files declare their charset, so the same files are scored again with the declaration blanked out,
   which measures detection alone (reported, not a floor).
2. MHTML archives (``mhtml/``): ``load`` each; report whether a page with text came out, or the error.
3. Extraction pages (``extraction/manifest.jsonl``): ``load`` each; a page whose actual encoding is not
   "mixed/invalid" must decode without a single U+FFFD.

Exits 1 when the Chinese-family accuracy (GB, Big5, UTF-8, UTF-16) falls below ``CHINESE_FLOOR`` or a clean
extraction page shows replacement characters; exits 0 (with a note) when the corpora are absent.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from reader.core.errors import LoadError
from reader.core.loading import decode, load

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

CHINESE_FLOOR = 1.0
"""Measured 100 % (69/69) on the GB2312, Big5, UTF-8, UTF-8-SIG and UTF-16 files; any miss is a regression."""

_FAMILIES = {
    "GB": {"gb2312", "gbk", "gb18030"},
    "Big5": {"big5", "cp950", "big5hkscs"},
    "UTF-8": {"utf-8", "utf-8-sig"},
    "UTF-16": {"utf-16", "utf-16-le", "utf-16-be"},
    "Shift_JIS": {"shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213"},
    "EUC-JP": {"euc_jp", "euc_jis_2004", "euc_jisx0213"},
    "EUC-KR": {"euc_kr", "cp949"},
    "EUC-TW": {"euc_tw"},
    "Western": {"cp1252", "latin-1", "iso8859-1"},
}
_LABEL_FAMILY = {
    "gb2312": "GB",
    "big5": "Big5",
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "shift_jis": "Shift_JIS",
    "cp932": "Shift_JIS",
    "euc-jp": "EUC-JP",
    "euc-kr": "EUC-KR",
    "euc-tw": "EUC-TW",
    "windows-1252": "Western",
}
CHINESE = ("GB", "Big5", "UTF-8", "UTF-16")


def family_of(codec: str) -> str | None:
    return next((name for name, codecs in _FAMILIES.items() if codec in codecs), None)


_DECLARATION = re.compile(rb"""(charset\s*=\s*["']?|encoding\s*=\s*["'])[A-Za-z0-9_.:\-]+""", re.IGNORECASE)


def _undeclared(data: bytes) -> bytes:
    """The bytes with any charset declaration's value replaced by an unknown label of the same length."""
    return _DECLARATION.sub(
        lambda match: match.group(1) + b"x" * (len(match.group(0)) - len(match.group(1))), data
    )


def eval_chardet(root: Path, *, blank_declarations: bool = False) -> tuple[int, int]:
    """Print per-family accuracy; return (hits, total) over the Chinese families."""
    rows = list(csv.reader((root / "labels.tsv").open(encoding="utf-8"), delimiter="\t"))[1:]
    hits: dict[str, int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    slowest = (0.0, "")
    for file, label in rows:
        expected = _LABEL_FAMILY.get(label.lower(), label)
        totals[expected] += 1
        start = time.perf_counter()
        try:
            data = (root / file).read_bytes()
            _text, codec = decode(_undeclared(data) if blank_declarations else data, root / file)
        except LoadError as error:
            misses.append(f"  {file}: {error.reason}")
            continue
        slowest = max(slowest, (time.perf_counter() - start, file))
        if codec == "ascii" or family_of(codec) == expected:
            hits[expected] += 1
        else:
            misses.append(f"  {file}: got {codec}")
    print(f"chardet-tests{' with declarations blanked' if blank_declarations else ''}: accuracy per family")
    for name in sorted(totals):
        print(f"  {name:10} {hits[name]:3}/{totals[name]:<3} {hits[name] / totals[name]:6.1%}")
    chinese_hits = sum(hits[name] for name in CHINESE)
    chinese_total = sum(totals[name] for name in CHINESE)
    overall = sum(hits.values()), sum(totals.values())
    print(f"  Chinese families: {chinese_hits}/{chinese_total}; all: {overall[0]}/{overall[1]}")
    print(f"  slowest decode: {slowest[0] * 1000:.1f} ms ({slowest[1]})")
    if misses:
        print("  misses:\n" + "\n".join(misses))
    return chinese_hits, chinese_total


def eval_mhtml(root: Path) -> None:
    print("MHTML archives: page found?")
    for file in sorted(root.rglob("*.mht*")):
        start = time.perf_counter()
        try:
            doc = load(file)
        except LoadError as error:
            print(f"  {file.name}: {type(error).__name__}: {error.reason}")
            continue
        elapsed = (time.perf_counter() - start) * 1000
        has_text = "<" in doc.text and len(doc.text.strip()) > 20
        notes = "; ".join(doc.warnings)
        print(
            f"  {file.name}: {'page with text' if has_text else 'NO TEXT'} ({len(doc.text)} chars, "
            f"{doc.encoding}, {len(doc.parts)} parts, {elapsed:.0f} ms) {notes}".rstrip()
        )


def eval_extraction_pages(root: Path) -> int:
    """Print pages that decode with replacement characters; return how many clean pages did."""
    failures = 0
    clean = 0
    lines = (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    print("extraction pages: decoded without U+FFFD")
    for line in lines:
        row = json.loads(line)
        is_mixed = row["actual_encoding"].startswith("mixed/invalid")
        try:
            doc = load(root / row["file"])
        except LoadError as error:
            print(f"  {row['file']}: {error}")
            failures += 0 if is_mixed else 1
            continue
        bad = doc.text.count("\ufffd")
        if is_mixed:
            print(f"  {row['file']} (mixed/invalid): {doc.encoding}, {bad} U+FFFD, warnings {doc.warnings}")
        elif bad:
            failures += 1
            print(f"  {row['file']}: {doc.encoding} with {bad} U+FFFD (actual {row['actual_encoding']})")
        else:
            clean += 1
    print(f"  clean pages without U+FFFD: {clean}/{clean + failures}")
    return failures


def main() -> int:
    if not CORPORA.is_dir():
        print(f"corpora not found at {CORPORA}; nothing to evaluate")
        return 0
    chinese_hits, chinese_total = eval_chardet(CORPORA / "encoding" / "chardet-tests")
    eval_chardet(CORPORA / "encoding" / "chardet-tests", blank_declarations=True)
    eval_mhtml(CORPORA / "mhtml")
    failures = eval_extraction_pages(CORPORA / "extraction")
    accuracy = chinese_hits / chinese_total if chinese_total else 1.0
    ok = accuracy >= CHINESE_FLOOR and failures == 0
    print(
        f"Chinese-family accuracy {accuracy:.1%} (floor {CHINESE_FLOOR:.0%}); clean-page failures: {failures}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
