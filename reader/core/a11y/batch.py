"""Checking many saved pages: finding them in folders, and checking them in parallel, in order.

1. ``collect_pages`` turns the command line's FILE|DIR arguments into a list of pages: a file named on
   the command line is taken whatever its extension; a folder is walked (sorted, hidden folders and a
   saved page's own ``NAME_files`` folder skipped) for ``PAGE_SUFFIXES``. A missing path is an error
   that names it; the other paths are still collected.
2. ``check_pages`` checks them and yields one ``PageReport`` per page, in the order given. One page (or
   ``jobs=1``) is checked in this process. Several go to worker processes (spawn context, one per core
   by default), at most ``jobs`` pages in flight so a crash can be pinned on the page that caused it.
3. A page whose check raises gets a report with ``error`` set. A page that kills its worker (a crash in
   C code, running out of memory) breaks the pool: the pages that were in flight are checked again one
   at a time in a fresh single worker, so only the page that crashes again gets the error
   (``CRASH_REASON``), and a new pool takes the rest.
4. Memory stays flat however many pages: a pool is retired after ``PAGES_PER_WORKER`` pages per worker
   and a fresh one started. ``ProcessPoolExecutor(max_tasks_per_child=…)`` would do this, but on
   Python 3.11 it deadlocks once a worker retires with work queued (CPython gh-115634), so pools are
   recycled here instead.

``progress(done, total)`` is called in this process as each page finishes (in finishing order, which
may run ahead of the yielded order).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from reader.core.a11y.model import PageReport
from reader.core.a11y.wording import CHECK_TEXTS, check_message
from reader.core.messages import Message

__all__ = [
    "CRASH_REASON",
    "PAGES_PER_WORKER",
    "PAGE_SUFFIXES",
    "Checker",
    "Collected",
    "Progress",
    "check_one",
    "check_pages",
    "collect_pages",
    "crash_message",
    "default_jobs",
]

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht"})
"""Extensions taken from folders (any case); files named on the command line are taken as they are."""

PAGES_PER_WORKER = 50
"""Pages a worker checks before its pool is retired: bounds what a leak in a parser could pile up."""

CRASH_REASON = CHECK_TEXTS["check.crashed"]

Progress = Callable[[int, int], None]
"""``progress(done, total)``."""

Checker = Callable[[Path], PageReport]


# --- collecting -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Collected:
    """The pages found under the arguments, and the arguments that could not be used."""

    pages: list[Path] = field(default_factory=list)
    errors: list[PageReport] = field(default_factory=list)
    """One report per unusable argument (missing, unreadable folder, no pages in a folder)."""


def collect_pages(paths: Iterable[str | Path]) -> Collected:
    """Pages named by ``paths`` (files, and the saved pages inside folders), without duplicates."""
    collected = Collected()
    seen: set[Path] = set()

    def add(page: Path) -> None:
        key = page.resolve()
        if key not in seen:
            seen.add(key)
            collected.pages.append(page)

    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            found = _walk(path, collected)
            if not found:
                collected.errors.append(_error_report(path, check_message("check.no-pages")))
            for page in found:
                add(page)
        elif path.exists():
            add(path)
        else:
            collected.errors.append(_error_report(path, check_message("check.no-such-path")))
    return collected


def _walk(folder: Path, collected: Collected) -> list[Path]:
    found: list[Path] = []

    def on_error(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        collected.errors.append(
            _error_report(
                where, check_message("check.unreadable-folder", reason=error.strerror or str(error))
            )
        )

    for root, dirs, files in os.walk(folder, onerror=on_error):
        pages = sorted(name for name in files if Path(name).suffix.lower() in PAGE_SUFFIXES)
        stems = {Path(name).stem for name in pages}
        # A browser's "save complete page" puts the page's images and frames in NAME_files: not pages.
        dirs[:] = sorted(
            name
            for name in dirs
            if not name.startswith(".") and not (name.endswith("_files") and name[: -len("_files")] in stems)
        )
        found.extend(Path(root) / name for name in pages)
    return found


def _error_report(path: Path, reason: Message) -> PageReport:
    return PageReport(path=path, error=f"{path}: {reason.english}", error_message=reason)


# --- checking -------------------------------------------------------------------------------------


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_one(path: str | Path) -> PageReport:
    """Check one page; whatever goes wrong becomes the report's ``error``, never an exception."""
    from reader.core.a11y.checking import check_file

    try:
        return check_file(path)
    except Exception as error:  # a bug in a rule must cost one page, not the run
        return _error_report(Path(path), _internal_error(error))


