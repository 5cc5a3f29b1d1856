"""The app's helper processes: how to start one, and the table that runs it on the other side.

The app starts fresh processes of itself for work that must not run in the window's process: the speech
worker (:mod:`reader.speech.worker`, which owns pyttsx3) and the accessibility check of the open page
(:func:`reader.core.a11y.batch.check_one`). Both go through one hidden option of the entry point,
``--child NAME ARGS…``, so that they start the same way from the source tree and from a frozen bundle:

- source tree or installed package: ``[python, "-m", "reader", "--child", NAME, *ARGS]``;
- frozen (PyInstaller sets ``sys.frozen``; ``sys.executable`` is the app itself, which cannot run ``-m``
  or ``-c``): ``[app, "--child", NAME, *ARGS]``.

Start-up of a child, step by step:

1. the parent builds the command with :func:`child_command` and the environment with
   :func:`child_environment` (the source tree's root on ``PYTHONPATH``, so the child imports this very
   package wherever the parent imported it from);
2. ``reader/__main__.py`` and :func:`reader.cli.main` call :func:`run_child` first, before the command line
   is parsed or anything of the window is imported: when the arguments start with ``--child`` it runs the
   named child and its exit code is the process's (an unknown name exits 2 with one line on stderr);
3. each child imports only what it needs, inside its function (a bundler still sees those imports).

``--child`` is for the app's own use: it is not in ``--help``, and a file of that name opens as
``reader ./--child``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

CHILD_OPTION = "--child"
SPEECH_WORKER = "speech-worker"
"""Arguments: those of :mod:`reader.speech.worker` (``--fd N [--driver NAME] [--no-system-espeak]``)."""
A11Y_CHECK = "a11y-check"
"""Arguments: one page's path; writes the pickled :class:`~reader.core.a11y.model.PageReport` to stdout."""
EXIT_USAGE = 2


def _speech_worker(args: list[str]) -> int:
    from reader.speech import worker

    # The worker's own parser (``python -m reader.speech.worker`` takes the same arguments); its main
    # ends the process itself.
    worker._command_line(args)
    return 0


def _a11y_check(args: list[str]) -> int:
    import pickle

    from reader.core.a11y.batch import check_one

    if len(args) != 1:
        return _usage(f"{A11Y_CHECK} takes one page, got {len(args)} arguments")
    sys.stdout.buffer.write(pickle.dumps(check_one(args[0])))
    sys.stdout.buffer.flush()
    return 0


CHILDREN: Mapping[str, Callable[[list[str]], int]] = {
    SPEECH_WORKER: _speech_worker,
    A11Y_CHECK: _a11y_check,
}
"""Child name → its body: takes the arguments after the name, returns the exit code."""


def is_frozen() -> bool:
    """Whether this is a bundled app (PyInstaller and others set ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def child_command(name: str, *args: str) -> list[str]:
    """The command line that starts child ``name`` with ``args``, from the source tree or a bundle."""
    if name not in CHILDREN:
        raise ValueError(f"unknown child process {name!r}; known: {', '.join(CHILDREN)}")
    if is_frozen():
        return [sys.executable, CHILD_OPTION, name, *args]
    return [sys.executable, "-m", "reader", CHILD_OPTION, name, *args]


def child_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child: ``base`` (default ``os.environ``), with the source tree's root first on
    ``PYTHONPATH`` unless frozen (a bundle carries its own modules)."""
    environment = dict(os.environ if base is None else base)
    if not is_frozen():
        package_root = str(Path(__file__).resolve().parent.parent)
        environment["PYTHONPATH"] = os.pathsep.join(
            part for part in (package_root, environment.get("PYTHONPATH")) if part
        )
    return environment


def run_child(argv: Sequence[str]) -> int | None:
    """Run the child that ``argv`` (the arguments after the program) asks for and return its exit code, or
    None when ``argv`` does not start with ``--child``."""
    if not argv or argv[0] != CHILD_OPTION:
        return None
    if len(argv) < 2:
        return _usage(f"{CHILD_OPTION} needs a name: {', '.join(CHILDREN)}")
    body = CHILDREN.get(argv[1])
    if body is None:
        return _usage(f"unknown child process {argv[1]!r}; known: {', '.join(CHILDREN)}")
    return body(list(argv[2:]))


def _usage(reason: str) -> int:
    print(f"reader: error: {reason}", file=sys.stderr)
    return EXIT_USAGE
