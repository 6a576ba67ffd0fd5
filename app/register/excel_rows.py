"""The rows of register items in the workbook — a meeting's attendees, agenda points and
outcomes, a collaboration request's asks — one sheet each, every row naming its item by
number. On import, the rows a sheet gives for an item replace that item's rows of the kind
when they differ (an item the sheet does not name keeps its rows); each row is checked as
the editors check it and refused with its sheet, row, column and reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.excel import styles
from app.excel.cells import text_cell
from app.excel.plan_types import CellError, ImportPlan, PlanRow, Status
from app.excel.sheet_specs import safe_sheet_name
from app.i18n import LANGUAGES, tr
from app.register import fields as fl
from app.register import kinds as k
from app.register.kinds import Kind
from app.register.models import (
    RegisterAgendaItem,
    RegisterAsk,
    RegisterAttendee,
    RegisterItem,
    RegisterOutcome,
)
from app.store.models import Department, Person

FORM = "register"


@dataclass(frozen=True)
class ChildSheet:
    child: str
    parent: Kind
    model: Any
    columns: tuple[tuple[str, str, str], ...]  # (key, label key, type)

    def name(self, lang: str | None) -> str:
        return safe_sheet_name(tr(f"register.excel.sheet.{self.child}", lang))

    def labels(self) -> list[str]:
        return ([f"register.excel.parent.{self.parent.value}"]
                + [label for _k, label, _t in self.columns])


def _f(child: str, key: str, t: str) -> tuple[str, str, str]:
    return key, f"register.field.{child}.{key}", t


CHILD_SHEETS: tuple[ChildSheet, ...] = (
    ChildSheet("attendee", Kind.MEETING, RegisterAttendee, (
        _f("attendee", "person", "person"), _f("attendee", "present", "bool"),
        _f("attendee", "confirmed", "bool"), _f("attendee", "confirmed_on", "date"))),
    ChildSheet("agenda", Kind.MEETING, RegisterAgendaItem, (
        _f("agenda", "title", "text"), _f("agenda", "presenter", "person"),
        _f("agenda", "minutes_planned", "int"), _f("agenda", "discussion", "longtext"),
        _f("agenda", "disagreements", "longtext"))),
    ChildSheet("outcome", Kind.MEETING, RegisterOutcome, (
        _f("outcome", "kind", "choice"), _f("outcome", "agenda", "int"),
        _f("outcome", "text", "longtext"), _f("outcome", "owner", "person"),
        _f("outcome", "due", "date"), _f("outcome", "done", "bool"),
        _f("outcome", "task", "task"))),
    ChildSheet("ask", Kind.COLLABORATION, RegisterAsk, (
        _f("ask", "department", "department"), _f("ask", "need", "longtext"),
        _f("ask", "by_date", "date"), _f("ask", "owner", "person"))),
)
_COLUMN = {"person": "person_id", "presenter": "presenter_id", "owner": "owner_id",
           "department": "department_id", "task": "task_id"}


def child_of_sheet(title: str) -> ChildSheet | None:
    from app.excel.headers import normalise

    wanted = normalise(title)
    for sheet in CHILD_SHEETS:
        if any(normalise(sheet.name(lang)) == wanted for lang in LANGUAGES):
            return sheet
    return None


def current_rows(s: Session, sheet: ChildSheet, item_id: int) -> list[tuple[Any, ...]]:
    """An item's rows of ``sheet`` as the comparable values an import gives: ids for
    references, an outcome's agenda point by its number in the meeting."""
    model = sheet.model
    rows = list(s.scalars(select(model).where(model.item_id == item_id)
                          .order_by(model.position, model.id)))
    agenda_no: dict[int, int] = {}
    if sheet.child == "outcome":
        agenda_no = {a: n for n, a in enumerate(s.scalars(
            select(RegisterAgendaItem.id).where(RegisterAgendaItem.item_id == item_id)
            .order_by(RegisterAgendaItem.position, RegisterAgendaItem.id)), start=1)}
    out = []
    for row in rows:
        values = []
        for key, _label, _t in sheet.columns:
            if key == "agenda":
                values.append(agenda_no.get(row.agenda_id) if row.agenda_id else None)
            else:
                values.append(getattr(row, _COLUMN.get(key, key)))
        out.append(tuple(values))
    return out


# -- export ----------------------------------------------------------------------------------
def write_sheets(wb: Any, s: Session, initiative_id: int, lang: str | None,
                 task_numbers: dict[int, int]) -> None:
    people = dict(s.execute(select(Person.id, Person.name)).all())
    departments = dict(s.execute(select(Department.id, Department.name)).all())
    items = list(s.execute(select(RegisterItem.id, RegisterItem.kind, RegisterItem.number)
                           .where(RegisterItem.initiative_id == initiative_id)
                           .order_by(RegisterItem.number)))
    for sheet in CHILD_SHEETS:
        out = wb.create_sheet(sheet.name(lang))
        out.freeze_panes = "B3"
        out.append([text_cell(out, tr(f"register.child.{sheet.child}", lang), styles.TITLE)])
        out.append([text_cell(out, tr(label, lang), styles.HEADER) for label in sheet.labels()])
        for item_id, kind, number in items:
            if kind != sheet.parent.value:
                continue
            for values in current_rows(s, sheet, item_id):
                cells = [text_cell(out, k.number_text(kind, number))]
                for (_key, _label, t), value in zip(sheet.columns, values, strict=True):
                    cells.append(_cell(out, t, value, people, departments, task_numbers, lang))
                out.append(cells)


