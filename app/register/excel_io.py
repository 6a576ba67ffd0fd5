"""The register in the workbook: one sheet per kind, written with the forms' export and
read back by the forms' import, by number (``WT-007``): a number of the initiative updates
that item, a new number adds an item with it. The preview shows each row new, updated,
unchanged or refused with its sheet, row, column and reason, and nothing is written while
any row is refused (the forms' all-or-nothing rule). Values are checked by the register's
own field rules (``app.register.fields``), the same the editors use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.excel import styles
from app.excel.cells import text_cell
from app.excel.headers import normalise
from app.excel.plan_types import CellError, ImportPlan, PlanRow, Status
from app.excel.sheet_specs import safe_sheet_name
from app.i18n import LANGUAGES, tr
from app.register import clocks, display
from app.register import fields as fl
from app.register import kinds as k
from app.register.kinds import Kind
from app.register.models import RegisterItem, RegisterTaskLink
from app.register.read import ItemRecord, record_in
from app.store.models import Task

FORM = "register"  # the plan rows' form
TITLE_ROW, HEADER_ROW = 1, 2
FIRST_DATA_ROW = HEADER_ROW + 1
_PLAIN_TEXT = ("text", "longtext", "datetime", "choice", "person", "department",
               "departments", "meeting", "task")


def sheet_name(kind: str, lang: str | None) -> str:
    return safe_sheet_name(tr(f"register.excel.sheet.{kind}", lang))


def kind_of_sheet(title: str) -> Kind | None:
    wanted = normalise(title)
    for kind in Kind:
        if any(normalise(sheet_name(kind, lang)) == wanted for lang in LANGUAGES):
            return kind
    return None


def is_register_sheet(title: str) -> bool:
    """Whether a sheet is one of the register's (its items or their rows)."""
    from app.register.excel_rows import child_of_sheet

    return kind_of_sheet(title) is not None or child_of_sheet(title) is not None


def columns(kind: str) -> list[tuple[str, str]]:
    """(key, label key) of a kind's sheet: the number, every field, the linked tasks."""
    return ([("number", "register.field.number")]
            + [(f.key, f.label_key_for(kind)) for f in fl.fields_of(kind)]
            + [("tasks", "register.field.tasks")])


@dataclass(frozen=True)
class FileTask:
    """A task of the workbook's own Form 4 sheet, by its row in the import plan: its id is
    known once the import has written it."""

    index: int


TaskRef = int | FileTask


def task_refs(s: Session, plan: ImportPlan, initiative_id: int | None) -> dict[int, TaskRef] | None:
    """Form 4 number → task, as a register sheet's task numbers mean it: the workbook's own
    Form 4 sheet when it has one (the numbers were written from it), else the initiative's
    tasks; None when there is neither."""
    in_file = plan.numbers.get("tracking")
    if in_file:
        return {n: FileTask(i) for n, i in in_file.items()}
    if initiative_id is not None:
        return {n: tid for tid, n in _task_numbers(s, initiative_id).items()}
    return None


def task_id(ref: TaskRef | None, plan: ImportPlan, created: dict[int, int]) -> int | None:
    """The id of a task reference; ``created`` maps the plan rows the import wrote to their
    ids (empty while planning, when a new task has none yet)."""
    if isinstance(ref, FileTask):
        row = plan.rows[ref.index]
        return row.target_id if row.target_id is not None else created.get(ref.index)
    return ref


def _task_numbers(s: Session, initiative_id: int) -> dict[int, int]:
    """Task id → its row number in Form 4 (what the workbook's plan sheet numbers)."""
    ids = s.scalars(select(Task.id).where(Task.initiative_id == initiative_id)
                    .order_by(Task.position, Task.id))
    return {tid: n for n, tid in enumerate(ids, start=1)}


# -- export ----------------------------------------------------------------------------------
def _cell_value(rec: ItemRecord, key: str, numbers: dict[int, int], lang: str | None) -> Any:
    if key == "number":
        return rec.row.number
    if key == "tasks":
        return ", ".join(str(numbers[t]) for t, _name in rec.tasks if t in numbers)
    f = fl.FIELDS[key]
    value = rec.values.get(key)
    if f.type == "date" or f.type == "int":
        return value
    if f.type == "task":
        return numbers.get(value) if value is not None else None
    return display.field_text(rec, f, lang)


