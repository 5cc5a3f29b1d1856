"""Chinese full-text search over the library's articles, on a connection the store gives.

Owns the search tables, how text is normalised and cut into tokens for them, and how a query finds,
ranks and places its hits. It never begins or commits a transaction: the store does, around each call.

Why this method (measured on SQLite 3.40.1): FTS5's ``trigram`` tokenizer matches nothing for one or two
CJK characters (``LIKE`` on it silently returns no rows for them), and a word segmenter such as jieba
misses words and every string that crosses a word boundary. So:

1. **Normalise** title and body, at index time and at query time alike: traditional characters to
   simplified one character at a time (the table of ``reader.core.searchtext``, shared with find in
   the article: OpenCC's ``t2s`` per character, never its phrases, so that the length stays the same
   and an offset in the normalised text is the offset in the original), full-width ASCII to ASCII,
   Latin lower-cased per character.
2. **Tokens**: each CJK character is a token, and each run of other letters and digits is one word.
   They are stored space-separated, with their positions, in a contentless FTS5 table whose ``ascii``
   tokenizer splits on ASCII punctuation and spaces only, so every token stays whole whatever its
   characters. (Overlapping bigrams found two-character queries faster, but cost an import of 10,000
   articles three times the writing time and twice the space: one index entry per distinct bigram of
   each article against one per distinct character. See ``tests/benchmarks/bench_library_import.py``.)
3. **Query**: split at spaces (all terms must be found); each term normalised the same way. A term's
   tokens, in order, are one FTS5 phrase: its characters and words side by side, which every text
   containing the term has (punctuation makes no token). A term of punctuation only has no tokens and
   is found with ``instr()`` over the stored normalised text instead. Every candidate is then checked
   against the normalised text itself, which also finds the hit's offset, so the results are exact: a
   CJK term matches any substring, a Latin word matches whole words.
4. **Rank**: ``bm25`` with the title weighted :data:`TITLE_WEIGHT` times the body, over all the articles
   found when they are at most :data:`RANK_WINDOW`, else over the newest :data:`RANK_WINDOW` of them
   (the older ones follow, newest first): ranking thousands of articles that hold two common characters
   would cost a query its budget. Articles whose title holds a term come first. The snippet is cut from
   the original text around the first hit in the body (in the title when the body has none).

The original body is kept zlib-compressed beside the normalised text, for snippets. The contentless FTS5
table forgets what it indexed: removing an article re-derives its tokens from the stored normalised text,
so a change to :func:`normalise` or :func:`tokens` must raise :data:`SCHEMA_VERSION` (the store then
rebuilds the index). :func:`prepare` does all the work that needs no connection, so an import can do it
in worker processes and leave only :func:`store` to the writer.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.core.searchtext import t2s_table

SCHEMA_VERSION = 2
"""Version of the search tables and of the normalisation and tokens stored in them (1: bigrams)."""

TITLE_WEIGHT = 10.0
"""How much more a token found in the title counts than one in the body (``bm25`` column weight)."""

AUTOMERGE = 16
"""FTS5 merges this many index segments of a level into one (its default is 4): every article added is
a segment, and each merge rewrites what it merges, so merging less often makes an import's writes about
a quarter cheaper; a query then reads a few more, smaller segments (measured at 10,000 articles: no
slower)."""

RANK_WINDOW = 200
"""At most this many articles found (the newest) are ranked by ``bm25``."""

SNIPPET_CHARS = 60
"""About how many characters of original text a snippet shows."""
_SNIPPET_LEAD = 20
"""Characters of context before the hit in a snippet."""

_CJK = (
    "\u3005\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
"""Characters indexed one by one: Han, kana, bopomofo, hangul syllables (letters only, no marks)."""
_WORD = f"[^\\W_{_CJK}]"
"""A letter or digit that is not CJK: part of a Latin (Cyrillic, Greek, …) word."""
_RUN = re.compile(f"([{_CJK}]+)|({_WORD}+)")

_CREATE = (
    """CREATE TABLE IF NOT EXISTS search_text (
        article_id INTEGER PRIMARY KEY,
        title_norm TEXT NOT NULL,
        body_norm TEXT NOT NULL,
        title TEXT NOT NULL,
        body_z BLOB NOT NULL
    )""",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, content='', tokenize='ascii')",
)


@dataclass(frozen=True)
class Hit:
    """One article found: its id, rank (smaller is better), a snippet with the hit, the hit's place.

    ``snippet`` is about :data:`SNIPPET_CHARS` characters of the original body (or title), the hit at
    ``snippet[start:end]``; ``offset`` is where the hit starts in the original body, -1 when the hit is in
    the title.
    """

    article_id: int
    rank: float
    snippet: str
    start: int
    end: int
    offset: int


@functools.cache
def _normalise_table() -> dict[int, str]:
    """Traditional → simplified per character (``reader.core.searchtext``), full-width ASCII → ASCII."""
    table = dict(t2s_table())
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
    table[0x3000] = " "
    return table


def normalise(text: str) -> str:
    """``text`` as the index sees it: simplified, ASCII for full-width, lower case; same length always."""
    folded = text.translate(_normalise_table())
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A few letters lower-case to two characters (İ → i̇): those stay as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def tokens(normalised: str) -> str:
    """The space-separated index tokens of normalised text: each CJK character, each word."""
    return " ".join([word or " ".join(cjk) for cjk, word in _RUN.findall(normalised)])


@dataclass(frozen=True, slots=True)
class Prepared:
    """What indexing one article stores, made without a connection (an import makes it in a worker)."""

    title_norm: str
    body_norm: str
    title: str
    body_z: bytes
    title_tokens: str
    body_tokens: str


def prepare(title: str, body: str) -> Prepared:
    """Normalise, cut into tokens and compress one article's title and body for :func:`store`."""
    title_norm, body_norm = normalise(title), normalise(body)
    return Prepared(
        title_norm,
        body_norm,
        title,
        zlib.compress(body.encode("utf-8"), 1),
        tokens(title_norm),
        tokens(body_norm),
    )


