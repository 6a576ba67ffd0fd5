"""One worksheet's cells as its XML holds them, row by row, through openpyxl's own parser.

openpyxl's read-only rows are not used: they stop at the row the sheet's ``<dimension>``
names (a writer that leaves it stale hides every row after it) and are padded to the widest
column of the sheet (one cell in column XFD makes each row 16,384 cells). Here each row
comes as the cells the file really has, and the reader lays them out.

A formula is read as the value Excel last computed. Scripts (openpyxl, pandas) save none,
or save 0 and ask Excel to recalculate on opening: such a cell's value is ``NO_RESULT``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openpyxl.packaging.manifest import Manifest
from openpyxl.reader.excel import _find_workbook_part
from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser
from openpyxl.xml.constants import ARC_CONTENT_TYPES
from openpyxl.xml.functions import fromstring

_FULL_CALC = re.compile(rb'<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"')


class _NoResult:
    """A formula cell without a value anyone computed."""

    _instance: _NoResult | None = None

    def __new__(cls) -> _NoResult:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_RESULT"


NO_RESULT: Any = _NoResult()

# A row as the file has it: openpyxl's record of each cell there, {"column": 1-based
# column, "value": its value (None when empty), …}.
SparseRow = list[dict[str, Any]]


class _Parser(WorkSheetParser):
    def __init__(self, *args: Any, trust_results: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.trust_results = trust_results

    def parse_row(self, row: Any) -> tuple[int, SparseRow]:
        number, cells = super().parse_row(row)
        # Rows without a formula (nearly all) cost one search in C, not one per cell.
        if next(row.iter(FORMULA_TAG), None) is not None:
            for element, cell in zip(row, cells, strict=False):  # one record per <c>
                if element.find(FORMULA_TAG) is not None and not self._has_result(element):
                    cell["value"] = NO_RESULT
        return number, cells

    def _has_result(self, element: Any) -> bool:
        if not self.trust_results:
            return False
        value = element.find(VALUE_TAG)
        if value is None:
            return False
        # An empty <v/> is what openpyxl writes for every formula; Excel writes one only for
        # a formula whose result is the empty text, and marks that cell t="str".
        return bool(value.text) or element.get("t") == "str"


def trusts_results(wb: Any) -> bool:
    """False when the workbook asks to be recalculated on opening: what XlsxWriter and
    openpyxl write, and Excel clears when it saves the file, so the saved results are not
    ones anyone computed. (Read from the XML: openpyxl's parsed ``calculation`` says True
    when the attribute is absent.)"""
    archive = wb._archive
    manifest = Manifest.from_tree(fromstring(archive.read(ARC_CONTENT_TYPES)))
    part = _find_workbook_part(manifest).PartName[1:]
    return _FULL_CALC.search(archive.read(part)) is None


def sheet_rows(ws: Any) -> Iterator[tuple[int, SparseRow]]:
    """(Excel row number, cells) of each row of read-only worksheet ``ws`` that has cells,
    in the file's order."""
    wb = ws.parent
    with wb._archive.open(ws._worksheet_path) as src:
        trust = trusts_results(wb)
        parser = _Parser(
            src,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
            trust_results=trust,
        )
        for number, cells in parser.parse():
            if cells:
                yield number, cells
