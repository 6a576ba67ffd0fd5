"""What an edit changed, as the workspace announces it to the open views.

Each committed write names the areas it touched (``ChangeArea``), and where it knows them,
the rows it changed; a view listens to the areas it shows and reloads only what a notice
names. Areas are one enumeration so that a misspelt area is an ``AttributeError`` at the
line that misspells it, never a view that silently stops refreshing. The groupings views
listen to are defined here, beside the areas, once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class ChangeArea(enum.Flag):
    """A part of the workspace an edit can change; combine them with ``|``."""

    INITIATIVES = enum.auto()
    ORG = enum.auto()  # departments and people
    GOALS = enum.auto()
    SIGNOFFS = enum.auto()
    TEAM = enum.auto()
    PAIN_POINTS = enum.auto()
    MEASURES = enum.auto()
    TASKS = enum.auto()  # tasks and their links
    KPIS = enum.auto()
    RACI = enum.auto()
    CALENDAR = enum.auto()  # holidays and make-up working days
    SETTINGS = enum.auto()
    BASELINES = enum.auto()  # saved baselines and which one is the reference
    REGISTER = enum.auto()  # the coordination register's items (meetings, problems, …)
    REPORTS = enum.auto()  # weekly progress reports kept as sent
    ROUNDS = enum.auto()  # an initiative closed, reopened or continued in a next round


NOTHING = ChangeArea(0)

# Every area: after a restore from a backup, all of them changed.
ALL = ChangeArea.INITIATIVES | ChangeArea.ORG | ChangeArea.GOALS | ChangeArea.SIGNOFFS \
    | ChangeArea.TEAM | ChangeArea.PAIN_POINTS | ChangeArea.MEASURES | ChangeArea.TASKS \
    | ChangeArea.KPIS | ChangeArea.RACI | ChangeArea.CALENDAR | ChangeArea.SETTINGS \
    | ChangeArea.BASELINES | ChangeArea.REGISTER | ChangeArea.REPORTS | ChangeArea.ROUNDS

# What the plan's views (Gantt, kanban) paint: tasks on the working calendar, grouped by
# measure, with owners and departments, the reference baseline's bars and the forecast's
# target (Form 1's goals).
SCHEDULE = ChangeArea.TASKS | ChangeArea.CALENDAR | ChangeArea.MEASURES | ChangeArea.ORG \
    | ChangeArea.TEAM | ChangeArea.INITIATIVES | ChangeArea.BASELINES | ChangeArea.GOALS

# What each form's table shows, so a change elsewhere does not reload it.
FORM_VIEWS: Mapping[str, ChangeArea] = MappingProxyType({
    "goals": ChangeArea.GOALS | ChangeArea.ORG | ChangeArea.INITIATIVES,
    "signoffs": ChangeArea.SIGNOFFS | ChangeArea.ORG | ChangeArea.GOALS | ChangeArea.INITIATIVES,
    "team": ChangeArea.TEAM | ChangeArea.ORG | ChangeArea.INITIATIVES,
    "pain_points": ChangeArea.PAIN_POINTS | ChangeArea.MEASURES | ChangeArea.ORG
    | ChangeArea.INITIATIVES,
    "measures": ChangeArea.MEASURES | ChangeArea.PAIN_POINTS | ChangeArea.INITIATIVES,
    "tracking": ChangeArea.TASKS | ChangeArea.MEASURES | ChangeArea.ORG | ChangeArea.TEAM
    | ChangeArea.CALENDAR | ChangeArea.INITIATIVES | ChangeArea.BASELINES,
    "evaluation": ChangeArea.KPIS | ChangeArea.INITIATIVES,
})

# The RACI grid's rows and columns (tasks, team members, departments); a change of letters
# alone (RACI) only repaints them.
RACI_LAYOUT = ChangeArea.TASKS | ChangeArea.TEAM | ChangeArea.ORG | ChangeArea.MEASURES \
    | ChangeArea.GOALS | ChangeArea.INITIATIVES
RACI_GRID = RACI_LAYOUT | ChangeArea.RACI

# The priority matrix: pain points, the measures addressing them, their departments.
MATRIX = ChangeArea.PAIN_POINTS | ChangeArea.MEASURES | ChangeArea.ORG | ChangeArea.INITIATIVES

# The sign-off panel of a printed form: sign-offs, the settings holding the last printed
# versions, and whatever any signed form's version tag is made of; a round closed or
# reopened turns its buttons off or on.
SIGNOFF_PANEL = ChangeArea.SIGNOFFS | ChangeArea.GOALS | ChangeArea.ORG \
    | ChangeArea.INITIATIVES | ChangeArea.SETTINGS | ChangeArea.TEAM | ChangeArea.PAIN_POINTS \
    | ChangeArea.MEASURES | ChangeArea.TASKS | ChangeArea.KPIS | ChangeArea.RACI \
    | ChangeArea.ROUNDS

# What an Excel import can write.
IMPORT = ChangeArea.INITIATIVES | ChangeArea.ORG | ChangeArea.GOALS | ChangeArea.SIGNOFFS \
    | ChangeArea.TEAM | ChangeArea.PAIN_POINTS | ChangeArea.MEASURES | ChangeArea.TASKS \
    | ChangeArea.KPIS | ChangeArea.RACI | ChangeArea.REGISTER

# Removing an initiative removes every form's rows with it.
INITIATIVE_ROWS = ChangeArea.INITIATIVES | ChangeArea.GOALS | ChangeArea.TEAM \
    | ChangeArea.PAIN_POINTS | ChangeArea.TASKS | ChangeArea.KPIS | ChangeArea.RACI \
    | ChangeArea.REGISTER

# Renaming, merging or removing a department shows in every form that names departments.
DEPARTMENT_USES = ChangeArea.ORG | ChangeArea.GOALS | ChangeArea.TEAM \
    | ChangeArea.PAIN_POINTS | ChangeArea.TASKS | ChangeArea.RACI | ChangeArea.REGISTER


def combine(areas: Iterable[ChangeArea]) -> ChangeArea:
    result = NOTHING
    for area in areas:
        if not isinstance(area, ChangeArea):
            raise TypeError(f"not a ChangeArea: {area!r}")
        result |= area
    return result


@dataclass(frozen=True)
class Change:
    """One notice: the areas changed and, for an area whose changed rows are known, their
    ids. An area in ``areas`` without an entry in ``rows`` may have changed anywhere.

    Notices of several edits in a row (a grouped undo step, an edit and the read that
    follows it) are merged into one before views hear of them (``merged``). ``serial`` is
    the workspace's count of changes up to the last one merged in (``Workspace.serial``):
    a view that read its rows after that has nothing left to read."""

    areas: ChangeArea
    rows: Mapping[ChangeArea, frozenset[int]] = field(default_factory=dict)
    serial: int = 0

    @classmethod
    def of(cls, areas: ChangeArea | Iterable[ChangeArea],
           rows: Mapping[ChangeArea, Iterable[int]] | None = None) -> Change:
        flag = areas if isinstance(areas, ChangeArea) else combine(areas)
        known: dict[ChangeArea, frozenset[int]] = {}
        for area, ids in (rows or {}).items():
            if area not in flag or _members(area) != [area]:
                raise ValueError(f"rows given for {area!r}, not one area of {flag!r}")
            known[area] = frozenset(ids)
        return cls(flag, known)

    def __contains__(self, area: ChangeArea) -> bool:
        return bool(self.areas & area)

    def touches(self, areas: ChangeArea) -> bool:
        """Whether any of ``areas`` changed."""
        return bool(self.areas & areas)

    def only(self, areas: ChangeArea) -> bool:
        """Whether nothing outside ``areas`` changed (and something did)."""
        return bool(self.areas) and not (self.areas & ~areas)

    def rows_of(self, area: ChangeArea) -> frozenset[int] | None:
        """The ids of the rows of ``area`` that changed; None when any row may have."""
        return self.rows.get(area)

    def merged(self, other: Change) -> Change:
        rows: dict[ChangeArea, frozenset[int]] = {}
        for area in _members(self.areas | other.areas):
            mine = self.rows.get(area) if area in self.areas else frozenset()
            theirs = other.rows.get(area) if area in other.areas else frozenset()
            if mine is not None and theirs is not None:
                rows[area] = mine | theirs
        return Change(self.areas | other.areas, rows, max(self.serial, other.serial))


def _members(flag: ChangeArea) -> list[ChangeArea]:
    return [area for area in ChangeArea if area in flag]