def check_pages(
    pages: Sequence[Path],
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    checker: Checker = check_one,
) -> Iterator[PageReport]:
    """One report per page, in the order of ``pages``; ``jobs`` processes (default: every core).

    ``checker`` checks one page (a module-level function, so worker processes can import it; tests
    pass one that crashes on purpose).
    """
    total = len(pages)
    workers = min(jobs or default_jobs(), total)
    if workers <= 1:
        for done, page in enumerate(pages, start=1):
            report = checker(page)
            if progress is not None:
                progress(done, total)
            yield report
        return
    yield from _Parallel(pages, workers, progress, checker).run()


def _ignore_interrupt() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides to stop, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_ignore_interrupt
    )


class _Parallel:
    """The worker pools of one ``check_pages`` call (see the module docstring, steps 2–4)."""

    def __init__(
        self, pages: Sequence[Path], workers: int, progress: Progress | None, checker: Checker
    ) -> None:
        self.pages = pages
        self.workers = workers
        self.progress = progress
        self.checker = checker
        self.results: dict[int, PageReport] = {}
        self.done = 0
        # Workers run ahead of the page being yielded by at most this much, so results held back for
        # ordering stay few.
        self.window = workers * 4

    def run(self) -> Iterator[PageReport]:
        next_page = 0  # next index to submit
        next_out = 0  # next index to yield
        pool = _new_pool(self.workers)
        pool_pages = 0
        in_flight: dict[Future[PageReport], int] = {}
        try:
            while next_out < len(self.pages):
                retiring = pool_pages >= self.workers * PAGES_PER_WORKER
                if retiring and not in_flight:
                    pool.shutdown(wait=True)
                    pool, pool_pages = _new_pool(self.workers), 0
                    retiring = False
                while (
                    not retiring
                    and len(in_flight) < self.workers
                    and next_page < len(self.pages)
                    and next_page < next_out + self.window
                ):
                    in_flight[pool.submit(self.checker, self.pages[next_page])] = next_page
                    next_page += 1
                    pool_pages += 1
                if in_flight and next_out not in self.results:
                    finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    broken = self._collect(finished, in_flight)
                    if broken:
                        pool.shutdown(wait=True, cancel_futures=True)
                        for index in sorted(broken):
                            self._finish(index, _check_alone(self.pages[index], self.checker))
                        pool, pool_pages = _new_pool(self.workers), 0
                while next_out in self.results:
                    yield self.results.pop(next_out)
                    next_out += 1
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _collect(
        self, finished: Iterable[Future[PageReport]], in_flight: dict[Future[PageReport], int]
    ) -> list[int]:
        """Record finished pages; return the in-flight pages a broken pool lost."""
        broken: list[int] = []
        for future in finished:
            index = in_flight.pop(future)
            try:
                self._finish(index, future.result())
            except BrokenProcessPool:
                broken.append(index)
            except Exception as error:
                self._finish(index, _lost_report(self.pages[index], error))
        if broken:
            # Every page still in flight went down with the pool: their futures fail the same way.
            for future, index in list(in_flight.items()):
                del in_flight[future]
                if future.done() and future.exception() is None:
                    self._finish(index, future.result())
                else:
                    broken.append(index)
        return broken

    def _finish(self, index: int, report: PageReport) -> None:
        self.results[index] = report
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, len(self.pages))


def _check_alone(page: Path, checker: Checker) -> PageReport:
    """Check one page in a worker of its own, so a crash is known to be this page's."""
    with _new_pool(1) as pool:
        try:
            return pool.submit(checker, page).result()
        except BrokenProcessPool:
            return _error_report(page, crash_message())
        except Exception as error:
            return _lost_report(page, error)


def _lost_report(page: Path, error: BaseException) -> PageReport:
    # The check finished but its report could not come back (it would not pickle, say).
    return _error_report(page, _internal_error(error))


def _internal_error(error: BaseException) -> Message:
    return check_message("check.internal-error", error=f"{type(error).__name__}: {error}")


def crash_message() -> Message:
    """Why a page whose check killed its worker process has no findings (``CRASH_REASON``)."""
    return check_message("check.crashed")
