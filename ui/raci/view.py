"""The RACI table view: turns clicks and keys into requests the tab carries out.

A plain click on a cell cycles its letter; a drag, Shift- or Ctrl-click only selects, so
a block can be chosen and set at once by typing R, A, C or I, or cleared with Delete.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

from ui.raci.header import GroupedHeader

LETTER_KEYS = {Qt.Key.Key_R: "R", Qt.Key.Key_A: "A", Qt.Key.Key_C: "C", Qt.Key.Key_I: "I"}
CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class RaciView(QTableView):
    cycle_requested = Signal(QModelIndex)
    letter_requested = Signal(object)  # "R" / "A" / "C" / "I", or None to clear
    copy_requested = Signal()
    paste_requested = Signal()
    zoom_requested = Signal(int)  # steps: +1 larger, -1 smaller

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(GroupedHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(GroupedHeader(Qt.Orientation.Vertical, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        self.setTabKeyNavigation(False)
        self._press: tuple[QModelIndex, QPoint] | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        self._press = (index, event.position().toPoint()) \
            if plain and event.button() == Qt.MouseButton.LeftButton and index.isValid() else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            moved = (event.position().toPoint() - self._press[1]).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press = None  # a drag selects a block; it does not cycle
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index == press[0]:
            self.cycle_requested.emit(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1
            self.zoom_requested.emit(steps)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_requested.emit(1)
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_requested.emit(-1)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            key = Qt.Key(event.key())
            if key in LETTER_KEYS:
                self.letter_requested.emit(LETTER_KEYS[key])
                return
            if key in CLEAR_KEYS:
                self.letter_requested.emit(None)
                return
            if key == Qt.Key.Key_Space and self.currentIndex().isValid():
                self.cycle_requested.emit(self.currentIndex())
                return
        super().keyPressEvent(event)
