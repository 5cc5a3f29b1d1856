"""A private PulseAudio server with a null sink, and a timestamped capture of what is played into it.

Used by the real-window speech tests and the speech benchmarks: the app under test plays into the null
sink, :class:`Capture` records the sink's monitor and keeps, for every 10 ms of sound, its loudness and
when it came out.

The server (platform-notes.md's recipe) gets its own ``XDG_RUNTIME_DIR`` (mode 700) and its own ``HOME``
(its cookie and state), so it never meets the user's sound server; :meth:`PulseServer.env` is what a client
(the app, ``parecord``) needs to reach it. :func:`pulse_unavailable` says why none can be started here.

Times. Each chunk of the capture has two clocks, both ``time.monotonic()`` (shared by every process):

- ``arrived``: when this process read it from ``parecord``; later than the sound by the capture's own
  latency (the monitor's block, ``parecord``'s buffer, the pipe, this thread being scheduled);
- ``played``: when its first sample went through the sink, from the sample clock: chunk ``i + k`` was
  played ``k × 10 ms`` after chunk ``i``, so each neighbour's arrival bounds when chunk ``i`` ended, and the
  least-delayed neighbour gives the estimate (see :func:`_played`; the pipe's jitter drops out, the
  monitor's drift against the system clock is why only near neighbours count).
  :meth:`Capture.capture_latency` is the median of ``arrived − end of chunk``: what the capture adds on
  top of the real output latency.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SINK = "nullsink"
MONITOR = f"{SINK}.monitor"
RATE = 22050
CHUNK_MS = 10
CHUNK_FRAMES = RATE * CHUNK_MS // 1000
CHUNK_BYTES = CHUNK_FRAMES * 2
START_SECONDS = 10.0
CLOCK_REACH = 10
"""Chunks either side whose arrival times date a chunk (see :func:`_played`)."""

SPEECH_RMS = 300.0
"""A 10 ms chunk this loud (16-bit RMS) is speech: espeak's voiced sounds measure 1,000–8,000 here."""
SILENCE_RMS = 30.0
"""Below this a chunk is silent: the null sink's monitor gives digital zeros when nothing plays."""


class PulseError(RuntimeError):
    """The private server could not be started (the message says why)."""


def pulse_unavailable() -> str | None:
    """Why no private PulseAudio can be started here (a missing program), or None."""
    for program, package in (("pulseaudio", "pulseaudio"), ("pactl", "pulseaudio-utils")):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian package {package})"
    if shutil.which("parecord") is None:
        return "parecord is not installed (Debian package pulseaudio-utils)"
    return None


@dataclass(frozen=True, slots=True)
class PulseServer:
    """A running private server; :meth:`stop` ends it."""

    folder: Path

    @property
    def runtime_dir(self) -> Path:
        return self.folder / "runtime"

    @property
    def home(self) -> Path:
        return self.folder / "home"

    def env(self) -> dict[str, str]:
        """Variables that point a PulseAudio client (libpulse, Qt, ``parecord``) at this server only."""
        return {
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_SERVER": f"unix:{self.runtime_dir / 'pulse' / 'native'}",
            "PULSE_COOKIE": str(self.home / ".config" / "pulse" / "cookie"),
        }

    def _server_env(self) -> dict[str, str]:
        environment = {**os.environ, **self.env(), "HOME": str(self.home)}
        environment.pop("PULSE_SERVER")  # the server makes that socket; it must not look for another one
        # Off the session bus: another PulseAudio there (CI's, a desktop's) already holds org.PulseAudio1,
        # and a second daemon on the same bus refuses to start.
        environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return environment

    def pactl(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *arguments],
            env={**os.environ, **self.env()},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "pulse.log").read_text(errors="replace")
        return ""

    def pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError):
            return int((self.runtime_dir / "pulse" / "pid").read_text().split()[0])
        return None

    def stop(self) -> None:
        """End the server (``pulseaudio --kill`` for this runtime dir; SIGKILL to its pid if that fails)."""
        pid = self.pid()
        subprocess.run(
            ["pulseaudio", "--kill"],
            env=self._server_env(),
            capture_output=True,
            timeout=10,
            check=False,
        )
        if pid is None:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _is_alive(pid):
            time.sleep(0.05)
        if _is_alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (our own child not reaped) counts as gone.
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


