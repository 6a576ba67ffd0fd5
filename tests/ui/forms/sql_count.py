"""Count the SQL statements a workspace runs: the cost of one edit, as a number rather
than a time (timings are noisy and belong in bench/)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.store.workspace import Workspace


@dataclass
class SqlCount:
    statements: list[str] = field(default_factory=list)

    @property
    def selects(self) -> int:
        return sum(1 for s in self.statements if s.lstrip().upper().startswith("SELECT"))

    @property
    def transactions(self) -> int:
        return sum(1 for s in self.statements if s.lstrip().upper().startswith("BEGIN"))

    @property
    def writes(self) -> int:
        return sum(1 for s in self.statements
                   if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")))

    def __str__(self) -> str:
        return f"{self.selects} SELECTs, {self.transactions} transactions, {self.writes} writes"


@contextlib.contextmanager
def counting_sql(ws: Workspace) -> Iterator[SqlCount]:
    """Count what runs on the workspace's engine (SQLAlchemy's ``before_cursor_execute``)
    and on its plain SQLite connection (``ws.sql()``, the views' fast reads) in the block."""
    from sqlalchemy import event

    count = SqlCount()

    def on_execute(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        count.statements.append(statement)

    engine = ws.engine
    event.listen(engine, "before_cursor_execute", on_execute)
    plain = ws.connection()
    plain.set_trace_callback(count.statements.append)
    try:
        yield count
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        plain.set_trace_callback(None)
