"""Audio export: an article, or a list of paragraphs, read aloud into a WAV or MP3 file.

Owns turning text into one audio file through any :class:`~reader.speech.engine.SpeechEngine`: the order
(title first, then the blocks), the pauses between sentences and paragraphs, retrying and skipping failed
sentences, progress and cancel, and writing the file so that the user's existing file is never left half
overwritten. The command line (``reader speak``) and the window (File ▸ Export audio, run off the GUI
thread) both call :func:`export_audio`. This module is the export loop and its report; the audio file
itself (format and encoder checks, the sinks, the temporary file, PCM conversion) is
:mod:`reader.speech.exportformats`, whose public names are re-exported here.

Flow of :func:`export_audio`:

1. Check the output: ``.wav``, or ``.mp3`` when ``ffmpeg`` or ``lame`` is on PATH (else
   :class:`EncoderMissingError` naming what to install), in an existing folder. Nothing is synthesised
   before that.
2. Cut the texts into sentences lazily, one block at a time (a novel is never segmented up front), each
   normalised for speech (dates, numbers, document numbers, bullets).
3. Keep :data:`IN_FLIGHT` requests submitted so the engine's worker never idles while we write.
4. Write each result as it arrives, in sentence order, into a temporary file beside OUT (``wave`` for WAV,
   the encoder's stdin for MP3), with :data:`SENTENCE_GAP_MS` of silence between sentences and
   :data:`PARAGRAPH_GAP_MS` between blocks (or the utterance's own ``pause_after_ms``, a heading's, when
   longer). Only the few results that arrive ahead of a retried one are
   held in memory. A failed result is resubmitted once (unless the engine already retried it), then the
   sentence is skipped and listed in the report.
5. On success the temporary file is renamed over OUT in one step; on cancel or any error it is removed
   and OUT is left as it was.

Errors::

    ExportError              base; ``message`` says what went wrong (a code), ``reason`` its English
    ├── EncoderMissingError  MP3 asked for, no ffmpeg or lame on PATH
    └── ExportCancelledError      ``cancelled()`` said so; nothing was written
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core.messages import message
from reader.speech.engine import DEFAULT_RATE, Audio, SpeechEngine, SynthesisRequest, SynthesisResult
from reader.speech.exportformats import (
    ENCODERS,
    EXPORT_CODES,
    MP3_SUFFIXES,
    WAV_SUFFIXES,
    EncoderMissingError,
    ExportError,
    _convert,
    _Output,
    check_output,
    find_encoder,
    output_format,
    write_error,
)
from reader.speech.utterances import BlockList, ReadingText, Utterance, iter_utterances

if TYPE_CHECKING:
    from reader.core.document import Article

__all__ = [
    "ENCODERS",
    "EXPORT_CODES",
    "IN_FLIGHT",
    "MP3_SUFFIXES",
    "PARAGRAPH_GAP_MS",
    "POLL_INTERVAL",
    "PROGRESS_INTERVAL",
    "SENTENCE_GAP_MS",
    "STALL_TIMEOUT",
    "WAV_SUFFIXES",
    "Cancelled",
    "EncoderMissingError",
    "ExportCancelledError",
    "ExportError",
    "ExportReport",
    "Progress",
    "SkippedSentence",
    "check_output",
    "export_audio",
    "find_encoder",
    "output_format",
    "spoken_utterances",
]

IN_FLIGHT = 4
"""Requests kept submitted: enough that the worker has the next sentence while we write this one."""
SENTENCE_GAP_MS = 250
PARAGRAPH_GAP_MS = 700
"""Silence between blocks (after the title too): a listener hears where a paragraph ends."""
PROGRESS_INTERVAL = 0.1
"""Seconds between progress reports (at most ~10 a second, so a progress bar never adds to the work)."""
POLL_INTERVAL = 0.1
"""Longest wait for the engine before ``cancelled()`` is asked again."""
STALL_TIMEOUT = 60.0
"""Seconds without any result after which the engine is taken to have hung (it should restart itself long
before: this only guards against an engine that breaks its contract)."""

_request_ids = itertools.count(1)
"""Request ids, increasing across exports: an engine used for several keeps getting new, larger ids."""
_clock = time.monotonic
"""The progress throttle's time source (tests replace it)."""

Progress = Callable[[int, int], None]
"""``progress(done, total)``: characters of the text read so far, of all."""
Cancelled = Callable[[], bool]


class ExportCancelledError(ExportError):
    """``cancelled()`` returned True: the temporary file was removed, OUT left as it was."""


