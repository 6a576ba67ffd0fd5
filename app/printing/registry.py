"""The printable sheets by key. The five forms register here; a RACI sheet, a priority
matrix or a Gantt chart plugs in by registering an object with the same three members,
and the command line, the print dialog and stale-signature checks pick it up."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy.orm import Session

from app.errors import UserError
from app.printing.content import SheetData


class Sheet(Protocol):
    key: str

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        """Read everything the sheet prints, in ``lang``, including its version tag."""
        ...

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        """The version tag the sheet would print now."""
        ...


_SHEETS: dict[str, Sheet] = {}


def register_sheet(sheet: Sheet) -> Sheet:
    _SHEETS[sheet.key] = sheet
    return sheet


def sheet_keys() -> list[str]:
    """Keys in print order: the order they were registered (the method's forms first)."""
    return list(_SHEETS)


def get_sheet(key: str) -> Sheet:
    try:
        return _SHEETS[key]
    except KeyError:
        raise UserError("print.error.unknown_form", form=key,
                        choices=", ".join([*sheet_keys(), "all"])) from None


def resolve(keys: list[str] | None) -> list[str]:
    """The sheet keys to print: all when none or "all" is given, else those named, once
    each, in print order; an unknown key is refused."""
    if not keys or "all" in keys:
        return sheet_keys()
    for key in keys:
        get_sheet(key)
    return [k for k in sheet_keys() if k in keys]


def current_tag(session: Session, initiative_id: int, key: str,
                today: dt.date | None = None) -> str:
    return get_sheet(key).tag(session, initiative_id, today or dt.date.today())
