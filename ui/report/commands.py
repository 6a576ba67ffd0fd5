"""Keeping a report is an edit like any other: one undo step through ``app.report.keeping``."""

from __future__ import annotations

from app.report import keeping
from app.report.content import ReportContent
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class KeepReport(EditCommand):
    """Store the report made; undo removes it again (its outputs stay where they went)."""

    def __init__(self, ws: Workspace, content: ReportContent, text: str) -> None:
        super().__init__(ws, text)
        self.content = content
        self.report_id: int | None = None

    def apply(self) -> None:
        self.report_id = keeping.keep(self.ws, self.content)

    def revert(self) -> None:
        if self.report_id is not None:
            keeping.remove(self.ws, self.report_id)
