"""What every form's row access shares: ordering, plain fields, departments by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.errors import Label, ValidationError
from app.forms import contact
from app.forms import validation as v
from app.forms.display import Names, format_value
from app.forms.specs import FieldSpec, FormSpec, Kind
from app.store.changes import ChangeArea
from app.store.models import Base, Department, Measure, PainPoint, Person, Task


@dataclass
class Row:
    """One row as every view needs it: raw values for editing, text for showing."""

    id: int
    number: int  # 1-based, in the form's order
    values: dict[str, Any]
    text: dict[str, str]


def clean_scalar(spec: FieldSpec, value: object) -> Any:
    """Validate a value of a plain (non-reference) field."""
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        text = v.clean_text(spec, value)
        check = contact.CHECKS.get(spec.key)  # a phone number or an e-mail address
        return check(spec, text) if check is not None else text
    if kind is Kind.DATE:
        return v.clean_date(spec, value)
    if kind is Kind.RATING:
        return v.clean_rating(spec, value)
    if kind is Kind.PERCENT:
        return v.clean_percent(spec, value)
    if kind is Kind.NUMBER:
        return v.clean_number(spec, value)
    if kind is Kind.BOOL:
        return v.clean_bool(spec, value)
    if kind is Kind.CHOICE:
        return v.clean_choice(spec, value)
    raise TypeError(f"{spec.key} is not a plain field")


def department_by_name(session: Session, name: object) -> Department | None:
    """The department called ``name``; empty gives None, an unknown name is refused."""
    text = "" if name is None else str(name).strip()
    if not text:
        return None
    # Remembered for the session: an import names the same few departments on thousands of
    # rows, and each query would first flush every pending row (autoflush).
    known: dict[str, Department] = session.info.setdefault("departments_by_name", {})
    dep = known.get(text)
    if dep is None or dep.name != text or dep not in session:
        dep = session.scalar(select(Department).where(Department.name == text))
        if dep is None:
            raise ValidationError("error.value.unknown_department", value=text)
        known[text] = dep
    return dep


def departments_by_name(session: Session, names: object) -> list[Department]:
    if names is None or names == "":
        return []
    items = [names] if isinstance(names, str) else list(names)  # type: ignore[call-overload]
    result: list[Department] = []
    for name in items:
        dep = department_by_name(session, name)
        if dep is not None and dep not in result:
            result.append(dep)
    return result


def load_names(session: Session, initiative_id: int) -> Names:
    names = Names()
    names.people = dict(session.execute(select(Person.id, Person.name)).all())
    names.measures = dict(session.execute(
        select(Measure.id, Measure.name).where(Measure.initiative_id == initiative_id)
    ).all())
    task_ids = session.scalars(select(Task.id).where(Task.initiative_id == initiative_id)
                               .order_by(Task.position, Task.id))
    names.task_numbers = {tid: i + 1 for i, tid in enumerate(task_ids)}
    pain_ids = session.scalars(select(PainPoint.id).where(PainPoint.initiative_id == initiative_id)
                               .order_by(PainPoint.position, PainPoint.id))
    names.pain_numbers = {pid: i + 1 for i, pid in enumerate(pain_ids)}
    return names


class FormRows:
    """Row access for one form. Subclasses say how each field is read and written."""

    spec: ClassVar[FormSpec]
    model: ClassVar[type[Base]]
    areas: ClassVar[tuple[ChangeArea, ...]]  # what a write of this form changes; the first is its own
    # Whether a row is read from its own record alone (no ranking across the rows), so that
    # a row edited alone can be read again alone.
    rows_stand_alone: ClassVar[bool] = True
    # Fields stored in a column of the same name on ``model``.
    plain: ClassVar[frozenset[str]] = frozenset()

    def load_options(self) -> tuple[Any, ...]:
        """Relationships read with the rows, in a few batched queries instead of one per row."""
        return (selectinload("*"),)

    # -- reading ----------------------------------------------------------------------------
    def objects(self, session: Session, initiative_id: int) -> list[Any]:
        model: Any = self.model
        stmt = (select(model).where(model.initiative_id == initiative_id)
                .order_by(model.position, model.id).options(*self.load_options()))
        return list(session.scalars(stmt))

    def rows(self, session: Session, initiative_id: int, lang: str | None = None,
             today: dt.date | None = None) -> list[Row]:
        return self.rows_and_names(session, initiative_id, lang, today)[0]

    def rows_and_names(self, session: Session, initiative_id: int, lang: str | None = None,
                       today: dt.date | None = None) -> tuple[list[Row], Names]:
        """The rows, and the names their references were shown with (for ``rows_by_id``)."""
        objs = self.objects(session, initiative_id)
        names = load_names(session, initiative_id)
        return self._rows_of(session, initiative_id, objs, names, lang, today), names

    def rows_by_id(self, session: Session, initiative_id: int, ids: Iterable[int], names: Names,
                   lang: str | None = None, today: dt.date | None = None) -> dict[int, Row]:
        """Rows ``ids`` of the initiative read again alone, after an edit of those rows only
        (``rows_stand_alone``), their references shown with the ``names`` read before.
        A row that is gone is left out; ``number`` is 0, as the order did not change."""
        model: Any = self.model
        objs = [obj for obj in (session.get(model, i) for i in sorted(ids))
                if obj is not None and obj.initiative_id == initiative_id]
        return {row.id: row for row in self._rows_of(session, initiative_id, objs, names, lang,
                                                     today, numbered=False)}

    def _rows_of(self, session: Session, initiative_id: int, objs: list[Any], names: Names,
                 lang: str | None, today: dt.date | None, numbered: bool = True) -> list[Row]:
        extra = self.prepare(session, initiative_id, objs, today)
        rows = []
        for i, obj in enumerate(objs):
            values = {f.key: self.read(session, obj, f.key, extra) for f in self.spec.fields}
            text = {f.key: format_value(f, values[f.key], names, lang) for f in self.spec.fields}
            rows.append(Row(obj.id, i + 1 if numbered else 0, values, text))
        return rows

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> Any:
        """Work shared by all rows of one read (e.g. a ranking); passed to ``read``."""
        return None

    def read(self, session: Session, obj: Any, key: str, extra: Any) -> Any:
        return getattr(obj, key)

    # -- writing ----------------------------------------------------------------------------
    def write(self, session: Session, obj: Any, key: str, value: object, *,
              rules: bool = True) -> None:
        """Validate ``value`` and store it; raises ValidationError and stores nothing.

        With ``rules`` the row must also keep the rules between its fields afterwards
        (``check_rules``). Without, the caller has checked them itself (an import, on whole
        columns) or puts back what the row held before (undo), kept or broken."""
        spec = self.writable(key)
        if key in self.plain:
            setattr(obj, key, clean_scalar(spec, value))
        else:
            self.write_special(session, obj, key, value)
        if rules:
            self.check_rules(session, obj, (key,))

    def check_rules(self, session: Session, obj: Any, keys: tuple[str, ...]) -> None:
        """Refuse the row when the fields ``keys`` just written break a rule between fields
        (``app.forms.field_rules``); the form has none unless it says so."""

    def writable(self, key: str) -> FieldSpec:
        """The spec of field ``key``; a derived field is refused (it is computed, never set)."""
        spec = self.spec.field(key)
        if spec.derived:
            raise ValidationError("error.value.read_only_field", field=Label(spec.label_key))
        return spec

    def write_special(self, session: Session, obj: Any, key: str, value: object) -> None:
        raise KeyError(key)

    def create(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Any:
        """A new row at the end, with ``values`` applied; required fields need a value."""
        model: Any = self.model
        obj = self.new_object(session, initiative_id, values)
        last = session.scalar(select(func.max(model.position))
                              .where(model.initiative_id == initiative_id))
        obj.position = (last or 0) + 1
        session.add(obj)
        for key, value in values.items():
            if key in self.spec.keys and not self.spec.field(key).derived and key not in self.set_on_new:
                self.write(session, obj, key, value)
        session.flush()
        return obj

    set_on_new: ClassVar[frozenset[str]] = frozenset()

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Any:
        return self.model(initiative_id=initiative_id)  # type: ignore[call-arg]

    def default_values(self, session: Session, initiative_id: int) -> dict[str, Any]:
        """What a row added with Ctrl+N starts with: a name to overwrite."""
        return {}
