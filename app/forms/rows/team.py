"""Form 2: team members. Name, department and contact belong to the person, who may sit
in several initiatives; role and duties belong to the membership."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, selectinload

from app.errors import ValidationError
from app.forms import specs
from app.forms import validation as v
from app.forms.rows.base import FormRows, clean_scalar, department_by_name
from app.store.changes import ChangeArea
from app.store.models import Member, Person

PERSON_FIELDS = ("name", "phone", "email", "chat")


class TeamRows(FormRows):
    spec = specs.TEAM
    model = Member
    areas = (ChangeArea.TEAM,)
    plain = frozenset({"role", "duties"})
    set_on_new = frozenset({"name"})

    def load_options(self) -> tuple[Any, ...]:
        # The department sits on the person, one level further than "*" reaches.
        return (selectinload(Member.person).selectinload(Person.department),)

    def read(self, session: Session, obj: Member, key: str, extra: Any) -> Any:
        if key in PERSON_FIELDS:
            return getattr(obj.person, key)
        if key == "department":
            dep = obj.person.department
            return dep.name if dep else None
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Member, key: str, value: object) -> None:
        if key in PERSON_FIELDS:
            setattr(obj.person, key, clean_scalar(self.spec.field(key), value))
        elif key == "department":
            obj.person.department = department_by_name(session, value)
        else:
            raise KeyError(key)

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Member:
        """A member for an existing person (``person_id``) or for a new one (``name``)."""
        person_id = values.get("person_id")
        if person_id is not None:
            person = session.get(Person, int(person_id))
            if person is None:
                raise ValidationError("error.value.unknown_person", value=person_id)
        else:
            name = v.clean_text(self.spec.field("name"), values.get("name"))
            person = Person(name=name)
            session.add(person)
        return Member(initiative_id=initiative_id, person=person, role="executor")
