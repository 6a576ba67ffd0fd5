"""Team rules (Form 2): exactly one overall lead; a liaison for every department that
takes part in the goals (the union of Form 1's participating departments)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.forms.choices import Role
from app.forms.display import list_separator
from app.i18n import tr
from app.rules.finding import Finding
from app.store.models import Department, Goal, Member, Person, goal_departments

AREA = "team"
FORMS: tuple[str, ...] = ("team",)  # the forms whose rows its findings point at


def check(session: Session, initiative_id: int) -> list[Finding]:
    members = session.execute(
        select(Member.id, Member.role, Person.name, Person.department_id)
        .join(Person, Person.id == Member.person_id)
        .where(Member.initiative_id == initiative_id)
        .order_by(Member.position, Member.id)).all()
    findings: list[Finding] = []
    leads = [(mid, name) for mid, role, name, _dep in members if role == Role.LEAD]
    if not leads:
        findings.append(Finding("team.one_lead", initiative_id, tr("form.team.title"),
                                tr("rule.team.no_lead"), form="team", column="role"))
    elif len(leads) > 1:
        names = list_separator().join(name for _mid, name in leads)
        findings.append(Finding("team.one_lead", initiative_id, names,
                                tr("rule.team.many_leads", count=len(leads), names=names),
                                form="team", row_id=leads[1][0], column="role"))
    with_liaison = {dep for _mid, role, _name, dep in members if role == Role.LIAISON}
    participating = session.execute(
        select(Department.id, Department.name)
        .join(goal_departments, goal_departments.c.department_id == Department.id)
        .join(Goal, Goal.id == goal_departments.c.goal_id)
        .where(Goal.initiative_id == initiative_id)
        .distinct().order_by(Department.position, Department.id)).all()
    for dep_id, dep_name in participating:
        if dep_id not in with_liaison:
            findings.append(Finding("team.liaison", initiative_id, dep_name,
                                    tr("rule.team.no_liaison", department=dep_name),
                                    form="team", column="role"))
    return findings
