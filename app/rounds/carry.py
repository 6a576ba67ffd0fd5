"""The next round: a new initiative started from a closed one with what is left to do.

Carried over: the goals (unsigned), the team, and with the goals their departments; the
pain points not yet solved; the measures with a KPI marked "adjust" or "next round", with
their tasks re-planned from a chosen start date (no actual dates, 0 %, not started, their
links and RACI letters kept); and every KPI of Form 5 with last round's "after" as the new
"before". Not carried: sign-offs, actual dates, progress, last round's issues and feedback,
the measures kept as standard practice, and the register's items, the baselines and the
weekly reports (they stay with the closed round and its archive). A pain point counts as solved once a measure
addresses it and none of its measures is carried. The preview and the copy use the same
selection (``_selection``), so what the preview lists is what is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.forms import validation as v
from app.forms.choices import NextStep, TaskStatus
from app.forms.specs import FieldSpec, Kind
from app.i18n import tr
from app.rounds.state import state_in
from app.schedule.calendar import WorkCalendar
from app.schedule.loader import connection_of, load_calendar
from app.store.baseline_models import Baseline
from app.store.changes import ChangeArea
from app.store.models import (
    Goal,
    Initiative,
    Kpi,
    Measure,
    Member,
    PainPoint,
    RaciAssignment,
    Task,
    TaskDependency,
    WeeklyReport,
)
from app.store.workspace import Workspace

CARRYING = (NextStep.ADJUST.value, NextStep.NEXT_ROUND.value)
AREAS = (ChangeArea.INITIATIVES, ChangeArea.ROUNDS, ChangeArea.GOALS, ChangeArea.TEAM,
         ChangeArea.PAIN_POINTS, ChangeArea.MEASURES, ChangeArea.TASKS, ChangeArea.KPIS,
         ChangeArea.RACI)
_NAME = FieldSpec("name", "field.initiative.name", Kind.TEXT, required=True, max_len=300)


@dataclass(frozen=True)
class CarriedTask:
    name: str
    measure: str
    planned_start: dt.date | None
    planned_finish: dt.date | None


@dataclass(frozen=True)
class CarriedKpi:
    name: str
    unit: str
    before: float | None  # last round's "after" (its "before" where nothing was measured)
    target: float | None


@dataclass
class NextRoundPreview:
    """What starting the next round will copy, and what it leaves behind."""

    source_id: int
    source_name: str
    name: str  # the suggested name of the new round
    start: dt.date
    goals: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    pain_points: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    tasks: list[CarriedTask] = field(default_factory=list)
    kpis: list[CarriedKpi] = field(default_factory=list)
    solved_pain_points: list[str] = field(default_factory=list)
    measures_kept: list[str] = field(default_factory=list)  # standardised, or no verdict
    tasks_left: int = 0
    # Never carried: they belong to the round they were made in, and to its archive.
    register_items_left: int = 0
    baselines_left: int = 0
    reports_left: int = 0


@dataclass
class _Selection:
    source: Initiative
    goals: list[Goal]
    members: list[Member]
    pain_points: list[PainPoint]
    solved: list[PainPoint]
    measures: list[Measure]
    kept: list[Measure]
    tasks: list[Task]
    tasks_left: int
    kpis: list[Kpi]
    kpi_measure: dict[int, int]


def _selection(session: Session, source_id: int) -> _Selection:
    from app.forms.rows.kpis import measures_of

    source = session.get(Initiative, source_id)
    if source is None:
        raise UserError("error.initiative.missing", id=source_id)
    if not state_in(connection_of(session), source_id).closed:
        raise UserError("error.round.next_needs_closed")

    def rows(model: type) -> list:
        return list(session.scalars(select(model).where(model.initiative_id == source_id)  # type: ignore[attr-defined]
                                    .order_by(model.position, model.id)))  # type: ignore[attr-defined]

    kpis: list[Kpi] = rows(Kpi)
    kpi_measure = measures_of(session, source_id)
    carried_ids = {kpi_measure[k.id] for k in kpis
                   if k.next_step in CARRYING and k.id in kpi_measure}
    all_measures: list[Measure] = rows(Measure)
    measures = [m for m in all_measures if m.id in carried_ids]
    points: list[PainPoint] = rows(PainPoint)
    unsolved = [p for p in points if not p.measures or any(m.id in carried_ids for m in p.measures)]
    all_tasks: list[Task] = rows(Task)
    tasks = [t for t in all_tasks if t.measure_id in carried_ids]
    return _Selection(source, rows(Goal), rows(Member), unsolved,
                      [p for p in points if p not in unsolved], measures,
                      [m for m in all_measures if m.id not in carried_ids], tasks,
                      len(all_tasks) - len(tasks), kpis, kpi_measure)


def _round_number(session: Session, source: Initiative) -> int:
    number, seen, current = 2, {source.id}, source.id
    conn = connection_of(session)
    while True:
        previous = state_in(conn, current).previous_id
        if previous is None or previous in seen:
            return number
        seen.add(previous)
        number, current = number + 1, previous


class _Replan:
    """Moves the plan so its first planned start falls on ``start``, keeping every task's
    place and length in working days on the workspace's calendar."""

    def __init__(self, calendar: WorkCalendar, tasks: list[Task], start: dt.date) -> None:
        starts = [t.planned_start or t.planned_finish for t in tasks
                  if t.planned_start or t.planned_finish]
        self.cal = calendar
        self.shift = calendar.index(start) - calendar.index(min(starts)) if starts else 0

    def start(self, day: dt.date | None) -> dt.date | None:
        return None if day is None else self.cal.date_at(self.cal.index(day) + self.shift)

    def finish(self, day: dt.date | None) -> dt.date | None:
        return None if day is None else self.cal.date_at(
            self.cal.finish_index(day) - 1 + self.shift)


