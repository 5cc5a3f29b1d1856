"""Audio export with the real pyttsx3 engine (run: ``uv run python -m tests.benchmarks.bench_export``).

Exports the bundled sample article and a generated 20,000-character notice to WAV (and to MP3 when ffmpeg or
lame is installed) with a warm engine, and reports the wall time against the length of the audio written:
``× real time`` is audio seconds per wall second (higher is faster). The engine's start (worker spawn,
pyttsx3 init, voices) is reported once on its own. No budget: the issue asks for the figure.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reader.core.document import Article
from reader.core.extraction import extract_file
from reader.core.resources import sample_article
from reader.speech.engine import SpeechEngine
from reader.speech.export import ExportReport, export_audio, find_encoder
from tests.benchmarks.timing import report

LONG_CHARS = 20_000
SAMPLE_RUNS = 5
LONG_RUNS = 3

_PHRASES = [
    "为进一步做好养老服务工作",
    "各区人民政府要高度重视",
    "按照市委市政府的统一部署",
    "2025年5月3日起施行",
    "覆盖率达到95.6%",
    "全市共建成社区食堂312个",
    "切实保障老年人合法权益",
    "加强组织领导和统筹协调",
    "及时总结推广好的经验做法",
    "建立健全长效工作机制",
    "做到应保尽保",
    "依据〔2024〕12号文件",
]


def long_notice(chars: int = LONG_CHARS, seed: int = 5) -> list[str]:
    """Portal-style paragraphs of 80-300 characters, about ``chars`` in all (title first)."""
    rng = random.Random(seed)
    blocks = ["关于进一步加强养老服务体系建设的通知"]
    total = len(blocks[0])
    while total < chars:
        sentences = []
        length = rng.randint(80, 300)
        paragraph = ""
        while len(paragraph) < length:
            clause = "，".join(rng.choice(_PHRASES) for _ in range(rng.randint(1, 4)))
            sentences.append(clause + rng.choice("。。。；！"))
            paragraph = "".join(sentences)
        blocks.append(paragraph)
        total += len(paragraph)
    return blocks


def bench(
    name: str, text: Article | list[str], out: Path, *, engine: SpeechEngine, voice: str | None, runs: int
) -> None:
    reports: list[ExportReport] = []
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        reports.append(export_audio(text, out, engine=engine, voice=voice))
        timings.append(time.perf_counter() - started)
    last = reports[-1]
    speeds = [result.duration / seconds for result, seconds in zip(reports, timings, strict=True)]
    report(
        name,
        timings,
        extra=(
            f"voice {voice}, {last.duration:.1f} s of audio, {last.sentences} sentences, "
            f"{len(last.skipped)} skipped; "
            f"median {statistics.median(speeds):.1f}× real time"
        ),
    )


def main() -> int:
    from reader.speech.engines import create_engine, fallback_reason
    from reader.speech.voices import choose_voice

    started = time.perf_counter()
    engine = create_engine("auto")
    engine.voices()
    start_seconds = time.perf_counter() - started
    reason = fallback_reason(engine)
    if reason is not None:
        print(f"bench_export: no speech engine ({reason}); not measured", flush=True)
        engine.close()
        return 0
    report("export engine start (spawn + pyttsx3 + voices)", [start_seconds])
    # The voice ``reader speak`` picks for simplified Chinese (the engine's default reads English).
    chosen = choose_voice(engine.voices(), script="zh-Hans")
    voice = chosen.id if chosen is not None else None
    try:
        article = extract_file(sample_article())
        chars = len(article.title) + len(article.text)
        long_text = long_notice()
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            bench(
                f"export sample article to WAV ({chars} chars)",
                article,
                out / "a.wav",
                engine=engine,
                voice=voice,
                runs=SAMPLE_RUNS,
            )
            bench(
                f"export {sum(map(len, long_text))}-character notice to WAV",
                long_text,
                out / "b.wav",
                engine=engine,
                voice=voice,
                runs=LONG_RUNS,
            )
            encoder = find_encoder()
            if encoder is not None:
                bench(
                    f"export sample article to MP3 ({Path(encoder).stem})",
                    article,
                    out / "a.mp3",
                    engine=engine,
                    voice=voice,
                    runs=SAMPLE_RUNS,
                )
            else:
                print("bench_export: no ffmpeg or lame; MP3 not measured", flush=True)
    finally:
        engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
