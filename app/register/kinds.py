"""The register's closed choices: the kinds of item with their number prefixes, and each
kind's statuses and choice fields. Values are stored in the file, so they never change;
their labels are in the catalogue under ``register.<choice>.<value>``."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    MEETING = "meeting"
    PROBLEM = "problem"
    RISK = "risk"
    RESOURCE = "resource"
    COLLABORATION = "collaboration"
    CHANGE = "change"


# The number's prefix: 会议 HY, 问题 WT, 风险 FX, 资源 ZY, 协作 XZ, 变更 BG.
PREFIX: dict[Kind, str] = {
    Kind.MEETING: "HY", Kind.PROBLEM: "WT", Kind.RISK: "FX",
    Kind.RESOURCE: "ZY", Kind.COLLABORATION: "XZ", Kind.CHANGE: "BG",
}
KIND_OF_PREFIX: dict[str, Kind] = {p: k for k, p in PREFIX.items()}

MEETING_TYPES = ("kickoff", "weekly", "standup", "review", "emergency", "retrospective")
URGENCIES = ("urgent", "important", "routine")
RESOURCE_KINDS = ("people", "budget", "equipment", "data", "other")
ANSWERS = ("granted", "partly", "refused")
DECISIONS = ("approved", "rejected")
OUTCOME_KINDS = ("decision", "action")
DEPARTMENT_ROLES = ("involved", "impact", "copied")

# Each kind's statuses, the first one a new item's. An item whose status is in ``CLOSED``
# has nothing more owed: no clock runs for it.
STATUSES: dict[Kind, tuple[str, ...]] = {
    Kind.MEETING: ("planned", "held", "cancelled"),
    Kind.PROBLEM: ("open", "handling", "resolved", "escalated", "closed"),
    Kind.RISK: ("open", "sent", "closed"),
    Kind.RESOURCE: ("open", "answered", "closed"),
    Kind.COLLABORATION: ("open", "approved", "done", "closed"),
    Kind.CHANGE: ("open", "decided", "closed"),
}
CLOSED = frozenset({"cancelled", "resolved", "closed", "done"})


def number_text(kind: str, number: int) -> str:
    """The number as printed: ``WT-007``."""
    return f"{PREFIX[Kind(kind)]}-{number:03d}"


def parse_number(text: str) -> tuple[Kind, int] | None:
    """``WT-007``, ``wt7``, ``WT 7`` → (problem, 7); None when it is not a number."""
    raw = text.strip().upper().replace(" ", "").replace("_", "-")
    prefix, _, digits = raw.partition("-") if "-" in raw else (raw[:2], "", raw[2:])
    kind = KIND_OF_PREFIX.get(prefix)
    if kind is None or not digits.isdigit() or int(digits) <= 0:
        return None
    return kind, int(digits)


def label_key(choice: str, value: str) -> str:
    """Catalogue key of a choice's label, e.g. ``register.status.open``."""
    return f"register.{choice}.{value}"