def _cell(out: Any, t: str, value: Any, people: dict[int, str], departments: dict[int, str],
          task_numbers: dict[int, int], lang: str | None) -> Any:
    if value is None or value == "":
        return WriteOnlyCell(out, None)
    if t == "date":
        cell = WriteOnlyCell(out, value)
        cell.style = styles.DATE
        return cell
    if t in ("int", "task"):
        cell = WriteOnlyCell(out, task_numbers.get(value) if t == "task" else value)
        cell.style = styles.NUMBER
        return cell
    if t == "bool":
        return text_cell(out, tr("value.yes" if value else "value.no", lang))
    if t == "person":
        return text_cell(out, people.get(value, ""))
    if t == "department":
        return text_cell(out, departments.get(value, ""))
    if t == "choice":
        return text_cell(out, tr(k.label_key("outcome_kind", value), lang))
    return text_cell(out, str(value))


# -- import ----------------------------------------------------------------------------------
def _parse(s: Session, sheet: ChildSheet, key: str, t: str, raw: object,
           numbers: dict[int, Any] | None) -> Any:
    from app.register.excel_io import _tasks

    f = fl.Field(f"{sheet.child}.{key}", t, choices=k.OUTCOME_KINDS, choice="outcome_kind")
    if t == "task":  # without a Form 4 to find it in (see the plan's note), left out
        return _tasks(raw, numbers)[0] if raw not in (None, "") and numbers is not None else None
    if t == "choice":
        return fl.clean_choice(f, Kind.MEETING.value, raw) or "action"
    if t == "bool" and raw in (None, ""):
        return key == "present"  # an attendee is present unless the sheet says not
    return fl.clean(s, f, Kind.MEETING.value, 0, raw)


def plan_sheet(s: Session, sheet: ChildSheet, title: str,
               rows: list[tuple[int, tuple[object, ...]]], header: list[str],
               plan: ImportPlan, existing: dict[tuple[str, int], RegisterItem],
               new_numbers: set[str], numbers: dict[int, Any] | None) -> None:
    """Plan one rows sheet: each row checked, then each item's rows compared with its
    current ones (the item's rows all new, updated or unchanged together)."""
    from app.excel.headers import normalise

    plan.sheets.append((title, FORM))
    labels = {normalise(tr(label, lang)): i for i, label in enumerate(sheet.labels())
              for lang in LANGUAGES}
    cols = {labels[normalise(h)]: i for i, h in enumerate(header)
            if h and normalise(h) in labels}
    groups: dict[str, list[tuple[PlanRow, tuple[Any, ...]]]] = {}
    for excel_row, cells in rows:
        row = PlanRow(title, excel_row, FORM)
        plan.rows.append(row)

        def err(index: int | None, reason: str, row: PlanRow = row) -> None:
            if index is not None and index in cols:
                from openpyxl.utils import get_column_letter

                row.add_error(CellError(get_column_letter(cols[index] + 1),
                                        header[cols[index]], reason))
            else:
                row.add_error(CellError("", "", reason))

        def cell(index: int, cells: tuple[object, ...] = cells) -> object:
            i = cols.get(index)
            value = cells[i] if i is not None and i < len(cells) else None
            return int(value) if isinstance(value, float) and value.is_integer() else value

        parent = k.parse_number(str(cell(0) or ""))
        text = k.number_text(*parent) if parent and parent[0] == sheet.parent else None
        if text is None or (text not in new_numbers and (sheet.parent.value, parent[1])
                            not in existing):  # type: ignore[index]
            err(0, tr("register.excel.no_parent", value=cell(0) or "",
                      prefix=k.PREFIX[sheet.parent]))
            continue
        row.label = f"{text} · {tr(f'register.child.{sheet.child}')}"
        values = []
        for i, (key, _label, t) in enumerate(sheet.columns, start=1):
            try:
                values.append(_parse(s, sheet, key, t, cell(i), numbers))
            except UserError as exc:
                err(i, exc.message())
        if row.status is not Status.ERROR:
            groups.setdefault(text, []).append((row, tuple(values)))
    for text, members in groups.items():
        parsed = k.parse_number(text)
        assert parsed is not None
        target = existing.get((parsed[0].value, parsed[1]))
        given = [_ids(sheet, v, plan, {}) for _r, v in members]
        changed = target is None or given != current_rows(s, sheet, target.id)
        for row, values in members:
            row.values = {"_child": sheet.child, "_parent": text, "_row": values}
            row.target_id = target.id if target is not None else None
            if not changed:
                row.status = Status.UNCHANGED
            else:
                row.status = Status.NEW if target is None else Status.UPDATE
                row.changes = [f"child.{sheet.child}"]


