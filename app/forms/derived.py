"""Every derived value of the forms, defined once: priority and ranking of pain points,
task variance, KPI improvement and whether a KPI met its target.

Views, exports and printed sheets all call these; none computes its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from app.forms.choices import Quadrant

# On the 1–5 scales, 3 and above counts as "high": a middling rating is not yet harmless.
HIGH_THRESHOLD = 3
QUADRANT_ORDER = (Quadrant.ACT_NOW, Quadrant.PLAN, Quadrant.QUICK_FIX, Quadrant.WATCH)


def quadrant(impact: int, frequency: int) -> Quadrant:
    high_impact = impact >= HIGH_THRESHOLD
    high_freq = frequency >= HIGH_THRESHOLD
    if high_impact and high_freq:
        return Quadrant.ACT_NOW
    if high_impact:
        return Quadrant.PLAN
    if high_freq:
        return Quadrant.QUICK_FIX
    return Quadrant.WATCH


def priority_score(impact: int, frequency: int) -> int:
    return impact * frequency


class Rateable(Protocol):
    id: int
    impact: int
    frequency: int
    position: int


def priority_key(p: Rateable) -> tuple[int, int, int, int, int, int]:
    """Sort key of the one ranking: quadrant first (act now, plan, quick fix, watch), then
    impact × frequency, then impact, then frequency, then the order the user gave."""
    q = QUADRANT_ORDER.index(quadrant(p.impact, p.frequency))
    return (q, -priority_score(p.impact, p.frequency), -p.impact, -p.frequency, p.position, p.id)


_T = TypeVar("_T", bound=Rateable)


def rank_pain_points(points: Iterable[_T]) -> list[_T]:
    return sorted(points, key=priority_key)


def ranks(points: Iterable[Rateable]) -> dict[int, int]:
    """Pain-point id → rank, 1 being the first to work on."""
    return {p.id: i + 1 for i, p in enumerate(rank_pain_points(points))}


def variance_days(
    planned_finish: dt.date | None,
    actual_finish: dt.date | None,
    today: dt.date | None = None,
) -> int | None:
    """Days late (positive) or early (negative).

    A finished task compares its actual finish with the plan; an unfinished task that is
    past its planned finish is late by the days since; otherwise there is no variance yet.
    """
    if planned_finish is None:
        return None
    if actual_finish is not None:
        return (actual_finish - planned_finish).days
    today = today or dt.date.today()
    if today > planned_finish:
        return (today - planned_finish).days
    return None


@dataclass(frozen=True)
class KpiResult:
    change: float | None  # after − before, in the KPI's unit
    improvement: float | None  # relative improvement, positive = better, e.g. 0.25 = 25 %
    met: bool | None  # None while "after" is not yet measured


def kpi_result(
    before: float | None, target: float | None, after: float | None, lower_is_better: bool
) -> KpiResult:
    change = None if before is None or after is None else after - before
    improvement = None
    if change is not None and before not in (None, 0):
        improvement = (-change if lower_is_better else change) / abs(before)  # type: ignore[arg-type]
    met = None
    if after is not None and target is not None:
        met = after <= target if lower_is_better else after >= target
    return KpiResult(change, improvement, met)


def kpis_met(results: Sequence[KpiResult]) -> tuple[int, int]:
    """(met, measured): how many KPIs reached their target out of those measured."""
    measured = [r for r in results if r.met is not None]
    return sum(1 for r in measured if r.met), len(measured)
