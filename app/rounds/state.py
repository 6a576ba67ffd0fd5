"""Whether a round is closed and which round it continues, read with plain SQL so that a
view can ask on every reload without loading the ORM."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from app.store.workspace import Workspace


@dataclass(frozen=True)
class RoundState:
    initiative_id: int
    closed_on: dt.date | None = None
    previous_id: int | None = None
    previous_name: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


def state_in(conn: sqlite3.Connection, initiative_id: int) -> RoundState:
    """The round's state; a file of an older schema (opened read-only without its upgrade)
    has no closed rounds."""
    try:
        found = conn.execute(
            "SELECT i.closed_on, i.previous_id, p.name FROM initiatives AS i "
            "LEFT JOIN initiatives AS p ON p.id = i.previous_id WHERE i.id = ?",
            (initiative_id,)).fetchone()
    except sqlite3.OperationalError:
        return RoundState(initiative_id)
    if found is None:
        return RoundState(initiative_id)
    closed, previous, name = found
    day = dt.date.fromisoformat(str(closed)[:10]) if closed else None
    return RoundState(initiative_id, day, previous if name is not None else None, name or "")


def round_state(ws: Workspace, initiative_id: int | None) -> RoundState:
    if initiative_id is None:
        return RoundState(0)
    with ws.sql() as conn:
        return state_in(conn, initiative_id)
