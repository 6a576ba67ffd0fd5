"""The tables and columns a workspace of this schema version must have, checked every time a
workspace is opened: a file that lost a table or a column (edited by another tool, a bad
sector in the schema page) is refused as damaged instead of failing later with a database
error in the middle of an export, an import or a print.

``EXPECTED`` is the models' schema written out, so that opening a workspace need not load
SQLAlchemy (that costs ~0.4 s of the program's start). A test compares it with the models;
after changing a model, run ``python -m app.store.schema`` to write it anew.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# table: its columns, as app.store.models declares them.
EXPECTED: dict[str, str] = {
    "baseline_tasks": "baseline_id task_id start finish milestone",
    "baselines": "id initiative_id name saved_on reference created_at",
    "calendar_days": "day working name",
    "departments": "id name position",
    "goal_departments": "goal_id department_id",
    "goals": "id initiative_id position name description measure due_date lead_department_id",
    "initiatives": "id name description position created_at closed_on previous_id",
    "kpis": "id initiative_id position name unit before target after lower_is_better source "
        "feedback next_step measure_id",
    "measure_pain_points": "measure_id pain_point_id",
    "measures": "id initiative_id position name description",
    "members": "id initiative_id position person_id role duties",
    "pain_point_departments": "pain_point_id department_id",
    "pain_points": "id initiative_id position step kind description impact frequency evidence",
    "people": "id name department_id title phone email chat",
    "raci": "id task_id member_id department_id letter",
    "register_agenda": "id item_id position title presenter_id minutes_planned discussion disagreements",
    "register_asks": "id item_id position department_id need by_date owner_id",
    "register_attendees": "id item_id position person_id present confirmed confirmed_on",
    "register_departments": "item_id role department_id",
    "register_item_links": "item_id other_id",
    "register_items": "id initiative_id kind number title status owner_id department_id opened_at "
        "due_at sent_at notes requester_id description meeting_type ends_at place "
        "chair_id recorder_id urgency impact_users impact_business cause solution "
        "resolution result lessons discussed_at escalated_to_id escalated_at task_id "
        "planned_finish forecast_finish days_late impact meeting_id provider_id "
        "resource_kind amount purpose period_from period_to answer answered_at "
        "alternative background resources_needed approved_by_id approved_at reason "
        "decision second_approver_id decided_at",
    "register_outcomes": "id item_id agenda_id position kind text owner_id due done task_id",
    "register_task_links": "item_id task_id",
    "settings": "key value",
    "signoffs": "id initiative_id form position department_id signer signed signed_on version_tag",
    "task_dependencies": "task_id predecessor_id lag_days",
    "tasks": "id initiative_id measure_id position name department_id owner_id planned_start "
        "planned_finish actual_start actual_finish percent status milestone issue "
        "countermeasure resources",
    "weekly_reports": "id initiative_id as_of made_at content",
}


def missing(conn: sqlite3.Connection) -> tuple[str, str | None] | None:
    """The first table (and column, or None for the whole table) that ``conn``'s database
    lacks, else None."""
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table'"):
        found.setdefault(table, set()).add(column)
    for table, columns in EXPECTED.items():
        if table not in found:
            return table, None
        for column in columns.split():
            if column not in found[table]:
                return table, column
    return None


def _written() -> str:
    import textwrap

    from app.store.models import Base

    lines = []
    for t in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        parts = textwrap.wrap(" ".join(c.name for c in t.columns), 80, break_on_hyphens=False)
        quoted = [f'"{p} "' for p in parts[:-1]] + [f'"{parts[-1]}"']
        lines.append(f'    "{t.name}": ' + ("\n" + " " * 8).join(quoted) + ",")
    return "\n".join(lines)


if __name__ == "__main__":
    here = Path(__file__)
    text = here.read_text(encoding="utf-8")
    head = "EXPECTED: dict[str, str] = {\n"
    start = text.index(head) + len(head)
    end = text.index("\n}\n", start)
    here.write_text(text[:start] + _written() + text[end:], encoding="utf-8")
