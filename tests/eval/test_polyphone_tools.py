"""The polyphone evaluation's measuring tools against the real espeak-ng and the case file: espeak's
phonemes mapped back to syllables, the case file's shape, the sentence cut around a case."""

from __future__ import annotations

import pytest

from tests.eval.espeak_reading import espeak_phonemes, espeak_syllables, same_reading, table_collisions
from tests.eval.eval_polyphones import DATA, is_right, load_cases, sentence_of


@pytest.fixture(scope="module", autouse=True)
def espeak() -> None:
    try:
        espeak_phonemes("中")
    except RuntimeError as error:  # not Linux, or no libespeak-ng at all
        pytest.skip(str(error))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("银行行长", ["yin2", "hang2", "hang2", "zhang3"]),
        ("他走了", ["ta1", "zou3", "le5"]),
        ("绿色", ["lv4", "se4"]),
        ("音乐", ["yin1", "yue4"]),
        ("难啊", ["nan2", "a5"]),
        ("chu4 zhang3", ["chu4", "zhang3"]),
    ],
)
def test_espeak_syllables(text: str, expected: list[str]) -> None:
    assert espeak_syllables(text) == expected


def test_espeak_misreads_what_the_speech_layer_must_fix() -> None:
    assert espeak_syllables("处长") == ["chu4", "chang2"], "espeak reads 处长 as chù cháng"
    assert espeak_syllables("快乐")[1] == "le4"


def test_every_syllable_maps_back_to_one_spelling() -> None:
    assert table_collisions() == {}
    assert same_reading("a1|b1", "b1")
    assert not same_reading("a1", "a2")


def test_the_cases_are_well_formed() -> None:
    cases = load_cases(DATA)
    assert len(cases) >= 100
    assert len({case.case for case in cases}) == len(cases)
    assert {case.subset for case in cases} == {"tuned", "held-out"}
    assert all(len(case.char) == 1 and case.expected and case.note for case in cases)
    assert all(reading[-1] in "12345" for case in cases for reading in case.expected)


def test_sentence_of_stops_at_the_sentence_and_keeps_the_offset() -> None:
    text = "第一句。这是要测的句子，里面有行长！第三句"
    sentence, position = sentence_of(text, text.index("行"))
    assert sentence == "这是要测的句子，里面有行长"
    assert sentence[position] == "行"
    assert is_right("hang2|xing2", ("hang2",))
    assert not is_right(None, ("hang2",))
