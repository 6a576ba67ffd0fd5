"""Paints one RACI cell: the letter as a coloured tile, the row tinted when its task breaks
a rule, group edges as stronger lines. No editor: letters are set by click and keys."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.raci import palette

Index = QModelIndex | QPersistentModelIndex


class LetterDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter_font = QFont()
        self.small_font = QFont()
        self.group_columns: set[int] = set()  # first column of each department group

    def set_letter_font(self, font: QFont) -> None:
        self.letter_font = QFont(font)
        self.letter_font.setBold(True)
        self.small_font = QFont(font)
        self.small_font.setBold(False)
        self.small_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        # One direct call to the model, not four through QModelIndex.data().
        letter, broken, group_start, held = index.model().paint_info(  # type: ignore[attr-defined]
            index.row(), index.column())
        if selected:
            background = palette.SELECTION
        elif broken:
            background = palette.BROKEN_CELL
        else:
            background = palette.CELL_BACKGROUND
        painter.fillRect(rect, background)
        if letter:
            fill, ink = palette.LETTER_COLOURS[letter]
            side = min(rect.width(), rect.height()) - 10
            tile = QRect(0, 0, side, side)
            tile.moveCenter(rect.center())
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(tile, 5, 5)
            painter.setFont(self.letter_font)
            painter.setPen(ink)
            painter.drawText(tile, int(Qt.AlignmentFlag.AlignCenter), letter)
            painter.restore()
        if held:  # departments view: what the department's people hold, small and grey
            painter.setFont(self.small_font)
            painter.setPen(palette.MEMBER_HINT)
            painter.drawText(rect.adjusted(2, 1, -4, -1),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             held)
        if bool(state & QStyle.StateFlag.State_HasFocus):
            painter.setPen(QPen(palette.SELECTION_EDGE, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if group_start:
            painter.setPen(QPen(palette.GROUP_LINE, 2))
            painter.drawLine(rect.topLeft(), rect.topRight())
        if index.column() in self.group_columns:
            painter.setPen(QPen(palette.GROUP_LINE, 2))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
