"""Read pressed → first audio heard, and Stop pressed → silence, in the real window (run: ``uv run python -m
tests.benchmarks.bench_speech``).

The harness of ``tests/ui/test_speech_real.py`` (``tests/pulse.py``): a private Xvfb screen and PulseAudio
null sink, the app (``tests.ui.speech_driver``, the pyttsx3 engine in its worker) playing into the sink,
and a capture of the sink's monitor in 10 ms chunks on the shared monotonic clock. For the bundled sample
article and for a generated 1,000,000-character TXT novel, after the app is ready (painted, speech worker
warm), each run:

1. presses the 连读 key and waits for the first 10 ms of speech on the monitor: **Read → first audio**
   (budget 300 ms, the same for both texts; nothing subtracted: the clip's own leading silence, the output
   and the capture are all in it);
2. lets it speak ~0.4 s, presses Escape while sound is coming out, and finds the end of the last non-silent
   chunk: **Stop → silence** (budget 200 ms; 0 when the next chunk was already silent). On the monitor's
   clock the sound a stopped stream had already handed to the sink went out before Stop: a real device
   would still play its buffer (the sink's latency, ~10–20 ms here), which the arrival figure includes;
3. waits 0.3 s before the next run (reading starts again at the caret: the same first sentence).

The first run after start-up is reported on its own (the voice's first synthesis). Also reported, to show
where the time goes: Read → the clip handed to the player (synthesis and the app), the clip handed → its
first speech heard less the clip's leading silence (output latency), and the capture's own latency
(arrival of a chunk after its sound, median and 95th percentile; ``tests/pulse.py`` explains the clocks).
Synthesis speed against real time is ``bench_synthesis``'s.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.bench_open_large import write_novel
from tests.benchmarks.timing import report
from tests.pulse import (
    SILENCE_RMS,
    AppError,
    Capture,
    PulseError,
    PulseServer,
    SpeechApp,
    private_pulse,
    pulse_unavailable,
    xvfb,
)

READ_BUDGET_S = 0.300
STOP_BUDGET_S = 0.200
RUNS = 7
SOUND_TIMEOUT_S = 5.0


@dataclass
class Runs:
    """Timings (seconds) of one text's runs."""

    first_read: float | None = None
    read: list[float] = field(default_factory=list)
    stop: list[float] = field(default_factory=list)
    to_clip: list[float] = field(default_factory=list)
    output: list[float] = field(default_factory=list)
    read_arrival: list[float] = field(default_factory=list)
    stop_arrival: list[float] = field(default_factory=list)


def wait_for_sound(capture: Capture, since: float, timeout: float = SOUND_TIMEOUT_S) -> float | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        heard = capture.first_sound(since)
        if heard is not None:
            return heard
        time.sleep(0.005)
    return None


def _first_arrival(capture: Capture, played: float) -> float:
    """When the chunk played at ``played`` arrived here."""
    return next(h.arrived for h in capture.timeline(played - 0.001) if h.played >= played - 0.001)


def one_run(app: SpeechApp, capture: Capture, runs: Runs, *, is_first: bool) -> None:
    read = app.press("read")
    heard = wait_for_sound(capture, read["t"])
    if heard is None:
        raise AppError(f"no speech within {SOUND_TIMEOUT_S} s of Read\n{app.output()}")
    clip = app.wait_for("clip", after=read["t"])
    if is_first:
        runs.first_read = heard - read["t"]
    else:
        runs.read.append(heard - read["t"])
        runs.read_arrival.append(_first_arrival(capture, heard) - read["t"])
    runs.to_clip.append(clip["t"] - read["t"])
    runs.output.append(heard - clip["t"] - (clip["lead_ms"] or 0) / 1000)
    # Press Stop while speech is coming out, so that there is something to silence.
    deadline = time.monotonic() + 3.0
    while (time.monotonic() < heard + 0.4 or not capture.is_sounding()) and time.monotonic() < deadline:
        time.sleep(0.005)
    stop = app.press("stop")
    time.sleep(0.5)
    last = capture.last_sound(stop["t"])
    runs.stop.append(max(0.0, (last or stop["t"]) - stop["t"]))
    loud = [h.arrived for h in capture.timeline(stop["t"] - 0.2) if h.rms >= SILENCE_RMS]
    runs.stop_arrival.append(max(0.0, max(loud, default=stop["t"]) - stop["t"]))
    time.sleep(0.3)


def measure_text(display: str, server: PulseServer, folder: Path, path: Path | None) -> Runs:
    runs = Runs()
    with Capture(server) as capture, SpeechApp(display, server, folder, path) as app:
        ready = app.wait_for("ready", timeout=120)
        if ready["engine"] != "pyttsx3" or not ready["voices"] or ready["failure"]:
            raise PulseError(f"pyttsx3 does not start here ({ready['failure']})")
        if not ready["has_device"]:
            raise PulseError("QtMultimedia sees no audio output on the private PulseAudio")
        for number in range(RUNS + 1):
            one_run(app, capture, runs, is_first=number == 0)
        print(
            f"  {path.name if path else 'sample article'}: {ready['characters']} characters; capture latency "
            f"median {capture.capture_latency() * 1000:.1f} ms, "
            f"95th percentile {capture.capture_latency(0.95) * 1000:.1f} ms",
            flush=True,
        )
    return runs


def main() -> int:
    missing = pulse_unavailable() or (None if shutil.which("Xvfb") else "Xvfb is not installed")
    if missing:
        print(f"BENCH speech read→audio: skipped, {missing}")
        return 0
    with tempfile.TemporaryDirectory(prefix="reader-bench-speech-") as temporary:
        folder = Path(temporary)
        novel = folder / "novel.txt"
        length = write_novel(novel)
        print(f"generated {novel.name}: {length} characters", flush=True)
        try:
            with xvfb() as display, private_pulse() as server:
                results = {
                    "sample article": measure_text(display, server, folder / "sample", None),
                    "1M-char TXT": measure_text(display, server, folder / "novel", novel),
                }
        except PulseError as error:
            print(f"BENCH speech read→audio: skipped, {error}")
            return 0
    for name, runs in results.items():
        report(
            f"speech Read pressed→first audio heard, {name}",
            runs.read,
            budget=READ_BUDGET_S,
            extra=f"first Read after start {1000 * (runs.first_read or 0):.0f} ms; by arrival here "
            f"(capture latency included) median {statistics.median(runs.read_arrival) * 1000:.1f} ms",
        )
    for name, runs in results.items():
        report(
            f"speech Read pressed→clip handed to the player, {name}",
            runs.to_clip,
            extra="synthesis of the first sentence and the app's own work",
        )
    stops = [s for runs in results.values() for s in runs.stop]
    arrivals = [s for runs in results.values() for s in runs.stop_arrival]
    report(
        "speech Stop pressed→silence (both texts)",
        stops,
        budget=STOP_BUDGET_S,
        extra="10 ms capture resolution; 0 = the next chunk was already silent; last sound's arrival here "
        f"(capture latency included) median {statistics.median(arrivals) * 1000:.1f} ms, "
        f"max {max(arrivals) * 1000:.1f} ms",
    )
    outputs = [o for runs in results.values() for o in runs.output]
    report(
        "speech clip handed to the player→its first speech heard, less its leading silence",
        outputs,
        extra=f"output latency; mean {statistics.mean(outputs) * 1000:.1f} ms; sample clock ±20 ms",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
