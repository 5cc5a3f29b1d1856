"""Readings for what is shown of a 1,000,000-character novel (``reader.core.pinyin.Annotator``; run:
``uv run python -m tests.benchmarks.bench_pinyin``).

The novel is ``bench_open_large``'s generated paragraph novel. A *screen* is the 1,500 characters from a
position, passed as they are (cut mid-line, as a view around a position would be). Reported:

1. the first call in a fresh process (imports pypinyin and its dictionaries, reads the phrase files),
   separately, in a subprocess, three times;
2. a screen at a position not read before (its lines not cached): the budget, 20 ms median, 21 places;
3. the same screen again (every line cached), and scrolling by 300 characters (mostly cached);
4. a new screen in 注音 (zhuyin) style.

Nothing computes the whole book; its size is only where the screens are taken from.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_open_large import write_novel
from tests.benchmarks.bench_startup import PROJECT_DIR
from tests.benchmarks.timing import measure, report

SCREEN = 1_500
BUDGET_SECONDS = 0.020
PLACES = 21

_COLD = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from reader.core.pinyin import Annotator, Style
Annotator(Path(sys.argv[2])).readings(Path(sys.argv[1]).read_text(encoding="utf-8")[:1500], Style.MARKS)
print(time.perf_counter() - started)
"""


def main() -> int:
    from reader.core.pinyin import Annotator, Style

    with tempfile.TemporaryDirectory(prefix="reader-bench-pinyin-") as folder:
        novel = Path(folder) / "novel.txt"
        write_novel(novel)
        text = novel.read_text(encoding="utf-8")
        no_user_file = Path(folder) / "none.txt"
        cold = [
            float(
                subprocess.run(
                    [sys.executable, "-c", _COLD, str(novel), str(no_user_file)],
                    cwd=PROJECT_DIR,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        ]
        report("pinyin first call in a fresh process (pypinyin load + phrases + one screen)", cold)

        annotator = Annotator(no_user_file)
        started = time.perf_counter()
        annotator.warm()
        report("pinyin first call in this process (warm())", [time.perf_counter() - started])

        rng = random.Random(5)
        places = [rng.randrange(0, len(text) - SCREEN) for _ in range(PLACES)]
        fresh = []
        for place in places:
            screen = text[place : place + SCREEN]
            started = time.perf_counter()
            readings = annotator.readings(screen, Style.MARKS)
            fresh.append(time.perf_counter() - started)
            assert len(readings) == len(screen)
        han = sum(
            1 for value in annotator.readings(text[places[0] : places[0] + SCREEN], Style.MARKS) if value
        )
        report(
            f"pinyin one new screen ({SCREEN:,} chars, tone marks) of a {len(text):,}-char novel",
            fresh,
            budget=BUDGET_SECONDS,
            extra=f"{PLACES} places, {han} Han characters in the first",
        )
        screen = text[places[0] : places[0] + SCREEN]
        report(
            "pinyin the same screen again (lines cached)",
            measure(lambda: annotator.readings(screen, Style.MARKS)),
        )
        offsets = iter(range(places[1], places[1] + 300 * 40, 300))
        report(
            "pinyin scrolling by 300 chars",
            measure(
                lambda: annotator.readings(text[(start := next(offsets)) : start + SCREEN], Style.MARKS),
                runs=20,
            ),
            budget=BUDGET_SECONDS,
        )
        zhuyin = []
        for place in (rng.randrange(0, len(text) - SCREEN) for _ in range(PLACES)):
            started = time.perf_counter()
            annotator.readings(text[place : place + SCREEN], Style.ZHUYIN)
            zhuyin.append(time.perf_counter() - started)
        report("pinyin one new screen in zhuyin", zhuyin, budget=BUDGET_SECONDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
