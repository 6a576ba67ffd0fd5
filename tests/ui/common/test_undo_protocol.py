"""One undo protocol: every command in ui/ is an ``EditCommand`` whose push makes the edit;
a refused edit leaves the stack as it was; each named command is undone and redone from
the Edit menu, where the user does it."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

import ui
from app.forms import editing
from app.org import organisation
from app.org.initiatives import list_initiatives
from app.schedule import calendar_edit
from app.schedule.calendar import CalendarException
from app.signoff import signatures
from tests.ui.excel.import_helpers import in_modal
from tests.ui.forms.test_form_editing import click_cell, type_into_editor, type_text
from ui.calendar.calendar_dialog import CalendarDialog
from ui.common.undo import EditCommand
from ui.org.org_dialog import OrgDialog
from ui.window.main_window import MainWindow

INI = 1


def _command_classes() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QUndoCommand) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def test_every_undo_command_in_ui_is_an_edit_command_whose_push_does_the_work() -> None:
    classes = _command_classes()
    assert len(classes) >= 25  # the walk found the commands of every tab and dialog
    for cls in classes:
        assert issubclass(cls, EditCommand), cls
        # No command steps round the protocol: redo() makes the edit, never skips it.
        assert cls.redo is EditCommand.redo and cls.undo is EditCommand.undo, cls


# -- through the window ------------------------------------------------------------------------
def edit_action(win: MainWindow, prefix: str) -> QAction:
    """Edit ▸ Undo or Edit ▸ Redo, found by its text as a person finds it."""
    return next(a for a in win.edit_menu.actions() if a.text().startswith(prefix))


def undo(win: MainWindow, text: str) -> None:
    action = edit_action(win, "&Undo")
    assert action.isEnabled() and action.text() == f"&Undo {text}"
    action.trigger()


def redo(win: MainWindow, text: str) -> None:
    action = edit_action(win, "&Redo")
    assert action.isEnabled() and action.text() == f"&Redo {text}"
    action.trigger()


def menu_action(win: MainWindow, menu_text: str, text: str) -> QAction:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == menu_text)
    return next(a for a in menu.actions() if a.text() == text)


def in_dialog(kind: type[QDialog], act, open_it) -> None:
    """Work in a modal dialog with ``act`` once ``open_it`` has opened it; then close it."""
    def run(dialog: QDialog) -> None:
        act(dialog)
        dialog.accept()
    errors = in_modal(kind, run)
    open_it()
    if errors:
        raise errors[0]


def edit_cell(qtbot, view: QWidget, row: int, column: int, text: str) -> None:
    """F2 on a cell, type over what it holds, Enter."""
    view.setFocus()  # type: ignore[attr-defined]
    view.setCurrentIndex(view.model().index(row, column))  # type: ignore[attr-defined]
    QTest.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    type_text(editor, text)  # type: ignore[arg-type]
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)


def test_a_refused_date_leaves_the_undo_stack_as_it_was(qtbot, window: MainWindow) -> None:
    """Its redo step too: Qt's own push drops those even for a command that came out
    obsolete."""
    window.show_tab("tracking")
    tasks = window.tab("tracking").tasks  # type: ignore[attr-defined]

    def finish(row: int) -> dt.date:
        return editing.rows(window.ws, "tracking", INI)[row].values["planned_finish"]

    before = finish(1)
    click_cell(qtbot, tasks, 1, tasks.model.column_of("planned_finish"), double=True)
    type_into_editor(qtbot, "2027-03-01")
    undo(window, "Edit Planned finish")
    assert finish(1) == before
    count, index = window.undo_stack.count(), window.undo_stack.index()
    assert (count, index) == (1, 0)

    old = finish(0)
    click_cell(qtbot, tasks, 0, tasks.model.column_of("planned_finish"), double=True)
    type_into_editor(qtbot, "2026-02-30")
    assert tasks.message.isVisible() and "2026-02-30" in tasks.message.text()
    assert finish(0) == old
    assert (window.undo_stack.count(), window.undo_stack.index()) == (count, index)
    assert not edit_action(window, "&Undo").isEnabled()
    redo(window, "Edit Planned finish")  # the step the refused edit came after is still there
    assert finish(1) == dt.date(2027, 3, 1)


def test_a_duplicate_department_is_refused_and_leaves_the_stack_as_it_was(
        qtbot, window: MainWindow) -> None:
    ws = window.ws
    before = organisation.department_names(ws)
    shown: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, OrgDialog)
        edit_cell(qtbot, dialog.dep_view, 1, 0, before[0])  # 市场部 renamed 研发部
        shown.append(dialog.message.text())

    in_dialog(OrgDialog, act, menu_action(window, "&Edit", "Departments and &people…").trigger)
    assert before[0] in shown[0]
    assert organisation.department_names(ws) == before
    assert window.undo_stack.count() == 0
    assert not edit_action(window, "&Undo").isEnabled()


def test_departments_and_people_are_undone_and_redone_from_the_edit_menu(
        qtbot, window: MainWindow) -> None:
    ws = window.ws
    deps, people = organisation.department_names(ws), [p.name for p in organisation.people(ws)]

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, OrgDialog)
        edit_cell(qtbot, dialog.dep_view, 1, 0, "Marketing")  # RenameDepartment
        view = dialog.people_view  # DeletePerson: 刘洋
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         view.visualRect(view.model().index(0, 0)).center())
        delete = [b for b in dialog.findChildren(QPushButton) if b.text() == "Delete"]
        qtbot.mouseClick(delete[1], Qt.MouseButton.LeftButton)  # the people's, on the right
        QGuiApplication.clipboard().setText("质量部、研发部")  # AddDepartments: 研发部 is known
        dialog.dep_view.setFocus()
        QTest.keyClick(dialog.dep_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    in_dialog(OrgDialog, act, menu_action(window, "&Edit", "Departments and &people…").trigger)
    renamed = [deps[0], "Marketing", *deps[2:]]
    assert organisation.department_names(ws) == [*renamed, "质量部"]
    assert [p.name for p in organisation.people(ws)] == people[1:]
    assert window.undo_stack.count() == 3

    undo(window, "Add department “质量部”")
    assert organisation.department_names(ws) == renamed
    undo(window, "Delete person")
    assert [p.name for p in organisation.people(ws)] == people
    undo(window, "Rename department")
    assert organisation.department_names(ws) == deps
    redo(window, "Rename department")
    redo(window, "Delete person")
    redo(window, "Add department “质量部”")
    assert organisation.department_names(ws) == [*renamed, "质量部"]
    assert [p.name for p in organisation.people(ws)] == people[1:]


def test_an_initiative_renamed_from_its_menu_is_undone_and_redone(
        qtbot, window: MainWindow) -> None:
    old = list_initiatives(window.ws)[0].name

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        editor = dialog.findChild(QLineEdit)
        editor.selectAll()
        QTest.keyClicks(editor, "X1 launch")

    in_dialog(QInputDialog, act, menu_action(window, "&Initiative", "&Rename…").trigger)
    assert list_initiatives(window.ws)[0].name == "X1 launch"
    undo(window, "Rename initiative")
    assert list_initiatives(window.ws)[0].name == old
    assert window.initiative_box.currentText() == old
    redo(window, "Rename initiative")
    assert list_initiatives(window.ws)[0].name == "X1 launch"


def test_a_calendar_day_is_undone_and_redone_from_the_edit_menu(
        qtbot, window: MainWindow) -> None:
    day = dt.date(2027, 10, 1)
    before = calendar_edit.list_days(window.ws)

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, CalendarDialog)
        dialog.calendar.setSelectedDate(QDate(day))
        dialog.name_edit.setFocus()
        QTest.keyClicks(dialog.name_edit, "National Day")
        qtbot.mouseClick(dialog.holiday_button, Qt.MouseButton.LeftButton)

    in_dialog(CalendarDialog, act, menu_action(window, "&Edit", "Working &calendar…").trigger)
    holiday = CalendarException(day, False, "National Day")
    assert holiday in calendar_edit.list_days(window.ws)
    undo(window, "Mark 2027-10-01 as a holiday")
    assert calendar_edit.list_days(window.ws) == before
    redo(window, "Mark 2027-10-01 as a holiday")
    assert holiday in calendar_edit.list_days(window.ws)


def test_a_cleared_signature_is_undone_and_redone_from_the_edit_menu(
        qtbot, window: MainWindow) -> None:
    window.show_tab("goals")
    panel = window.rounds.signoff_panel()

    def lines() -> list[signatures.SignoffLine]:
        with window.ws.read() as s:
            return signatures.signoff_lines(s, INI)[0]

    signed = lines()[0]
    assert signed.signed
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert not lines()[0].signed
    undo(window, f"Clear signature of {signed.signer}")
    assert lines()[0] == signed
    redo(window, f"Clear signature of {signed.signer}")
    assert not lines()[0].signed and lines()[0].signer == signed.signer
