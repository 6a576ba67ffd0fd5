"""Whole-row snapshots, so that deleting a row can be undone exactly.

A snapshot holds the row and every row elsewhere that points at it (sign-off lines,
RACI letters, links), found from the schema's foreign keys, so that a new table with a
foreign key is covered without touching this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.store.models import Base

RowDict = dict[str, Any]


@dataclass
class Snapshot:
    table: str
    row: RowDict
    # (table name, row) of everything that referred to the row, in restore order
    dependents: list[tuple[str, RowDict]] = field(default_factory=list)


def _referencing(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, child column, parent column) for every foreign key into ``table``."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent.name, fk.column.name))
    return found


def _collect(session: Session, table: Table, row: RowDict, out: list[tuple[str, RowDict]],
             depth: int = 0) -> None:
    if depth > 4:
        return
    for child, col, parent_col in _referencing(table):
        value = row[parent_col]
        for child_row in session.execute(select(child).where(child.c[col] == value)).mappings():
            child_dict = dict(child_row)
            out.append((child.name, child_dict))
            _collect(session, child, child_dict, out, depth + 1)


def take(session: Session, table_name: str, pk: int) -> Snapshot:
    table = Base.metadata.tables[table_name]
    pk_col = next(iter(table.primary_key.columns))
    found = session.execute(select(table).where(pk_col == pk)).mappings().first()
    if found is None:
        raise KeyError(pk)
    row = dict(found)
    snap = Snapshot(table_name, row)
    _collect(session, table, row, snap.dependents)
    return snap


def _upsert(session: Session, table: Table, row: RowDict) -> None:
    stmt = insert(table).values(**row)
    pk_names = [c.name for c in table.primary_key.columns]
    others = {k: stmt.excluded[k] for k in row if k not in pk_names}
    stmt = stmt.on_conflict_do_update(index_elements=pk_names, set_=others) if others else (
        stmt.on_conflict_do_nothing(index_elements=pk_names))
    session.execute(stmt)


def restore(session: Session, snap: Snapshot) -> None:
    """Put the row back with its id, then re-point or re-insert what referred to it.

    The rows go back in the order they were found, which is not always an order in which
    each row's references already exist (a measure's pain points, a risk notice's meeting):
    the foreign keys are checked when the transaction commits, not row by row."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    tables = Base.metadata.tables
    _upsert(session, tables[snap.table], snap.row)
    for name, row in snap.dependents:
        _upsert(session, tables[name], row)
