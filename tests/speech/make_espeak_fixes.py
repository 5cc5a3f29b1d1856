"""Build ``resources/pinyin/espeak_fixes.tsv``: the words espeak-ng's Mandarin voice reads otherwise than
the reader's pinyin (pypinyin's phrase dictionary plus the shipped phrases), with the reading to speak.

Run: ``uv run python -m tests.speech.make_espeak_fixes [--corpora DIR]`` (needs espeak-ng, the program or
the library; see ``tests.speech.espeak_phonemes``). The result is checked in; ``reader.speech.pronunciation``
reads it at run time without espeak.

How words are chosen:

1. Candidates: every word of the shipped phrase file, and every word of two or more characters holding a
   polyphonic character (one with several readings in pypinyin's character dictionary) that the
   annotator's own cutter finds in real text: the cleaned bodies of the zh-cwce corpus, the Chinese pages of
   the extraction corpora, the seed portal page and the bundled sample article. Each keeps the reading the
   annotator gives it in context; a word read two ways in different sentences is left out (context decides
   it, a table cannot).
2. espeak is asked for the phonemes of the word and of that reading written as numbered pinyin (which it
   speaks as those syllables). The word is a fix when the two differ in their sounds (长 chang/zhang), when
   espeak switches to English inside the word, or when a syllable's full tone differs (处 chu3/chu4).
   Differences espeak makes on purpose are not fixes: the sandhi of 一 and 不, and a neutral tone on either
   side (espeak reads 个 in 一个 neutral).
3. Each difference was then looked at by hand (2026-12, pypinyin 0.55, espeak-ng 1.51), and so were the
   places ``tests/eval/eval_spoken.py`` rewrote in the corpus: where espeak is the one that is right, where
   the word reads two ways, or where its characters usually belong to the words around it (积极地 is no
   极地), it is in :data:`REJECTED` with why, and is left to espeak. Readings espeak cannot say as pinyin
   (it reads xiong1 and qiong2 in English) are left out too. What remains is where pypinyin's phrase (or
   ours) has it right and espeak does not.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.speech.espeak_phonemes import available, phonemes, segments, tones

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "pinyin" / "espeak_fixes.tsv"
SHARED = next(
    (place for place in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if place.is_dir()),
    ROOT.parent / "shared",
)
"""``../shared`` beside the project (``../../shared`` from a worktree)."""
DEFAULT_CORPORA = SHARED / "corpora"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_SANDHI = frozenset("一不")

PYPINYIN_WRONG = "espeak is right, pypinyin is not"
TWO_WAYS = "read two ways in real text"
REJECTED = {
    "一服": PYPINYIN_WRONG,
    "上调": "prices go 上调 shàngtiáo, as espeak says",
    "上行": TWO_WAYS,
    "不得了": PYPINYIN_WRONG,
    "中都": "其中都… is cut as 中都",
    "他处": PYPINYIN_WRONG,
    "以还": TWO_WAYS,
    "何曾": PYPINYIN_WRONG,
    "可曾": PYPINYIN_WRONG,
    "供养": "mostly gōngyǎng, as espeak says",
    "倒反": TWO_WAYS,
    "倒是": PYPINYIN_WRONG,
    "出血": "chūxuè in formal text, as espeak says",
    "同行": TWO_WAYS,
    "哄哄": TWO_WAYS,
    "外传": "不得外传 is wàichuán",
    "大都": "mostly dàdōu (mostly), as espeak says",
    "少不了": PYPINYIN_WRONG,
    "居处": TWO_WAYS,
    "无处": PYPINYIN_WRONG,
    "散发": PYPINYIN_WRONG,
    "朝阳": "朝阳区 cháoyáng, 朝阳产业 zhāoyáng",
    "标识": "biāozhì is the standard reading espeak gives",
    "温差": PYPINYIN_WRONG,
    "照片": "zhàopiàn is the standard reading espeak gives",
    "穿着": TWO_WAYS,
    "自分": TWO_WAYS,
    "落下": "luòxià is the standard reading espeak gives",
    "论难": TWO_WAYS,
    "质朴": PYPINYIN_WRONG,
    "质的": "质的飞跃 is zhì de",
    "都会": "大家都会 is cut as 都会",
    "链结": TWO_WAYS,
    # Edges that real text breaks (pypinyin's phrase list has no 积极, 进行, 成本…, so neither the cut nor
    # the crossing-word check of reader.speech.pronunciation sees them):
    "极地": "积极地",
    "立地": "独立地",
    "生地": "诞生地",
    "行规": "进行规范",
    "行货": "进行货到付款",
    "入行": "投入行动",
    "本相": "成本相较",
    "部将": "全部将之",
    "为政": "做为政权",
    "的哥": "他的哥哥",
    "日没": "今日没有",
    "着数": "看着数字",
    "了无": "带来了无数",
    "了账": "算了账",
    "塞北": "塞北克河 (a transliteration)",
}
"""Differences found by the comparison that are not fixes, with why."""


def corpus_texts(corpora: Path) -> Iterator[str]:
    """Paragraphs of real Chinese text: the corpus bodies, Chinese pages, the seed page, the sample."""
    from reader.core.errors import LoadError
    from reader.core.extraction import extract_file
    from reader.core.resources import sample_article

    for path in sorted((corpora / "extraction" / "zh-cwce" / "cleaned").glob("*.txt")):
        yield from path.read_text(encoding="utf-8", errors="replace").replace("\n\n", "").split("\n")
    pages = [
        *sorted((corpora / "extraction" / "readability").glob("*/source.html")),
        *sorted((corpora / "extraction" / "scrapinghub").glob("*.html")),
        *sorted((SHARED / "seed").glob("*")),
        sample_article(),
    ]
    for page in pages:
        try:
            article = extract_file(page)
        except LoadError:
            continue
        yield article.title
        yield from (block.text for block in article.blocks)


def polyphonic() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return frozenset(chr(code) for code, readings in pinyin_dict.items() if "," in readings)


def candidates(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Word → its reading in context, for words that always read the same."""
    from reader.core.pinyin import Annotator, Style, shipped_phrases

    annotator = Annotator(user_file=Path("/nonexistent/no-user-phrases.txt"))
    several = polyphonic()
    seen: dict[str, set[tuple[str, ...]]] = collections.defaultdict(set)
    for text in texts:
        for run in _HAN_RUN.finditer(text):
            readings = annotator.numbered(run.group())
            at = 0
            for word, _ in annotator.words(run.group(), Style.NUMBERS):
                reading = readings[at : at + len(word)]
                at += len(word)
                if len(word) >= 2 and any(char in several for char in word) and None not in reading:
                    seen[word].add(tuple(str(value) for value in reading))
    words = {word: next(iter(readings)) for word, readings in seen.items() if len(readings) == 1}
    words.update({word: tuple(reading) for word, reading in shipped_phrases().items()})
    return words