def start_pulse(folder: Path) -> PulseServer:
    """Start a private server with a null sink (the default sink) under ``folder``; raise PulseError."""
    server = PulseServer(folder)
    server.runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    server.runtime_dir.chmod(0o700)
    server.home.mkdir(parents=True, exist_ok=True)
    started = subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-native-protocol-unix",
            f"--load=module-null-sink sink_name={SINK}",
            f"--log-target=file:{server.folder / 'pulse.log'}",
        ],
        env=server._server_env(),
        # Not pipes: the daemon would inherit them and the wait for their end would last as long as it.
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=30,
        check=False,
    )
    if started.returncode != 0:
        server.stop()
        raise PulseError(f"pulseaudio did not start (exit {started.returncode}): {server.log()[-400:]}")
    deadline = time.monotonic() + START_SECONDS
    while True:
        info = server.pactl("info")
        if info.returncode == 0:
            break
        if time.monotonic() > deadline:
            server.stop()
            raise PulseError(f"pactl info kept failing: {info.stderr.strip()[-300:]}")
        time.sleep(0.05)
    chosen = server.pactl("set-default-sink", SINK)
    if chosen.returncode != 0:
        server.stop()
        raise PulseError(f"pactl set-default-sink {SINK} failed: {chosen.stderr.strip()}")
    return server


@contextlib.contextmanager
def private_pulse() -> Iterator[PulseServer]:
    """A private server for the ``with`` block, in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="reader-pulse-") as temporary:
        server = start_pulse(Path(temporary))
        try:
            yield server
        finally:
            server.stop()


@dataclass(frozen=True, slots=True)
class Chunk:
    """10 ms of captured sound: its number from the start of the capture, when it arrived, its loudness."""

    index: int
    arrived: float
    rms: float
    peak: int


def loudness(pcm: bytes) -> tuple[float, int]:
    """RMS and peak of signed 16-bit little-endian mono PCM."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    if not samples:
        return 0.0, 0
    low, high = min(samples), max(samples)
    return math.sqrt(sum(s * s for s in samples) / len(samples)), max(-low, high)


@dataclass(frozen=True, slots=True)
class Heard:
    """A chunk on the shared clock: when its first sample was played, when it arrived, its RMS."""

    played: float
    arrived: float
    rms: float


def _played(chunks: list[Chunk], *, reach: int = CLOCK_REACH) -> list[float]:
    """When each chunk's first sample was played (see the module docstring).

    Chunk ``i`` ended no later than any nearby chunk ``j``'s arrival less the ``j − i`` chunks between
    them; the least of those bounds is the estimate. Only neighbours within ``reach`` chunks count: the
    monitor's sample clock drifts from CLOCK_MONOTONIC by up to ~0.5 % (measured), and PulseAudio shifts
    it by a chunk or two when a stream starts or is uncorked (it rewinds the sink and renders the new
    sound at once). The estimate is good to about ±20 ms, which is what the tests allow for.
    """
    step = CHUNK_MS / 1000
    played = []
    for position, chunk in enumerate(chunks):
        nearby = chunks[max(0, position - reach) : position + reach + 1]
        end = min(other.arrived - (other.index - chunk.index) * step for other in nearby)
        played.append(end - step)
    return played


