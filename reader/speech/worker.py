"""The speech worker process: owns one pyttsx3 engine for its whole life and synthesises requests into PCM.

Why a process (platform-notes.md): espeak can be initialised once per process and its callback is global,
pyttsx3 must be created and driven in one thread, and a hung or crashed engine can only be recovered by
ending the process that holds it. :class:`reader.speech.pyttsx3engine.Pyttsx3Engine` starts it as a fresh
interpreter (``python -m reader --child speech-worker --fd N``, or the bundled app with ``--child``:
``reader.children``; ``python -m reader.speech.worker --fd N`` still works), spawned, never forked from
the window's process, and without multiprocessing's re-import of the parent's ``__main__``, and talks to
it over one socket wrapped in a ``multiprocessing`` Connection.

Protocol (tuples; the first item names the message):
    parent → worker  ``("synth", SynthesisRequest, generation)``  synthesise, answer with exactly one result
                     ``("cancel", generation)``   requests of older generations are answered ``"cancelled"``
                     ``("quit",)``                 exit
    worker → parent  ``("ready", [Voice], WorkerInfo)``  once, after pyttsx3 is initialised and voices loaded
                     ``("failed", message)``     pyttsx3 could not start; the worker exits
                     ``("result", SynthesisResult)``   one per ``synth``, in order
The worker exits when the pipe reaches EOF (the parent died).

One request, step by step:
1. voice and rate are set when they differ from the last request (an unknown voice is an error result);
2. ``save_to_file`` into the worker's temporary directory, then ``runAndWait``; with espeak the synthesis runs
   on espeak's own thread and ``runAndWait`` returns before it ends, so the worker waits for the end of the
   message (bounded), reading the pipe meanwhile so a cancel can abort it;
3. the file is verified (exists, a valid 16-bit WAV, frames > 0; platform-notes: it is sometimes missing),
   synthesis is retried once in the worker when it is not, the PCM is read and the file deleted;
4. word events become :class:`WordMark` s (see :func:`normalise_marks`); with espeak each word's
   ``audio_position`` (ms from the start of the message) is its time in the audio.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import unicodedata
import wave
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from reader.speech.engine import (
    MAX_RATE,
    MIN_RATE,
    Audio,
    Capabilities,
    SynthesisRequest,
    SynthesisResult,
    Voice,
    WordMark,
)

POLL_SECONDS = 0.005
"""How often the worker looks at the pipe while espeak synthesises (cancel and parent death)."""
SYNTH_SECONDS_BASE = 2.0
SYNTH_SECONDS_PER_CHAR = 0.05
"""In-worker bound for one synthesis (espeak runs ~500x real time here); past it the attempt is a failure."""

DRIVER_CAPABILITIES = {
    # espeak: word events carry their position in the audio.
    "espeak": Capabilities(word_marks=True, timed_words=True, voices=True, rate_range=(MIN_RATE, MAX_RATE)),
    # Untested here; kept so the structure has a place for them: word events arrive during synthesis
    # with no audio time, so the highlight can only be per sentence (or estimated).
    "sapi5": Capabilities(word_marks=True, timed_words=False, voices=True, rate_range=(MIN_RATE, 300)),
    "nsss": Capabilities(word_marks=True, timed_words=False, voices=True, rate_range=(MIN_RATE, 350)),
}
FALLBACK_CAPABILITIES = Capabilities(word_marks=False, timed_words=False, voices=True)


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """How the parent wants the worker to start."""

    driver: str | None = None
    """pyttsx3 driver name; None for the platform's default."""
    prefer_system_espeak: bool = True


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """What the worker found at start: the driver, its capabilities and where libespeak-ng came from."""

    driver: str
    capabilities: Capabilities
    library: str
    """``"system"``, ``"wheel"`` or ``"none"`` (see :mod:`reader.speech.espeak`)."""
    pid: int


class CancelledError(Exception):
    """The request in progress became stale (a newer cancel arrived)."""


