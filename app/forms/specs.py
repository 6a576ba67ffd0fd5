"""The forms' fields, declared once: their order, label, kind, closed choices and width.

The Qt tables, the Excel sheets and the printed sheets all lay out a form from its
``FormSpec`` here, so a field added to a form shows up everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.forms.choices import NextStep, PainKind, PainStatus, Quadrant, Role, TaskStatus


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # wrapped paragraph
    DATE = "date"
    RATING = "rating"  # whole number 1–5
    PERCENT = "percent"  # whole number 0–100
    NUMBER = "number"  # float, may be empty
    BOOL = "bool"
    CHOICE = "choice"  # one value of ``choices``
    DEPARTMENT = "department"  # a department name
    DEPARTMENTS = "departments"  # several department names
    PERSON = "person"  # a person id
    MEASURE = "measure"  # a measure id
    PREDECESSORS = "predecessors"  # [(task id, lag days)]
    PAIN_POINTS = "pain_points"  # [pain point id]
    INTEGER = "integer"  # derived whole numbers (variance, rank)
    RATIO = "ratio"  # derived fraction shown as a signed percentage


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label_key: str
    kind: Kind
    required: bool = False
    choices: type[StrEnum] | None = None
    derived: bool = False
    width: int = 14  # characters; the Excel column and the printed column follow it
    max_len: int = 0  # 0: the default for the kind

    @property
    def editable(self) -> bool:
        return not self.derived


@dataclass(frozen=True)
class FormSpec:
    key: str
    number: int | None  # the method's form number; None for helper tables
    title_key: str
    fields: tuple[FieldSpec, ...]
    landscape: bool = False

    def field(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def keys(self) -> list[str]:
        return [f.key for f in self.fields]


def _f(form: str, key: str, kind: Kind, **kw: object) -> FieldSpec:
    return FieldSpec(key, f"field.{form}.{key}", kind, **kw)  # type: ignore[arg-type]


GOALS = FormSpec("goals", 1, "form.goals.title", (
    _f("goal", "name", Kind.TEXT, required=True, width=22),
    _f("goal", "description", Kind.LONGTEXT, width=34),
    _f("goal", "measure", Kind.LONGTEXT, width=24),
    _f("goal", "due_date", Kind.DATE, width=12),
    _f("goal", "lead_department", Kind.DEPARTMENT, width=12),
    _f("goal", "departments", Kind.DEPARTMENTS, width=24),
), landscape=True)

SIGNOFFS = FormSpec("signoffs", None, "field.signoff.title", (
    _f("signoff", "department", Kind.DEPARTMENT, width=14),
    _f("signoff", "signer", Kind.TEXT, width=14),
    _f("signoff", "signed", Kind.BOOL, width=8),
    _f("signoff", "signed_on", Kind.DATE, width=12),
    _f("signoff", "version", Kind.TEXT, width=12),
))

TEAM = FormSpec("team", 2, "form.team.title", (
    _f("member", "name", Kind.TEXT, required=True, width=10),
    _f("member", "department", Kind.DEPARTMENT, width=15),
    _f("member", "role", Kind.CHOICE, choices=Role, required=True, width=10),
    _f("member", "duties", Kind.LONGTEXT, width=34),
    _f("member", "phone", Kind.TEXT, width=14),
    _f("member", "email", Kind.TEXT, width=22),
    _f("member", "chat", Kind.TEXT, width=14),
), landscape=True)

PAIN_POINTS = FormSpec("pain_points", 3, "form.pain_points.title", (
    _f("pain", "step", Kind.TEXT, required=True, width=14),
    _f("pain", "kind", Kind.CHOICE, choices=PainKind, required=True, width=8),
    _f("pain", "description", Kind.LONGTEXT, width=30),
    _f("pain", "impact", Kind.RATING, required=True, width=7),
    _f("pain", "frequency", Kind.RATING, required=True, width=7),
    _f("pain", "priority", Kind.INTEGER, derived=True, width=7),
    _f("pain", "quadrant", Kind.CHOICE, choices=Quadrant, derived=True, width=10),
    _f("pain", "evidence", Kind.LONGTEXT, width=22),
    _f("pain", "departments", Kind.DEPARTMENTS, width=16),
    _f("pain", "status", Kind.CHOICE, choices=PainStatus, derived=True, width=9),
    _f("pain", "measures", Kind.TEXT, derived=True, width=16),
), landscape=True)

MEASURES = FormSpec("measures", None, "form.measures.title", (
    _f("measure", "name", Kind.TEXT, required=True, width=24),
    _f("measure", "description", Kind.LONGTEXT, width=36),
    _f("measure", "pain_points", Kind.PAIN_POINTS, width=18),
))

TRACKING = FormSpec("tracking", 4, "form.tracking.title", (
    _f("task", "name", Kind.TEXT, required=True, width=22),
    _f("task", "measure", Kind.MEASURE, width=16),
    _f("task", "department", Kind.DEPARTMENT, width=14),
    _f("task", "owner", Kind.PERSON, width=8),
    _f("task", "planned_start", Kind.DATE, width=11),
    _f("task", "planned_finish", Kind.DATE, width=11),
    _f("task", "actual_start", Kind.DATE, width=11),
    _f("task", "actual_finish", Kind.DATE, width=11),
    _f("task", "percent", Kind.PERCENT, width=7),
    _f("task", "status", Kind.CHOICE, choices=TaskStatus, required=True, width=11),
    _f("task", "milestone", Kind.BOOL, width=7),
    _f("task", "predecessors", Kind.PREDECESSORS, width=10),
    _f("task", "variance", Kind.INTEGER, derived=True, width=7),
    # The reference baseline's dates, read-only: a baseline changes only by saving another.
    _f("task", "baseline_start", Kind.DATE, derived=True, width=11),
    _f("task", "baseline_finish", Kind.DATE, derived=True, width=11),
    _f("task", "issue", Kind.LONGTEXT, width=20),
    _f("task", "countermeasure", Kind.LONGTEXT, width=20),
    _f("task", "resources", Kind.LONGTEXT, width=16),
), landscape=True)

EVALUATION = FormSpec("evaluation", 5, "form.evaluation.title", (
    _f("kpi", "name", Kind.TEXT, required=True, width=14),
    _f("kpi", "unit", Kind.TEXT, width=7),
    _f("kpi", "before", Kind.NUMBER, width=9),
    _f("kpi", "target", Kind.NUMBER, width=9),
    _f("kpi", "after", Kind.NUMBER, width=9),
    _f("kpi", "lower_is_better", Kind.BOOL, width=8),
    _f("kpi", "change", Kind.RATIO, derived=True, width=9),
    _f("kpi", "met", Kind.BOOL, derived=True, width=8),
    _f("kpi", "source", Kind.LONGTEXT, width=18),
    _f("kpi", "feedback", Kind.LONGTEXT, width=24),
    _f("kpi", "next_step", Kind.CHOICE, choices=NextStep, width=10),
    _f("kpi", "measure", Kind.MEASURE, width=20),  # the measure whose effect it shows
), landscape=True)

# The row's other dates a date typed without a year ("3/31") most likely lies near, first
# found first: a task's finish near its start and the other way round, an actual date near
# the other actual one, else near the plan.
RELATED_DATES: dict[str, tuple[str, ...]] = {
    "planned_start": ("planned_finish", "actual_start"),
    "planned_finish": ("planned_start", "actual_finish"),
    "actual_start": ("actual_finish", "planned_start"),
    "actual_finish": ("actual_start", "planned_finish"),
}

FORMS: dict[str, FormSpec] = {
    f.key: f for f in (GOALS, SIGNOFFS, TEAM, PAIN_POINTS, MEASURES, TRACKING, EVALUATION)
}
# The five forms of the method, in the method's order.
METHOD_FORMS = (GOALS, TEAM, PAIN_POINTS, TRACKING, EVALUATION)
