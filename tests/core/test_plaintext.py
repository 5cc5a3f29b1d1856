"""Plain text files → paragraphs (``reader.core.extraction.plaintext``), for the shapes people's TXT files
have: blank-line separated, indented, hard-wrapped at a fixed width (characters or display columns),
and one sentence or one paragraph per line with no blank line at all.

Linearity is checked without timing anything: the linear implementation must give exactly what a
naive reference (string concatenation and a regex on the joined text, as the first version did) gives
on random inputs, and a 2,000,000-character file must finish in a subprocess within a generous limit.
Decoding large files in pieces (memory) is checked against ``bytes.decode`` the same way.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import encoding
from reader.core.extraction import plaintext
from reader.core.extraction.plaintext import paragraphs, shape, title_and_blocks

PROJECT_DIR = Path(__file__).resolve().parents[2]

_PHRASES = ("社区服务中心", "老人们", "在门口", "排起了长队", "志愿者", "耐心地", "讲解", "新的政策", "大家")
_WORDS = ("the", "reader", "keeps", "saved", "articles", "readable", "while", "speech", "follows", "aloud")


def _sentence(rng: random.Random, low: int = 8, high: int = 60) -> str:
    body = ""
    target = rng.randint(low, high)
    while len(body) < target:
        body += rng.choice(_PHRASES) + rng.choice("，，、")
    sentence = body[: target - 1].rstrip("，、") + rng.choice("。。。！？…")
    return f"“{sentence}”" if rng.random() < 0.2 else sentence


def _paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(_sentence(rng) for _ in range(sentences))


def _wrap_chars(text: str, width: int) -> list[str]:
    return [text[start : start + width] for start in range(0, len(text), width)]


# --- the shapes ------------------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_and_their_lines_are_joined() -> None:
    text = "春天来了\n\n第一段的第一行，\n第一段的第二行。\n\n\n第二段。\n"
    assert paragraphs(text) == ["春天来了", "第一段的第一行，第一段的第二行。", "第二段。"]


@pytest.mark.parametrize("indent", ["\u3000\u3000", "  ", "\t"])
def test_an_indented_line_starts_a_paragraph(indent: str) -> None:
    text = f"{indent}第一段开头，\n接着写完。\n{indent}第二段。\n{indent}第三段。"
    assert paragraphs(text) == ["第一段开头，接着写完。", "第二段。", "第三段。"]


def test_hard_wrapped_chinese_with_indents() -> None:
    rng = random.Random(1)
    expected = [_paragraph(rng, rng.randint(2, 8)) for _ in range(60)]
    lines = [line for paragraph in expected for line in _wrap_chars("\u3000\u3000" + paragraph, 30)]
    text = "\n".join(lines)
    assert shape(text.split("\n")).kind == "wrapped"
    assert paragraphs(text) == expected


def test_hard_wrapped_chinese_without_marks_ends_a_paragraph_at_a_short_line() -> None:
    rng = random.Random(2)
    expected: list[str] = []
    while len(expected) < 60:
        paragraph = _paragraph(rng, rng.randint(2, 8))
        if 0 < len(paragraph) % 35 < 25:  # a last line markedly shorter than the others
            expected.append(paragraph)
    text = "\n".join(line for paragraph in expected for line in _wrap_chars(paragraph, 35))
    assert shape(text.split("\n")).kind == "wrapped"
    assert paragraphs(text) == expected


def test_hard_wrapped_latin_is_joined_with_spaces() -> None:
    rng = random.Random(3)
    expected: list[str] = []
    while len(expected) < 40:
        paragraph = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(15, 90))) + "."
        if len(textwrap.wrap(paragraph, 72)[-1]) < 40:
            expected.append(paragraph)
    for separator in ("\n", "\n\n"):
        text = separator.join(textwrap.fill(paragraph, 72) for paragraph in expected)
        layout = shape(text.split("\n"))
        assert layout.kind == "wrapped"
        assert not layout.by_columns
        assert paragraphs(text) == expected


def test_a_long_word_leaves_a_short_line_inside_a_paragraph() -> None:
    words = ["word"] * 8 + ["internationalisationandlocalisation"] + ["word"] * 20
    paragraph = " ".join(words) + "."
    wrapped = textwrap.fill(paragraph, 72)
    assert len(wrapped.split("\n")[0]) < 40
    text = "\n".join([wrapped] * 8)
    assert paragraphs(text) == [paragraph] * 8


_MIXED = ("用App", "连Wi-Fi", "插U盘")


def test_text_wrapped_at_display_columns() -> None:
    """GBK-era tools wrap at a number of columns: a CJK character takes two, a Latin letter one
    (every Latin word here follows a CJK character, so no line break falls between two Latin words).
    """
    rng = random.Random(4)
    expected: list[str] = []
    lines: list[str] = []
    for _ in range(60):
        words = [rng.choice(_MIXED) if rng.random() < 0.3 else ch for ch in _paragraph(rng, 4)]
        paragraph = "".join(words)
        expected.append(paragraph)
        tokens = re.findall("[A-Za-z-]+|.", paragraph)  # a line may break anywhere but inside a word
        line, columns = "\u3000\u3000", 4
        for token in tokens:
            width = sum(2 if ord(ch) >= 0x1100 else 1 for ch in token)
            if columns + width > 76:
                lines.append(line)
                line, columns = "", 0
            line += token
            columns += width
        lines.append(line)
    layout = shape(lines)
    assert layout.kind == "wrapped"
    assert layout.by_columns
    assert paragraphs("\n".join(lines)) == expected


def test_one_sentence_per_line_without_blank_lines() -> None:
    rng = random.Random(5)
    sentences = [_sentence(rng) for _ in range(300)]
    text = "青溪往事\n第一章　新变化\n" + "\n".join(sentences) + "\n"
    assert shape(text.split("\n")).kind == "lines"
    title, blocks = title_and_blocks(text)
    assert title == "青溪往事"
    assert [block.text for block in blocks] == ["第一章　新变化", *sentences]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    rng = random.Random(6)
    lines = [_paragraph(rng, rng.randint(1, 12)) for _ in range(100)]
    text = "\n".join(lines)
    assert shape(text.split("\n")).kind == "lines"
    assert paragraphs(text) == lines


def test_a_short_note_wrapped_by_hand_stays_one_paragraph() -> None:
    text = "今天天气很好，我们一起\n去公园散步，看到了\n很多花。"
    assert paragraphs(text) == ["今天天气很好，我们一起去公园散步，看到了很多花。"]


def test_latin_lines_meet_with_a_space_and_cjk_without() -> None:
    text = "Reading saved\narticles\n\n中文的\n句子\n\nmixed 中文\nEnglish"
    assert paragraphs(text) == ["Reading saved articles", "中文的句子", "mixed 中文English"]


def test_the_first_full_line_of_wrapped_text_is_no_title() -> None:
    rng = random.Random(7)
    body = [_paragraph(rng, 6) for _ in range(20)]
    text = "\n".join(line for paragraph in body for line in _wrap_chars("\u3000\u3000" + paragraph, 30))
    title, blocks = title_and_blocks(text)
    assert title is None
    assert [block.text for block in blocks] == body
    title, blocks = title_and_blocks("短标题\n" + text)
    assert title == "短标题"
    assert [block.text for block in blocks] == body


# --- no enormous paragraph -------------------------------------------------------------------------


def test_a_huge_paragraph_is_cut_at_sentence_ends_near_the_limit() -> None:
    rng = random.Random(8)
    sentences = [_sentence(rng) for _ in range(4000)]
    line = "".join(sentences)
    pieces = paragraphs(line)
    assert len(pieces) > 1
    assert "".join(pieces) == line
    assert all(len(piece) <= plaintext.PARAGRAPH_MAX + 70 for piece in pieces)
    assert all(len(piece) >= plaintext.PARAGRAPH_MAX - 70 for piece in pieces[:-1])
    assert all(re.search("[。！？…]”?$", piece) for piece in pieces)


def test_a_huge_paragraph_without_sentence_ends_is_cut_at_spaces_or_hard() -> None:
    words = " ".join(["word"] * 20_000)
    pieces = paragraphs(words)
    assert " ".join(pieces) == words
    assert all(len(piece) <= plaintext.PARAGRAPH_MAX for piece in pieces)
    unbroken = "字" * 50_000
    assert [len(piece) for piece in paragraphs(unbroken)] == [20_000, 20_000, 10_000]


def test_head_lines_are_the_first_lines_cut_short() -> None:
    text = "\n".join(["短行", "x" * 500, "", *[f"第{n}行" for n in range(40)]])
    expected = [line[:201] for line in text.split("\n", 30)[:30]]
    assert plaintext.head_lines(text) == expected
    assert plaintext.head_lines("a\n") == ["a", ""]
    assert plaintext.head_lines("") == [""]


# --- the reference: the naive implementation of the same rules ------------------------------------

_CJK_END = re.compile("[\u2e80-\u9fff\uff00-\uffef\U00020000-\U0003ffff]$")
_REF_LAST = re.compile("([^\u2010-\u206f])[\u2010-\u206f]*$|(.)$")
_REF_FIRST = re.compile("[\u2010-\u206f]*([^\u2010-\u206f])|(.)")
_REF_SENTENCE_END = re.compile(r"(?:[。！？…．]|[.!?](?=\s))[”’」』）)》〉】\"']*")


def _ref_letter(pattern: re.Pattern[str], line: str) -> str:
    found = pattern.search(line)
    assert found is not None
    return found.group(1) or found.group(2)


def _ref_width(line: str, by_columns: bool) -> int:
    return sum(2 if by_columns and ord(ch) >= 0x1100 else 1 for ch in line)


def _ref_ends_short(previous_raw: str, line: str, layout: plaintext.Shape) -> bool:
    width = _ref_width(previous_raw.rstrip(), layout.by_columns)
    previous = previous_raw.strip()
    if width >= layout.full:
        return False
    if _CJK_END.match(_ref_letter(_REF_FIRST, line)):
        word, gap = line[0], 0
    else:
        word, gap = line.split(" ", maxsplit=1)[0], 0 if _CJK_END.search(previous) else 1
    if width + gap + _ref_width(word, layout.by_columns) > layout.full:
        return False
    return width < layout.short_below or bool(re.search("[。！？…!?.．][”’」』）)》〉】\"']*$", previous))


def _ref_cut(paragraph: str, limit: int) -> list[str]:
    pieces = []
    while len(paragraph) > limit:
        low, high = limit // 2, limit * 3 // 2
        ends = [low + found.end() for found in _REF_SENTENCE_END.finditer(paragraph[low:high])]
        if ends:
            end = min(ends, key=lambda end: abs(end - limit))
        elif " " in paragraph[low:limit]:
            end = low + paragraph[low:limit].rindex(" ") + 1
        else:
            end = limit
        pieces.append(paragraph[:end].strip())
        paragraph = paragraph[end:]
    pieces.append(paragraph.strip())
    return [piece for piece in pieces if piece]


def _reference(text: str) -> list[str]:
    lines = text.split("\n")
    layout = shape(lines)
    joined: list[str] = []
    current: str | None = None
    previous_raw = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current is not None:
                joined.append(current)
            current = None
            continue
        if (
            current is None
            or raw.startswith(("\u3000", "  ", "\t"))
            or layout.kind == "lines"
            or (layout.kind == "wrapped" and _ref_ends_short(previous_raw, line, layout))
        ):
            if current is not None:
                joined.append(current)
            current = line
        elif _CJK_END.match(_ref_letter(_REF_LAST, previous_raw.strip())) or _CJK_END.match(
            _ref_letter(_REF_FIRST, line)
        ):
            current += line
        else:
            current += " " + line
        previous_raw = raw
    if current is not None:
        joined.append(current)
    return [piece for paragraph in joined for piece in _ref_cut(paragraph, plaintext.PARAGRAPH_MAX)]


_CHARS = st.sampled_from([*"中文字句段读书的了，、", *"。！？…”」", *"abc xyz.!?", "\u3000", "\t", "𠀀"])
_INK = st.sampled_from([*"中文字句段读书的了，、", *"。！？…”“", *"abcxyz.-"])
_LINE = st.text(_CHARS, max_size=60)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Random soup, and texts made to be wrapped, one line per sentence, or marked by blanks/indents."""
    kind = draw(st.sampled_from(["soup", "wrapped", "lines", "marked"]))
    if kind == "soup":
        return "\n".join(draw(st.lists(_LINE, max_size=40)))
    words = _CHARS if kind == "marked" else _INK
    sentences = draw(st.lists(st.text(words, min_size=1, max_size=40), min_size=12, max_size=60))
    if kind == "wrapped":
        width = draw(st.integers(16, 50))
        indent = draw(st.sampled_from(["", "\u3000\u3000", "  "]))
        paragraphs_ = ["".join(sentences[start : start + 6]) for start in range(0, len(sentences), 6)]
        return "\n".join(line for paragraph in paragraphs_ for line in _wrap_chars(indent + paragraph, width))
    if kind == "lines":
        return "\n".join(sentence + draw(st.sampled_from(["。", "！", "”", ""])) for sentence in sentences)
    separator = draw(st.sampled_from(["\n\n", "\n\u3000\u3000", "\n\t"]))
    return separator.join("\n".join(sentences[start : start + 3]) for start in range(0, len(sentences), 3))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts())
