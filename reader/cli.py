"""The command line: argument parsing, and the formats ``reader extract`` and ``reader convert`` print.

Flow of ``main``:

1. Make stdout and stderr UTF-8 whatever the locale, so Chinese text never fails to print.
2. If the first argument names a subcommand (``extract``, ``convert``, ``speak``, ``voices``), that
   subcommand parses the rest;
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
4. ``speak`` loads, extracts and (``--to``) converts one file the same way, picks a voice for the article's
   script (or ``--voice``) and reads it into an audio file with ``reader.speech.export``; ``voices`` lists
   the engine's voices. Both use the pyttsx3 engine and say so on stderr when they had to fall back to
   the silent one. Exit codes of ``speak``: 0 all read, 1 written but incomplete (sentences skipped, or no
   speech engine so the file is silent), 2 nothing written (bad input or arguments, no MP3 encoder, an
   unwritable folder), 130 interrupted.
5. The window path imports ``reader.ui`` only then, so ``reader extract`` never loads Qt.

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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader import __version__

if TYPE_CHECKING:
    from reader.core.document import Article, Block
    from reader.core.settings import Settings
    from reader.speech.engine import SpeechEngine, Voice

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
            "simplified and traditional Chinese\n"
            "  reader speak [--voice ID] [--rate N] [--to CONFIG] -o OUT.wav FILE   read the article aloud "
            "into an audio file (.wav, or .mp3 with ffmpeg or lame)\n"
            "  reader voices [--format text|json]   list the installed voices\n"
            "  reader check [--format json|html|csv|text] [-o REPORT] [--jobs N] FILE|DIR...   accessibility "
            "report of saved pages (exit 1 when a rule failed)\n\n"
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


# --- reader speak / reader voices -----------------------------------------------------------------

EXIT_INCOMPLETE = 1
"""``speak``: the file was written but is not the whole article read aloud (skipped sentences, silence)."""
EXIT_INTERRUPTED = 130
"""Ctrl+C, as shells report SIGINT."""
VOICES_FORMATS = ("text", "json")
PROGRESS_WIDTH = 30


def _rate(value: str) -> int:
    from reader.speech.engine import MAX_RATE, MIN_RATE

    try:
        rate = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not MIN_RATE <= rate <= MAX_RATE:
        raise argparse.ArgumentTypeError(
            f"must be between {MIN_RATE} and {MAX_RATE} words per minute, got {value}"
        )
    return rate


def _speak_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} speak",
        description=(
            "Read the article of FILE aloud into an audio file: its title, then its body, a sentence at a "
            "time, with short pauses between sentences and longer ones between paragraphs. The voice is "
            "chosen for the article's script (Mandarin; Cantonese for Hong Kong traditional text when such "
            "a voice is installed) unless --voice names one."
        ),
        epilog=(
            "OUT ending in .wav is written as WAV (16-bit PCM); .mp3 needs ffmpeg or lame on PATH. OUT is "
            "written under a temporary name and renamed when complete: an existing OUT is replaced only "
            "by a finished file. Exit status: 0 the whole article was read; 1 OUT was written but is "
            "incomplete (sentences the engine could not synthesise were skipped and are listed on stderr, "
            "or no speech engine works and OUT is silent); 2 nothing was written (unreadable FILE, bad "
            "arguments, unknown voice, no MP3 encoder, a folder that cannot be written); 130 interrupted."
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the audio file to write (.wav or .mp3)",
    )
    parser.add_argument(
        "--voice", metavar="ID", help="a voice id from 'reader voices' (default: chosen for the article)"
    )
    parser.add_argument(
        "--rate",
        type=_rate,
        metavar="N",
        help="speed in words (Chinese: characters) per minute, 80-450 (default: the saved setting, 200)",
    )
    parser.add_argument(
        "--to",
        type=_conversion,
        metavar="CONFIG",
        dest="config",
        help="convert the article with this OpenCC config before reading it (s2t, t2s, s2hk, ...)",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a saved page or text file")
    return parser


def _speak_main(args: list[str]) -> int:
    parsed = _parse(_speak_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.errors import LoadError
    from reader.core.extraction import extract_file
    from reader.speech.export import ExportError, check_output

    out: Path = parsed.output
    try:
        check_output(out)
    except ExportError as error:
        _report(f"{display_path(out)}: {error.reason}")
        return EXIT_FAILED
    try:
        article = extract_file(parsed.file)
        if parsed.config is not None:
            from reader.core.conversion import convert_article

            article, _ = convert_article(article, parsed.config)
    except LoadError as error:
        _report(f"{display_path(error.path)}: {error.reason}")
        return EXIT_FAILED
    settings = _speech_settings()
    rate: int = parsed.rate if parsed.rate is not None else settings.speech_rate
    with _speech_engine() as (engine, is_silent):
        # The silent stand-in has no real voices: --voice cannot be checked, and would not be heard.
        wanted = None if is_silent else parsed.voice
        voice = _pick_voice(engine, wanted, article, parsed.config, settings.voices)
        if isinstance(voice, int):
            return voice
        return _speak(article, out, engine, voice, rate, is_silent=is_silent)


def _speak(
    article: Article, out: Path, engine: SpeechEngine, voice: Voice | None, rate: int, *, is_silent: bool
) -> int:
    from reader.speech.export import ExportError, export_audio

    progress = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        with _termination_as_interrupt():
            report = export_audio(
                article,
                out,
                engine=engine,
                voice=voice.id if voice else None,
                rate=rate,
                language=_speech_language(voice),
                progress=progress,
            )
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        _report(f"{display_path(out)}: interrupted; nothing was written")
        return EXIT_INTERRUPTED
    except ExportError as error:
        if progress:
            progress.clear()
        _report(f"{display_path(out)}: {error.reason}")
        return EXIT_FAILED
    if progress:
        progress.clear()
    for skipped in report.skipped:
        _warn(f"skipped “{_shorten(skipped.text)}”: {skipped.reason}")
    summary = (
        f"wrote {display_path(out)}: {_duration(report.duration)} of audio ({report.format.upper()}, "
        f"{report.sample_rate} Hz), {report.sentences} sentences"
    )
    if report.skipped:
        summary += f", {len(report.skipped)} skipped"
    summary += f"; voice {voice.id if voice else 'default'}, {rate} wpm"
    if is_silent:
        summary += "; SILENT: no speech engine"
    print(summary, flush=True)
    return EXIT_INCOMPLETE if report.skipped or is_silent else EXIT_OK


def _speech_language(voice: Voice | None) -> str:
    """The normaliser's language for ``voice``: ``yue`` for a Cantonese voice, else ``cmn`` or its own."""
    from reader.speech.voices import CANTONESE, MANDARIN, voice_keys

    if voice is None:
        return "cmn"
    keys = voice_keys(voice)
    if CANTONESE in keys:
        return "yue"
    if MANDARIN in keys or not voice.languages:
        return "cmn"
    return voice.languages[0]