def preview_next_round(session: Session, source_id: int, start: dt.date,
                       lang: str | None = None) -> NextRoundPreview:
    sel = _selection(session, source_id)
    replan = _Replan(load_calendar(connection_of(session)), sel.tasks, start)
    deps: dict[int, str] = {}
    for goal in sel.goals:
        for dep in [goal.lead_department, *goal.departments]:
            if dep is not None:
                deps[dep.id] = dep.name
    names = {m.id: m.name for m in sel.measures}
    return NextRoundPreview(
        source_id=source_id, source_name=sel.source.name,
        name=tr("round.next_name", lang, name=sel.source.name,
                number=_round_number(session, sel.source)),
        start=start,
        goals=[g.name for g in sel.goals],
        members=[f"{m.person.name} ({tr(f'enum.Role.{m.role}', lang)})" for m in sel.members],
        departments=list(deps.values()),
        pain_points=[p.description or p.step for p in sel.pain_points],
        measures=[m.name for m in sel.measures],
        tasks=[CarriedTask(t.name, names.get(t.measure_id or 0, ""),
                           replan.start(t.planned_start), replan.finish(t.planned_finish))
               for t in sel.tasks],
        kpis=[CarriedKpi(k.name, k.unit, k.after if k.after is not None else k.before,
                         k.target) for k in sel.kpis],
        solved_pain_points=[p.description or p.step for p in sel.solved],
        measures_kept=[m.name for m in sel.kept],
        tasks_left=sel.tasks_left,
        **_left_with_the_round(session, source_id))


def _left_with_the_round(session: Session, source_id: int) -> dict[str, int]:
    """How many register items, baselines and kept weekly reports stay with the closed
    round (``start_next_round`` copies none of them)."""
    from app.register.models import RegisterItem

    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)
                                  .where(model.initiative_id == source_id)) or 0)  # type: ignore[attr-defined]

    return {"register_items_left": count(RegisterItem), "baselines_left": count(Baseline),
            "reports_left": count(WeeklyReport)}


