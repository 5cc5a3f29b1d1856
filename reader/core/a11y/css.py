"""Static CSS: parsing the page's style sheets, matching simple selectors, and the cascade per element.

What we resolve: rules from ``<style>`` elements and local ``<link rel=stylesheet>`` files (never fetched
from the network), and ``style`` attributes; selectors made of type, ``.class``, ``#id``, ``*``,
attribute tests, the structural pseudo-classes (``:first-child``, ``:last-child``, ``:nth-child(…)``,
``:not(simple)``, ``:root``, ``:link``) and the four combinators. Dynamic states (``:hover``, ``:focus``…)
never match (we judge the page at rest); pseudo-elements are ignored. A selector we cannot parse is
counted in ``unmatched`` so callers can say "cannot tell" when it might set a colour.

``@media`` blocks for screen/all are read; others (print) and other at-rules are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

__all__ = ["Declarations", "StyleSheet", "parse_declarations", "parse_sheet"]

Declarations = dict[str, tuple[str, bool]]
"""Property (lower case) → (value, is_important)."""

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_DYNAMIC = frozenset(
    [
        "hover",
        "focus",
        "active",
        "visited",
        "focus-within",
        "focus-visible",
        "target",
        "checked",
        "disabled",
        "enabled",
        "invalid",
        "valid",
        "placeholder-shown",
        "empty",
    ]
)


def parse_declarations(text: str) -> Declarations:
    """``"color: red; background: #fff !important"`` → declarations (later ones win, as in CSS)."""
    found: Declarations = {}
    for part in _COMMENT.sub("", text).split(";"):
        name, colon, value = part.partition(":")
        if not colon:
            continue
        name = name.strip().lower()
        value = value.strip()
        important = False
        lowered = value.lower()
        if lowered.endswith("!important"):
            important = True
            value = value[: -len("!important")].strip()
        if name and value:
            if name in found and found[name][1] and not important:
                continue
            found[name] = (value, important)
    return found


# --- selectors ---------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s*[>+~]\s*|\s+)
  | (?P<type>\*|[a-zA-Z][\w-]*)
  | \#(?P<id>[\w-]+)
  | \.(?P<cls>[\w-]+)
  | \[\s*(?P<attr>[\w:-]+)\s*
      (?:(?P<op>[~|^$*]?=)\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\]\s]+))\s*(?:[iIsS]\s*)?)?\]
  | ::?(?P<pseudo>[\w-]+)(?:\((?P<arg>[^()]*)\))?
    """,
    re.VERBOSE,
)

Test = Callable[[HtmlElement], bool]


@dataclass(slots=True)
class _Compound:
    tests: list[Test] = field(default_factory=list)
    is_never: bool = False
    """Contains a dynamic pseudo-class or a pseudo-element: never matches the element at rest."""


@dataclass(slots=True)
class Selector:
    """A parsed complex selector: compounds right to left, with the combinator before each."""

    compounds: list[_Compound]
    combinators: list[str]
    """``combinators[i]`` joins ``compounds[i]`` (right) to ``compounds[i + 1]`` (left)."""
    specificity: tuple[int, int, int]
    source: str = ""

    def matches(self, element: HtmlElement) -> bool:
        return _match(self, 0, element)


def _nth(expression: str) -> tuple[int, int] | None:
    text = expression.replace(" ", "").lower()
    if text == "odd":
        return 2, 1
    if text == "even":
        return 2, 0
    match = re.fullmatch(r"([+-]?\d*)n([+-]\d+)?|([+-]?\d+)", text)
    if not match:
        return None
    if match.group(3) is not None:
        return 0, int(match.group(3))
    a_text = match.group(1)
    a = -1 if a_text == "-" else 1 if a_text in ("", "+") else int(a_text)
    return a, int(match.group(2) or 0)


def _position(element: HtmlElement, from_end: bool) -> int:
    siblings = element.itersiblings(preceding=not from_end)
    return 1 + sum(1 for sibling in siblings if isinstance(sibling.tag, str))


def _attr_test(name: str, op: str | None, value: str) -> Test:
    def test(element: HtmlElement) -> bool:
        actual: str | None = element.get(name)
        if actual is None:
            return False
        if op is None:
            return True
        if op == "=":
            return actual == value
        if op == "~=":
            return value in actual.split()
        if op == "|=":
            return actual == value or actual.startswith(value + "-")
        if op == "^=":
            return bool(value) and actual.startswith(value)
        if op == "$=":
            return bool(value) and actual.endswith(value)
        return bool(value) and value in actual  # *=

    return test


