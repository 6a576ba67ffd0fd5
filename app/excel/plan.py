"""The import plan: every row of the file classified new / update / unchanged / error,
with sheet, row, column and reason for each error — built before anything is written.

The plan reads the workspace but never changes it; ``app.excel.apply`` carries it out in
one transaction. Cell values go through ``app.excel.parse`` (and so ``app.validation``);
references between sheets (a task's measure, predecessors "3, 5+2", a measure's "#1, #3",
an owner's name, a RACI column's member) are resolved against the file first and the
workspace second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.errors import UserError, ValidationError
from app.excel import existing as existing_mod
from app.excel.existing import Existing
from app.excel.layout import ID_KEY, NUMBER_KEY
from app.excel.parse import as_text, is_empty, parse_cell
from app.excel.plan_types import CellError, ImportPlan, Note, PlanRow, error_budget
from app.excel.reader import SheetData, read_workbook
from app.excel.refs import resolve_refs
from app.forms import FORMS, Kind
from app.i18n import tr
from app.workspace import Workspace

# Sheets are planned in this order so that a reference finds what it points at.
ORDER = (
    "org",
    "pain_points",
    "measures",
    "goals",
    "signoffs",
    "team",
    "tracking",
    "evaluation",
    "raci",
)
# The column that identifies a row when the sheet carries no id.
NATURAL_KEY = {
    "goals": ("name",),
    "signoffs": ("department",),
    "team": ("name",),
    "pain_points": ("step", "description"),
    "measures": ("name",),
    "tracking": ("name",),
    "evaluation": ("name",),
}


def _label(form: str, values: dict[str, Any], cells: tuple[object, ...], sheet: SheetData) -> str:
    if form == "org":
        return " · ".join(str(values.get(k) or "") for k in ("department", "name") if values.get(k))
    if form == "raci":
        return str(values.get("task") or "")
    first = FORMS[form].fields[0].key
    if first in values and values[first] not in (None, ""):
        return str(values[first])
    i = sheet.header.columns.get(first)
    return as_text(cells[i]) if i is not None and i < len(cells) else ""


def _cell(cells: tuple[object, ...], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


class Planner:
    def __init__(self, ex: Existing, plan: ImportPlan) -> None:
        self.ex = ex
        self.plan = plan
        self.matched: dict[str, set[int]] = {}
        self.sheet_for: list[SheetData] = []  # parallel to plan.rows
        self.names: dict[str, dict[object, Any]] = {}  # form → first field → Ref
        self.keys: dict[str, dict[tuple[object, ...], list[int]]] = {}  # natural key → ids

    # -- one row ---------------------------------------------------------------------------
    def parse_row(
        self, sheet: SheetData, excel_row: int, cells: tuple[object, ...], index_in_sheet: int
    ) -> PlanRow:
        form = sheet.layout.key
        spec = sheet.layout.spec
        row = PlanRow(sheet.title, excel_row, form)
        number = _int_or_none(_cell(cells, sheet.header.columns.get(NUMBER_KEY)))
        row.number = number if number is not None else index_in_sheet
        row.given_id = _int_or_none(_cell(cells, sheet.header.columns.get(ID_KEY)))
        if spec is not None:
            for f in spec.fields:
                if f.derived or f.key not in sheet.header.columns:
                    continue
                raw = _cell(cells, sheet.header.columns[f.key])
                if f.kind is Kind.CHOICE and f.required and is_empty(raw):
                    continue  # an empty required choice keeps its default or current value
                try:
                    row.values[f.key] = parse_cell(f, raw)
                except ValidationError as exc:
                    row.error(sheet, f.key, exc.message())
        row.label = _label(form, row.values, cells, sheet) if spec is not None else ""
        return row

    def match(self, sheet: SheetData, row: PlanRow) -> None:
        """Which existing row this one updates: by its id, else by its natural key."""
        form = row.form
        existing = self.ex.rows.get(form, {})
        taken = self.matched.setdefault(form, set())
        rid = row.given_id
        target = rid if rid is not None and rid in existing else None
        if target is None and form in NATURAL_KEY:
            keys = NATURAL_KEY[form]
            if form not in self.keys:
                index: dict[tuple[object, ...], list[int]] = {}
                for i, r in existing.items():
                    index.setdefault(tuple(r.values.get(k) for k in keys), []).append(i)
                self.keys[form] = index
            if all(k in row.values for k in keys):
                found = [
                    i
                    for i in self.keys[form].get(tuple(row.values[k] for k in keys), [])
                    if i not in taken
                ]
                if len(found) == 1:
                    target = found[0]
        if target is not None:
            if target in taken:
                row.error(sheet, ID_KEY, tr("excel.reason.duplicate_id", value=target))
                return
            taken.add(target)
            row.target_id = target

    # -- whole sheets ----------------------------------------------------------------------
    def form_sheet(self, sheet: SheetData, stop: Callable[[], bool] | None) -> None:
        numbers = self.plan.numbers.setdefault(sheet.layout.key, {})
        for i, (excel_row, cells) in enumerate(sheet.rows, start=1):
            row = self.parse_row(sheet, excel_row, cells, i)
            if row.form != "org":
                self.match(sheet, row)
            if row.number is not None and row.number not in numbers:
                numbers[row.number] = len(self.plan.rows)
            self.plan.rows.append(row)
            self.sheet_for.append(sheet)
            if stop is not None and i % 500 == 0 and stop():
                from app.excel.export import Cancelled

                raise Cancelled()


def build_plan(
    ws: Workspace,
    path: str | Path,
    initiative_id: int | None,
    new_initiative: str | None = None,
    stop: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read ``path`` and classify each row against initiative ``initiative_id`` (or a new
    initiative named ``new_initiative``). Raises ``UserError`` for a refused file."""
    book = read_workbook(path, stop)
    if not book.sheets:
        raise UserError("excel.error.no_forms", path=str(path))
    plan = ImportPlan(str(path), initiative_id, new_initiative, ignored=book.ignored)
    ex = existing_mod.load(ws, initiative_id if new_initiative is None else None)
    planner = Planner(ex, plan)
    sheets = sorted(book.sheets, key=lambda s: ORDER.index(s.layout.key))
    with error_budget() as budget:
        for sheet in sheets:
            plan.sheets.append((sheet.title, sheet.layout.key))
            if sheet.layout.key != "raci":
                planner.form_sheet(sheet, stop)
        resolve_refs(planner, [s for s in sheets if s.layout.key == "raci"])
        _formulas_without_result(plan, sheets)
    if budget[1]:
        plan.notes.append(Note.of("excel.preview.more_errors", n=budget[1]))
    for sheet in sheets:
        for letter, n in sheet.unheaded_columns():
            plan.notes.append(
                Note.of("excel.preview.unheaded", sheet=sheet.title, column=letter, n=n)
            )
    return plan


def _formulas_without_result(plan: ImportPlan, sheets: list[SheetData]) -> None:
    """A cell the plan reads whose formula has no computed value makes its row an error:
    reading it as empty would clear what the cell was meant to hold."""
    at = {(r.sheet, r.row): r for r in plan.rows}
    reason = tr("excel.reason.formula_no_result")
    for sheet in sheets:
        read = set(sheet.header.columns.values())
        if sheet.layout.key == "raci":
            read |= set(sheet.header.headers)
        for number, columns in sorted(sheet.no_result.items()):
            row = at.get((sheet.title, number))
            if row is None:
                continue
            for c in columns:
                if c in read:
                    row.add_error(
                        CellError(column_letter(c), sheet.header.headers.get(c, ""), reason)
                    )


def column_letter(index: int) -> str:
    return get_column_letter(index + 1)
