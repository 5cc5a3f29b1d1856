"""``reader speak`` and ``reader voices``: reading an article into an audio file, and listing the voices.

``speak``:

1. Check that OUT can be written (its folder, its extension, an MP3 encoder) before any work.
2. Load and extract FILE, and with ``--to`` convert it, as ``reader convert`` does.
3. Open the pyttsx3 engine, or the silent one with a warning saying why.
4. Pick the voice: ``--voice`` checked against the installed ones, else the one chosen for the article's
   script (``reader.speech.voices``) and the saved per-language choices.
5. Read it into OUT with ``reader.speech.export``, a progress bar on stderr when stderr is a terminal;
   SIGTERM and SIGHUP count as Ctrl+C meanwhile, so a killed run leaves no temporary file.
6. Print one summary line; each skipped sentence is a warning on stderr.

``speak --print-text FILE`` prints, one sentence a line, exactly the strings the speech worker would be sent
for the article (title, 日期/来源 line, body, captions; ``--to`` honoured; numbers, dates and codes spelled
out by ``reader.speech.normalization``), through the same utterance path as the export
(``reader.speech.export.spoken_utterances``), and exits: no audio, no engine started, no OUT needed. The
normaliser's language follows the article as the voice choice does (Cantonese for Hong Kong text, ``yue``;
else Mandarin, ``cmn``), since no voice list is asked for. ``--heading-cue`` says 标题： before each heading
in both modes.

Exit codes of ``speak``: 0 all read (``--print-text``: printed), 1 written but incomplete (sentences
skipped, or no speech engine so the file is silent), 2 nothing written (bad input or arguments, no MP3
encoder, an unwritable folder), 130 interrupted.

``voices`` lists the engine's voices as text or JSON, with the voice ``speak`` would pick for Mandarin
and for Cantonese text.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    conversion,
    display_path,
    one_line,
    parse,
    print_error,
    print_warning,
    silence_stdout,
)

if TYPE_CHECKING:
    from reader.core.display import DisplayDocument
    from reader.core.document import Article
    from reader.core.settings import Settings
    from reader.speech.engine import SpeechEngine, Voice

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
        type=Path,
        metavar="OUT",
        help="the audio file to write (.wav or .mp3); required unless --print-text",
    )
    parser.add_argument(
        "--print-text",
        action="store_true",
        help=(
            "print the text the voice would be sent, one sentence a line (numbers, dates and codes spelled "
            "out), and exit: no audio, no speech engine"
        ),
    )
    parser.add_argument(
        "--heading-cue",
        action="store_true",
        help="say 标题： before each heading (headings are always followed by a pause)",
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
        type=conversion,
        metavar="CONFIG",
        dest="config",
        help="convert the article with this OpenCC config before reading it (s2t, t2s, s2hk, ...)",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a saved page or text file")
    return parser


def speak_main(args: list[str]) -> int:
    parsed = parse(_speak_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.display import build_article, convert_document
    from reader.core.errors import LoadError
    from reader.core.extraction import extract_file
    from reader.speech.export import ExportError, check_output

    if parsed.print_text:
        return _print_text(parsed.file, parsed.config, heading_cue=parsed.heading_cue)
    if parsed.output is None:
        print_error("the following arguments are required: -o/--output (or --print-text)")
        return EXIT_FAILED
    out: Path = parsed.output
    try:
        check_output(out)
    except ExportError as error:
        print_error(f"{display_path(out)}: {error.reason}")
        return EXIT_FAILED
    try:
        article = extract_file(parsed.file)
        # What 连读 reads in the window: title, 日期/来源 line, body, captions (converted when asked).
        display = convert_document(build_article(article), parsed.config)
    except LoadError as error:
        print_error(f"{display_path(error.path)}: {error.reason}")
        return EXIT_FAILED
    settings = _speech_settings()
    rate: int = parsed.rate if parsed.rate is not None else settings.speech_rate
    with _speech_engine() as (engine, is_silent):
        # The silent stand-in has no real voices: --voice cannot be checked, and would not be heard.
        wanted = None if is_silent else parsed.voice
        voice = _pick_voice(engine, wanted, article, parsed.config, settings.voices)
        if isinstance(voice, int):
            return voice
        return _speak(display, out, engine, voice, rate, is_silent=is_silent, heading_cue=parsed.heading_cue)


def print_text_language(article: Article, config: str | None) -> str:
    """The normaliser's language for ``--print-text``: what the voice chosen for the article would use."""
    from reader.core.conversion import detect_script
    from reader.speech.voices import CANTONESE, article_key

    language = article.language
    script = language if language not in {"", "zh"} else detect_script(article.text[:20_000])
    return "yue" if article_key(script or language or "zh-Hans", config) == CANTONESE else "cmn"


