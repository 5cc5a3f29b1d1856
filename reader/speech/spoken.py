"""What a sentence becomes for speech: the text to synthesise, and the map of its replaced pieces back to
the displayed text (:class:`Spoken`), built piece by piece in source order (:class:`SpokenBuilder`).

The engine's word marks come in positions of the spoken text and the highlight needs positions of the
displayed one; :class:`Spoken` converts between the two.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Spoken:
    """Text to synthesise and the map of its replaced pieces back to the source text (code points).

    The pieces are sorted; between them the two texts match one to one. A position inside a replaced piece
    maps to the piece's start, the end of a range inside it to the piece's end (as ``core.conversion``).
    """

    text: str
    source_length: int
    source_starts: tuple[int, ...] = ()
    source_ends: tuple[int, ...] = ()
    spoken_starts: tuple[int, ...] = ()
    spoken_ends: tuple[int, ...] = ()

    @classmethod
    def identity(cls, text: str) -> Spoken:
        return cls(text, len(text))

    @property
    def is_identity(self) -> bool:
        return not self.source_starts

    def spans(self) -> list[tuple[int, int, int, int]]:
        """Every replaced piece as ``(source_start, source_end, spoken_start, spoken_end)``."""
        return list(
            zip(self.source_starts, self.source_ends, self.spoken_starts, self.spoken_ends, strict=True)
        )

    def to_source(self, pos: int) -> int:
        """The source position of spoken position ``pos``; inside a replaced piece, the piece's start."""
        return self._map(pos, to_source=True)

    def to_spoken(self, pos: int) -> int:
        """The spoken position of source position ``pos`` (to start reading mid-sentence)."""
        return self._map(pos, to_source=False)

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source range covering spoken ``[start, end)``, widened to whole replaced pieces."""
        mapped = self._map(start, to_source=True)
        if end <= start:
            return mapped, mapped
        return mapped, max(mapped, self._map(end, to_source=True, inside_to_end=True))

    def _map(self, pos: int, *, to_source: bool, inside_to_end: bool = False) -> int:
        pos = min(max(pos, 0), len(self.text) if to_source else self.source_length)
        if to_source:
            starts, ends, target_starts, target_ends = (
                self.spoken_starts,
                self.spoken_ends,
                self.source_starts,
                self.source_ends,
            )
        else:
            starts, ends, target_starts, target_ends = (
                self.source_starts,
                self.source_ends,
                self.spoken_starts,
                self.spoken_ends,
            )
        index = bisect.bisect_right(starts, pos) - 1
        if index < 0:
            return pos
        if pos == starts[index]:
            # Empty on this side (text deleted for speech): a position there is the text after it, a range's
            # end the text before it.
            if ends[index] == pos and not inside_to_end:
                return target_ends[index]
            return target_starts[index]
        if pos < ends[index]:
            return target_ends[index] if inside_to_end else target_starts[index]
        return target_ends[index] + (pos - ends[index])


class SpokenBuilder:
    """Collects the spoken text piece by piece, in source order, with the replaced spans."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[list[int]] = []

    def put(self, start: int, end: int, spoken: str) -> None:
        if start > self.at:
            self._emit(self.source[self.at : start])
        original = self.source[start:end]
        if spoken != original:
            last = self.spans[-1] if self.spans else None
            adjacent = last is not None and last[1] == start and last[3] == self.length
            # A deletion or insertion next to another piece joins it ("¥100" → "一百元" is one piece): an
            # empty piece beside its neighbour would map the neighbour's edge to the wrong side.
            if (
                last is not None
                and adjacent
                and (0 in (last[1] - last[0], last[3] - last[2], end - start) or not spoken)
            ):
                last[1], last[3] = end, self.length + len(spoken)
            else:
                self.spans.append([start, end, self.length, self.length + len(spoken)])
        self._emit(spoken)
        self.at = end

    def _emit(self, piece: str) -> None:
        if piece:
            self.parts.append(piece)
            self.length += len(piece)

    def finish(self) -> Spoken:
        self.put(len(self.source), len(self.source), "")
        columns = list(zip(*self.spans, strict=True)) if self.spans else [(), (), (), ()]
        return Spoken("".join(self.parts), len(self.source), *(tuple(column) for column in columns))
