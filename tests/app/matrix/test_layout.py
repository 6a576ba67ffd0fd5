"""Markers in one cell never hide one another, and the grid maps both ways."""

from __future__ import annotations

import itertools

import pytest

from app.forms.choices import Quadrant
from app.matrix.geometry import Box, matrix_geometry, place_markers, spread

CELLS = [Box(0, 0, 150, 110), Box(40, 25, 90, 70), Box(0, 0, 60, 48), Box(10, 10, 300, 200)]


@pytest.mark.parametrize("cell", CELLS, ids=lambda b: f"{b.w:g}x{b.h:g}")
@pytest.mark.parametrize("count", range(1, 13))
def test_markers_and_labels_in_one_cell_do_not_overlap(cell: Box, count: int) -> None:
    slots = spread(count, cell)
    assert len(slots) == count
    boxes = []
    for s in slots:
        assert s.radius > 0
        assert s.marker.inside(cell)
        boxes.append(s.marker)
        if s.label is not None:
            assert s.label.w > 0 and s.label.inside(cell)
            assert not s.label.overlaps(s.marker)
            boxes.append(s.label)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)


def test_a_roomy_cell_keeps_labels_and_a_crowded_one_drops_them() -> None:
    roomy = spread(4, Box(0, 0, 150, 110))
    assert all(s.label is not None and s.label.w >= 30 for s in roomy)
    assert all(s.radius >= 6 for s in roomy)
    crowded = spread(40, Box(0, 0, 60, 48))
    assert all(s.label is None for s in crowded)


def test_layout_is_deterministic_and_in_reading_order() -> None:
    a = spread(7, Box(0, 0, 150, 110))
    assert a == spread(7, Box(0, 0, 150, 110))
    keys = [(round(s.cy, 6), s.cx) for s in a]
    assert keys == sorted(keys)


def test_cell_at_is_the_inverse_of_cell() -> None:
    geo = matrix_geometry(800, 600, left=50, top=10, right=10, bottom=60, band=24)
    for f, i in itertools.product(range(1, 6), repeat=2):
        c = geo.cell(f, i)
        assert geo.cell_at(c.x + c.w / 2, c.y + c.h / 2) == (f, i)
    assert geo.cell_at(geo.grid.x - 1, geo.grid.y + 5) is None
    # impact 5 is the top row; "act now" is the top-right block of 3 × 3 cells
    assert geo.cell(1, 5).y == geo.grid.y
    act = geo.quadrant_box(Quadrant.ACT_NOW)
    assert (act.right, act.y) == (geo.grid.right, geo.grid.y)
    assert act.w == pytest.approx(geo.cell_w * 3)
    assert geo.band_box(Quadrant.WATCH).y == geo.grid.bottom


class _Pt:
    def __init__(self, rank: int, cell: tuple[int, int]) -> None:
        self.rank = rank
        self.cell = cell


def test_place_markers_keeps_each_marker_in_its_own_cell() -> None:
    geo = matrix_geometry(700, 520, left=40, top=0, right=0, bottom=40, band=20)
    points = [_Pt(r, (1 + r % 5, 1 + (r // 5) % 5)) for r in range(1, 61)]
    placed = place_markers(points, geo)
    assert len(placed) == 60
    for p, slot in placed:
        assert geo.cell_at(slot.cx, slot.cy) == p.cell
    markers = [s.marker for _, s in placed]
    for a, b in itertools.combinations(markers, 2):
        assert not a.overlaps(b)