def start_next_round(ws: Workspace, source_id: int, name: str, start: dt.date) -> int:
    """Create the next round of the closed round ``source_id`` in one transaction; returns
    the new initiative's id (delete it, as a new initiative, to undo)."""
    name = v.clean_text(_NAME, name)
    with ws.write(*AREAS) as s:
        sel = _selection(s, source_id)
        replan = _Replan(load_calendar(connection_of(s)), sel.tasks, start)
        last = s.scalar(select(func.max(Initiative.position))) or 0
        new = Initiative(name=name, description=sel.source.description, position=last + 1,
                         previous_id=source_id)
        s.add(new)
        s.flush()
        for g in sel.goals:
            s.add(Goal(initiative_id=new.id, position=g.position, name=g.name,
                       description=g.description, measure=g.measure,
                       due_date=replan.start(g.due_date) if sel.tasks else g.due_date,
                       lead_department=g.lead_department, departments=list(g.departments)))
        members: dict[int, Member] = {}
        for m in sel.members:
            members[m.id] = Member(initiative_id=new.id, position=m.position,
                                   person_id=m.person_id, role=m.role, duties=m.duties)
            s.add(members[m.id])
        points: dict[int, PainPoint] = {}
        for p in sel.pain_points:
            points[p.id] = PainPoint(initiative_id=new.id, position=p.position, step=p.step,
                                     kind=p.kind, description=p.description, impact=p.impact,
                                     frequency=p.frequency, evidence=p.evidence,
                                     departments=list(p.departments))
            s.add(points[p.id])
        measures: dict[int, Measure] = {}
        for m in sel.measures:
            measures[m.id] = Measure(initiative_id=new.id, position=m.position, name=m.name,
                                     description=m.description,
                                     pain_points=[points[p.id] for p in m.pain_points
                                                  if p.id in points])
            s.add(measures[m.id])
        s.flush()
        tasks: dict[int, Task] = {}
        for t in sel.tasks:
            tasks[t.id] = Task(
                initiative_id=new.id, position=t.position, name=t.name,
                measure_id=measures[t.measure_id].id if t.measure_id in measures else None,
                department_id=t.department_id, owner_id=t.owner_id,
                planned_start=replan.start(t.planned_start),
                planned_finish=replan.finish(t.planned_finish),
                percent=0, status=TaskStatus.NOT_STARTED.value, milestone=t.milestone,
                resources=t.resources)
            s.add(tasks[t.id])
        s.flush()
        _copy_links(s, tasks, members)
        for k in sel.kpis:
            old_measure = sel.kpi_measure.get(k.id)
            s.add(Kpi(initiative_id=new.id, position=k.position, name=k.name, unit=k.unit,
                      before=k.after if k.after is not None else k.before, target=k.target,
                      lower_is_better=k.lower_is_better, source=k.source,
                      measure_id=measures[old_measure].id if old_measure in measures else None))
        s.flush()
        return new.id


def _copy_links(s: Session, tasks: dict[int, Task], members: dict[int, Member]) -> None:
    """The carried tasks' links among themselves and their RACI letters."""
    if not tasks:
        return
    old_ids = list(tasks)
    for link in s.scalars(select(TaskDependency).where(TaskDependency.task_id.in_(old_ids))):
        if link.predecessor_id in tasks:
            s.add(TaskDependency(task_id=tasks[link.task_id].id,
                                 predecessor_id=tasks[link.predecessor_id].id,
                                 lag_days=link.lag_days))
    for a in s.scalars(select(RaciAssignment).where(RaciAssignment.task_id.in_(old_ids))):
        if a.member_id is not None and a.member_id not in members:
            continue
        s.add(RaciAssignment(task_id=tasks[a.task_id].id, letter=a.letter,
                             member_id=members[a.member_id].id if a.member_id else None,
                             department_id=a.department_id))
