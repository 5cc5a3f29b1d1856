"""The synthesis queue shared by the reading and an audio export (``reader.speech.queue``).

The silent engine stands for the worker in most tests (its delays script a busy worker); the last tests
use the real pyttsx3 worker from two threads, as the window and its export do.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from reader.speech.engine import SynthesisRequest, SynthesisResult
from reader.speech.pyttsx3engine import Pyttsx3Engine
from reader.speech.queue import CLOSED, Lane, QueueClient, SynthesisQueue
from reader.speech.silent import SilentEngine
from tests.conftest import require_system


def collect(client: QueueClient, count: int, timeout: float = 10.0) -> list[SynthesisResult]:
    """``count`` results of ``client``, waited for as the exporter does."""
    found: list[SynthesisResult] = []
    deadline = time.monotonic() + timeout
    while len(found) < count and time.monotonic() < deadline:
        client.wait(0.05)
        found.extend(client.results())
    return found


def submit(client: QueueClient, first: int, count: int, text: str = "一句话。") -> None:
    for request_id in range(first, first + count):
        client.submit(SynthesisRequest(request_id, f"{text}{request_id}"))


@pytest.fixture
def engine() -> SilentEngine:
    return SilentEngine()


@pytest.fixture
def queue(engine: SilentEngine) -> Iterator[SynthesisQueue]:
    with SynthesisQueue(engine) as queue:
        yield queue


def test_each_client_gets_its_own_ids_back_in_its_own_order(queue: SynthesisQueue) -> None:
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    submit(export, 1, 5)
    submit(reading, 1, 3)
    assert [r.id for r in collect(reading, 3)] == [1, 2, 3]
    assert [r.id for r in collect(export, 5)] == [1, 2, 3, 4, 5]
    assert reading.pending == export.pending == 0


def test_ids_at_the_engine_are_unique_and_increasing(queue: SynthesisQueue, engine: SilentEngine) -> None:
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    submit(export, 1, 4)
    submit(reading, 1, 2)
    collect(reading, 2)
    collect(export, 4)
    ids = [request.id for request in engine.submitted]
    assert ids == sorted(set(ids)) and len(ids) == 6


def test_a_reading_waits_for_at_most_the_few_export_requests_at_the_engine(
    engine: SilentEngine,
) -> None:
    with SynthesisQueue(engine, in_flight=2) as queue:
        reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
        submit(export, 1, 20, "导出")
        assert len(engine.submitted) == 2, "only in_flight background requests reach the engine"
        reading.submit(SynthesisRequest(1, "现在读这一句。"))
        texts = [request.text for request in engine.submitted]
        assert texts == ["导出1", "导出2", "现在读这一句。"], "the reading goes before the rest of the export"
        assert [r.id for r in collect(reading, 1)] == [1]
        assert [r.id for r in collect(export, 20)] == list(range(1, 21))


def test_cancel_forgets_only_that_clients_requests(engine: SilentEngine) -> None:
    with SynthesisQueue(engine, in_flight=3) as queue:
        reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
        engine.delay_next(0.2, 3)  # the export's first three are at the (busy) engine
        submit(export, 1, 6, "导出")
        submit(reading, 1, 2, "连读")
        reading.cancel()
        assert reading.pending == 0 and reading.results() == []
        assert [r.id for r in collect(export, 6)] == [1, 2, 3, 4, 5, 6], "the export loses nothing"
        assert reading.results() == [], "nothing from before the cancel comes back"
        reading.submit(SynthesisRequest(3, "新的一句。"))
        assert [r.id for r in collect(reading, 1)] == [3]


def test_cancel_of_the_export_leaves_the_reading_alone(engine: SilentEngine) -> None:
    with SynthesisQueue(engine, in_flight=2) as queue:
        reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
        engine.delay_next(0.2, 2)
        submit(export, 1, 10, "导出")
        submit(reading, 1, 2, "连读")
        export.cancel()
        assert [r.id for r in collect(reading, 2)] == [1, 2]
        assert export.results() == [] and export.pending == 0


def test_results_ready_before_a_cancel_are_not_lost_by_the_other_client(engine: SilentEngine) -> None:
    with SynthesisQueue(engine, in_flight=4) as queue:
        reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
        submit(export, 1, 2, "导出")  # ready at once
        engine.delay_next(0.2)
        reading.submit(SynthesisRequest(1, "连读"))
        reading.cancel()  # the engine is cancelled: the export's ready results are filed first
        assert [r.id for r in collect(export, 2)] == [1, 2]


def test_close_answers_everything_outstanding_with_an_error(engine: SilentEngine) -> None:
    queue = SynthesisQueue(engine, in_flight=1)
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    engine.delay_next(5.0)
    submit(export, 1, 3)
    reading.submit(SynthesisRequest(1, "连读"))
    queue.close()
    assert engine.closed
    assert [(r.id, r.error) for r in export.results()] == [(1, CLOSED), (2, CLOSED), (3, CLOSED)]
    assert [(r.id, r.error) for r in reading.results()] == [(1, CLOSED)]
    reading.submit(SynthesisRequest(2, "关闭以后"))
    assert [(r.id, r.error) for r in reading.results()] == [(2, CLOSED)]
    assert reading.wait(0.01) is False
    queue.close()  # idempotent


def test_closing_a_client_leaves_the_engine_to_the_others(
    queue: SynthesisQueue, engine: SilentEngine
) -> None:
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    submit(export, 1, 3)
    export.close()
    assert not engine.closed
    export.submit(SynthesisRequest(4, "关闭以后"))
    assert [(r.id, r.error) for r in export.results()] == [(4, CLOSED)]
    reading.submit(SynthesisRequest(1, "还能读"))
    assert [r.ok for r in collect(reading, 1)] == [True]


def test_errors_reach_the_client_whose_request_failed(queue: SynthesisQueue, engine: SilentEngine) -> None:
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    engine.fail_next(2)  # both attempts at the first request
    submit(export, 1, 1)
    submit(reading, 1, 1)
    assert [r.ok for r in collect(export, 1)] == [False]
    assert [r.ok for r in collect(reading, 1)] == [True]


def test_a_client_is_an_engine_for_its_user(queue: SynthesisQueue) -> None:
    client = queue.client()
    client.start()
    assert client.voices() and client.name == "silent"
    assert client.capabilities.timed_words
    assert client.fileno() is None
    with pytest.raises(AttributeError):
        client.capabilities = client.capabilities


def test_two_threads_waiting_at_once_both_get_their_results(engine: SilentEngine) -> None:
    with SynthesisQueue(engine, in_flight=2) as queue:
        reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
        engine.delay_next(0.01, 200)
        found: dict[str, list[int]] = {}

        def run(name: str, client: QueueClient, count: int) -> None:
            submit(client, 1, count)
            found[name] = [r.id for r in collect(client, count, timeout=30)]

        threads = [
            threading.Thread(target=run, args=("export", export, 60)),
            threading.Thread(target=run, args=("reading", reading, 40)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=40)
        assert found == {"export": list(range(1, 61)), "reading": list(range(1, 41))}


# --- the real worker, shared by a reading and an export in another thread ------------------------------


@pytest.fixture
def real() -> Iterator[Pyttsx3Engine]:
    """A worker of its own: closing a queue closes its engine."""
    engine = Pyttsx3Engine()
    voices = engine.voices()
    if engine.failure or not voices:
        engine.close()
        require_system(f"pyttsx3 does not start here: {engine.failure or 'no voices'}")
    yield engine
    engine.close()


def test_the_real_worker_serves_a_reading_during_an_export(real: Pyttsx3Engine) -> None:
    queue = SynthesisQueue(real, in_flight=2)
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    exported: list[SynthesisResult] = []

    def export_all() -> None:
        submit(export, 1, 12, "这是导出的第句话，")
        exported.extend(collect(export, 12, timeout=60))

    thread = threading.Thread(target=export_all)
    thread.start()
    try:
        while not real.pending:  # the export has reached the worker
            time.sleep(0.005)
        reading.submit(SynthesisRequest(1, "现在读这一句。"))
        heard = collect(reading, 1, timeout=30)
        at_that_moment = len(exported)
        thread.join(timeout=60)
    finally:
        queue.close()
    assert [r.ok for r in heard] == [True]
    assert heard[0].audio is not None and heard[0].words
    assert at_that_moment < 12, "the reading did not wait for the whole export"
    assert [r.id for r in exported] == list(range(1, 13)) and all(r.ok for r in exported)


def test_stopping_the_reading_does_not_lose_export_audio_at_the_real_worker(real: Pyttsx3Engine) -> None:
    queue = SynthesisQueue(real, in_flight=2)
    reading, export = queue.client(Lane.INTERACTIVE), queue.client(Lane.BACKGROUND)
    try:
        submit(export, 1, 4, "导出的句子，")
        submit(reading, 1, 3, "连读的句子，")
        reading.cancel()  # the reader stops: the worker is cancelled, the export's requests sent again
        exported = collect(export, 4, timeout=60)
    finally:
        queue.close()
    assert [r.id for r in exported] == [1, 2, 3, 4] and all(r.ok for r in exported)
    assert reading.results() == []
