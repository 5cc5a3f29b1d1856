"""One parsed page as the rules see it: tree, ids, computed styles, visibility, roles, focus, selectors.

Everything is computed lazily and cached on the ``Page`` (never globally), so a batch of 1,000 pages keeps
memory flat. Walks over the tree are iterative; libxml2 flattens markup nested deeper than 256 levels
(``reader.core.extraction.htmltree.parse``), in which case ``notes`` says so.

Which roles exist, which are widgets and an element's implicit role are ``roles``' tables; the
:meth:`Page.role` here applies them with the page's attributes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from reader.core.a11y.css import Declarations, StyleSheet, parse_declarations, parse_sheet
from reader.core.a11y.model import SNIPPET_LIMIT
from reader.core.a11y.roles import KNOWN_ROLES, has_global_aria, implicit_role, is_widget_role
from reader.core.a11y.wording import check_message
from reader.core.extraction import htmltree
from reader.core.messages import Message

__all__ = [
    "KNOWN_ROLES",
    "Page",
    "ResourceReader",
    "implicit_role",
    "is_widget_role",
    "parse",
    "resource_reader",
]

ResourceReader = Callable[[str], bytes | None]

_INHERITED = frozenset(
    ["color", "font-size", "font-weight", "visibility", "font", "text-shadow", "direction", "font-family"]
)
_UA_HIDDEN = frozenset(
    ["head", "script", "style", "template", "noscript", "title", "meta", "link", "base", "datalist", "param"]
)
_OFFSCREEN = re.compile(
    r"^\s*-\s*\d{3,}(?:\.\d+)?\s*(?:px|em|pt|rem)?\s*$|^\s*-\s*\d{2,}(?:\.\d+)?\s*(?:em|rem)\s*$"
)
_CLIP_ZERO = re.compile(r"rect\(\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*\)")
_IDENT = re.compile(r"-?[A-Za-z_][\w-]*")
_SPACES = re.compile(r"\s+")
_DEPTH_ERROR = "Excessive depth"
_FOREIGN_ROOT = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!doctype[^>]*>\s*)*<(?:svg|math)\b",
    re.IGNORECASE | re.DOTALL,
)


def parse(markup: str) -> tuple[HtmlElement, bool]:
    """The tree (keeping line numbers) and whether it had to be flattened for depth."""
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup, count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    if root is not None and not any(_DEPTH_ERROR in entry.message for entry in parser.error_log):
        return root, False
    return htmltree.parse(markup), True


class Page:
    """Caches per page; rules ask, never mutate."""

    def __init__(
        self, markup: str, *, resource: ResourceReader | None = None, location: str | None = None
    ) -> None:
        self.root, self.is_flattened = parse(markup)
        self.is_html_page = _FOREIGN_ROOT.match(markup[:4000]) is None
        """False when the document is an SVG or MathML file rather than an HTML page."""
        self.location_host = (urlsplit(location).hostname or "").lower() if location else ""
        """The host the page was saved from, when the file records it."""
        self.notes: list[Message] = []
        if self.is_flattened:
            self.notes.append(check_message("check.flattened"))
        self._resource = resource
        self.ids: dict[str, list[HtmlElement]] = {}
        for element in self.root.iter():
            if isinstance(element.tag, str):
                value = element.get("id")
                if value is not None:
                    self.ids.setdefault(value, []).append(element)
        self.sheet = StyleSheet()
        self._read_sheets()
        self._style: dict[HtmlElement, Declarations] = {}
        self._own: dict[HtmlElement, Declarations] = {}
        self._hidden: dict[HtmlElement, bool] = {}
        self._aria_hidden: dict[HtmlElement, bool] = {}
        self._positions: dict[HtmlElement, dict[HtmlElement, tuple[int, int]]] = {}
        self.names: dict[HtmlElement, str] = {}
        """Accessible names, filled by ``accname``."""

    # --- document -----------------------------------------------------------------------------------

    @property
    def html(self) -> HtmlElement:
        return self.root

    @property
    def body(self) -> HtmlElement | None:
        return self.root.find("body")

    def elements(self, *tags: str) -> Iterator[HtmlElement]:
        for element in self.root.iter(*tags):
            if isinstance(element.tag, str):
                yield element

    def by_id(self, value: str) -> HtmlElement | None:
        found = self.ids.get(value)
        return found[0] if found else None

    def _read_sheets(self) -> None:
        for element in self.elements("style", "link"):
            if element.tag == "style":
                media = (element.get("media") or "").lower()
                if media and "screen" not in media and "all" not in media:
                    continue
                parse_sheet(element.text or "", self.sheet)
            elif "stylesheet" in (element.get("rel") or "").lower().split() and self._resource:
                href = element.get("href") or ""
                media = (element.get("media") or "").lower()
                if media and "screen" not in media and "all" not in media:
                    continue
                data = self._resource(href)
                if data:
                    parse_sheet(data.decode("utf-8", "replace"), self.sheet)

    # --- styles -------------------------------------------------------------------------------------

    def own_style(self, element: HtmlElement) -> Declarations:
        """Declarations on the element itself (sheet rules by cascade, then its style attribute)."""
        cached = self._own.get(element)
        if cached is not None:
            return cached
        result: Declarations = {}
        important: Declarations = {}
        for rule in self.sheet.matching(element):
            for name, (value, is_important) in rule.declarations.items():
                (important if is_important else result)[name] = (value, is_important)
        inline = element.get("style")
        if inline:
            for name, (value, is_important) in parse_declarations(inline).items():
                if is_important or name not in important:
                    (important if is_important else result)[name] = (value, is_important)
        result.update(important)
        _expand_shorthands(result)
        self._own[element] = result
        return result

    def value(self, element: HtmlElement, name: str) -> str | None:
        """The element's own value of a property, lower case, or None."""
        found = self.own_style(element).get(name)
        return found[0].strip().lower() if found else None

    def inherited(self, element: HtmlElement, name: str) -> tuple[str, HtmlElement] | None:
        """The nearest value of an inherited property on the element or an ancestor, and who set it."""
        current: HtmlElement | None = element
        while current is not None:
            value = self.value(current, name)
            if value is not None and value not in ("inherit", "unset"):
                return value, current
            current = current.getparent()
        return None

    # --- visibility ---------------------------------------------------------------------------------

    def _self_hides(self, element: HtmlElement) -> bool:
        if element.tag in _UA_HIDDEN or not isinstance(element.tag, str):
            return True
        if element.get("hidden") is not None:
            display = self.value(element, "display")
            if display is None or display == "none":
                return True
        if element.tag == "input" and (element.get("type") or "").lower() == "hidden":
            return True
        if self.value(element, "display") == "none":
            return True
        if element.tag in ("details",):
            return False
        parent = element.getparent()
        if parent is not None and parent.tag == "details" and element.tag != "summary":
            return parent.get("open") is None
        return False

    def is_hidden(self, element: HtmlElement) -> bool:
        """Not rendered: ``display:none``, ``hidden``, a hidden ancestor, or ``visibility:hidden``."""
        chain: list[HtmlElement] = []
        current: HtmlElement | None = element
        verdict = False
        while current is not None:
            cached = self._hidden.get(current)
            if cached is not None:
                verdict = cached
                break
            chain.append(current)
            current = current.getparent()
        # Resolve from the top down so each ancestor is computed once.
        for item in reversed(chain):
            verdict = verdict or self._self_hides(item)
            self._hidden[item] = verdict
        if verdict:
            return True
        visibility = self.inherited(element, "visibility")
        return visibility is not None and visibility[0] in ("hidden", "collapse")

    def is_offscreen(self, element: HtmlElement) -> bool:
        """Moved out of view or clipped to nothing by its own or an ancestor's style (not ``is_hidden``)."""
        current: HtmlElement | None = element
        while current is not None:
            style = self.own_style(current)
            for side in ("left", "top", "right", "margin-left", "margin-top", "text-indent"):
                found = style.get(side)
                if found and _OFFSCREEN.match(found[0]):
                    return True
            clip = style.get("clip")
            if clip and _CLIP_ZERO.search(clip[0].replace(" ", "")):
                return True
            size = style.get("font-size")
            if size and re.fullmatch(r"0(?:\.0+)?\s*(?:px|pt|em|rem|%)?", size[0].strip()):
                return True
            for dimension in ("width", "height"):
                found = style.get(dimension)
                if found and re.fullmatch(r"0(?:px)?", found[0].strip()):
                    overflow = style.get("overflow")
                    if overflow and overflow[0].strip().lower() == "hidden":
                        return True
            current = current.getparent()
        return False

    def is_aria_hidden(self, element: HtmlElement) -> bool:
        """``aria-hidden="true"`` on the element or an ancestor."""
        current: HtmlElement | None = element
        chain: list[HtmlElement] = []
        verdict = False
        while current is not None:
            cached = self._aria_hidden.get(current)
            if cached is not None:
                verdict = cached
                break
            chain.append(current)
            current = current.getparent()
        for item in reversed(chain):
            verdict = verdict or (item.get("aria-hidden") or "").strip().lower() == "true"
            self._aria_hidden[item] = verdict
        return verdict

    def is_excluded(self, element: HtmlElement) -> bool:
        """Not in the accessibility tree (hidden, or aria-hidden)."""
        return self.is_hidden(element) or self.is_aria_hidden(element)

    # --- roles and focus ----------------------------------------------------------------------------

    def explicit_role(self, element: HtmlElement) -> str | None:
        for token in (element.get("role") or "").lower().split():
            if token in KNOWN_ROLES:
                return token
        return None

    def role(self, element: HtmlElement) -> str | None:
        """The element's role: the first known token of ``role``, else its implicit role (a useful subset)."""
        explicit = self.explicit_role(element)
        if explicit in ("none", "presentation") and (self.is_focusable(element) or has_global_aria(element)):
            explicit = None  # presentational role conflict: the implicit role wins
        if explicit is not None:
            return explicit
        return implicit_role(element)

    def is_disabled(self, element: HtmlElement) -> bool:
        disableable = ("button", "input", "select", "textarea", "fieldset", "optgroup", "option")
        if element.tag in disableable and element.get("disabled") is not None:
            return True
        for ancestor in element.iterancestors("fieldset"):
            if ancestor.get("disabled") is not None:
                legend = ancestor.find("legend")
                if legend is None or element not in legend.iter():
                    return True
        return False

    def is_focusable(self, element: HtmlElement) -> bool:
        """Whether the element is in sequential focus navigation (tab order), ignoring rendering."""
        tabindex = element.get("tabindex")
        if tabindex is not None:
            try:
                if int(tabindex.strip()) < 0:
                    return False
                return not self.is_disabled(element)
            except ValueError:
                pass
        tag = element.tag
        if tag in ("a", "area"):
            return element.get("href") is not None
        if tag in ("button", "select", "textarea"):
            return not self.is_disabled(element)
        if tag == "input":
            return (element.get("type") or "").lower() != "hidden" and not self.is_disabled(element)
        if tag == "iframe":
            return True
        if tag in ("audio", "video"):
            return element.get("controls") is not None
        if tag == "summary":
            parent = element.getparent()
            return parent is not None and parent.tag == "details" and parent.find("summary") is element
        editable = (element.get("contenteditable") or "").lower()
        return editable in ("", "true", "plaintext-only") and element.get("contenteditable") is not None

    # --- reporting ----------------------------------------------------------------------------------

    def selector(self, element: HtmlElement) -> str:
        """A CSS selector for the element: ``#id`` when unique, else a path from the nearest unique id."""
        parts: list[str] = []
        current: HtmlElement | None = element
        while current is not None:
            value = current.get("id")
            if value and len(self.ids.get(value, ())) == 1 and _IDENT.fullmatch(value):
                parts.append("#" + value)
                break
            parent = current.getparent()
            tag = str(current.tag)
            if parent is None:
                parts.append(tag)
                break
            index, total = self._nth_of_type(parent, current)
            if total > 1:
                parts.append(f"{tag}:nth-of-type({index})")
            else:
                parts.append(tag)
            current = parent
        return " > ".join(reversed(parts))

    def _nth_of_type(self, parent: HtmlElement, element: HtmlElement) -> tuple[int, int]:
        """Position among same-tag siblings and their number, counted once per parent (long tables)."""
        positions = self._positions.get(parent)
        if positions is None:
            counts: dict[object, int] = {}
            positions = {}
            for child in parent:
                counts[child.tag] = counts.get(child.tag, 0) + 1
                positions[child] = (counts[child.tag], 0)
            positions = {child: (index, counts[child.tag]) for child, (index, _) in positions.items()}
            self._positions[parent] = positions
        return positions.get(element, (1, 1))

    @staticmethod
    def snippet(element: HtmlElement) -> str:
        """The start tag and the start of its text, at most ``SNIPPET_LIMIT`` code points."""
        attributes = "".join(
            f' {name}="{_SPACES.sub(" ", value)[:80]}"' for name, value in element.attrib.items()
        )
        head = f"<{element.tag}{attributes}>"
        if element.tag in ("img", "input", "meta", "br", "hr", "link", "source", "area", "base", "embed"):
            text = head
        else:
            inner = _SPACES.sub(" ", "".join(_text_parts(element, 120))).strip()
            text = f"{head}{inner[:100]}{'…' if len(inner) > 100 else ''}</{element.tag}>"
        if len(text) > SNIPPET_LIMIT:
            text = text[: SNIPPET_LIMIT - 1] + "…"
        return text

    @staticmethod
    def text(element: HtmlElement, limit: int = 200) -> str:
        """The element's text (all of it, hidden or not), squeezed and cut to ``limit``."""
        joined = _SPACES.sub(" ", "".join(_text_parts(element, limit * 4))).strip()
        return joined[:limit]

    @staticmethod
    def line(element: HtmlElement) -> int | None:
        line = element.sourceline
        return int(line) if isinstance(line, int) and line > 0 else None


