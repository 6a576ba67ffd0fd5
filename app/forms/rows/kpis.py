"""Form 5: KPIs before and after, with improvement and "met" derived."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.forms import derived, specs
from app.forms.rows.base import FormRows
from app.store.changes import ChangeArea
from app.store.models import Kpi


def kpi_result(k: Kpi) -> derived.KpiResult:
    return derived.kpi_result(k.before, k.target, k.after, k.lower_is_better)


class KpiRows(FormRows):
    spec = specs.EVALUATION
    model = Kpi
    areas = (ChangeArea.KPIS,)
    plain = frozenset({"name", "unit", "before", "target", "after", "lower_is_better",
                       "source", "feedback", "next_step"})

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> dict[int, derived.KpiResult]:
        return {k.id: kpi_result(k) for k in objs}

    def read(self, session: Session, obj: Kpi, key: str, extra: Any) -> Any:
        if key == "change":
            return extra[obj.id].improvement
        if key == "met":
            return extra[obj.id].met
        return getattr(obj, key)

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Kpi:
        return Kpi(initiative_id=initiative_id, name="")
