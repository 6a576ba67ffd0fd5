"""The ranked list beside the matrix: the shown pain points in the one order of
``app.forms.derived`` (rank 1 first), read-only; edits happen in Form 3 or by dragging."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.charts import palette
from app.forms.choices import PainKind, PainStatus, enum_label_key
from app.i18n import tr
from app.matrix.matrix_data import MatrixPoint
from ui.matrix.matrix_view import draw_marker, tooltip_html

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (catalogue key of the header, how a point reads in that column)
COLUMNS = ("priority", "kind", "step", "impact", "frequency", "quadrant", "status", "measures",
           "departments")

_Index = QModelIndex | QPersistentModelIndex


def kind_icon(kind: PainKind, filled: bool, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_marker(p, kind, size / 2, size / 2, size / 2 - 1.5, filled)
    p.end()
    return QIcon(pix)


class RankedModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._points: list[MatrixPoint] = []
        self._icons: dict[tuple[PainKind, bool], QIcon] = {}

    def set_points(self, points: list[MatrixPoint]) -> None:
        self.beginResetModel()
        self._points = sorted(points, key=lambda p: p.rank)
        self.endResetModel()

    def point(self, row: int) -> MatrixPoint:
        return self._points[row]

    def row_of(self, point_id: int) -> int:
        for i, p in enumerate(self._points):
            if p.id == point_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr(f"field.pain.{COLUMNS[section]}")

    def _text(self, p: MatrixPoint, column: str) -> str:
        if column == "priority":
            return str(p.rank)
        if column == "kind":
            return tr(enum_label_key(p.kind))
        if column == "step":
            return p.step or p.label
        if column == "impact":
            return str(p.impact)
        if column == "frequency":
            return str(p.frequency)
        if column == "quadrant":
            return tr(enum_label_key(p.quadrant))
        if column == "status":
            return tr(enum_label_key(p.status))
        if column == "measures":
            return "、".join(p.measures)
        return "、".join(p.departments)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self._points[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(p)
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            key = (p.kind, p.status is PainStatus.OPEN)
            if key not in self._icons:
                self._icons[key] = kind_icon(*key)
            return self._icons[key]
        if role == Qt.ItemDataRole.ForegroundRole and column in ("priority", "quadrant"):
            return QColor(palette.QUADRANT_BAND[p.quadrant])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                "priority", "impact", "frequency"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
