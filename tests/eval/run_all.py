"""Run every corpus evaluation (run: ``uv run python -m tests.eval.run_all``).

Each ``tests/eval/eval_*.py`` runs as ``python -m tests.eval.eval_NAME`` in its own process and prints its
scores; an evaluation exits non-zero when its scores fall below the floors its issue set. This runner
exits non-zero if any of them did (or crashed, or hung), after running them all. When ``../shared/corpora``
is absent (a checkout without the shared folder beside it) it says so and exits 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
PROJECT_DIR = EVAL_DIR.parent.parent
CORPORA_DIR = PROJECT_DIR.parent / "shared" / "corpora"
TIMEOUT_SECONDS = 1800
"""One evaluation taking longer than this has hung: it is stopped and counted as failed."""


def evaluation_modules() -> list[str]:
    """Module names of the evaluations, in a stable order."""
    return [f"tests.eval.{path.stem}" for path in sorted(EVAL_DIR.glob("eval_*.py"))]


def run_one(module: str) -> int:
    """Run one evaluation; return its exit status (-1 when it hung)."""
    try:
        return subprocess.run(
            [sys.executable, "-m", module], cwd=PROJECT_DIR, timeout=TIMEOUT_SECONDS, check=False
        ).returncode
    except subprocess.TimeoutExpired:
        print(f"{module}: stopped after {TIMEOUT_SECONDS} s", flush=True)
        return -1


def main() -> int:
    if not CORPORA_DIR.is_dir():
        print(f"evaluations skipped: no corpora at {CORPORA_DIR}")
        return 0
    modules = evaluation_modules()
    below = []
    for module in modules:
        print(f"== {module}", flush=True)
        started = time.perf_counter()
        status = run_one(module)
        print(f"== {module}: exit {status} after {time.perf_counter() - started:.1f} s", flush=True)
        if status != 0:
            below.append(module)
    verdict = (
        f"below their floors or crashed: {', '.join(below)}" if below else "all at or above their floors"
    )
    print(f"evaluations: {len(modules)} run; {verdict}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
