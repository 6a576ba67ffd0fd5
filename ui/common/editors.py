"""Cell editors that need more than a line edit: several choices at once, a drop-down that
ends in an action ("Add department…"), and paragraphs where Enter commits and Shift+Enter
starts a new line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

# The data of the item that is an action, not a value.
ACTION = "\x00action"
VALUE_ROLE = Qt.ItemDataRole.UserRole


def _action_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setItalic(True)
    return font


class MultiSelectEditor(QListWidget):
    """A checkable list of ``(label, value)`` choices (or plain names); Enter commits,
    Escape cancels, Space toggles the current item. With ``action_text`` it ends in an item
    that emits ``action_chosen`` instead of being checked."""

    committed = Signal()
    action_chosen = Signal()

    def __init__(self, choices: list[str] | list[tuple[str, Any]], parent: QWidget | None = None,
                 action_text: str | None = None) -> None:
        super().__init__(parent)
        for choice in choices:
            label, value = choice if isinstance(choice, tuple) else (choice, choice)
            item = QListWidgetItem(label, self)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if action_text:
            item = QListWidgetItem(action_text, self)
            item.setData(VALUE_ROLE, ACTION)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setFont(_action_font(self.font()))
        self.setAutoFillBackground(True)
        self.itemClicked.connect(self._toggle_clicked)

    @staticmethod
    def _is_action(item: QListWidgetItem | None) -> bool:
        return item is not None and item.data(VALUE_ROLE) == ACTION

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() ==
                           Qt.CheckState.Checked else Qt.CheckState.Checked)

    def _toggle_clicked(self, item: QListWidgetItem) -> None:
        if self._is_action(item):
            self.action_chosen.emit()
            return
        # A click anywhere on the row toggles, not only on the small box.
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        if self.visualItemRect(item).contains(pos) and pos.x() > 24:
            self._toggle(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count()) if not self._is_action(self.item(i))]

    def set_selected(self, values: list[Any]) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(VALUE_ROLE) in values
                               else Qt.CheckState.Unchecked)

    def selected(self) -> list[Any]:
        return [item.data(VALUE_ROLE) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self._is_action(current):
            self.action_chosen.emit()
            return
        if event.key() == Qt.Key.Key_Space and current is not None:
            self._toggle(current)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)
        # A key the list could not use (Home on the first item, Down on the last) would
        # reach the table around it, which would move to another cell and close the list.
        event.accept()


class PickListCombo(QComboBox):
    """A drop-down of values that may end in an action item (``add_action``): choosing it
    emits ``action_chosen`` and keeps the value shown; arrow keys and the wheel stop at the
    last value, so the action is only ever chosen on purpose."""

    action_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = -1
        self.currentIndexChanged.connect(self._remember)
        self.activated.connect(self._activated)

    def add_action(self, text: str) -> None:
        self.addItem(text, ACTION)
        self.setItemData(self.count() - 1, _action_font(self.font()), Qt.ItemDataRole.FontRole)

    def _is_action(self, index: int) -> bool:
        return index >= 0 and self.itemData(index) == ACTION

    def _remember(self, index: int) -> None:
        if not self._is_action(index):
            self._kept = index

    def _activated(self, index: int) -> None:
        if self._is_action(index):
            self.setCurrentIndex(self._kept)
            self.action_chosen.emit()

    def _last_value(self) -> int:
        last = self.count() - 1
        return last - 1 if self._is_action(last) else last

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_End):
                self.setCurrentIndex(self._last_value())
                return
            if event.key() == Qt.Key.Key_Down and self.currentIndex() >= self._last_value():
                return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y() < 0 and self.currentIndex() >= self._last_value():
            return
        super().wheelEvent(event)


class ParagraphEditor(QPlainTextEdit):
    """Long text in a cell: Enter commits like any other cell, Shift+Enter adds a line (Tab
    moves on to the next cell, see FormDelegate)."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.committed.emit()
            return
        super().keyPressEvent(event)
