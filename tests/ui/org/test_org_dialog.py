"""The departments-and-people dialog, opened from the Edit menu: its two halves are built
alike (title, table, buttons), and deleting in either is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTableView

from app.org import organisation
from tests.ui.excel.import_helpers import in_modal
from ui.org.org_dialog import OrgDialog
from ui.window.main_window import MainWindow


def _button(dialog: QDialog, view: QTableView, text: str) -> QPushButton:
    """The button ``text`` of the half that holds ``view`` (the one nearest below it)."""
    below = [b for b in dialog.findChildren(QPushButton)
             if b.text() == text and abs(b.geometry().center().x() - view.geometry().center().x())
             < view.width() / 2 + 1]
    assert len(below) == 1, [b.text() for b in dialog.findChildren(QPushButton)]
    return below[0]


def _choose(view: QTableView, row: int) -> None:
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_both_halves_list_their_rows_and_delete_is_undone(qtbot, window: MainWindow) -> None:
    ws = window.ws
    people_before = [p.name for p in organisation.people(ws)]
    departments_before = organisation.department_names(ws)
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, OrgDialog)
        seen["titles"] = [label.text() for label in dialog.findChildren(QLabel)
                          if label.text() in ("Departments", "People", "部门", "人员")]
        seen["rows"] = (dialog.dep_view.model().rowCount(), dialog.people_view.model().rowCount())
        _choose(dialog.people_view, 0)
        qtbot.mouseClick(_button(dialog, dialog.people_view, dialog.tr("Delete")),
                         Qt.MouseButton.LeftButton)
        # the list follows the change notice, delivered once the edit has returned
        qtbot.waitUntil(lambda: dialog.people_view.model().rowCount() < len(people_before),
                        timeout=2000)
        seen["people_after"] = dialog.people_view.model().rowCount()
        _choose(dialog.dep_view, len(departments_before) - 1)
        qtbot.mouseClick(_button(dialog, dialog.dep_view, dialog.tr("Delete")),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.dep_view.model().rowCount() < len(departments_before),
                        timeout=2000)
        seen["departments_after"] = dialog.dep_view.model().rowCount()
        dialog.accept()

    errors = in_modal(OrgDialog, act)  # type: ignore[arg-type]
    window.org_action.trigger()
    if errors:
        raise errors[0]
    assert len(seen["titles"]) == 2  # type: ignore[arg-type]
    assert seen["rows"] == (len(departments_before), len(people_before))
    assert seen["people_after"] == len(people_before) - 1
    assert seen["departments_after"] == len(departments_before) - 1
    assert organisation.department_names(ws) == departments_before[:-1]

    window.undo_action.trigger()
    assert organisation.department_names(ws) == departments_before
    window.undo_action.trigger()
    assert sorted(p.name for p in organisation.people(ws)) == sorted(people_before)
