"""Making the speech engine: the pyttsx3 one when it starts, else the silent one with the reason why.

``create_engine("auto")`` starts the pyttsx3 worker (warm-up included: pyttsx3 initialised and voices
loaded) and waits for it, bounded; when it cannot start (no espeak library, a driver error, no voices) a
:class:`SilentEngine` stands in and its ``reason`` says why, for the window to tell the user. ``"pyttsx3"``
returns the pyttsx3 engine even when it failed to start (its requests then come back with errors), and
``"silent"`` always the silent one.
"""

from __future__ import annotations

from typing import Literal

from reader.speech.engine import SpeechEngine
from reader.speech.pyttsx3engine import Pyttsx3Engine
from reader.speech.silent import SilentEngine

EngineKind = Literal["auto", "pyttsx3", "silent"]


def fallback_reason(engine: SpeechEngine) -> str | None:
    """Why ``engine`` is the silent stand-in, or None when it is the engine that was asked for."""
    return engine.reason if isinstance(engine, SilentEngine) else None


def create_engine(kind: EngineKind = "auto", *, start_seconds: float | None = None) -> SpeechEngine:
    """An engine of ``kind``; ``"auto"`` falls back to silent (see :func:`fallback_reason`)."""
    if kind == "silent":
        return SilentEngine()
    engine = Pyttsx3Engine() if start_seconds is None else Pyttsx3Engine(start_seconds=start_seconds)
    if kind == "pyttsx3":
        engine.start()
        return engine
    try:
        voices = engine.voices()
    except Exception as error:  # anything at all: reading must still work, silently
        engine.close()
        return SilentEngine(reason=f"speech engine could not start: {type(error).__name__}: {error}")
    if engine.failure is not None or not voices:
        reason = engine.failure or "speech engine did not start or has no voices"
        engine.close()
        return SilentEngine(reason=reason)
    return engine
