"""``reader extract`` and ``reader convert``: their arguments, and printing each file's article as it comes.

1. Parse the arguments (an unknown ``--to`` config or ``--format`` is a usage error: exit 2 with the
   valid ones listed).
2. For each file in turn, load and extract it (``reader.core.extraction``), for ``convert`` convert it
   with OpenCC (``reader.core.conversion``), render it (``reader.cli_formats``) and print it at once.
   A file that fails prints one line ``reader: error: PATH: reason`` on stderr and the others still run.
3. With several files, ``text`` puts a ``==> PATH <==`` line before each article and ``markdown`` an
   ``<!-- PATH -->`` comment; articles are separated by a blank line. ``json`` needs neither: one object
   a line.

Exit 0, or 2 if any file failed, or 1 if the reader of our output went away (``reader extract … | head``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reader.cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    conversion,
    display_path,
    parse,
    print_error,
    silence_stdout,
)
from reader.cli_formats import RENDERERS, format_converted_json, format_converted_text

FORMATS = ("json", "text", "markdown")
CONVERT_FORMATS = ("text", "json")


def _extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} extract",
        description=(
            "Print the article of each FILE: title, date, source and body, without the page's menus, "
            "footers and other boilerplate. Exit status 2 if any file could not be read."
        ),
        epilog=(
            "json prints one JSON object per file, one per line (JSON Lines); text prints the title, a "
            "日期/来源 line and the body; markdown prints the article as Markdown."
        ),
    )
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved pages or text files")
    return parser


def extract_main(args: list[str]) -> int:
    parsed = parse(_extract_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.extraction import extract_file

    render = RENDERERS[parsed.format]
    return _print_articles(parsed.files, parsed.format, lambda path: render(extract_file(path)))


def _print_articles(files: list[Path], output_format: str, produce: Callable[[Path], str]) -> int:
    """Print ``produce(path)`` for each file as it comes; a file that fails is one line on stderr.

    Shared by ``extract`` and ``convert``: exit 0, 2 if any file failed, 1 if our reader went away.
    """
    from reader.core.errors import LoadError

    several = len(files) > 1
    failed = False
    first = True
    for path in files:
        try:
            output = produce(path)
        except LoadError as error:
            print_error(f"{display_path(error.path)}: {error.reason}")
            failed = True
            continue
        except Exception as error:
            # One file must never stop the others, nor print a traceback: the reader of this output wants
            # one line per bad file. The reason still names the exception so a bug report can use it.
            print_error(f"{display_path(path)}: internal error: {type(error).__name__}: {error}")
            failed = True
            continue
        if several and output_format != "json":
            output = _file_marker(output_format, path) + "\n" + output
            if not first:
                output = "\n" + output
        first = False
        try:
            sys.stdout.write(output + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader of our output went away (`reader extract … | head`): stop quietly.
            silence_stdout()
            return EXIT_BROKEN_PIPE
    return EXIT_FAILED if failed else EXIT_OK


def _convert_parser() -> argparse.ArgumentParser:
    from reader.core.conversion import CONFIGS, EXPERIMENTAL_CONFIGS

    names = ", ".join(f"{name} (experimental)" if name in EXPERIMENTAL_CONFIGS else name for name in CONFIGS)
    parser = argparse.ArgumentParser(
        prog=f"{PROG} convert",
        description=(
            "Print the article of each FILE converted between simplified and traditional Chinese with "
            "OpenCC. Exit status 2 if any file could not be read."
        ),
        epilog=(
            f"conversions: {names}. text prints the title, a 日期/来源 line and the body paragraphs; json "
            "prints reader extract's JSON with every text field converted, one object per line."
        ),
    )
    parser.add_argument(
        "--to",
        required=True,
        type=conversion,
        metavar="CONFIG",
        dest="config",
        help="OpenCC conversion, e.g. s2t, t2s, s2tw, s2twp, s2hk, tw2sp",
    )
    parser.add_argument(
        "--format", choices=CONVERT_FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved pages or text files")
    return parser


def convert_main(args: list[str]) -> int:
    parsed = parse(_convert_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.conversion import convert_article
    from reader.core.extraction import extract_file

    config: str = parsed.config
    render = format_converted_json if parsed.format == "json" else format_converted_text

    def produce(path: Path) -> str:
        converted, _ = convert_article(extract_file(path), config)
        return render(converted, config)

    return _print_articles(parsed.files, parsed.format, produce)


def _file_marker(output_format: str, path: Path) -> str:
    if output_format == "markdown":
        return f"<!-- {display_path(path).replace('--', '- -')} -->\n"
    return f"==> {display_path(path)} <=="
