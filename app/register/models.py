"""The coordination register's tables: one row per item (meeting, problem, risk notice,
resource, collaboration or change request) and the rows that belong to an item.

One wide item table rather than one per kind: every item shares its number, title, status,
owner, department, dates, links and notes, the editors and the list read the same columns,
and a kind's own fields are simply empty on the other kinds. The tables sit on the forms'
``Base`` so that creating, checking and snapshotting a workspace covers them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models import Base, Department, Person


def _people() -> Mapped[int | None]:
    return mapped_column(ForeignKey("people.id", ondelete="SET NULL"))


def _department() -> Mapped[int | None]:
    return mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))


class RegisterItem(Base):
    """One item of the register. ``number`` counts per kind and initiative (WT-007 is the
    problem numbered 7); ``opened_at`` is when the item's clock starts: a meeting's start,
    a problem's report, the delay a risk notice is about first seen, a request made."""

    __tablename__ = "register_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    owner_id: Mapped[int | None] = _people()
    department_id: Mapped[int | None] = _department()
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A due date-time typed by the user, for kinds whose due is not a clock of the method
    # (collaboration and change requests).
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # When the minutes (meeting) or the notice (risk) went out.
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Who reported the problem / asked for the resource, collaboration or change.
    requester_id: Mapped[int | None] = _people()
    description: Mapped[str] = mapped_column(Text, default="")

    # -- meeting
    meeting_type: Mapped[str | None] = mapped_column(String(20))
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair_id: Mapped[int | None] = _people()
    recorder_id: Mapped[int | None] = _people()

    # -- problem
    urgency: Mapped[str | None] = mapped_column(String(20))
    impact_users: Mapped[str] = mapped_column(Text, default="")
    impact_business: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")  # also a risk notice's cause
    solution: Mapped[str] = mapped_column(Text, default="")  # suggested / the notice's
    resolution: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    discussed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    escalated_to_id: Mapped[int | None] = _people()
    escalated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    # -- risk notice
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    planned_finish: Mapped[dt.date | None] = mapped_column(Date)
    forecast_finish: Mapped[dt.date | None] = mapped_column(Date)
    days_late: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[str] = mapped_column(Text, default="")  # also a change's impact
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("register_items.id", ondelete="SET NULL"))

    # -- resource request
    provider_id: Mapped[int | None] = _department()
    resource_kind: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")  # also a collaboration's goal
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(String(20))
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    alternative: Mapped[str] = mapped_column(Text, default="")

    # -- collaboration request
    background: Mapped[str] = mapped_column(Text, default="")
    resources_needed: Mapped[str] = mapped_column(Text, default="")
    approved_by_id: Mapped[int | None] = _people()
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    # -- change request
    reason: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20))
    second_approver_id: Mapped[int | None] = _people()
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    department: Mapped[Department | None] = relationship(foreign_keys=[department_id])

    __table_args__ = (
        UniqueConstraint("initiative_id", "kind", "number", name="register_number"),
        CheckConstraint(
            "kind IN ('meeting','problem','risk','resource','collaboration','change')",
            name="register_kind"),
        CheckConstraint("number > 0", name="register_number_positive"),
    )


class RegisterDepartment(Base):
    """A department named by an item in one role: involved in a problem, in its impact
    scope, or copied on a collaboration request."""

    __tablename__ = "register_departments"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (
        CheckConstraint("role IN ('involved','impact','copied')", name="register_dept_role"),
    )


class RegisterAttendee(Base):
    """A person at a meeting, present or absent, and whether they confirmed the minutes
    (the sign-off list of the printed minutes)."""

    __tablename__ = "register_attendees"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = _people()
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person | None] = relationship()


class RegisterAgendaItem(Base):
    """One point of a meeting's agenda and what was said about it."""

    __tablename__ = "register_agenda"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    presenter_id: Mapped[int | None] = _people()
    minutes_planned: Mapped[int | None] = mapped_column(Integer)
    discussion: Mapped[str] = mapped_column(Text, default="")
    disagreements: Mapped[str] = mapped_column(Text, default="")


class RegisterOutcome(Base):
    """A decision or an action item of a meeting, under one of its agenda points or none.
    An action item turned into a Form 4 task keeps the task's id, so the task's meeting is
    known and the step can be undone."""

    __tablename__ = "register_outcomes"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), index=True)
    agenda_id: Mapped[int | None] = mapped_column(
        ForeignKey("register_agenda.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="action")
    text: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = _people()
    due: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="SET NULL"), index=True)

    __table_args__ = (
        CheckConstraint("kind IN ('decision','action')", name="register_outcome_kind"),
    )


class RegisterAsk(Base):
    """What a collaboration request asks of one department: what, by when, who."""

    __tablename__ = "register_asks"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    department_id: Mapped[int | None] = _department()
    need: Mapped[str] = mapped_column(Text, default="")
    by_date: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = _people()


class RegisterTaskLink(Base):
    """An item about a task of Form 4."""

    __tablename__ = "register_task_links"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_register_task_links_task", "task_id"),)


class RegisterItemLink(Base):
    """Two items that belong together (a risk notice and the meeting it calls, a problem
    and the change request it led to). Stored once, with the smaller id first."""

    __tablename__ = "register_item_links"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), primary_key=True)
    other_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (CheckConstraint("item_id < other_id", name="register_link_order"),
                      Index("ix_register_item_links_other", "other_id"))
