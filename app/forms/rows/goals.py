"""Form 1: goals, and the sign-off lines of the department heads."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.forms import specs
from app.forms import validation as v
from app.forms.rows.base import FormRows, department_by_name, departments_by_name
from app.store.changes import ChangeArea
from app.store.models import Goal, Signoff


class GoalRows(FormRows):
    spec = specs.GOALS
    model = Goal
    areas = (ChangeArea.GOALS,)
    plain = frozenset({"name", "description", "measure", "due_date"})

    def read(self, session: Session, obj: Goal, key: str, extra: Any) -> Any:
        if key == "lead_department":
            return obj.lead_department.name if obj.lead_department else None
        if key == "departments":
            return [d.name for d in obj.departments]
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Goal, key: str, value: object) -> None:
        if key == "lead_department":
            obj.lead_department = department_by_name(session, value)
        elif key == "departments":
            obj.departments = departments_by_name(session, value)
        else:
            raise KeyError(key)

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Goal:
        return Goal(initiative_id=initiative_id, name="")


class SignoffRows(FormRows):
    """The sign-off lines printed under Form 1, one per participating department head."""

    spec = specs.SIGNOFFS
    model = Signoff
    areas = (ChangeArea.SIGNOFFS,)
    plain = frozenset({"signer", "signed", "signed_on"})

    def objects(self, session: Session, initiative_id: int) -> list[Any]:
        stmt = (select(Signoff).where(Signoff.initiative_id == initiative_id,
                                      Signoff.form == "goals")
                .order_by(Signoff.position, Signoff.id))
        return list(session.scalars(stmt))

    def read(self, session: Session, obj: Signoff, key: str, extra: Any) -> Any:
        if key == "department":
            return obj.department.name if obj.department else None
        if key == "version":
            return obj.version_tag
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Signoff, key: str, value: object) -> None:
        if key == "department":
            obj.department = department_by_name(session, value)
        elif key == "version":
            # Checked like any text (no control characters) and refused, not cut, past 40.
            obj.version_tag = v.clean_text(replace(self.spec.field("version"), max_len=40), value)
        else:
            raise KeyError(key)

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Signoff:
        return Signoff(initiative_id=initiative_id, form="goals")
