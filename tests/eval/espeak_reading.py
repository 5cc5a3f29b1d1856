"""What espeak-ng's Mandarin voice says, as numbered pinyin: a measuring tool for the polyphone evaluation.

``espeak_syllables(text)`` asks libespeak-ng (the library the speech layer loads, through
``reader.speech.espeak.load_espeak``: the system one, else the ``espeakng-loader`` wheel's) for the
phonemes of ``text`` with the ``cmn`` voice — what ``espeak-ng -v cmn -q -x`` prints — and maps them back
to syllables with tones: ``chu4``, ``chang2``, ``le5``, ``lv4``.

How the mapping works:

1. espeak writes a Mandarin syllable as its phonemes, its tone contour, then its nasal coda if any:
   ``ts.h'u51``, ``ji35n``, ``X'A35N``. Stress marks (``'`` ``,``) and word ends (``_|``) are dropped;
   each run of digits is a contour; an ``N`` after it is a coda, an ``n`` too unless a vowel follows
   (then the spelling that makes both syllables known wins: 难啊 is nan + a, not na + na).
2. The contour gives the tone: 55 → 1, 35 → 2, 214 (or 21) → 3, 51 → 4, 11 → 5 (neutral).
3. The phonemes give the syllable through a table built here by asking espeak for every syllable
   pypinyin knows, spelled as numbered pinyin (``chu1``), which espeak reads as that syllable. When two
   spellings give the same phonemes, the syllable is written with every candidate, ``a|b``;
   :func:`same_reading` accepts any of them. :func:`table_collisions` lists them.

Limits, stated where they bite: espeak applies the tone sandhi of 一 and 不 (一个 → ``yi2 ge4``) and
not third-tone sandhi; digits and Latin letters are read in words of their own (so give it Han text only
when aligning syllables with characters); an unknown character may be skipped. Callers align by count
and treat a count mismatch as unscorable.
"""

from __future__ import annotations

import ctypes
import re
from functools import cache

from reader.speech.espeak import load_espeak

TONES = {"55": "1", "35": "2", "214": "3", "21": "3", "51": "4", "11": "5"}
"""espeak's tone contours for Mandarin → tone numbers."""

_AUDIO_OUTPUT_RETRIEVAL = 1
_INITIALIZE_DONT_EXIT = 0x8000
_CHARS_UTF8 = 1
_SYLLABLE = re.compile(r"(\D+?)(\d+)")
_NOISE = re.compile(r"[',_|\s]")
_VOWELS = frozenset("aA@eEiouy&")


@cache
def _library() -> ctypes.CDLL:
    """libespeak-ng initialised with the ``cmn`` voice; raises RuntimeError when there is none."""
    loaded = load_espeak()
    if loaded.path is None:
        raise RuntimeError(f"no espeak-ng library: {loaded.error or loaded.source}")
    library = ctypes.CDLL(loaded.path)
    library.espeak_Initialize.restype = ctypes.c_int
    library.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    data = loaded.data_path.encode() if loaded.data_path else None
    if library.espeak_Initialize(_AUDIO_OUTPUT_RETRIEVAL, 0, data, _INITIALIZE_DONT_EXIT) <= 0:
        raise RuntimeError("espeak_Initialize failed")
    library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    if library.espeak_SetVoiceByName(b"cmn") != 0:
        raise RuntimeError("espeak-ng has no cmn voice")
    library.espeak_TextToPhonemes.restype = ctypes.c_char_p
    library.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
    return library


def espeak_phonemes(text: str) -> str:
    """espeak's phoneme mnemonics for ``text`` (``espeak-ng -v cmn -q -x``), clauses joined by spaces."""
    library = _library()
    buffer = ctypes.create_string_buffer(text.encode("utf-8"))
    pointer = ctypes.c_void_p(ctypes.addressof(buffer))
    clauses = []
    while pointer.value:
        result = library.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, 0)
        if result is None:
            break
        clauses.append(result.decode("utf-8", errors="replace"))
    return " ".join(clauses)


def _split(phonemes: str) -> list[tuple[str, str]]:
    """(phonemes, contour) per syllable, English stretches (``(en)…(cmn)``) dropped.

    espeak writes a nasal coda after the contour (``ji35n`` is yin2): an ``N`` after a contour always
    belongs to the syllable before; an ``n`` does unless a vowel follows it (then it starts the next one).
    """
    mandarin = _NOISE.sub("", re.sub(r"\(en\).*?(\(cmn\)|$)", " ", phonemes))
    pieces = _SYLLABLE.findall(mandarin)
    tail = mandarin[sum(len(body) + len(contour) for body, contour in pieces) :]
    syllables: list[tuple[str, str]] = []
    for piece, contour in [*pieces, (tail, "")]:
        body = piece
        if syllables and (body[:1] == "N" or (body[:1] == "n" and body[1:2] not in _VOWELS)):
            previous, tone = syllables[-1]
            syllables[-1] = (previous + body[:1], tone)
            body = body[1:]
        if contour:
            syllables.append((body, contour))
    return syllables


@cache
def _table() -> dict[str, str]:
    """espeak phonemes of a syllable (no tone) → its pinyin spelling(s), ``a|b`` when they collide."""
    from reader.core.pinyin import normalize_reading
    from reader.core.pinyin.syllables import known_syllables as known

    candidates: dict[str, set[str]] = {}
    for syllable in sorted(known()):
        if normalize_reading(syllable + "1") is None or not syllable.isascii():
            continue
        parts = _split(espeak_phonemes(f"{syllable}1"))
        if len(parts) != 1:
            continue
        candidates.setdefault(parts[0][0], set()).add(syllable)
    return {body: "|".join(sorted(names)) for body, names in candidates.items()}


def table_collisions() -> dict[str, str]:
    """The phoneme strings that more than one pinyin spelling gives (unreliable to map back)."""
    return {body: names for body, names in _table().items() if "|" in names}


def espeak_syllables(text: str) -> list[str]:
    """The syllables espeak says for ``text``, numbered (``chu4``); ``?…`` where no spelling gives them."""
    table = _table()
    parts = _split(espeak_phonemes(text))
    for index in range(1, len(parts)):
        # "na35nA214" (难啊) first reads as na + nA; when only nan + A are both syllables, move the n back.
        (previous, tone), (body, contour) = parts[index - 1], parts[index]
        is_unknown = previous not in table or body not in table
        if body[:1] == "n" and is_unknown and previous + "n" in table and body[1:] in table:
            parts[index - 1], parts[index] = (previous + "n", tone), (body[1:], contour)
    syllables = []
    for body, contour in parts:
        tone = TONES.get(contour, "?")
        names = table.get(body)
        if names is None:
            syllables.append(f"?{body}{tone}")
            continue
        syllables.append("|".join(name + tone for name in names.split("|")))
    return syllables


def same_reading(espeak: str, expected: str) -> bool:
    """An :func:`espeak_syllables` entry (maybe ``a1|b1``) says ``expected`` (``chu4``)."""
    return expected in espeak.split("|")