def _tag_test(tag: str) -> Test:
    def test(element: HtmlElement) -> bool:
        return bool(element.tag == tag)

    return test


def _any_test(element: HtmlElement) -> bool:
    return True


def _pseudo_test(name: str, arg: str | None) -> Test | None:
    """A test for a structural pseudo-class; None when we do not understand it."""
    if name == "first-child":
        return lambda element: _position(element, False) == 1
    if name == "last-child":
        return lambda element: _position(element, True) == 1
    if name == "only-child":
        return lambda element: _position(element, False) == 1 and _position(element, True) == 1
    if name == "root":
        return lambda element: element.getparent() is None
    if name in ("link", "any-link"):
        return lambda element: element.tag in ("a", "area") and element.get("href") is not None
    if name in ("nth-child", "nth-last-child") and arg is not None:
        parsed = _nth(arg)
        if parsed is None:
            return None
        a, b = parsed
        from_end = name == "nth-last-child"

        def nth(element: HtmlElement) -> bool:
            index = _position(element, from_end)
            if a == 0:
                return index == b
            return (index - b) % a == 0 and (index - b) // a >= 0

        return nth
    if name == "not" and arg is not None:
        inner = _parse_compound_only(arg)
        if inner is None:
            return None
        return lambda element: not all(test(element) for test in inner.tests)
    return None


def _parse_compound_only(text: str) -> _Compound | None:
    selector = parse_selector(text)
    if selector is None or len(selector.compounds) != 1 or selector.compounds[0].is_never:
        return None
    return selector.compounds[0]


def parse_selector(text: str) -> Selector | None:
    """A selector we can match, or None when it uses syntax we do not handle."""
    text = text.strip()
    if not text:
        return None
    compounds: list[_Compound] = [_Compound()]
    combinators: list[str] = []
    ids = classes = types = 0
    position = 0
    while position < len(text):
        token = _TOKEN.match(text, position)
        if token is None or token.end() == position:
            return None
        position = token.end()
        kind = token.lastgroup
        current = compounds[-1]
        if token.group("ws") is not None:
            combinator = token.group("ws").strip() or " "
            if not current.tests and not current.is_never:
                return None
            compounds.append(_Compound())
            combinators.append(combinator)
        elif token.group("type") is not None:
            tag = token.group("type").lower()
            if tag != "*":
                types += 1
                current.tests.append(_tag_test(tag))
            else:
                current.tests.append(_any_test)
        elif token.group("id") is not None:
            ids += 1
            current.tests.append(_attr_test("id", "=", token.group("id")))
        elif token.group("cls") is not None:
            classes += 1
            current.tests.append(_attr_test("class", "~=", token.group("cls")))
        elif token.group("attr") is not None:
            classes += 1
            value = token.group("dq") or token.group("sq") or token.group("bare") or ""
            current.tests.append(_attr_test(token.group("attr").lower(), token.group("op"), value))
        elif kind == "pseudo" or token.group("pseudo") is not None:
            name = token.group("pseudo").lower()
            is_element = text[token.start() : token.start() + 2] == "::" or name in (
                "before",
                "after",
                "first-line",
                "first-letter",
                "selection",
                "placeholder",
                "marker",
            )
            if is_element or name in _DYNAMIC:
                current.is_never = True
                continue
            test = _pseudo_test(name, token.group("arg"))
            if test is None:
                return None
            classes += 1
            current.tests.append(test)
        else:
            return None
    if not compounds[-1].tests and not compounds[-1].is_never:
        return None
    compounds.reverse()
    combinators.reverse()
    return Selector(compounds, combinators, (ids, classes, types), text)


def _compound_matches(compound: _Compound, element: HtmlElement) -> bool:
    return not compound.is_never and all(test(element) for test in compound.tests)


def _match(selector: Selector, index: int, element: HtmlElement) -> bool:
    # Depth of the recursion is the number of compounds in the selector (a handful), not the tree's.
    if not _compound_matches(selector.compounds[index], element):
        return False
    if index + 1 == len(selector.compounds):
        return True
    combinator = selector.combinators[index]
    if combinator == ">":
        parent = element.getparent()
        return parent is not None and _match(selector, index + 1, parent)
    if combinator == " ":
        ancestor = element.getparent()
        while ancestor is not None:
            if _match(selector, index + 1, ancestor):
                return True
            ancestor = ancestor.getparent()
        return False
    if combinator == "+":
        previous = element.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        return previous is not None and _match(selector, index + 1, previous)
    for sibling in element.itersiblings(preceding=True):  # "~"
        if isinstance(sibling.tag, str) and _match(selector, index + 1, sibling):
            return True
    return False


