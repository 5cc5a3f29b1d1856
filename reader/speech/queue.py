"""One synthesis queue for everything that speaks: the window's reading and an audio export share one engine.

:class:`SynthesisQueue` owns one :class:`~reader.speech.engine.SpeechEngine` (one pyttsx3 worker process)
and hands out clients: ``queue.client(Lane.INTERACTIVE)`` for the :class:`~reader.speech.manager
.SpeechManager`, ``queue.client(Lane.BACKGROUND)`` for :func:`~reader.speech.export.export_audio`. Each
client implements the engine contract itself (its own request ids, results in its own order, its cancel
touching only its requests), so the manager and the exporter work with a client exactly as with an
engine. The manager is pumped from the GUI thread while the export runs in a thread of its own: every
method of a client may be called from any thread.

Flow:

1. ``client.submit(request)``: the request is held in its client's lane under a new engine id (unique and
   increasing, as the engine contract asks); the client's own id is given back with the result.
2. Interactive requests go to the engine at once; background ones only while fewer than ``in_flight``
   requests are at the engine. The engine answers in order, so a Read pressed during an export waits for
   at most those few, never for the rest of the export.
3. Whoever polls (``client.results()``, ``client.wait()``, from any thread) takes the engine's results under
   the lock, files each in its client's inbox under the client's id, tops the engine up (step 2) and wakes
   the threads waiting.
4. ``client.wait(timeout)``: one waiting thread at a time waits on the engine itself: on its ``fileno()``
   with the lock released (woken early when another thread files results), or, for an engine without one,
   in ``engine.wait()`` steps of a few milliseconds under the lock. Other waiting threads sleep on a
   condition until results are filed. The GUI thread, which only polls, never waits longer than one
   such step for the lock.
5. ``client.cancel()`` forgets that client's held requests and results. When some of its requests are at
   the engine, the engine is cancelled (stale work would hold up everyone's next answer: the engine
   answers in order); results ready by then are filed first, and the other clients' requests that were at
   the engine are sent again, in their order.
6. ``queue.close()`` answers every outstanding request with an error and closes the engine. Closing a client
   only cancels its requests; the engine stays with the queue.

Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import enum
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, replace

from reader.speech.engine import Capabilities, SpeechEngine, SynthesisRequest, SynthesisResult, Voice

IN_FLIGHT = 2
"""Requests at the engine beyond which background requests wait (interactive ones never do)."""
WAIT_STEP = 0.05
"""Longest wait on the engine's descriptor before its results are polled again (a hung worker is noticed
by polling)."""
LOCKED_WAIT_STEP = 0.005
"""Longest ``engine.wait()`` under the lock, for engines without a descriptor: the GUI thread's bound."""
CLOSED = "speech engine closed"


class Lane(enum.IntEnum):
    """Which requests reach the engine first."""

    INTERACTIVE = 0
    """What the listener waits for now (the manager: 连读, confirmations, 指读)."""
    BACKGROUND = 1
    """Work that may wait (audio export)."""


@dataclass(slots=True)
class _Entry:
    client: QueueClient
    request: SynthesisRequest
    """With the client's own id."""


