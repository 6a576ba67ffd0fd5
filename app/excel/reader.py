"""Reading a checked workbook into sheets of raw rows, each tied to the form it holds.

openpyxl reads in read-only mode (streaming, so the row limit holds memory down) with
``data_only=True``, so a formula gives the value Excel last computed for it.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
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
from app.excel.layout import LISTS_SHEET, SheetLayout
from app.excel.safety import ExcelFileError

_NOTE_MARKERS = ("注", "备注", "说明", "note", "remark", "*", "※", "填表说明", "填写说明")


@dataclass
class SheetData:
    title: str
    layout: SheetLayout
    header: HeaderMap
    # (Excel row number, cell values) of each data row, empty rows and notes left out
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)

    def column_letter(self, key: str) -> str:
        return get_column_letter(self.header.columns[key] + 1)

    def header_text(self, key: str) -> str:
        return self.header.headers.get(self.header.columns[key], "")


@dataclass
class Workbook:
    sheets: list[SheetData] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def _is_note(cells: tuple[object, ...], used: set[int]) -> bool:
    """A remark under the table: one text cell starting like a note, or only text in
    columns no field uses."""
    filled = [(i, c) for i, c in enumerate(cells) if c is not None and str(c).strip()]
    if not filled:
        return True
    if not any(i in used for i, _ in filled):
        return True
    if len(filled) == 1 and isinstance(filled[0][1], str):
        text = filled[0][1].strip().lower()
        return text.startswith(_NOTE_MARKERS)
    return False


def _data_rows(
    layout: SheetLayout, header: HeaderMap, rows: list[tuple[object, ...]], title: str
) -> list[tuple[int, tuple[object, ...]]]:
    used = {i for k, i in header.columns.items() if not k.startswith("_")}
    if layout.key == "raci":
        used |= {i for i in header.headers if i not in header.columns.values()}
    result = []
    for r, cells in enumerate(rows[header.row :], start=header.row + 1):
        if r > safety.MAX_ROWS:
            raise ExcelFileError(
                "excel.error.too_many_rows", sheet=title, rows=r, limit=safety.MAX_ROWS
            )
        if not _is_note(cells, used):
            result.append((r, cells))
    return result


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
        result = Workbook()
        for ws in wb.worksheets:
            if normalise(ws.title) == normalise(LISTS_SHEET):
                continue  # the export's own hidden drop-down lists
            rows = _read_rows(ws, name)
            if stop is not None and stop():
                from app.excel.export import Cancelled

                raise Cancelled()
            found = find_header(rows[:HEADER_SCAN_ROWS], layout_by_sheet_name(ws.title))
            if found is None:
                if any(any(c is not None for c in r) for r in rows):
                    result.ignored.append(ws.title)
                continue
            layout, header = found
            result.sheets.append(
                SheetData(ws.title, layout, header, _data_rows(layout, header, rows, ws.title))
            )
        return result
    except DefusedXmlException:
        raise ExcelFileError("excel.error.xml_unsafe", path=name) from None
    except (zipfile.BadZipFile, zlib.error, ParseError, EOFError, OSError) as exc:
        raise ExcelFileError(
            "excel.error.corrupt", path=name, reason=str(exc) or type(exc).__name__
        ) from None
    finally:
        wb.close()


def _read_rows(ws: object, name: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for i, row in enumerate(ws.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
        if i > safety.MAX_ROWS + HEADER_SCAN_ROWS:
            raise ExcelFileError(
                "excel.error.too_many_rows",
                sheet=ws.title,  # type: ignore[attr-defined]
                rows=f"> {safety.MAX_ROWS}",
                limit=safety.MAX_ROWS,
            )
        rows.append(row)
    # trailing empty rows (formatted but blank) are common; drop them
    while rows and not any(c is not None and str(c).strip() for c in rows[-1]):
        rows.pop()
    return rows
