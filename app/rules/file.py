"""The workspace file itself: SQLite's integrity check.

This area is workspace-wide, not per initiative, so it has no ``check(session, initiative)``
and the per-initiative engine does not run it; ``crossdesk-cli check`` runs it once. A file
too damaged to open at all is reported by ``damaged_finding`` from the refusal.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import WorkspaceError
from app.i18n import tr
from app.rules.finding import Finding

AREA = "file"
FORMS: tuple[str, ...] = ()  # the forms whose rows its findings point at
SHOWN_PROBLEMS = 3  # SQLite may list hundreds; the first few say what kind of damage it is


def check_file(session: Session, name: str = "") -> list[Finding]:
    """Run SQLite's full integrity check (the opening check is the quicker ``quick_check``,
    which does not compare indexes with their tables)."""
    result = [str(r[0]) for r in session.execute(text("PRAGMA integrity_check")).all()]
    if result == ["ok"]:
        return []
    reason = "; ".join(result[:SHOWN_PROBLEMS])
    if len(result) > SHOWN_PROBLEMS:
        reason += " …"
    return [Finding("file.integrity", None, name or tr("rule.file.item"),
                    tr("rule.file.integrity", reason=reason))]


def damaged_finding(error: WorkspaceError, name: str = "") -> Finding:
    """The finding for a file that ``Workspace.open`` refused as damaged."""
    return Finding("file.damaged", None, name or tr("rule.file.item"),
                   tr("rule.file.damaged", reason=error.fmt.get("reason", "")))


def is_damage(error: WorkspaceError) -> bool:
    return error.key == "error.workspace.damaged"