class Capture:
    """Records ``MONITOR`` with ``parecord`` into 10 ms :class:`Chunk` s, timestamped as they arrive."""

    def __init__(self, server: PulseServer, *, latency_ms: int = CHUNK_MS) -> None:
        self.server = server
        self.latency_ms = latency_ms
        self._chunks: list[Chunk] = []
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def start(self, *, timeout: float = 10.0) -> None:
        """Start recording; return once the first chunk has arrived."""
        self._process = subprocess.Popen(
            [
                "parecord",
                f"--device={MONITOR}",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                f"--latency-msec={self.latency_ms}",
            ],
            env={**os.environ, **self.server.env()},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
        )
        self._thread = threading.Thread(target=self._read, name="pulse-capture", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.chunks():
            if self._process.poll() is not None or time.monotonic() > deadline:
                stderr = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
                self.stop()
                raise PulseError(f"parecord gave no sound data: {stderr.strip()[-300:]}")
            time.sleep(0.01)

    def _read(self) -> None:
        process = self._process
        if process is None or process.stdout is None:
            return
        descriptor = process.stdout.fileno()
        pending = b""
        index = 0
        while True:
            try:
                data = os.read(descriptor, 65536)
            except OSError:
                return
            arrived = time.monotonic()
            if not data:
                return
            pending += data
            whole = len(pending) // CHUNK_BYTES * CHUNK_BYTES
            batch = []
            for offset in range(0, whole, CHUNK_BYTES):
                rms, peak = loudness(pending[offset : offset + CHUNK_BYTES])
                batch.append(Chunk(index, arrived, rms, peak))
                index += 1
            pending = pending[whole:]
            with self._lock:
                self._chunks.extend(batch)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Capture:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- reading the capture ---------------------------------------------------------------------------

    def chunks(self) -> list[Chunk]:
        with self._lock:
            return list(self._chunks)

    def timeline(self, since: float | None = None) -> list[Heard]:
        """Every chunk (played after ``since``) with when it was played and when it arrived."""
        chunks = self.chunks()
        heard = [Heard(played, c.arrived, c.rms) for c, played in zip(chunks, _played(chunks), strict=True)]
        return heard if since is None else [h for h in heard if h.played >= since]

    def capture_latency(self, quantile: float = 0.5) -> float:
        """Seconds from the end of a chunk's sound to its arrival here: the median, or another quantile."""
        delays = sorted(h.arrived - h.played - CHUNK_MS / 1000 for h in self.timeline())
        return delays[min(len(delays) - 1, int(quantile * len(delays)))]

    def first_sound(self, since: float, *, rms: float = SPEECH_RMS) -> float | None:
        """When the first chunk at least ``rms`` loud played after ``since`` (sample clock), or None."""
        for heard in self.timeline(since):
            if heard.rms >= rms:
                return heard.played
        return None

    def last_sound(self, since: float, *, rms: float = SILENCE_RMS) -> float | None:
        """When the last chunk louder than ``rms`` played after ``since`` (its end), or None."""
        last = None
        for heard in self.timeline(since):
            if heard.rms >= rms:
                last = heard.played + CHUNK_MS / 1000
        return last

    def is_sounding(self, *, window: float = 0.05, rms: float = SPEECH_RMS) -> bool:
        """Whether a chunk that arrived in the last ``window`` seconds was speech-loud."""
        now = time.monotonic()
        return any(c.rms >= rms and c.arrived >= now - window for c in reversed(self.chunks()[-50:]))


# --- the app under test ------------------------------------------------------------------------------------

PROJECT_DIR = Path(__file__).resolve().parent.parent
READY_SECONDS = 90.0
"""Bound on the app's start (Qt, the window, the speech worker's cold start) on a busy 2-core machine."""


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb screen (1280×900×24); its DISPLAY. The ``display`` fixture of tests/ui uses it too."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    try:
        if not number:
            raise PulseError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class AppError(RuntimeError):
    """The app under test did not do what was waited for (the message has its recent output)."""


class SpeechApp:
    """``tests.ui.speech_driver`` in a subprocess: a real window reading aloud into ``server``'s null sink.

    :meth:`send` writes a command; :meth:`wait_for` waits for an event (a dict with ``event`` and ``t``).
    """

    def __init__(self, display: str, server: PulseServer, folder: Path, path: Path | None = None) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._stderr = (folder / "app-stderr.txt").open("w+")
        environment = {
            **os.environ,
            **server.env(),
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "READER_SPEECH_ENGINE": "pyttsx3",
            "READER_CONFIG_DIR": str(folder / "config"),
            "READER_SCREEN_READER": "0",
            "LC_ALL": "C.UTF-8",
        }
        command = [sys.executable, "-m", "tests.ui.speech_driver"]
        if path is not None:
            command.append(str(path))
        self.process = subprocess.Popen(
            command,
            cwd=PROJECT_DIR,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self._events: list[dict[str, Any]] = []
        self._other: list[str] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, name="speech-app", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._lock:
                if line.startswith("EVENT "):
                    self._events.append(json.loads(line[6:]))
                else:
                    self._other.append(line.rstrip("\n"))

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self._events if name is None or e["event"] == name]

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for(
        self, name: str, *, after: float = 0.0, timeout: float = 10.0, where: Any = None
    ) -> dict[str, Any]:
        """The first ``name`` event at or after ``after`` (monotonic) for which ``where(event)`` holds."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events(name):
                if event["t"] >= after and (where is None or where(event)):
                    return event
            errors = self.events("error")
            if errors:
                raise AppError(f"the app reported an error: {errors[0]['message']}\n{self.output()}")
            if self.process.poll() is not None:
                raise AppError(f"the app exited ({self.process.returncode}) before {name}\n{self.output()}")
            if time.monotonic() > deadline:
                raise AppError(f"no {name} event within {timeout} s\n{self.output()}")
            time.sleep(0.005)

    def press(self, command: str, *, timeout: float = 10.0) -> dict[str, Any]:
        """Send ``command`` (a key) and return its ``…_pressed`` event once the key has been handled."""
        sent = time.monotonic()
        self.send(command)
        pressed = self.wait_for(f"{command}_pressed", after=sent, timeout=timeout)
        self.wait_for("key_done", after=pressed["t"], timeout=timeout)
        return pressed

    def output(self, lines: int = 30) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        stderr = self._stderr.read()
        with self._lock:
            other = self._other[-lines:]
        return "app stdout (not events):\n" + "\n".join(other) + "\napp stderr:\n" + stderr[-3000:]

    def close(self) -> int | None:
        """Quit the app (``quit``, then terminate, then kill); its exit status."""
        if self.process.poll() is None:
            with contextlib.suppress(OSError, ValueError):
                self.send("quit")
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        self._thread.join(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()
        self._stderr.close()
        return self.process.returncode

    def __enter__(self) -> SpeechApp:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def timeline(app: SpeechApp, capture: Capture, since: float, *, step: float = 0.05) -> str:
    """The app's events and the sound heard since ``since``, in time order, for failure messages.

    Sound is one line per ``step`` seconds of capture: its loudest 10 ms chunk's RMS, ``#`` for speech and
    ``.`` for silence per chunk; events as ``+ms event {fields}``.
    """
    rows: list[tuple[float, str]] = []
    for event in app.events():
        if event["t"] < since:
            continue
        fields = {k: v for k, v in event.items() if k not in {"event", "t", "voices"}}
        rows.append((event["t"], f"{event['event']} {json.dumps(fields, ensure_ascii=False)[:160]}"))
    heard = capture.timeline(since)
    for first in range(0, len(heard), max(1, round(step * 1000 / CHUNK_MS))):
        group = heard[first : first + round(step * 1000 / CHUNK_MS)]
        marks = "".join("#" if h.rms >= SPEECH_RMS else ("." if h.rms < SILENCE_RMS else "-") for h in group)
        rows.append((group[0].played, f"  sound {marks} max rms {max(h.rms for h in group):.0f}"))
    rows.sort(key=lambda row: row[0])
    return "\n".join(f"{(t - since) * 1000:+8.0f} ms {text}" for t, text in rows)
