"""One workbook per initiative: a sheet per form, the RACI grid, departments and people.

Each sheet looks like the paper form (title row, styled header, widths from the form's
fields, frozen header, wrapped text, real dates and percentages) and carries a number
column and a stable id column, so a sheet sent out and returned updates rows instead of
adding duplicates. The file is written with openpyxl's write-only mode to a temporary
file beside the target and renamed at the end: a cancelled or failed export leaves the
target as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import Cancelled, UserError
from app.excel import styles
from app.excel.cells import text_cell, value_cell
from app.excel.gather import ExportData, gather
from app.excel.origin import stamp
from app.excel.sheet_specs import (
    BY_KEY,
    FIRST_DATA_ROW,
    HEADER_ROW,
    RACI_TASK,
    SHEETS,
    SheetLayout,
    fields_of,
)
from app.excel.validations import (
    Lists,
    build_lists,
    raci_validation,
    validation_for,
    write_lists_sheet,
)
from app.forms.choices import NextStep, PainKind, RaciLetter, Role, TaskStatus
from app.forms.specs import FieldSpec
from app.i18n import tr
from app.store.workspace import Workspace

# Called with (rows done, rows in all); returns False to cancel.
Progress = Callable[[int, int], bool]
EMPTY_ROWS_VALIDATED = 300  # drop-downs reach this far below the last row, for new rows
PROGRESS_EVERY = 250


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.done, self.total, self.progress = 0, max(total, 1), progress

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % PROGRESS_EVERY == 0:
            self.check()

    def check(self) -> None:
        if self.progress is not None and not self.progress(self.done, self.total):
            raise Cancelled()


def _header_labels(layout: SheetLayout, lang: str | None) -> list[str]:
    return [tr("excel.col.number", lang)] + [tr(f.label_key, lang) for f in fields_of(layout)]


def _setup_sheet(
    sheet: WriteOnlyWorksheet,
    layout: SheetLayout,
    widths: list[float],
    n_cols: int,
    subtitle: str,
    lang: str | None,
) -> None:
    """What write-only mode needs before the first row: widths, panes, merges, printing."""
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = f"B{FIRST_DATA_ROW}"
    last = get_column_letter(max(n_cols, 2))
    sheet.merged_cells.add(f"A1:{last}1")
    sheet.merged_cells.add(f"A2:{last}2")
    sheet.row_dimensions[1].height = 26
    sheet.row_dimensions[2].height = 30 if layout.key == "raci" else 18
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    if layout.spec is None or layout.spec.landscape:
        sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.append([text_cell(sheet, layout.title(lang), styles.TITLE)])
    sheet.append([text_cell(sheet, subtitle, styles.SUBTITLE)])


def _subtitle(data: ExportData, lang: str | None, today: dt.date) -> str:
    parts = []
    if data.organisation:
        parts.append(data.organisation)
    if data.initiative:
        parts.append(tr("excel.subtitle.initiative", lang, name=data.initiative))
    parts.append(tr("excel.subtitle.exported", lang, date=today.isoformat()))
    parts.append(tr("excel.subtitle.id_hint", lang))
    return "  ·  ".join(parts)


def _header_row(
    sheet: WriteOnlyWorksheet, labels: list[str], derived: list[bool]
) -> list[WriteOnlyCell]:
    return [
        text_cell(sheet, label, styles.HEADER_DERIVED if d else styles.HEADER)
        for label, d in zip(labels, derived, strict=True)
    ]


def _validate_columns(
    sheet: WriteOnlyWorksheet,
    fields: Iterable[FieldSpec],
    lists: Lists,
    n_rows: int,
    lang: str | None,
    first_col: int = 2,
) -> None:
    last_row = FIRST_DATA_ROW + n_rows + EMPTY_ROWS_VALIDATED
    for i, spec in enumerate(fields, start=first_col):
        dv = validation_for(spec, lists, lang)
        if dv is None:
            continue
        col = get_column_letter(i)
        dv.add(f"{col}{FIRST_DATA_ROW}:{col}{last_row}")
        sheet.data_validations.append(dv)


def _number_cell(sheet: WriteOnlyWorksheet, n: int | None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, n)
    cell.style = styles.ID
    return cell


def _begin_sheet(wb: Workbook, layout: SheetLayout, lists: Lists, lang: str | None,
                 subtitle: str, n_rows: int) -> tuple[Any, tuple[FieldSpec, ...], list[str]]:
    """A form-shaped sheet: title, widths, drop-downs; returns it with its fields and the
    header labels (No., the fields, the id column)."""
    assert layout.spec is not None
    fields = layout.spec.fields
    sheet = wb.create_sheet(layout.sheet_name(lang))
    widths = [5.0] + [styles.column_width(f) for f in fields] + [7.0]
    _setup_sheet(sheet, layout, widths, len(widths), subtitle, lang)
    _validate_columns(sheet, fields, lists, n_rows, lang)
    return sheet, fields, [*_header_labels(layout, lang), tr("excel.col.id", lang)]


def _form_sheet(
    wb: Workbook,
    layout: SheetLayout,
    data: ExportData,
    lists: Lists,
    lang: str | None,
    subtitle: str,
    counter: _Counter,
) -> None:
    rows = data.rows.get(layout.key, [])
    sheet, fields, labels = _begin_sheet(wb, layout, lists, lang, subtitle, len(rows))
    sheet.append(_header_row(sheet, labels, [False] + [f.derived for f in fields] + [True]))
    for row in rows:
        cells = [_number_cell(sheet, row.number)]
        cells += [value_cell(sheet, f, row.values[f.key], row.text[f.key]) for f in fields]
        cells.append(_number_cell(sheet, row.id))
        sheet.append(cells)
        counter.step()


def _org_sheet(
    wb: Workbook,
    layout: SheetLayout,
    data: ExportData,
    lists: Lists,
    lang: str | None,
    subtitle: str,
    counter: _Counter,
) -> None:
    sheet, fields, labels = _begin_sheet(wb, layout, lists, lang, subtitle, len(data.org))
    sheet.append(_header_row(sheet, labels, [False] * len(fields) + [False, True]))
    for n, org in enumerate(data.org, start=1):
        cells = [_number_cell(sheet, n)]
        cells += [value_cell(sheet, f, getattr(org, f.key), getattr(org, f.key)) for f in fields]
        cells.append(_number_cell(sheet, org.person_id))
        sheet.append(cells)
        counter.step()


def raci_legend(lang: str | None) -> str:
    letters = "   ".join(
        f"{c.value} = {tr(f'enum.RaciLetter.{c.value}', lang)}" for c in RaciLetter
    )
    return f"{letters}   ·   {tr('excel.raci.rule', lang)}"


def _raci_sheet(
    wb: Workbook,
    layout: SheetLayout,
    data: ExportData,
    lists: Lists,
    lang: str | None,
    counter: _Counter,
) -> None:
    sheet = wb.create_sheet(layout.sheet_name(lang))
    columns = data.raci_columns
    widths = (
        [5.0, styles.column_width(RACI_TASK)]
        + [max(8.0, len(c.header) * 2.2 + 2) for c in columns]
        + [7.0]
    )
    _setup_sheet(sheet, layout, widths, len(widths), raci_legend(lang), lang)
    if columns:
        dv = raci_validation(lists, lang)
        last_row = FIRST_DATA_ROW + len(data.raci_tasks) + EMPTY_ROWS_VALIDATED
        dv.add(f"C{FIRST_DATA_ROW}:{get_column_letter(2 + len(columns))}{last_row}")
        sheet.data_validations.append(dv)
    labels = _header_labels(layout, lang) + [c.header for c in columns] + [tr("excel.col.id", lang)]
    sheet.append(_header_row(sheet, labels, [False] * (len(labels) - 1) + [True]))
    for task_id, number, name in data.raci_tasks:
        letters = data.raci.get(task_id, {})
        cells = [_number_cell(sheet, number), text_cell(sheet, name)]
        for c in columns:
            cells.append(
                text_cell(sheet, letters.get((c.member_id, c.department_id), ""), styles.CENTER)
            )
        cells.append(_number_cell(sheet, task_id))
        sheet.append(cells)
        counter.step()


def write_data(
    data: ExportData,
    path: str | Path,
    sheet_keys: list[str],
    lang: str | None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    extra: Callable[[Workbook], object] | None = None,
) -> Path:
    """Write ``data`` as a workbook at ``path``, atomically (temporary file, then rename).
    ``extra`` adds sheets of its own after the forms' (the register's)."""
    path = Path(path)
    today = today or dt.date.today()
    if not path.parent.is_dir():
        raise UserError("excel.error.no_folder", path=str(path.parent))
    counter = _Counter(data.count(), progress)
    counter.check()
    wb = Workbook(write_only=True)
    styles.register(wb)
    lists = build_lists(
        lang, data.departments, data.people, data.measures, [Role, PainKind, TaskStatus, NextStep]
    )
    subtitle = _subtitle(data, lang, today)
    for key in sheet_keys:
        layout = BY_KEY[key]
        if key == "raci":
            _raci_sheet(wb, layout, data, lists, lang, counter)
        elif key == "org":
            _org_sheet(wb, layout, data, lists, lang, subtitle, counter)
        else:
            _form_sheet(wb, layout, data, lists, lang, subtitle, counter)
        counter.check()
    if extra is not None:
        extra(wb)
    write_lists_sheet(wb, lists, lang)
    wb.properties.creator = "CrossDesk"
    wb.properties.title = data.initiative or tr("excel.template.title", lang)
    stamp(wb, data.workspace_id, data.initiative_id, data.initiative)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        wb.save(tmp)
        counter.check()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def export_workbook(
    ws: Workspace,
    initiative_id: int,
    path: str | Path,
    lang: str | None = None,
    forms: list[str] | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Export an initiative; ``forms`` limits the workbook to some sheets (a tab's export).
    The whole workbook (or ``"register"`` among ``forms``) holds the register's sheets."""
    from app.register.excel_io import FORM as REGISTER

    keys = [k for k in forms or [s.key for s in SHEETS] if k != REGISTER]
    data = gather(ws, initiative_id, keys, lang, today)

    def register_sheets(wb: Workbook) -> None:
        from app.register.excel_io import write_sheets

        with ws.read() as s:
            write_sheets(wb, s, initiative_id, lang)

    with_register = forms is None or REGISTER in forms
    return write_data(data, path, keys, lang, progress, today,
                      register_sheets if with_register else None)
