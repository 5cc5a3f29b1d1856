"""Voice choice: Mandarin, Cantonese or English from the article's script and the conversion in use."""

from __future__ import annotations

import pytest

from reader.speech.engine import Voice
from reader.speech.voices import (
    CANTONESE,
    ENGLISH,
    MANDARIN,
    article_key,
    choose_voice,
    language_key,
    normalise_tag,
)

ESPEAK = [
    Voice("gmw/en", "English (Great Britain)", ("en-gb",), "pyttsx3"),
    Voice("sit/cmn-latn-pinyin", "Chinese Pinyin", ("cmn-latn-pinyin",), "pyttsx3"),
    Voice("sit/cmn", "Chinese (Mandarin)", ("cmn",), "pyttsx3"),
    Voice("sit/yue-latn-jyutping", "Cantonese Jyutping", ("yue",), "pyttsx3"),
    Voice("sit/yue", "Cantonese", ("yue",), "pyttsx3"),
    Voice("sit/hak", "Hakka", ("hak",), "pyttsx3"),
]
WINDOWS = [
    Voice("huihui", "Microsoft Huihui", ("zh_CN",), "pyttsx3"),
    Voice("hanhan", "Microsoft Hanhan", ("zh-TW",), "pyttsx3"),
    Voice("tracy", "Microsoft Tracy", ("zh_HK",), "pyttsx3"),
]


@pytest.mark.parametrize(
    ("tag", "key"),
    [
        ("zh_CN", MANDARIN),
        ("zh-TW", MANDARIN),
        ("zh-sg", MANDARIN),
        ("cmn", MANDARIN),
        ("zh", MANDARIN),
        ("cmn-latn-pinyin", MANDARIN),
        ("zh-HK", CANTONESE),
        ("yue", CANTONESE),
        ("zh-yue", CANTONESE),
        ("en-gb", ENGLISH),
        ("EN_us", ENGLISH),
        ("hak", "hak"),
        ("ja", "ja"),
    ],
)
def test_language_keys(tag: str, key: str) -> None:
    assert language_key(tag) == key


def test_tags_are_normalised() -> None:
    assert normalise_tag(" zh_HK ") == "zh-hk"


@pytest.mark.parametrize(
    ("script", "config", "key"),
    [
        ("zh-Hans", None, MANDARIN),
        ("zh-Hant", None, MANDARIN),
        ("zh-Hant-TW", None, MANDARIN),
        ("zh-Hant-HK", None, CANTONESE),
        ("hk", None, CANTONESE),
        ("tw", None, MANDARIN),
        ("zh-Hans", "s2hk", CANTONESE),
        ("zh-Hant", "t2hk", CANTONESE),
        ("zh-Hans", "s2twp", MANDARIN),
        ("zh-Hant-HK", "hk2s", CANTONESE),
        ("en", None, ENGLISH),
        (None, None, None),
    ],
)
def test_article_key(script: str | None, config: str | None, key: str | None) -> None:
    assert article_key(script, config) == key


def test_simplified_reads_with_mandarin_not_pinyin() -> None:
    assert choose_voice(ESPEAK, script="zh-Hans") == ESPEAK[2]


def test_hong_kong_conversion_reads_with_cantonese_not_jyutping() -> None:
    chosen = choose_voice(ESPEAK, script="zh-Hans", config="s2hk")
    assert chosen is not None and chosen.id == "sit/yue"


def test_cantonese_falls_back_to_mandarin_without_a_cantonese_voice() -> None:
    voices = [v for v in ESPEAK if CANTONESE not in {language_key(t) for t in v.languages}]
    chosen = choose_voice(voices, script="zh-Hant-HK")
    assert chosen is not None and chosen.id == "sit/cmn"


def test_english_article_reads_with_an_english_voice() -> None:
    chosen = choose_voice(ESPEAK, script="en")
    assert chosen is not None and chosen.id == "gmw/en"


def test_platform_voices_with_regional_tags() -> None:
    assert choose_voice(WINDOWS, script="zh-Hant-TW") in WINDOWS[:2]
    chosen = choose_voice(WINDOWS, script="zh-Hans", config="s2hk")
    assert chosen is not None and chosen.id == "tracy"


def test_an_override_wins_when_installed_and_is_ignored_when_not() -> None:
    overrides = {MANDARIN: "sit/cmn-latn-pinyin", CANTONESE: "gone/voice"}
    chosen = choose_voice(ESPEAK, script="zh-Hans", overrides=overrides)
    assert chosen is not None and chosen.id == "sit/cmn-latn-pinyin"
    chosen = choose_voice(ESPEAK, script="zh-Hant-HK", overrides=overrides)
    assert chosen is not None and chosen.id == "sit/yue"


def test_nothing_to_go_by_or_nothing_installed_gives_the_default_voice() -> None:
    assert choose_voice(ESPEAK, script=None) is None
    assert choose_voice([], script="zh-Hans") is None
    assert choose_voice(ESPEAK, script="fr") is None
