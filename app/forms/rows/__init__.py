"""Row access for each form: read rows with their derived values, set one field, create,
snapshot and restore rows. ``app.forms.editing`` wraps these in transactions; the Qt tables,
the importer and the printed sheets all read through here."""

from __future__ import annotations

from app.forms.rows.base import FormRows, Row
from app.forms.rows.goals import GoalRows, SignoffRows
from app.forms.rows.kpis import KpiRows
from app.forms.rows.measures import MeasureRows
from app.forms.rows.pain_points import PainPointRows
from app.forms.rows.tasks import TaskRows
from app.forms.rows.team import TeamRows

ACCESS: dict[str, FormRows] = {
    a.spec.key: a
    for a in (GoalRows(), SignoffRows(), TeamRows(), PainPointRows(), MeasureRows(),
              TaskRows(), KpiRows())
}


def access(form_key: str) -> FormRows:
    return ACCESS[form_key]


__all__ = ["ACCESS", "FormRows", "Row", "access"]
