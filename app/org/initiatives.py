"""Initiatives: create, rename, list, and the counts that ``info`` reports."""

from __future__ import annotations

from sqlalchemy import func, select

from app.errors import UserError
from app.forms import validation as v
from app.forms.specs import FieldSpec, Kind
from app.org.initiative_names import InitiativeInfo, list_initiatives
from app.store import changes, row_snapshots
from app.store.changes import ChangeArea
from app.store.models import (
    Goal,
    Initiative,
    Kpi,
    Measure,
    Member,
    PainPoint,
    RaciAssignment,
    Signoff,
    Task,
)
from app.store.workspace import Workspace

__all__ = ["InitiativeInfo", "counts", "create_initiative", "delete_initiative",
           "list_initiatives", "rename_initiative", "restore_initiative"]

_NAME = FieldSpec("name", "field.initiative.name", Kind.TEXT, required=True, max_len=300)


def create_initiative(ws: Workspace, name: str, description: str = "") -> int:
    name = v.clean_text(_NAME, name)
    with ws.write(ChangeArea.INITIATIVES) as s:
        last = s.scalar(select(func.max(Initiative.position))) or 0
        ini = Initiative(name=name, description=description, position=last + 1)
        s.add(ini)
        s.flush()
        return ini.id


def rename_initiative(ws: Workspace, initiative_id: int, name: str) -> str:
    name = v.clean_text(_NAME, name)
    with ws.write(ChangeArea.INITIATIVES) as s:
        ini = s.get(Initiative, initiative_id)
        if ini is None:
            raise UserError("error.initiative.missing", id=initiative_id)
        old, ini.name = ini.name, name
        return old


def delete_initiative(ws: Workspace, initiative_id: int) -> row_snapshots.Snapshot:
    with ws.write(changes.INITIATIVE_ROWS) as s:
        snap = row_snapshots.take(s, "initiatives", initiative_id)
        s.delete(s.get(Initiative, initiative_id))
        return snap


def restore_initiative(ws: Workspace, snap: row_snapshots.Snapshot) -> None:
    with ws.write(changes.INITIATIVE_ROWS) as s:
        row_snapshots.restore(s, snap)


def counts(ws: Workspace, initiative_id: int) -> dict[str, int]:
    """How many rows each form of an initiative holds (the figures of ``info``)."""
    def n(model: type, *where: object) -> int:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    with ws.read() as s:
        by_ini = {
            "goals": Goal, "members": Member, "pain_points": PainPoint, "measures": Measure,
            "tasks": Task, "kpis": Kpi,
        }
        result = {k: n(m, m.initiative_id == initiative_id) for k, m in by_ini.items()}  # type: ignore[attr-defined]
        result["raci"] = n(RaciAssignment, RaciAssignment.task_id.in_(
            select(Task.id).where(Task.initiative_id == initiative_id)))
        result["signoffs"] = n(Signoff, Signoff.initiative_id == initiative_id)
    order = ["goals", "members", "pain_points", "measures", "tasks", "kpis", "raci", "signoffs"]
    return {k: result[k] for k in order}
