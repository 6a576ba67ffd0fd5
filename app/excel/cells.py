"""Writing one cell, so that text a user typed can never become a formula.

openpyxl turns any string that starts with "=" into a formula, and Excel itself evaluates
text starting with + - @ when the cell is edited. Such text is written as a plain text
cell (data type "s") with Excel's quote prefix, so it shows and reads back as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import styles
from app.forms.specs import FieldSpec, Kind

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def text_cell(ws: WriteOnlyWorksheet, text: str, style: str = styles.TEXT) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.style = style
    if looks_like_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def value_cell(ws: WriteOnlyWorksheet, spec: FieldSpec, value: Any, text: str) -> WriteOnlyCell:
    """A data cell: real dates and numbers where the field holds them, else its text."""
    style = styles.cell_style(spec)
    kind = spec.kind
    if value is None or value == "" or value == []:
        cell = WriteOnlyCell(ws, None)
        cell.style = style
        return cell
    if kind is Kind.DATE and isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value)
    elif kind is Kind.PERCENT:
        cell = WriteOnlyCell(ws, value / 100)
    elif (
        kind in (Kind.NUMBER, Kind.RATING, Kind.INTEGER, Kind.RATIO)
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        cell = WriteOnlyCell(ws, value)
    else:
        return text_cell(ws, text, style)
    cell.style = style
    return cell
