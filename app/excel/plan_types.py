"""The import plan's data: one ``PlanRow`` per row of the file, with its status and, for
an error, the sheet, row, column and reason. The GUI preview and ``--dry-run`` show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.i18n import tr

if TYPE_CHECKING:
    from app.excel.reader import SheetData
    from app.excel.refs import Ref


class Status(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass
class CellError:
    column: str  # Excel column letter, "" for the whole row
    header: str
    reason: str


@dataclass
class PlanRow:
    sheet: str
    row: int  # Excel row number
    form: str
    label: str = ""
    status: Status = Status.NEW
    target_id: int | None = None  # the existing row it updates
    number: int | None = None  # its number in the file, for references
    given_id: int | None = None  # what its ID column said
    values: dict[str, Any] = field(default_factory=dict)  # fields given, references resolved
    changes: list[str] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    raci: dict[int, str | None] = field(default_factory=dict)  # column index → letter

    def error(self, sheet: SheetData | None, key: str | None, reason: str) -> None:
        if sheet is not None and key is not None and key in sheet.header.columns:
            self.errors.append(CellError(sheet.column_letter(key), sheet.header_text(key), reason))
        else:
            self.errors.append(CellError("", "", reason))
        self.status = Status.ERROR


@dataclass
class RaciColumn:
    index: int
    header: str
    member: Ref | None = None  # a team row (in the file or the workspace)
    department: str | None = None


@dataclass
class UnusedColumn:
    """A column with header text that no field takes, so its cells are not imported."""

    sheet: str
    form: str
    index: int  # 0-based column index
    letter: str
    header: str
    filled: int = 0  # data cells with something in them
    samples: list[str] = field(default_factory=list)  # a few of them, as text
    left_out: bool = False  # the coordinator chose not to import it
    conflict: str | None = None  # the field it was mapped to, filled by another column


@dataclass
class ImportPlan:
    path: str
    initiative_id: int | None
    new_initiative: str | None = None
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, form key)
    ignored: list[str] = field(default_factory=list)
    rows: list[PlanRow] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    new_people: dict[str, str | None] = field(default_factory=dict)  # name → department
    new_measures: list[str] = field(default_factory=list)
    raci_columns: dict[str, list[RaciColumn]] = field(default_factory=dict)  # sheet → columns
    # A sheet's "No." → index of its row in ``rows``, per form
    numbers: dict[str, dict[int, int]] = field(default_factory=dict)
    unused: list[UnusedColumn] = field(default_factory=list)  # columns not imported
    unlabelled: dict[str, int] = field(default_factory=dict)  # sheet → filled cells, no header

    @property
    def undecided(self) -> list[UnusedColumn]:
        """Unused columns nobody chose to leave out: their cells would be lost unseen."""
        return [u for u in self.unused if not u.left_out]

    @property
    def error_rows(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status is Status.ERROR]

    @property
    def has_errors(self) -> bool:
        return any(r.status is Status.ERROR for r in self.rows)

    def counts(self) -> dict[str, int]:
        result = {s.value: 0 for s in Status}
        for r in self.rows:
            result[r.status.value] += 1
        return result

    def summary(self, lang: str | None = None) -> str:
        return tr("excel.preview.summary", lang, **self.counts())
