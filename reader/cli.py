"""The command line: the entry point ``main``, the window's arguments, and the table of subcommands.

Flow of ``main``:

0. ``--child NAME …`` (hidden, for the app's own helper processes: the speech worker, the page checker)
   runs that child through ``reader.children`` before anything else; see that module.
1. Make stdout and stderr UTF-8 whatever the locale, so Chinese text never fails to print.
2. If the first argument names a subcommand (``extract``, ``convert``, ``speak``, ``voices``, ``check``,
   ``library``, ``pinyin``),
   that subcommand parses the rest;
   otherwise the arguments are the window's (``reader [FILE] [--theme NAME] [--font-size PT]
   [--screenshot PNG]``, or ``reader --list-themes``). A file that happens to be called ``extract``
   opens with ``reader ./extract``.
   ``--theme`` and ``--font-size`` override the saved settings for that run only; an unknown theme or a
   size outside 12–120 pt exits 2 with the valid choices.
3. ``extract`` loads and extracts each file in turn and prints it at once; a file that fails prints one line
   ``reader: error: PATH: reason`` on stderr and the others still run. Exit 0, or 2 if any file failed.
   ``convert`` does the same, then converts the article with OpenCC (``reader.core.conversion``) and
   prints it as text (title, the 日期/來源 line with its labels converted, body paragraphs) or as
   ``extract``'s JSON with every text field converted and a ``conversion`` field. An unknown config is a
   usage error: exit 2 with the valid ones listed. Both live in ``reader.cli_extract``, their output
   formats in ``reader.cli_formats``.
4. ``speak`` loads, extracts and (``--to``) converts one file the same way, picks a voice for the article's
   script (or ``--voice``) and reads it into an audio file with ``reader.speech.export``; ``voices`` lists
   the engine's voices. Both use the pyttsx3 engine and say so on stderr when they had to fall back to
   the silent one. Exit codes of ``speak``: 0 all read, 1 written but incomplete (sentences skipped, or no
   speech engine so the file is silent), 2 nothing written (bad input or arguments, no MP3 encoder, an
   unwritable folder), 130 interrupted. Both live in ``reader.cli_speech``.
5. ``check`` is ``reader.cli_check``, ``library`` is ``reader.cli_library`` (add, list, search,
   remove, export) and ``pinyin`` is ``reader.cli_pinyin`` (the article with each Chinese word's 拼音 or
   注音 after it, ``--style marks|numbers|zhuyin``, a FILE or ``-`` for stdin), each imported only when
   it runs.
6. The window path imports ``reader.ui`` only then, so ``reader extract`` never loads Qt.

``--convert CONFIG`` shows the article converted for that run; an unknown config exits 2 with the list of
valid ones. What the subcommands share (exit codes, error lines, paths) is ``reader.cli_common``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__
from reader.children import run_child
from reader.cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    conversion,
    display_path,
    parse,
    use_utf8_output,
)
from reader.cli_extract import CONVERT_FORMATS, FORMATS, convert_main, extract_main
from reader.cli_formats import (
    RENDERERS,
    format_converted_json,
    format_converted_text,
    format_json,
    format_markdown,
    format_text,
    metadata_line,
)
from reader.cli_speech import (
    DEFAULT_LANGUAGES,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    PROGRESS_WIDTH,
    VOICES_FORMATS,
    format_voices_json,
    format_voices_text,
    speak_main,
    voices_main,
)
from reader.core.settings import bounds as settings_bounds

__all__ = [
    "CONVERT_FORMATS",
    "DEFAULT_LANGUAGES",
    "EXIT_BROKEN_PIPE",
    "EXIT_FAILED",
    "EXIT_INCOMPLETE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "FONT_SIZE_RANGE",
    "FORMATS",
    "PROG",
    "PROGRESS_WIDTH",
    "RENDERERS",
    "SUBCOMMANDS",
    "VOICES_FORMATS",
    "display_path",
    "format_converted_json",
    "format_converted_text",
    "format_json",
    "format_markdown",
    "format_text",
    "format_voices_json",
    "format_voices_text",
    "list_themes",
    "main",
    "metadata_line",
]

FONT_SIZE_RANGE = settings_bounds("font_size_pt")
"""Points accepted by ``--font-size``: the text sizes the window offers."""


# --- entry point ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    child_exit = run_child(args)
    if child_exit is not None:
        return child_exit
    use_utf8_output()
    if args and args[0] in SUBCOMMANDS:
        return SUBCOMMANDS[args[0]](args[1:])
    return _open_main(args)


# --- reader [FILE]: the window --------------------------------------------------------------------


def _font_size(value: str) -> float:
    try:
        size = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    low, high = FONT_SIZE_RANGE
    if not low <= size <= high:
        raise argparse.ArgumentTypeError(f"must be between {low:g} and {high:g} points, got {value}")
    return size


def _theme(value: str) -> str:
    from reader.core.themes import theme_names

    names = theme_names()
    if value not in names:
        raise argparse.ArgumentTypeError(f"unknown theme {value!r}; valid themes: {', '.join(names)}")
    return value


def list_themes() -> str:
    """``reader --list-themes``: one theme per line, its name then its Chinese and English label."""
    from reader.core.themes import list_themes as themes

    width = max(len(theme.name) for theme in themes())
    return "\n".join(f"{theme.name:<{width}}  {theme.label}" for theme in themes())


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="无障碍阅读器 (Accessible Reader): open a saved article in a large, clear reading view.",
        epilog=(
            "subcommands:\n"
            "  reader extract [--format json|text|markdown] FILE...   print the article without opening a "
            "window\n"
            "  reader convert --to CONFIG [--format text|json] FILE...   print it converted between "
            "simplified and traditional Chinese\n"
            "  reader speak [--voice ID] [--rate N] [--to CONFIG] -o OUT.wav FILE   read the article aloud "
            "into an audio file (.wav, or .mp3 with ffmpeg or lame)\n"
            "  reader voices [--format text|json]   list the installed voices\n"
            "  reader check [--format json|html|csv|text] [-o REPORT] [--jobs N] FILE|DIR...   accessibility "
            "report of saved pages (exit 1 when a rule failed)\n"
            "  reader library add|list|search|remove|export ...   the library of saved articles\n"
            "  reader pinyin [--style marks|numbers|zhuyin] FILE|-   print the article with each Chinese "
            "word's reading after it\n\n"
            "Run 'reader SUBCOMMAND --help' for a subcommand's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a saved page (.html, .htm, .mhtml, .mht) or a .txt file; default: the bundled sample article",
    )
    parser.add_argument(
        "--theme",
        type=_theme,
        metavar="NAME",
        help="colour scheme for this run (see --list-themes); the saved choice is kept",
    )
    parser.add_argument(
        "--font-size",
        type=_font_size,
        metavar="PT",
        help="text size in points (12-120) for this run; the saved size is kept",
    )
    parser.add_argument(
        "--convert",
        type=conversion,
        metavar="CONFIG",
        help="show the article converted with this OpenCC config (t2s, s2t, s2tw, s2twp, s2hk, ...) for this "
        "run; the saved choice is kept",
    )
    parser.add_argument("--list-themes", action="store_true", help="print the colour schemes and exit")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the window once the article is shown, save it as PNG and exit",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _open_main(args: list[str]) -> int:
    parsed = parse(_open_parser(), args)
    if isinstance(parsed, int):
        return parsed
    if parsed.list_themes:
        print(list_themes())
        return EXIT_OK
    from reader.core.resources import sample_article
    from reader.ui.app import run

    path: Path = parsed.file if parsed.file is not None else sample_article()
    return run(
        path,
        font_size=parsed.font_size,
        theme=parsed.theme,
        screenshot=parsed.screenshot,
        convert=parsed.convert,
    )


def _check_main(args: list[str]) -> int:
    # Imported here: the checker (lxml, CSS, rules) is not needed to open a window.
    from reader import cli_check

    return cli_check.main(args)


def _library_main(args: list[str]) -> int:
    from reader import cli_library

    return cli_library.main(args)


def _pinyin_main(args: list[str]) -> int:
    from reader import cli_pinyin

    return cli_pinyin.main(args)


SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": extract_main,
    "convert": convert_main,
    "speak": speak_main,
    "voices": voices_main,
    "check": _check_main,
    "library": _library_main,
    "pinyin": _pinyin_main,
}
