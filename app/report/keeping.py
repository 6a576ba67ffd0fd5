"""The reports kept as sent: each is one edit through the workspace's write path
(``ChangeArea.REPORTS``), and undoing it removes it again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.errors import UserError
from app.report.content import ReportContent
from app.store.changes import ChangeArea
from app.store.models import WeeklyReport
from app.store.workspace import Workspace


@dataclass(frozen=True)
class KeptReport:
    """A line of the list of past reports."""

    id: int
    as_of: dt.datetime
    made_at: dt.datetime
    late: int
    done: int


def _summary(row: WeeklyReport) -> KeptReport:
    content = ReportContent.from_text(row.content)
    return KeptReport(row.id, row.as_of, row.made_at, len(content.late), len(content.done))


def keep(ws: Workspace, content: ReportContent, made_at: dt.datetime | None = None) -> int:
    """Store ``content`` as a report made (now, or at ``made_at``); returns its id."""
    made = (made_at or dt.datetime.now()).replace(microsecond=0)
    with ws.write(ChangeArea.REPORTS) as s:
        row = WeeklyReport(initiative_id=content.initiative_id, as_of=content.as_of,
                           made_at=made, content=content.to_text())
        s.add(row)
        s.flush()
        return int(row.id)


def remove(ws: Workspace, report_id: int) -> None:
    """Take a kept report back (the undo of ``keep``)."""
    with ws.write(ChangeArea.REPORTS) as s:
        row = s.get(WeeklyReport, report_id)
        if row is None:
            raise UserError("report.error.missing", id=report_id)
        s.delete(row)


def kept_reports(ws: Workspace, initiative_id: int) -> list[KeptReport]:
    """The initiative's kept reports, the latest as-of first."""
    with ws.read() as s:
        try:
            rows = list(s.scalars(select(WeeklyReport)
                                  .where(WeeklyReport.initiative_id == initiative_id)
                                  .order_by(WeeklyReport.as_of.desc(), WeeklyReport.id.desc())))
        except OperationalError:  # a schema-3 file opened read-only: no reports kept yet
            return []
        return [_summary(r) for r in rows]


def load(ws: Workspace, report_id: int) -> ReportContent:
    """A kept report's content, exactly as it was made."""
    with ws.read() as s:
        row = s.get(WeeklyReport, report_id)
        if row is None:
            raise UserError("report.error.missing", id=report_id)
        return _content(row)


def _content(row: WeeklyReport) -> ReportContent:
    try:
        return ReportContent.from_text(row.content)
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError("report.error.unreadable", id=row.id, reason=str(exc)) from exc


def previous_in(session: Session, initiative_id: int,
                as_of: dt.datetime) -> ReportContent | None:
    """The last report kept with an earlier as-of moment: what the liaisons were told."""
    try:
        row = session.scalars(
            select(WeeklyReport).where(WeeklyReport.initiative_id == initiative_id,
                                       WeeklyReport.as_of < as_of)
            .order_by(WeeklyReport.as_of.desc(), WeeklyReport.id.desc()).limit(1)).first()
    except OperationalError:  # a schema-3 file opened read-only: no reports kept yet
        return None
    return None if row is None else _content(row)