def _print_text(file: Path, config: str | None, *, heading_cue: bool) -> int:
    from reader.core.display import build_article, convert_document
    from reader.core.errors import LoadError
    from reader.core.extraction import extract_file
    from reader.speech.export import spoken_utterances
    from reader.speech.utterances import HEADING_CUE

    try:
        article = extract_file(file)
        display = convert_document(build_article(article), config)
    except LoadError as error:
        print_error(f"{display_path(error.path)}: {error.reason}")
        return EXIT_FAILED
    utterances = spoken_utterances(
        display, language=print_text_language(article, config), heading_cue=HEADING_CUE if heading_cue else ""
    )
    try:
        for utterance in utterances:
            # Display blocks hold no newline (a line break is U+2028): each sentence is one line.
            sys.stdout.write(utterance.spoken.text.replace("\r", " ").replace("\n", " ") + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_OK


def _speak(
    display: DisplayDocument,
    out: Path,
    engine: SpeechEngine,
    voice: Voice | None,
    rate: int,
    *,
    is_silent: bool,
    heading_cue: bool = False,
) -> int:
    from reader.speech.export import ExportError, export_audio
    from reader.speech.utterances import HEADING_CUE
    from reader.speech.voices import speech_language

    progress = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        with _termination_as_interrupt():
            report = export_audio(
                display,
                out,
                engine=engine,
                voice=voice.id if voice else None,
                rate=rate,
                language=speech_language(voice),
                progress=progress,
                heading_cue=HEADING_CUE if heading_cue else "",
            )
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        print_error(f"{display_path(out)}: interrupted; nothing was written")
        return EXIT_INTERRUPTED
    except ExportError as error:
        if progress:
            progress.clear()
        print_error(f"{display_path(out)}: {error.reason}")
        return EXIT_FAILED
    if progress:
        progress.clear()
    for skipped in report.skipped:
        print_warning(f"skipped “{_shorten(skipped.text)}”: {skipped.reason}")
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


def voices_main(args: list[str]) -> int:
    parsed = parse(_voices_parser(), args)
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
        silence_stdout()
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
            one_line(voice.name),
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
    from reader.speech.voices import article_voice

    voices = engine.voices()
    if wanted is not None:
        for voice in voices:
            if voice.id == wanted:
                return voice
        for voice in voices:
            if voice.id.lower() == wanted.lower() or voice.name.lower() == wanted.lower():
                return voice
        print_error(f"unknown voice {wanted!r}; run 'reader voices' to list the installed ones")
        return EXIT_FAILED
    return article_voice(
        voices, language=article.language, text=article.text, config=config, overrides=overrides
    )


@contextlib.contextmanager
def _speech_engine() -> Iterator[tuple[SpeechEngine, bool]]:
    """The pyttsx3 engine, or the silent one with a warning saying why; closed on the way out."""
    from reader.speech.engines import create_engine, fallback_reason

    engine = create_engine("auto")
    reason = fallback_reason(engine)
    is_silent = reason is not None
    if is_silent:
        print_warning(f"no speech engine works ({reason}); using the silent engine: the audio will be SILENT")
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
        print_warning(problem.english)
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
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
