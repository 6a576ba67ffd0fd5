"""Reading a checked workbook into sheets of raw rows, each tied to the form it holds.

What a sheet gives the import (``SheetData``), for the plan and the preview:

- ``header``: the header row (``HeaderMap``, found in the first ``HEADER_SCAN_ROWS``
  rows): ``header.headers`` maps the 0-based column index of every header cell with text
  to that text, recognised or not; ``header.columns`` maps each recognised field to its
  column. The columns the import does not use are those of ``header.headers`` that are
  not in ``header.columns.values()``; their cells are in ``rows`` like any other.
- ``rows``: (Excel row number, cells) of each data row below the header. ``cells[i]`` is
  the value in 0-based column ``i``; only columns with header text hold values (all
  others are None), and the tuple ends at the last such column, so read it as
  ``cells[i] if i < len(cells) else None``.
- ``unheaded``: cells below the header in columns without header text, counted per
  column; they are not read, but the preview names them.
- ``no_result``: the cells whose formula has no computed value; the plan makes each a
  row error.

Every row the sheet holds is read, whatever its ``<dimension>`` says. Memory follows the
file's content: rows are as wide as the table's headers, not as the farthest cell, and a
workbook of more than ``safety.MAX_ROWS_IN_WORKBOOK`` data rows or ``safety.MAX_CELLS``
cells (each row counted as wide as its sheet's headers) is refused with a message.
"""

from __future__ import annotations

import itertools
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.excel import safety
from app.excel.headers import (
    HEADER_SCAN_ROWS,
    HeaderMap,
    find_header,
    layout_by_sheet_name,
    normalise,
)
from app.excel.safety import ExcelFileError
from app.excel.sheet_specs import LISTS_SHEET, SheetLayout
from app.excel.sheet_stream import NO_RESULT, SparseRow, sheet_rows

_NOTE_MARKERS = ("注", "备注", "说明", "note", "remark", "*", "※", "填表说明", "填写说明")
_STOP_EVERY = 1000  # rows between two looks at the cancel button


@dataclass
class SheetData:
    title: str
    layout: SheetLayout
    header: HeaderMap
    # (Excel row number, cell values by 0-based column) of each data row, empty rows and
    # notes left out; see the module's docstring
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)
    unheaded: dict[int, int] = field(default_factory=dict)  # column → cells under no header
    no_result: dict[int, list[int]] = field(default_factory=dict)  # Excel row → columns

    def column_letter(self, key: str) -> str:
        return get_column_letter(self.header.columns[key] + 1)

    def header_text(self, key: str) -> str:
        return self.header.headers.get(self.header.columns[key], "")

    def unheaded_columns(self) -> list[tuple[str, int]]:
        """(column letter, number of cells) of each column with cells but no header text."""
        return [(get_column_letter(c + 1), n) for c, n in sorted(self.unheaded.items())]


@dataclass
class Workbook:
    sheets: list[SheetData] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # custom document properties


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_note(cells: tuple[object, ...], used: set[int]) -> bool:
    """A remark under the table: one text cell starting like a note, or only text in
    columns no field uses."""
    filled = [(i, c) for i, c in enumerate(cells) if not _blank(c)]
    if not filled:
        return True
    if not any(i in used for i, _ in filled):
        return True
    if len(filled) == 1 and isinstance(filled[0][1], str):
        text = filled[0][1].strip().lower()
        return text.startswith(_NOTE_MARKERS)
    return False


def _padded(cells: SparseRow) -> tuple[object, ...] | None:
    """A row of the header scan, as wide as its own last cell; None when it is empty."""
    filled = [(c["column"], c["value"]) for c in cells if c["value"] is not None]
    if not filled:
        return None
    row: list[object] = [None] * max(col for col, _ in filled)
    for col, value in filled:
        row[col - 1] = None if value is NO_RESULT else value
    return tuple(row)


