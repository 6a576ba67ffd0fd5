"""The workspace's tables as typed SQLAlchemy models.

Derived values (priority, variance, KPI change, met, pain-point status) are not columns:
they are computed in ``app.forms.derived`` so that no view can disagree with another.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.model_base import Base, _now

goal_departments = Table(
    "goal_departments",
    Base.metadata,
    Column("goal_id", ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True),
)

pain_point_departments = Table(
    "pain_point_departments",
    Base.metadata,
    Column("pain_point_id", ForeignKey("pain_points.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True),
)

measure_pain_points = Table(
    "measure_pain_points",
    Base.metadata,
    Column("measure_id", ForeignKey("measures.id", ondelete="CASCADE"), primary_key=True),
    Column("pain_point_id", ForeignKey("pain_points.id", ondelete="CASCADE"), primary_key=True),
)


class Setting(Base):
    """Workspace-wide settings such as the organisation name printed on sheets."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    chat: Mapped[str] = mapped_column(String(200), default="")

    department: Mapped[Department | None] = relationship()


class Initiative(Base):
    __tablename__ = "initiatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # A closed round is read-only (app/store/round_guard.py) until it is reopened. Both
    # are deferred (read by ``app.rounds.state``) so that a file of schema 3 or older,
    # opened read-only without its upgrade, still reads as every initiative open.
    closed_on: Mapped[dt.date | None] = mapped_column(Date, deferred=True)
    # The round this one continues; a plain id, not a foreign key, so that deleting or
    # restoring one round never cascades into the other (a dangling id shows no link).
    previous_id: Mapped[int | None] = mapped_column(Integer, deferred=True)


class Goal(Base):
    """A row of Form 1."""

    __tablename__ = "goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    lead_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL")
    )

    lead_department: Mapped[Department | None] = relationship()
    departments: Mapped[list[Department]] = relationship(
        secondary=goal_departments, order_by=Department.position
    )


class Signoff(Base):
    """One sign-off line of a printed form: who signs, whether and when, which version."""

    __tablename__ = "signoffs"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    form: Mapped[str] = mapped_column(String(40), default="goals")
    position: Mapped[int] = mapped_column(Integer, default=0)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL")
    )
    signer: Mapped[str] = mapped_column(String(200), default="")
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    version_tag: Mapped[str] = mapped_column(String(40), default="")

    department: Mapped[Department | None] = relationship()


class Member(Base):
    """A row of Form 2: a person's place in one initiative's team."""

    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20), default="executor")
    duties: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


class PainPoint(Base):
    """A row of Form 3."""

    __tablename__ = "pain_points"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default="pain_point")
    description: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[int] = mapped_column(Integer, default=3)
    frequency: Mapped[int] = mapped_column(Integer, default=3)
    evidence: Mapped[str] = mapped_column(Text, default="")

    departments: Mapped[list[Department]] = relationship(
        secondary=pain_point_departments, order_by=Department.position
    )
    measures: Mapped[list[Measure]] = relationship(
        secondary=measure_pain_points, back_populates="pain_points"
    )

    __table_args__ = (
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint("frequency BETWEEN 1 AND 5", name="frequency_range"),
    )


class Measure(Base):
    """An optimisation measure: groups tasks and points at the pain points it addresses."""

    __tablename__ = "measures"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")

    pain_points: Mapped[list[PainPoint]] = relationship(
        secondary=measure_pain_points, back_populates="measures"
    )


class TaskDependency(Base):
    """Finish-to-start link: ``task`` starts after ``predecessor`` finishes, plus a lag."""

    __tablename__ = "task_dependencies"
    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    lag_days: Mapped[int] = mapped_column(Integer, default=0)

    # The key covers look-ups by task; deleting a task must also find the links that name
    # it as predecessor, which without this index scans every link once per deleted task.
    __table_args__ = (CheckConstraint("task_id <> predecessor_id", name="no_self_link"),
                      Index("ix_task_dependencies_predecessor", "predecessor_id"))


class Task(Base):
    """A row of Form 4."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL")
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_finish: Mapped[dt.date | None] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_finish: Mapped[dt.date | None] = mapped_column(Date)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    issue: Mapped[str] = mapped_column(Text, default="")
    countermeasure: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure | None] = relationship()
    department: Mapped[Department | None] = relationship()
    owner: Mapped[Person | None] = relationship()
    predecessor_links: Mapped[list[TaskDependency]] = relationship(
        foreign_keys=[TaskDependency.task_id], cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),)


class Kpi(Base):
    """A row of Form 5."""

    __tablename__ = "kpis"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(50), default="")
    before: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    after: Mapped[float | None] = mapped_column(Float)
    lower_is_better: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str | None] = mapped_column(String(20))
    # The measure whose effect the KPI shows: a KPI marked "adjust" or "next round" carries
    # its measure into the next round (app/rounds/carry.py).
    # Deferred, like Initiative.closed_on: read by ``KpiRows`` only where the file has it.
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="SET NULL"), deferred=True)


class RaciAssignment(Base):
    """One letter of the RACI grid: a task against a team member or a whole department."""

    __tablename__ = "raci"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE")
    )
    letter: Mapped[str] = mapped_column(String(1))

    __table_args__ = (
        # NULLs are distinct in a UNIQUE constraint, so each kind of column gets its own index.
        Index("raci_member_cell", "task_id", "member_id", unique=True,
              sqlite_where=text("member_id IS NOT NULL")),
        Index("raci_department_cell", "task_id", "department_id", unique=True,
              sqlite_where=text("department_id IS NOT NULL")),
        CheckConstraint("letter IN ('R','A','C','I')", name="letter_valid"),
        CheckConstraint(
            "(member_id IS NULL) <> (department_id IS NULL)", name="member_or_department"
        ),
    )


class CalendarDay(Base):
    """An exception to the weekly rhythm: a public holiday, or a make-up working day (调休)."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(200), default="")



class WeeklyReport(Base):
    """A weekly progress report as it was made: its as-of moment, when it was made, and
    the content it showed (``app.report.content``, as JSON). Kept, not recomputed, so that
    "changed since the previous report" compares with what the liaisons were told and a
    past report reopens exactly as it was, whatever the plan has become since."""

    __tablename__ = "weekly_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    as_of: Mapped[dt.datetime] = mapped_column(DateTime)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    content: Mapped[str] = mapped_column(Text, default="{}")


# Tables kept in modules of their own, registered on the same metadata, so that a workspace
# created, checked or snapshotted knows them as it knows the forms': the baselines and the
# coordination register's.
from app.register import models as _register_models  # noqa: E402,F401
from app.store import baseline_models as _baseline_models  # noqa: E402,F401
