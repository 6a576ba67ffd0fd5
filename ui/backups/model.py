"""The backups of one workspace as a table: when, why, what it holds, whether it is whole."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.backups import BackupInfo
from app.i18n import tr

_Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class BackupTableModel(QAbstractTableModel):
    """Read-only rows of ``BackupInfo``, newest first; ``info(row)`` gives the backup."""

    COLUMNS = ("taken_at", "reason", "contents", "size")

    def __init__(self, infos: list[BackupInfo] | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._infos: list[BackupInfo] = list(infos or [])

    def set_backups(self, infos: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._infos = list(infos)
        self.endResetModel()

    def info(self, row: int) -> BackupInfo:
        return self._infos[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._infos)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Taken"), self.tr("Why"), self.tr("What it holds"), self.tr("Size"))
        return titles[section]

    def describe(self, info: BackupInfo) -> str:
        if not info.good:
            return self.tr("Not usable: {0}").format(info.problem)
        c = info.counts
        text = self.tr("{0} initiative(s), {1} task(s), {2} goal(s), {3} member(s)").format(
            c.get("initiatives", 0), c.get("tasks", 0), c.get("goals", 0), c.get("members", 0))
        if info.initiatives:
            names = "、".join(info.initiatives[:3]) + ("…" if len(info.initiatives) > 3 else "")
            text += " — " + names
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self._infos[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "taken_at":
                return info.taken_at.strftime("%Y-%m-%d %H:%M")
            if column == "reason":
                return tr("backup.reason." + info.reason)
            if column == "contents":
                return self.describe(info)
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(info.path)
            return human_size(info.size)
        if role == Qt.ItemDataRole.ForegroundRole and not info.good:
            return QBrush(QColor("#8a1f11"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
