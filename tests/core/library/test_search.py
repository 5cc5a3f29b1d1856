"""Chinese full-text search: exact recall against a brute-force scan, 简繁 alike, offsets, upkeep."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.library import search

SIMPLIFIED = "图书馆里的软体和记忆体很多读者借书还书学习数据库程序发展经济"
TRADITIONAL = "圖書館裡的軟體和記憶體很多讀者借書還書學習數據庫程序發展經濟"
LATIN = ["python", "SQL", "ipv6", "2024", "Reader", "data"]
PUNCTUATION = "，。、；：！？（）“” \n"


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    search.create(connection)
    yield connection
    connection.close()


def test_fts5_is_available() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x)")


def test_create_twice(conn: sqlite3.Connection) -> None:
    search.create(conn)
    search.index(conn, 1, "标题", "正文")
    search.create(conn)
    assert [hit.article_id for hit in search.search(conn, "正文")] == [1]


def test_normalise_keeps_length_and_folds() -> None:
    text = "圖書館 İstanbul ＡＢＣ１２３ Straße 𠀀𣨼"
    result = search.normalise(text)
    assert len(result) == len(text)
    assert result.startswith("图书馆 ")
    assert "abc123" in result
    assert search.normalise(TRADITIONAL) == search.normalise(SIMPLIFIED).replace("数据库", "数据库")


def test_normalise_every_cjk_character_keeps_length() -> None:
    text = "".join(chr(code) for code in range(0x4E00, 0xA000))
    assert len(search.normalise(text)) == len(text)


def test_tokens_stay_whole_in_the_index(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "", "中文，U盘里有Python3和ĳssel々〇ー")
    conn.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(search_fts, 'row')")
    stored = {row[0] for row in conn.execute("SELECT term FROM vocab")}
    expected = set(search.tokens(search.normalise("中文，U盘里有Python3和ĳssel々〇ー")).split())
    assert stored == expected
    assert {"中", "文", "盘", "python3", "ĳssel", "々"} <= stored


def test_simplified_finds_traditional_and_back(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "", "我們去圖書館借書")
    search.index(conn, 2, "", "我们去图书馆还书")
    assert {hit.article_id for hit in search.search(conn, "图书馆")} == {1, 2}
    assert {hit.article_id for hit in search.search(conn, "圖書館")} == {1, 2}
    assert {hit.article_id for hit in search.search(conn, "借书")} == {1}
    assert {hit.article_id for hit in search.search(conn, "還")} == {2}


def test_latin_words_whole_and_case_blind(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "", "用Python写的Reader程序")
    search.index(conn, 2, "", "pythonic 代码")
    assert [hit.article_id for hit in search.search(conn, "PYTHON")] == [1]
    assert [hit.article_id for hit in search.search(conn, "python写")] == [1]
    assert [hit.article_id for hit in search.search(conn, "pythonic")] == [2]
    assert search.search(conn, "pyth") == []


def test_mixed_query_is_and_of_terms(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "", "数据库 SQL 注入")
    search.index(conn, 2, "", "数据库 备份")
    assert [hit.article_id for hit in search.search(conn, "数据库 sql")] == [1]
    assert {hit.article_id for hit in search.search(conn, "数据库")} == {1, 2}
    assert [hit.article_id for hit in search.search(conn, "库 份")] == [2]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "a OR b",
        "NOT",
        "AND",
        "NEAR(a b)",
        "*",
        "^中",
        "中*",
        "{title}: 中",
        "a:b",
        "(",
        ")",
        '"中文',
        "-",
    ],
)
def test_fts_syntax_never_raises(conn: sqlite3.Connection, query: str) -> None:
    search.index(conn, 1, "中文 AND", 'a OR b NEAR(a b) "中文 *')
    hits = search.search(conn, query)
    for hit in hits:
        assert hit.article_id == 1


def test_syntax_characters_are_searched_for(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "", "他说“中文”和(英文)")
    search.index(conn, 2, "", "中文 英文")
    assert [hit.article_id for hit in search.search(conn, "(英文)")] == [1]
    assert [hit.article_id for hit in search.search(conn, "“中文”")] == [1]


def test_empty_query(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "标题", "正文")
    assert search.search(conn, "") == []
    assert search.search(conn, "   \n") == []
    assert search.search(conn, "正文", limit=0) == []


def test_remove_and_reindex(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "旧标题", "旧的正文")
    search.index(conn, 2, "别的", "旧的东西")
    search.index(conn, 1, "新标题", "新的正文")
    assert [hit.article_id for hit in search.search(conn, "旧的")] == [2]
    assert [hit.article_id for hit in search.search(conn, "新的")] == [1]
    search.remove(conn, 1)
    search.remove(conn, 1)
    search.remove(conn, 99)
    assert search.search(conn, "新的") == []
    assert search.search(conn, "新") == []
    assert [hit.article_id for hit in search.search(conn, "旧的")] == [2]
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")


def test_title_hits_first_and_title_snippet(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "普通", "这里提到经济" * 5)
    search.index(conn, 2, "经济新闻", "今天天气")
    hits = search.search(conn, "经济")
    assert [hit.article_id for hit in hits] == [2, 1]
    assert hits[0].offset == -1
    assert hits[0].snippet[hits[0].start : hits[0].end] == "经济"
    assert hits[1].offset == 4
    assert [hit.article_id for hit in search.search(conn, "济")] == [2, 1]


def test_snippet_is_original_text_around_the_hit(conn: sqlite3.Connection) -> None:
    body = "前" * 100 + "\n圖書館" + "後" * 100
    search.index(conn, 1, "", body)
    (hit,) = search.search(conn, "图书馆")
    assert hit.offset == 101
    assert body[hit.offset : hit.offset + 3] == "圖書館"
    assert hit.snippet[hit.start : hit.end] == "圖書館"
    assert len(hit.snippet) == search.SNIPPET_CHARS
    assert "\n" not in hit.snippet


def test_limit(conn: sqlite3.Connection) -> None:
    for article_id in range(1, 21):
        search.index(conn, article_id, "", f"第{article_id}篇文章")
    assert len(search.search(conn, "文章", limit=5)) == 5
    assert len(search.search(conn, "章", limit=7)) == 7
    assert len(search.search(conn, "文章")) == 20


def test_prepared_in_advance_is_stored_as_indexed(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "經濟新闻", "我們去圖書館借書，Python 3")
    search.store(conn, 2, search.prepare("經濟新闻", "我們去圖書館借書，Python 3"))
    rows = conn.execute("SELECT title_norm, body_norm, title, body_z FROM search_text ORDER BY 1").fetchall()
    assert rows[0] == rows[1]
    for query in ("经济", "馆", "書", "python", "借书 3"):
        assert {hit.article_id for hit in search.search(conn, query)} == {1, 2}, query


def test_characters_and_words_are_found_by_the_index_not_a_scan(conn: sqlite3.Connection) -> None:
    search.index(conn, 1, "标题", "正文里有龍，还有Python")
    search.index(conn, 2, "龙的标题", "别的")
    for query, found in (("龍", {1, 2}), ("有龙", {1}), ("龙的", {2}), ("python", {1}), ("鳳", set())):
        expression = " AND ".join(search._term(query).phrases)
        assert {article_id for article_id, _ in search._fts_candidates(conn, expression)} == found, query


def test_the_newest_window_is_ranked_and_older_hits_follow(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    for article_id in range(1, 7):
        search.index(conn, article_id, "", "经济" * article_id + "其他内容")
    order = [article_id for article_id, _ in search._fts_candidates(conn, '"经 济"')]
    assert sorted(order[:3]) == [4, 5, 6]
    assert order[3:] == [3, 2, 1]
    assert {hit.article_id for hit in search.search(conn, "经济")} == set(range(1, 7))


# --- exact recall against a brute-force scan --------------------------------------------------------


def _article(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.6:
            source = rng.choice((SIMPLIFIED, TRADITIONAL))
            start = rng.randrange(len(source))
            pieces.append(source[start : start + rng.randint(1, 6)])
        elif roll < 0.8:
            pieces.append(rng.choice(PUNCTUATION))
        else:
            pieces.append(rng.choice(LATIN))
    return "".join(pieces)


def _brute_force(corpus: dict[int, tuple[str, str]], query: str) -> set[int]:
    terms = [search.normalise(term) for term in query.split()]

    def has(text: str, term: str) -> bool:
        # Latin at either end of a term matches whole words only (the corpus' Latin is ASCII).
        at = text.find(term)
        while at >= 0:
            before = text[at - 1 : at] if at else ""
            after = text[at + len(term) : at + len(term) + 1]
            if not (
                term[0].isascii() and term[0].isalnum() and before.isascii() and before.isalnum()
            ) and not (term[-1].isascii() and term[-1].isalnum() and after.isascii() and after.isalnum()):
                return True
            at = text.find(term, at + 1)
        return False

    return {
        article_id
        for article_id, (title, body) in corpus.items()
        if all(has(search.normalise(title), term) or has(search.normalise(body), term) for term in terms)
    }


@pytest.fixture(scope="module")
def corpus() -> Iterator[tuple[sqlite3.Connection, dict[int, tuple[str, str]]]]:
    rng = random.Random(12)
    connection = sqlite3.connect(":memory:")
    search.create(connection)
    texts = {}
    for article_id in range(1, 201):
        title, body = _article(rng)[:12], _article(rng)
        texts[article_id] = (title, body)
        search.index(connection, article_id, title, body)
    yield connection, texts
    connection.close()


def _check_recall(corpus: tuple[sqlite3.Connection, dict[int, tuple[str, str]]], query: str) -> None:
    connection, texts = corpus
    hits = search.search(connection, query, limit=1000)
    assert {hit.article_id for hit in hits} == _brute_force(texts, query), query
    for hit in hits:
        assert hit.snippet[hit.start : hit.end]
        if hit.offset >= 0 and len(query.split()) == 1:
            (term,) = query.split()
            body = texts[hit.article_id][1]
            assert search.normalise(body[hit.offset : hit.offset + len(term)]) == search.normalise(term)


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_exact_recall_by_length(
    corpus: tuple[sqlite3.Connection, dict[int, tuple[str, str]]], length: int
) -> None:
    rng = random.Random(length)
    _, texts = corpus
    for _ in range(40):
        title, body = texts[rng.randint(1, 200)]
        text = body if len(body) > length else title + body
        start = rng.randrange(max(1, len(text) - length))
        query = text[start : start + length].strip()
        if query:
            _check_recall(corpus, query)
        source = rng.choice((SIMPLIFIED, TRADITIONAL))
        start = rng.randrange(len(source) - length)
        _check_recall(corpus, source[start : start + length])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_exact_recall_property(
    corpus: tuple[sqlite3.Connection, dict[int, tuple[str, str]]], data: st.DataObject
) -> None:
    _, texts = corpus
    article_id = data.draw(st.integers(1, 200))
    body = texts[article_id][1]
    start = data.draw(st.integers(0, max(0, len(body) - 1)))
    length = data.draw(st.integers(1, 8))
    query = body[start : start + length]
    if data.draw(st.booleans()):
        query = query + " " + data.draw(st.sampled_from(list(SIMPLIFIED + TRADITIONAL) + LATIN))
    if query.strip():
        _check_recall(corpus, query)


def test_snippets_far_into_a_body_of_wide_characters(conn: sqlite3.Connection) -> None:
    body = "𠀀𠀁𠀂甲乙" * 2000 + "图书馆" + "丙丁𠀃" * 3
    search.index(conn, 1, "", body)
    (hit,) = search.search(conn, "图书馆")
    assert hit.offset == 10_000
    assert hit.snippet[hit.start : hit.end] == "图书馆"
    assert body[hit.offset - hit.start : hit.offset - hit.start + len(hit.snippet)] == hit.snippet
    assert hit.snippet.endswith("丙丁𠀃")
