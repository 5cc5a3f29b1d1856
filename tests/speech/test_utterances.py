"""Utterances: sentences found lazily from a position, skipped when silent, mapped back to block positions."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from reader.speech.engine import WordMark
from reader.speech.utterances import (
    BlockList,
    PlainSpoken,
    Position,
    SpokenText,
    UtteranceKind,
    UtteranceMaker,
    is_speakable,
    iter_range,
    iter_utterances,
    message,
    plain,
)

BLOCKS = BlockList(
    [
        "第一段第一句。第一段第二句！",
        "   ",
        "\ufffc",
        "第三段只有一句？",
        "……。",
        "第五段甲。第五段乙。第五段丙。",
    ]
)


def texts(utterances: object) -> list[str]:
    return [u.text for u in utterances]  # type: ignore[attr-defined]


def test_block_list_is_a_sequence_and_reading_text() -> None:
    assert len(BLOCKS) == 6
    assert BLOCKS.block_count() == 6
    assert BLOCKS.block_text(0) == BLOCKS[0]
    assert list(BLOCKS[4:5]) == ["……。"]


def test_reads_from_start_to_end_skipping_silent_blocks() -> None:
    assert texts(iter_utterances(BLOCKS, normalizer=plain)) == [
        "第一段第一句。",
        "第一段第二句！",
        "第三段只有一句？",
        "第五段甲。",
        "第五段乙。",
        "第五段丙。",
    ]


def test_reading_starts_with_the_whole_sentence_holding_the_caret() -> None:
    first = next(iter_utterances(BLOCKS, 0, 9, normalizer=plain))
    assert (first.block, first.start, first.end, first.text) == (0, 7, 14, "第一段第二句！")
    # A caret at the very end of a block belongs to its last sentence.
    at_end = next(iter_utterances(BLOCKS, 0, 14, normalizer=plain))
    assert at_end.text == "第一段第二句！"


def test_positions_exclude_surrounding_whitespace() -> None:
    text = BlockList(["  甲乙丙。  丁戊。\n"])
    utterances = list(iter_utterances(text, normalizer=plain))
    assert [(u.start, u.end) for u in utterances] == [(2, 6), (8, 11)]
    for utterance in utterances:
        assert text[0][utterance.start : utterance.end] == utterance.text


def test_is_speakable() -> None:
    assert is_speakable("甲")
    assert is_speakable("2025")
    assert not is_speakable("  \ufffc …。——《》")
    assert not is_speakable("")


def test_selection_clips_first_and_last_sentence() -> None:
    selected = list(iter_range(BLOCKS, Position(0, 3), Position(5, 7), normalizer=plain))
    assert texts(selected) == ["第一句。", "第一段第二句！", "第三段只有一句？", "第五段甲。", "第五"]
    # Backwards selections are the same selection.
    backwards = list(iter_range(BLOCKS, Position(5, 7), Position(0, 3), normalizer=plain))
    assert texts(backwards) == texts(selected)
    inside = list(iter_range(BLOCKS, Position(0, 1), Position(0, 4), normalizer=plain))
    assert [(u.block, u.start, u.end, u.text) for u in inside] == [(0, 1, 4, "一段第")]


def test_previous_sentence_and_paragraph_starts() -> None:
    maker = UtteranceMaker(BLOCKS, normalizer=plain)
    third = maker.sentence_at(3, 0)
    assert third is not None and third.text == "第三段只有一句？"
    before = maker.previous(third.position)
    assert before is not None and before.text == "第一段第二句！"
    first = maker.previous(before.position)
    assert first is not None and first.text == "第一段第一句。"
    assert maker.previous(first.position) is None
    # From the middle of a sentence, it is that sentence (its start is before the position).
    middle = maker.previous(Position(5, 7))
    assert middle is not None and middle.text == "第五段乙。"
    assert maker.paragraph_start(1) == third
    assert maker.previous_paragraph_start(5) == third
    start = maker.previous_paragraph_start(3)
    assert start is not None and start.text == "第一段第一句。"
    assert maker.previous_paragraph_start(0) is None


@dataclass(frozen=True)
class OnePiece:
    """A spoken text where ``spoken[a:b]`` replaces ``source[c:d]``, the rest unchanged (OffsetMap's rule)."""

    text: str
    spoken_piece: tuple[int, int]
    source_piece: tuple[int, int]

    def to_source(self, pos: int) -> int:
        (a, b), (c, d) = self.spoken_piece, self.source_piece
        if pos <= a:
            return pos
        if pos < b:
            return c
        return pos - (b - a) + (d - c)

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        (a, b), (_c, d) = self.spoken_piece, self.source_piece
        return (self.to_source(start), d if a < end < b else self.to_source(end))


def test_word_range_maps_spoken_positions_to_block_positions() -> None:
    def normalizer(text: str, language: str) -> SpokenText:
        if text != "增长30%。":
            return PlainSpoken(text)
        return OnePiece("增长百分之三十。", (2, 7), (2, 5))

    text = BlockList(["序。增长30%。"])
    utterance = list(iter_utterances(text, normalizer=normalizer))[1]
    assert (utterance.start, utterance.end, utterance.text) == (2, 8, "增长30%。")
    assert utterance.word_range(WordMark(1, 2)) == (3, 4)  # 长
    assert utterance.word_range(WordMark(5, 6)) == (4, 7)  # 三 → the whole "30%"
    assert utterance.word_range(WordMark(2, 7)) == (4, 7)
    assert utterance.word_range(WordMark(7, 8)) == (7, 8)  # 。
    assert utterance.word_range(WordMark(7, 99)) == (7, 8)  # clamped to the sentence


def test_utterances_use_the_real_normalizer_by_default() -> None:
    utterance = next(iter_utterances(BlockList(["你好。"])))
    assert utterance.spoken.text.strip()
    assert utterance.spoken.to_source(0) == 0


def test_messages_have_no_position() -> None:
    spoken = message("这一句无法朗读，已跳过")
    assert spoken.kind is UtteranceKind.MESSAGE and spoken.is_message
    assert spoken.block == -1
    assert spoken.spoken == PlainSpoken("这一句无法朗读，已跳过")
    assert spoken.word_range(WordMark(0, 2)) == (0, 2)


def test_long_line_gives_its_first_utterance_fast_anywhere() -> None:
    line = "这是一个句子，里面有一些字。" * 72_000  # 1,008,000 characters, one block
    text = BlockList(["标题", line])
    for offset in (0, 500_000, len(line) - 3):
        started = time.perf_counter()
        iterator = iter_utterances(text, 1, offset, normalizer=plain)
        first = next(iterator)
        second = next(iterator, None)
        elapsed = time.perf_counter() - started
        assert first.start <= offset < first.end
        assert line[first.start : first.end] == first.text == "这是一个句子，里面有一些字。"
        assert second is None or second.start == first.end
        assert elapsed < 0.05, elapsed  # ~0.1 ms here; generous for a loaded machine


def test_many_blocks_are_not_read_ahead() -> None:
    class CountingText:
        def __init__(self) -> None:
            self.asked: set[int] = set()

        def block_count(self) -> int:
            return 100_000

        def block_text(self, index: int) -> str:
            self.asked.add(index)
            return f"第{index}段。"

    text = CountingText()
    iterator = iter_utterances(text, 50_000, 0, normalizer=plain)
    assert next(iterator).text == "第50000段。"
    assert next(iterator).text == "第50001段。"
    assert text.asked == {50_000, 50_001}


def test_iterating_long_block_matches_whole_segmentation() -> None:
    from reader.core.segmentation import iter_spans

    line = "甲乙丙。丁戊，己庚辛！ 壬癸? abc. 子丑寅卯……" * 400
    assert len(line) > 4096
    spans = [(u.start, u.end) for u in iter_utterances(BlockList([line]), normalizer=plain)]
    expected = []
    for start, end in iter_spans(line):
        piece = line[start:end]
        stripped_start = start + len(piece) - len(piece.lstrip())
        stripped_end = end - (len(piece) - len(piece.rstrip()))
        if is_speakable(piece):
            expected.append((stripped_start, stripped_end))
    assert spans == expected


@pytest.mark.parametrize("block", [-3, 99])
def test_out_of_range_positions(block: int) -> None:
    result = texts(iter_utterances(BLOCKS, block, 0, normalizer=plain))
    assert result == ([] if block > 0 else texts(iter_utterances(BLOCKS, normalizer=plain)))