def create(conn: sqlite3.Connection) -> None:
    """Create the search tables if they are missing (safe to call every time the library opens)."""
    for statement in _CREATE:
        conn.execute(statement)
    conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ?)", (AUTOMERGE,))


def drop(conn: sqlite3.Connection) -> None:
    """Drop the search tables, whatever version made them (the store then indexes every article again)."""
    for table in ("search_fts", "search_text"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def index(conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None:
    """Index one article under ``article_id``, replacing what was indexed for it before."""
    store(conn, article_id, prepare(title, body))


def store(conn: sqlite3.Connection, article_id: int, prepared: Prepared) -> None:
    """Store :func:`prepare`'s rows under ``article_id``, replacing what was indexed for it before."""
    remove(conn, article_id)
    conn.execute(
        "INSERT INTO search_text (article_id, title_norm, body_norm, title, body_z) VALUES (?, ?, ?, ?, ?)",
        (article_id, prepared.title_norm, prepared.body_norm, prepared.title, prepared.body_z),
    )
    conn.execute(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
        (article_id, prepared.title_tokens, prepared.body_tokens),
    )


def remove(conn: sqlite3.Connection, article_id: int) -> None:
    """Forget ``article_id``'s text and tokens; nothing happens when it was not indexed."""
    row = conn.execute(
        "SELECT title_norm, body_norm FROM search_text WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return
    # A contentless table deletes a row only when given exactly the tokens it was given.
    conn.execute(
        "INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, tokens(row[0]), tokens(row[1])),
    )
    conn.execute("DELETE FROM search_text WHERE article_id = ?", (article_id,))


# --- queries ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    """One space-separated part of a query: normalised text, the pattern that checks it, FTS phrases."""

    text: str
    pattern: re.Pattern[str]
    phrases: tuple[str, ...]


def _term(raw: str) -> _Term:
    text = normalise(raw)
    pattern = re.escape(text)
    if re.match(_WORD, text):
        pattern = f"(?<!{_WORD})" + pattern
    if re.search(f"{_WORD}$", text):
        pattern += f"(?!{_WORD})"
    return _Term(text, re.compile(pattern), tuple(_phrases(text)))


def _phrases(text: str) -> Iterator[str]:
    """The FTS5 phrase every text containing ``text`` has: its tokens side by side (none: punctuation)."""
    found = tokens(text)
    if found:
        yield _quoted(found.split(" "))


def _quoted(group: list[str]) -> str:
    return '"' + " ".join(group).replace('"', '""') + '"'


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[Hit]:
    """The articles holding every space-separated term of ``query``, best first, at most ``limit``.

    Any text is a valid query: FTS5 syntax, quotes and brackets are searched for as characters. An empty
    query (or one of spaces) finds nothing.
    """
    terms = [_term(raw) for raw in query.split()]
    if not terms or limit <= 0:
        return []
    phrases = [phrase for term in terms for phrase in term.phrases]
    if phrases:
        found = _checked(conn, terms, _fts_candidates(conn, " AND ".join(phrases)), limit)
    else:
        found = _checked(conn, terms, _scan_candidates(conn, terms), limit)
    found.sort(key=lambda pair: (not pair[0], pair[1].rank))
    return [hit for _, hit in found]


def _fts_candidates(conn: sqlite3.Connection, expression: str) -> Iterator[tuple[int, float]]:
    """Articles matching ``expression``: the newest :data:`RANK_WINDOW` by ``bm25``, then older ones."""
    newest = conn.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC", (expression,)
    )
    window = [int(row[0]) for row in newest.fetchmany(RANK_WINDOW)]
    if not window:
        return
    ranked = conn.execute(
        "SELECT rowid, bm25(search_fts, ?, 1.0) FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? "
        "ORDER BY 2",
        (TITLE_WEIGHT, expression, window[-1]),
    ).fetchall()
    for article_id, rank in ranked:
        yield int(article_id), float(rank)
    for (article_id,) in newest:
        yield int(article_id), 0.0


def _scan_candidates(conn: sqlite3.Connection, terms: list[_Term]) -> Iterator[tuple[int, float]]:
    """Articles with every term somewhere in title or body, by ``instr()``; titles first, newest first."""
    texts = [term.text for term in terms]
    in_title = " AND ".join("instr(title_norm, ?) > 0" for _ in texts)
    anywhere = " AND ".join("(instr(title_norm, ?) > 0 OR instr(body_norm, ?) > 0)" for _ in texts)
    seen: set[int] = set()
    for (article_id,) in conn.execute(
        f"SELECT article_id FROM search_text WHERE {in_title} ORDER BY article_id DESC", texts
    ):
        seen.add(article_id)
        yield int(article_id), 0.0
    doubled = [text for text in texts for _ in (0, 1)]
    for (article_id,) in conn.execute(
        f"SELECT article_id FROM search_text WHERE {anywhere} ORDER BY article_id DESC", doubled
    ):
        if article_id not in seen:
            yield int(article_id), 0.0


def _checked(
    conn: sqlite3.Connection, terms: list[_Term], candidates: Iterable[tuple[int, float]], limit: int
) -> list[tuple[bool, Hit]]:
    """The candidates that really hold every term, as hits (with whether the title holds one)."""
    found: list[tuple[bool, Hit]] = []
    for article_id, rank in candidates:
        row = conn.execute(
            "SELECT title_norm, body_norm, title, body_z FROM search_text WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            continue
        title_norm, body_norm, title, body_z = row
        in_title = [term.pattern.search(title_norm) for term in terms]
        in_body = [term.pattern.search(body_norm) for term in terms]
        if not all(t or b for t, b in zip(in_title, in_body, strict=True)):
            continue
        body_hits = [match for match in in_body if match]
        if body_hits:
            first = min(body_hits, key=lambda match: match.start())
            text, offset = _body_start(body_z, first.end() + SNIPPET_CHARS + _SNIPPET_LEAD), first.start()
        else:
            first = min((match for match in in_title if match), key=lambda match: match.start())
            text, offset = title, -1
        snippet, start = _snippet(text, first.start(), first.end())
        hit = Hit(article_id, rank, snippet, start, start + first.end() - first.start(), offset)
        found.append((any(in_title), hit))
        if len(found) >= limit:
            break
    return found


def _body_start(body_z: bytes, chars: int) -> str:
    """The first ``chars`` characters of a compressed body, or all of it: only that much is unpacked."""
    data = zlib.decompressobj().decompress(body_z, chars * 4)  # UTF-8 takes at most 4 bytes a character
    return data.decode("utf-8", errors="ignore")[:chars]  # "ignore": a character cut at the end


def _snippet(text: str, start: int, end: int) -> tuple[str, int]:
    """About :data:`SNIPPET_CHARS` characters of ``text`` around ``[start, end)``, on one line."""
    begin = max(0, start - _SNIPPET_LEAD)
    finish = min(len(text), max(begin + SNIPPET_CHARS, end + _SNIPPET_LEAD))
    begin = max(0, min(begin, finish - SNIPPET_CHARS))
    piece = text[begin:finish]
    return piece.translate(_ONE_LINE), start - begin


_ONE_LINE = {ord("\n"): " ", ord("\r"): " ", ord("\t"): " "}
