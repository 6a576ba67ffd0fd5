"""The report's sections from the coordination register: risk notices, problems and
requests open or past their clocks, and the decisions and action items of this week's
meetings. The register ("The coordination register") is not part of this program yet,
so there is nothing to report; this is the one place its sections are built, each as a
``Block`` that every output lays out like the report's own tables."""

from __future__ import annotations

import datetime as dt

from app.report.content import Block
from app.store.workspace import Workspace


def register_blocks(ws: Workspace, initiative_id: int, as_of: dt.datetime) -> tuple[Block, ...]:
    """The register's sections of the report as of ``as_of``: none until it exists."""
    return ()
