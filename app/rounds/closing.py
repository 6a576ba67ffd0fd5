"""Closing a round and reopening it. A closed round keeps every row as it was (the triggers
of ``app.store.round_guard`` refuse any change) and shows its closing date and Form 5's
verdict; reopening is an explicit act, from the menu or the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.charts.kpi_content import kpi_bars_in, summary, summary_text
from app.errors import UserError
from app.forms.choices import TaskStatus
from app.i18n import tr
from app.rounds.state import RoundState, state_in
from app.signoff.forms import signed_forms, title_key
from app.signoff.signatures import signoff_lines
from app.store.changes import ChangeArea
from app.store.models import Initiative, Person, Task
from app.store.workspace import Workspace

AREAS = (ChangeArea.ROUNDS, ChangeArea.INITIATIVES)


@dataclass(frozen=True)
class OpenItem:
    """Something still open in a round about to close, said in the reader's language."""

    kind: str  # "task", "signoff", or the kind another part names (register items)
    text: str


def unfinished_tasks(session: Session, initiative_id: int, lang: str | None = None
                     ) -> list[OpenItem]:
    tasks = session.scalars(select(Task).where(
        Task.initiative_id == initiative_id, Task.status != TaskStatus.DONE.value)
        .order_by(Task.position, Task.id))
    return [OpenItem("task", tr("round.open.task", lang, name=t.name, percent=t.percent,
                                status=tr(f"enum.TaskStatus.{t.status}", lang)))
            for t in tasks]


def unsigned_forms(session: Session, initiative_id: int, lang: str | None = None,
                   today: dt.date | None = None) -> list[OpenItem]:
    """Each signed form without a signature, with unsigned lines, or with stale ones."""
    found = []
    for form in signed_forms():
        lines, _tag = signoff_lines(session, initiative_id, form, today)
        name = tr(title_key(form), lang)
        unsigned = sum(1 for line in lines if not line.signed)
        stale = sum(1 for line in lines if line.stale)
        if not lines:
            found.append(OpenItem("signoff", tr("round.open.no_lines", lang, form=name)))
        if unsigned:
            found.append(OpenItem("signoff", tr("round.open.unsigned", lang, form=name,
                                                count=unsigned)))
        if stale:
            found.append(OpenItem("signoff", tr("round.open.stale", lang, form=name,
                                                count=stale)))
    return found


def open_register_items(session: Session, initiative_id: int, lang: str | None = None,
                        today: dt.date | None = None) -> list[OpenItem]:
    """The coordination register's items not closed (as ``crossdesk-cli register --open``
    counts them; a meeting only while its minutes are owed), each with its clock when it
    is past it, then the meetings' action items not done."""
    from app.register.kinds import CLOSED, Kind, label_key, number_text
    from app.register.models import RegisterItem, RegisterOutcome
    from app.register.read import rows_in

    now = dt.datetime.now().replace(second=0, microsecond=0)
    if today is not None:
        now = dt.datetime.combine(today, now.time())
    try:
        rows = rows_in(session, initiative_id, now, lang)
    except OperationalError:  # a file opened to look at, before its upgrade: no register
        return []
    found = []
    for row in rows:
        if row.kind == Kind.MEETING.value and not row.running:
            continue
        if row.status in CLOSED:
            continue
        status = tr(label_key("status", row.status), lang)
        text = tr("round.open.register", lang, number=row.number, title=row.title,
                  kind=tr(label_key("kind", row.kind), lang), status=status)
        if row.overdue:
            text = tr("round.open.register_overdue", lang, item=text, clock=row.due_text)
        found.append(OpenItem(f"register.{row.kind}", text))
    people = dict(session.execute(select(Person.id, Person.name)).all())
    actions = session.execute(
        select(RegisterItem.kind, RegisterItem.number, RegisterOutcome.text,
               RegisterOutcome.owner_id, RegisterOutcome.due)
        .join(RegisterOutcome, RegisterOutcome.item_id == RegisterItem.id)
        .where(RegisterItem.initiative_id == initiative_id,
               RegisterItem.status != "cancelled", RegisterOutcome.kind == "action",
               RegisterOutcome.done.is_(False))
        .order_by(RegisterItem.number, RegisterOutcome.position, RegisterOutcome.id))
    for kind, number, what, owner_id, due in actions:
        found.append(OpenItem("register.action", tr(
            "round.open.action", lang, number=number_text(kind, number), text=what,
            owner=people.get(owner_id, "") if owner_id else "—",
            due=due.isoformat() if due else "—")))
    return found


def open_items(session: Session, initiative_id: int, lang: str | None = None,
               today: dt.date | None = None) -> list[OpenItem]:
    """What is still open, listed before a round is closed: unfinished tasks, unsigned
    forms, then the register's open items and action items."""
    return (unfinished_tasks(session, initiative_id, lang)
            + unsigned_forms(session, initiative_id, lang, today)
            + open_register_items(session, initiative_id, lang, today))


def verdict(session: Session, initiative_id: int, lang: str | None = None) -> str:
    """Form 5's verdict, as its chart's headline says it (KPIs met of those measured)."""
    return summary_text(summary(kpi_bars_in(session, initiative_id)), lang)


def _state(session: Session, initiative_id: int) -> RoundState:
    from app.schedule.loader import connection_of

    if session.get(Initiative, initiative_id) is None:
        raise UserError("error.initiative.missing", id=initiative_id)
    return state_in(connection_of(session), initiative_id)


def close_round(ws: Workspace, initiative_id: int, on: dt.date | None = None) -> dt.date:
    """Close the round on ``on`` (today by default); returns the closing date."""
    day = on or dt.date.today()
    with ws.write(*AREAS) as s:
        state = _state(s, initiative_id)
        if state.closed_on is not None:
            raise UserError("error.round.already_closed", day=state.closed_on.isoformat())
        s.execute(update(Initiative).where(Initiative.id == initiative_id)
                  .values(closed_on=day))
    return day


def reopen_round(ws: Workspace, initiative_id: int) -> dt.date:
    """Reopen a closed round; returns the date it had been closed on (to close it again)."""
    with ws.write(*AREAS) as s:
        state = _state(s, initiative_id)
        if state.closed_on is None:
            raise UserError("error.round.not_closed")
        s.execute(update(Initiative).where(Initiative.id == initiative_id)
                  .values(closed_on=None))
    return state.closed_on
