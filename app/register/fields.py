"""The register's fields, declared once: which kinds have each, what it holds, and how a
typed value is checked before it is stored. The editors, the importer and the printed
sheets all go through this table, so a value refused in one is refused in all with the
same words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Label, Labels, ValidationError
from app.forms import validation as v
from app.forms.specs import FieldSpec
from app.forms.specs import Kind as SpecKind
from app.forms.typed import whole_number
from app.i18n import has_key, tr
from app.register import kinds as k
from app.register.kinds import Kind
from app.store.models import Department, Person, Task

ALL = tuple(Kind)
M, P, R, RES, C, CH = (Kind.MEETING, Kind.PROBLEM, Kind.RISK, Kind.RESOURCE,
                       Kind.COLLABORATION, Kind.CHANGE)


@dataclass(frozen=True)
class Field:
    """``type`` is one of text, longtext, date, datetime, int, bool, choice, person,
    department, departments (the department rows of ``role``), task, meeting."""

    key: str
    type: str
    kinds: tuple[Kind, ...] = ALL
    choices: tuple[str, ...] = ()  # for a choice; ``status`` takes the kind's statuses
    choice: str = ""  # the catalogue group of the choices' labels
    column: str = ""  # the item's column; "" for departments
    role: str = ""  # departments: which role

    @property
    def attr(self) -> str:
        return self.column or self.key

    @property
    def label_key(self) -> str:
        return f"register.field.{self.key}"

    def label_key_for(self, kind: str) -> str:
        """The field's label on an item of ``kind``, where the kind names it its own way
        (a meeting's opening is its start, a problem's its report)."""
        own = f"register.field.{self.key}.{kind}"
        return own if has_key(own) else self.label_key

    def spec(self) -> FieldSpec:
        """The forms' spec of this field, for the checks shared with the forms."""
        kind = SpecKind.LONGTEXT if self.type == "longtext" else (
            SpecKind.DATE if self.type == "date" else (
                SpecKind.BOOL if self.type == "bool" else SpecKind.TEXT))
        return FieldSpec(self.key, self.label_key, kind, required=self.key == "title")

    def choices_for(self, kind: str) -> tuple[str, ...]:
        return k.STATUSES[Kind(kind)] if self.key == "status" else self.choices


_FIELDS: tuple[Field, ...] = (
    Field("title", "text"),
    Field("status", "choice", choice="status"),
    Field("owner", "person", column="owner_id"),
    Field("department", "department", column="department_id"),
    Field("opened_at", "datetime"),
    Field("requester", "person", (P, RES, C, CH), column="requester_id"),
    Field("description", "longtext", (P, CH)),
    Field("due_at", "datetime", (C, CH)),
    # meeting
    Field("meeting_type", "choice", (M,), k.MEETING_TYPES, "meeting_type"),
    Field("ends_at", "datetime", (M,)),
    Field("place", "text", (M,)),
    Field("chair", "person", (M,), column="chair_id"),
    Field("recorder", "person", (M,), column="recorder_id"),
    Field("sent_at", "datetime", (M, R)),
    # problem
    Field("involved", "departments", (P,), role="involved"),
    Field("impact_departments", "departments", (P,), role="impact"),
    Field("impact_users", "longtext", (P,)),
    Field("impact_business", "longtext", (P,)),
    Field("cause", "longtext", (P, R)),
    Field("solution", "longtext", (P, R)),
    Field("urgency", "choice", (P,), k.URGENCIES, "urgency"),
    Field("resolution", "longtext", (P,)),
    Field("result", "longtext", (P,)),
    Field("lessons", "longtext", (P,)),
    Field("discussed_at", "datetime", (P,)),
    Field("escalated_to", "person", (P,), column="escalated_to_id"),
    Field("escalated_at", "datetime", (P,)),
    # risk notice
    Field("task", "task", (R,), column="task_id"),
    Field("planned_finish", "date", (R,)),
    Field("forecast_finish", "date", (R,)),
    Field("days_late", "int", (R,)),
    Field("impact", "longtext", (R, CH)),
    Field("meeting", "meeting", (R,), column="meeting_id"),
    # resource request
    Field("provider", "department", (RES,), column="provider_id"),
    Field("resource_kind", "choice", (RES,), k.RESOURCE_KINDS, "resource_kind"),
    Field("amount", "text", (RES,)),
    Field("purpose", "longtext", (RES, C)),
    Field("period_from", "date", (RES,)),
    Field("period_to", "date", (RES,)),
    Field("answer", "choice", (RES,), k.ANSWERS, "answer"),
    Field("answered_at", "datetime", (RES,)),
    Field("alternative", "longtext", (RES,)),
    # collaboration request
    Field("background", "longtext", (C,)),
    Field("resources_needed", "longtext", (C,)),
    Field("approved_by", "person", (C, CH), column="approved_by_id"),
    Field("approved_at", "datetime", (C,)),
    Field("copied", "departments", (C,), role="copied"),
    # change request
    Field("reason", "longtext", (CH,)),
    Field("decision", "choice", (CH,), k.DECISIONS, "decision"),
    Field("second_approver", "person", (CH,), column="second_approver_id"),
    Field("decided_at", "datetime", (CH,)),
    Field("notes", "longtext"),
)
FIELDS: dict[str, Field] = {f.key: f for f in _FIELDS}


