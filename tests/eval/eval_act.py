"""Conformance of the accessibility rules with the W3C ACT test cases in ``../shared/corpora/a11y/w3c-act``.

Run: ``uv run python -m tests.eval.eval_act`` (``-v`` lists every miss).

1. ``index.tsv`` lists each case: ACT rule id, expected outcome (passed / failed / inapplicable), file.
2. Each case whose ACT rule one of our rules implements is checked with that rule only. The test cases
   refer to their assets at the W3C's absolute path; it is rewritten to the corpus's ``test-assets``
   folder so local style sheets resolve (nothing is fetched).
3. Our page-level outcome for the rule (failed > cantTell > passed > inapplicable) is compared with the
   expected one. Per rule: cases, agreement %, failed cases found %, false failures (expected passed,
   reported failed), and the misses.

Floor (issue 6): for every implemented rule, no false failure and at least 90 % of failed cases found.
Exits 1 below the floor; exits 0 with a note when the corpus is absent.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.a11y import RULES, Outcome
from reader.core.a11y.checking import check_html

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "a11y" / "w3c-act"
FOUND_FLOOR = 0.90
_ASSET_PREFIX = "/WAI/content-assets/wcag-act-rules/test-assets/"


@dataclass(slots=True)
class Score:
    cases: int = 0
    agreed: int = 0
    failed_cases: int = 0
    failed_found: int = 0
    false_failures: int = 0
    misses: list[str] = field(default_factory=list)


def _act_rules() -> dict[str, str]:
    """ACT id → our rule id."""
    return {rule.act_id: rule.id for rule in RULES.values() if rule.act_id}


def evaluate(corpus: Path) -> dict[str, Score]:
    implemented = _act_rules()
    scores: dict[str, Score] = defaultdict(Score)
    with (corpus / "index.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            act_id = row["ruleId"]
            if act_id not in implemented:
                continue
            rule_id = implemented[act_id]
            expected = Outcome(row["expected"])
            text = (corpus / row["file"]).read_text(encoding="utf-8", errors="replace")
            text = text.replace(_ASSET_PREFIX, "test-assets/")
            report = check_html(text, base=corpus, rules=(rule_id,))
            got = report.rule_outcomes().get(rule_id, Outcome.INAPPLICABLE)
            score = scores[f"{act_id} {rule_id}"]
            score.cases += 1
            score.agreed += got is expected
            if expected is Outcome.FAILED:
                score.failed_cases += 1
                score.failed_found += got is Outcome.FAILED
            if expected is Outcome.PASSED and got is Outcome.FAILED:
                score.false_failures += 1
            if got is not expected:
                notes = f" notes={report.notes}" if report.notes else ""
                score.misses.append(
                    f"{row['testcaseTitle']}: expected {expected}, got {got} ({row['file']}){notes}"
                )
    return scores


def main() -> int:
    if not CORPUS.is_dir():
        print(f"ACT evaluation skipped: no corpus at {CORPUS}")
        return 0
    verbose = "-v" in sys.argv[1:]
    started = time.perf_counter()
    scores = evaluate(CORPUS)
    below: list[str] = []
    print(f"{'rule':34} {'cases':>5} {'agree':>6} {'found':>6} {'false-fail':>10}")
    for name in sorted(scores):
        score = scores[name]
        found = score.failed_found / score.failed_cases if score.failed_cases else 1.0
        agreement = score.agreed / score.cases
        print(f"{name:34} {score.cases:5d} {agreement:6.0%} {found:6.0%} {score.false_failures:10d}")
        is_below = score.false_failures > 0 or found < FOUND_FLOOR
        if is_below:
            below.append(name)
        if verbose or is_below:
            for miss in score.misses:
                print(f"    miss: {miss}")
    total = sum(score.cases for score in scores.values())
    agreed = sum(score.agreed for score in scores.values())
    print(
        f"ACT: {len(scores)} rules, {total} cases, agreement {agreed / max(total, 1):.1%}, "
        f"{time.perf_counter() - started:.1f} s"
    )
    if below:
        floor = f"a false failure, or under {FOUND_FLOOR:.0%} of failed cases found"
        print(f"below the floor ({floor}): {', '.join(below)}")
        return 1
    print("all implemented rules at or above the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
