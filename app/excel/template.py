"""The same workbook with no rows: a blank to send to departments for filling in."""

from __future__ import annotations

from pathlib import Path

from app.excel.export import write_data
from app.excel.gather import ExportData
from app.excel.sheet_specs import SHEETS


def write_template(
    path: str | Path, lang: str | None = None, departments: list[str] | None = None
) -> Path:
    """Every sheet with its title, header and drop-downs; ``departments`` fills that list."""
    data = ExportData(departments=list(departments or []))
    return write_data(data, path, [s.key for s in SHEETS], lang)
