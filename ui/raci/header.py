"""A two-level header for the RACI grid: groups (departments above the members, measures
beside the tasks) spanning their sections, the names, and on top of the grid the R and A
count of each column. Painted, not built from widgets, so it scrolls as fast as the grid."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QScrollBar, QWidget

from app.raci import raci_grid
from ui.raci import palette
from ui.raci.model import BROKEN_ROLE, LOAD_ROLE, RaciModel

_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere


class GroupedHeader(QHeaderView):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._leaf_extent = 220  # vertical: the width of the task names
        self._line = 24

    # -- sizes ------------------------------------------------------------------------------
    def set_font_size(self, font: QFont) -> None:
        self.setFont(font)
        self._line = self.fontMetrics().height() + 8

    def set_leaf_extent(self, pixels: int) -> None:
        self._leaf_extent = pixels
        self.updateGeometry()

    @property
    def band(self) -> int:
        if self.orientation() == Qt.Orientation.Vertical:
            return palette.ROW_BAND_WIDTH
        model = self.model()
        # Department columns are their own group: no band above them.
        if isinstance(model, RaciModel) and model.mode == raci_grid.DEPARTMENTS:
            return 0
        return self._line

    def _counts_height(self) -> int:
        return self._line

    def _extent(self) -> int:
        """The header's depth: its height on top, its width on the left."""
        if self.orientation() == Qt.Orientation.Horizontal:
            # group line, two lines for the name, the count line
            return self.band + 2 * self._line - 8 + self._counts_height()
        return self.band + self._leaf_extent

    def sizeHint(self) -> QSize:
        # Every section has the same depth, so no section is measured (Qt would otherwise
        # ask for each of 300 rows whenever the counts change).
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(self.length(), self._extent())
        return QSize(self._extent(), self.length())

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(palette.COLUMN_MIN_WIDTH, self._extent())
        return QSize(self._extent(), palette.ROW_HEIGHT)

    def follow(self, bar: QScrollBar) -> None:
        """Repaint whole on scroll: group labels stay in view, so they move on their own."""
        bar.valueChanged.connect(self.viewport().update)

    # -- painting ---------------------------------------------------------------------------
    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        if not isinstance(model, RaciModel):
            super().paintSection(painter, rect, logicalIndex)
            return
        painter.save()
        if self.orientation() == Qt.Orientation.Horizontal:
            self._paint_column(painter, rect, logicalIndex, model)
        else:
            self._paint_row(painter, rect, logicalIndex, model)
        painter.restore()

    def _span_rect(self, start: int, end: int) -> tuple[int, int]:
        first = self.sectionViewportPosition(start)
        last = self.sectionViewportPosition(end) + self.sectionSize(end)
        return first, last

    def _paint_band(self, painter: QPainter, band: QRect, label: str) -> None:
        if band.isEmpty():
            return
        painter.fillRect(band, palette.BAND_BACKGROUND)
        painter.setPen(QPen(palette.GROUP_LINE, 2))
        if self.orientation() == Qt.Orientation.Horizontal:
            painter.drawLine(band.topLeft(), band.bottomLeft())
            painter.drawLine(band.bottomLeft(), band.bottomRight())
        else:
            painter.drawLine(band.topLeft(), band.topRight())
            painter.drawLine(band.topRight(), band.bottomRight())
        # The label sits in the visible part of the group, so a long group keeps its name.
        visible = band.intersected(self.viewport().rect()).adjusted(6, 2, -6, -2)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.HEADER_TEXT)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter \
            if self.orientation() == Qt.Orientation.Horizontal \
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self.orientation() == Qt.Orientation.Vertical:
            painter.drawText(visible.adjusted(0, 6, 0, 0), int(align | _WRAP), label)
        else:  # one line: a narrow group shows the start of its name
            painter.drawText(visible, int(align), painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, visible.width()))

    def _paint_column(self, painter: QPainter, rect: QRect, section: int,
                      model: RaciModel) -> None:
        start, end, label = model.column_groups.span(section)
        left, right = self._span_rect(start, end)
        self._paint_band(painter, QRect(left, rect.top(), right - left, self.band), label)
        counts = self._counts_height()
        leaf = QRect(rect.left(), rect.top() + self.band, rect.width(),
                     rect.height() - self.band - counts)
        selected = self.selectionModel() is not None and \
            self.selectionModel().isColumnSelected(section, self.rootIndex())
        painter.fillRect(leaf, palette.SELECTION if selected else palette.HEADER_BACKGROUND)
        painter.setFont(self.font())
        painter.setPen(palette.HEADER_TEXT)
        painter.drawText(leaf.adjusted(4, 2, -4, -2), int(Qt.AlignmentFlag.AlignCenter | _WRAP),
                         str(model.headerData(section, Qt.Orientation.Horizontal)))
        self._paint_counts(painter, QRect(rect.left(), leaf.bottom() + 1, rect.width(), counts),
                           model.headerData(section, Qt.Orientation.Horizontal, LOAD_ROLE))
        painter.setPen(QPen(palette.GROUP_LINE if section == start else palette.GRID_LINE,
                            2 if section == start else 1))
        painter.drawLine(rect.left(), rect.top() + self.band, rect.left(), rect.bottom())
        painter.setPen(palette.GROUP_LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_counts(self, painter: QPainter, rect: QRect, load: object) -> None:
        if load is None:
            return
        heavy = bool(getattr(load, "heavy", False))
        painter.fillRect(rect, palette.HEAVY if heavy else palette.HEADER_BACKGROUND)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
        font.setBold(heavy)
        painter.setFont(font)
        painter.setPen(palette.HEADER_TEXT)
        text = f"R{load.responsible}  A{load.accountable}"  # type: ignore[attr-defined]
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setPen(palette.GRID_LINE)
        painter.drawLine(rect.topLeft(), rect.topRight())

    def _paint_row(self, painter: QPainter, rect: QRect, section: int,
                   model: RaciModel) -> None:
        start, end, label = model.row_groups.span(section)
        top, bottom = self._span_rect(start, end)
        self._paint_band(painter, QRect(rect.left(), top, self.band, bottom - top), label)
        leaf = QRect(rect.left() + self.band, rect.top(), rect.width() - self.band,
                     rect.height())
        broken = bool(model.headerData(section, Qt.Orientation.Vertical, BROKEN_ROLE))
        selected = self.selectionModel() is not None and \
            self.selectionModel().isRowSelected(section, self.rootIndex())
        background = palette.SELECTION if selected else (
            palette.BROKEN_HEADER if broken else palette.HEADER_BACKGROUND)
        painter.fillRect(leaf, background)
        if broken:
            painter.fillRect(QRect(leaf.left(), leaf.top(), 6, leaf.height()),
                             palette.BROKEN_MARK)
        font = QFont(self.font())
        font.setBold(broken)
        painter.setFont(font)
        painter.setPen(palette.BROKEN_TEXT if broken else palette.HEADER_TEXT)
        text = str(model.headerData(section, Qt.Orientation.Vertical))
        text_rect = leaf.adjusted(12, 0, -8, 0)
        if broken:
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight
                                            | Qt.AlignmentFlag.AlignVCenter), "⚠")
            text_rect = text_rect.adjusted(0, 0, -painter.fontMetrics().horizontalAdvance("⚠ "),
                                           0)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                  text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.setPen(QPen(palette.GROUP_LINE if section == start else palette.GRID_LINE,
                            2 if section == start else 1))
        painter.drawLine(leaf.left(), rect.top(), rect.right(), rect.top())
        painter.setPen(palette.GROUP_LINE)
        painter.drawLine(rect.topRight(), rect.bottomRight())