class SynthesisQueue:
    """One engine shared by several clients; see the module docstring."""

    def __init__(self, engine: SpeechEngine, *, in_flight: int = IN_FLIGHT) -> None:
        if in_flight < 1:
            raise ValueError(f"in_flight must be at least 1, not {in_flight}")
        self.engine = engine
        self.in_flight = in_flight
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._held: dict[Lane, deque[_Entry]] = {lane: deque() for lane in Lane}
        self._sent: dict[int, _Entry] = {}
        """Requests at the engine by engine id, in the order sent."""
        self._last_id = 0
        self._is_engine_awaited = False
        self._is_selecting = False
        self._closed = False
        self._wakers: tuple[socket.socket, socket.socket] | None = None
        """Wakes the thread waiting on the engine's descriptor when another thread has filed results;
        made at the first such wait (a queue only polled never holds two more descriptors)."""

    def client(self, lane: Lane = Lane.INTERACTIVE) -> QueueClient:
        """A new client whose requests go in ``lane``."""
        return QueueClient(self, lane)

    @property
    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Answer everything outstanding with an error, then close the engine. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            outstanding = [*self._sent.values(), *self._held[Lane.INTERACTIVE], *self._held[Lane.BACKGROUND]]
            self._sent.clear()
            for held in self._held.values():
                held.clear()
            for entry in outstanding:
                entry.client._answer(SynthesisResult(entry.request.id, error=CLOSED))
            try:
                self.engine.close()
            finally:
                self._wake()
                self._changed.notify_all()
        for end in self._wakers or ():
            with contextlib.suppress(OSError):
                end.close()

    def __enter__(self) -> SynthesisQueue:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- for the clients (each takes the lock) ---------------------------------------------------------

    def _submit(self, client: QueueClient, request: SynthesisRequest) -> None:
        with self._lock:
            if self._closed or client.is_closed:
                client._answer(SynthesisResult(request.id, error=CLOSED))
                self._changed.notify_all()
                return
            client._pending.add(request.id)
            self._held[client.lane].append(_Entry(client, request))
            self._top_up()

    def _results(self, client: QueueClient) -> list[SynthesisResult]:
        with self._lock:
            self._collect()
            results = list(client._inbox)
            client._inbox.clear()
            return results

    def _wait(self, client: QueueClient, timeout: float) -> bool:
        deadline = time.monotonic() + max(timeout, 0.0)
        with self._lock:
            while True:
                self._collect()
                if client._inbox:
                    return True
                remaining = deadline - time.monotonic()
                if not client._pending or self._closed or remaining <= 0:
                    return False
                if self._is_engine_awaited:
                    self._changed.wait(remaining)  # woken when results are filed
                    continue
                self._is_engine_awaited = True
                try:
                    self._await_engine(min(remaining, WAIT_STEP))
                finally:
                    self._is_engine_awaited = False
                    self._changed.notify_all()  # another waiting thread may take over

    def _cancel(self, client: QueueClient) -> None:
        with self._lock:
            if any(entry.client is client for entry in self._sent.values()):
                self._collect()  # what is ready would be lost to the engine's cancel
            at_engine = list(self._sent.values())
            if any(entry.client is client for entry in at_engine):
                self.engine.cancel()
                self._sent.clear()
                for entry in at_engine:
                    if entry.client is not client:
                        self._send(entry)
            held = self._held[client.lane]
            self._held[client.lane] = deque(entry for entry in held if entry.client is not client)
            client._inbox.clear()
            client._pending.clear()
            self._top_up()

    def _call(self, method: str) -> object:
        with self._lock:
            return getattr(self.engine, method)()

    # --- inside (the lock is held) ---------------------------------------------------------------------

    def _send(self, entry: _Entry) -> None:
        self._last_id += 1
        self._sent[self._last_id] = entry
        self.engine.submit(replace(entry.request, id=self._last_id))

    def _top_up(self) -> None:
        interactive, background = self._held[Lane.INTERACTIVE], self._held[Lane.BACKGROUND]
        while interactive:
            self._send(interactive.popleft())
        while background and len(self._sent) < self.in_flight:
            self._send(background.popleft())

    def _collect(self) -> None:
        """File the engine's results in their clients' inboxes; top the engine up; wake the waiters."""
        if self._closed:
            return
        results = self.engine.results()
        if not results:
            return
        for result in results:
            entry = self._sent.pop(result.id, None)
            if entry is None:
                continue  # not ours any more (the engine should not have returned it)
            entry.client._answer(replace(result, id=entry.request.id))
        self._top_up()
        self._wake()
        self._changed.notify_all()

    def _await_engine(self, step: float) -> None:
        """Block up to ``step`` for the engine's next result, holding the lock only when unavoidable."""
        descriptor = self.engine.fileno()
        if descriptor is None:
            started = time.monotonic()
            if not self.engine.wait(min(step, LOCKED_WAIT_STEP)):
                rest = step - (time.monotonic() - started)
                if rest > 0:
                    self._changed.wait(rest)  # the lock is free meanwhile
            return
        if self._wakers is None:
            self._wakers = socket.socketpair()
            for end in self._wakers:
                end.setblocking(False)
        reader = self._wakers[0]
        self._is_selecting = True
        self._lock.release()
        try:
            try:
                select.select([descriptor, reader.fileno()], [], [], step)
            except (OSError, ValueError):
                # The worker was restarted meanwhile (its descriptor closed), or the queue closed.
                time.sleep(min(step, LOCKED_WAIT_STEP))
            with contextlib.suppress(OSError):
                while reader.recv(4096):
                    pass
        finally:
            self._lock.acquire()
            self._is_selecting = False

    def _wake(self) -> None:
        if self._is_selecting and self._wakers is not None:
            with contextlib.suppress(OSError):
                self._wakers[1].send(b"\0")


class QueueClient(SpeechEngine):
    """One user's view of a :class:`SynthesisQueue`: a :class:`SpeechEngine` with its own ids and results.

    Thread-safe. :meth:`fileno` is None: poll :meth:`results` on a timer, or block in :meth:`wait`.
    """

    def __init__(self, queue: SynthesisQueue, lane: Lane) -> None:
        self.queue = queue
        self.lane = lane
        self.name = queue.engine.name
        self.is_closed = False
        self._inbox: deque[SynthesisResult] = deque()
        self._pending: set[int] = set()
        """The client's ids submitted and neither answered nor cancelled."""

    @property
    def capabilities(self) -> Capabilities:
        # The engine learns them when it starts (pyttsx3's worker reports its driver's).
        return self.queue.engine.capabilities

    @capabilities.setter
    def capabilities(self, value: Capabilities) -> None:
        raise AttributeError("a queue client's capabilities are its engine's")

    def start(self) -> None:
        self.queue._call("start")

    def voices(self) -> list[Voice]:
        voices = self.queue._call("voices")
        assert isinstance(voices, list)
        return voices

    def submit(self, request: SynthesisRequest) -> None:
        self.queue._submit(self, request)

    def results(self) -> list[SynthesisResult]:
        return self.queue._results(self)

    def wait(self, timeout: float) -> bool:
        return self.queue._wait(self, timeout)

    def cancel(self) -> None:
        self.queue._cancel(self)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def close(self) -> None:
        """Cancel this client's requests; later ones are answered with an error. The engine stays open."""
        if not self.is_closed:
            self.queue._cancel(self)
            self.is_closed = True

    def _answer(self, result: SynthesisResult) -> None:
        """File ``result`` (the queue's lock is held)."""
        if result.id in self._pending or result.error == CLOSED:
            self._pending.discard(result.id)
            self._inbox.append(result)
