"""ARIA roles as the rules need them: the roles the checker knows, the implicit role of an HTML element
(a useful subset of HTML-AAM), and which roles are widgets (interactive, so they need a name and contrast).
"""

from __future__ import annotations

from lxml.html import HtmlElement

__all__ = ["KNOWN_ROLES", "has_global_aria", "implicit_role", "is_widget_role"]

_WIDGET_ROLES = frozenset(
    [
        "button",
        "checkbox",
        "combobox",
        "link",
        "listbox",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "radio",
        "scrollbar",
        "searchbox",
        "slider",
        "spinbutton",
        "switch",
        "tab",
        "textbox",
        "treeitem",
        "gridcell",
    ]
)
_INPUT_ROLES = {
    "button": "button",
    "submit": "button",
    "reset": "button",
    "image": "button",
    "checkbox": "checkbox",
    "radio": "radio",
    "range": "slider",
    "number": "spinbutton",
    "search": "searchbox",
    "email": "textbox",
    "tel": "textbox",
    "text": "textbox",
    "url": "textbox",
    "password": "textbox",
    "": "textbox",
}
KNOWN_ROLES = frozenset(
    [
        "alert",
        "alertdialog",
        "application",
        "article",
        "banner",
        "blockquote",
        "button",
        "caption",
        "cell",
        "checkbox",
        "code",
        "columnheader",
        "combobox",
        "complementary",
        "contentinfo",
        "definition",
        "deletion",
        "dialog",
        "directory",
        "document",
        "emphasis",
        "feed",
        "figure",
        "form",
        "generic",
        "grid",
        "gridcell",
        "group",
        "heading",
        "img",
        "insertion",
        "link",
        "list",
        "listbox",
        "listitem",
        "log",
        "main",
        "marquee",
        "math",
        "menu",
        "menubar",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "meter",
        "navigation",
        "none",
        "note",
        "option",
        "paragraph",
        "presentation",
        "progressbar",
        "radio",
        "radiogroup",
        "region",
        "row",
        "rowgroup",
        "rowheader",
        "scrollbar",
        "search",
        "searchbox",
        "separator",
        "slider",
        "spinbutton",
        "status",
        "strong",
        "subscript",
        "superscript",
        "switch",
        "tab",
        "table",
        "tablist",
        "tabpanel",
        "term",
        "textbox",
        "time",
        "timer",
        "toolbar",
        "tooltip",
        "tree",
        "treegrid",
        "treeitem",
        "doc-subtitle",
        "graphics-document",
        "graphics-object",
        "graphics-symbol",
    ]
)


_GLOBAL_ARIA = (
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-live",
    "aria-owns",
    "aria-controls",
    "aria-details",
    "aria-keyshortcuts",
    "aria-roledescription",
)


def has_global_aria(element: HtmlElement) -> bool:
    return any(element.get(name) is not None for name in _GLOBAL_ARIA)


def implicit_role(element: HtmlElement) -> str | None:
    tag = element.tag
    if tag in ("a", "area"):
        return "link" if element.get("href") is not None else None
    if tag == "button":
        return "button"
    if tag == "input":
        kind = (element.get("type") or "").strip().lower()
        if kind in _INPUT_ROLES:
            if kind in ("", "text", "search", "email", "tel", "url") and element.get("list"):
                return "combobox"
            return _INPUT_ROLES[kind]
        if kind in ("hidden",):
            return None
        return "button" if kind == "file" else "textbox"  # date, color…: fields that need a name
    if tag == "select":
        multiple = element.get("multiple") is not None
        size = element.get("size")
        return "listbox" if multiple or (size and size.isdigit() and int(size) > 1) else "combobox"
    if tag == "textarea":
        return "textbox"
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "heading"
    if tag == "img":
        alt = element.get("alt")
        if alt == "" and not has_global_aria(element) and element.get("title") is None:
            return "presentation"
        return "img"
    if tag == "iframe":
        return None
    if tag == "table":
        return "table"
    if tag in ("td",):
        return "cell"
    if tag == "th":
        return "columnheader" if (element.get("scope") or "").lower() != "row" else "rowheader"
    if tag == "tr":
        return "row"
    if tag in ("ul", "ol", "menu"):
        return "list"
    if tag == "li":
        return "listitem"
    if tag == "nav":
        return "navigation"
    if tag == "main":
        return "main"
    if tag == "summary":
        return "button"
    if tag == "option":
        return "option"
    if tag == "dialog":
        return "dialog"
    if tag == "p":
        return "paragraph"
    return None


def is_widget_role(role: str | None) -> bool:
    return role in _WIDGET_ROLES
