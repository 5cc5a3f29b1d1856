"""What espeak-ng's Mandarin voice makes of a text, as its phoneme mnemonics (``espeak-ng -v cmn -q -x``):
the ear-proxy of the pronunciation layer, used by its test and by the script that builds
``resources/pinyin/espeak_fixes.tsv``.

The system ``espeak-ng`` program is used when it is on PATH, else libespeak-ng (the system library or the
``espeakng-loader`` wheel's, found as the speech worker finds it, ``reader.speech.espeak.load_espeak``)
through ctypes. espeak can be initialised once per process and pyttsx3 may own it in a test process, so
:func:`phonemes` runs the library in a child process (``python -m tests.speech.espeak_phonemes``, texts
as JSON on stdin, phonemes as JSON on stdout).

Reading the mnemonics: a syllable is its phonemes then its tone contour, 55 tone 1, 35 tone 2, 214 tone 3,
51 tone 4, 11 neutral (``ts.h'u51`` is chu4); ``'`` marks stress, ``_|`` ends a word, ``(en)…(cmn)`` is a
stretch read with the English voice (espeak's dictionary holds a few words as pinyin it cannot say, e.g.
一会儿 → "yi two hui four r five").
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

TONES = {"55": 1, "35": 2, "214": 3, "21": 3, "51": 4, "11": 5}
"""espeak's tone contours → tone numbers."""
_CONTOUR = re.compile(r"214|21|55|35|51|11")
_NOISE = re.compile(r"[',_|\s]")


def available() -> str | None:
    """Why espeak cannot be asked (None when it can)."""
    if shutil.which("espeak-ng"):
        return None
    from reader.speech.espeak import load_espeak

    loaded = load_espeak()
    if loaded.path is None:
        return f"no espeak-ng program or library ({loaded.error or loaded.source})"
    return None


def phonemes(texts: list[str]) -> list[str]:
    """espeak's phonemes of each text with the ``cmn`` voice, clauses joined by a space."""
    program = shutil.which("espeak-ng")
    if program is not None:
        return [
            " ".join(
                subprocess.run(
                    [program, "-v", "cmn", "-q", "-x", text], capture_output=True, text=True, check=True
                ).stdout.split()
            )
            for text in texts
        ]
    completed = subprocess.run(
        [sys.executable, "-m", "tests.speech.espeak_phonemes"],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: list[str] = json.loads(completed.stdout)
    return result


def tones(phoneme_text: str) -> list[int]:
    """The tone numbers of the syllables in ``phoneme_text``, in order (English stretches left out)."""
    mandarin = re.sub(r"\(en\).*?(?:\(cmn\)|$)", " ", phoneme_text)
    return [TONES[contour] for contour in _CONTOUR.findall(_NOISE.sub("", mandarin))]


def segments(phoneme_text: str) -> str:
    """The phonemes without stress marks, word ends or tones: what differs between 长 chang and zhang."""
    return _CONTOUR.sub("", _NOISE.sub("", phoneme_text))


def _in_process(text: str) -> str:
    """The phonemes from the library in this process (through ``tests.eval.espeak_reading``'s binding)."""
    from tests.eval.espeak_reading import espeak_phonemes

    return " ".join(espeak_phonemes(text).split())


if __name__ == "__main__":
    json.dump([_in_process(text) for text in json.load(sys.stdin)], sys.stdout)
