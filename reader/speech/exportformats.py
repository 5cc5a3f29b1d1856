"""The audio file an export writes: format choice, MP3 encoders, the temporary file and its final rename.

Owns everything between "PCM for one sentence" and "OUT on disk": :func:`output_format` and
:func:`check_output` (``.wav``, or ``.mp3`` when :func:`find_encoder` finds ``ffmpeg`` or ``lame`` on
PATH), the sinks that write WAV with ``wave`` or pipe PCM into the encoder, :class:`_Output` (the hidden
temporary file beside OUT, renamed over it in one step on success, removed on failure), and
:func:`_convert` (PCM to the file's sample rate and channels). Also :class:`ExportError` and
:class:`EncoderMissingError`, the errors these checks raise (the base of every export error): each carries
a :class:`~reader.core.messages.Message` (:data:`EXPORT_CODES`), which the window words in the interface
language; the command line prints its English.

:mod:`reader.speech.export` runs the export loop on top of this and re-exports the public names.
"""

from __future__ import annotations

import array
import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
from typing import IO, Protocol

from reader.core.errors import WRITE_CODES, write_message
from reader.core.messages import Message, message
from reader.speech.engine import Audio

WAV_SUFFIXES = frozenset({".wav", ".wave"})
MP3_SUFFIXES = frozenset({".mp3"})
ENCODERS = ("ffmpeg", "lame")
"""MP3 encoders looked for on PATH, in order of preference."""


EXPORT_CODES: frozenset[str] = frozenset(
    {
        *WRITE_CODES,  # the operating system refused to write: disk full, read-only, permission…
        "export.is_folder",
        "export.unsupported_format",  # {suffix}: OUT's suffix, "" when it has none
        "export.no_encoder",  # {encoder, alternative, install, install_other}: names and commands
        "export.no_folder",  # {folder}
        "export.encoder_stopped",  # {encoder, detail}: detail is the encoder's last words (English)
        "export.encoder_failed",  # {encoder, status, detail}
        "export.nothing_synthesised",  # {detail}: the engine's reason (English)
        "export.no_text",
        "export.cancelled",
    }
)
"""Every code an :class:`ExportError` can carry (the window words each one)."""


class ExportError(Exception):
    """The export failed and no file was written; ``message`` says why, ``reason`` is its English."""

    def __init__(self, reason: str | Message) -> None:
        self.message = (
            reason
            if isinstance(reason, Message)
            else Message("export.write_failed", reason, {"detail": reason})
        )
        self.reason = self.message.english
        super().__init__(self.reason)


def write_error(error: OSError, out: Path, english: str) -> ExportError:
    """An operating system error writing ``out`` as an export error coded by its errno (``english`` may
    use ``{detail}``, the system's words, ``{folder}`` and ``{path}``)."""
    return ExportError(write_message(error, out, english))


class EncoderMissingError(ExportError):
    """An MP3 was asked for and neither ffmpeg nor lame is installed."""


# --- output file ----------------------------------------------------------------------------------


class _Sink(Protocol):
    def write(self, pcm: bytes) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class _WavSink:
    """PCM into a WAV file; ``wave`` fixes up the header's lengths on close (the file is seekable)."""

    def __init__(self, handle: IO[bytes], sample_rate: int, channels: int) -> None:
        self._wave = wave.open(handle, "wb")  # noqa: SIM115 - closed by close()/abort()
        self._wave.setnchannels(channels)
        self._wave.setsampwidth(2)
        self._wave.setframerate(sample_rate)

    def write(self, pcm: bytes) -> None:
        self._wave.writeframesraw(pcm)

    def close(self) -> None:
        self._wave.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._wave.close()


class _EncoderSink:
    """PCM piped into ``ffmpeg`` or ``lame``, which writes the MP3 to the temporary file."""

    def __init__(self, encoder: str, target: Path, sample_rate: int, channels: int) -> None:
        self.name = Path(encoder).stem
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()/abort()
        self._process = subprocess.Popen(
            _encoder_command(encoder, target, sample_rate, channels),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._errors,
        )

    def write(self, pcm: bytes) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(pcm)
        except (BrokenPipeError, OSError):
            self._process.wait()
            raise ExportError(
                message(
                    "export.encoder_stopped",
                    "{encoder} stopped: {detail}",
                    encoder=self.name,
                    detail=self._error_text(),
                )
            ) from None

    def close(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):
            stdin.close()
        status = self._process.wait()
        text = self._error_text()
        self._errors.close()
        if status != 0:
            raise ExportError(
                message(
                    "export.encoder_failed",
                    "{encoder} failed (exit {status}): {detail}",
                    encoder=self.name,
                    status=status,
                    detail=text,
                )
            )

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._process.kill()
            self._process.wait()
        with contextlib.suppress(Exception):
            if self._process.stdin is not None:
                self._process.stdin.close()
        with contextlib.suppress(Exception):
            self._errors.close()

    def _error_text(self) -> str:
        with contextlib.suppress(Exception):
            self._errors.seek(0)
            text = self._errors.read().decode("utf-8", errors="replace").strip()
            lines = [line for line in text.splitlines() if line.strip()]
            if lines:
                return lines[-1]
        return "no message"


def _encoder_command(encoder: str, target: Path, sample_rate: int, channels: int) -> list[str]:
    if Path(encoder).stem == "lame":
        mode = "m" if channels == 1 else "j"
        return [
            encoder,
            "--quiet",
            "-r",
            "-s",
            f"{sample_rate / 1000:g}",
            "--bitwidth",
            "16",
            "--signed",
            "--little-endian",
            "-m",
            mode,
            "-V",
            "5",
            "-",
            str(target),
        ]
    return [
        encoder,
        "-hide_banner",
        "-loglevel",
        "error",
        "-f",
        "s16le",
        "-ar",
        str(sample_rate),
        "-ac",
        str(channels),
        "-i",
        "pipe:0",
        "-codec:a",
        "libmp3lame",
        "-q:a",
        "5",
        "-f",
        "mp3",
        "-y",
        str(target),
    ]


