"""Closing a round and reopening it. A closed round keeps every row as it was (the triggers
of ``app.store.round_guard`` refuse any change) and shows its closing date and Form 5's
verdict; reopening is an explicit act, from the menu or the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.charts.kpi_content import kpi_bars_in, summary, summary_text
from app.errors import UserError
from app.forms.choices import TaskStatus
from app.i18n import tr
from app.rounds.state import RoundState, state_in
from app.signoff.forms import signed_forms, title_key
from app.signoff.signatures import signoff_lines
from app.store.changes import ChangeArea
from app.store.models import Initiative, Task
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


def open_items_of_other_kinds(session: Session, initiative_id: int,
                              lang: str | None = None) -> list[OpenItem]:
    """Open items that other parts of the workspace keep (the coordination register's
    problems, risk notices and requests): none until such a part adds its own here."""
    return []


def open_items(session: Session, initiative_id: int, lang: str | None = None,
               today: dt.date | None = None) -> list[OpenItem]:
    """What is still open, listed before a round is closed: unfinished tasks, unsigned
    forms, then the open items of other kinds."""
    return (unfinished_tasks(session, initiative_id, lang)
            + unsigned_forms(session, initiative_id, lang, today)
            + open_items_of_other_kinds(session, initiative_id, lang))


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
