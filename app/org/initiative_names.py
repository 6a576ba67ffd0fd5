"""The initiatives of a workspace, by name and in order, read with plain SQL.

The main window fills its initiative selector before anything else is on screen; this
read must not wait for SQLAlchemy to load (see ``Workspace.sql``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.workspace import Workspace

INITIATIVE_TABLE = "initiatives"  # app.store.models.Initiative; a test checks they agree


@dataclass(frozen=True)
class InitiativeInfo:
    id: int
    name: str


def list_initiatives(ws: Workspace) -> list[InitiativeInfo]:
    with ws.sql() as conn:
        rows = conn.execute(
            f"SELECT id, name FROM {INITIATIVE_TABLE} ORDER BY position, id").fetchall()
    return [InitiativeInfo(i, n) for i, n in rows]
