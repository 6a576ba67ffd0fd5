"""The import plan's data: one ``PlanRow`` per row of the file, with its status and, for
an error, the sheet, row, column and reason. The GUI preview and ``--dry-run`` show it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


# Errors kept beyond each row's first, for one whole plan: a file with a bad value in each
# of millions of cells would otherwise need gigabytes for the messages alone. The rows
# stay errors; a note says how many more reasons there were.
MAX_EXTRA_ERRORS = 20_000
_budget: ContextVar[list[int] | None] = ContextVar("excel_error_budget", default=None)


@contextmanager
def error_budget() -> Iterator[list[int]]:
    """While planning: ``[errors still to keep, errors not kept]``."""
    budget = [MAX_EXTRA_ERRORS, 0]
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


@dataclass(frozen=True)
class Note:
    """A remark of the preview that is not a row's error, in the reader's language."""

    key: str
    fmt: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **fmt: object) -> Note:
        return cls(key, tuple(fmt.items()))

    def text(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **dict(self.fmt))


@dataclass(slots=True)
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
    notes: list[Note] = field(default_factory=list)  # what the preview says besides errors
    empty: tuple[str, ...] = ()  # fields whose cell was empty (a tuple: no cost when none)

    def error(self, sheet: SheetData | None, key: str | None, reason: str) -> None:
        if sheet is not None and key is not None and key in sheet.header.columns:
            self.add_error(CellError(sheet.column_letter(key), sheet.header_text(key), reason))
        else:
            self.add_error(CellError("", "", reason))

    def add_error(self, error: CellError) -> None:
        """Make the row an error; its first reason is always kept, more within the plan's
        budget (``error_budget``)."""
        self.status = Status.ERROR
        budget = _budget.get()
        if self.errors and budget is not None:
            if budget[0] <= 0:
                budget[1] += 1
                return
            budget[0] -= 1
        self.errors.append(error)


@dataclass
class RaciColumn:
    index: int
    header: str
    member: Ref | None = None  # a team row (in the file or the workspace)
    department: str | None = None


@dataclass
class ForeignColumn:
    """A column whose header names no field the import knows. Its cells are imported only
    when the coordinator mapped the header to a field (remembered in the workspace)."""

    sheet: str
    form: str
    index: int  # 0-based column index
    letter: str
    header: str
    filled: int = 0  # data cells with something in them
    samples: list[str] = field(default_factory=list)  # a few of them, as text
    choice: str | None = None  # remembered: a field key, "" (left out on purpose) or None
    used: bool = False  # imported as the field ``choice`` names
    taken: list[str] = field(default_factory=list)  # fields other columns of the sheet fill

    @property
    def left_out(self) -> bool:
        return self.choice == ""

    @property
    def conflict(self) -> str | None:
        """The field it is mapped to when another column of the sheet fills that field."""
        return self.choice if self.choice and not self.used else None


@dataclass
class ImportPlan:
    path: str
    initiative_id: int | None
    new_initiative: str | None = None
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, form key)
    ignored: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # said once, above the rows
    rows: list[PlanRow] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    new_people: dict[str, str | None] = field(default_factory=dict)  # name → department
    new_measures: list[str] = field(default_factory=list)
    raci_columns: dict[str, list[RaciColumn]] = field(default_factory=dict)  # sheet → columns
    # A sheet's "No." → index of its row in ``rows``, per form
    numbers: dict[str, dict[int, int]] = field(default_factory=dict)
    foreign: list[ForeignColumn] = field(default_factory=list)  # headers the import does not know
    unlabelled: dict[str, int] = field(default_factory=dict)  # sheet → filled cells, no header

    @property
    def unused(self) -> list[ForeignColumn]:
        """The columns whose cells are not imported."""
        return [c for c in self.foreign if not c.used]

    @property
    def undecided(self) -> list[ForeignColumn]:
        """Unused columns nobody chose to leave out: their cells would be lost unseen."""
        return [c for c in self.unused if not c.left_out]

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
