"""Article extraction evaluation over ``../shared/corpora/extraction`` (run:
``uv run python -m tests.eval.eval_extraction [-v]``).

Every page is decoded once with ``reader.core.loading.load``; the same decoded HTML is then given to our
``extract`` and to the three anchors (trafilatura's ``bare_extraction``, readability-lxml's ``summary()``
text, GNE's ``extract``), so the comparison is on equal terms.

1. **zh-cwce** (35 hand-labelled Chinese pages; floored). Body: bigram F1 (``tests.eval.scoring``) of
   ``Article.text`` against ``cleaned/*.txt``, averaged over pages. Date: how gold dates count —
   *lenient* (the floored one): a partial gold date (``1998-3``, ``2018``) is matched on the parts it has,
   and an unknown gold date (``UNKNOWN``, empty) counts as correct when no date is returned; *strict*:
   only the pages whose gold date has year, month and day are counted. Both are printed.
2. **trafilatura** (10 pages): share of must-contain snippets found, share of must-not-contain snippets
   absent, and date accuracy where a gold date exists.
3. **scrapinghub** (7 pages): body bigram F1 against ``articleBody``.
4. **readability** (13 pages): title bigram F1 against ``expected-metadata.json`` (whose titles keep the
   site suffix, which we remove on purpose: a perfect score is not expected), and body bigram F1 against
   the text of ``expected.html``.

Sets 2–4 are information only. A ``SUMMARY`` line per set closes the output (ours, with the best anchor
in brackets). Exits 1 when ours falls below ``BODY_FLOOR`` or ``DATE_FLOOR`` on
zh-cwce, or does not beat every anchor there; exits 0 with a note when the corpora are absent.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from reader.core.errors import LoadError
from reader.core.extraction import extract
from reader.core.loading import LoadedDocument, load
from tests.eval.scoring import bigram_f1, date_match, is_full_date

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
EXTRACTION = CORPORA / "extraction"

BODY_FLOOR = 0.93
DATE_FLOOR = 0.85


@dataclass(slots=True)
class Result:
    """What one extractor gave for one page."""

    text: str
    date: str | None
    title: str | None
    seconds: float


Extractor = Callable[[LoadedDocument], Result]


def ours(document: LoadedDocument) -> Result:
    start = time.perf_counter()
    article = extract(document)
    # A month-only date (``partial_date``) is compared on the parts it has, like a partial gold date.
    return Result(
        article.text, article.date or article.partial_date, article.title, time.perf_counter() - start
    )


def trafilatura_anchor(document: LoadedDocument) -> Result:
    import trafilatura

    start = time.perf_counter()
    found = trafilatura.bare_extraction(document.text, with_metadata=True)
    seconds = time.perf_counter() - start
    if found is None:
        return Result("", None, None, seconds)
    if isinstance(found, dict):
        return Result(found.get("text") or "", found.get("date"), found.get("title"), seconds)
    return Result(found.text or "", found.date, found.title, seconds)


def readability_anchor(document: LoadedDocument) -> Result:
    from readability import Document

    start = time.perf_counter()
    page = Document(document.text)
    summary = page.summary()
    text = _html_text(summary)
    return Result(text, None, page.short_title(), time.perf_counter() - start)


def gne_anchor(document: LoadedDocument) -> Result:
    from gne import GeneralNewsExtractor

    start = time.perf_counter()
    found = GeneralNewsExtractor().extract(document.text)
    seconds = time.perf_counter() - start
    return Result(found.get("content") or "", found.get("publish_time") or None, found.get("title"), seconds)


EXTRACTORS: dict[str, Extractor] = {
    "ours": ours,
    "trafilatura": trafilatura_anchor,
    "readability": readability_anchor,
    "gne": gne_anchor,
}


def _html_text(markup: str) -> str:
    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    return "\n".join(str(part).strip() for part in root.itertext() if str(part).strip())


def _run(name: str, extractor: Extractor, document: LoadedDocument) -> Result:
    try:
        return extractor(document)
    except LoadError:
        if name == "ours":
            return Result("", None, None, 0.0)
        raise
    except Exception as error:  # an anchor that crashes on a page scores zero there, as it would for a user
        if name == "ours":
            raise
        print(f"    ({name} failed: {type(error).__name__}: {str(error)[:80]})")
        return Result("", None, None, 0.0)


def _manifest() -> list[dict[str, object]]:
    with (EXTRACTION / "manifest.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _load(row: dict[str, object]) -> LoadedDocument | None:
    path = EXTRACTION / str(row["file"])
    try:
        return load(path)
    except LoadError as error:
        print(f"  cannot load {row['file']}: {error.reason}")
        return None


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def eval_cwce(rows: list[dict[str, object]], verbose: bool) -> dict[str, tuple[float, float, float]]:
    """Per extractor: (mean body F1, lenient date accuracy, strict date accuracy)."""
    f1: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    lenient: dict[str, list[bool]] = {name: [] for name in EXTRACTORS}
    strict: dict[str, list[bool]] = {name: [] for name in EXTRACTORS}
    seconds: list[float] = []
    print("\n== zh-cwce: per-page body F1 (ours, trafilatura, readability, gne) and date (ours | gold)")
    for row in rows:
        document = _load(row)
        gold = row["gold"]
        assert isinstance(gold, dict)
        gold_text = (EXTRACTION / str(gold["body_file"])).read_text(encoding="utf-8")
        gold_date = str(gold.get("date") or "")
        page_scores = []
        our_date = None
        for name, extractor in EXTRACTORS.items():
            result = _run(name, extractor, document) if document else Result("", None, None, 0.0)
            score = bigram_f1(result.text, gold_text)
            f1[name].append(score)
            page_scores.append(score)
            hit = date_match(result.date, gold_date)
            lenient[name].append(hit)
            if is_full_date(gold_date):
                strict[name].append(hit)
            if name == "ours":
                our_date = result.date
                seconds.append(result.seconds)
        mark = "" if page_scores[0] >= 0.9 else "  <--"
        date_mark = "ok" if date_match(our_date, gold_date) else "XX"
        stem = Path(str(row["file"])).stem[:8]
        print(
            f"  {stem}  "
            + "  ".join(f"{score:.3f}" for score in page_scores)
            + f"   {date_mark} {our_date or '-':10} | {gold_date or '-'}{mark}"
        )
    print(f"  ours: median extraction time {statistics.median(seconds) * 1000:.1f} ms per page")
    return {
        name: (
            _mean(f1[name]),
            _mean([float(x) for x in lenient[name]]),
            _mean([float(x) for x in strict[name]]),
        )
        for name in EXTRACTORS
    }


def eval_trafilatura(rows: list[dict[str, object]]) -> dict[str, tuple[float, float, float]]:
    """Per extractor: (share of must-contain found, share of must-not-contain absent, date accuracy)."""
    found: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    absent: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    dates: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    for row in rows:
        document = _load(row)
        gold = row["gold"]
        assert isinstance(gold, dict)
        for name, extractor in EXTRACTORS.items():
            result = _run(name, extractor, document) if document else Result("", None, None, 0.0)
            text = " ".join(result.text.split())
            for snippet in gold.get("must_contain", []):
                found[name].append(float(" ".join(snippet.split()) in text))
            for snippet in gold.get("must_not_contain", []):
                absent[name].append(float(" ".join(snippet.split()) not in text))
            if gold.get("date"):
                dates[name].append(float(date_match(result.date, str(gold["date"]))))
    return {name: (_mean(found[name]), _mean(absent[name]), _mean(dates[name])) for name in EXTRACTORS}


def eval_scrapinghub(rows: list[dict[str, object]]) -> dict[str, tuple[float]]:
    truth = json.loads((EXTRACTION / "scrapinghub" / "ground-truth.subset.json").read_text(encoding="utf-8"))
    scores: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    for row in rows:
        document = _load(row)
        gold_text = truth[Path(str(row["file"])).stem]["articleBody"]
        for name, extractor in EXTRACTORS.items():
            result = _run(name, extractor, document) if document else Result("", None, None, 0.0)
            scores[name].append(bigram_f1(result.text, gold_text))
    return {name: (_mean(values),) for name, values in scores.items()}


def eval_readability(rows: list[dict[str, object]]) -> dict[str, tuple[float, float]]:
    titles: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    bodies: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    for row in rows:
        document = _load(row)
        gold = row["gold"]
        assert isinstance(gold, dict)
        expected = _html_text((EXTRACTION / str(gold["body_html_file"])).read_text(encoding="utf-8"))
        for name, extractor in EXTRACTORS.items():
            result = _run(name, extractor, document) if document else Result("", None, None, 0.0)
            titles[name].append(bigram_f1(result.title or "", str(gold.get("title") or "")))
            bodies[name].append(bigram_f1(result.text, expected))
    return {name: (_mean(titles[name]), _mean(bodies[name])) for name in EXTRACTORS}


def _table(title: str, columns: tuple[str, ...], scores: Mapping[str, tuple[float, ...]]) -> None:
    print(f"\n== {title}")
    print("  " + f"{'extractor':12}" + "".join(f"{column:>16}" for column in columns))
    for name, values in scores.items():
        print("  " + f"{name:12}" + "".join(f"{value:>16.3f}" for value in values))


def _best(scores: Mapping[str, tuple[float, ...]], column: int, *, percent: bool = False) -> str:
    """The best anchor's name and score in one column, for the summary lines."""
    anchors = [(name, values) for name, values in scores.items() if name != "ours"]
    name, values = max(anchors, key=lambda item: item[1][column])
    return f"{name} {values[column]:.1%}" if percent else f"{name} {values[column]:.3f}"