def write_sheets(wb: Any, s: Session, initiative_id: int, lang: str | None) -> int:
    """Add one sheet per kind to write-only workbook ``wb``; returns the rows written."""
    now = clocks.now()
    numbers = _task_numbers(s, initiative_id)
    items = list(s.execute(select(RegisterItem.id, RegisterItem.kind).where(
        RegisterItem.initiative_id == initiative_id).order_by(RegisterItem.number)))
    written = 0
    for kind in Kind:
        sheet = wb.create_sheet(sheet_name(kind, lang))
        cols = columns(kind)
        for i, (key, _label) in enumerate(cols, start=1):
            f = fl.FIELDS.get(key)
            wide = f is not None and f.type == "longtext"
            sheet.column_dimensions[get_column_letter(i)].width = 30 if wide else 16
        sheet.freeze_panes = f"B{FIRST_DATA_ROW}"
        sheet.append([text_cell(sheet, tr(f"register.kind.{kind.value}", lang), styles.TITLE)])
        sheet.append([text_cell(sheet, tr(label, lang), styles.HEADER) for _k, label in cols])
        for item_id, item_kind in items:
            if item_kind != kind.value:
                continue
            rec = record_in(s, item_id, now, lang)
            cells = []
            for key, _label in cols:
                value = _cell_value(rec, key, numbers, lang)
                if isinstance(value, dt.date):
                    cell = WriteOnlyCell(sheet, value)
                    cell.style = styles.DATE
                elif isinstance(value, int) and not isinstance(value, bool):
                    cell = WriteOnlyCell(sheet, value)
                    cell.style = styles.NUMBER
                else:
                    cell = text_cell(sheet, "" if value is None else str(value))
                cells.append(cell)
            sheet.append(cells)
            written += 1
    from app.register.excel_rows import write_sheets as write_row_sheets

    write_row_sheets(wb, s, initiative_id, lang, numbers)
    return written


# -- import: the plan ------------------------------------------------------------------------
def _header_map(kind: str, cells: Iterable[object]) -> dict[str, int]:
    """Field key → column index, from header labels in either language."""
    labels = {}
    for key, label in columns(kind):
        for lang in LANGUAGES:
            labels[normalise(tr(label, lang))] = key
        labels[normalise(key)] = key
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = labels.get(normalise(cell)) if cell not in (None, "") else None
        if key is not None and key not in found:
            found[key] = i
    return found


def read_sheets(path: str | Path) -> list[tuple[str, Kind, list[tuple[int, tuple[object, ...]]],
                                                   dict[str, int], list[str]]]:
    """The register sheets of the (already checked) workbook: (title, kind, data rows as
    (Excel row, cells), header map, header texts)."""

    found = []
    for title, (rows, header) in _raw_sheets(path, kind_of_sheet).items():
        kind = kind_of_sheet(title)
        assert kind is not None
        found.append((title, kind, rows, _header_map(kind, header), header))
    return found


Rows = list[tuple[int, tuple[object, ...]]]


