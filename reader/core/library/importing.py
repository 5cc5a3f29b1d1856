"""Reading files for the library: extraction and the search rows, in this process or in worker processes.

What adding a file needs besides the database: the article extracted (``reader.core.extraction``) and its
search rows made (the search index's ``prepare``). That is most of an import's work, and it needs no
connection, so a large import does it in a pool of :data:`WORKERS` worker processes ("spawn" context,
so no Qt thread is ever forked) while the store writes, in the order of the files, one transaction per
file as before. :class:`Reader` hands out the readings in that order, at most :data:`AHEAD` files ahead
of the one being written; imports of fewer than :data:`POOL_MIN_FILES` files, machines with one core,
and search indexes that are not a module (tests' fakes) read in this process.

A file that cannot be read comes back as :class:`Failed` (the loader's message), never as an exception.
A worker that dies (a crash in C code) breaks the pool: the files not yet read are then read in this
process, so the import still ends.
"""

from __future__ import annotations

import importlib
import os
import signal
import types
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol

from reader.core.errors import LoadError, ReaderError, unexpected_message
from reader.core.messages import Message

WORKERS = 2
"""Worker processes of a large import (none on a machine with one core)."""
POOL_MIN_FILES = 64
"""Fewer files than this are read in this process: starting the workers would cost more."""
AHEAD = 8 * WORKERS
"""Files read ahead of the one being written: bounds the readings held in memory."""


class Preparing(Protocol):
    """The part of the search index reading needs (``reader.core.library.search``)."""

    def prepare(self, title: str, body: str) -> object: ...


@dataclass(frozen=True, slots=True)
class Reading:
    """A file read for the library: what its row says about the article, and its search rows."""

    title: str
    date: str | None
    source: str | None
    encoding: str | None
    language: str
    prepared: object
    """What the search index's ``prepare`` made of title and body, for its ``store``."""


@dataclass(frozen=True, slots=True)
class Failed:
    """A file that could not be read: the message saying why (a ``load.*`` code, or ``error.unexpected``)."""

    cause: Message


def read(path: str | Path, search: Preparing) -> Reading | Failed:
    """Extract the file at ``path`` and prepare its search rows."""
    from reader.core.extraction import extract_file

    try:
        article = extract_file(path)
    except LoadError as error:
        return Failed(error.message)
    except (OSError, ReaderError) as error:
        return Failed(unexpected_message(error))
    return Reading(
        title=article.title,
        date=article.date,
        source=article.source,
        encoding=article.encoding,
        language=article.language,
        prepared=search.prepare(article.title, article.text),
    )


def _read_in_worker(path: str, search_module: str) -> Reading | Failed:
    return read(path, importlib.import_module(search_module))


def _start_worker(search_module: str) -> None:
    # Ctrl-C reaches the whole process group; the importing process alone decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    search = importlib.import_module(search_module)
    importlib.import_module("reader.core.extraction")
    search.prepare("", "")  # builds the normalisation table once, before the first file


def worker_count(files: int, search: object) -> int:
    """How many worker processes an import of ``files`` files uses with ``search`` (0: none)."""
    if files < POOL_MIN_FILES or not isinstance(search, types.ModuleType):
        return 0
    cores = os.cpu_count() or 1
    return min(WORKERS, cores) if cores > 1 else 0


class Reader:
    """Readings of files, handed out in the order asked for, made ahead in workers when there are any.

    Call :meth:`want` with each file (None for one that needs no reading) in the order the files will be
    written, then :meth:`next` once per :meth:`want`, in the same order. :meth:`close` stops the workers
    (files queued are dropped; one being read is finished and forgotten).
    """

    def __init__(self, search: Preparing, workers: int) -> None:
        self._search = search
        self._pending: deque[tuple[Path | None, Future[Reading | Failed] | None]] = deque()
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._module,),
            )

    @property
    def _module(self) -> str:
        return str(getattr(self._search, "__name__", ""))

    @property
    def wanted(self) -> int:
        """Files asked for and not yet handed out."""
        return len(self._pending)

    @property
    def ahead(self) -> int:
        """How many files to have asked for while one is being written."""
        return AHEAD if self._pool is not None else 1

    def want(self, file: Path | None) -> None:
        future = None
        if file is not None and self._pool is not None:
            try:
                future = self._pool.submit(_read_in_worker, str(file), self._module)
            except (BrokenProcessPool, RuntimeError):
                self._in_process()
        self._pending.append((file, future))

    def next(self) -> Reading | Failed | None:
        """The reading of the first file asked for and not handed out (None: it wanted none)."""
        file, future = self._pending.popleft()
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self._in_process()
        return read(file, self._search) if file is not None else None

    def _in_process(self) -> None:
        """The pool broke (or is closed): the files still queued are read here when their turn comes."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._pending = deque((file, None) for file, _ in self._pending)

    def close(self) -> None:
        self._in_process()
        self._pending.clear()
