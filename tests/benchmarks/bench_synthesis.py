"""Speech synthesis speed: worker cold start, warm first request, and audio seconds per wall second.

Run: ``uv run python -m tests.benchmarks.bench_synthesis``. Uses the real pyttsx3 engine (espeak-ng) in its
worker process, as the window does; prints a skip line when it cannot start here.
"""

from __future__ import annotations

import statistics
import time

from reader.speech.engine import SynthesisRequest
from reader.speech.pyttsx3engine import Pyttsx3Engine
from tests.benchmarks.timing import report

SENTENCES = {
    "mandarin": ("sit/cmn", "国务院办公厅关于进一步优化政务服务提升行政效能推动高效办成一件事的指导意见。"),
    "cantonese": ("sit/yue", "香港特別行政區政府今日公布一系列措施，協助市民應對生活開支上升的壓力。"),
}
RUNS = 7


def _one(engine: Pyttsx3Engine, request: SynthesisRequest) -> float:
    """Seconds of audio for ``request`` (waits for it)."""
    engine.submit(request)
    if not engine.wait(20):
        raise RuntimeError("no result within 20 s")
    [result] = engine.results()
    if not result.ok or result.audio is None:
        raise RuntimeError(f"synthesis failed: {result.error}")
    return result.audio.duration_ms / 1000


def main() -> int:
    cold: list[float] = []
    first: list[float] = []
    for _ in range(5):
        engine = Pyttsx3Engine()
        started = time.perf_counter()
        if not engine.voices():
            print(f"BENCH synthesis: skipped, pyttsx3 does not start here ({engine.failure})")
            engine.close()
            return 0
        cold.append(time.perf_counter() - started)
        started = time.perf_counter()
        _one(engine, SynthesisRequest(1, "你好。", voice="sit/cmn"))
        first.append(time.perf_counter() - started)
        engine.close()
    report("speech worker cold start (spawn, pyttsx3 init, voices)", cold)
    report("speech warm first request (short sentence)", first, budget=0.3)
    with Pyttsx3Engine() as engine:
        engine.voices()
        request_id = 10
        for name, (voice, text) in SENTENCES.items():
            walls: list[float] = []
            ratios: list[float] = []
            for _ in range(RUNS):
                request_id += 1
                started = time.perf_counter()
                audio_seconds = _one(engine, SynthesisRequest(request_id, text, voice=voice))
                wall = time.perf_counter() - started
                walls.append(wall)
                ratios.append(audio_seconds / wall)
            report(
                f"speech synthesis {name} sentence ({len(text)} chars)",
                walls,
                extra=f"median {statistics.median(ratios):.0f}x real time",
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
