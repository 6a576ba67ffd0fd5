"""The list of past reports of one initiative, newest first, over ``app.report.keeping``;
read again whenever a report is kept or taken back."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.report import keeping
from app.report.keeping import KeptReport
from app.store import changes
from app.store.changes import Change
from app.store.workspace import Workspace
from ui.common.workspace_watch import watch

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class PastReportsModel(QAbstractListModel):
    def __init__(self, ws: Workspace, initiative_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.initiative_id = initiative_id
        self.reports: list[KeptReport] = []
        watch(self, ws, changes.ChangeArea.REPORTS | changes.ChangeArea.INITIATIVES, self._heard)
        self.reload()

    def _heard(self, _change: Change) -> None:
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.reports = keeping.kept_reports(self.ws, self.initiative_id)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reports)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.reports[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0} · {1} late, {2} finished").format(
                r.as_of.strftime("%Y-%m-%d %H:%M"), r.late, r.done)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("As of {0}, made {1}").format(r.as_of.strftime("%Y-%m-%d %H:%M"),
                                                         r.made_at.strftime("%Y-%m-%d %H:%M"))
        if role == ID_ROLE:
            return r.id
        return None