def fields_of(kind: str) -> tuple[Field, ...]:
    """The fields an item of ``kind`` has, in the order its form shows them."""
    return tuple(f for f in _FIELDS if Kind(kind) in f.kinds)


def field_of(kind: str, key: str) -> Field:
    f = FIELDS.get(key)
    if f is None or Kind(kind) not in f.kinds:
        raise ValidationError("error.register.no_field", field=key,
                              kind=Label(k.label_key("kind", kind)))
    return f


# -- checking one value -----------------------------------------------------------------
_DATETIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2})?)?\s*$")


def parse_datetime(f: Field, value: object) -> dt.datetime | None:
    """``2026-11-20T14:00`` or ``2026-11-20 14:00`` (a date alone is its midnight)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        result = value.replace(second=0, microsecond=0, tzinfo=None)
    elif isinstance(value, dt.date):
        result = dt.datetime.combine(value, dt.time())
    else:
        m = _DATETIME.match(str(value))
        try:
            if m is None:
                raise ValueError(value)
            y, mo, d, hh, mm = (int(g) if g else 0 for g in m.groups())
            result = dt.datetime(y, mo, d, hh, mm)
        except ValueError:
            raise ValidationError("error.register.not_datetime", field=Label(f.label_key),
                                  value=value) from None
    if not v.MIN_YEAR <= result.year <= v.MAX_YEAR:
        raise ValidationError("error.value.date_range", field=Label(f.label_key),
                              value=result.isoformat())
    return result


def clean_choice(f: Field, kind: str, value: object) -> str | None:
    if value is None or value == "":
        if f.key == "status":
            raise ValidationError("error.value.required", field=Label(f.label_key))
        return None
    text = str(getattr(value, "value", value)).strip()
    choices = f.choices_for(kind)
    group = f.choice
    for choice in choices:
        key = k.label_key(group, choice)
        if text.lower() in {choice, tr(key, "en").lower(), tr(key, "zh_CN")}:
            return choice
    raise ValidationError("error.value.choice", field=Label(f.label_key), value=value,
                          choices=Labels(tuple(k.label_key(group, c) for c in choices)))


def person(session: Session, value: object) -> int | None:
    """A person by id or by name (the name must be one person's)."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if session.get(Person, value) is None:
            raise ValidationError("error.value.unknown_person", value=value)
        return value
    name = str(value).strip()
    found = session.scalars(select(Person.id).where(Person.name == name)).all()
    if len(found) != 1:
        raise ValidationError("error.value.unknown_person", value=name)
    return int(found[0])


def department(session: Session, value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if session.get(Department, value) is None:
            raise ValidationError("error.value.unknown_department", value=value)
        return value
    name = str(value).strip()
    found = session.scalar(select(Department.id).where(Department.name == name))
    if found is None:
        raise ValidationError("error.value.unknown_department", value=name)
    return int(found)


def departments(session: Session, value: object) -> list[int]:
    if value is None or value == "":
        return []
    items = re.split(r"[,，、;；\n]", value) if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    ids: list[int] = []
    for item in items:
        if isinstance(item, str) and not item.strip():
            continue
        dep = department(session, item.strip() if isinstance(item, str) else item)
        if dep is not None and dep not in ids:
            ids.append(dep)
    return ids


def task(session: Session, initiative_id: int, value: object) -> int | None:
    if value is None or value == "":
        return None
    tid = whole_number(value)
    found = session.get(Task, tid) if tid is not None else None
    if found is None or found.initiative_id != initiative_id:
        raise ValidationError("error.value.unknown_task", value=value)
    return int(found.id)


def clean(session: Session, f: Field, kind: str, initiative_id: int, value: object) -> object:
    """``value`` as field ``f`` of an item of ``kind`` stores it, or a ``ValidationError``.
    A meeting link is left to the service, which finds it among the initiative's items."""
    t = f.type
    if t in ("text", "longtext"):
        return v.clean_text(f.spec(), value)
    if t == "date":
        return v.clean_date(f.spec(), value)
    if t == "bool":
        return v.clean_bool(f.spec(), value)
    if t == "datetime":
        return parse_datetime(f, value)
    if t == "int":
        if value is None or value == "":
            return None
        n = whole_number(value)
        if n is None or not 0 <= n <= 100_000:
            raise ValidationError("error.value.number", field=Label(f.label_key), value=value)
        return n
    if t == "choice":
        return clean_choice(f, kind, value)
    if t == "person":
        return person(session, value)
    if t == "department":
        return department(session, value)
    if t == "departments":
        return departments(session, value)
    if t == "task":
        return task(session, initiative_id, value)
    if t == "meeting":
        return value  # an id or a number: the service finds the meeting
    raise TypeError(t)
