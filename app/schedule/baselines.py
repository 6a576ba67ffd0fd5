"""Saving, renaming, choosing and deleting baselines: each function is one user action in
one transaction announcing ``ChangeArea.BASELINES``, and returns what its undo needs.

A baseline copies every task's planned start, finish and milestone flag of one initiative
as they stand when it is saved. The first one saved becomes the reference; saving more
does not move it, choosing one does. Deleting the reference hands the part to the oldest
baseline left, so there is always a reference while any baseline exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update

from app.errors import UserError
from app.forms import validation as v
from app.forms.specs import FieldSpec, Kind
from app.i18n import tr
from app.store import row_snapshots
from app.store.baseline_models import Baseline, BaselineTask
from app.store.changes import ChangeArea
from app.store.models import Initiative, Task
from app.store.workspace import Workspace

NAME = FieldSpec("name", "field.baseline.name", Kind.TEXT, max_len=200)
AREA = ChangeArea.BASELINES


@dataclass(frozen=True)
class BaselineInfo:
    id: int
    initiative_id: int
    name: str
    saved_on: dt.date
    reference: bool
    tasks: int

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "saved_on": self.saved_on.isoformat(),
                "reference": self.reference, "tasks": self.tasks}


@dataclass(frozen=True)
class Deleted:
    """What deleting a baseline took away: its rows, and the baseline that became the
    reference in its place (None when it was not the reference, or none was left)."""

    snapshot: row_snapshots.Snapshot
    promoted: int | None


def default_name(saved_on: dt.date, lang: str | None = None) -> str:
    return tr("baseline.default_name", lang, date=saved_on.isoformat())


def list_baselines(ws: Workspace, initiative_id: int) -> list[BaselineInfo]:
    """The initiative's baselines, oldest first."""
    with ws.read() as s:
        counts = dict(s.execute(
            select(BaselineTask.baseline_id, func.count()).join(
                Baseline, Baseline.id == BaselineTask.baseline_id)
            .where(Baseline.initiative_id == initiative_id)
            .group_by(BaselineTask.baseline_id)).all())
        rows = s.scalars(select(Baseline).where(Baseline.initiative_id == initiative_id)
                         .order_by(Baseline.id))
        return [BaselineInfo(b.id, b.initiative_id, b.name, b.saved_on, bool(b.reference),
                             counts.get(b.id, 0)) for b in rows]


def save_baseline(ws: Workspace, initiative_id: int, name: str | None = None,
                  saved_on: dt.date | None = None) -> int:
    """Copy every task's planned dates into a new baseline; returns its id. An empty name
    becomes "Baseline <date>"; the first baseline of the initiative becomes the reference."""
    saved_on = saved_on or dt.date.today()
    text = v.clean_text(NAME, name or "").strip() or default_name(saved_on)
    with ws.write(AREA) as s:
        if s.get(Initiative, initiative_id) is None:
            raise UserError("error.baseline.no_initiative", id=initiative_id)
        has_reference = s.scalar(select(Baseline.id).where(
            Baseline.initiative_id == initiative_id, Baseline.reference).limit(1)) is not None
        baseline = Baseline(initiative_id=initiative_id, name=text, saved_on=saved_on,
                            reference=not has_reference)
        s.add(baseline)
        s.flush()
        tasks = s.execute(select(Task.id, Task.planned_start, Task.planned_finish,
                                 Task.milestone).where(Task.initiative_id == initiative_id))
        s.add_all(BaselineTask(baseline_id=baseline.id, task_id=tid, start=start,
                               finish=finish, milestone=bool(ms))
                  for tid, start, finish, ms in tasks)
        return baseline.id


def _baseline(s: object, baseline_id: int) -> Baseline:
    found = s.get(Baseline, baseline_id)  # type: ignore[attr-defined]
    if found is None:
        raise UserError("error.baseline.missing", id=baseline_id)
    return found  # type: ignore[no-any-return]


def rename_baseline(ws: Workspace, baseline_id: int, name: str) -> str:
    """Give the baseline a new name; returns the old one."""
    text = v.clean_text(NAME, name).strip()
    if not text:
        raise UserError("error.baseline.empty_name")
    with ws.write(AREA) as s:
        baseline = _baseline(s, baseline_id)
        old, baseline.name = baseline.name, text
        return old


def set_reference(ws: Workspace, baseline_id: int) -> int | None:
    """Make the baseline its initiative's reference; returns the previous reference."""
    with ws.write(AREA) as s:
        baseline = _baseline(s, baseline_id)
        old = s.scalar(select(Baseline.id).where(
            Baseline.initiative_id == baseline.initiative_id, Baseline.reference).limit(1))
        s.execute(update(Baseline).where(Baseline.initiative_id == baseline.initiative_id)
                  .values(reference=False))
        s.execute(update(Baseline).where(Baseline.id == baseline_id).values(reference=True))
        return old


def delete_baseline(ws: Workspace, baseline_id: int) -> Deleted:
    """Delete the baseline and its dates; the oldest one left takes over as reference when
    it was the reference. ``restore_baseline`` puts everything back."""
    with ws.write(AREA) as s:
        baseline = _baseline(s, baseline_id)
        snap = row_snapshots.take(s, "baselines", baseline_id)
        was_reference, initiative_id = bool(baseline.reference), baseline.initiative_id
        s.delete(baseline)
        s.flush()
        promoted = None
        if was_reference:
            promoted = s.scalar(select(Baseline.id).where(
                Baseline.initiative_id == initiative_id).order_by(Baseline.id).limit(1))
            if promoted is not None:
                s.execute(update(Baseline).where(Baseline.id == promoted)
                          .values(reference=True))
        return Deleted(snap, promoted)


def restore_baseline(ws: Workspace, deleted: Deleted) -> None:
    """Undo ``delete_baseline`` (or ``save_baseline``, from the snapshot its undo took)."""
    with ws.write(AREA) as s:
        if deleted.promoted is not None:
            s.execute(update(Baseline).where(Baseline.id == deleted.promoted)
                      .values(reference=False))
        row_snapshots.restore(s, deleted.snapshot)
