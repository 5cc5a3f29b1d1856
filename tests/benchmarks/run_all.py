"""Run every benchmark (run: ``uv run python -m tests.benchmarks.run_all``).

Each ``tests/benchmarks/bench_*.py`` module's ``main()`` runs in its own process, one after the other, so
no benchmark inherits another's imports, caches or Qt application (a cold start must be cold). Their
``BENCH`` lines are printed as they come. Benchmarks never fail on time (this machine is shared and noisy);
the exit status is non-zero only when a benchmark crashed or hung.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent.parent
TIMEOUT_SECONDS = 1200
"""One benchmark taking longer than this has hung: it is stopped and counted as crashed."""


def benchmark_modules() -> list[str]:
    """Module names of the benchmarks, in a stable order."""
    return [f"tests.benchmarks.{path.stem}" for path in sorted(BENCH_DIR.glob("bench_*.py"))]


def run_one(module: str) -> int:
    """Run ``module.main()`` in a fresh interpreter; return its exit status (-1 when it hung)."""
    code = f"import sys\nfrom {module} import main\nsys.exit(main())\n"
    try:
        return subprocess.run(
            [sys.executable, "-c", code], cwd=PROJECT_DIR, timeout=TIMEOUT_SECONDS, check=False
        ).returncode
    except subprocess.TimeoutExpired:
        print(f"{module}: stopped after {TIMEOUT_SECONDS} s", flush=True)
        return -1


def main() -> int:
    modules = benchmark_modules()
    crashed = []
    for module in modules:
        print(f"== {module}", flush=True)
        started = time.perf_counter()
        status = run_one(module)
        print(f"== {module}: exit {status} after {time.perf_counter() - started:.1f} s", flush=True)
        if status != 0:
            crashed.append(module)
    print(f"benchmarks: {len(modules)} run, {len(crashed)} crashed {crashed if crashed else ''}".rstrip())
    return 1 if crashed or not modules else 0


if __name__ == "__main__":
    sys.exit(main())
