"""The rule check's own connection (``Workspace.read_apart``) reads beside the window's and
never holds the file while an edit is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError

from app.store.changes import ChangeArea
from app.store.models import Goal
from app.store.workspace import Workspace


def test_an_edit_is_saved_while_a_reader_apart_is_open(demo_ws: Workspace) -> None:
    with demo_ws.read_apart() as apart:
        before = apart.scalar(select(func.count()).select_from(Goal))
        assert before
        with demo_ws.write(ChangeArea.GOALS) as s:  # would wait for the reader, then fail as locked
            s.execute(update(Goal).values(measure="changed while a check reads"))
        changed = apart.scalar(select(func.count()).select_from(Goal)
                               .where(Goal.measure == "changed while a check reads"))
        assert changed == before  # the next statement already sees the edit
    with demo_ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Goal)
                        .where(Goal.measure == "changed while a check reads")) == before


def test_a_reader_apart_cannot_write(demo_ws: Workspace) -> None:
    with demo_ws.read_apart() as apart, pytest.raises(OperationalError):
        apart.execute(update(Goal).values(measure="x"))