def _voices_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} voices",
        description=(
            "List the installed voices: id (for 'reader speak --voice'), languages and name, and which one "
            "the reader uses for Mandarin and for Cantonese unless told otherwise."
        ),
        epilog="json prints one object: the engine, the default voice per language and the voices.",
    )
    parser.add_argument(
        "--format", choices=VOICES_FORMATS, default="text", help="output format (default: text)"
    )
    return parser


def _voices_main(args: list[str]) -> int:
    parsed = _parse(_voices_parser(), args)
    if isinstance(parsed, int):
        return parsed
    settings = _speech_settings()
    with _speech_engine() as (engine, _):
        voices = engine.voices()
        defaults = _default_voices(voices, settings.voices)
        output = (
            format_voices_json(engine.name, voices, defaults)
            if parsed.format == "json"
            else format_voices_text(voices, defaults)
        )
    try:
        sys.stdout.write(output + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_OK


DEFAULT_LANGUAGES = {"mandarin": ("zh-Hans", None), "cantonese": ("zh-Hant-HK", None)}
"""Language group → (article language, conversion) that group's default voice is chosen for."""


def _default_voices(voices: list[Voice], overrides: dict[str, str]) -> dict[str, str | None]:
    """The voice ``speak`` would pick for Mandarin and for Cantonese text, by id."""
    from reader.speech.voices import choose_voice, voice_keys

    defaults: dict[str, str | None] = {}
    for group, (script, config) in DEFAULT_LANGUAGES.items():
        chosen = choose_voice(voices, script=script, config=config, overrides=overrides)
        # A Cantonese article falls back to a Mandarin voice: that is no Cantonese default.
        is_right = chosen is not None and group in voice_keys(chosen)
        defaults[group] = chosen.id if chosen is not None and is_right else None
    return defaults


def format_voices_text(voices: list[Voice], defaults: dict[str, str | None]) -> str:
    """One voice per line: id, languages, name, and ``default for Mandarin`` where it is."""
    marks: dict[str, list[str]] = {}
    for group, voice_id in defaults.items():
        if voice_id is not None:
            marks.setdefault(voice_id, []).append(group.capitalize())
    rows = [("ID", "LANGUAGES", "NAME", "")]
    rows += [
        (
            voice.id,
            ",".join(voice.languages) or "-",
            _one_line(voice.name),
            f"default for {' and '.join(marks[voice.id])}" if voice.id in marks else "",
        )
        for voice in voices
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    ]
    if not voices:
        lines.append("(no voices)")
    return "\n".join(line.rstrip() for line in lines)


def format_voices_json(engine: str, voices: list[Voice], defaults: dict[str, str | None]) -> str:
    """``{"engine", "defaults": {"mandarin", "cantonese"}, "voices": [{"id", "name", "languages", …}]}``."""
    groups: dict[str, list[str]] = {}
    for group, voice_id in defaults.items():
        if voice_id is not None:
            groups.setdefault(voice_id, []).append(group)
    data = {
        "engine": engine,
        "defaults": defaults,
        "voices": [
            {
                "id": voice.id,
                "name": voice.name,
                "languages": list(voice.languages),
                "gender": voice.gender,
                "default_for": groups.get(voice.id, []),
            }
            for voice in voices
        ],
    }
    return json.dumps(data, ensure_ascii=False)


def _pick_voice(
    engine: SpeechEngine,
    wanted: str | None,
    article: Article,
    config: str | None,
    overrides: dict[str, str],
) -> Voice | int | None:
    """``--voice`` checked against the installed voices, or the choice for the article; an exit code
    when ``--voice`` names no installed voice."""
    from reader.core.conversion import detect_script
    from reader.speech.voices import choose_voice

    voices = engine.voices()
    if wanted is not None:
        for voice in voices:
            if voice.id == wanted:
                return voice
        for voice in voices:
            if voice.id.lower() == wanted.lower() or voice.name.lower() == wanted.lower():
                return voice
        _report(f"unknown voice {wanted!r}; run 'reader voices' to list the installed ones")
        return EXIT_FAILED
    # The article's tag (zh-Hans, zh-Hant-HK after s2hk…); the text's script when the page only says "zh".
    script = article.language if article.language not in {"", "zh"} else detect_script(article.text)
    return choose_voice(voices, script=script or article.language, config=config, overrides=overrides)


@contextlib.contextmanager
def _speech_engine() -> Iterator[tuple[SpeechEngine, bool]]:
    """The pyttsx3 engine, or the silent one with a warning saying why; closed on the way out."""
    from reader.speech.engines import create_engine, fallback_reason

    engine = create_engine("auto")
    reason = fallback_reason(engine)
    is_silent = reason is not None
    if is_silent:
        _warn(f"no speech engine works ({reason}); using the silent engine: the audio will be SILENT")
    try:
        yield engine, is_silent
    finally:
        engine.close()


@contextlib.contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise KeyboardInterrupt meanwhile, so a killed export removes its temporary file
    (Python's default for them is to die on the spot)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            previous[number] = signal.signal(number, interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _speech_settings() -> Settings:
    from reader.core.settings import SettingsStore

    settings, problems = SettingsStore().load()
    for problem in problems:
        _warn(problem)
    return settings


class _ProgressBar:
    """``[#####.....]  42%`` on one terminal line, redrawn in place."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        filled = round(PROGRESS_WIDTH * fraction)
        bar = "#" * filled + "." * (PROGRESS_WIDTH - filled)
        self._stream.write(f"\r[{bar}] {fraction:4.0%}")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r" + " " * (PROGRESS_WIDTH + 8) + "\r")
            self._stream.flush()
            self._shown = False


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{rest:02d}"
    return f"{minutes}:{rest:02d}"


def _shorten(text: str, limit: int = 40) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _warn(message: str) -> None:
    """One warning line on stderr."""
    print(f"{PROG}: warning: {_LINE_BREAKS.sub(' ', message)}", file=sys.stderr, flush=True)


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


def _check_main(args: list[str]) -> int:
    # Imported here: the checker (lxml, CSS, rules) is not needed to open a window.
    from reader import cli_check

    return cli_check.main(args)


SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": _extract_main,
    "convert": _convert_main,
    "speak": _speak_main,
    "voices": _voices_main,
    "check": _check_main,
}
