"""The pain-point priority matrix of one initiative: what each marker stands for, which
markers a filter keeps, where each marker sits inside its cell, and re-rating by moving a
marker to another cell.

The matrix has impact (vertical) against frequency (horizontal), 1–5 each. Quadrants and
ranks come from ``app.forms.derived`` so the matrix, Form 3, the export and the print agree.
The geometry here is plain arithmetic on floats, so the Qt widget and the printed chart
place markers the same way and a test can check that none overlaps another.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.forms import derived
from app.forms.choices import PainKind, PainStatus, Quadrant
from app.forms.rows import access
from app.forms.rows.pain_points import pain_status
from app.store.models import (
    Department,
    Measure,
    PainPoint,
    measure_pain_points,
    pain_point_departments,
)
from app.store.workspace import Workspace

SCALE = (1, 2, 3, 4, 5)
LABEL_WIDTH = 16  # display columns of a short label; a Chinese character takes two


@dataclass(frozen=True)
class MatrixPoint:
    """One pain point as the matrix shows it."""

    id: int
    number: int  # its row number in Form 3
    rank: int  # 1 = the first to work on, the same rank as Form 3's priority column
    impact: int
    frequency: int
    quadrant: Quadrant
    kind: PainKind
    step: str
    label: str  # short name written beside the marker
    description: str
    evidence: str
    departments: tuple[str, ...]
    status: PainStatus
    measures: tuple[str, ...]  # names of the measures that address it

    @property
    def cell(self) -> tuple[int, int]:
        """(frequency, impact): column and row of the matrix."""
        return (self.frequency, self.impact)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced sense: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def short_label(step: str, description: str, limit: int = LABEL_WIDTH) -> str:
    """The process step names a pain point best; without one, the description's first clause.
    Cut to ``limit`` display columns with an ellipsis so labels stay short on any language."""
    text = " ".join(step.split()) if step.strip() else ""
    if not text:
        first = description.strip().splitlines()[0] if description.strip() else ""
        for sep in ("，", "。", "；", ",", ".", ";"):
            first = first.split(sep)[0]
        text = first.strip()
    if display_width(text) <= limit:
        return text
    out = ""
    for c in text:
        if display_width(out + c) > limit - 1:
            break
        out += c
    return out.rstrip() + "…"


@dataclass
class _Raw:
    """One pain point's columns, read without building ORM objects (500 of them cost a
    third of a second). It has what the ranking and ``pain_status`` look at."""

    id: int
    position: int
    step: str
    kind: str
    description: str
    impact: int
    frequency: int
    evidence: str
    departments: list[str]
    measures: list[str]


def _raw_points(session: Session, initiative_id: int) -> list[_Raw]:
    pp = PainPoint.__table__.c
    rows = session.execute(
        select(pp.id, pp.position, pp.step, pp.kind, pp.description, pp.impact, pp.frequency,
               pp.evidence).where(pp.initiative_id == initiative_id)
        .order_by(pp.position, pp.id))
    raws = {r.id: _Raw(r.id, r.position, r.step or "", r.kind, r.description or "", r.impact,
                       r.frequency, r.evidence or "", [], [])
            for r in rows}
    deps = session.execute(
        select(pain_point_departments.c.pain_point_id, Department.name)
        .join(Department, Department.id == pain_point_departments.c.department_id)
        .join(PainPoint, PainPoint.id == pain_point_departments.c.pain_point_id)
        .where(PainPoint.initiative_id == initiative_id)
        .order_by(Department.position, Department.id))
    for point_id, name in deps:
        raws[point_id].departments.append(name)
    measures = session.execute(
        select(measure_pain_points.c.pain_point_id, Measure.name)
        .join(Measure, Measure.id == measure_pain_points.c.measure_id)
        .where(Measure.initiative_id == initiative_id)
        .order_by(Measure.position, Measure.id))
    for point_id, name in measures:
        if point_id in raws:
            raws[point_id].measures.append(name)
    return list(raws.values())


def load_points(session: Session, initiative_id: int) -> list[MatrixPoint]:
    """All pain points of the initiative, in rank order (the one ranking of app.forms.derived)."""
    raws = _raw_points(session, initiative_id)
    numbers = {p.id: i + 1 for i, p in enumerate(raws)}
    result = []
    for rank, p in enumerate(derived.rank_pain_points(raws), start=1):
        result.append(MatrixPoint(
            id=p.id, number=numbers[p.id], rank=rank, impact=p.impact, frequency=p.frequency,
            quadrant=derived.quadrant(p.impact, p.frequency), kind=PainKind(p.kind),
            step=p.step, label=short_label(p.step, p.description), description=p.description,
            evidence=p.evidence, departments=tuple(p.departments),
            status=pain_status(p),  # type: ignore[arg-type]  # reads only .measures
            measures=tuple(p.measures)))
    return result


def matrix_points(ws: Workspace, initiative_id: int) -> list[MatrixPoint]:
    with ws.read() as s:
        return load_points(s, initiative_id)


def departments_in(ws: Workspace, points: Iterable[MatrixPoint]) -> list[str]:
    """Departments the pain points involve, in the organisation's order, for the filter."""
    used = {d for p in points for d in p.departments}
    with ws.read() as s:
        names = s.scalars(select(Department.name).order_by(Department.position, Department.id))
        return [n for n in names if n in used]


@dataclass(frozen=True)
class MatrixFilter:
    """Which markers to show; ``None`` keeps everything on that axis."""

    department: str | None = None
    kind: PainKind | None = None
    status: PainStatus | None = None

    def matches(self, p: MatrixPoint) -> bool:
        return ((self.department is None or self.department in p.departments)
                and (self.kind is None or p.kind is self.kind)
                and (self.status is None or p.status is self.status))

    def apply(self, points: Iterable[MatrixPoint]) -> list[MatrixPoint]:
        return [p for p in points if self.matches(p)]

    @property
    def active(self) -> bool:
        return not (self.department is None and self.kind is None and self.status is None)


def quadrant_cells(q: Quadrant) -> tuple[range, range]:
    """(frequencies, impacts) a quadrant covers, from the one threshold of app.forms.derived."""
    low = range(1, derived.HIGH_THRESHOLD)
    high = range(derived.HIGH_THRESHOLD, 6)
    return {
        Quadrant.ACT_NOW: (high, high),
        Quadrant.PLAN: (low, high),
        Quadrant.QUICK_FIX: (high, low),
        Quadrant.WATCH: (low, low),
    }[q]


# -- re-rating ----------------------------------------------------------------------------

def rerate(ws: Workspace, pain_point_id: int, impact: int, frequency: int) -> tuple[int, int]:
    """Move a pain point to another cell: impact and frequency change in ONE transaction,
    so one undo puts both back. Returns the old (impact, frequency); a refused rating
    (outside 1–5) stores nothing."""
    acc = access("pain_points")
    with ws.write(*acc.areas) as s:
        obj = s.get(PainPoint, pain_point_id)
        if obj is None:
            raise UserError("error.row.missing")
        old = (obj.impact, obj.frequency)
        acc.write(s, obj, "impact", impact)
        acc.write(s, obj, "frequency", frequency)
    return old


def rank_order(points: Sequence[MatrixPoint]) -> list[int]:
    """Ids in rank order: what the ranked list beside the matrix shows, top to bottom."""
    return [p.id for p in sorted(points, key=lambda p: p.rank)]