def differs(word: str, reading: tuple[str, ...], said: str, wanted: str) -> str | None:
    """Why espeak's phonemes of ``word`` (``said``) are not those of ``reading`` (``wanted``); None if the
    same."""
    if "(en)" in said:
        return "English"
    if segments(said) != segments(wanted):
        return "sounds"
    said_tones, wanted_tones = tones(said), tones(wanted)
    if len(said_tones) != len(wanted_tones):
        return "syllables"
    for char, got, want in zip(word, said_tones, wanted_tones, strict=False):
        if got != want and char not in _SANDHI and 5 not in (got, want):
            return "tone"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    reason = available()
    if reason is not None:
        print(f"make_espeak_fixes: {reason}", file=sys.stderr)
        return 2
    words = candidates(corpus_texts(args.corpora))
    ordered = sorted(words)
    spelled = [" ".join(words[word]) for word in ordered]
    said = phonemes(ordered)
    wanted = phonemes(spelled)
    fixes: list[tuple[str, str, str]] = []
    kinds: collections.Counter[str] = collections.Counter()
    unsayable: list[str] = []
    for word, pinyin, got, want in zip(ordered, spelled, said, wanted, strict=True):
        why = differs(word, words[word], got, want)
        if why is not None and ("(en)" in want or tones(want) != [int(s[-1]) for s in words[word]]):
            # espeak cannot say this reading as pinyin (xiong1 comes out in English): nothing to gain.
            kinds["not sayable as pinyin"] += 1
            unsayable.append(pinyin)
        elif why is not None and word in REJECTED:
            kinds["rejected by hand"] += 1
        elif why is not None:
            fixes.append((word, pinyin, why))
            kinds[why] += 1
    header = [
        "# Words espeak-ng's Mandarin voice reads otherwise than the reader's pinyin, with the reading to",
        "# speak. Made by tests/speech/make_espeak_fixes.py (see its docstring); do not edit by hand:",
        "# corrections go into resources/pinyin/phrases.txt (then rebuild) or the user's pronunciation file.",
        f"# {len(words)} candidate words compared, {len(fixes)} fixes; counts: "
        + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())),
        "# Format: 词语<TAB>ci2 yu3 (numbered pinyin, 5 = neutral tone, ü as v).",
    ]
    args.output.write_text(
        "\n".join([*header, *(f"{word}\t{pinyin}" for word, pinyin, _ in fixes)]) + "\n", encoding="utf-8"
    )
    print(f"{len(words)} candidates, {len(fixes)} fixes ({dict(kinds)}) -> {args.output}")
    if unsayable:
        print("not sayable as pinyin: " + ", ".join(unsayable))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