def _text_parts(element: HtmlElement, budget: int) -> Iterator[str]:
    """Text under ``element`` (skipping scripts and styles) until ``budget`` characters, iteratively."""
    used = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            if node.tag in ("script", "style", "template") and node is not element:
                continue
            if node.text and node.tag not in ("script", "style", "template"):
                used += len(node.text)
                yield node.text
        elif node is not element and node.tail:
            used += len(node.tail)
            yield node.tail
        if used >= budget:
            return


def _expand_shorthands(style: Declarations) -> None:
    """``background`` → ``background-color``/``background-image``; ``font`` → size and weight."""
    background = style.get("background")
    if background is not None:
        value, important = background
        color_set = style.get("background-color")
        # A later or more important background-color was already resolved into the dict separately;
        # the shorthand only fills what is missing.
        if color_set is None:
            style["background-color"] = (_background_colour(value), important)
        lowered = value.lower()
        if "background-image" not in style and ("url(" in lowered or "gradient(" in lowered):
            style["background-image"] = (value, important)
    font = style.get("font")
    if font is not None:
        value, important = font
        size = re.search(
            r"(?:^|\s)([\d.]+(?:px|pt|em|rem|%)|x*-?(?:small|large)|medium)(?:/\S+)?\s", value + " "
        )
        if size and "font-size" not in style:
            style["font-size"] = (size.group(1), important)
        weight = re.search(r"\b(bold|bolder|[1-9]00)\b", value)
        if "font-weight" not in style:
            style["font-weight"] = (weight.group(1) if weight else "normal", important)


def _background_colour(value: str) -> str:
    """The colour part of a ``background`` shorthand (``transparent`` when there is none)."""
    from reader.core.a11y.colours import find_colour

    found = find_colour(value)
    return found if found is not None else "transparent"


def resource_reader(base: Path | None) -> ResourceReader | None:
    """A reader of files inside ``base`` only, through the loader's safe resolver."""
    if base is None:
        return None
    from reader.core.loading import LoadedDocument

    document = LoadedDocument(path=base, kind="html", text="", encoding="utf-8", base_dir=base)
    return document.resource
