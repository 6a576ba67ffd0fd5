"""The agenda a new meeting is proposed, from what is open: late and at-risk tasks of the
plan, problems and requests past or near their clocks, and the action items of the
previous meeting of its type not yet done. One transaction; undo with ``service.remove_children``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.errors import UserError
from app.i18n import tr
from app.register.clocks import DAY_HOURS
from app.register.kinds import Kind
from app.register.models import RegisterAgendaItem, RegisterItem, RegisterOutcome
from app.register.read import rows_in
from app.register.service import REGISTER, get_item, now_minute
from app.schedule.warnings import TaskWarning
from app.store.models import Person
from app.store.workspace import Workspace

NEAR = DAY_HOURS  # a clock ending within this is "near"


def proposed_titles(ws: Workspace, meeting_id: int, now: dt.datetime) -> list[str]:
    """The agenda points proposed for meeting ``meeting_id``, in the order they are taken."""
    from app.schedule import plan_view

    with ws.read() as s:
        meeting = get_item(s, meeting_id)
        if meeting.kind != Kind.MEETING:
            raise UserError("error.register.child", child="agenda")
        ini, starts = meeting.initiative_id, meeting.opened_at or now
        titles: list[str] = []
        snap = plan_view.take(ws, ini, now.date())
        for task in snap.plan.tasks:
            warnings = snap.warnings.get(task.id, ())
            if TaskWarning.OVERDUE in warnings or TaskWarning.RISK_NOTICE in warnings:
                titles.append(tr("register.agenda.task_late", name=task.name))
            elif TaskWarning.DUE_SOON in warnings:
                titles.append(tr("register.agenda.task_soon", name=task.name))
        for row in rows_in(s, ini, now):
            if row.kind in (Kind.MEETING, Kind.RISK) or not row.running or row.due is None:
                continue
            if row.due - now <= NEAR:
                titles.append(tr("register.agenda.item", number=row.number, title=row.title,
                                 due=row.due_text))
        # The previous meeting of the same type (last week's weekly for a weekly).
        earlier = select(RegisterItem).where(
            RegisterItem.initiative_id == ini, RegisterItem.kind == Kind.MEETING.value,
            RegisterItem.id != meeting_id, RegisterItem.opened_at < starts)
        if meeting.meeting_type is not None:
            earlier = earlier.where(RegisterItem.meeting_type == meeting.meeting_type)
        previous = s.scalar(earlier.order_by(RegisterItem.opened_at.desc()).limit(1))
        if previous is not None:
            people = dict(s.execute(select(Person.id, Person.name)).all())
            for o in s.scalars(select(RegisterOutcome).where(
                    RegisterOutcome.item_id == previous.id, RegisterOutcome.kind == "action",
                    RegisterOutcome.done.is_(False)).order_by(RegisterOutcome.position)):
                titles.append(tr("register.agenda.action", text=o.text.strip(),
                                 owner=people.get(o.owner_id, "") if o.owner_id else "—"))
    return titles


def propose_agenda(ws: Workspace, meeting_id: int, now: dt.datetime | None = None) -> list[int]:
    """Add the proposed points to the meeting's agenda, after what it holds; returns their
    ids (none when nothing is open)."""
    now = now or now_minute()
    titles = proposed_titles(ws, meeting_id, now)
    if not titles:
        return []
    with ws.write(REGISTER, rows={REGISTER: (meeting_id,)}) as s:
        last = len(s.scalars(select(RegisterAgendaItem.id)
                             .where(RegisterAgendaItem.item_id == meeting_id)).all())
        rows = [RegisterAgendaItem(item_id=meeting_id, position=last + i, title=title[:300])
                for i, title in enumerate(titles, start=1)]
        s.add_all(rows)
        s.flush()
        return [int(r.id) for r in rows]
