"""The pyttsx3 engine, client side: a :class:`SpeechEngine` whose backend lives in a worker process.

The worker (:mod:`reader.speech.worker`) is a fresh process (``reader.children``'s ``speech-worker``:
``python -m reader --child speech-worker``, or the bundled app with ``--child``): spawned, never forked (the
window's process has Qt threads), and unlike multiprocessing's "spawn" it does not re-import
the parent's ``__main__`` (a script without a main guard would start workers recursively, and the window's
main module would pull Qt into the worker). It starts lazily on the first request or by
:meth:`Pyttsx3Engine.start` (warm-up); the two sides share one socket wrapped in a multiprocessing Connection,
and the worker exits when it reads EOF (this process died). Every
request is sent at once; the worker answers them one by one, in order, and this side keeps the queue of
unanswered ones so that it can:

- drop stale answers: :meth:`cancel` raises a generation; answers to older requests are never handed out,
  and the worker is told so that it skips (or aborts) them;
- detect a hang: the request at the head of the queue may take ``hang_seconds + hang_seconds_per_char ×
  len(text)`` from when the worker could start it; past that, or when the worker died, the worker is killed
  and a new one started, the request retried once, then answered with an error; the others are resent.
  :attr:`restart_count` counts the restarts. After :data:`MAX_FAILED_RESTARTS` restarts with no answer in
  between, every pending request is answered with the error and the next :meth:`submit` starts afresh.

Polling: :meth:`results` never blocks; :meth:`wait` blocks on the pipe and the process sentinel.
:meth:`fileno` is the pipe's descriptor; it changes when the worker is restarted (watch
:attr:`restart_count`), and a hung worker never makes it readable, so a caller watching it must still call
:meth:`results` on a timer for hangs to be noticed.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for_objects

from reader.children import SPEECH_WORKER, child_command, child_environment
from reader.speech.engine import Capabilities, SpeechEngine, SynthesisRequest, SynthesisResult, Voice
from reader.speech.worker import DRIVER_CAPABILITIES, WorkerInfo, WorkerSettings

START_SECONDS = 20.0
"""Bound on the worker's start (spawn + import + pyttsx3 init + voices); generous: the machine may be busy."""
MAX_FAILED_RESTARTS = 3
JOIN_SECONDS = 0.5


@dataclass(slots=True)
class _Pending:
    request: SynthesisRequest
    generation: int
    attempts: int = 1


