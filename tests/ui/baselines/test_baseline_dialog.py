"""The Baselines dialog: rename, choose the reference and delete with its buttons, each one
undo step, the list following every change and every undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from app.schedule import baselines
from tests.story.person import type_and_enter, when_dialog
from ui.baselines.dialog import BaselineDialog

D = dt.date
LEFT = Qt.MouseButton.LeftButton


def _names(dialog: BaselineDialog) -> list[tuple[str, bool]]:
    return [(b.name, b.reference) for b in dialog.model.items]


def _yes(dialog) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def test_rename_choose_and_delete_are_undo_steps(qtbot, workspace, small_plan):
    ini, _ids = small_plan
    baselines.save_baseline(workspace, ini, "first", D(2025, 3, 1))
    baselines.save_baseline(workspace, ini, "second", D(2025, 3, 2))
    stack = QUndoStack()
    dialog = BaselineDialog(workspace, stack, ini)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _names(dialog) == [("first", True), ("second", False)]

    dialog.view.selectRow(1)
    qtbot.mouseClick(dialog.reference_button, LEFT)
    qtbot.waitUntil(lambda: _names(dialog) == [("first", False), ("second", True)])

    dialog.activateWindow()
    when_dialog(type_and_enter("re-plan"))
    qtbot.mouseClick(dialog.rename_button, LEFT)
    qtbot.waitUntil(lambda: _names(dialog) == [("first", False), ("re-plan", True)])

    dialog.view.selectRow(1)
    when_dialog(_yes)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    qtbot.waitUntil(lambda: _names(dialog) == [("first", True)])
    assert stack.count() == 3

    stack.undo()
    qtbot.waitUntil(lambda: _names(dialog) == [("first", False), ("re-plan", True)])
    stack.undo()
    qtbot.waitUntil(lambda: _names(dialog) == [("first", False), ("second", True)])
    stack.undo()
    qtbot.waitUntil(lambda: _names(dialog) == [("first", True), ("second", False)])
    stack.redo()
    qtbot.waitUntil(lambda: _names(dialog) == [("first", False), ("second", True)])
    QApplication.processEvents()


def test_an_empty_name_is_refused_with_a_message(qtbot, workspace, small_plan):
    ini, _ids = small_plan
    baselines.save_baseline(workspace, ini, "first", D(2025, 3, 1))
    stack = QUndoStack()
    dialog = BaselineDialog(workspace, stack, ini)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    when_dialog(type_and_enter(" "))
    qtbot.mouseClick(dialog.rename_button, LEFT)
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert "name" in dialog.message.text() and stack.count() == 0
    assert _names(dialog) == [("first", True)]