@dataclass(frozen=True, slots=True)
class SkippedSentence:
    """A sentence left out of the audio: ``block``'s text ``[start:end]``, and why.

    ``block`` indexes the exported texts: for an :class:`Article`, 0 is the title and ``n`` is its n-th
    non-empty block.
    """

    block: int
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What :func:`export_audio` wrote."""

    path: Path
    format: str
    """``"wav"`` or ``"mp3"``."""
    duration_ms: int
    frames: int
    """Audio frames (samples per channel) written, pauses included."""
    sentences: int
    """Sentences in the audio (skipped ones not counted)."""
    skipped: tuple[SkippedSentence, ...]
    sample_rate: int
    channels: int
    engine: str
    encoder: str | None = None
    """The MP3 encoder's program name (``ffmpeg``/``lame``); None for WAV."""

    @property
    def duration(self) -> float:
        """Seconds of audio."""
        return self.duration_ms / 1000

    @property
    def is_complete(self) -> bool:
        return not self.skipped


# --- sentences ------------------------------------------------------------------------------------


class _Sentence(NamedTuple):
    utterance: Utterance
    done: int
    """Characters of all texts up to this sentence's end: the progress once it is written."""


def _reading_text(article_or_blocks: Article | ReadingText | Sequence[str]) -> ReadingText:
    from reader.core.document import Article

    if isinstance(article_or_blocks, Article):
        article = article_or_blocks
        return BlockList([article.title, *(block.text for block in article.blocks if block.text)])
    if isinstance(article_or_blocks, str):
        return BlockList([article_or_blocks])
    if isinstance(article_or_blocks, Sequence):
        return BlockList(article_or_blocks)
    return article_or_blocks


def spoken_utterances(
    article_or_blocks: Article | ReadingText | Sequence[str], *, language: str = "cmn", heading_cue: str = ""
) -> Iterator[Utterance]:
    """The utterances an export of ``article_or_blocks`` synthesises, in order: ``utterance.spoken.text``
    is exactly what the engine is sent (``reader speak --print-text`` prints them)."""
    return iter_utterances(_reading_text(article_or_blocks), language=language, heading_cue=heading_cue)


def _sentences(text: ReadingText, language: str, heading_cue: str = "") -> Iterator[_Sentence]:
    """Every sentence with something to say, in order (segmented a block at a time, as it is read)."""
    bases = list(
        itertools.accumulate((len(text.block_text(i)) for i in range(text.block_count())), initial=0)
    )
    for utterance in spoken_utterances(text, language=language, heading_cue=heading_cue):
        yield _Sentence(utterance, bases[utterance.block] + utterance.end)


# --- the export -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    sentence: _Sentence
    request_id: int = 0
    tries: int = 0
    """Times this sentence was submitted."""
    result: SynthesisResult | None = None
    reasons: list[str] = field(default_factory=list)


