"""What the sub-commands share: opening a workspace, picking an initiative, printing JSON."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from app.errors import UserError
from app.models import Initiative
from app.workspace import Workspace


@contextlib.contextmanager
def opened(path: str | Path, *, write: bool = False) -> Iterator[Workspace]:
    """Open a workspace for one command: read-only unless the command changes it, so a
    reading command never waits for or disturbs a program that holds the lock."""
    ws = Workspace.open(path, read_only=not write)
    try:
        yield ws
    finally:
        ws.close()


def pick_initiative(ws: Workspace, initiative_id: int | None) -> int:
    """The initiative a command works on: the one given, or the only one there is."""
    with ws.read() as s:
        if initiative_id is not None:
            if s.get(Initiative, initiative_id) is None:
                raise UserError("error.initiative.missing", id=initiative_id)
            return initiative_id
        ids = list(s.scalars(select(Initiative.id).order_by(Initiative.position, Initiative.id)))
    if not ids:
        raise UserError("error.initiative.none")
    if len(ids) > 1:
        raise UserError("error.initiative.ambiguous")
    return ids[0]


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