class ParentGoneError(Exception):
    """The pipe reached EOF: the parent exited; the worker must exit too."""


# --- word marks -------------------------------------------------------------------------------------------


def _is_word_char(char: str) -> bool:
    """Letters, digits and Han characters: part of a word a speech event may have reported short."""
    return char.isalnum() or unicodedata.category(char) in {"Lo", "Mn", "Mc"}


def normalise_marks(text: str, events: list[tuple[int, int, int | None]], duration_ms: int) -> list[WordMark]:
    """Turn raw word events ``(position, length, time_ms)`` into ordered, clamped :class:`WordMark` s.

    ``position`` is espeak's 1-based code-point index. Zero-length and duplicate events happen, and a
    two-character word is sometimes reported with length 1 (很好 → 很): a mark is extended over word
    characters up to the next mark, dropped when it does not move forward, and its time kept inside the
    audio and non-decreasing so a highlight never jumps back.
    """
    size = len(text)
    marks: list[tuple[int, int, int | None]] = []
    last_start = -1
    for position, length, time_ms in events:
        start = min(max(position - 1, 0), size)
        if start >= size or start <= last_start:
            continue
        end = min(start + max(length, 1), size)
        marks.append((start, end, time_ms))
        last_start = start
    result: list[WordMark] = []
    last_time = 0
    for index, (start, reported_end, time_ms) in enumerate(marks):
        limit = marks[index + 1][0] if index + 1 < len(marks) else size
        end = min(reported_end, limit)
        while end < limit and _is_word_char(text[end]):
            end += 1
        timed: int | None = None
        if time_ms is not None:
            timed = min(max(time_ms, last_time), max(duration_ms, 0))
            last_time = timed
        result.append(WordMark(start, max(end, start + 1), timed))
    return result


# --- WAV files --------------------------------------------------------------------------------------------


def read_wav(path: Path) -> Audio | None:
    """The PCM of a 16-bit WAV file, or None when it is missing, invalid or empty."""
    try:
        with wave.open(str(path), "rb") as file:
            if file.getsampwidth() != 2 or file.getnframes() <= 0:
                return None
            pcm = file.readframes(file.getnframes())
            audio = Audio(pcm, file.getframerate(), file.getnchannels())
    except (OSError, EOFError, wave.Error):
        return None
    return audio if audio.frame_count > 0 else None


# --- the pyttsx3 backend ----------------------------------------------------------------------------------


