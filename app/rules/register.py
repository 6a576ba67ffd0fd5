"""Rules of the coordination register, on the clocks of ``app.register.clocks``: minutes
not sent within 24 hours, a problem past its clock and not escalated, a request past its
answer date, a refusal without an alternative, a task more than 2 working days late
without a risk notice, an action item past its due date.

The findings point at the register's items (form ``register``, the item's id), and the
missing risk notice at the task in Form 4 (``tracking``). Each check reads the same few
statements whatever the size of the plan.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.register import clocks
from app.register.kinds import number_text
from app.register.models import RegisterItem, RegisterOutcome, RegisterTaskLink
from app.register.read import clock_of
from app.rules.finding import Finding
from app.schedule.loader import connection_of, load_calendar, load_plan_in
from app.schedule.warnings import TaskWarning

AREA = "register"
FORMS: tuple[str, ...] = ("register", "tracking")  # the forms whose rows its findings point at
USES_NOW = True  # the clocks are read at a moment: ``check`` takes it
REQUESTS = ("resource", "collaboration", "change")


def _item(item: RegisterItem) -> str:
    return f"{number_text(item.kind, item.number)} {item.title}".strip()


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def check(session: Session, initiative_id: int, now: dt.datetime | None = None) -> list[Finding]:
    from app.schedule import plan_view

    now = now or clocks.now()
    conn = connection_of(session)
    cal = load_calendar(conn)
    items = list(session.scalars(select(RegisterItem).where(
        RegisterItem.initiative_id == initiative_id).order_by(RegisterItem.kind,
                                                               RegisterItem.number)))
    findings: list[Finding] = []

    def add(rule: str, item: RegisterItem, message: str, column: str) -> None:
        findings.append(Finding(f"register.{rule}", initiative_id, _item(item), message,
                                form="register", row_id=item.id, column=column))

    for item in items:
        clock = clock_of(cal, item, now)
        if item.kind == "meeting" and clock.overdue:
            add("minutes_late", item, tr("rule.register.minutes_late", due=_when(clock.due)),
                "sent_at")
        elif item.kind == "problem" and clock.overdue and item.status != "escalated" \
                and item.escalated_at is None:
            add("problem_not_escalated", item,
                tr("rule.register.problem_not_escalated", due=_when(clock.due)), "escalated_to")
        elif item.kind in REQUESTS and clock.overdue:
            add("request_unanswered", item,
                tr("rule.register.request_unanswered", due=_when(clock.due)),
                "answer" if item.kind == "resource" else "decision"
                if item.kind == "change" else "status")
        if item.kind == "resource" and item.answer in ("refused", "partly") \
                and not item.alternative.strip():
            add("refusal_without_alternative", item,
                tr("rule.register.refusal_without_alternative"), "alternative")

    # Action items past their due day, unless done (or their task is).
    by_id = {it.id: it for it in items}
    outcomes = session.execute(
        select(RegisterOutcome).join(RegisterItem, RegisterItem.id == RegisterOutcome.item_id)
        .where(RegisterItem.initiative_id == initiative_id, RegisterOutcome.kind == "action",
               RegisterOutcome.done.is_(False), RegisterOutcome.due.is_not(None))
        .order_by(RegisterOutcome.item_id, RegisterOutcome.position)).scalars().all()
    plan = load_plan_in(conn, initiative_id)
    for outcome in outcomes:
        due = clocks.action_due(outcome.due)
        task = plan.by_id.get(outcome.task_id) if outcome.task_id is not None else None
        if due is None or now <= due or (task is not None and task.done):
            continue
        meeting = by_id[outcome.item_id]
        add("action_overdue", meeting, tr("rule.register.action_overdue",
                                          action=outcome.text.strip(), due=outcome.due), "outcomes")

    # Tasks more than 2 working days late without a risk notice.
    late = [tid for tid, warnings in plan_view.from_plan(plan, cal, now.date()).warnings.items()
            if TaskWarning.RISK_NOTICE in warnings]
    if late:
        noticed = {it.task_id for it in items if it.kind == "risk"}
        noticed |= set(session.scalars(
            select(RegisterTaskLink.task_id).join(RegisterItem,
                                                  RegisterItem.id == RegisterTaskLink.item_id)
            .where(RegisterItem.initiative_id == initiative_id, RegisterItem.kind == "risk")))
        for tid in late:
            if tid in noticed:
                continue
            task = plan.by_id[tid]
            findings.append(Finding(
                "register.risk_notice_missing", initiative_id, task.name,
                tr("rule.register.risk_notice_missing", due=task.due),
                form="tracking", row_id=tid, column="planned_finish"))
    return findings
