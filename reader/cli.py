"""The command line: argument parsing, and the formats ``reader extract`` and ``reader convert`` print.

Flow of ``main``:

1. Make stdout and stderr UTF-8 whatever the locale, so Chinese text never fails to print.
2. If the first argument names a subcommand (``extract``, ``convert``), that subcommand parses the rest;
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
   usage error: exit 2 with the valid ones listed.
4. The window path imports ``reader.ui`` only then, so ``reader extract`` never loads Qt.

``extract`` output formats:

- ``json``: one JSON object per file on one line (JSON Lines); with one file that line is a single JSON
  document. Fields are ``Article.to_json()``'s; non-ASCII is written as is, not ``\\u`` escaped.
- ``text``: the title, a 日期/来源 line, a blank line, then the body text (``Article.text``).
- ``markdown``: ``# title``, the 日期/来源 line, then the blocks: headings ``##``–``######``, lists,
  ``>`` quotes, ``![alt](src)`` images and pipe tables.

With several files, ``text`` puts a ``==> PATH <==`` line before each article and ``markdown`` an
``<!-- PATH -->`` comment; articles are separated by a blank line.

``--convert CONFIG`` shows the article converted for that run; an unknown config exits 2 with the list of
valid ones.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.core.document import Article, Block

PROG = "reader"
EXIT_OK = 0
EXIT_FAILED = 2
"""A file could not be read, or the arguments were wrong (argparse's own code for usage errors)."""
EXIT_BROKEN_PIPE = 1

FONT_SIZE_RANGE = (12.0, 120.0)
"""Points accepted by ``--font-size``: the text sizes the window offers."""

FORMATS = ("json", "text", "markdown")


# --- entry point ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    _use_utf8_output()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return SUBCOMMANDS[args[0]](args[1:])
    return _open_main(args)


def _parse(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace | int:
    """Parse, turning argparse's exits (--help, --version, usage errors) into a returned code."""
    try:
        return parser.parse_args(args)
    except SystemExit as stop:
        code = stop.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_FAILED)


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
            "simplified and traditional Chinese\n\n"
            "Run 'reader extract --help' or 'reader convert --help' for their options."
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
        type=_conversion,
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
    parsed = _parse(_open_parser(), args)
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


# --- reader extract -------------------------------------------------------------------------------


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


def _extract_main(args: list[str]) -> int:
    parsed = _parse(_extract_parser(), args)
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
            _report(f"{display_path(error.path)}: {error.reason}")
            failed = True
            continue
        except Exception as error:
            # One file must never stop the others, nor print a traceback: the reader of this output wants
            # one line per bad file. The reason still names the exception so a bug report can use it.
            _report(f"{display_path(path)}: internal error: {type(error).__name__}: {error}")
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
            _silence_stdout()
            return EXIT_BROKEN_PIPE
    return EXIT_FAILED if failed else EXIT_OK


# --- reader convert -------------------------------------------------------------------------------

CONVERT_FORMATS = ("text", "json")


def _conversion(value: str) -> str:
    from reader.core.conversion import check_config

    try:
        return check_config(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
        type=_conversion,
        metavar="CONFIG",
        dest="config",
        help="OpenCC conversion, e.g. s2t, t2s, s2tw, s2twp, s2hk, tw2sp",
    )
    parser.add_argument(
        "--format", choices=CONVERT_FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved pages or text files")
    return parser


def _convert_main(args: list[str]) -> int:
    parsed = _parse(_convert_parser(), args)
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


def format_converted_text(article: Article, config: str) -> str:
    """``format_text`` of a converted article, the 日期/来源 labels converted too (日期/來源)."""
    from reader.core.conversion import convert_text

    head = [article.title]
    meta = metadata_line(article)
    if meta:
        head.append(convert_text(meta, config))
    return "\n".join(head) + "\n\n" + article.text


def format_converted_json(article: Article, config: str) -> str:
    """``format_json`` of a converted article, with a ``conversion`` field naming the config."""
    data = _json_data(article)
    data["conversion"] = config
    return json.dumps(data, ensure_ascii=False)


def _file_marker(output_format: str, path: Path) -> str:
    if output_format == "markdown":
        return f"<!-- {display_path(path).replace('--', '- -')} -->\n"
    return f"==> {display_path(path)} <=="


def display_path(path: str | Path) -> str:
    """A path as it should appear in UTF-8 output: its bytes on disk read as UTF-8.

    Python decodes command-line paths with the locale's encoding; in a C or Latin-1 locale a Chinese file
    name arrives as escapes or mojibake. Its bytes are the name as ``ls`` shows it in a UTF-8 terminal.
    """
    try:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    except (UnicodeError, TypeError):
        return str(path)


# --- output formats -------------------------------------------------------------------------------


def format_json(article: Article) -> str:
    """One line of JSON: ``Article.to_json()`` with non-ASCII characters as they are."""
    return json.dumps(_json_data(article), ensure_ascii=False)


def _json_data(article: Article) -> dict[str, object]:
    data = article.to_json()
    if article.path is not None:
        data["path"] = display_path(article.path)
    return data


def metadata_line(article: Article) -> str:
    """``日期：… 来源：… 作者：…`` for what the article has, or an empty string."""
    parts = []
    if article.date:
        parts.append(f"日期：{article.date}")
    if article.source:
        parts.append(f"来源：{article.source}")
    if article.author:
        parts.append(f"作者：{article.author}")
    return "　".join(parts)


def format_text(article: Article) -> str:
    """Title, the metadata line, a blank line, then the body text as it is read aloud."""
    head = [article.title]
    meta = metadata_line(article)
    if meta:
        head.append(meta)
    return "\n".join(head) + "\n\n" + article.text


def format_markdown(article: Article) -> str:
    """The article as Markdown (CommonMark with pipe tables)."""
    parts = [f"# {_md_escape(article.title)}"]
    meta = metadata_line(article)
    if meta:
        parts.append(_md_escape(meta))
    for block in article.blocks:
        rendered = _md_block(block)
        if rendered:
            parts.append(rendered)
    return "\n\n".join(parts)


RENDERERS: dict[str, Callable[[Article], str]] = {
    "json": format_json,
    "text": format_text,
    "markdown": format_markdown,
}


# Characters that CommonMark or pipe tables would read as markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# Line starts that would turn a paragraph into a heading, quote, list or rule.
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+=-])", re.MULTILINE)
_MD_ORDERED_START = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)


