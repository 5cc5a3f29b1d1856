"""OpenCC's own golden test cases through ``reader.core.conversion`` (run:
``uv run python -m tests.eval.eval_opencc``).

Reads ``opencc/json_latest/testcases.normalized.json`` (``{"cases": [{"id", "input", "expected": {config:
output}}]}``) and converts every case's input with every config it has an expected output for, when the
reader offers that config (all 14: the 12 stable ones and s2hkp/hk2sp; the Japanese t2jp/jp2t cases are
skipped and counted). Prints, per config, exact matches out of cases.

The reader builds converters without OpenCC's "tofu risk" dictionaries (rare astral characters most fonts
show as boxes). A few golden outputs keep such characters (𣨼, 𪢮); a case whose only differences are an
astral character in the golden output against a BMP one in ours counts as *tofu avoided*, not as a
failure, when raw OpenCC with those dictionaries gives the golden output. Exits 1 on any other
difference or when a config the reader offers has no cases; 0 (with a note) when the corpora are absent.

Then the older whole-file tests (``legacy_in_ans/CONFIG.in`` → ``CONFIG.ans``, 12 configs, no s2hkp/hk2sp):
each file converted as one text must equal its answer, and its offset map must take the converted end to
the original end and every replaced span forward.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import opencc

from reader.core.conversion import CONFIGS, convert

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CASES = CORPORA / "opencc" / "json_latest" / "testcases.normalized.json"
LEGACY = CORPORA / "opencc" / "legacy_in_ans"


def is_tofu_avoidance(ours: str, expected: str) -> bool:
    """``ours`` differs from ``expected`` only by BMP characters where ``expected`` has astral ones."""
    if len(ours) != len(expected):
        return False
    return all(a == b or (ord(b) > 0xFFFF and ord(a) <= 0xFFFF) for a, b in zip(ours, expected, strict=True))


def main() -> int:
    if not CASES.is_file():
        print(f"eval_opencc skipped: no cases at {CASES}")
        return 0
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    total: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    tofu: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    failures: list[str] = []
    for case in cases:
        for config, expected in case["expected"].items():
            if config not in CONFIGS:
                skipped[config] += 1
                continue
            total[config] += 1
            ours = convert(case["input"], config).text
            if ours == expected:
                exact[config] += 1
            elif is_tofu_avoidance(ours, expected) and (
                opencc.OpenCC(config, include_tofu_risk_dictionaries=True).convert(case["input"]) == expected
            ):
                tofu[config] += 1
            else:
                failures.append(f"  {case['id']} {config}: got {ours!r}, expected {expected!r}")
    print(f"OpenCC golden cases ({len(cases)} cases), per config: exact/cases")
    for config in CONFIGS:
        note = f" (+{tofu[config]} tofu avoided)" if tofu[config] else ""
        print(f"  {config:<6} {exact[config]:>3}/{total[config]:<3}{note}")
    print(
        f"all: {sum(exact.values())}/{sum(total.values())} exact, {sum(tofu.values())} tofu avoided, "
        f"{len(failures)} failed; skipped (not offered): "
        + (", ".join(f"{name} {count}" for name, count in sorted(skipped.items())) or "none")
    )
    uncovered = [config for config in CONFIGS if not total[config]]
    if uncovered:
        print(f"configs without cases: {', '.join(uncovered)}")
    failures.extend(legacy_failures())
    if failures:
        print("failures:\n" + "\n".join(failures))
    return 1 if failures or uncovered else 0


def legacy_failures() -> list[str]:
    """Run the whole-file cases; print one line per file; return the failures."""
    failures = []
    for source in sorted(LEGACY.glob("*.in")):
        config = source.stem
        if config not in CONFIGS:
            continue
        text = source.read_text(encoding="utf-8")
        answer = source.with_suffix(".ans").read_text(encoding="utf-8")
        result = convert(text, config)
        offsets = result.offsets
        spans = offsets.spans()
        is_mapped = offsets.to_original(len(result.text)) == len(text) and all(
            a[1] <= b[0] and a[3] <= b[2] for a, b in itertools.pairwise(spans)
        )
        verdict = "ok" if result.text == answer and is_mapped else "FAILED"
        print(f"  legacy {config:<6} {len(text):>4} chars, {len(spans)} replaced spans: {verdict}")
        if verdict != "ok":
            failures.append(f"  legacy {config}: output or offset map differs")
    return failures


if __name__ == "__main__":
    sys.exit(main())
