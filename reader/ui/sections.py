"""Which part of a long display document the reading view holds: sections, as e-book readers show chapters.

A display document longer than about :data:`SECTION_CHARS` characters is put into the view's
``QTextDocument`` a section at a time: the blocks around the reading position (a share
:data:`SECTION_LEAD` before it), never cutting a list or a table. :class:`Sections` keeps the cumulative
block lengths to cut sections in O(log n), the bounds shown, and says when a block is at (or past) an edge
with more text beyond, i.e. when the view should move to another section. Qt-side but widget-free.
"""

from __future__ import annotations

import bisect
import itertools

from PySide6.QtGui import QImage

from reader.core.display import DisplayDocument, DisplayKind
from reader.ui.rendering import Rendering, render

SECTION_CHARS = 100_000
"""A display document longer than 1.5 times this is shown a section of about this many characters."""
SECTION_LEAD = 0.3
"""The share of a section that lies before the block it is made around."""
EDGE_BLOCKS = 2
"""Coming this close (in blocks) to an edge of the section shown moves to the next section."""


def section_bounds(display: DisplayDocument, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened so that no list or table is cut."""
    blocks = display.blocks
    start, end = max(0, start), min(len(blocks), end)

    def joined(before: int, after: int) -> bool:
        a, b = blocks[before], blocks[after]
        return a.group >= 0 and a.group == b.group and (a.kind is b.kind or b.kind is DisplayKind.TABLE_END)

    while 0 < start < len(blocks) and joined(start - 1, start):
        start -= 1
    while 0 < end < len(blocks) and joined(end - 1, end):
        end += 1
    return start, end


class Sections:
    """The section of one display document the view shows (see the module docstring)."""

    def __init__(self, size: int = SECTION_CHARS) -> None:
        self.size = size
        self.display: DisplayDocument | None = None
        self.images: dict[str, QImage] = {}
        self.bounds = (0, 0)
        self._ends: list[int] = []

    def reset(self, display: DisplayDocument, images: dict[str, QImage] | None = None) -> None:
        self.display = display
        self.images = images or {}
        self._ends = list(itertools.accumulate(len(block.text) + 1 for block in display.blocks))
        self.bounds = (0, len(display.blocks))

    @property
    def block_count(self) -> int:
        return len(self._ends)

    @property
    def is_whole(self) -> bool:
        return self.bounds == (0, self.block_count)

    def around(self, block: int) -> tuple[int, int]:
        """The section holding ``block``; the whole document when it is not much longer than a section."""
        ends, count, size = self._ends, len(self._ends), self.size
        if self.display is None or not ends or ends[-1] <= size * 1.5:
            return 0, count
        block = min(max(block, 0), count - 1)
        at = ends[block - 1] if block > 0 else 0
        start = bisect.bisect_right(ends, max(0, at - int(size * SECTION_LEAD)))
        end = bisect.bisect_left(ends, (ends[start - 1] if start else 0) + size) + 1
        if end >= count:
            end = count
            start = bisect.bisect_right(ends, max(0, ends[-1] - size))
        return section_bounds(self.display, min(start, block), max(end, block + 1))

    def render_around(self, block: int) -> Rendering | None:
        """The rendering of the section holding ``block``; None when that is the section shown."""
        bounds = self.around(block)
        if self.display is None or (bounds == self.bounds and block >= 0):
            return None
        self.bounds = bounds
        return render(self.display, self.images, *bounds)

    def is_near_edge(self, block: int) -> bool:
        """``block`` is outside the section shown, or so near an edge with more beyond that the reader would
        run into it."""
        start, end = self.bounds
        return not start <= block < end or (
            (start > 0 and block < start + EDGE_BLOCKS)
            or (end < self.block_count and block >= end - EDGE_BLOCKS)
        )

    def is_at_edge(self, top: int, bottom: int) -> bool:
        """The lines shown (section block numbers ``top``–``bottom``) reach an edge with more beyond."""
        start, end = self.bounds
        return (start > 0 and top < EDGE_BLOCKS) or (
            end < self.block_count and bottom >= end - start - EDGE_BLOCKS
        )