def test_paragraphs_equal_the_naive_reference(text: str) -> None:
    assert paragraphs(text) == _reference(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts(), limit=st.integers(4, 60))
def test_cutting_equals_the_naive_reference(text: str, limit: int) -> None:
    with mock.patch.object(plaintext, "PARAGRAPH_MAX", limit):
        assert paragraphs(text) == _reference(text)


@settings(max_examples=100, deadline=None)
@given(text=_texts())
def test_every_character_but_white_space_is_kept(text: str) -> None:
    def visible(value: str) -> str:
        return re.sub(r"\s", "", value)

    assert visible("".join(paragraphs(text))) == visible(text)


# --- two million characters finish (a quadratic step would take many minutes) ---------------------

_BIG_TEXT = """
import random, sys
from reader.core.extraction.plaintext import title_and_blocks
rng = random.Random(1)
kind = sys.argv[1]
phrases = ["社区服务中心", "老人们", "在门口", "排起了长队", "志愿者", "耐心地讲解"]
lines = []
size = 0
while size < 2_000_000:
    line = "".join(rng.choice(phrases) for _ in range(rng.randint(2, 9)))
    line += "。" if kind == "novel" else "，"
    lines.append(line)
    size += len(line) + 1
if kind == "one block":
    # Half the file in one unmarked run of lines, half in short marked paragraphs: shaped "marked",
    # so the run is joined into one paragraph of a million characters and then cut.
    half = len(lines) // 2
    text = "\\n".join(lines[:half]) + "\\n\\n" + "\\n\\n".join(lines[half:])
else:
    text = "\\n".join(lines)
title, blocks = title_and_blocks(text)
print(len(text), len(blocks), max(len(block.text) for block in blocks))
"""