def _md_escape(text: str) -> str:
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(r"\1\\\2", text)
    return _MD_ORDERED_START.sub(r"\1\\\2", text)


def _md_block(block: Block) -> str:
    from reader.core.document import BlockKind

    kind = block.kind
    if kind is BlockKind.HEADING:
        # The article title is the only level-1 heading; body headings start at level 2.
        level = min(6, max(2, block.level or 2))
        return f"{'#' * level} {_md_escape(block.text)}"
    if kind is BlockKind.LIST:
        items = block.items or tuple(line for line in block.text.split("\n") if line.strip())
        lines = []
        for number, item in enumerate(items, start=1):
            marker = f"{number}." if block.ordered else "-"
            lines.append(f"{marker} {_md_escape(_one_line(item))}")
        return "\n".join(lines)
    if kind is BlockKind.QUOTE:
        return "\n".join(f"> {line}".rstrip() for line in _md_escape(block.text).split("\n"))
    if kind is BlockKind.IMAGE:
        alt = _md_escape(_one_line(block.alt or block.text))
        return f"![{alt}]({_md_url(block.src or '')})"
    if kind is BlockKind.TABLE:
        return _md_table(block)
    return _md_escape(block.text)


def _md_url(src: str) -> str:
    # Spaces and parentheses would end a Markdown link destination early.
    return src.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _md_table(block: Block) -> str:
    rows = [list(row) for row in block.rows] or [line.split("\t") for line in block.text.split("\n") if line]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    cells = [[_md_escape(_one_line(cell)) for cell in row] + [""] * (width - len(row)) for row in rows]
    # Pipe tables need a header row: use the table's own when it has one, else an empty one.
    header = cells.pop(0) if block.has_header else [""] * width
    lines = [_md_row(header), _md_row(["---"] * width)]
    lines.extend(_md_row(row) for row in cells)
    return "\n".join(lines)


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- output plumbing ------------------------------------------------------------------------------


def _use_utf8_output() -> None:
    """Write UTF-8 whatever the locale says; characters that cannot be encoded come out escaped."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _report(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    print(f"{PROG}: error: {_LINE_BREAKS.sub(' ', message)}", file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    # After a broken pipe, Python would complain again when it flushes stdout at exit.
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": _extract_main,
    "convert": _convert_main,
}
