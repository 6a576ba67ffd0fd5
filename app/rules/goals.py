"""Goal rules (Form 1): each goal has a measure of success, a planned completion date and
a lead department — without them a goal is not SMART and nobody can sign it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.rules.finding import Finding
from app.store.models import Goal

AREA = "goals"
FORMS: tuple[str, ...] = ("goals",)  # the forms whose rows its findings point at


def check(session: Session, initiative_id: int) -> list[Finding]:
    goals = session.scalars(select(Goal).where(Goal.initiative_id == initiative_id)
                            .order_by(Goal.position, Goal.id)).all()
    findings: list[Finding] = []
    for number, goal in enumerate(goals, start=1):
        item = goal.name.strip() or tr("rule.goals.unnamed", number=number)
        checks = (
            ("goals.measure", "rule.goals.no_measure", "measure", bool(goal.measure.strip())),
            ("goals.due_date", "rule.goals.no_due_date", "due_date", goal.due_date is not None),
            ("goals.lead_department", "rule.goals.no_lead_department", "lead_department",
             goal.lead_department_id is not None),
        )
        for rule, key, column, kept in checks:
            if not kept:
                findings.append(Finding(rule, initiative_id, item, tr(key), form="goals",
                                        row_id=goal.id, column=column))
    return findings