@pytest.mark.parametrize("kind", ["novel", "one block"])
def test_two_million_characters_finish(kind: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _BIG_TEXT, kind],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=20,  # linear: well under a second here; the quadratic join took minutes
        check=True,
    )
    length, blocks, longest = (int(value) for value in result.stdout.split())
    assert length >= 2_000_000
    assert longest <= plaintext.PARAGRAPH_MAX * 3 // 2
    assert blocks > (length // 40 if kind == "novel" else 50)


# --- decoding large files in pieces ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=200),
        st.text(max_size=80).map(lambda text: text.encode("utf-8")),
        st.text(max_size=80).map(lambda text: text.encode("utf-8-sig")),
    ),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    errors=st.sampled_from(["strict", "replace"]),
    chunk=st.integers(1, 9),
)
def test_decoding_in_pieces_equals_decoding_whole(data: bytes, codec: str, errors: str, chunk: int) -> None:
    try:
        expected: str | None = data.decode(codec, errors)
    except UnicodeDecodeError:
        expected = None
    with mock.patch.object(encoding, "DECODE_CHUNK_BYTES", chunk):
        try:
            got: str | None = encoding._whole(data, codec, errors)
        except UnicodeDecodeError:
            got = None
        assert encoding._high_bytes(data) == sum(1 for byte in data if byte >= 0x80)
    assert got == expected