def _ids(sheet: ChildSheet, values: tuple[Any, ...], plan: ImportPlan,
         created: dict[int, int]) -> tuple[Any, ...]:
    """A row's values with its task reference as an id."""
    from app.register.excel_io import task_id

    return tuple(task_id(v, plan, created) if t == "task" else v
                 for (_k, _l, t), v in zip(sheet.columns, values, strict=True))


def apply_rows(s: Session, plan: ImportPlan, initiative_id: int, record: Any,
               created: dict[int, int] | None = None) -> None:
    """Replace the rows of each item whose rows changed (after the items themselves were
    written); the old rows go into the import's undo record."""
    by_item: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    order = {sheet.child: n for n, sheet in enumerate(CHILD_SHEETS)}
    for row in plan.rows:
        if row.form == FORM and "_child" in row.values and row.status in (Status.NEW,
                                                                           Status.UPDATE):
            sheet = next(c for c in CHILD_SHEETS if c.child == row.values["_child"])
            by_item.setdefault((sheet.child, row.values["_parent"]), []).append(
                _ids(sheet, row.values["_row"], plan, created or {}))
    for (child, parent), given in sorted(by_item.items(), key=lambda kv: order[kv[0][0]]):
        parsed = k.parse_number(parent)
        assert parsed is not None
        item = s.scalar(select(RegisterItem).where(
            RegisterItem.initiative_id == initiative_id, RegisterItem.kind == parsed[0].value,
            RegisterItem.number == parsed[1]))
        assert item is not None
        sheet = next(c for c in CHILD_SHEETS if c.child == child)
        record.fields.append((FORM, item.id, f"child.{child}", snapshot(s, sheet, item.id)))
        replace(s, sheet, item.id, given)


def snapshot(s: Session, sheet: ChildSheet, item_id: int) -> list[dict[str, Any]]:
    model = sheet.model
    return [{c.key: getattr(r, c.key) for c in model.__table__.columns}
            for r in s.scalars(select(model).where(model.item_id == item_id))]


def _agenda_ids(s: Session, item_id: int) -> list[int]:
    return list(s.scalars(select(RegisterAgendaItem.id)
                          .where(RegisterAgendaItem.item_id == item_id)
                          .order_by(RegisterAgendaItem.position, RegisterAgendaItem.id)))


def _keeping_outcome_links(s: Session, child: str, item_id: int) -> Any:
    """For new agenda rows: the outcomes keep pointing at the agenda point of the same
    number. Returns what to call once the agenda is written."""
    if child != "agenda":
        return lambda: None
    numbers = {a: n for n, a in enumerate(_agenda_ids(s, item_id), start=1)}
    pointed = {o.id: numbers.get(o.agenda_id) for o in s.scalars(
        select(RegisterOutcome).where(RegisterOutcome.item_id == item_id))
        if o.agenda_id is not None}

    def repoint() -> None:
        ids = dict(enumerate(_agenda_ids(s, item_id), start=1))
        for outcome_id, number in pointed.items():
            outcome = s.get(RegisterOutcome, outcome_id)
            if outcome is not None:
                outcome.agenda_id = ids.get(number) if number is not None else None
        s.flush()

    return repoint


def restore(s: Session, child: str, item_id: int, rows: list[dict[str, Any]]) -> None:
    """Put an item's rows back as ``snapshot`` took them (the import's undo)."""
    sheet = next(c for c in CHILD_SHEETS if c.child == child)
    repoint = _keeping_outcome_links(s, child, item_id)
    s.execute(delete(sheet.model).where(sheet.model.item_id == item_id))
    s.flush()
    for values in rows:
        s.add(sheet.model(**values))
    s.flush()
    repoint()


def replace(s: Session, sheet: ChildSheet, item_id: int, given: list[tuple[Any, ...]]) -> None:
    repoint = _keeping_outcome_links(s, sheet.child, item_id)
    model = sheet.model
    agenda: dict[int, int] = {}
    if sheet.child == "outcome":
        agenda = {n: a for n, a in enumerate(s.scalars(
            select(RegisterAgendaItem.id).where(RegisterAgendaItem.item_id == item_id)
            .order_by(RegisterAgendaItem.position, RegisterAgendaItem.id)), start=1)}
    s.execute(delete(model).where(model.item_id == item_id))
    s.flush()
    for position, values in enumerate(given, start=1):
        obj = model(item_id=item_id, position=position)
        for (key, _label, _t), value in zip(sheet.columns, values, strict=True):
            if key == "agenda":
                obj.agenda_id = agenda.get(value) if value is not None else None
            else:
                setattr(obj, _COLUMN.get(key, key), value)
        s.add(obj)
    s.flush()
    repoint()
