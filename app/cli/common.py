"""What the sub-commands share: opening a workspace, picking an initiative, printing JSON."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from app.errors import UserError
from app.i18n import tr
from app.store.models import Initiative
from app.store.workspace import Workspace


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
            # SQLite ids are 64-bit: a longer number names no initiative (and would overflow).
            if not 0 < initiative_id < 2**63 or s.get(Initiative, initiative_id) is None:
                raise UserError("error.initiative.missing", id=initiative_id)
            return initiative_id
        ids = list(s.scalars(select(Initiative.id).order_by(Initiative.position, Initiative.id)))
    if not ids:
        raise UserError("error.initiative.none")
    if len(ids) > 1:
        raise UserError("error.initiative.ambiguous")
    return ids[0]


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """``--force``: the user's consent to replace an existing file (never a workspace)."""
    parser.add_argument("--force", action="store_true", help=tr("cli.opt.force"))


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
