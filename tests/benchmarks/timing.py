"""Shared helpers for the benchmark scripts: repeated runs, medians, one report line each.

Benchmarks are scripts, not tests (``uv run python -m tests.benchmarks.bench_NAME``); ``.ci/run`` runs them
all through ``tests.benchmarks.run_all`` and prints their lines. They never fail on time: this machine is
noisy, so the figures are reported against the budgets in architecture.md, not asserted.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(action: Callable[[], object], *, runs: int = 7, warmup: int = 1) -> list[float]:
    """Run ``action`` ``warmup + runs`` times; return the timed runs in seconds."""
    for _ in range(warmup):
        action()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return timings


def report(name: str, seconds: list[float], *, budget: float | None = None, extra: str = "") -> str:
    """Print and return one line: ``BENCH name: median X ms (min…max, n runs) budget B ms [extra]``."""
    median = statistics.median(seconds) * 1000
    line = (
        f"BENCH {name}: median {median:.1f} ms "
        f"(min {min(seconds) * 1000:.1f}, max {max(seconds) * 1000:.1f}, {len(seconds)} runs)"
    )
    if budget is not None:
        verdict = "within" if median <= budget * 1000 else "OVER"
        line += f"; budget {budget * 1000:.0f} ms, {verdict}"
    if extra:
        line += f"; {extra}"
    print(line, flush=True)
    return line
