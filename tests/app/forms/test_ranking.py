"""The one ranking of pain points (app.forms.derived) and that every view uses it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.forms import derived, editing
from app.forms.choices import Quadrant
from app.matrix.matrix_data import matrix_points
from app.store.workspace import Workspace
from ui.matrix.ranked_model import ID_ROLE, RankedModel


@dataclass
class P:
    id: int
    impact: int
    frequency: int
    position: int


@pytest.mark.parametrize(("impact", "frequency", "expected"), [
    (5, 5, Quadrant.ACT_NOW), (3, 3, Quadrant.ACT_NOW),  # 3 already counts as high
    (5, 1, Quadrant.PLAN), (3, 2, Quadrant.PLAN),
    (1, 5, Quadrant.QUICK_FIX), (2, 3, Quadrant.QUICK_FIX),
    (2, 2, Quadrant.WATCH), (1, 1, Quadrant.WATCH),
])
def test_each_quadrant_and_its_edges(impact: int, frequency: int, expected: Quadrant) -> None:
    assert derived.quadrant(impact, frequency) is expected


def test_quadrant_comes_before_score() -> None:
    # (3,3) scores 9 in "act now"; (5,2) scores 10 but is only "plan": act now goes first.
    act, plan, quick, watch = P(1, 3, 3, 1), P(2, 5, 2, 2), P(3, 2, 5, 3), P(4, 2, 2, 4)
    assert [p.id for p in derived.rank_pain_points([watch, quick, plan, act])] == [1, 2, 3, 4]


def test_ties_break_by_impact_then_user_order_then_id() -> None:
    a = P(10, 3, 4, 5)  # score 12, impact 3
    b = P(11, 4, 3, 9)  # score 12, impact 4: more impact first
    c = P(12, 4, 3, 2)  # same ratings as b, earlier in the form: before b
    d = P(13, 4, 3, 2)  # same ratings and position as c: the lower id wins
    assert [p.id for p in derived.rank_pain_points([a, b, d, c])] == [12, 13, 11, 10]
    assert derived.ranks([a, b, c, d]) == {12: 1, 13: 2, 11: 3, 10: 4}


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5)), max_size=30))
def test_ranks_are_a_permutation_in_quadrant_order(ratings: list[tuple[int, int]]) -> None:
    points = [P(i + 1, imp, freq, i) for i, (imp, freq) in enumerate(ratings)]
    ranks = derived.ranks(points)
    assert sorted(ranks.values()) == list(range(1, len(points) + 1))
    ordered = sorted(points, key=lambda p: ranks[p.id])
    quads = [derived.QUADRANT_ORDER.index(derived.quadrant(p.impact, p.frequency))
             for p in ordered]
    assert quads == sorted(quads)


def test_form3_matrix_list_and_export_agree(make_points, empty_ws: Workspace, qtbot) -> None:
    ini, ids = make_points([
        ("备件", "blockage", 2, 2), ("审批", "blockage", 4, 5), ("需求", "break_point", 5, 4),
        ("周会", "pain_point", 2, 4), ("培训", "break_point", 4, 2), ("物料", "pain_point", 3, 4),
        ("预测", "pain_point", 3, 3), ("重复", "pain_point", 3, 3),
    ])
    form3 = editing.rows(empty_ws, "pain_points", ini)
    by_priority = [r.id for r in sorted(form3, key=lambda r: r.values["priority"])]
    points = matrix_points(empty_ws, ini)
    assert [p.id for p in points] == by_priority
    assert {p.id: p.rank for p in points} == {r.id: r.values["priority"] for r in form3}
    assert {p.id: p.quadrant.value for p in points} == {r.id: r.values["quadrant"] for r in form3}
    # the list beside the matrix
    model = RankedModel()
    model.set_points(list(reversed(points)))
    listed = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert listed == by_priority
    # the export and the print lay Form 3 out from the same rows: priority 1 is "需求"
    first = next(r for r in form3 if r.values["priority"] == 1)
    assert first.values["step"] == "需求"
    # two equal ratings keep the order the user gave them
    assert by_priority.index(ids[6]) < by_priority.index(ids[7])