def find_encoder() -> str | None:
    """The path of the first MP3 encoder (:data:`ENCODERS`) on PATH, or None."""
    for name in ENCODERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def output_format(out: Path) -> str:
    """``"wav"`` or ``"mp3"`` from OUT's suffix; :class:`ExportError` for any other."""
    suffix = out.suffix.lower()
    if suffix in WAV_SUFFIXES:
        return "wav"
    if suffix in MP3_SUFFIXES:
        return "mp3"
    raise ExportError(
        Message(
            "export.unsupported_format",
            f"unsupported audio format {suffix or '(no suffix)'!r}; use .wav or .mp3",
            {"suffix": suffix},
        )
    )


class _Output:
    """The temporary file beside OUT, its sink (opened at the first audio), and the final rename."""

    def __init__(self, out: Path, audio_format: str, encoder: str | None) -> None:
        self.out = out
        self.format = audio_format
        self.encoder = encoder
        self.sample_rate = 0
        self.channels = 0
        self.frames = 0
        self._sink: _Sink | None = None
        # Created with the permissions a new OUT would get (umask applies), in OUT's folder so the final
        # rename is atomic; the name starts with a dot so file managers hide it while it grows.
        self.temp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
        descriptor = os.open(
            self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        self._handle: IO[bytes] = os.fdopen(descriptor, "wb")

    def open(self, sample_rate: int, channels: int) -> None:
        self.sample_rate, self.channels = sample_rate, channels
        if self.format == "wav":
            self._sink = _WavSink(self._handle, sample_rate, channels)
        else:
            assert self.encoder is not None
            # The encoder writes the file itself: our handle only reserved the name.
            self._handle.close()
            self._sink = _EncoderSink(self.encoder, self.temp, sample_rate, channels)

    @property
    def is_open(self) -> bool:
        return self._sink is not None

    def write(self, pcm: bytes) -> None:
        assert self._sink is not None
        self._sink.write(pcm)
        self.frames += len(pcm) // (2 * self.channels)

    def silence(self, milliseconds: int) -> None:
        frames = self.sample_rate * milliseconds // 1000
        self.write(bytes(frames * 2 * self.channels))

    def commit(self) -> None:
        assert self._sink is not None
        self._sink.close()
        self._sink = None
        self._handle.close()
        if self.out.exists():
            # Keep the permissions the user gave the file being replaced.
            with contextlib.suppress(OSError):
                shutil.copymode(self.out, self.temp)
        self.temp.replace(self.out)

    def discard(self) -> None:
        if self._sink is not None:
            self._sink.abort()
            self._sink = None
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


def check_output(out: Path) -> tuple[str, str | None]:
    """OUT's format and MP3 encoder (None for WAV); :class:`ExportError` when OUT cannot be written.

    Cheap: the command line calls it before starting an engine so a wrong OUT fails at once.
    """
    if out.is_dir():
        raise ExportError(message("export.is_folder", "is a folder, not a file"))
    audio_format = output_format(out)
    encoder = None
    if audio_format == "mp3":
        encoder = find_encoder()
        if encoder is None:
            install, install_other = _install_commands()
            raise EncoderMissingError(
                message(
                    "export.no_encoder",
                    "MP3 export needs {encoder} or {alternative}, and neither is installed: install one "
                    "(e.g. {install}" + (", or {install_other}" if install_other else "") + ") "
                    "or export to .wav instead",
                    encoder=ENCODERS[0],
                    alternative=ENCODERS[1],
                    install=install,
                    install_other=install_other,
                )
            )
    if not out.parent.is_dir():
        raise ExportError(message("export.no_folder", "no such folder: {folder}", folder=str(out.parent)))
    return audio_format, encoder


def _install_commands() -> tuple[str, str]:
    """The commands that install an encoder here: the usual one, and another one or ``""``."""
    if sys.platform == "win32":
        return "winget install ffmpeg", ""
    if sys.platform == "darwin":
        return "brew install ffmpeg", ""
    return "apt install ffmpeg", "apt install lame"


# --- audio format ---------------------------------------------------------------------------------


def _convert(audio: Audio, sample_rate: int, channels: int) -> bytes:
    """``audio``'s PCM at ``sample_rate`` and ``channels``: an engine that changes format mid-way (a
    voice with another rate) must not turn the rest of the file into chipmunks."""
    if audio.sample_rate == sample_rate and audio.channels == channels:
        return audio.pcm
    samples = array.array("h")
    samples.frombytes(audio.pcm[: audio.frame_count * 2 * audio.channels])
    if sys.byteorder == "big":
        samples.byteswap()
    # Mix down to mono, resample linearly, then spread to the wanted channels.
    if audio.channels > 1:
        width = audio.channels
        mono = [sum(samples[i : i + width]) // width for i in range(0, len(samples), width)]
    else:
        mono = list(samples)
    if audio.sample_rate != sample_rate and mono:
        count = max(1, round(len(mono) * sample_rate / audio.sample_rate))
        step = (len(mono) - 1) / max(1, count - 1)
        resampled = []
        for i in range(count):
            position = i * step
            low = int(position)
            high = min(low + 1, len(mono) - 1)
            fraction = position - low
            resampled.append(round(mono[low] * (1 - fraction) + mono[high] * fraction))
        mono = resampled
    out = array.array("h", (value for value in mono for _ in range(channels)))
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()
