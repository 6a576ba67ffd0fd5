"""The import plan: every row of the file classified new / update / unchanged / error,
with sheet, row, column and reason for each error — built before anything is written.

The plan reads the workspace but never changes it; ``app.excel.apply`` carries it out in
one transaction. Cell values go through ``app.excel.parse`` (and so ``app.forms.validation``);
references between sheets (a task's measure, predecessors "3, 5+2", a measure's "#1, #3",
an owner's name, a RACI column's member) are resolved against the file first and the
workspace second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.errors import UserError, ValidationError
from app.excel import column_choices
from app.excel import existing as existing_mod
from app.excel.existing import Existing
from app.excel.headers import CONTACT_KEY
from app.excel.origin import Origin, Trust
from app.excel.parse import as_text, is_empty, parse_cell
from app.excel.plan_rules import check_task_rules
from app.excel.plan_types import CellError, ImportPlan, Note, PlanRow, Status, error_budget
from app.excel.reader import SheetData, Workbook, read_workbook
from app.excel.refs import resolve_refs
from app.excel.sheet_specs import ID_KEY, NUMBER_KEY
from app.excel.unused import unlabelled_cells, with_choices
from app.forms.contact import split_contact
from app.forms.specs import FORMS, Kind
from app.forms.typed import whole_number
from app.i18n import tr
from app.store import settings
from app.store.workspace import Workspace

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


# Fields of a team row that belong to the person, who may be on other teams too.
PERSON_KEYS = ("department", "phone", "email", "chat")
# What a sign-off line records about the signature itself.
SIGNATURE_KEYS = ("signed", "signed_on", "version")


class Planner:
    def __init__(
        self, ex: Existing, plan: ImportPlan, trust: Trust | None = None,
        keep_signatures: bool = True,
    ) -> None:
        self.ex = ex
        self.plan = plan
        self.trust = trust or Trust(True, True)
        self.keep_signatures = keep_signatures
        self.signatures_dropped = 0
        self.matched: dict[str, set[int]] = {}
        self.sheet_for: list[SheetData] = []  # parallel to plan.rows
        self.names: dict[str, dict[object, Any]] = {}  # form → first field → Ref
        # (form, key fields) → natural key → ids
        self.keys: dict[tuple[str, tuple[str, ...]], dict[tuple[object, ...], list[int]]] = {}
        self.task_names: dict[str, list[Any]] | None = None  # name → tasks, for predecessors

    # -- one row ---------------------------------------------------------------------------
    def parse_row(
        self, sheet: SheetData, excel_row: int, cells: tuple[object, ...], index_in_sheet: int
    ) -> PlanRow:
        form = sheet.layout.key
        spec = sheet.layout.spec
        row = PlanRow(sheet.title, excel_row, form)
        number = whole_number(_cell(cells, sheet.header.columns.get(NUMBER_KEY)))
        row.number = number if number is not None else index_in_sheet
        trusted = self.trust.people if form == "org" else self.trust.rows
        if trusted:
            row.given_id = whole_number(_cell(cells, sheet.header.columns.get(ID_KEY)))
        if spec is not None:
            for f in spec.fields:
                if f.derived or f.key not in sheet.header.columns:
                    continue
                raw = _cell(cells, sheet.header.columns[f.key])
                if f.kind is Kind.CHOICE and f.required and is_empty(raw):
                    continue  # an empty required choice keeps its default or current value
                if is_empty(raw):
                    row.empty += (f.key,)
                try:
                    row.values[f.key] = parse_cell(f, raw)
                except ValidationError as exc:
                    row.error(sheet, f.key, exc.message())
            if CONTACT_KEY in sheet.header.columns:
                self.contact(sheet, row, _cell(cells, sheet.header.columns[CONTACT_KEY]))
        row.label = _label(form, row.values, cells, sheet) if spec is not None else ""
        if form == "signoffs" and not self.keep_signatures:
            if row.values.get("signed") or row.values.get("signed_on"):
                self.signatures_dropped += 1
            for key in SIGNATURE_KEYS:
                row.values.pop(key, None)
        if form == "org" and row.given_id not in self.ex.person:
            self.keep_stored(row, row.empty)  # matched by name, if at all
        return row

    def contact(self, sheet: SheetData, row: PlanRow, raw: object) -> None:
        """A "联系方式" cell split into phone, e-mail and chat handle by content. Beside a
        column of its own for the same field, a different value is added to that column's
        (a second phone number), never dropped; the result is checked as one value."""
        spec = sheet.layout.spec
        assert spec is not None
        for key, text in split_contact(as_text(raw)).items():
            given = row.values.get(key)
            if given and text in [p.strip() for p in str(given).split(" / ")]:
                continue
            try:
                row.values[key] = parse_cell(spec.field(key), f"{given} / {text}" if given else text)
                row.empty = tuple(k for k in row.empty if k != key)  # filled after all
            except ValidationError as exc:
                row.error(sheet, CONTACT_KEY, exc.message())

    @staticmethod
    def keep_stored(row: PlanRow, keys: Iterable[str]) -> None:
        """Leave out the empty cells ``keys``: a row matched by its name rather than its
        own ID (or a person met again on a new team) fills and changes what is stored,
        but an empty cell there means "not known", never "clear it"."""
        for key in keys:
            row.values.pop(key, None)

    def match(self, sheet: SheetData, row: PlanRow) -> None:
        """Which existing row this one updates: by its id, else by its natural key."""
        form = row.form
        existing = self.ex.rows.get(form, {})
        taken = self.matched.setdefault(form, set())
        rid = row.given_id
        target = rid if rid is not None and rid in existing else None
        by_id = target is not None
        if target is None and form in NATURAL_KEY:
            keys = NATURAL_KEY[form]
            if form == "team" and self.ex.strict_departments and row.values.get("department"):
                keys = ("name", "department")  # another workspace's namesake is not ours
            if (form, keys) not in self.keys:
                index: dict[tuple[object, ...], list[int]] = {}
                for i, r in existing.items():
                    index.setdefault(tuple(r.values.get(k) for k in keys), []).append(i)
                self.keys[(form, keys)] = index
            if all(k in row.values for k in keys):
                found = [
                    i
                    for i in self.keys[(form, keys)].get(tuple(row.values[k] for k in keys), [])
                    if i not in taken
                ]
                if len(found) == 1:
                    target = found[0]
        if rid is not None and not by_id:
            outcome = "matched" if target is not None else "new"
            row.notes.append(Note.of(f"excel.note.unknown_id.{outcome}", id=rid))
        if target is not None and not by_id:
            self.keep_stored(row, row.empty)
        if target is None and form == "team":
            self.keep_stored(row, [k for k in row.empty if k in PERSON_KEYS])
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
                from app.errors import Cancelled

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
    return plan_workbook(ws, read_workbook(path, stop), path, initiative_id, new_initiative, stop)


def plan_workbook(
    ws: Workspace,
    book: Workbook,
    path: str | Path,
    initiative_id: int | None,
    new_initiative: str | None = None,
    stop: Callable[[], bool] | None = None,
) -> ImportPlan:
    """The plan of a workbook already read, so that a column mapped in the preview is
    planned again without reading the file again. ``book`` is not changed."""
    from app.register.excel_io import is_register_sheet, plan_sheets

    # The register's sheets are planned by the register (a header of theirs might pass for
    # a form's).
    register = [t for t in [*book.ignored, *(s.title for s in book.sheets)]
                if is_register_sheet(t)]
    book_sheets = [s for s in book.sheets if s.title not in register]
    if not book_sheets and not register:
        raise UserError("excel.error.no_forms", path=str(path))
    plan = ImportPlan(str(path), initiative_id, new_initiative,
                      ignored=[t for t in book.ignored if t not in register])
    remembered = column_choices.load(ws)
    sheets: list[SheetData] = []
    for sheet in book_sheets:
        mapped, foreign = with_choices(sheet, remembered)
        sheets.append(mapped)
        plan.foreign += foreign
        if unlabelled := unlabelled_cells(sheet):
            plan.unlabelled[sheet.title] = unlabelled
    target = initiative_id if new_initiative is None else None
    ex = existing_mod.load(ws, target)
    origin = Origin.of(book.properties)
    trust = Trust.of(origin, settings.workspace_id(ws), target)
    if trust.reason is not None and origin is not None:
        plan.notes.append(Note.of(trust.reason, name=origin.initiative_name or "?"))
    # People of another workspace are only the same people when name and department agree.
    ex.strict_departments = not trust.people
    # A signature was given to one initiative's form: it never travels into another.
    planner = Planner(ex, plan, trust, keep_signatures=target is not None and trust.rows)
    sheets.sort(key=lambda s: ORDER.index(s.layout.key))
    with error_budget() as budget:
        for sheet in sheets:
            plan.sheets.append((sheet.title, sheet.layout.key))
            if sheet.layout.key != "raci":
                planner.form_sheet(sheet, stop)
        resolve_refs(planner, [s for s in sheets if s.layout.key == "raci"])
        check_task_rules(planner)
        _formulas_without_result(plan, sheets)
        if register:
            with ws.read() as s:
                plan_sheets(s, path, plan, target)
    if budget[1]:
        plan.notes.append(Note.of("excel.preview.more_errors", n=budget[1]))
    if planner.signatures_dropped:
        plan.notes.append(Note.of("excel.note.signatures", n=planner.signatures_dropped))
    _people_notes(planner)
    for sheet in sheets:
        for letter, n in sheet.unheaded_columns():
            plan.notes.append(
                Note.of("excel.preview.unheaded", sheet=sheet.title, column=letter, n=n)
            )
    return plan


def _people_notes(planner: Planner) -> None:
    """Say what a row does to a person already in the workspace beyond its own row: an ID
    that is no person here, and a new team place that changes the person's details."""
    ex = planner.ex
    labels = {k: tr(FORMS["team"].field(k).label_key) for k in PERSON_KEYS}
    for row in planner.plan.rows:
        if row.form == "org" and row.given_id is not None and row.given_id not in ex.person:
            outcome = "matched" if row.target_id is not None else "new"
            row.notes.append(Note.of(f"excel.note.unknown_person.{outcome}", id=row.given_id))
        pid = row.values.get("_person") if row.form == "team" else None
        if row.status is Status.NEW and pid is not None:
            current = ex.person[pid]
            changed = [
                labels[k]
                for k in PERSON_KEYS
                if k in row.values and (row.values[k] or None) != (current.get(k) or None)
            ]
            if changed:
                row.notes.append(
                    Note.of("excel.note.person_changes", name=row.label, fields=", ".join(changed))
                )


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
