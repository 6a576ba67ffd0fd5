"""The register tab driven as a person: New ▸ each kind, typing into the field that has
the focus, an action item turned into a task and back with Edit ▸ Undo, a risk notice
from a right-click on a late task of the Gantt, the kanban and Form 4."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.forms import editing
from app.register.read import item_record, register_rows
from app.schedule.warnings import TaskWarning
from tests.story.person import CTRL, SHIFT, back_to, find_action, focus, press, type_text
from ui.window.main_window import MainWindow

from .conftest import click_in_popup, menu_action, open_popup, register_tab, right_click


def undo() -> None:
    press(Qt.Key.Key_Z, CTRL)
    QTest.qWait(20)  # a person's next key comes after the window has shown the change


def redo() -> None:
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    QTest.qWait(20)


KINDS = {"meeting": "Meeting", "problem": "Problem", "risk": "Risk notice",
         "resource": "Resource request", "collaboration": "Collaboration request",
         "change": "Change request"}


def test_each_kind_is_made_from_the_new_button_and_titled_by_typing(qtbot, win: MainWindow) -> None:
    tab = register_tab(win)
    assert tab.model.rowCount() == 0
    for kind, text in KINDS.items():
        menu_action(tab.new_button.menu(), text).trigger()
        title = focus()
        assert isinstance(title, QLineEdit) and title.selectedText() == title.text()
        type_text(f"{text} of the week")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda k=kind: any(r.kind == k and r.title.endswith("of the week")
                                           for r in register_rows(win.ws, win.initiative_id)))
    rows = register_rows(win.ws, win.initiative_id)
    assert sorted(r.kind for r in rows) == sorted(KINDS)
    assert {r.number for r in rows} == {"HY-001", "WT-001", "FX-001", "ZY-001", "XZ-001",
                                        "BG-001"}
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    # Each step is one undo step: the title, then the item.
    for _ in range(2):
        undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)


def test_the_register_menu_makes_an_item_and_the_form_takes_typed_dates(qtbot, win: MainWindow) -> None:
    find_action(win, "Register", "New", "Problem").trigger()
    tab = register_tab(win)
    item = tab.current_item_id()
    assert item is not None
    reported = tab.form.inputs["opened_at"]
    reported.editor.day.setFocus()
    reported.editor.day.selectAll()
    type_text("2026/11/20")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item_record(win.ws, item).values["opened_at"].date()
                    == dt.date(2026, 11, 20))
    urgency = tab.form.inputs["urgency"]
    combo = urgency.combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("urgent"))
    combo.activated.emit(combo.currentIndex())  # as choosing it in the open list does
    qtbot.waitUntil(lambda: item_record(win.ws, item).values["urgency"] == "urgent")
    # A day that is none is refused with a message, and the field shows the stored day.
    reported.editor.day.setFocus()
    reported.editor.day.selectAll()
    type_text("2026-02-30")
    press(Qt.Key.Key_Return)
    assert tab.form.message.isVisible() and tab.form.message.text()
    assert reported.editor.day.text() == "2026-11-20"


def test_an_action_item_becomes_a_task_and_undo_takes_it_back(qtbot, win: MainWindow) -> None:
    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Meeting").trigger()
    type_text("Weekly meeting")
    press(Qt.Key.Key_Return)
    meeting = tab.current_item_id()
    outcomes = tab.form.children["outcome"]
    outcomes.add_action.trigger()
    qtbot.waitUntil(lambda: outcomes.model.rowCount() == 1)
    assert focus() is outcomes.view
    press(Qt.Key.Key_Right)  # from the kind to "What"
    type_text("Send the pricing sheet to sales")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item_record(win.ws, meeting).outcomes[0]["text"]
                    == "Send the pricing sheet to sales")
    outcomes.view.setCurrentIndex(outcomes.model.index(0, 1))
    make = tab.form.make_task_action
    assert make.isEnabled()
    tasks_before = len(editing.rows(win.ws, "tracking", win.initiative_id))
    make.trigger()

    def tasks() -> list[str]:
        return [r.text["name"] for r in editing.rows(win.ws, "tracking", win.initiative_id)]

    assert len(tasks()) == tasks_before + 1 and "Send the pricing sheet to sales" in tasks()
    task_id = item_record(win.ws, meeting).outcomes[0]["task_id"]
    assert task_id is not None
    assert task_id in item_record(win.ws, meeting).row.tasks  # the task remembers its meeting
    qtbot.waitUntil(lambda: not make.isEnabled())  # once is enough

    undo()
    assert len(tasks()) == tasks_before
    assert item_record(win.ws, meeting).outcomes[0]["task_id"] is None
    assert win.tab_widget.currentWidget().key == "register"  # the undo shows the meeting
    redo()
    assert "Send the pricing sheet to sales" in tasks()


def test_a_risk_notice_from_a_late_task_on_the_gantt(qtbot, win: MainWindow) -> None:
    assert win.show_tab("gantt")
    gantt = win.tab("gantt")
    qtbot.waitUntil(lambda: bool(gantt.snapshot.plan.tasks))
    late = next(tid for tid, warnings in gantt.snapshot.warnings.items()
                if TaskWarning.RISK_NOTICE in warnings)
    row = gantt.task_list.row_of_task(late)
    assert row is not None
    gantt.task_list.scroll_to_row(row)
    right_click(gantt.task_list.viewport(), gantt.task_list.cell_point(row))
    click_in_popup("Write a risk notice…")
    assert QApplication.activePopupWidget() is None

    tab = register_tab(win)
    assert win.tab_widget.currentWidget().key == "register"
    item = tab.current_item_id()
    assert item is not None
    record = item_record(win.ws, item)
    task = gantt.snapshot.plan.by_id[late]
    assert record.row.kind == "risk" and record.values["task"] == late
    assert record.values["planned_finish"] == task.due
    assert record.values["days_late"] and record.values["days_late"] > 2
    assert record.values["owner"] == task.owner_id
    # The cause is where the cursor is.
    cause = tab.form.inputs["cause"].widget
    assert QApplication.focusWidget() is cause
    type_text("Supplier delivered late")
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: item_record(win.ws, item).values["cause"] == "Supplier delivered late")

    # The task's menu now offers the notice it has.
    assert win.show_tab("gantt")
    right_click(gantt.task_list.viewport(), gantt.task_list.cell_point(row))
    menu = open_popup()
    menu_action(menu, f"Open risk notice {record.row.number}")
    QTest.keyClick(menu, Qt.Key.Key_Escape)  # the open menu has the keyboard
    assert QApplication.activePopupWidget() is None
    back_to(qtbot, win)

    undo()  # the cause
    undo()  # the notice
    assert not [r for r in register_rows(win.ws, win.initiative_id) if r.kind == "risk"]


def test_the_kanban_and_form_4_offer_the_risk_notice_too(qtbot, win: MainWindow) -> None:
    assert win.show_tab("kanban")
    kanban = win.tab("kanban")
    qtbot.waitUntil(lambda: bool(kanban.snapshot.plan.tasks))
    late = next(tid for tid, warnings in kanban.snapshot.warnings.items()
                if TaskWarning.RISK_NOTICE in warnings)
    board = kanban.board
    right_click(board.viewport(), board.card_point(late))
    click_in_popup("Write a risk notice…")
    tab = register_tab(win)
    assert item_record(win.ws, tab.current_item_id()).values["task"] == late

    assert win.show_tab("tracking")
    tasks = win.tab("tracking").tasks
    index = tasks.proxy.index(0, 0)
    first = tasks.model.row_at(tasks.proxy.mapToSource(index).row()).id
    right_click(tasks.view.viewport(), tasks.view.visualRect(index).center())
    click_in_popup("Write a risk notice…")
    assert win.tab_widget.currentWidget().key == "register"
    assert item_record(win.ws, tab.current_item_id()).values["task"] == first
    assert len([r for r in register_rows(win.ws, win.initiative_id) if r.kind == "risk"]) == 2


def test_filters_and_the_overdue_count_in_the_title(qtbot, win: MainWindow) -> None:
    tab = register_tab(win)
    tab.now = dt.datetime(2026, 11, 20, 9, 0)
    menu_action(tab.new_button.menu(), "Problem").trigger()
    problem = tab.current_item_id()
    # Reported on Monday at 9:00, urgent: due 24 h later; seen on Friday, overdue.
    reported = tab.form.inputs["opened_at"].editor
    reported.day.setFocus()
    reported.day.selectAll()
    type_text("2026-11-16")
    press(Qt.Key.Key_Return)
    combo = tab.form.inputs["urgency"].combo
    combo.setCurrentIndex(combo.findData("urgent"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: tab.model.row_at(tab.model.row_of_id(problem)).overdue)
    menu_action(tab.new_button.menu(), "Meeting").trigger()
    win.refresh_findings()
    qtbot.waitUntil(lambda: win.tab_widget.tabText(win.tab_widget.indexOf(
        win._hosts["register"])) == "Register (1)")
    tab.filters.overdue.click()
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 0).data() == "WT-001"
    tab.filters.overdue.click()
    kind = tab.filters.kind
    kind.setCurrentIndex(kind.findData("meeting"))
    assert tab.proxy.rowCount() == 1 and tab.proxy.index(0, 0).data() == "HY-001"
    # Going to an item hidden by a filter shows it.
    assert tab.select_row("register", problem)
    assert tab.current_item_id() == problem
    QTest.qWait(0)