def _raw_sheets(path: str | Path, wanted: Any) -> dict[str, tuple[Rows, list[str]]]:
    """The data rows (Excel row, cells) and header texts of the sheets ``wanted`` names."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    found: dict[str, tuple[Rows, list[str]]] = {}
    try:
        for ws in wb.worksheets:
            if wanted(ws.title) is None:
                continue
            rows = list(ws.iter_rows(values_only=True))
            if len(rows) < HEADER_ROW:
                continue
            header = ["" if c is None else str(c) for c in rows[HEADER_ROW - 1]]
            data = [(n, tuple(r)) for n, r in enumerate(rows[HEADER_ROW:], start=FIRST_DATA_ROW)
                    if any(c not in (None, "") for c in r)]
            found[ws.title] = (data, header)
    finally:
        wb.close()
    return found


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


def _cell_text(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def plan_sheets(s: Session, path: str | Path, plan: ImportPlan, initiative_id: int | None) -> None:
    """Add the register sheets' rows to ``plan`` (reading the workspace, writing nothing)."""
    from app.excel.plan_types import Note
    from app.register.excel_rows import child_of_sheet
    from app.register.excel_rows import plan_sheet as plan_row_sheet
    from app.register.service import _check_item

    sheets = read_sheets(path)
    refs = task_refs(s, plan, initiative_id)
    numbers = refs or {}
    if sheets and refs is None:
        plan.notes.append(Note.of("register.excel.note.new_initiative"))
    existing: dict[tuple[str, int], RegisterItem] = {}
    if initiative_id is not None:
        for item in s.scalars(select(RegisterItem).where(
                RegisterItem.initiative_id == initiative_id)):
            existing[item.kind, item.number] = item
    new_meetings: set[str] = set()
    new_numbers: set[str] = set()
    seen: set[tuple[str, int]] = set()
    for title, kind, rows, cols, header in sorted(
            sheets, key=lambda t: list(Kind).index(t[1])):
        plan.sheets.append((title, FORM))
        for excel_row, cells in rows:
            row = PlanRow(title, excel_row, FORM)
            plan.rows.append(row)

            def err(key: str | None, reason: str, row: PlanRow = row,
                    cols: dict[str, int] = cols, header: list[str] = header) -> None:
                if key is not None and key in cols:
                    row.add_error(CellError(_letter(cols[key]), header[cols[key]], reason))
                else:
                    row.add_error(CellError("", "", reason))

            raw_number = cells[cols["number"]] if "number" in cols and cols["number"] < len(
                cells) else None
            parsed = k.parse_number(str(raw_number)) if raw_number not in (None, "") else None
            if parsed is None or parsed[0] != kind:
                err("number", tr("register.excel.bad_number", value=raw_number or "",
                                 prefix=k.PREFIX[kind]))
                continue
            number = parsed[1]
            row.number = number
            row.label = k.number_text(kind, number)
            if (kind.value, number) in seen:
                err("number", tr("register.excel.twice", number=row.label))
                continue
            seen.add((kind.value, number))
            target = existing.get((kind.value, number))
            values: dict[str, Any] = {}
            for key, index in cols.items():
                if key == "number" or index >= len(cells):
                    continue
                if refs is None and key in ("tasks", "task"):
                    continue  # no Form 4 to find the numbers in: see the note
                raw = _cell_text(cells[index])
                if raw in (None, "") and (key == "status" or target is None):
                    continue  # an empty status keeps the current one; a new item's defaults
                try:
                    if key == "tasks":
                        values[key] = _tasks(raw, numbers)
                        continue
                    f = fl.FIELDS[key]
                    if f.type == "task":
                        values[key] = _tasks(raw, numbers)[0] if raw not in (None, "") else None
                    elif f.type == "meeting":
                        values[key] = _meeting(raw, existing, new_meetings)
                    else:
                        values[key] = fl.clean(s, f, kind.value, initiative_id or 0, raw)
                except UserError as exc:
                    err(key, exc.message())
            if row.status is Status.ERROR:
                continue
            if kind is Kind.MEETING:
                new_meetings.add(row.label)
            row.label = f"{row.label} {values.get('title') or ''}".strip()
            row.values = values
            _classify(s, row, kind, target, values, err, _check_item, plan)
            if row.status is Status.NEW:
                new_numbers.add(k.number_text(kind, number))
    for title, (rows, header) in _raw_sheets(path, child_of_sheet).items():
        child = child_of_sheet(title)
        assert child is not None
        plan_row_sheet(s, child, title, rows, header, plan, existing, new_numbers, refs)


def _tasks(raw: object, numbers: dict[int, TaskRef]) -> list[TaskRef]:
    from app.forms.typed import whole_number

    out = []
    for part in str(raw or "").replace("，", ",").replace("、", ",").split(","):
        part = part.strip().lstrip("#")
        if not part:
            continue
        n = whole_number(part)
        if n is None or n not in numbers:
            raise UserError("error.value.unknown_task", value=part)
        out.append(numbers[n])
    return out


def _meeting(raw: object, existing: dict[tuple[str, int], RegisterItem],
             new_meetings: set[str]) -> str | None:
    if raw in (None, ""):
        return None
    parsed = k.parse_number(str(raw))
    if parsed is None or parsed[0] != Kind.MEETING or (
            ("meeting", parsed[1]) not in existing
            and k.number_text("meeting", parsed[1]) not in new_meetings):
        raise UserError("error.register.not_meeting", value=raw)
    return k.number_text("meeting", parsed[1])


def _current(s: Session, item: RegisterItem, key: str) -> Any:
    if key == "tasks":
        return sorted(s.scalars(select(RegisterTaskLink.task_id)
                                .where(RegisterTaskLink.item_id == item.id)))
    from app.register.service import _read

    value = _read(s, item, key)
    if fl.FIELDS[key].type == "meeting" and value is not None:
        other = s.get(RegisterItem, value)
        return k.number_text(other.kind, other.number) if other is not None else None
    if fl.FIELDS[key].type == "departments":
        return sorted(value)
    return value


def _comparable(key: str, value: Any, plan: ImportPlan) -> Any:
    """A planned value as the workspace holds it (a task of the file by its id, if any)."""
    if key == "tasks":
        return sorted((task_id(r, plan, {}) or 0) for r in value)
    if key in fl.FIELDS and fl.FIELDS[key].type == "task":
        return task_id(value, plan, {})
    return sorted(value) if isinstance(value, list) else value