class Pyttsx3Backend:
    """One pyttsx3 engine and the state around it; used from the worker's main thread only."""

    def __init__(self, settings: WorkerSettings, workdir: Path) -> None:
        library = "none"
        driver = settings.driver
        if sys.platform.startswith("linux") and driver in {None, "espeak"}:
            from reader.speech.espeak import load_espeak

            library = load_espeak(prefer_system=settings.prefer_system_espeak).source
        import pyttsx3

        self._engine: Any = pyttsx3.init(driver)
        self.driver: str = str(self._engine.driver_name)
        self.capabilities = DRIVER_CAPABILITIES.get(self.driver, FALLBACK_CAPABILITIES)
        self.library = library
        self._workdir = workdir
        self._voice_ids: set[str] = set()
        self._voice: str | None = None
        self._rate: int | None = None
        self._events: list[tuple[int, int, int | None]] = []
        self._finished = threading.Event()
        self._abort = False
        self._counter = 0
        if self.driver == "espeak":
            self._hook_espeak()
        else:
            self._engine.connect("started-word", self._on_word)

    def _hook_espeak(self) -> None:
        """Read each word's ``audio_position`` in espeak's callback, then let the driver do its work."""
        from pyttsx3.drivers import _espeak

        driver = self._engine.proxy._driver
        original = driver._onSynth

        def on_synth(wav: Any, samples: int, events: Any) -> int:
            finished = False
            index = 0
            while events[index].type != _espeak.EVENT_LIST_TERMINATED:
                event = events[index]
                if event.type == _espeak.EVENT_WORD:
                    self._events.append((event.text_position, event.length, event.audio_position))
                elif event.type == _espeak.EVENT_MSG_TERMINATED:
                    finished = True
                index += 1
            # Exceptions raised here are swallowed by ctypes: keep the driver's call last and guarded.
            try:
                status = int(original(wav, samples, events) or 0)
            finally:
                if finished:
                    self._finished.set()
            return 1 if self._abort else status

        # The driver registered its own bound method; ours replaces it (the callback is global).
        _espeak.SetSynthCallback(on_synth)

    def _on_word(self, name: object = None, location: int = 0, length: int = 0, **_: object) -> None:
        # sapi5/nsss: positions only (sapi5 gives 0-based UTF-16 units: a driver-specific fix goes here).
        self._events.append((location, length, None))

    def voices(self) -> list[Voice]:
        found: list[Voice] = []
        for voice in self._engine.getProperty("voices") or []:
            languages = tuple(
                str(tag).lower().replace("_", "-") for tag in (getattr(voice, "languages", None) or [])
            )
            gender = getattr(voice, "gender", None)
            found.append(
                Voice(
                    id=str(voice.id),
                    name=str(getattr(voice, "name", voice.id)),
                    languages=languages,
                    engine="pyttsx3",
                    gender=str(gender).lower() if gender else None,
                )
            )
        self._voice_ids = {voice.id for voice in found}
        return found

    def synthesize(self, request: SynthesisRequest, check: Callable[[], None]) -> SynthesisResult:
        """One request, retried once in the worker when no valid audio comes out. ``check`` may raise."""
        if not request.text.strip():
            return SynthesisResult(request.id, error="nothing to say")
        if request.voice is not None and request.voice != self._voice:
            if self._voice_ids and request.voice not in self._voice_ids:
                return SynthesisResult(request.id, error=f"voice not installed: {request.voice}")
            self._engine.setProperty("voice", request.voice)
            self._voice = request.voice
            self._settle()
        low, high = self.capabilities.rate_range
        rate = min(max(request.rate, low), high)
        if rate != self._rate:
            self._engine.setProperty("rate", rate)
            self._rate = rate
            self._settle()
        error = "no audio"
        for attempt in (1, 2):
            audio, error = self._attempt(request.text, check)
            if audio is not None:
                marks = normalise_marks(request.text, self._events, audio.duration_ms)
                return SynthesisResult(request.id, audio=audio, words=tuple(marks), attempts=attempt)
        return SynthesisResult(request.id, error=error, attempts=2)

    def _settle(self) -> None:
        """Let espeak apply queued parameter changes before the next message.

        In espeak's asynchronous mode ``SetParameter`` is only queued; ``runAndWait`` then calls the driver's
        ``stop()``, which cancels whatever is still queued when ``IsPlaying`` says so: the new rate was lost
        (measured: a rate change after the first message was ignored every time).
        """
        if self.driver == "espeak":
            from pyttsx3.drivers import _espeak

            _espeak.Synchronize()

    def _attempt(self, text: str, check: Callable[[], None]) -> tuple[Audio | None, str]:
        self._counter += 1
        path = self._workdir / f"utterance-{self._counter}.wav"
        self._events = []
        self._finished.clear()
        self._abort = False
        try:
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            if self.driver == "espeak":
                self._wait_for_espeak(len(text), check)
            audio = read_wav(path)
        finally:
            with contextlib.suppress(OSError):
                path.unlink()
        return audio, "" if audio is not None else "no audio (file missing, invalid or empty)"

    def _wait_for_espeak(self, size: int, check: Callable[[], None]) -> None:
        """Wait for espeak's end of message; abort the synthesis when ``check`` says it is stale."""
        deadline = time.monotonic() + SYNTH_SECONDS_BASE + SYNTH_SECONDS_PER_CHAR * size
        while not self._finished.wait(POLL_SECONDS):
            try:
                check()
            except (CancelledError, ParentGoneError):
                self._abort = True
                self._finished.wait(1.0)
                self._reset_driver()
                raise
            if time.monotonic() > deadline:
                self._abort = True
                self._finished.wait(1.0)
                self._reset_driver()
                return

    def _reset_driver(self) -> None:
        """After an aborted message, leave the driver as a finished one would (ready for the next)."""
        driver = self._engine.proxy._driver
        driver._speaking = False
        driver._data_buffer = b""
        self._engine.proxy.setBusy(False)
        self._abort = False


