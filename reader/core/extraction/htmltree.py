"""The parsed page: lxml parsing that survives any nesting, invisible content removed, and line text.

1. ``parse`` builds an lxml tree. libxml2 stops descending at 256 levels and drops everything below and
   after; when it reports that, the markup is flattened (container tags removed, block tags turned into
   line breaks) and parsed again, so a 100,000-level page still gives its text.
2. ``clean`` removes what a reader never sees: scripts, styles, forms' widgets, comments, and elements
   hidden by inline style or by simple class/id rules in the page's ``<style>`` (``display:none``,
   ``visibility:hidden``, far off-screen positions, ``font-size:0``, ``text-indent:-9999px``): the
   spam links injected at the top of hacked portal pages are hidden that way.
3. ``lines`` walks a subtree without recursion and returns its visible text as lines, breaking at
   block-level elements and ``<br>``, each with the element that holds it.

Every walk here is iterative (``etree.iterwalk`` or lists), never recursive, whatever the depth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "td",
        "th",
        "tr",
        "ul",
        "caption",
        "legend",
        "noframes",
        "frameset",
        "frame",
        "option",
    ]
)
"""Elements that start a new line of text."""

DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "applet",
        "select",
        "textarea",
        "button",
        "input",
        "canvas",
        "svg",
        "math",
        "audio",
        "video",
        "map",
        "area",
        "datalist",
        "head",
        "link",
        "meta",
        "base",
    ]
)
"""Elements whose content is never part of the readable page."""

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?:^|[;\s])(?:left|top|right|margin-left|margin-top)\s*:\s*-\s*\d{3,}(?:\.\d+)?\s*(?:px|em|pt|rem)?"
    r"|text-indent\s*:\s*-\s*\d{3,}"
    r"|(?:^|[;\s])font-size\s*:\s*0(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:;|!|$)",
    re.IGNORECASE,
)
_STYLE_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^\s*([.#])([\w-]+)\s*$")
_DEPTH_ERROR = "Excessive depth"
_CONTAINER_TAG = re.compile(
    r"</?(?:div|span|font|b|i|u|em|strong|section|article|center|table|tbody|thead|tfoot|tr|ul|ol|dl|a|small"
    r"|big|blockquote|main|aside|nav|header|footer|form|label|sup|sub|s|strike|abbr|cite|q|mark|ins|del"
    r"|[a-z][a-z0-9]*-[a-z0-9-]+)\b[^>]*>",
    re.IGNORECASE,
)
_BREAK_TAG = re.compile(r"<(?:td|th|li|dd|dt)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
__all__ = [
    "BLOCK_TAGS",
    "DROP_TAGS",
    "HtmlElement",
    "Line",
    "clean",
    "is_hidden",
    "lines",
    "parse",
    "squeeze",
    "text_of",
]

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff]+")


def parse(markup: str) -> HtmlElement:
    """The page's tree; markup nested deeper than libxml2 allows is flattened first (see module doc)."""
    # lxml refuses str input that carries an XML encoding declaration; the text is already decoded.
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup, count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    if root is None or any(_DEPTH_ERROR in entry.message for entry in parser.error_log):
        flat = _BREAK_TAG.sub("<br>", _CONTAINER_TAG.sub("", markup))
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
        try:
            root = lxml.html.document_fromstring(flat, parser=parser)
        except (etree.ParserError, ValueError):
            root = None
        if root is None or any(_DEPTH_ERROR in entry.message for entry in parser.error_log):
            text = _ANY_TAG.sub("\n", markup)
            root = lxml.html.document_fromstring("<html><body><pre></pre></body></html>")
            pre = root.find(".//pre")
            assert pre is not None
            pre.text = text
    return root


def _hidden_selectors(root: HtmlElement) -> tuple[set[str], set[str]]:
    """Classes and ids that the page's own style sheets hide (simple ``.name``/``#name`` rules only)."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in root.iter("style"):
        for selectors, declarations in _STYLE_RULE.findall(style.text or ""):
            if not _HIDDEN_STYLE.search(declarations):
                continue
            for selector in selectors.split(","):
                simple = _SIMPLE_SELECTOR.match(selector)
                if simple:
                    (classes if simple.group(1) == "." else ids).add(simple.group(2))
    return classes, ids


def is_hidden(element: HtmlElement, classes: set[str], ids: set[str]) -> bool:
    """Whether the element is invisible by its attributes or the page's simple style rules."""
    attrib = element.attrib
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if ids and attrib.get("id") in ids:
        return True
    if classes:
        names = attrib.get("class")
        if names and not classes.isdisjoint(names.split()):
            return True
    return False


def _is_small_form(form: HtmlElement) -> bool:
    """A comment, login or search form (fields and a little text), not a page wrapped in one <form>."""
    if form.find(".//textarea") is None and form.find(".//input") is None:
        return False
    size = 0
    for text in form.itertext():
        size += len(text.strip())
        if size > 300:
            return False
    return True


def clean(root: HtmlElement) -> None:
    """Remove invisible and non-text content in place (see module docstring, step 2)."""
    classes, ids = _hidden_selectors(root)
    doomed: list[HtmlElement] = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            doomed.append(element)  # comments, processing instructions, entities
            continue
        if (
            tag in DROP_TAGS
            or is_hidden(element, classes, ids)
            or (tag == "form" and _is_small_form(element))
        ):
            doomed.append(element)
    body = root.find("body")
    for element in doomed:
        if element is root or element is body:
            continue
        parent = element.getparent()
        if parent is None:
            continue
        # Keep the tail: it is the following text of the parent, visible.
        tail = element.tail
        previous = element.getprevious()
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)


def squeeze(text: str) -> str:
    """Runs of spaces (including no-break and ideographic-width spaces) to one space, trimmed."""
    return _SPACES.sub(" ", text).strip()


@dataclass(slots=True)
class Line:
    """One line of visible text and the block element that holds it."""

    text: str
    element: HtmlElement | None
    """None for lines of a plain text file."""
    is_link: bool
    """Whether all of the line's text is inside links."""


def lines(root: HtmlElement) -> list[Line]:
    """The visible text of ``root`` as lines, in reading order (iterative walk)."""
    found: list[Line] = []
    parts: list[str] = []
    link_chars = 0
    in_link = 0
    holders: list[HtmlElement] = [root]

    def flush() -> None:
        nonlocal link_chars
        text = squeeze("".join(parts).replace("\n", " "))
        if text:
            visible = len(text.replace(" ", ""))
            found.append(Line(text, holders[-1], link_chars >= visible))
        parts.clear()
        link_chars = 0

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                flush()
                if tag in BLOCK_TAGS:
                    holders.append(element)
            if tag == "a":
                in_link += 1
            if element.text:
                parts.append(element.text)
                if in_link:
                    link_chars += len("".join(element.text.split()))
        else:
            if tag == "a":
                in_link -= 1
            if tag in BLOCK_TAGS:
                flush()
                if len(holders) > 1:
                    holders.pop()
            if element.tail and element is not root:
                parts.append(element.tail)
                if in_link:
                    link_chars += len("".join(element.tail.split()))
    flush()
    return found


def text_of(element: HtmlElement) -> str:
    """All text of an element, spaces squeezed (iterative)."""
    return squeeze("".join(element.itertext()))


def iter_elements(root: HtmlElement, tags: Iterable[str] | None = None) -> Iterator[HtmlElement]:
    """Elements (not comments) under ``root``, document order."""
    wanted = tuple(tags) if tags is not None else ()
    for element in root.iter(*wanted):
        if isinstance(element.tag, str):
            yield element
