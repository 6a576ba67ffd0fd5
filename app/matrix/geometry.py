"""Where everything of the priority matrix goes, as plain arithmetic on floats: the 5 × 5
grid, the quadrant name bands, and the slots of the markers inside each cell.

The Qt widget and the printed chart both place markers with this, so they look alike, and
a test can check that no marker or label covers another without starting Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from app.forms.choices import Quadrant
from app.matrix.matrix_data import SCALE, quadrant_cells


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def inside(self, other: Box) -> bool:
        eps = 1e-9
        return (self.x >= other.x - eps and self.y >= other.y - eps
                and self.right <= other.right + eps and self.bottom <= other.bottom + eps)


@dataclass(frozen=True)
class Slot:
    """Where one marker goes: its centre and radius, and the box its label may fill."""

    cx: float
    cy: float
    radius: float
    label: Box | None  # None when the cell is too crowded for words; the tooltip tells

    @property
    def marker(self) -> Box:
        r = self.radius
        return Box(self.cx - r, self.cy - r, 2 * r, 2 * r)


def spread(count: int, cell: Box, *, max_radius: float = 11.0, min_radius: float = 6.0,
           label_height: float = 13.0, min_label_width: float = 30.0,
           max_label_width: float = 120.0, gap: float = 3.0) -> list[Slot]:
    """Lay ``count`` markers out in ``cell`` on a grid of equal slots, so none overlaps
    another and each label keeps to its own slot.

    Each slot holds a marker with its label to the right. The number of columns is the one
    that keeps markers at least ``min_radius`` and still leaves room for a label; failing
    that, the one with the largest markers (labels dropped). The same count and cell always
    give the same slots, in reading order (left to right, top to bottom).
    """
    if count <= 0:
        return []
    best: tuple[tuple[bool, bool, float, float], int] | None = None
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        sw = (cell.w - gap) / cols
        sh = (cell.h - gap) / rows
        r = max(0.0, min(max_radius, (sh - gap) / 2, (sw - gap) / 2))
        label_w = sw - 2 * r - 2 * gap
        fits_label = label_w >= min_label_width and sh - gap >= label_height
        score = (r >= min_radius, fits_label, r, label_w)
        if best is None or score > best[0]:
            best = (score, cols)
        if rows == 1:
            break  # more columns would only leave slots empty
    assert best is not None
    (_, has_label, _, _), cols = best
    rows = math.ceil(count / cols)
    sw = (cell.w - gap) / cols
    sh = (cell.h - gap) / rows
    r = max(0.0, min(max_radius, (sh - gap) / 2, (sw - gap) / 2))
    # A sparse cell keeps its slots together in the middle instead of spreading thin.
    sw = min(sw, 2 * r + 2 * gap + max_label_width) if has_label else min(sw, 2 * r + gap)
    block_h = sh * rows
    top = cell.y + gap + max(0.0, (cell.h - gap - block_h) / 2)
    left = cell.x + gap + max(0.0, (cell.w - gap - sw * cols) / 2)
    slots = []
    for i in range(count):
        row, col = divmod(i, cols)
        sx = left + col * sw
        sy = top + row * sh
        cx = sx + r
        cy = sy + (sh - gap) / 2
        label = None
        if has_label:
            lx = cx + r + gap
            lh = min(sh - gap, max(label_height, 2 * r))
            label = Box(lx, cy - lh / 2, sx + sw - gap - lx, lh)
        slots.append(Slot(cx, cy, r, label))
    return slots


@dataclass(frozen=True)
class MatrixGeometry:
    """The grid of the matrix in some drawing's coordinates (y grows downwards).

    Impact 5 is the top row and frequency 5 the right column. ``top_band`` and
    ``bottom_band`` hold the quadrant names above and below the grid.
    """

    grid: Box
    band: float

    @property
    def cell_w(self) -> float:
        return self.grid.w / len(SCALE)

    @property
    def cell_h(self) -> float:
        return self.grid.h / len(SCALE)

    def cell(self, frequency: int, impact: int) -> Box:
        return Box(self.grid.x + (frequency - 1) * self.cell_w,
                   self.grid.y + (len(SCALE) - impact) * self.cell_h, self.cell_w, self.cell_h)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(frequency, impact) of the cell under a point, or None outside the grid."""
        g = self.grid
        if not (g.x <= x < g.right and g.y <= y < g.bottom):
            return None
        frequency = int((x - g.x) // self.cell_w) + 1
        impact = len(SCALE) - int((y - g.y) // self.cell_h)
        return (min(max(frequency, 1), 5), min(max(impact, 1), 5))

    def quadrant_box(self, q: Quadrant) -> Box:
        freqs, impacts = quadrant_cells(q)
        a = self.cell(freqs[0], impacts[-1])
        b = self.cell(freqs[-1], impacts[0])
        return Box(a.x, a.y, b.right - a.x, b.bottom - a.y)

    def band_box(self, q: Quadrant) -> Box:
        """Where a quadrant's name goes: above the grid for the high-impact quadrants,
        below it for the low-impact ones, spanning the quadrant's columns."""
        box = self.quadrant_box(q)
        if q in (Quadrant.ACT_NOW, Quadrant.PLAN):
            return Box(box.x, self.grid.y - self.band, box.w, self.band)
        return Box(box.x, self.grid.bottom, box.w, self.band)


def matrix_geometry(width: float, height: float, *, left: float, top: float, right: float,
                    bottom: float, band: float) -> MatrixGeometry:
    """The grid inside a ``width`` × ``height`` drawing, leaving the given margins for axis
    titles and numbers and a ``band`` above and below for the quadrant names."""
    w = max(10.0, width - left - right)
    h = max(10.0, height - top - bottom - 2 * band)
    return MatrixGeometry(Box(left, top + band, w, h), band)


class _Placed(Protocol):
    @property
    def cell(self) -> tuple[int, int]: ...

    @property
    def rank(self) -> int: ...


_P = TypeVar("_P", bound=_Placed)


def place_markers(points: Iterable[_P], geometry: MatrixGeometry,
                  **spread_options: float) -> list[tuple[_P, Slot]]:
    """Every point with its slot, cell by cell, highest rank first within a cell."""
    cells: dict[tuple[int, int], list[_P]] = {}
    for p in sorted(points, key=lambda p: p.rank):
        cells.setdefault(p.cell, []).append(p)
    placed: list[tuple[_P, Slot]] = []
    for (frequency, impact), members in cells.items():
        slots = spread(len(members), geometry.cell(frequency, impact), **spread_options)
        placed.extend(zip(members, slots, strict=True))
    return placed
