"""The player contract: what the speech manager asks of whatever turns synthesised audio into sound.

Engines only synthesise (``reader.speech.engine``); the window plays the clips itself with QtMultimedia
(``QAudioSink``), which is what makes Stop silent at once, Pause/Resume continue mid-sentence, and the word
highlight follow the audio actually heard. Tests use ``tests/speech/fakes.py``'s ``FakePlayer`` with a manual
clock. Nothing here imports Qt.

Contract, for every implementation:

1. ``play(audio, token)`` starts ``audio`` at once, replacing whatever was playing (which is then not
   reported as finished). ``token`` identifies the clip.
2. When a clip ends by itself, the owner calls ``SpeechManager.playback_finished(token)`` with that clip's
   token, on the manager's thread (the UI thread: queue it there from audio callbacks). A stopped or
   replaced clip is never reported; the manager ignores tokens that are not the current one anyway.
3. ``stop()`` is silent at once (≤ 200 ms to the sound card) and safe in any state, repeatedly.
4. ``pause()`` holds the clip where it is; ``resume()`` continues from there. Both are no-ops without a clip.
5. ``position_ms()`` is how far into the current clip the listener is (what was heard, not what was written
   to the device buffer, as far as the backend can tell); 0 without a clip.
6. ``set_volume(v)`` takes 0.0–1.0; the manager calls it just before ``play`` (changes apply from the next
   sentence).
"""

from __future__ import annotations

from typing import Protocol

from reader.speech.engine import Audio


class Player(Protocol):
    """Plays one clip at a time; see the module docstring for the contract."""

    def play(self, audio: Audio, token: int) -> None: ...

    def stop(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def position_ms(self) -> int: ...

    def set_volume(self, volume: float) -> None: ...
