"""What a printed sheet holds, as plain data: read from the workspace in one short session,
then laid out by reportlab on any thread without touching the database again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Column:
    label: str
    weight: float  # relative width; the sheet scales all columns to the page
    align: str = "LEFT"  # LEFT, CENTER or RIGHT
    nowrap: bool = False  # dates and figures: as wide as their longest value, never wrapped
    group: str = ""  # printed once over the run of columns that share it (a department)
    min_em: float = 0.0  # never narrower than this many characters of the font size


@dataclass
class SignatureBlock:
    """The lines at the end of a sheet that people sign by hand."""

    heading: str
    note: str
    columns: list[Column]
    lines: list[list[str]]  # pre-filled cells; the signature and date cells stay empty


@dataclass
class SheetData:
    key: str  # the registry key, e.g. "goals"
    number: int | None  # the method's form number, printed as "Form 1"
    title: str
    landscape: bool
    version: str  # e.g. "V-3F9A2C"
    columns: list[Column] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    font_size: float = 9.0
    empty_text: str = ""  # shown in the table when there are no rows
    signature: SignatureBlock | None = None
    # Sheets that are not one table (a chart, a matrix) supply their own flowables:
    # body(sheet, frame_width, frame_height) -> list of reportlab flowables.
    body: Callable[[SheetData, float, float], list[Any]] | None = None


@dataclass
class PrintJob:
    organisation: str
    initiative: str
    printed_on: dt.date
    lang: str
    sheets: list[SheetData]
