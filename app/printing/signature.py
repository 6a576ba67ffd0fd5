"""The signature block at the end of each sheet: who signs it, one hand-signed line each.

Form 1 is signed by the head of every participating department; the other forms by the
overall lead and the department liaisons.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.forms.choices import Role
from app.i18n import tr
from app.printing.content import Column, SignatureBlock
from app.store.models import Department, Goal, Member, Person, Signoff

BLANK_LINES = 3  # when nobody is known yet, lines to fill in by hand


def participating_departments(session: Session, initiative_id: int) -> list[Department]:
    """Every department that leads or takes part in a goal, in the organisation's order."""
    goals = session.scalars(select(Goal).where(Goal.initiative_id == initiative_id))
    found: dict[int, Department] = {}
    for goal in goals:
        for dep in [goal.lead_department, *goal.departments]:
            if dep is not None:
                found[dep.id] = dep
    return sorted(found.values(), key=lambda d: (d.position, d.id))


def goal_lines(session: Session, initiative_id: int,
               form: str = "goals") -> list[tuple[str, str]]:
    """(department, head) per line of a form the heads sign (Form 1, the plan review): the
    recorded sign-off lines, then a line for each participating department that has none."""
    lines = list(session.scalars(
        select(Signoff).where(Signoff.initiative_id == initiative_id, Signoff.form == form)
        .order_by(Signoff.position, Signoff.id)))
    result = [(s.department.name if s.department else "", s.signer) for s in lines]
    have = {s.department_id for s in lines}
    result += [(d.name, "") for d in participating_departments(session, initiative_id)
               if d.id not in have]
    return result


def goals_block(session: Session, initiative_id: int, lang: str, version: str) -> SignatureBlock:
    return heads_block(session, initiative_id, lang, version)


def plan_block(session: Session, initiative_id: int, lang: str, version: str) -> SignatureBlock:
    return heads_block(session, initiative_id, lang, version, "plan")


def heads_block(session: Session, initiative_id: int, lang: str, version: str,
                form: str = "goals") -> SignatureBlock:
    """One line per participating department's head."""
    lines = [[dep, head, "", ""] for dep, head in goal_lines(session, initiative_id, form)]
    lines = lines or [["", "", "", ""] for _ in range(BLANK_LINES)]
    return SignatureBlock(
        heading=tr("field.signoff.title", lang),
        note=tr(f"print.sign.{form}_note", lang, tag=version),
        columns=[Column(tr("field.signoff.department", lang), 3),
                 Column(tr("field.signoff.signer", lang), 3),
                 Column(tr("print.sign.signature", lang), 6),
                 Column(tr("field.signoff.signed_on", lang), 2.4)],
        lines=lines)


def team_lines(session: Session, initiative_id: int, lang: str) -> list[list[str]]:
    """The overall lead first, then one liaison per department, in the team's order."""
    members = session.execute(
        select(Member.role, Person.name, Department.name)
        .join(Person, Member.person_id == Person.id)
        .outerjoin(Department, Person.department_id == Department.id)
        .where(Member.initiative_id == initiative_id,
               Member.role.in_([Role.LEAD.value, Role.LIAISON.value]))
        .order_by(Member.position, Member.id)).all()
    ordered = sorted(members, key=lambda m: m[0] != Role.LEAD.value)
    return [[tr(f"enum.Role.{role}", lang), dep or "", name, "", ""]
            for role, name, dep in ordered]


def team_block(session: Session, initiative_id: int, lang: str, version: str) -> SignatureBlock:
    lines = team_lines(session, initiative_id, lang)
    if not lines:
        lines = [[tr("enum.Role.lead", lang), "", "", "", ""]] + [
            [tr("enum.Role.liaison", lang), "", "", "", ""] for _ in range(BLANK_LINES - 1)]
    return SignatureBlock(
        heading=tr("field.signoff.title", lang),
        note=tr("print.sign.team_note", lang, tag=version),
        columns=[Column(tr("field.member.role", lang), 2.2),
                 Column(tr("field.member.department", lang), 3),
                 Column(tr("field.member.name", lang), 2.6),
                 Column(tr("print.sign.signature", lang), 6),
                 Column(tr("field.signoff.signed_on", lang), 2.4)],
        lines=lines)
