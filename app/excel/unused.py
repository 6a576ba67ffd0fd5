"""The columns of a sheet the import will not use, and the coordinator's remembered choices
applied to them: a column mapped to a field is read as that field from then on, one left
out on purpose is still listed but as a choice, not as a loss."""

from __future__ import annotations

import dataclasses

from openpyxl.utils import get_column_letter

from app.excel.column_choices import Choices, chosen
from app.excel.headers import CONTACT_KEY, HeaderMap
from app.excel.parse import as_text, is_empty
from app.excel.plan_types import ForeignColumn
from app.excel.reader import SheetData

MAX_SAMPLES = 3
SAMPLE_CHARS = 24


def _cells(sheet: SheetData, index: int) -> list[object]:
    return [cells[index] for _, cells in sheet.rows if index < len(cells)]


def _samples(values: list[object]) -> list[str]:
    found: list[str] = []
    for value in values:
        text = " ".join(as_text(value).split())
        if len(text) > SAMPLE_CHARS:
            text = text[: SAMPLE_CHARS - 1] + "…"
        if text and text not in found:
            found.append(text)
            if len(found) == MAX_SAMPLES:
                break
    return found


def with_choices(sheet: SheetData, table: Choices) -> tuple[SheetData, list[ForeignColumn]]:
    """``sheet`` with its remembered mappings applied, and every column whose header the
    import does not know (used when mapped). The RACI grid has none: its other columns are
    people."""
    if sheet.layout.key == "raci":
        return sheet, []
    form = sheet.layout.key
    columns = dict(sheet.header.columns)
    foreign: list[ForeignColumn] = []
    known = [k for k in sheet.header.columns if not k.startswith("_") or k == CONTACT_KEY]
    for index, header in sheet.header.unused().items():
        choice = chosen(table, form, header)
        used = bool(choice) and choice not in columns
        if used:
            columns[str(choice)] = index
        values = [v for v in _cells(sheet, index) if not is_empty(v)]
        foreign.append(
            ForeignColumn(
                sheet.title,
                form,
                index,
                get_column_letter(index + 1),
                header,
                len(values),
                _samples(values),
                choice=choice,
                used=used,
            )
        )
    for col in foreign:
        col.taken = known + [str(c.choice) for c in foreign if c.used and c is not col]
    header = HeaderMap(sheet.header.row, columns, sheet.header.headers)
    return dataclasses.replace(sheet, header=header), foreign


def unlabelled_cells(sheet: SheetData) -> int:
    """Filled data cells in columns with no header text at all (the reader counts them; it
    keeps no cell of such a column). The plan's notes name each column."""
    if sheet.layout.key == "raci":
        return 0
    return sum(sheet.unheaded.values())
