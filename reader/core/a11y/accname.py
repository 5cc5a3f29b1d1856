"""Accessible names: a working subset of W3C accname 1.2 with the HTML-AAM native sources.

For an element, in order (the steps' letters are accname's):

2A. Hidden (not rendered, or ``aria-hidden``) and not reached through ``aria-labelledby`` → "".
2B. ``aria-labelledby``: the names of the referenced elements, joined by spaces (hidden ones count).
2C. An embedded control inside a name being computed from content contributes its value.
2D. ``aria-label`` when not blank (not for presentational elements).
2E. Native sources: ``alt`` (img, area, input type=image), ``<label>`` (for= and wrapping) for form fields,
    ``value`` of input buttons (or the browser's default "Submit"/"Reset"), ``<legend>``, ``<caption>``,
    ``<figcaption>``, SVG ``<title>``.
2F. Content, for roles that take their name from it (links, buttons, headings, cells…) and for every
    element reached while computing such a name: text and the children's names, in order.
2I. ``title``, then ``placeholder`` for text fields.

CSS generated content (``::before``) is not seen. Recursion follows the content's depth; below
``_MAX_DEPTH`` the plain text is used so a deeply nested page cannot exhaust the stack.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.core.a11y.page import Page

__all__ = ["accessible_name", "name_from_content"]

_MAX_DEPTH = 120
_SPACES = re.compile(r"[\s\u00a0\u200b\u3000]+")
_FROM_CONTENT = frozenset(
    [
        "button",
        "cell",
        "checkbox",
        "columnheader",
        "gridcell",
        "heading",
        "link",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "radio",
        "row",
        "rowheader",
        "switch",
        "tab",
        "tooltip",
        "treeitem",
        "caption",
        "code",
        "deletion",
        "emphasis",
        "insertion",
        "mark",
        "strong",
        "subscript",
        "superscript",
        "term",
        "time",
    ]
)
_LABELABLE = frozenset(["input", "select", "textarea", "button", "meter", "output", "progress"])
_TEXT_INPUTS = frozenset(["", "text", "search", "email", "tel", "url", "password", "number"])
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "form",
    ]
)


def squeeze(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def accessible_name(page: Page, element: HtmlElement) -> str:
    """The element's accessible name, white space squeezed (cached on the page)."""
    cached = page.names.get(element)
    if cached is not None:
        return cached
    name = squeeze(_name(page, element, set(), is_root=True, in_labelledby=False, in_content=False, depth=0))
    page.names[element] = name
    return name


def name_from_content(page: Page, element: HtmlElement) -> str:
    """The text an element's content gives (step 2F on the element itself)."""
    return squeeze(_content(page, element, set(), in_labelledby=False, depth=0))


def _is_presentational(page: Page, element: HtmlElement) -> bool:
    return page.role(element) in ("none", "presentation")


def _name(
    page: Page,
    element: HtmlElement,
    visited: set[int],
    *,
    is_root: bool,
    in_labelledby: bool,
    in_content: bool,
    depth: int,
) -> str:
    key = id(element)
    if key in visited:
        return ""
    visited = visited | {key}
    if depth > _MAX_DEPTH:
        return Page.text(element, 2000)
    tag = element.tag
    # 2A: hidden content is skipped unless it was referenced (then its own content counts, hidden or not).
    if not in_labelledby and page.is_excluded(element):
        return ""
    # 2B
    labelledby = element.get("aria-labelledby")
    if labelledby and not in_labelledby:
        parts = []
        for ref in labelledby.split():
            target = page.by_id(ref)
            if target is not None:
                parts.append(
                    _name(
                        page,
                        target,
                        visited,
                        is_root=False,
                        in_labelledby=True,
                        in_content=False,
                        depth=depth + 1,
                    )
                )
        joined = squeeze(" ".join(parts))
        if joined:
            return joined
    role = page.role(element)
    # 2C: an embedded control met while computing another element's name gives its value.
    if in_content and not is_root:
        if tag == "input" and (element.get("type") or "").lower() in _TEXT_INPUTS:
            return element.get("value") or ""
        if tag == "textarea":
            return element.text or ""
        if tag == "select" or role in ("combobox", "listbox"):
            selected = [option for option in element.iter("option") if option.get("selected") is not None]
            options = selected or list(element.iter("option"))[:1]
            return " ".join(squeeze(option.text_content()) for option in options)
        if role in ("slider", "spinbutton", "progressbar", "scrollbar", "meter"):
            return element.get("aria-valuetext") or element.get("aria-valuenow") or ""
    # 2D
    label = element.get("aria-label")
    if label and label.strip() and not _is_presentational(page, element):
        return str(label)
    # 2E: native sources
    if not _is_presentational(page, element):
        native = _native(page, element, visited, depth)
        if native:
            return native
    # 2F
    if is_root and tag in ("select",):
        return element.get("title") or ""
    if in_labelledby or in_content or role in _FROM_CONTENT or tag in ("label", "legend", "summary"):
        text = _content(page, element, visited, in_labelledby=in_labelledby, depth=depth)
        if squeeze(text):
            return text
    # 2I
    title = element.get("title")
    if title and title.strip():
        return str(title)
    if tag in ("input", "textarea"):
        placeholder = element.get("placeholder") or element.get("aria-placeholder")
        if placeholder and placeholder.strip():
            return str(placeholder)
    return ""


