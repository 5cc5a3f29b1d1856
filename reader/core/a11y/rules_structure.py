"""Structure rules: table headers, ``aria-hidden`` over focusable content, ids that ARIA refers to, and
media that start playing by themselves.

Tables are laid out on a grid (``rowspan``/``colspan`` honoured, as in HTML's table model) to know which
cells a header covers: a header has assigned cells when some data cell in its columns (column header) or
rows (row header) has no ``headers`` attribute, or a ``headers`` attribute naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page
from reader.core.a11y.rules_common import finding

__all__ = [
    "aria_hidden_focus",
    "duplicate_id_aria",
    "media_autoplay",
    "table_headers_attr",
    "th_has_data_cells",
]

_TABLE_ROLES = ("table", "grid", "treegrid")
_HEADER_ROLES = ("columnheader", "rowheader")
_CELL_ROLES = ("cell", "gridcell", "columnheader", "rowheader")


@dataclass(slots=True)
class _Cell:
    element: HtmlElement
    row: int
    column: int
    rows: int
    columns: int


def _owning_table(page: Page, cell: HtmlElement) -> HtmlElement | None:
    for ancestor in cell.iterancestors():
        if ancestor.tag == "table" or page.explicit_role(ancestor) in _TABLE_ROLES:
            return ancestor
    return None


def _span(element: HtmlElement, name: str) -> int:
    value = (element.get(name) or "1").strip()
    return min(max(int(value), 1), 1000) if value.isdigit() else 1


def _rows_of(page: Page, table: HtmlElement) -> list[HtmlElement]:
    rows: list[HtmlElement] = []
    for element in table.iter():
        if element is table or not isinstance(element.tag, str):
            continue
        is_row = element.tag == "tr" or page.explicit_role(element) == "row"
        if is_row and _owning_table(page, element) is table:
            rows.append(element)
    return rows


def _grid(page: Page, table: HtmlElement) -> list[_Cell]:
    """The table's cells with their grid positions (iterative; nested tables belong to themselves)."""
    cells: list[_Cell] = []
    taken: set[tuple[int, int]] = set()
    for row_index, row in enumerate(_rows_of(page, table)):
        column = 0
        for child in row:
            if not isinstance(child.tag, str):
                continue
            if child.tag not in ("td", "th") and page.explicit_role(child) not in _CELL_ROLES:
                continue
            while (row_index, column) in taken:
                column += 1
            rows, columns = _span(child, "rowspan"), _span(child, "colspan")
            for r in range(row_index, row_index + rows):
                for c in range(column, column + columns):
                    taken.add((r, c))
            cells.append(_Cell(child, row_index, column, rows, columns))
            column += columns
    return cells


def _header_kind(page: Page, cell: _Cell, cells: list[_Cell]) -> str | None:
    explicit = page.explicit_role(cell.element)
    if explicit is not None:
        return explicit if explicit in _HEADER_ROLES else None
    if cell.element.tag != "th":
        return None
    scope = (cell.element.get("scope") or "").strip().lower()
    if scope in ("col", "colgroup"):
        return "columnheader"
    if scope in ("row", "rowgroup"):
        return "rowheader"
    parent = cell.element.getparent()
    if parent is not None and parent.getparent() is not None and parent.getparent().tag == "thead":
        return "columnheader"
    same_row = [other for other in cells if other.row == cell.row]
    if all(
        other.element.tag == "th" or page.explicit_role(other.element) in _HEADER_ROLES for other in same_row
    ):
        return "columnheader"
    return "rowheader"


def th_has_data_cells(page: Page) -> Iterator[Finding]:
    for table in page.elements():
        if not (table.tag == "table" or page.explicit_role(table) in _TABLE_ROLES):
            continue
        role = page.explicit_role(table) or "table"
        if role not in _TABLE_ROLES or page.is_excluded(table):
            continue
        cells = _grid(page, table)
        kinds = {id(cell): _header_kind(page, cell, cells) for cell in cells}
        for cell in cells:
            kind = kinds[id(cell)]
            if kind is None or page.is_excluded(cell.element):
                continue
            header_id = cell.element.get("id")
            assigned = False
            for other in cells:
                # A row header under a column header is one of its cells (HTML's table model).
                if other is cell or kinds[id(other)] == kind:
                    continue
                headers = (other.element.get("headers") or "").split()
                if headers:
                    assigned = header_id is not None and header_id in headers
                elif kind == "columnheader":
                    assigned = other.row != cell.row and (
                        other.column < cell.column + cell.columns
                        and cell.column < other.column + other.columns
                    )
                else:
                    assigned = other.column != cell.column and (
                        other.row < cell.row + cell.rows and cell.row < other.row + other.rows
                    )
                if assigned:
                    break
            if assigned:
                yield finding(
                    page, "th-has-data-cells", cell.element, Outcome.PASSED, "th-has-data-cells.assigned"
                )
            else:
                yield finding(
                    page, "th-has-data-cells", cell.element, Outcome.FAILED, "th-has-data-cells.unassigned"
                )


