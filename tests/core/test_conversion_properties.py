"""Offset-map properties over random Chinese text, for every config (hypothesis).

The text mixes simplified and traditional characters, words the phrase dictionaries replace (U盘, 软件,
肯尼亚…), Latin, digits, punctuation, newlines and astral characters. For each config:

- the converted text is exactly OpenCC's;
- positions map monotonically, ends to ends, and out and back land on the same position or inside the
  same replaced phrase, which is inside one sentence of the source;
- a range mapped out and back covers the range it came from;
- a mapped range's UTF-16 offsets never fall inside a surrogate pair.
"""

from __future__ import annotations

import bisect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.conversion import CONFIGS, OffsetMap, convert, convert_text
from reader.core.segmentation import iter_spans

PHRASES = [
    "U盘",
    "软件",
    "鼠标",
    "内存",
    "打印机",
    "肯尼亚",
    "SQL注入",
    "信息",
    "网络",
    "隨身碟",
    "軟體",
    "滑鼠",
    "記憶體",
    "印表機",
    "肯亞",
    "資訊",
    "網路",
    "發佈",
    "頭髮",
    "为什么",
    "香港",
    "出租车",
]
CHARACTERS = "我们的国家发展经济关于进一步加强们國發後裡髮台灣乾干面麵里裏了着著"
OTHERS = [
    "a",
    "Z",
    "7",
    "2024",
    " ",
    "，",
    "。",
    "！",
    "？",
    "；",
    "、",
    "：",
    "\n",
    "\n\n",
    "“",
    "”",
    "𠀀",
    "𪚥",
    "🙂",
    "𣨼",
]

pieces = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(CHARACTERS),
    st.sampled_from(OTHERS),
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
)
texts = st.lists(pieces, max_size=40).map("".join)


def span_containing(offsets: OffsetMap, pos: int, *, original: bool) -> tuple[int, int] | None:
    """The replaced span (on the given side) strictly containing ``pos``, if any."""
    for orig_start, orig_end, conv_start, conv_end in offsets.spans():
        start, end = (orig_start, orig_end) if original else (conv_start, conv_end)
        if start < pos < end:
            return start, end
    return None


def sentence_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def utf16_offset(text: str, pos: int) -> int:
    return len(text[:pos].encode("utf-16-le")) // 2


def is_inside_pair(text: str, unit: int) -> bool:
    encoded = text.encode("utf-16-le")
    if unit <= 0 or unit * 2 >= len(encoded):
        return False
    code = int.from_bytes(encoded[unit * 2 : unit * 2 + 2], "little")
    return 0xDC00 <= code <= 0xDFFF


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("config", CONFIGS)
@SETTINGS
@given(text=texts)
def test_positions_round_trip_within_their_segment(config: str, text: str) -> None:
    result = convert(text, config)
    converted, offsets = result.text, result.offsets
    assert converted == convert_text(text, config)
    assert offsets.to_original(0) == 0
    assert offsets.to_converted(0) == 0
    assert offsets.to_original(len(converted)) == len(text)
    assert offsets.to_converted(len(text)) == len(converted)

    forward = [offsets.to_converted(pos) for pos in range(len(text) + 1)]
    backward = [offsets.to_original(pos) for pos in range(len(converted) + 1)]
    assert forward == sorted(forward)
    assert backward == sorted(backward)

    sentence_starts = [start for start, _ in iter_spans(text)] or [0]
    for pos in range(len(text) + 1):
        back = offsets.to_original(forward[pos])
        if back != pos:
            span = span_containing(offsets, pos, original=True)
            assert span is not None, (pos, back)
            assert span[0] <= back <= span[1]
            # A replaced phrase never straddles a sentence boundary.
            assert (
                sentence_index(sentence_starts, back) == sentence_index(sentence_starts, pos)
                or back == span[1]
            )
    for pos in range(len(converted) + 1):
        again = offsets.to_converted(backward[pos])
        if again != pos:
            span = span_containing(offsets, pos, original=False)
            assert span is not None, (pos, again)
            assert span[0] <= again <= span[1]


@pytest.mark.parametrize("config", CONFIGS)
@SETTINGS
@given(text=texts, data=st.data())
def test_ranges_map_monotonically_and_never_split_a_surrogate_pair(
    config: str, text: str, data: st.DataObject
) -> None:
    result = convert(text, config)
    converted, offsets = result.text, result.offsets
    bounds = st.integers(0, len(text))
    start, end = sorted((data.draw(bounds), data.draw(bounds)))
    conv_start, conv_end = offsets.range_to_converted(start, end)
    assert 0 <= conv_start <= conv_end <= len(converted)
    back_start, back_end = offsets.range_to_original(conv_start, conv_end)
    assert back_start <= start
    if end > start:
        assert back_end >= end
    # A later range never maps before an earlier one.
    later_start, later_end = offsets.range_to_converted(end, len(text))
    assert later_start >= conv_start
    assert later_end >= conv_end
    for pos in (conv_start, conv_end):
        assert not is_inside_pair(converted, utf16_offset(converted, pos))
    for pos in (back_start, back_end):
        assert not is_inside_pair(text, utf16_offset(text, pos))
