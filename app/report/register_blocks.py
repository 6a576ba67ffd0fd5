"""The report's sections from the coordination register (``app.register``): risk notices,
problems and requests open or past their clocks as of the report's moment, and the
decisions and action items of the meetings held in the report's week.

Each clock is the register's own (``app.register.read.rows_in`` over
``app.register.clocks``), read at the report's moment, so the report says what the
register tab would have said then. Each section is a ``Block`` that every output lays out
like the report's own tables; statuses, kinds and yes/no are kept as catalogue keys, so a
kept report reads in either language.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.register import clocks
from app.register import kinds as k
from app.register.models import RegisterItem, RegisterOutcome
from app.register.read import RegisterRow, calendar_of, rows_in
from app.report import week
from app.report.content import Block
from app.schedule.calendar import WorkCalendar
from app.store.models import Person
from app.store.workspace import Workspace

MOMENT = "%Y-%m-%d %H:%M"

# The open items, in three sections: the risk notices, the problems, the requests.
GROUPS: tuple[tuple[str, tuple[k.Kind, ...]], ...] = (
    ("report.section.risks", (k.Kind.RISK,)),
    ("report.section.problems", (k.Kind.PROBLEM,)),
    ("report.section.requests", (k.Kind.RESOURCE, k.Kind.COLLABORATION, k.Kind.CHANGE)),
)
ITEM_COLUMNS = ("register.field.number", "register.field.kind", "register.field.title",
                "register.field.status", "register.field.urgency", "register.field.owner",
                "register.field.department", "register.field.opened_at", "register.field.due",
                "report.col.overdue_days")
ITEM_KEYED = (1, 3, 4)
ITEM_WEIGHTS = (7.0, 9.0, 24.0, 8.0, 7.0, 9.0, 10.0, 11.0, 11.0, 8.0)

OUTCOME_COLUMNS = ("report.col.meeting", "register.field.outcome.kind",
                   "register.field.outcome.text", "register.field.outcome.owner",
                   "register.field.outcome.due", "register.field.outcome.done")
OUTCOME_KEYED = (1, 5)
OUTCOME_WEIGHTS = (22.0, 9.0, 36.0, 10.0, 10.0, 7.0)


def _moment(value: dt.datetime | None) -> str:
    return value.strftime(MOMENT) if value is not None else ""


def reported(row: RegisterRow, as_of: dt.datetime) -> bool:
    """Whether an item belongs in the report as of ``as_of``: opened by then (an item
    without a date counts as opened), and either still open or past its clock."""
    if row.opened is not None and row.opened > as_of:
        return False
    return row.status not in k.CLOSED or row.overdue


def overdue_days(cal: WorkCalendar, row: RegisterRow, as_of: dt.datetime) -> str:
    """Working days past the clock ("<1" within the first day), "" when not overdue."""
    if not row.overdue or row.due is None:
        return ""
    days = clocks.working_days_overdue(cal, row.due, as_of)
    return str(days) if days >= 1 else "<1"


def _item_block(title_key: str, rows: list[RegisterRow], cal: WorkCalendar,
                as_of: dt.datetime) -> Block:
    lines = tuple((row.number, k.label_key("kind", row.kind), row.title,
                   k.label_key("status", row.status),
                   k.label_key("urgency", row.urgency) if row.urgency else "",
                   row.owner, row.department, _moment(row.opened), _moment(row.due),
                   overdue_days(cal, row, as_of))
                  for row in rows)
    return Block(title_key, ITEM_COLUMNS, lines, ITEM_KEYED, ITEM_WEIGHTS)


def _outcomes_block(s: Session, initiative_id: int, as_of: dt.datetime) -> Block:
    """Decisions and action items of the meetings held from the week's Monday up to the
    report's moment (cancelled meetings left out), by meeting start, then as listed."""
    first = dt.datetime.combine(week.week_start(as_of.date()), dt.time())
    people = dict(s.execute(select(Person.id, Person.name)).all())
    meetings = list(s.scalars(
        select(RegisterItem).where(RegisterItem.initiative_id == initiative_id,
                                   RegisterItem.kind == k.Kind.MEETING.value,
                                   RegisterItem.opened_at >= first,
                                   RegisterItem.opened_at <= as_of,
                                   RegisterItem.status != "cancelled")
        .order_by(RegisterItem.opened_at, RegisterItem.number)))
    lines: list[tuple[str, ...]] = []
    for meeting in meetings:
        title = f"{k.number_text(meeting.kind, meeting.number)} {meeting.title}".strip()
        for o in s.scalars(select(RegisterOutcome).where(RegisterOutcome.item_id == meeting.id)
                           .order_by(RegisterOutcome.position, RegisterOutcome.id)):
            lines.append((title, k.label_key("outcome_kind", o.kind), o.text,
                          people.get(o.owner_id, "") if o.owner_id else "",
                          o.due.isoformat() if o.due else "",
                          "value.yes" if o.done else "value.no"))
    return Block("report.section.meetings", OUTCOME_COLUMNS, tuple(lines), OUTCOME_KEYED,
                 OUTCOME_WEIGHTS)


def register_blocks(ws: Workspace, initiative_id: int, as_of: dt.datetime) -> tuple[Block, ...]:
    """The register's sections of the report as of ``as_of``: risk notices, problems,
    requests, then this week's meeting outcomes (each even when empty, so the liaisons
    see that nothing is owed)."""
    with ws.read() as s:
        try:
            rows = [r for r in rows_in(s, initiative_id, as_of) if reported(r, as_of)]
            cal = calendar_of(s)
            blocks = [_item_block(key, [r for r in rows if r.kind in kinds], cal, as_of)
                      for key, kinds in GROUPS]
            blocks.append(_outcomes_block(s, initiative_id, as_of))
        except OperationalError:  # a file opened to look at, before its upgrade
            return ()
    return tuple(blocks)
