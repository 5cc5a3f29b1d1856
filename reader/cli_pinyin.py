"""``reader pinyin``: print an article with the reading of every Chinese word after it.

1. Parse the arguments (``--style marks|numbers|zhuyin``, one FILE or ``-``).
2. Read the article: a file is loaded and extracted as ``reader extract --format text`` prints it (title,
   the 日期/来源 line, a blank line, the body); ``-`` reads plain UTF-8 text from stdin as it is.
3. Annotate it with :class:`reader.core.pinyin.Annotator` (the shipped phrases and the user's phrase file)
   and print it: each word that decided a reading (a phrase of pypinyin's dictionary or of ours) and
   every other Chinese character is followed by its readings in parentheses, one syllable per character,
   separated by spaces — ``重庆市(chóng qìng shì)长江(cháng jiāng)大桥(dà qiáo)``, ``青(qīng)溪(xī)``;
   everything else (Latin, digits, punctuation, line breaks) is printed as it is.

Exit 0; 2 on bad input (``reader: error: PATH: reason``) or bad arguments; 1 when the reader of our
output went away. Problems in the user's phrase file are warnings on stderr; the output still comes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    display_path,
    parse,
    print_error,
    print_warning,
    silence_stdout,
)

STYLES = ("marks", "numbers", "zhuyin")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} pinyin",
        description=(
            "Print the article of FILE (or plain text from stdin with '-') with the reading of each Chinese "
            "word after it in parentheses: 重庆市(chóng qìng shì)长江(cháng jiāng). Words decide "
            "polyphones; the shipped phrase list and your own phrase file correct them."
        ),
        epilog=(
            "styles: marks (chóng qìng), numbers (chong2 qing4, neutral tone 5), zhuyin (ㄔㄨㄥˊ ㄑㄧㄥˋ). "
            "Your phrase file (one '词语<TAB>ci2 yu3' a line) is read from the reader's settings folder. "
            "Exit status 2 if the input could not be read."
        ),
    )
    parser.add_argument(
        "--style", choices=STYLES, default="marks", help="how readings are written (default: marks)"
    )
    parser.add_argument("file", metavar="FILE", help="a saved page or text file, or '-' for text on stdin")
    return parser


def annotate(text: str, style: str, *, user_file: Path | None = None) -> tuple[str, list[str]]:
    """``text`` with each Han word followed by ``(its readings)``; and the user file's problems, worded."""
    from reader.core.pinyin import Annotator, Style

    annotator = Annotator(user_file)
    parts = []
    for piece, readings in annotator.words(text, Style(style)):
        parts.append(piece if readings is None else f"{piece}({' '.join(readings)})")
    return "".join(parts), [str(problem) for problem in annotator.messages]


def _read_input(name: str) -> str:
    """The text to annotate; raises LoadError."""
    from reader.core.errors import LoadError

    if name == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as error:
            raise LoadError("-", f"not UTF-8 text (byte {error.start})") from None
    from reader.cli_formats import format_text
    from reader.core.extraction import extract_file

    return format_text(extract_file(Path(name)))


def main(args: list[str]) -> int:
    parsed = parse(_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.errors import LoadError

    try:
        text = _read_input(parsed.file)
    except LoadError as error:
        print_error(f"{display_path(error.path)}: {error.reason}")
        return EXIT_FAILED
    except Exception as error:
        print_error(f"{display_path(parsed.file)}: internal error: {type(error).__name__}: {error}")
        return EXIT_FAILED
    output, problems = annotate(text, parsed.style)
    for problem in problems:
        print_warning(f"phrase file: {problem}")
    try:
        sys.stdout.write(output if output.endswith("\n") or not output else output + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_OK
