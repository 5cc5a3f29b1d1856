"""Pronunciation for Mandarin speech: polyphones espeak-ng reads wrong become numbered pinyin in the spoken
text, mapped back onto their characters; the user's file; and, by ear-proxy, espeak's own phonemes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.speech.engine import WordMark
from reader.speech.normalization import normalize
from reader.speech.pronunciation import (
    Pronouncer,
    parse_pronunciations,
    shipped_fixes,
    shipped_fixes_path,
)
from reader.speech.utterances import BlockList, Normalizer, iter_utterances
from tests.conftest import require_system
from tests.speech import espeak_phonemes

NO_USER_FILE = Path("/nonexistent/pronunciations.txt")


@pytest.fixture
def pronouncer() -> Pronouncer:
    return Pronouncer(NO_USER_FILE)


def spoken(text: str, pronouncer: Pronouncer) -> str:
    return normalize(text, pronouncer=pronouncer).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("处长说了", "chu4 zhang3说了"),
        ("王处长、李馆长", "王chu4 zhang3、李guan3 zhang3"),
        ("这个角色", "这个jue2 se4"),
        ("河南省尉氏县", "河南省yu4 shi4县"),
        ("一模一样", "yi4 mu2 yi2 yang4"),  # 一 as espeak says it in Chinese text
        ("ISO处长3人", "ISO chu4 zhang3 三人"),
        # Not the word here: 办事处 + 长期, 简单 + 县城.
        ("办事处长期以来", "办事处长期以来"),
        ("简单县城", "简单县城"),
        ("订单一并处理", "订单一并处理"),
        ("带来了无数的设计", "带来了无数的设计"),
        ("积极地推进", "积极地推进"),
        ("在进行货到付款", "在进行货到付款"),
        # espeak reads these right already: left to it.
        ("重庆", "重庆"),
        ("银行行长", "银行行长"),
    ],
)
def test_polyphones_espeak_gets_wrong_are_spoken_as_pinyin(
    text: str, expected: str, pronouncer: Pronouncer
) -> None:
    assert spoken(text, pronouncer) == expected


def test_only_mandarin_is_rewritten(pronouncer: Pronouncer) -> None:
    assert normalize("处长说了", language="yue", pronouncer=pronouncer).text == "处长说了"
    assert normalize("处长说了", pronouncer=False).text == "处长说了"


def test_each_syllable_maps_back_onto_its_character(pronouncer: Pronouncer) -> None:
    text = "副处长说"
    result = normalize(text, pronouncer=pronouncer)
    assert result.text == "副chu4 zhang3说"
    chu = result.text.index("chu4")
    zhang = result.text.index("zhang3")
    assert result.to_source(chu) == 1
    assert result.range_to_source(chu, chu + 4) == (1, 2)
    assert result.range_to_source(zhang, zhang + 6) == (2, 3)
    assert result.range_to_source(chu, zhang + 6) == (1, 3)
    assert result.to_source(result.text.index("说")) == 3
    assert result.to_spoken(2) == zhang - 1  # the piece of 长 starts with its separating space
    # Through an utterance, as the highlight gets it: a word mark on zhang3 lights 长.
    utterance = next(iter_utterances(BlockList([text]), normalizer=_with(pronouncer)))
    assert utterance.word_range(WordMark(zhang, zhang + 6)) == (2, 3)


def _with(pronouncer: Pronouncer) -> Normalizer:
    return lambda text, language: normalize(text, language=language, pronouncer=pronouncer)


def test_the_user_file_wins_and_bad_lines_are_messages(tmp_path: Path) -> None:
    path = tmp_path / "pronunciations.txt"
    path.write_text(
        "# mine\n重庆\tchong2 qing4\n银行\tyin2 hang2\n处长\tchu3 zhang3\n坏\n好人\thao3\nabc\ta1 b1 c1\n",
        encoding="utf-8",
    )
    pronouncer = Pronouncer(path)
    # A user word is always rewritten, even where espeak reads it right; theirs beats the shipped one.
    assert spoken("重庆银行处长", pronouncer) == "chong2 qing4 yin2 hang2 chu3 zhang3"
    codes = [(problem.code, problem.params["line"]) for problem in pronouncer.messages]
    assert codes == [("pinyin.no_reading", 5), ("pinyin.syllable_count", 6), ("pinyin.not_han", 7)]
    assert pronouncer.user_words() == {
        "重庆": ("chong2", "qing4"),
        "银行": ("yin2", "hang2"),
        "处长": ("chu3", "zhang3"),
    }
    path.write_text("", encoding="utf-8")
    pronouncer.reload()
    assert spoken("重庆处长", pronouncer) == "重庆chu4 zhang3"
    assert pronouncer.messages == []


def test_an_unreadable_user_file_is_a_message(tmp_path: Path) -> None:
    pronouncer = Pronouncer(tmp_path)  # a folder
    assert spoken("处长", pronouncer) == "chu4 zhang3"
    assert [problem.code for problem in pronouncer.messages] == ["pinyin.unreadable"]


def test_the_shipped_table_parses_cleanly_and_holds_the_known_cases() -> None:
    words, problems = parse_pronunciations(shipped_fixes_path().read_text(encoding="utf-8"))
    assert problems == []
    assert {word: tuple(reading) for word, reading in words.items()} == shipped_fixes()
    assert len(words) >= 80
    for word, reading in {"处长": "chu4 zhang3", "角色": "jue2 se4", "尉氏": "yu4 shi4"}.items():
        assert " ".join(shipped_fixes()[word]) == reading
    assert "重庆" not in words  # espeak says chong2 qing4 itself


# --- by ear-proxy: what espeak-ng makes of the rewritten text ------------------------------------------


@pytest.fixture(scope="module")
def espeak() -> None:
    reason = espeak_phonemes.available()
    if reason is not None:
        require_system(reason)


def _tones(syllables: list[str]) -> list[int]:
    return [int(syllable[-1]) for syllable in syllables]


def test_espeak_says_the_intended_tones_for_every_shipped_fix(espeak: None, pronouncer: Pronouncer) -> None:
    table = shipped_fixes()
    words = sorted(table)
    rewritten = [spoken(word, pronouncer) for word in words]
    assert all(text != word for text, word in zip(rewritten, words, strict=True))
    said_raw = espeak_phonemes.phonemes(words)
    said_fixed = espeak_phonemes.phonemes(rewritten)
    wrong = []
    for word, text, raw, fixed in zip(words, rewritten, said_raw, said_fixed, strict=True):
        wanted = _tones(text.split())
        if "(en)" in fixed or espeak_phonemes.tones(fixed) != wanted:
            wrong.append((word, text, fixed))
        # …and the rewrite is needed: espeak alone says something else.
        if raw == fixed:
            wrong.append((word, "not needed", raw))
    assert wrong == []


def test_espeak_reads_a_rewritten_sentence_with_the_tones_of_the_polyphone(
    espeak: None, pronouncer: Pronouncer
) -> None:
    before, after = espeak_phonemes.phonemes(["处长说了", spoken("处长说了", pronouncer)])
    # 处长 chù zhǎng: espeak alone says chang2 (ts.h…35); rewritten, zhang3 (ts.…214), 说了 unchanged.
    assert espeak_phonemes.tones(before) == [4, 2, 1, 5]
    assert espeak_phonemes.tones(after) == [4, 3, 1, 5]
    assert espeak_phonemes.segments(after) == "ts.huts.ANs.wol@"


def test_warm_loads_what_the_first_rewrite_needs(pronouncer: Pronouncer) -> None:
    pronouncer.warm()
    assert pronouncer.messages == []
    assert spoken("处长", pronouncer) == "chu4 zhang3"
