"""What speech says of the corpus pages, before and after a change of the spoken-text layer (run:
``uv run python -m tests.eval.eval_spoken [--before REV] [--examples N]``).

Every zh-cwce portal page (``extraction/zh-cwce/original/*.html``) and the seed page are extracted and
built into the display document as ``reader speak`` does; each sentence is normalised twice: by the
spoken-text modules of git revision REV (default :data:`BEFORE`, the last commit before issue 13's speech
work; ``normalization``, its patterns, ``numerals`` and ``spoken`` are loaded from ``git show`` into a
throw-away package) and by the working tree's (with the pronunciation layer). Prints how many sentences
changed, the most frequent changed pieces (``一万二千三百四十五 → 幺二三四五``), pinyin rewrites by word, and
examples.

Checks, on the working tree's text (exit 1 when one fails): no spoken sentence is longer than
:data:`LENGTH_FACTOR` times its source plus :data:`LENGTH_SLACK` characters, and none loses a Han
character — the source's Han characters, less those spoken as pinyin, stay in order in the spoken text.
Exits 0 with a note when the corpora are absent; without git or REV only the checks run.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.core.display import DisplayDocument, build_article
from reader.core.errors import LoadError
from reader.core.extraction import extract_file
from reader.speech.normalization import normalize
from reader.speech.pronunciation import shared
from reader.speech.utterances import Utterance, iter_utterances

PROJECT_DIR = Path(__file__).resolve().parents[2]
_PLACES = (PROJECT_DIR.parent / "shared", PROJECT_DIR.parent.parent / "shared")
SHARED = next((place for place in _PLACES if place.is_dir()), _PLACES[0])
"""``../shared`` beside the project (``../../shared`` from a worktree)."""
BEFORE = "ea905b4"
"""The last commit before issue 13 changed the spoken text."""
LENGTH_FACTOR = 4
LENGTH_SLACK = 12
_MODULES = ("normalization", "normalization_patterns", "numerals", "spoken")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def pages() -> list[Path]:
    corpus = sorted((SHARED / "corpora" / "extraction" / "zh-cwce" / "original").glob("*.html"))
    return corpus + sorted((SHARED / "seed").glob("*"))


def documents() -> Iterator[tuple[Path, DisplayDocument]]:
    for page in pages():
        try:
            yield page, build_article(extract_file(page))
        except LoadError as error:
            print(f"  {page.name}: not read ({error.reason})")


def load_before(revision: str) -> Callable[[str], str] | None:
    """REV's ``normalize`` (text only), or None when git cannot give its modules."""
    folder = Path(tempfile.mkdtemp(prefix="eval-spoken-"))
    package = folder / "_spoken_before"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for name in _MODULES:
        try:
            source = subprocess.run(
                ["git", "show", f"{revision}:reader/speech/{name}.py"],
                cwd=PROJECT_DIR,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            return None
        for other in _MODULES:
            source = source.replace(f"reader.speech.{other}", f"_spoken_before.{other}")
        (package / f"{name}.py").write_text(source, encoding="utf-8")
    sys.path.insert(0, str(folder))
    module = importlib.import_module("_spoken_before.normalization")
    return lambda text: str(module.normalize(text).text)


def changed_pieces(before: str, after: str) -> list[tuple[str, str]]:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [(before[i1:i2], after[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def problems(utterance: Utterance) -> list[str]:
    """What is wrong with the working tree's spoken text of ``utterance`` (nothing, normally)."""
    source, spoken = utterance.text, utterance.spoken.text
    found = []
    if len(spoken) > LENGTH_FACTOR * len(source) + LENGTH_SLACK:
        found.append(f"{len(spoken)} characters spoken for {len(source)}")
    as_pinyin = {index for hit in shared().hits(source) for index in range(hit.start, hit.end)}
    wanted = [char for index, char in enumerate(source) if index not in as_pinyin and _HAN.match(char)]
    said = iter(_HAN.findall(spoken))
    missing = [char for char in wanted if char not in said]  # subsequence test: `in` consumes the iterator
    if missing:
        found.append(f"Han characters lost: {''.join(missing[:10])}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE, metavar="REV")
    parser.add_argument("--examples", type=int, default=12, metavar="N")
    args = parser.parse_args(argv)
    if not pages():
        print(f"eval_spoken skipped: no pages under {SHARED}")
        return 0
    before = load_before(args.before)
    if before is None:
        print(f"eval_spoken: no spoken-text modules at {args.before!r}; checks only")
    sentences = changed = by_pinyin = by_rules = 0
    characters = [0, 0, 0]  # source, before, after
    pieces: Counter[tuple[str, str]] = Counter()
    words: Counter[str] = Counter()
    examples: list[tuple[str, str, str]] = []
    bad: list[str] = []
    page_count = 0
    for page, document in documents():
        page_count += 1
        for utterance in iter_utterances(document):
            sentences += 1
            after = utterance.spoken.text
            for hit in shared().hits(utterance.text):
                words[utterance.text[hit.start : hit.end]] += 1
            bad += [f"{page.name}: “{utterance.text[:40]}”: {problem}" for problem in problems(utterance)]
            characters[0] += len(utterance.text)
            characters[2] += len(after)
            if before is None:
                continue
            old = before(utterance.text)
            characters[1] += len(old)
            if old == after:
                continue
            changed += 1
            without_pinyin = normalize(utterance.text, pronouncer=False).text
            by_rules += without_pinyin != old
            by_pinyin += without_pinyin != after
            pieces.update(changed_pieces(old, after))
            if len(examples) < args.examples and not any(old in example for example in examples):
                examples.append((page.name, old, after))
    print(f"eval_spoken: {page_count} pages, {sentences} sentences")
    if before is not None:
        share = changed / sentences if sentences else 0.0
        print(
            f"  changed since {args.before}: {changed} sentences ({share:.1%}); by the rules {by_rules}, "
            f"by pinyin rewrites {by_pinyin}"
        )
        print(f"  characters: source {characters[0]}, spoken before {characters[1]}, after {characters[2]}")
        print("  most frequent changes (before → after):")
        for (old, new), count in pieces.most_common(20):
            print(f"    {count:5}  {old or '∅'!r} → {new or '∅'!r}")
        print("  examples:")
        for name, old, new in examples:
            print(f"    {name[:12]}  {old[:70]}\n    {'':12}  {new[:70]}")
    print(
        f"  pinyin rewrites: {sum(words.values())} ({len(words)} words): "
        + ", ".join(f"{word}×{count}" for word, count in words.most_common(15))
    )
    print(f"  checks: {len(bad)} sentences too long or missing Han characters")
    for line in bad[:20]:
        print(f"    {line}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
