"""Find in the article, without a window: case- and script-insensitive, offsets in the shown text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.textsearch import Match, find_all, nearest, normalise


def test_simplified_finds_traditional_and_back() -> None:
    texts = ["經濟發展很快。", "经济发展很快。"]
    assert find_all(texts, "发展") == [Match(0, 2, 4), Match(1, 2, 4)]
    assert find_all(texts, "發展") == [Match(0, 2, 4), Match(1, 2, 4)]


def test_case_and_spaces_at_the_ends_are_ignored() -> None:
    assert find_all(["Read the PDF, then the pdf."], "  pdf ") == [Match(0, 9, 12), Match(0, 23, 26)]


def test_hits_do_not_overlap_and_stop_at_the_limit() -> None:
    assert find_all(["aaaa"], "aa") == [Match(0, 0, 2), Match(0, 2, 4)]
    assert len(find_all(["好" * 100], "好", limit=7)) == 7


def test_nothing_for_an_empty_query_or_no_hit() -> None:
    assert find_all(["文本"], "") == [] and find_all(["文本"], "   ") == []
    assert find_all(["文本"], "图片") == []
    assert nearest([], 0, 0) == -1


def test_nearest_is_at_or_after_the_caret_and_wraps() -> None:
    hits = [Match(1, 0, 1), Match(3, 5, 6), Match(3, 9, 10)]
    assert nearest(hits, 0, 0) == 0
    assert nearest(hits, 3, 5) == 1
    assert nearest(hits, 3, 6) == 2
    assert nearest(hits, 4, 0) == 0


@given(st.text(alphabet="經济發展abcABCİß中國话ＡＢ。 ", max_size=40))
def test_normalising_keeps_the_length(text: str) -> None:
    assert len(normalise(text)) == len(text)


@given(
    st.lists(st.text(alphabet="经濟发展aA。", max_size=12), max_size=5),
    st.text(alphabet="经濟发展aA", min_size=1, max_size=3),
)
def test_every_hit_is_the_query_in_the_shown_text(texts: list[str], query: str) -> None:
    for hit in find_all(texts, query):
        assert normalise(texts[hit.block][hit.start : hit.end]) == normalise(query)
    expected = sum(normalise(t).count(normalise(query)) for t in texts)
    assert len(find_all(texts, query)) == expected


def test_find_and_the_library_fold_han_alike() -> None:
    from reader.core.library import search
    from reader.core.searchtext import t2s_table

    table = t2s_table()
    assert len(table) > 4000
    han = "".join(chr(code) for code in sorted(table)) + "经济發展中國话龍"
    assert normalise(han) == search.normalise(han)
    assert all(len(simplified) == 1 for simplified in table.values())
