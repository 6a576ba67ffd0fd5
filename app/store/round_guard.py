"""A closed round is read-only, and the file itself says so.

Every form's rows belong to an initiative; once it is closed, SQLite triggers refuse any
insert, update or delete of those rows (and of the initiative's name), whoever writes:
a typed cell, a Gantt drag, an Excel import, an undo, a department merge that would
re-point a closed round's tasks. ``Workspace.write`` turns the refusal into a message.
Closing and reopening themselves only change ``initiatives.closed_on``, which stays free.
"""

from __future__ import annotations

import sqlite3

MARKER = "crossdesk: round closed"

# Tables whose rows carry their initiative.
_OWN = ("goals", "signoffs", "members", "pain_points", "measures", "tasks", "kpis",
        "baselines", "register_items", "weekly_reports")
# Tables that belong to an initiative through a parent row: (table, column, parent table).
_THROUGH = (
    ("raci", "task_id", "tasks"),
    ("task_dependencies", "task_id", "tasks"),
    ("goal_departments", "goal_id", "goals"),
    ("pain_point_departments", "pain_point_id", "pain_points"),
    ("measure_pain_points", "measure_id", "measures"),
    ("baseline_tasks", "baseline_id", "baselines"),
    *((table, "item_id", "register_items") for table in (
        "register_departments", "register_attendees", "register_agenda", "register_outcomes",
        "register_asks", "register_task_links", "register_item_links")),
)


def _closed(initiative: str) -> str:
    return f"(SELECT closed_on FROM initiatives WHERE id = {initiative}) IS NOT NULL"


def _trigger(name: str, event: str, table: str, when: str) -> str:
    return (f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON {table} "
            f"FOR EACH ROW WHEN {when} BEGIN SELECT RAISE(ABORT, '{MARKER}'); END")


def statements() -> list[str]:
    found: list[str] = []
    for table in _OWN:
        found.append(_trigger(f"closed_round_insert_{table}", "INSERT", table,
                              _closed("NEW.initiative_id")))
        found.append(_trigger(f"closed_round_update_{table}", "UPDATE", table,
                              f"{_closed('OLD.initiative_id')} OR {_closed('NEW.initiative_id')}"))
        found.append(_trigger(f"closed_round_delete_{table}", "DELETE", table,
                              _closed("OLD.initiative_id")))
    for table, column, parent in _THROUGH:
        def owner(row: str, column: str = column, parent: str = parent) -> str:
            return _closed(f"(SELECT initiative_id FROM {parent} WHERE id = {row}.{column})")

        found.append(_trigger(f"closed_round_insert_{table}", "INSERT", table, owner("NEW")))
        found.append(_trigger(f"closed_round_update_{table}", "UPDATE", table,
                              f"{owner('OLD')} OR {owner('NEW')}"))
        found.append(_trigger(f"closed_round_delete_{table}", "DELETE", table, owner("OLD")))
    found.append(_trigger("closed_round_rename", "UPDATE OF name, description", "initiatives",
                          "OLD.closed_on IS NOT NULL AND NEW.closed_on IS NOT NULL"))
    found.append(_trigger("closed_round_delete", "DELETE", "initiatives",
                          "OLD.closed_on IS NOT NULL"))
    return found


def install(conn: sqlite3.Connection) -> None:
    """Create the triggers (a new workspace, or the upgrade that adds rounds)."""
    for sql in statements():
        conn.execute(sql)


def is_refusal(exc: BaseException) -> bool:
    """Whether ``exc`` (SQLite's or SQLAlchemy's wrapping of it) is the guard's refusal."""
    return MARKER in str(getattr(exc, "orig", None) or exc)