class _Progress:
    """Calls ``progress`` at most every :data:`PROGRESS_INTERVAL` seconds, and once at the end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = total
        self._last = float("-inf")

    def report(self, done: int, *, final: bool = False) -> None:
        if self._progress is None:
            return
        now = _clock()
        if final or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._progress(min(done, self._total), self._total)


def export_audio(
    article_or_blocks: Article | ReadingText | Sequence[str],
    out: Path,
    *,
    engine: SpeechEngine,
    voice: str | None = None,
    rate: int = DEFAULT_RATE,
    language: str = "cmn",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    heading_cue: str = "",
) -> ExportReport:
    """Read ``article_or_blocks`` into ``out``: an article (its title, then its blocks), or paragraph texts
    (a :class:`ReadingText` is read from this thread: give the window's text as a :class:`BlockList` copy).

    ``voice`` is a :attr:`Voice.id` (None: the engine's default), ``rate`` words per minute (clamped to the
    engine's range), ``language`` the normaliser's (``cmn``, ``yue``). ``progress(done, total)`` counts
    characters of the text; ``cancelled()`` is asked several times a second; ``heading_cue`` is said before
    each heading (``reader.speech.utterances.HEADING_CUE``; empty: none). Raises :class:`ExportError`
    (no file written, ``out`` untouched): unsupported format, no MP3 encoder, an unwritable folder, nothing
    that could be read, or :class:`ExportCancelledError`. ``engine`` must be this export's alone while it runs
    (results are handed out once); it is left open for its owner to close.
    """
    out = Path(out)
    audio_format, encoder = check_output(out)
    text = _reading_text(article_or_blocks)
    low, high = engine.capabilities.rate_range
    rate = min(max(rate, low), high)
    try:
        output = _Output(out, audio_format, encoder)
    except OSError as error:
        raise write_error(error, out, "cannot write in {folder}: {detail}") from None
    try:
        report = _Exporter(
            engine,
            output,
            voice=voice,
            rate=rate,
            progress=progress,
            cancelled=cancelled,
            total=sum(len(text.block_text(i)) for i in range(text.block_count())),
        ).run(_sentences(text, language, heading_cue))
    except OSError as error:  # writing the audio or renaming it over OUT: a full disk, a lost drive
        output.discard()
        raise write_error(error, out, "the file cannot be written ({detail})") from error
    except BaseException:
        output.discard()
        raise
    return report


class _Exporter:
    """One export's loop: keep requests in flight, write results in order, retry, skip, cancel."""

    def __init__(
        self,
        engine: SpeechEngine,
        output: _Output,
        *,
        voice: str | None,
        rate: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
    ) -> None:
        self.engine = engine
        self.output = output
        self.voice = voice
        self.rate = rate
        self.progress = _Progress(progress, total)
        self.cancelled = cancelled or (lambda: False)
        self.total = total
        self.jobs: deque[_Job] = deque()
        self.by_id: dict[int, _Job] = {}
        self.written = 0
        self.skipped: list[SkippedSentence] = []
        self.last_block: int | None = None
        self.last_pause = 0

    def run(self, sentences: Iterator[_Sentence]) -> ExportReport:
        exhausted = False
        last_answer = time.monotonic()
        try:
            while True:
                if self.cancelled():
                    raise ExportCancelledError(message("export.cancelled", "export cancelled"))
                while not exhausted and len(self.jobs) < IN_FLIGHT:
                    sentence = next(sentences, None)
                    if sentence is None:
                        exhausted = True
                        break
                    job = _Job(sentence)
                    self.jobs.append(job)
                    self._submit(job)
                if not self.jobs:
                    break
                results = self.engine.results()
                if not results:
                    if time.monotonic() - last_answer > STALL_TIMEOUT:
                        self._unstick()
                        last_answer = time.monotonic()
                    else:
                        self.engine.wait(POLL_INTERVAL)
                    continue
                last_answer = time.monotonic()
                for result in results:
                    self._take(result)
                self._flush()
        except BaseException:
            self.engine.cancel()
            raise
        if not self.output.is_open:
            if self.skipped:
                raise ExportError(
                    message(
                        "export.nothing_synthesised",
                        "no sentence could be synthesised ({detail})",
                        detail=self.skipped[0].reason,
                    )
                )
            raise ExportError(message("export.no_text", "there is no text to read"))
        self.progress.report(self.total, final=True)
        self.output.commit()
        return ExportReport(
            path=self.output.out,
            format=self.output.format,
            duration_ms=self.output.frames * 1000 // self.output.sample_rate,
            frames=self.output.frames,
            sentences=self.written,
            skipped=tuple(self.skipped),
            sample_rate=self.output.sample_rate,
            channels=self.output.channels,
            engine=self.engine.name,
            encoder=Path(self.output.encoder).stem if self.output.encoder else None,
        )

    def _submit(self, job: _Job) -> None:
        job.request_id = next(_request_ids)
        job.tries += 1
        job.result = None
        self.by_id[job.request_id] = job
        spoken = job.sentence.utterance.spoken.text
        self.engine.submit(SynthesisRequest(job.request_id, spoken, self.voice, self.rate))

    def _take(self, result: SynthesisResult) -> None:
        job = self.by_id.pop(result.id, None)
        if job is None:
            return  # a request we stopped waiting for
        if not result.ok:
            job.reasons.append(result.error or "the engine gave no audio")
            # The engine may have retried already (attempts 2): then one more try would be a third.
            if job.tries < 2 and result.attempts < 2:
                self._submit(job)
                return
        job.result = result

    def _flush(self) -> None:
        """Write the finished results at the front, in sentence order."""
        while self.jobs and self.jobs[0].result is not None:
            job = self.jobs.popleft()
            result = job.result
            assert result is not None
            utterance = job.sentence.utterance
            if result.ok and result.audio is not None:
                self._write(utterance, result.audio)
            else:
                self.skipped.append(
                    SkippedSentence(
                        utterance.block, utterance.start, utterance.end, utterance.text, job.reasons[-1]
                    )
                )
            self.progress.report(job.sentence.done)

    def _write(self, utterance: Utterance, audio: Audio) -> None:
        output = self.output
        block = utterance.block
        if not output.is_open:
            output.open(audio.sample_rate, audio.channels)
        else:
            gap = PARAGRAPH_GAP_MS if block != self.last_block else SENTENCE_GAP_MS
            output.silence(max(gap, self.last_pause))
        output.write(_convert(audio, output.sample_rate, output.channels))
        self.last_block = block
        self.last_pause = utterance.pause_after_ms
        self.written += 1

    def _unstick(self) -> None:
        """No answer for :data:`STALL_TIMEOUT`: count a failed try for the oldest, resubmit the rest."""
        self.engine.cancel()
        self.by_id.clear()
        reason = f"no answer from the speech engine in {STALL_TIMEOUT:g} s"
        for job in self.jobs:
            if job.result is not None:
                continue
            if job is self.jobs[0]:
                job.reasons.append(reason)
                if job.tries >= 2:
                    job.result = SynthesisResult(job.request_id, error=reason, attempts=job.tries)
                    continue
            else:
                job.tries -= 1  # not its fault: the resubmission does not count against it
            self._submit(job)
        self._flush()
