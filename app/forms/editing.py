"""The one way the forms change: each function here is one user action and commits one
transaction, so what the user saw as saved is on disk. Undo commands in the Qt layer call
these; so do the importer and the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from app.errors import UserError
from app.forms.display import Names
from app.forms.rows import access
from app.forms.rows.base import Row
from app.store import row_snapshots
from app.store.changes import ChangeArea
from app.store.workspace import Workspace


def rows(ws: Workspace, form: str, initiative_id: int, lang: str | None = None,
         today: dt.date | None = None) -> list[Row]:
    with ws.read() as s:
        return access(form).rows(s, initiative_id, lang, today)


def rows_and_names(ws: Workspace, form: str, initiative_id: int, lang: str | None = None,
                   today: dt.date | None = None) -> tuple[list[Row], Names]:
    """``rows``, with the names their references were shown with (see ``rows_by_id``)."""
    with ws.read() as s:
        return access(form).rows_and_names(s, initiative_id, lang, today)


def rows_by_id(ws: Workspace, form: str, initiative_id: int, ids: Iterable[int], names: Names,
               lang: str | None = None, today: dt.date | None = None) -> dict[int, Row]:
    """Rows ``ids`` read again alone, after an edit that changed only them: a view updates
    those rows instead of reading the whole form (see ``FormRows.rows_by_id``)."""
    with ws.read() as s:
        return access(form).rows_by_id(s, initiative_id, ids, names, lang, today)


def stands_alone(form: str) -> bool:
    """Whether a row of ``form`` can be read again alone (no ranking across its rows)."""
    return access(form).rows_stand_alone


def _get(s: Any, form: str, row_id: int) -> Any:
    obj = s.get(access(form).model, row_id)
    if obj is None:
        raise UserError("error.row.missing")
    return obj


def get_value(ws: Workspace, form: str, row_id: int, key: str) -> Any:
    with ws.read() as s:
        return access(form).read(s, _get(s, form, row_id), key, None)


def set_value(ws: Workspace, form: str, row_id: int, key: str, value: object) -> Any:
    """Store one field; returns the value it had, for undo. Refused values store nothing:
    a value the field does not take, and one that breaks a rule between the row's fields
    (``app.forms.field_rules``: a planned finish before the start, a loop of predecessors)."""
    return _store(ws, form, row_id, key, value, rules=True)


def restore_value(ws: Workspace, form: str, row_id: int, key: str, value: object) -> Any:
    """Put back a value the field held (undo): the rules between fields are not asked again,
    so a row of an older file that broke one comes back exactly as it was."""
    return _store(ws, form, row_id, key, value, rules=False)


def _store(ws: Workspace, form: str, row_id: int, key: str, value: object, *,
           rules: bool) -> Any:
    acc = access(form)
    # Only this row of the form's own area changed: views read it again alone.
    with ws.write(*acc.areas, rows={acc.areas[0]: (row_id,)}) as s:
        obj = _get(s, form, row_id)
        old = acc.read(s, obj, key, None)
        acc.write(s, obj, key, value, rules=rules)
    return old


def add_row(ws: Workspace, form: str, initiative_id: int, values: dict[str, Any] | None = None,
            index: int | None = None) -> int:
    """Add a row (at ``index`` in the form's order, else at the end); returns its id."""
    acc = access(form)
    with ws.write(*acc.areas) as s:
        merged = {**acc.default_values(s, initiative_id), **(values or {})}
        obj = acc.create(s, initiative_id, merged)
        if index is not None:
            _place(s, acc, initiative_id, obj, index)
        return int(obj.id)


def delete_rows(ws: Workspace, form: str, ids: list[int]) -> list[row_snapshots.Snapshot]:
    """Delete rows; the snapshots returned put them back exactly (``restore_rows``)."""
    acc = access(form)
    table = acc.model.__tablename__
    with ws.write(*acc.areas, ChangeArea.RACI, ChangeArea.TASKS) as s:
        snaps = [row_snapshots.take(s, table, row_id) for row_id in ids]
        for row_id in ids:
            s.delete(_get(s, form, row_id))
    return snaps


def restore_rows(ws: Workspace, form: str, snaps: list[row_snapshots.Snapshot]) -> None:
    acc = access(form)
    with ws.write(*acc.areas, ChangeArea.RACI, ChangeArea.TASKS) as s:
        for snap in snaps:
            row_snapshots.restore(s, snap)


def _ordered(s: Any, acc: Any, initiative_id: int) -> list[Any]:
    return acc.objects(s, initiative_id)


def _place(s: Any, acc: Any, initiative_id: int, obj: Any, index: int) -> int:
    objs = [o for o in _ordered(s, acc, initiative_id) if o.id != obj.id]
    old_index = next((i for i, o in enumerate(_ordered(s, acc, initiative_id)) if o.id == obj.id), 0)
    index = max(0, min(index, len(objs)))
    objs.insert(index, obj)
    for pos, o in enumerate(objs, start=1):
        o.position = pos
    return old_index


def move_row(ws: Workspace, form: str, row_id: int, new_index: int) -> int:
    """Move a row to ``new_index`` (0-based) in its form; returns its old index."""
    acc = access(form)
    with ws.write(*acc.areas) as s:
        obj = _get(s, form, row_id)
        return _place(s, acc, obj.initiative_id, obj, new_index)


def row_initiative(ws: Workspace, form: str, row_id: int) -> int:
    acc = access(form)
    model: Any = acc.model
    with ws.read() as s:
        found = s.scalar(select(model.initiative_id).where(model.id == row_id))
    if found is None:
        raise UserError("error.row.missing")
    return int(found)