def table_headers_attr(page: Page) -> Iterator[Finding]:
    for table in page.elements("table"):
        role = page.explicit_role(table)
        if role not in (None, *_TABLE_ROLES) or page.is_excluded(table) or page.is_offscreen(table):
            continue
        cells = _grid(page, table)
        own = {id(cell.element) for cell in cells}
        for cell in cells:
            headers = cell.element.get("headers")
            if headers is None or not headers.split():
                continue
            problems: list[str] = []
            for ref in headers.split():
                target = page.by_id(ref)
                if target is None or id(target) not in own or target is cell.element:
                    problems.append(ref)
            if problems:
                # A list parameter: the ids as the attribute writes them, space-separated.
                yield finding(
                    page,
                    "table-headers-attr",
                    cell.element,
                    Outcome.FAILED,
                    "table-headers-attr.invalid",
                    ids=" ".join(problems),
                )
            else:
                yield finding(
                    page, "table-headers-attr", cell.element, Outcome.PASSED, "table-headers-attr.valid"
                )


def _focusable_inside(page: Page, element: HtmlElement) -> HtmlElement | None:
    for inner in element.iter():
        if not isinstance(inner.tag, str):
            continue
        if page.is_focusable(inner) and not page.is_hidden(inner):
            return inner
    return None


def aria_hidden_focus(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if (element.get("aria-hidden") or "").strip().lower() != "true":
            continue
        focusable = _focusable_inside(page, element)
        if focusable is not None and _script_moves_focus(page, focusable):
            yield finding(
                page,
                "aria-hidden-focus",
                element,
                Outcome.CANT_TELL,
                "aria-hidden-focus.script-may-move",
                tag=str(focusable.tag),
            )
        elif focusable is None:
            yield finding(
                page, "aria-hidden-focus", element, Outcome.PASSED, "aria-hidden-focus.nothing-focusable"
            )
        else:
            yield finding(
                page,
                "aria-hidden-focus",
                element,
                Outcome.FAILED,
                "aria-hidden-focus.focusable",
                tag=str(focusable.tag),
            )


def _script_moves_focus(page: Page, element: HtmlElement) -> bool:
    """Whether an inline script names the element and calls ``focus`` (a focus trap's sentinel, say)."""
    element_id = element.get("id")
    if not element_id:
        return False
    return any(
        element_id in (script.text or "") and ".focus(" in (script.text or "")
        for script in page.elements("script")
    )


_ID_REFERENCES = (
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-owns",
    "aria-activedescendant",
    "aria-errormessage",
    "aria-details",
    "aria-flowto",
)


def duplicate_id_aria(page: Page) -> Iterator[Finding]:
    referenced: dict[str, None] = {}
    for element in page.elements():
        for name in _ID_REFERENCES:
            for ref in (element.get(name) or "").split():
                referenced.setdefault(ref, None)
        if element.tag == "label" and element.get("for"):
            referenced.setdefault(element.get("for") or "", None)
    for ref in referenced:
        found = page.ids.get(ref)
        if not found:
            continue
        if len(found) == 1:
            yield finding(
                page, "duplicate-id-aria", found[0], Outcome.PASSED, "duplicate-id-aria.unique", id=ref
            )
        else:
            yield finding(
                page,
                "duplicate-id-aria",
                found[1],
                Outcome.FAILED,
                "duplicate-id-aria.duplicated",
                id=ref,
                count=len(found),
            )


_FRAGMENT_TIME = re.compile(r"#t=(?:npt:)?([\d.]*),([\d.]+)")
_SHORT_AUDIO = 3.0


def _clip_length(element: HtmlElement) -> float | None:
    """Length of the clip when its sources all carry a media fragment ``#t=start,end``."""
    sources = [element.get("src")] if element.get("src") else [s.get("src") for s in element.iter("source")]
    lengths = []
    for source in sources:
        match = _FRAGMENT_TIME.search(source or "")
        if match is None:
            return None
        start = float(match.group(1) or 0)
        lengths.append(float(match.group(2)) - start)
    return max(lengths) if lengths else None


def media_autoplay(page: Page) -> Iterator[Finding]:
    for element in page.elements("audio", "video"):
        if element.get("autoplay") is None or element.get("muted") is not None:
            continue
        if element.get("paused") is not None:
            continue
        length = _clip_length(element)
        if element.get("controls") is not None:
            yield finding(page, "media-autoplay", element, Outcome.PASSED, "media-autoplay.controls")
        elif length is not None and length <= _SHORT_AUDIO:
            yield finding(
                page, "media-autoplay", element, Outcome.PASSED, "media-autoplay.short", seconds=length
            )
        elif _has_nearby_controls(element):
            yield finding(page, "media-autoplay", element, Outcome.CANT_TELL, "media-autoplay.nearby-buttons")
        else:
            yield finding(page, "media-autoplay", element, Outcome.FAILED, "media-autoplay.no-control")


def _has_nearby_controls(element: HtmlElement) -> bool:
    parent = element.getparent()
    if parent is None:
        return False
    return any(True for _ in parent.iter("button")) or any(
        (node.get("role") or "") == "button" for node in parent.iter() if isinstance(node.tag, str)
    )
