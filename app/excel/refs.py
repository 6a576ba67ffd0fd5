"""Resolving references between rows of an import and deciding update vs unchanged.

A reference points at a row of the file (``Ref(row=…)``, the index in the plan) or at a
row already in the workspace (``Ref(id=…)``); a measure named by a task but found nowhere
is created (``Ref(name=…)``), as are unknown departments and people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from app.errors import ValidationError
from app.excel.parse import as_text, is_empty, parse_cell, split_list
from app.excel.plan_types import CellError, PlanRow, RaciColumn, Status
from app.excel.predecessors import Problem, name_key, read_predecessors
from app.excel.reader import SheetData
from app.excel.sheet_specs import ID_KEY, NUMBER_KEY, ORG, RACI_TASK
from app.forms.display import list_separator
from app.forms.specs import FORMS, Kind
from app.forms.typed import whole_number
from app.i18n import tr
from app.raci.letters import parse_letter

if TYPE_CHECKING:
    from app.excel.plan import Planner


def column_letter(index: int) -> str:
    return get_column_letter(index + 1)


@dataclass(frozen=True)
class Ref:
    row: int | None = None  # index of a row of the plan
    id: int | None = None  # id of an existing row
    name: str | None = None  # a measure (or person) to create under this name


def _ref_id(planner: Planner, ref: Ref | None) -> int | None:
    """The existing id a reference ends at, or None when it ends at something new."""
    if ref is None:
        return None
    if ref.id is not None:
        return ref.id
    if ref.row is not None:
        return planner.plan.rows[ref.row].target_id
    return None


def _by_number(planner: Planner, form: str, number: int) -> Ref | None:
    idx = planner.plan.numbers.get(form, {}).get(number)
    if idx is not None:
        return Ref(row=idx)
    rid = planner.ex.by_number(form, number)
    return Ref(id=rid) if rid is not None else None


def _by_name(planner: Planner, form: str, name: str) -> Ref | None:
    """The row of ``form`` whose first field is ``name``: in the file, else the workspace."""
    if form not in planner.names:
        first = FORMS[form].fields[0].key
        in_file: dict[object, Ref] = {}
        for i, row in enumerate(planner.plan.rows):
            if row.form == form:
                in_file.setdefault(row.values.get(first), Ref(row=i))
        for rid, row in planner.ex.rows.get(form, {}).items():
            in_file.setdefault(row.values.get(first), Ref(id=rid))
        planner.names[form] = in_file
    return planner.names[form].get(name)


def _task_names(planner: Planner) -> dict[str, list[Ref]]:
    """Every task of the file and of the initiative by ``name_key`` of its name; a row of
    the file that updates a task of the initiative is that task, not a second one."""
    if planner.task_names is None:
        names: dict[str, list[Ref]] = {}
        rows = planner.plan.rows
        in_file = {r.target_id: i for i, r in enumerate(rows) if r.form == "tracking"}
        for i, row in enumerate(rows):
            if row.form == "tracking" and row.values.get("name"):
                names.setdefault(name_key(row.values["name"]), []).append(Ref(row=i))
        for rid, existing in planner.ex.rows.get("tracking", {}).items():
            ref = Ref(row=in_file[rid]) if rid in in_file else Ref(id=rid)
            refs = names.setdefault(name_key(existing.values.get("name") or ""), [])
            if ref not in refs:
                refs.append(ref)
        planner.task_names = names
    return planner.task_names


def _place(planner: Planner, ref: Ref) -> str:
    """Where a task is, for a message: its sheet and row, or its number in the initiative."""
    if ref.row is not None:
        row = planner.plan.rows[ref.row]
        return tr("excel.place.row", sheet=row.sheet, row=row.row)
    order = planner.ex.order.get("tracking", [])
    return tr("excel.place.task", n=order.index(ref.id) + 1 if ref.id in order else "?")


def _problem(planner: Planner, problem: Problem) -> str:
    if problem.kind == "ambiguous":
        places = list_separator().join(_place(planner, r) for r in problem.matches)
        return tr(
            "excel.reason.ambiguous_task", value=problem.text, n=len(problem.matches), places=places
        )
    if problem.kind == "number":
        return tr("excel.reason.unknown_task_ref", value=problem.text)
    return tr("excel.reason.unknown_predecessor", value=problem.text)


def predecessor_links(
    planner: Planner, row: PlanRow, sheet: SheetData, text: str
) -> list[tuple[Ref, int]]:
    """The tasks a predecessors cell names (by name, by number, or both), with their lags;
    each part that names no task, or two, is an error of the cell."""
    names = _task_names(planner)
    found = read_predecessors(
        text, lambda key: names.get(key, []), lambda n: _by_number(planner, "tracking", n)
    )
    for problem in found.problems:
        row.error(sheet, "predecessors", _problem(planner, problem))
    return found.links


def _department(planner: Planner, name: str | None) -> None:
    if name and name not in planner.ex.departments and name not in planner.plan.new_departments:
        planner.plan.new_departments.append(name)


def _person(planner: Planner, name: str, department: str | None) -> Ref:
    team = [planner.ex.member_person[m] for m in planner.ex.member_person]
    pid = planner.ex.pick_person(name, department, prefer=team)
    if pid is not None:
        return Ref(id=pid)
    planner.plan.new_people.setdefault(name, department or None)
    return Ref(name=name)


# -- per form --------------------------------------------------------------------------
def _org(planner: Planner, row: PlanRow) -> None:
    ex = planner.ex
    name = row.values.get("name") or ""
    dep = row.values.get("department") or None
    _department(planner, dep)
    if not name:
        row.target_id = None
        row.status = (
            row.status
            if row.errors
            else (Status.UNCHANGED if dep in ex.departments else Status.NEW)
        )
        return
    pid = row.given_id if row.given_id in ex.person else ex.pick_person(name, dep)
    if pid is None:
        planner.plan.new_people[name] = dep
        return
    row.target_id = pid
    current = ex.person[pid]
    row.changes = [
        f.key
        for f in ORG.fields
        if f.key in row.values and (row.values[f.key] or None) != (current.get(f.key) or None)
    ]


def _team(planner: Planner, row: PlanRow) -> None:
    dep = row.values.get("department") or None
    _department(planner, dep)
    if row.target_id is None:
        pid = planner.ex.pick_person(row.values.get("name", ""), dep)
        row.values["_person"] = pid
        if pid is None and row.values.get("name"):
            planner.plan.new_people.setdefault(row.values["name"], dep)


def _measure(planner: Planner, v: dict) -> None:
    """A task's or a KPI's measure by name; a name found nowhere is a measure to create."""
    if "measure" in v:
        name = v["measure"]
        ref = _by_name(planner, "measures", name) if name else None
        if name and ref is None:
            if name not in planner.plan.new_measures:
                planner.plan.new_measures.append(name)
            ref = Ref(name=name)
        v["measure"] = ref


def _tracking(planner: Planner, row: PlanRow, sheet: SheetData) -> None:
    v = row.values
    _department(planner, v.get("department") or None)
    if v.get("owner"):
        v["owner"] = _person(planner, v["owner"], v.get("department") or None)
    elif "owner" in v:  # an empty owner cell; a sheet without the column changes nothing
        v["owner"] = None
    _measure(planner, v)
    if "predecessors" in v:
        v["predecessors"] = predecessor_links(planner, row, sheet, v["predecessors"])


def _measures(planner: Planner, row: PlanRow, sheet: SheetData) -> None:
    if "pain_points" not in row.values:
        return
    refs: list[Ref] = []
    for part in split_list(row.values["pain_points"].replace(" ", ",")):
        text = part.lstrip("#＃").strip()
        number = int(text) if text.isdigit() else None
        ref = _by_number(planner, "pain_points", number) if number is not None else None
        if ref is None:
            row.error(sheet, "pain_points", tr("excel.reason.unknown_measure_ref", value=part))
        else:
            refs.append(ref)
    row.values["pain_points"] = refs


def _same(planner: Planner, kind: Kind, new: Any, old: Any) -> bool:
    if kind is Kind.PERSON or kind is Kind.MEASURE:
        return _ref_id(planner, new) == old and (new is None or _ref_id(planner, new) is not None)
    if kind is Kind.PREDECESSORS:
        ids = [(_ref_id(planner, r), lag) for r, lag in new]
        return None not in (i for i, _ in ids) and sorted(ids) == sorted(old or [])  # type: ignore[type-var]
    if kind is Kind.PAIN_POINTS:
        ids = [_ref_id(planner, r) for r in new]
        return None not in ids and ids == list(old or [])
    if kind is Kind.DEPARTMENTS:
        return sorted(new or []) == sorted(old or [])  # stored in the departments' order
    return (new if new not in ("", []) else None) == (old if old not in ("", []) else None)


def _classify(planner: Planner, row: PlanRow) -> None:
    if row.errors or row.form == "org":
        if not row.errors and row.form == "org" and row.target_id is not None:
            row.status = Status.UPDATE if row.changes else Status.UNCHANGED
        return
    if row.target_id is None:
        row.status = Status.NEW
        return
    current = planner.ex.rows[row.form][row.target_id].values
    spec = FORMS[row.form]
    row.changes = [
        f.key
        for f in spec.fields
        if f.key in row.values
        and not f.derived
        and not _same(planner, f.kind, row.values[f.key], current.get(f.key))
    ]
    row.status = Status.UPDATE if row.changes else Status.UNCHANGED


# -- RACI ------------------------------------------------------------------------------
def raci_letter(value: object) -> str | None:
    """An imported cell's letter, by the grid's own rule (``app.raci.letters``)."""
    if is_empty(value):
        return None
    try:
        return parse_letter(as_text(value))
    except ValidationError:
        raise ValidationError("excel.reason.raci_letter", value=as_text(value).strip()) from None


def _raci_columns(planner: Planner, sheet: SheetData) -> list[Any]:
    mapped = set(sheet.header.columns.values())
    columns = []
    team_rows = {
        r.values.get("name"): i for i, r in enumerate(planner.plan.rows) if r.form == "team"
    }
    for index, header in sorted(sheet.header.headers.items()):
        if index in mapped:
            continue
        col = RaciColumn(index, header)
        mid = planner.ex.member_by_name(header)
        if header in team_rows and (mid is None or planner.ex.strict_departments):
            col.member = Ref(row=team_rows[header])  # another workspace's people: its own rows
        elif mid is not None:
            col.member = Ref(id=mid)
        elif header in planner.ex.departments or header in planner.plan.new_departments:
            col.department = header
        columns.append(col)
    planner.plan.raci_columns[sheet.title] = columns
    return columns


def _raci_sheet(planner: Planner, sheet: SheetData) -> None:
    columns = _raci_columns(planner, sheet)
    for i, (excel_row, cells) in enumerate(sheet.rows, start=1):
        row = PlanRow(sheet.title, excel_row, "raci")

        def cell(key: str, cells: tuple[object, ...] = cells) -> object:
            idx = sheet.header.columns.get(key)
            return cells[idx] if idx is not None and idx < len(cells) else None

        name = parse_cell(RACI_TASK, cell("task")) if not is_empty(cell("task")) else ""
        row.label = name
        given = whole_number(cell(ID_KEY))
        number = whole_number(cell(NUMBER_KEY))
        ref = None
        if planner.trust.rows and given is not None and given in planner.ex.rows.get("tracking", {}):
            ref = Ref(id=given)
        if ref is None and name:
            ref = _by_name(planner, "tracking", name)
        if ref is None and number is not None:
            ref = _by_number(planner, "tracking", number)
        if ref is None:
            value = name or as_text(cell(NUMBER_KEY)) or i
            row.error(sheet, "task", tr("excel.reason.unknown_task", value=value))
        row.values["task"] = ref
        for col in columns:
            raw = cells[col.index] if col.index < len(cells) else None
            try:
                letter = raci_letter(raw)
            except ValidationError as exc:
                row.add_error(CellError(column_letter(col.index), col.header, exc.message()))
                continue
            if col.member is None and col.department is None:
                if letter is not None:
                    row.add_error(
                        CellError(
                            column_letter(col.index),
                            col.header,
                            tr("excel.reason.unknown_column", value=col.header),
                        )
                    )
                continue
            row.raci[col.index] = letter
        if row.errors:
            row.status = Status.ERROR
        else:
            _raci_status(planner, row, columns)
        planner.plan.rows.append(row)


def _raci_status(planner: Planner, row: PlanRow, columns: list[Any]) -> None:
    task_id = _ref_id(planner, row.values["task"])
    if task_id is None:
        row.status = Status.NEW
        return
    row.target_id = task_id
    current = planner.ex.raci.get(task_id, {})
    for col in columns:
        if col.index not in row.raci:
            continue
        member = _ref_id(planner, col.member) if col.member else None
        dep = planner.ex.departments.get(col.department) if col.department else None
        if (col.member is not None and member is None) or (col.department and dep is None):
            if row.raci[col.index] is not None:
                row.changes.append(col.header)
            continue
        if current.get((member, dep)) != row.raci[col.index]:
            row.changes.append(col.header)
    row.status = Status.UPDATE if row.changes else Status.UNCHANGED


def resolve_refs(planner: Planner, raci_sheets: list[SheetData]) -> None:
    for i, row in enumerate(planner.plan.rows):
        sheet = planner.sheet_for[i]
        form = row.form
        if form == "org":
            _org(planner, row)
        elif form == "team":
            _team(planner, row)
        elif form == "tracking":
            _tracking(planner, row, sheet)
        elif form == "measures":
            _measures(planner, row, sheet)
        elif form == "evaluation":
            _measure(planner, row.values)
        elif form in ("goals", "signoffs", "pain_points"):
            for key in ("lead_department", "department"):
                _department(planner, row.values.get(key) or None)
            for name in row.values.get("departments", []):
                _department(planner, name)
    for row in planner.plan.rows:
        _classify(planner, row)
    for sheet in raci_sheets:
        _raci_sheet(planner, sheet)
