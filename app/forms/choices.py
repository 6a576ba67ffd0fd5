"""The closed choices of the forms. Values are stored in the file, so they never change."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    LEAD = "lead"
    LIAISON = "liaison"
    EXECUTOR = "executor"


class PainKind(StrEnum):
    BREAK_POINT = "break_point"
    BLOCKAGE = "blockage"
    PAIN_POINT = "pain_point"


class PainStatus(StrEnum):
    OPEN = "open"
    ADDRESSED = "addressed"


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    DONE = "done"


class NextStep(StrEnum):
    STANDARDISE = "standardise"
    ADJUST = "adjust"
    NEXT_ROUND = "next_round"


class RaciLetter(StrEnum):
    R = "R"
    A = "A"
    C = "C"
    I = "I"  # noqa: E741


class Quadrant(StrEnum):
    """Quadrants of the pain-point priority matrix, in the order work is taken up."""

    ACT_NOW = "act_now"
    PLAN = "plan"
    QUICK_FIX = "quick_fix"
    WATCH = "watch"


def enum_label_key(value: StrEnum) -> str:
    """Catalogue key of a choice's label, e.g. ``enum.Role.lead``."""
    return f"enum.{type(value).__name__}.{value.value}"
