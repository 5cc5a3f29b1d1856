"""``reader check``: the accessibility report of saved pages, from the command line.

``reader check [--format json|html|csv|text] [-o REPORT] [--jobs N] [--passed] FILE|DIR...``

1. Collect the pages (``reader.core.a11y.batch.collect_pages``): files as named, folders walked for
   ``.html .htm .xhtml .mhtml .mht``. A path that does not exist prints ``reader: error: PATH: reason``.
2. Check them, in parallel over every core (``--jobs``) when there are several, with a progress bar on
   stderr when stderr is a terminal. A page that cannot be read prints the same one-line error; the
   others are still checked, and the report lists it as unreadable.
3. Render the report (``reader.core.a11y.report``) to stdout, or to REPORT with ``-o`` (written to a
   temporary file beside it, then renamed, so a half-written report never replaces a good one). Without
   ``--format`` the format follows REPORT's extension (``.json .html .htm .csv``), else ``text``.

Exit status: 2 when any input could not be read (or the arguments or REPORT were wrong), else 1 when any
rule failed on any page, else 0.

The integrator wires it into ``reader.cli`` either as ``SUBCOMMANDS["check"] = cli_check.main`` (the
style of ``extract`` and ``convert``) or through ``add_parser(subparsers)`` + ``run(args)``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from reader.core.a11y.model import PageReport

__all__ = ["EXIT_FAILED_RULES", "EXIT_OK", "EXIT_UNREADABLE", "add_parser", "build_parser", "main", "run"]

PROG = "reader"
EXIT_OK = 0
EXIT_FAILED_RULES = 1
EXIT_UNREADABLE = 2
EXIT_BROKEN_PIPE = 1
"""The reader of our output went away (``reader check … | head``), as in the other subcommands."""

FORMATS = ("json", "html", "csv", "text")
_SUFFIX_FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".csv": "csv", ".txt": "text"}

DESCRIPTION = (
    "Check saved pages for accessibility problems (WCAG 2.1, W3C ACT rules, GB/T 37668-2019) and write a "
    "report. Folders are searched for .html, .htm, .xhtml, .mhtml and .mht pages and checked in parallel. "
    "Exit status: 0 when no rule failed, 1 when a rule failed on some page, 2 when an input could not be "
    "read."
)
EPILOG = (
    "formats: text (a summary for the terminal, the default), json (every finding; keys documented in "
    "reader.core.a11y.report), csv (one finding a row, UTF-8 with BOM for spreadsheets), html (a bilingual "
    "report that passes its own check). Without --format, -o REPORT's extension chooses it."
)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return jobs


def _configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--format", choices=FORMATS, default=None, help="report format (default: text)")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="REPORT", help="write the report to this file instead of stdout"
    )
    parser.add_argument(
        "--passed",
        action="store_true",
        help="list the passed findings too in json and csv (by default they are only counted)",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="pages checked at once, in separate processes (default: one per core)",
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="FILE|DIR", help="saved pages or folders of them"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The stand-alone parser of ``reader check``."""
    return _configure(argparse.ArgumentParser(prog=f"{PROG} check", description=DESCRIPTION, epilog=EPILOG))


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``check`` to an ``add_subparsers()`` object; ``args.run(args)`` then runs it."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check", help="accessibility report of saved pages", description=DESCRIPTION, epilog=EPILOG
    )
    _configure(parser)
    parser.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (default ``sys.argv[1:]``) and run; argparse's exits become the returned code."""
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as stop:
        code = stop.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_UNREADABLE)
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Check ``args.paths`` and write the report; return the exit status (module docstring)."""
    from reader.core.a11y.batch import check_pages, collect_pages
    from reader.core.a11y.report import render

    output: Path | None = args.output
    output_format: str = args.format or _format_for(output)
    collected = collect_pages(args.paths)
    for report in collected.errors:
        _error(report.error or "")
    bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() and len(collected.pages) > 1 else None
    reports: list[PageReport] = []
    try:
        for report in check_pages(collected.pages, jobs=args.jobs, progress=bar.update if bar else None):
            if report.error is not None:
                if bar:
                    bar.clear()
                _error(report.error)
            reports.append(report)
    except KeyboardInterrupt:
        if bar:
            bar.clear()
        _error("interrupted")
        return 130
    if bar:
        bar.clear()
    everything = reports + collected.errors
    text = render(everything, output_format, include_passed=args.passed)
    if output is not None:
        try:
            _write_atomically(output, text)
        except OSError as error:
            _error(f"{_display(output)}: cannot write the report ({error.strerror or error})")
            return EXIT_UNREADABLE
    elif not _print(text):
        return EXIT_BROKEN_PIPE
    if any(report.error is not None for report in everything):
        return EXIT_UNREADABLE
    return EXIT_FAILED_RULES if any(report.has_failures for report in everything) else EXIT_OK


def _format_for(output: Path | None) -> str:
    if output is None:
        return "text"
    return _SUFFIX_FORMATS.get(output.suffix.lower(), "text")


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def _print(text: str) -> bool:
    """Write to stdout in UTF-8; False when the reader of our output went away."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
        return False
    return True


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _display(path: Path) -> str:
    try:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    except (UnicodeError, TypeError):
        return str(path)


def _error(message: str) -> None:
    """``reader: error: PATH: reason`` on one line of stderr, like the other subcommands."""
    with contextlib.suppress(ValueError, io.UnsupportedOperation, AttributeError):
        sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
    print(f"{PROG}: error: {_LINE_BREAKS.sub(' ', message)}", file=sys.stderr, flush=True)


class _ProgressBar:
    """``检查 Checking [#####-----] 12/40`` redrawn in place on a terminal, at most ten times a second."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = 0.0
        self.shown = False

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        filled = self.WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r检查 Checking [{bar}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


if __name__ == "__main__":
    sys.exit(main())
