"""Finding the article body by text density: which elements hold the page's running text.

A readability-style score with Chinese measures, computed bottom-up in one pass over the tree:

1. Every element's *unit* text is its own text plus that of its inline children (what reads as one
   paragraph). A unit with enough non-link text scores ``1 + punctuation + length/60`` (capped), where
   punctuation counts Chinese and Western sentence marks (，。、；：！？ , . ; !) outside links: running
   prose is punctuated, menus and link lists are not. The score is scaled down by the unit's link
   density.
2. The score goes to the element that contains the unit as a paragraph (a ``<p>``'s parent; a ``<div>``
   or ``<td>`` holding bare text itself), half to the next ancestor, a quarter to the one after.
3. An element's final score is its sum scaled by ``1 - link density`` of its whole subtree.
4. The best element is the body; siblings that score well, or are long low-link paragraphs, join it.

Everything is iterative: a reversed pre-order list gives children before parents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.extraction.boilerplate import is_boilerplate_name
from reader.core.extraction.htmltree import BLOCK_TAGS, HtmlElement

PUNCTUATION = "，。、；：！？,;!?"
_PARAGRAPH_TAGS = frozenset(
    ["p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "figcaption", "caption"]
)
_SKIP_CONTAINERS = frozenset({"html", "head", "a"})


@dataclass(slots=True)
class Stats:
    """Text measures of one subtree (counts of non-space characters)."""

    total: int = 0
    link: int = 0
    punct: int = 0
    unit: int = 0
    unit_link: int = 0
    unit_punct: int = 0
    score: float = 0.0
    has_block_child: bool = False


def _chars(text: str | None) -> tuple[int, int]:
    if not text:
        return 0, 0
    size = len(text) - sum(text.count(space) for space in " \n\t\r\u3000\u00a0")
    if size <= 0:
        return 0, 0
    return size, sum(text.count(mark) for mark in PUNCTUATION)


_COMMENT_NAME = re.compile(
    r"(?:^|[-_\s])(?:comments?|comment-?list|replies|reply|pinglun|discuss|discussion|disqus)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


def _is_comment_section(element: HtmlElement) -> bool:
    """Whether the element's class or id names a comment section."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(names.strip()) and bool(_COMMENT_NAME.search(names))


def measure(root: HtmlElement) -> dict[HtmlElement, Stats]:
    """Stats and scores for every element under ``root`` (steps 1–2 of the module docstring)."""
    order = [element for element in root.iter() if isinstance(element.tag, str)]
    stats: dict[HtmlElement, Stats] = {}
    for element in reversed(order):
        own = Stats()
        size, punct = _chars(element.text)
        own.total += size
        own.unit += size
        own.unit_punct += punct
        is_link = element.tag == "a"
        for child in element:
            if not isinstance(child.tag, str):
                continue
            child_stats = stats[child]
            own.total += child_stats.total
            own.link += child_stats.link
            own.punct += child_stats.punct
            if child.tag in BLOCK_TAGS:
                own.has_block_child = True
            else:
                own.unit += child_stats.unit
                own.unit_link += child_stats.unit_link
                own.unit_punct += child_stats.unit_punct
            size, punct = _chars(child.tail)
            own.total += size
            own.unit += size
            own.unit_punct += punct
            own.punct += punct
        if is_link:
            own.link = own.total
            own.unit_link = own.unit
            own.unit_punct = 0
        else:
            own.punct += _chars(element.text)[1]
        stats[element] = own

    # Readers' comments under a post are punctuated prose too, often longer than the post: they never score.
    in_comments: set[HtmlElement] = set()
    for element in order:
        own = stats[element]
        tag = element.tag
        parent = element.getparent()
        if (parent is not None and parent in in_comments) or _is_comment_section(element):
            in_comments.add(element)
            continue
        # Inline elements (span, font, b) are scored as part of the block around them, never alone.
        if tag in BLOCK_TAGS:
            _score_unit(element, own, stats)
    return stats


def _score_unit(element: HtmlElement, own: Stats, stats: dict[HtmlElement, Stats]) -> None:
    plain = own.unit - own.unit_link
    if plain < 10:
        return
    # A unit of many characters but no punctuation at all is a menu or a caption row, not prose.
    if own.unit_punct == 0 and plain < 60:
        return
    density = own.unit_link / own.unit if own.unit else 0.0
    value = (1.0 + own.unit_punct + min(plain / 60.0, 6.0)) * (1.0 - density) ** 2
    # A paragraph (a <p>, or a <div> used as one: no block inside) scores for the element holding it;
    # a container with loose text between its blocks (a <td> with <br>s) scores itself.
    is_paragraph = element.tag in _PARAGRAPH_TAGS or not own.has_block_child
    target = element.getparent() if is_paragraph else element
    weight = 1.0
    while target is not None and weight >= 0.25:
        if isinstance(target.tag, str) and target.tag not in _SKIP_CONTAINERS:
            stats[target].score += value * weight
        weight /= 2
        target = target.getparent()


def final_score(stats: Stats) -> float:
    """Step 3: the element's score scaled by its subtree's non-link share."""
    if stats.total == 0:
        return 0.0
    return stats.score * (1.0 - stats.link / stats.total)


_POST_TAGS = frozenset(("div", "td", "article", "section", "li"))


def first_post(stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """On a listing of several posts (a blog's front page), the first post's element, else None.

    Posts are elements of one class, each holding real prose (300+ characters, punctuated, few links),
    each in a wrapper of its own (not siblings: an article cut into sections has them side by side).
    """
    groups: dict[str, list[HtmlElement]] = {}
    # ``measure`` filled ``stats`` children first: reversed, it is document order.
    for element, measured in reversed(stats.items()):
        names = element.get("class")
        if not names or element.tag not in _POST_TAGS:
            continue
        if measured.total < 300 or measured.punct < 5 or measured.link > measured.total * 0.2:
            continue
        groups.setdefault(names, []).append(element)
    for members in groups.values():
        if len(members) < 3:
            continue
        parents = {member.getparent() for member in members}
        if len(parents) < len(members):
            continue
        ancestors_of_first = set(members[0].iterancestors())
        if any(member in ancestors_of_first for member in members[1:]):
            continue
        return members[0]
    return None


def body_elements(root: HtmlElement, stats: dict[HtmlElement, Stats]) -> list[HtmlElement]:
    """Step 4: the body element and the siblings that belong with it, in document order."""
    post = first_post(stats)
    if post is not None:
        return [post]
    best: HtmlElement | None = None
    best_score = 0.0
    for element, element_stats in stats.items():
        if element.tag in _SKIP_CONTAINERS:
            continue
        value = final_score(element_stats)
        if value > best_score:
            best, best_score = element, value
    if best is None:
        body = root.find("body")
        return [body if body is not None else root]
    parent = best.getparent()
    if parent is None or best.tag in ("body", "html"):
        return [best]
    chosen: list[HtmlElement] = []
    threshold = max(3.0, best_score * 0.2)
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is best:
            chosen.append(sibling)
            continue
        sibling_stats = stats.get(sibling)
        if sibling_stats is None or sibling_stats.total == 0:
            continue
        if is_boilerplate_name(f"{sibling.get('class', '')} {sibling.get('id', '')}".strip()):
            continue
        density = sibling_stats.link / sibling_stats.total
        if (final_score(sibling_stats) >= threshold and density < 0.3) or (
            not sibling_stats.has_block_child
            and density < 0.25
            and sibling_stats.total > 40
            and sibling_stats.punct > 0
        ):
            chosen.append(sibling)
    return chosen