def _classify(s: Session, row: PlanRow, kind: Kind, target: RegisterItem | None,
              values: dict[str, Any], err: Any, check: Any, plan: ImportPlan) -> None:
    """New or update (and which fields change), after the rules between the item's fields,
    asked on a copy of the item that is never added to the session."""
    from app.errors import ValidationError
    from app.register.service import defaults

    probe = RegisterItem(kind=kind.value)
    if target is not None:
        for column in RegisterItem.__table__.columns:
            setattr(probe, column.key, getattr(target, column.key))
    else:  # what the new item will hold besides the sheet's values
        for key, value in defaults(kind, clocks.now(), values).items():
            setattr(probe, fl.FIELDS[key].attr, value)
    for key, value in values.items():
        f = fl.FIELDS.get(key)
        if f is not None and f.type not in ("departments", "meeting", "task"):
            setattr(probe, f.attr, value)
    try:
        check(s, probe, tuple(values))
    except ValidationError as exc:
        err(None, exc.message())
        return
    if target is None:
        row.status = Status.NEW
        return
    row.target_id = target.id
    for key, value in values.items():
        if _comparable(key, value, plan) != _current(s, target, key):
            row.changes.append(key)
    row.status = Status.UPDATE if row.changes else Status.UNCHANGED


# -- import: carrying the plan out -----------------------------------------------------------
def apply_rows(s: Session, plan: ImportPlan, initiative_id: int, record: Any,
               created: dict[int, int] | None = None) -> None:
    """Write the plan's register rows in the import's transaction; ``record`` (the import's
    undo record) learns what was created and what each updated field held; ``created``
    gives the ids of the rows the import wrote (plan row index → id), for task links."""
    created = created or {}

    def tid(ref: TaskRef | None) -> int | None:
        return task_id(ref, plan, created)

    from app.register.service import _check_item, _create, _read, _write

    rows = [r for r in plan.rows if r.form == FORM and r.status in (Status.NEW, Status.UPDATE)
            and "_child" not in r.values]
    # Meetings first, so that a risk notice's meeting is there to point at.
    rows.sort(key=lambda r: r.label[:2] != k.PREFIX[Kind.MEETING])
    now = clocks.now()
    for row in rows:
        parsed = k.parse_number(row.label.split()[0])
        assert parsed is not None
        kind, number = parsed
        fields = {key: tid(v) if key == "task" else v
                  for key, v in row.values.items() if key != "tasks"}
        if row.status is Status.NEW:
            # Fields given on the sheet, even empty ones, over the kind's defaults.
            item_id = _create(s, initiative_id, kind, fields, number, now)
            record.created.append(("register_items", item_id))
            tasks = [tid(r) for r in row.values.get("tasks") or []]
        else:
            assert row.target_id is not None
            item = s.get(RegisterItem, row.target_id)
            assert item is not None
            item_id = item.id
            changed = [key for key in row.changes if key != "tasks"]
            for key in changed:
                record.fields.append((FORM, item_id, key, _read(s, item, key)))
                _write(s, item, key, fields[key])
            _check_item(s, item, changed)
            if "tasks" not in row.changes:
                continue
            tasks = [tid(r) for r in row.values["tasks"]]
            old = sorted(s.scalars(select(RegisterTaskLink.task_id)
                                   .where(RegisterTaskLink.item_id == item_id)))
            record.fields.append((FORM, item_id, "tasks", old))
        set_tasks(s, item_id, [t for t in tasks if t is not None])
    s.flush()
    from app.register.excel_rows import apply_rows as apply_child_rows

    apply_child_rows(s, plan, initiative_id, record, created)


def set_tasks(s: Session, item_id: int, tasks: list[int]) -> None:
    from sqlalchemy import delete

    s.execute(delete(RegisterTaskLink).where(RegisterTaskLink.item_id == item_id))
    for tid in dict.fromkeys(tasks):
        s.add(RegisterTaskLink(item_id=item_id, task_id=tid))
    s.flush()


def undo_field(s: Session, item_id: int, key: str, old: Any) -> None:
    """Put back one field an import changed (its undo)."""
    from app.register.service import _write

    item = s.get(RegisterItem, item_id)
    if item is None:
        return
    if key == "tasks":
        set_tasks(s, item_id, old)
    elif key.startswith("child."):
        from app.register.excel_rows import restore

        restore(s, key.removeprefix("child."), item_id, old)
    else:
        _write(s, item, key, old)