# --- style sheets ------------------------------------------------------------------------------------


@dataclass(slots=True)
class StyleRule:
    selector: Selector
    declarations: Declarations
    order: int


@dataclass(slots=True)
class StyleSheet:
    """All rules of a page, with an index by the rightmost compound's id, class or type."""

    rules: list[StyleRule] = field(default_factory=list)
    unmatched: list[tuple[str, Declarations]] = field(default_factory=list)
    """Selectors we could not parse, with what they set."""
    _by_key: dict[str, list[StyleRule]] = field(default_factory=dict)
    _generic: list[StyleRule] = field(default_factory=list)

    def add(self, selector: Selector, declarations: Declarations) -> None:
        rule = StyleRule(selector, declarations, len(self.rules))
        self.rules.append(rule)
        key = _index_key(selector)
        if key is None:
            self._generic.append(rule)
        else:
            self._by_key.setdefault(key, []).append(rule)

    def matching(self, element: HtmlElement) -> list[StyleRule]:
        """Rules whose selector matches ``element``, in cascade order (specificity, then source order)."""
        candidates: list[StyleRule] = list(self._generic)
        candidates += self._by_key.get("t:" + str(element.tag), [])
        element_id = element.get("id")
        if element_id:
            candidates += self._by_key.get("#" + element_id, [])
        for name in (element.get("class") or "").split():
            candidates += self._by_key.get("." + name, [])
        found = {id(rule): rule for rule in candidates if rule.selector.matches(element)}
        return sorted(found.values(), key=lambda rule: (rule.selector.specificity, rule.order))


_KEY_ID = re.compile(r"#([\w-]+)")
_KEY_CLASS = re.compile(r"\.([\w-]+)")


def _index_key(selector: Selector) -> str | None:
    """An id, class or type the element must have for the selector to match (from its last compound)."""
    source = re.sub(r"\[[^\]]*\]|:not\([^)]*\)", "", selector.source.strip())
    last = re.split(r"\s*[>+~]\s*|\s+", source)[-1] if source else ""
    if match := _KEY_ID.search(last):
        return "#" + match.group(1)
    if match := _KEY_CLASS.search(last):
        return "." + match.group(1)
    if match := re.match(r"([a-zA-Z][\w-]*)", last):
        return "t:" + match.group(1).lower()
    return None


_AT_MEDIA = re.compile(r"@media\s+([^{]*)\{", re.IGNORECASE)


def _blocks(text: str) -> list[tuple[str, str]]:
    """``(prelude, body)`` pairs at the top level of a sheet, at-rules other than screen media dropped."""
    found: list[tuple[str, str]] = []
    position = 0
    length = len(text)
    while position < length:
        brace = text.find("{", position)
        if brace < 0:
            break
        prelude = text[position:brace].strip()
        # Find the matching close brace (nesting appears only in at-rules).
        depth = 1
        cursor = brace + 1
        while cursor < length and depth:
            char = text[cursor]
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            cursor += 1
        body = text[brace + 1 : cursor - 1]
        position = cursor
        if ";" in prelude:  # "@import url(x); p" → the rule's prelude is what follows the last ';'
            prelude = prelude.rsplit(";", 1)[1].strip()
        if prelude.startswith("@"):
            lowered = prelude.lower()
            if lowered.startswith("@media"):
                media = lowered[len("@media") :]
                if "print" in media and "screen" not in media:
                    continue
                if "not" in media or "max-width" in media or "min-width" in media or "speech" in media:
                    continue
                found.extend(_blocks(body))
            elif lowered.startswith(("@supports", "@layer")):
                found.extend(_blocks(body))
            continue
        found.append((prelude, body))
    return found


def parse_sheet(text: str, sheet: StyleSheet) -> None:
    """Add the rules of one style sheet's text to ``sheet``."""
    text = _COMMENT.sub("", text)
    for prelude, body in _blocks(text):
        declarations = parse_declarations(body)
        if not declarations:
            continue
        for raw in prelude.split(","):
            part = raw.strip()
            if not part:
                continue
            selector = parse_selector(part)
            if selector is None:
                sheet.unmatched.append((part, declarations))
                continue
            sheet.add(selector, declarations)