# --- the process body -------------------------------------------------------------------------------------


def _silence_stdout() -> None:
    """pyttsx3's espeak driver prints "Audio saved to …" for every file: keep it off the user's terminal.

    The parent already starts the worker with stdout on the null device; this also covers a worker started
    some other way (a debugging session).
    """
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process


class _Inbox:
    """Messages read from the pipe and not yet acted on, plus the cancel generation they imply."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.queue: deque[tuple[SynthesisRequest, int]] = deque()
        self.cancelled_below = 0
        self.quit = False

    def read(self, timeout: float | None) -> None:
        """Read every message available (waiting up to ``timeout`` for the first; None waits forever)."""
        try:
            if timeout is not None and not self.conn.poll(timeout):
                return
            while True:
                message = self.conn.recv()
                kind = message[0]
                if kind == "synth":
                    self.queue.append((message[1], int(message[2])))
                elif kind == "cancel":
                    self.cancelled_below = max(self.cancelled_below, int(message[1]))
                elif kind == "quit":
                    self.quit = True
                if not self.conn.poll(0):
                    return
        except (EOFError, OSError) as error:
            raise ParentGoneError from error


def main(conn: Connection, settings: WorkerSettings) -> None:
    """The worker process's body; never returns (the process exits)."""
    # Ctrl+C in a terminal reaches the whole process group: the parent decides when the worker ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _silence_stdout()
    workdir = Path(tempfile.mkdtemp(prefix="reader-speech-"))
    try:
        _serve(conn, settings, workdir)
    except (ParentGoneError, OSError):  # EOF or a broken pipe: the parent is gone
        pass
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        # espeak asserts when terminated from Python (pyttsx3's comment): leave without running finalisers.
        os._exit(0)


def _serve(conn: Connection, settings: WorkerSettings, workdir: Path) -> None:
    try:
        backend = Pyttsx3Backend(settings, workdir)
        voices = backend.voices()
    except Exception as error:
        with contextlib.suppress(OSError):
            conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    info = WorkerInfo(backend.driver, backend.capabilities, backend.library, os.getpid())
    conn.send(("ready", voices, info))
    inbox = _Inbox(conn)
    while not inbox.quit:
        if not inbox.queue:
            inbox.read(None)
            continue
        request, generation = inbox.queue.popleft()
        if generation < inbox.cancelled_below:
            conn.send(("result", SynthesisResult(request.id, error="cancelled")))
            continue

        def check(generation: int = generation) -> None:
            inbox.read(0)
            if inbox.quit:
                raise ParentGoneError
            if generation < inbox.cancelled_below:
                raise CancelledError

        try:
            result = backend.synthesize(request, check)
        except CancelledError:
            result = SynthesisResult(request.id, error="cancelled")
        except ParentGoneError:
            return
        except Exception as error:  # a driver error must not end the worker: the parent gets the reason
            result = SynthesisResult(request.id, error=f"{type(error).__name__}: {error}")
        conn.send(("result", result))


def _command_line(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="reader.speech.worker")
    parser.add_argument("--fd", type=int, required=True, help="the socket shared with the parent")
    parser.add_argument("--driver", default=None)
    parser.add_argument("--no-system-espeak", action="store_true")
    options = parser.parse_args(argv)
    settings = WorkerSettings(driver=options.driver, prefer_system_espeak=not options.no_system_espeak)
    main(Connection(options.fd), settings)


if __name__ == "__main__":
    # Run the imported module, not this ``__main__`` copy: what is pickled must name reader.speech.worker.
    import importlib

    importlib.import_module("reader.speech.worker")._command_line(sys.argv[1:])
