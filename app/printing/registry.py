"""The printable sheets by key, in print order. ``SHEETS`` lists them explicitly: the
method's five forms first, then the RACI matrix, the plan review, the Gantt chart and the
priority matrix.
A new sheet is an object with the three members of ``Sheet``, added to that list; the
command line, the print dialog and stale-signature checks pick it up. The order does not
depend on which module was imported first."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy.orm import Session

from app.errors import UserError
from app.forms import specs
from app.printing import signature
from app.printing.content import SheetData
from app.printing.extra_sheets import EvaluationSheet, GanttSheet, MatrixSheet, RaciSheet
from app.printing.plan_review import PlanReviewSheet
from app.printing.register_sheets import RegisterSheet
from app.printing.sheets import FormSheet


class Sheet(Protocol):
    key: str

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        """Read everything the sheet prints, in ``lang``, including its version tag."""
        ...

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        """The version tag the sheet would print now."""
        ...


SHEETS: tuple[Sheet, ...] = (
    FormSheet(specs.GOALS, signature.goals_block),
    FormSheet(specs.TEAM, signature.team_block),
    FormSheet(specs.PAIN_POINTS, signature.team_block),
    FormSheet(specs.TRACKING, signature.team_block),
    EvaluationSheet(specs.EVALUATION, signature.team_block),  # the table and its charts
    RaciSheet(),
    PlanReviewSheet(),  # the measures, Form 4 and the RACI as reviewed, signed by the heads
    GanttSheet(),
    MatrixSheet(),
    RegisterSheet(),  # the coordination register's list
)
_SHEETS: dict[str, Sheet] = {sheet.key: sheet for sheet in SHEETS}


def sheet_keys() -> list[str]:
    """Keys in print order (the method's forms first)."""
    return [sheet.key for sheet in SHEETS]


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


_PRINTED = "crossdesk.printed_tags"  # session.info: the tags of the sheets collected in it


def note_collected(session: Session, initiative_id: int, key: str, tag: str) -> None:
    """Remember, for the rest of this (reading) session, the tag of a sheet just collected,
    so a sheet made of others' tags (the plan review) does not build them a second time."""
    session.info.setdefault(_PRINTED, {})[(initiative_id, key)] = tag


def current_tag(session: Session, initiative_id: int, key: str,
                today: dt.date | None = None) -> str:
    known = session.info.get(_PRINTED, {}).get((initiative_id, key))
    return known or get_sheet(key).tag(session, initiative_id, today or dt.date.today())