class Pyttsx3Engine(SpeechEngine):
    """pyttsx3 (espeak-ng on Linux) in a worker process, with restart on hang or death."""

    name = "pyttsx3"

    def __init__(
        self,
        *,
        driver: str | None = None,
        hang_seconds: float = 2.0,
        hang_seconds_per_char: float = 0.2,
        start_seconds: float = START_SECONDS,
        prefer_system_espeak: bool = True,
    ) -> None:
        self._settings = WorkerSettings(driver=driver, prefer_system_espeak=prefer_system_espeak)
        self.hang_seconds = hang_seconds
        self.hang_seconds_per_char = hang_seconds_per_char
        self.start_seconds = start_seconds
        default = "espeak" if sys.platform.startswith("linux") else (driver or "")
        self.capabilities = DRIVER_CAPABILITIES.get(
            driver or default, Capabilities(word_marks=False, timed_words=False, voices=True)
        )
        self.restart_count = 0
        self.info: WorkerInfo | None = None
        """What the current worker reported at start (driver, library source, pid); None until ready."""
        self.failure: str | None = None
        """Why the last worker could not start pyttsx3, or None."""
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._started_at = 0.0
        self._head_since = 0.0
        self._voices: list[Voice] | None = None
        self._generation = 0
        self._queue: deque[_Pending] = deque()
        self._done: list[SynthesisResult] = []
        self._failed_restarts = 0
        self._closed = False

    # --- worker life --------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._process is None and not self._closed:
            self._spawn()

    def _spawn(self) -> None:
        parent_socket, child_socket = socket.socketpair()
        command = child_command(SPEECH_WORKER, "--fd", str(child_socket.fileno()))
        if self._settings.driver:
            command += ["--driver", self._settings.driver]
        if not self._settings.prefer_system_espeak:
            command.append("--no-system-espeak")
        # The worker imports this very package, wherever it was imported from here.
        environment = child_environment()
        debug = environment.get("READER_SPEECH_DEBUG") == "1"
        try:
            process = subprocess.Popen(
                command,
                pass_fds=(child_socket.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=None if debug else subprocess.DEVNULL,
                env=environment,
                close_fds=True,
            )
        finally:
            # Only the worker may hold its end: then each side sees EOF when the other dies.
            child_socket.close()
        self._process, self._conn = process, Connection(parent_socket.detach())
        self._ready = False
        self.info = None
        self._started_at = time.monotonic()

    def _stop_worker(self, *, gently: bool) -> None:
        process, conn = self._process, self._conn
        self._process, self._conn, self._ready = None, None, False
        if conn is not None:
            if gently:
                with contextlib.suppress(OSError, ValueError):
                    conn.send(("quit",))
            conn.close()
        if process is not None:
            if gently:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(JOIN_SECONDS)
            if process.poll() is None:
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(JOIN_SECONDS)

    def close(self) -> None:
        self._closed = True
        self._queue.clear()
        self._done.clear()
        self._stop_worker(gently=True)

    def _worker(self) -> subprocess.Popen[bytes] | None:
        return self._process

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id (tests signal it), or None when no worker runs."""
        return self._process.pid if self._process is not None else None

    # --- the contract -------------------------------------------------------------------------------------

    def voices(self) -> list[Voice]:
        if self._voices is None:
            self.start()
            deadline = time.monotonic() + self.start_seconds
            while self._voices is None and self._conn is not None and time.monotonic() < deadline:
                self._read(0.05)
        return list(self._voices or [])

    def submit(self, request: SynthesisRequest) -> None:
        if self._closed:
            self._done.append(SynthesisResult(request.id, error="engine closed"))
            return
        self.start()
        pending = _Pending(request, self._generation)
        if not self._queue:
            self._head_since = time.monotonic()
        self._queue.append(pending)
        self._send(("synth", request, pending.generation))

    def results(self) -> list[SynthesisResult]:
        self._pump()
        done, self._done = self._done, []
        return done

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            self._pump()
            if self._done:
                return True
            now = time.monotonic()
            if now >= deadline or not self._queue or self._conn is None or self._process is None:
                return bool(self._done)
            # Wake at the hang deadline too, so a hung worker is noticed while waiting.
            step = min(deadline, self._head_deadline()) - now
            # The worker's death closes its end of the socket: the connection becomes readable (EOF).
            wait_for_objects([self._conn], timeout=max(step, 0.001))

    def cancel(self) -> None:
        self._generation += 1
        self._done.clear()
        self._send(("cancel", self._generation))

    def fileno(self) -> int | None:
        return self._conn.fileno() if self._conn is not None else None

    @property
    def pending(self) -> int:
        return sum(1 for item in self._queue if item.generation == self._generation)

    # --- inside -------------------------------------------------------------------------------------------

    def _send(self, message: tuple[object, ...]) -> None:
        if self._conn is None:
            return
        # A dead worker is noticed (and the request retried) by the next poll.
        with contextlib.suppress(OSError, ValueError):
            self._conn.send(message)

    def _head_deadline(self) -> float:
        if not self._ready:
            return self._started_at + self.start_seconds
        if not self._queue:
            return float("inf")
        size = len(self._queue[0].request.text)
        return self._head_since + self.hang_seconds + self.hang_seconds_per_char * size

    def _read(self, timeout: float) -> bool:
        """Handle every message available (waiting up to ``timeout``); False when the worker is gone."""
        conn = self._conn
        if conn is None:
            return False
        try:
            if not conn.poll(timeout):
                return True
            while True:
                self._handle(conn.recv())
                if self._conn is not conn or not conn.poll(0):
                    return True
        except (EOFError, OSError):
            return False

    def _handle(self, message: tuple[object, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            voices, info = message[1], message[2]
            assert isinstance(voices, list)
            assert isinstance(info, WorkerInfo)
            self._voices = voices
            self.info = info
            self.capabilities = info.capabilities
            self._ready = True
            self.failure = None
            self._head_since = time.monotonic()
        elif kind == "failed":
            self.failure = str(message[1])
            self._voices = self._voices or []
            self._fail_all(f"speech engine could not start: {self.failure}")
            self._stop_worker(gently=False)
        elif kind == "result":
            result = message[1]
            assert isinstance(result, SynthesisResult)
            self._answer(result)

    def _answer(self, result: SynthesisResult) -> None:
        # Answers come in order; one not at the head belongs to a request already given up (restart).
        while self._queue and self._queue[0].request.id != result.id:
            if not any(item.request.id == result.id for item in self._queue):
                return
            self._queue.popleft()
        if not self._queue:
            return
        head = self._queue.popleft()
        self._head_since = time.monotonic()
        self._failed_restarts = 0
        if head.generation != self._generation:
            return
        attempts = max(result.attempts, head.attempts)
        self._done.append(
            SynthesisResult(
                result.id, audio=result.audio, words=result.words, error=result.error, attempts=attempts
            )
        )

    def _fail_all(self, error: str) -> None:
        while self._queue:
            item = self._queue.popleft()
            if item.generation == self._generation:
                self._done.append(SynthesisResult(item.request.id, error=error, attempts=item.attempts))

    def _pump(self) -> None:
        if self._conn is None or self._process is None:
            return
        alive = self._read(0)
        process = self._worker()
        if process is None:  # the worker reported a start failure and was stopped
            return
        if not alive or process.poll() is not None:
            # Answers sent just before it died are still in the pipe: take them first.
            self._read(0)
            self._restart("speech engine stopped unexpectedly")
        elif time.monotonic() > self._head_deadline():
            self._restart(
                "speech engine did not answer in time" if self._ready else "speech engine did not start"
            )

    def _restart(self, reason: str) -> None:
        self._stop_worker(gently=False)
        self.restart_count += 1
        self._failed_restarts += 1
        # Stale requests need no answer; the head was in progress: retried once, then answered with the error.
        self._queue = deque(item for item in self._queue if item.generation == self._generation)
        if self._queue:
            head = self._queue[0]
            if head.attempts >= 2:
                self._queue.popleft()
                self._done.append(SynthesisResult(head.request.id, error=reason, attempts=head.attempts))
            else:
                head.attempts += 1
        if self._failed_restarts >= MAX_FAILED_RESTARTS:
            self._fail_all(reason)
            self._failed_restarts = 0
        if not self._queue or self._closed:
            return
        self._spawn()
        self._head_since = time.monotonic()
        for item in self._queue:
            self._send(("synth", item.request, item.generation))
