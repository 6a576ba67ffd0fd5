"""Form 5: KPIs before and after, with improvement and "met" derived."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.forms import derived, specs
from app.forms.rows.base import FormRows
from app.forms.rows.tasks import TaskRows
from app.store.changes import ChangeArea
from app.store.models import Kpi


def kpi_result(k: Kpi) -> derived.KpiResult:
    return derived.kpi_result(k.before, k.target, k.after, k.lower_is_better)


def measures_of(session: Session, initiative_id: int) -> dict[int, int]:
    """KPI id → its measure's id. A file of an older schema, opened read-only without its
    upgrade, has no such column: its KPIs name no measure."""
    from app.schedule.loader import connection_of

    conn = connection_of(session)
    if not any(r[1] == "measure_id" for r in conn.execute("PRAGMA table_info(kpis)")):
        return {}
    return dict(conn.execute("SELECT id, measure_id FROM kpis WHERE initiative_id = ? "
                             "AND measure_id IS NOT NULL", (initiative_id,)).fetchall())


class KpiRows(FormRows):
    spec = specs.EVALUATION
    model = Kpi
    areas = (ChangeArea.KPIS,)
    plain = frozenset({"name", "unit", "before", "target", "after", "lower_is_better",
                       "source", "feedback", "next_step"})

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> tuple[dict[int, derived.KpiResult], dict[int, int]]:
        return {k.id: kpi_result(k) for k in objs}, measures_of(session, initiative_id)

    def read(self, session: Session, obj: Kpi, key: str, extra: Any) -> Any:
        if key == "change":
            return extra[0][obj.id].improvement
        if key == "met":
            return extra[0][obj.id].met
        if key == "measure":  # one value alone (an edit's old value): the file has the column
            return extra[1].get(obj.id) if extra is not None else obj.measure_id
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Kpi, key: str, value: object) -> None:
        if key != "measure":
            raise KeyError(key)
        measure = TaskRows._measure(session, obj.initiative_id, value)
        obj.measure_id = measure.id if measure is not None else None

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Kpi:
        return Kpi(initiative_id=initiative_id, name="")
