"""What the ``reader`` subcommands share: the program name and exit codes, parsing that returns a code
instead of exiting, the ``--convert``/``--to`` argument type, and the output plumbing (UTF-8 whatever
the locale, one-line errors and warnings on stderr, paths as ``ls`` shows them, a quiet broken pipe).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
from pathlib import Path

PROG = "reader"
EXIT_OK = 0
EXIT_FAILED = 2
"""A file could not be read, or the arguments were wrong (argparse's own code for usage errors)."""
EXIT_BROKEN_PIPE = 1


def parse(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace | int:
    """Parse, turning argparse's exits (--help, --version, usage errors) into a returned code."""
    try:
        return parser.parse_args(args)
    except SystemExit as stop:
        code = stop.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_FAILED)


def conversion(value: str) -> str:
    """An OpenCC config named on the command line, checked; argparse lists the valid ones otherwise."""
    from reader.core.conversion import check_config

    try:
        return check_config(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def display_path(path: str | Path) -> str:
    """A path as it should appear in UTF-8 output: its bytes on disk read as UTF-8.

    Python decodes command-line paths with the locale's encoding; in a C or Latin-1 locale a Chinese file
    name arrives as escapes or mojibake. Its bytes are the name as ``ls`` shows it in a UTF-8 terminal.
    """
    try:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    except (UnicodeError, TypeError):
        return str(path)


def one_line(text: str) -> str:
    """``text`` with every run of white space, line breaks included, folded to one space."""
    return " ".join(text.split())


def use_utf8_output() -> None:
    """Write UTF-8 whatever the locale says; characters that cannot be encoded come out escaped."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def print_error(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    print(f"{PROG}: error: {_LINE_BREAKS.sub(' ', message)}", file=sys.stderr, flush=True)


def print_warning(message: str) -> None:
    """One warning line on stderr."""
    print(f"{PROG}: warning: {_LINE_BREAKS.sub(' ', message)}", file=sys.stderr, flush=True)


def silence_stdout() -> None:
    """Point stdout at the null device: after a broken pipe, Python would complain again when it flushes
    stdout at exit."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
