"""The weekly progress reports kept as they were sent (issue: the Friday report).

A report's figures are stored as the JSON its outputs were made from, not recomputed:
"changed since the previous report" must compare with what the liaisons were told, and a
past report must reopen exactly as it was, whatever the plan has become since.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, _now


class WeeklyReport(Base):
    """One report made: its as-of moment, when it was made, and the content it showed."""

    __tablename__ = "weekly_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    as_of: Mapped[dt.datetime] = mapped_column(DateTime)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    content: Mapped[str] = mapped_column(Text, default="{}")