def _native(page: Page, element: HtmlElement, visited: set[int], depth: int) -> str:
    tag = element.tag
    kind = (element.get("type") or "").strip().lower()
    if tag in ("img", "area") or (tag == "input" and kind == "image"):
        alt = element.get("alt")
        if alt is not None and alt.strip():
            return str(alt)
        if tag == "input" and kind == "image":
            return element.get("value") or ""
        return ""
    if tag == "input" and kind in ("button", "submit", "reset"):
        value = element.get("value")
        if value is not None:
            return str(value)
        return {"submit": "Submit", "reset": "Reset"}.get(kind, "")
    if tag in _LABELABLE:
        labels = _labels(page, element)
        if labels:
            return " ".join(
                _content(page, label, visited | {id(element)}, in_labelledby=False, depth=depth + 1)
                for label in labels
            )
        return ""
    if tag == "fieldset":
        legend = element.find("legend")
        return (
            _content(page, legend, visited, in_labelledby=False, depth=depth + 1)
            if legend is not None
            else ""
        )
    if tag == "table":
        caption = element.find("caption")
        return (
            _content(page, caption, visited, in_labelledby=False, depth=depth + 1)
            if caption is not None
            else ""
        )
    if tag == "figure":
        caption = element.find("figcaption")
        return (
            _content(page, caption, visited, in_labelledby=False, depth=depth + 1)
            if caption is not None
            else ""
        )
    if tag == "svg":
        for child in element:
            if isinstance(child.tag, str) and child.tag.endswith("title"):
                return str(child.text_content())
    return ""


def _labels(page: Page, element: HtmlElement) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    element_id = element.get("id")
    # ``for`` refers to the first element with that id only.
    if element_id and page.by_id(element_id) is element:
        found.extend(label for label in page.elements("label") if label.get("for") == element_id)
    for ancestor in element.iterancestors("label"):
        if (ancestor.get("for") is None or ancestor.get("for") == element_id) and ancestor not in found:
            found.append(ancestor)
        break
    return [label for label in found if not page.is_hidden(label)]


def _content(page: Page, element: HtmlElement, visited: set[int], *, in_labelledby: bool, depth: int) -> str:
    """Step 2F: text of ``element`` and the names of its children, in order."""
    parts: list[str] = []
    if element.text and element.tag not in ("script", "style", "template"):
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("script", "style", "template", "noscript"):
            hidden = page.is_excluded(child)
            # Inside a hidden element reached by aria-labelledby everything counts; elsewhere it is skipped.
            if not hidden or (in_labelledby and page.is_excluded(element)):
                child_name = _name(
                    page,
                    child,
                    visited,
                    is_root=False,
                    in_labelledby=in_labelledby and hidden,
                    in_content=True,
                    depth=depth + 1,
                )
                if child.tag in _BLOCK:
                    parts.append(f" {child_name} ")
                else:
                    parts.append(child_name)
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)
