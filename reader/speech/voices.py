"""Which installed voice reads an article: language keys from voice tags, and the choice rule.

The rule (:func:`choose_voice`), in order:
1. The article's language key: Cantonese when the conversion in use targets Hong Kong (``s2hk``, ``t2hk``,
   ``s2hkp``…) or the article's tag says Hong Kong/Macau (``zh-Hant-HK``, ``zh-HK``, ``yue``); Mandarin for
   any other Chinese (simplified, Taiwan, plain traditional); English for ``en…``; otherwise the tag's
   primary language (``ja``, ``fr``…).
2. A voice the user chose for that key (``overrides["cantonese"] = "sit/yue"``) wins when it is installed;
   an override naming a voice that is gone is ignored.
3. Otherwise the best installed voice of that key: voices that read romanisation (``sit/cmn-latn-pinyin``,
   ``sit/yue-latn-jyutping``) come last, then exact language tags before regional ones.
4. Cantonese without a Cantonese voice falls back to Mandarin (the characters are the same; a Mandarin
   reading is understood, silence is not); no Chinese voice at all → None (the engine's default voice).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reader.speech.engine import Voice

MANDARIN = "mandarin"
CANTONESE = "cantonese"
ENGLISH = "english"

_MANDARIN_TAGS = frozenset({"zh-cn", "zh-tw", "zh-sg", "cmn", "zh", "zh-hans", "zh-hant", "zh-hans-cn"})
_CANTONESE_TAGS = frozenset({"zh-hk", "yue", "zh-yue", "zh-mo", "zh-hant-hk", "zh-hant-mo"})
_HK_CONFIGS = frozenset({"s2hk", "t2hk", "s2hkp"})


def normalise_tag(tag: str) -> str:
    """``zh_CN`` → ``zh-cn``: lower case, ``-`` between parts."""
    return tag.strip().lower().replace("_", "-")


def language_key(tag: str) -> str:
    """``"mandarin"``, ``"cantonese"``, ``"english"`` or the tag's primary language (``"ja"``, ``"hak"``)."""
    tag = normalise_tag(tag)
    if tag in _CANTONESE_TAGS or tag.startswith(("yue-", "zh-yue-", "zh-hk-")):
        return CANTONESE
    if tag in _MANDARIN_TAGS or tag.startswith(("cmn-", "zh-")):
        return MANDARIN
    primary = tag.split("-", 1)[0]
    return ENGLISH if primary == "en" else primary


def voice_keys(voice: Voice) -> set[str]:
    """The language keys a voice speaks."""
    return {language_key(tag) for tag in voice.languages if tag}


def article_key(script: str | None, config: str | None) -> str | None:
    """The language key to read with, or None when nothing says.

    ``script``: the article's BCP 47 tag (``zh-Hans``, ``zh-Hant-HK``, ``en``) or a script name (``hans``,
    ``hant``, ``tw``, ``hk``); ``config``: the OpenCC conversion in use, if any.
    """
    if config and normalise_tag(config).removesuffix(".json") in _HK_CONFIGS:
        return CANTONESE
    if not script:
        return None
    tag = normalise_tag(script)
    if tag == "hk":
        return CANTONESE
    if tag in {"hans", "hant", "tw"}:
        return MANDARIN
    if tag.startswith("zh-") and tag.split("-")[-1] in {"hk", "mo"}:
        return CANTONESE
    return language_key(tag)


def _rank(voice: Voice, key: str) -> tuple[int, int, str]:
    reads_romanisation = "latn" in voice.id.lower() or any("latn" in tag for tag in voice.languages)
    exact = any(language_key(tag) == key and "-" not in tag for tag in voice.languages)
    return (1 if reads_romanisation else 0, 0 if exact else 1, voice.id)


def best_voice(voices: Iterable[Voice], key: str) -> Voice | None:
    """The preferred installed voice for a language key, or None."""
    matching = [voice for voice in voices if key in voice_keys(voice)]
    return min(matching, key=lambda voice: _rank(voice, key)) if matching else None


def choose_voice(
    voices: Iterable[Voice],
    *,
    script: str | None,
    config: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Voice | None:
    """The voice to read an article with (the rule is in the module docstring); None: engine default."""
    installed = list(voices)
    key = article_key(script, config)
    if key is None:
        return None
    by_id = {voice.id: voice for voice in installed}
    keys = [key, MANDARIN] if key == CANTONESE else [key]
    for wanted in keys:
        chosen_id = (overrides or {}).get(wanted)
        if chosen_id is not None and chosen_id in by_id:
            return by_id[chosen_id]
        found = best_voice(installed, wanted)
        if found is not None:
            return found
    return None


def article_voice(
    voices: Iterable[Voice],
    *,
    language: str,
    text: str,
    config: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Voice | None:
    """The voice for an article, the same for the window and ``reader speak``: chosen by the article's tag
    when it says more than "zh" (``zh-Hant-HK`` on a Hong Kong page), else by the script of its text, and by
    the conversion in use (``config``)."""
    from reader.core.conversion import detect_script

    script = language if language not in {"", "zh"} else detect_script(text[:20_000])
    return choose_voice(voices, script=script or language or "zh-Hans", config=config, overrides=overrides)


def speech_language(voice: Voice | None) -> str:
    """The normaliser's language for ``voice``: ``yue`` for a Cantonese voice, else ``cmn`` or its own."""
    if voice is None:
        return "cmn"
    keys = voice_keys(voice)
    if CANTONESE in keys:
        return "yue"
    if MANDARIN in keys or not voice.languages:
        return "cmn"
    return voice.languages[0]