class _Budget:
    """Rows and cells kept in memory so far, against the limits for a whole workbook."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.rows = 0
        self.cells = 0

    def spend(self, title: str, width: int, rows: int) -> None:
        self.rows += 1
        self.cells += width
        if self.rows > safety.MAX_ROWS_IN_WORKBOOK:
            raise ExcelFileError(
                "excel.error.too_many_rows_total",
                path=self.path,
                limit=f"{safety.MAX_ROWS_IN_WORKBOOK:,}",
            )
        if self.cells > safety.MAX_CELLS:
            raise ExcelFileError(
                "excel.error.too_many_cells",
                sheet=title,
                column=get_column_letter(width),
                rows=f"{rows:,}",
                limit=f"{safety.MAX_CELLS:,}",
            )


class _SheetReader:
    """Lays out the rows of one sheet once its header is known."""

    def __init__(
        self, title: str, layout: SheetLayout, header: HeaderMap, budget: _Budget
    ) -> None:
        self.sheet = SheetData(title, layout, header)
        self.budget = budget
        kept = sorted(header.headers)
        self.width = kept[-1] + 1 if kept else 0
        self.keep = [False] * self.width
        for c in kept:
            self.keep[c] = True
        self.used = {i for k, i in header.columns.items() if not k.startswith("_")}
        if layout.key == "raci":
            self.used |= {i for i in header.headers if i not in header.columns.values()}
        self.read = self.used | set(header.columns.values())  # the plan reads these

    def add(self, number: int, cells: SparseRow) -> None:
        if number > safety.MAX_ROWS:
            raise ExcelFileError(
                "excel.error.too_many_rows",
                sheet=self.sheet.title,
                rows=f"> {safety.MAX_ROWS}",
                limit=safety.MAX_ROWS,
            )
        width, keep, unheaded = self.width, self.keep, self.sheet.unheaded
        row: list[object] = [None] * width
        missing: list[int] = []
        for cell in cells:
            value = cell["value"]
            if value is None:
                continue
            c = cell["column"] - 1
            if c < width and keep[c]:
                if value is NO_RESULT:
                    missing.append(c)
                else:
                    row[c] = value
            elif not _blank(value):
                unheaded[c] = unheaded.get(c, 0) + 1
        values = tuple(row)
        if missing:
            self.sheet.no_result[number] = missing
        if not any(c in self.read for c in missing) and _is_note(values, self.used):
            return
        self.budget.spend(self.sheet.title, width, len(self.sheet.rows) + 1)
        self.sheet.rows.append((number, values))


def _read_sheet(
    ws: Any, budget: _Budget, stop: Callable[[], bool] | None
) -> SheetData | bool:
    """The sheet's data, or whether a sheet that holds no form has anything in it."""
    stream: Iterator[tuple[int, SparseRow]] = sheet_rows(ws)
    head: list[tuple[int, SparseRow]] = []
    pending: tuple[int, SparseRow] | None = None
    for number, cells in stream:
        if number > HEADER_SCAN_ROWS:
            pending = (number, cells)
            break
        if number >= 1:
            head.append((number, cells))
    scan: list[tuple[object, ...]] = [()] * HEADER_SCAN_ROWS
    for number, cells in head:
        scan[number - 1] = _padded(cells) or ()
    found = find_header(scan, layout_by_sheet_name(ws.title))
    if found is None:
        if any(scan):
            return True
        # nothing in the first rows: the sheet holds something if any later cell has a value
        rest = [pending] if pending is not None else []
        return any(
            c["value"] is not None for _, cells in itertools.chain(rest, stream) for c in cells
        )
    layout, header = found
    reader = _SheetReader(ws.title, layout, header, budget)
    for number, cells in head:
        if number > header.row:
            reader.add(number, cells)
    if pending is not None:
        reader.add(*pending)
    for i, (number, cells) in enumerate(stream, start=1):
        reader.add(number, cells)
        if stop is not None and i % _STOP_EVERY == 0 and stop():
            from app.errors import Cancelled

            raise Cancelled()
    return reader.sheet


def _custom_properties(wb: Any) -> dict[str, str]:
    props: dict[str, str] = {}
    for prop in getattr(wb, "custom_doc_props", None) or []:
        if prop.name and prop.value is not None:
            props[str(prop.name)] = str(prop.value)
    return props


def read_workbook(path: str | Path, stop: Callable[[], bool] | None = None) -> Workbook:
    """Check ``path`` and read every sheet that holds a form; raises ``ExcelFileError``."""
    safety.check_file(path)
    name = str(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (DefusedXmlException, ParseError) as exc:
        if isinstance(exc, DefusedXmlException):
            raise ExcelFileError("excel.error.xml_unsafe", path=name) from None
        raise ExcelFileError("excel.error.corrupt", path=name, reason=str(exc)) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        ValueError,
        TypeError,
        OSError,
        EOFError,
        IndexError,
        AttributeError,
    ) as exc:
        raise ExcelFileError(
            "excel.error.corrupt", path=name, reason=str(exc) or type(exc).__name__
        ) from None
    try:
        parts = {
            ws.title: ws._worksheet_path
            for ws in wb.worksheets  # type: ignore[union-attr]
            if hasattr(ws, "_worksheet_path")
        }
        safety.check_sheet_sizes(path, parts)
        result = Workbook(properties=_custom_properties(wb))
        budget = _Budget(name)
        for ws in wb.worksheets:
            if normalise(ws.title) == normalise(LISTS_SHEET):
                continue  # the export's own hidden drop-down lists
            if stop is not None and stop():
                from app.errors import Cancelled

                raise Cancelled()
            sheet = _read_sheet(ws, budget, stop)
            if isinstance(sheet, SheetData):
                result.sheets.append(sheet)
            elif sheet:
                result.ignored.append(ws.title)
        return result
    except DefusedXmlException:
        raise ExcelFileError("excel.error.xml_unsafe", path=name) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        ParseError,
        EOFError,
        OSError,
        KeyError,
        ValueError,
        IndexError,
    ) as exc:
        raise ExcelFileError(
            "excel.error.corrupt", path=name, reason=str(exc) or type(exc).__name__
        ) from None
    finally:
        wb.close()