def main(argv: list[str]) -> int:
    if not (EXTRACTION / "manifest.jsonl").is_file():
        print(f"corpora not found at {EXTRACTION}; nothing to evaluate")
        return 0
    verbose = "-v" in argv
    warnings.simplefilter("ignore")
    rows = _manifest()
    by_set: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_set.setdefault(str(row["file"]).split("/", 1)[0], []).append(row)

    cwce = eval_cwce(by_set.get("zh-cwce", []), verbose)
    extra_sets = "--cwce-only" not in argv
    if extra_sets:
        traf = eval_trafilatura(by_set.get("trafilatura", []))
        hub = eval_scrapinghub(by_set.get("scrapinghub", []))
        read = eval_readability(by_set.get("readability", []))

    _table(
        f"zh-cwce ({len(by_set.get('zh-cwce', []))} pages; "
        f"floors: body {BODY_FLOOR}, date {DATE_FLOOR:.0%} lenient)",
        ("body F1", "date lenient", "date strict"),
        cwce,
    )
    if extra_sets:
        _table("trafilatura evaldata (information)", ("must-contain", "must-not", "date"), traf)
        _table("scrapinghub (information)", ("body F1",), hub)
        _table("readability (information)", ("title F1", "body F1"), read)

    body, date, strict = cwce["ours"]
    print("\n== summary (ours; best anchor in brackets)")
    print(
        f"SUMMARY zh-cwce: body F1 {body:.3f} (floor {BODY_FLOOR}) [{_best(cwce, 0)}], "
        f"date {date:.1%} lenient (floor {DATE_FLOOR:.0%}) [{_best(cwce, 1, percent=True)}], "
        f"{strict:.1%} strict [{_best(cwce, 2, percent=True)}]"
    )
    if extra_sets:
        found, absent, traf_date = traf["ours"]
        print(
            f"SUMMARY trafilatura: must-contain {found:.3f} [{_best(traf, 0)}], must-not {absent:.3f} "
            f"[{_best(traf, 1)}], date {traf_date:.3f} [{_best(traf, 2)}]"
        )
        print(f"SUMMARY scrapinghub: body F1 {hub['ours'][0]:.3f} [{_best(hub, 0)}]")
        print(
            f"SUMMARY readability: title F1 {read['ours'][0]:.3f} [{_best(read, 0)}], "
            f"body F1 {read['ours'][1]:.3f} [{_best(read, 1)}]"
        )
    failures = []
    if body < BODY_FLOOR:
        failures.append(f"body F1 {body:.3f} < {BODY_FLOOR}")
    if date < DATE_FLOOR:
        failures.append(f"date accuracy {date:.1%} < {DATE_FLOOR:.0%}")
    for name, (other_body, other_date, _) in cwce.items():
        if name != "ours" and (other_body >= body or other_date > date):
            failures.append(f"does not beat {name} ({other_body:.3f} / {other_date:.1%})")
    if failures:
        print("\nFAIL: " + "; ".join(failures))
        return 1
    print("\nPASS: ours is above the floors and ahead of every anchor on zh-cwce")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
