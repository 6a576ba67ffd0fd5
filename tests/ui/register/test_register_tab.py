"""The register tab driven as a person: New ▸ each kind, typing into the field that has
the focus, an action item turned into a task and back with Edit ▸ Undo, a risk notice
from a right-click on a late task of the Gantt, the kanban and Form 4."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.forms import editing
from app.register import clocks
from app.register.read import item_record, register_rows
from app.schedule.warnings import TaskWarning
from tests.conftest import DEMO_TODAY
from tests.story.person import CTRL, SHIFT, back_to, find_action, focus, press, type_text
from ui.register.list_model import ROW_ROLE
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
    before = {r.id for r in register_rows(win.ws, win.initiative_id)}
    shown = tab.model.rowCount()
    for kind, text in KINDS.items():
        menu_action(tab.new_button.menu(), text).trigger()
        title = focus()
        assert isinstance(title, QLineEdit) and title.selectedText() == title.text()
        type_text(f"{text} of the week")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda k=kind: any(r.kind == k and r.title.endswith("of the week")
                                           for r in register_rows(win.ws, win.initiative_id)))
    new = [r for r in register_rows(win.ws, win.initiative_id) if r.id not in before]
    assert sorted(r.kind for r in new) == sorted(KINDS)
    assert all(r.title == f"{KINDS[r.kind]} of the week" for r in new)
    # Numbered next in their kind: HY-, WT-, FX-, ZY-, XZ-, BG-.
    assert {r.number[:3] for r in new} == {"HY-", "WT-", "FX-", "ZY-", "XZ-", "BG-"}
    qtbot.waitUntil(lambda: tab.model.rowCount() == shown + 6)
    # Each step is one undo step: the title, then the item.
    for _ in range(2):
        undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == shown + 5)


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
    # The meeting names its task, a link to it in Form 4.
    assert "Send the pricing sheet to sales" in tab.form.links.text()
    tab.form.links.linkActivated.emit(f"task:{task_id}")  # as a click on the link
    assert win.tab_widget.currentWidget().key == "tracking"
    tasks_tab = win.tab("tracking")
    assert tasks_tab.tasks.current_row_id() == task_id
    assert win.show_tab("register")

    undo()
    assert len(tasks()) == tasks_before
    assert item_record(win.ws, meeting).outcomes[0]["task_id"] is None
    assert win.tab_widget.currentWidget().key == "register"  # the undo shows the meeting
    redo()
    assert "Send the pricing sheet to sales" in tasks()


def test_a_risk_notice_from_a_late_task_on_the_gantt(qtbot, win: MainWindow) -> None:
    assert win.show_tab("gantt")
    gantt = win.tab("gantt")
    gantt.today = DEMO_TODAY  # the day the demo is dated, as the register's clock is
    gantt.refresh()
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
    assert item not in {r.id for r in register_rows(win.ws, win.initiative_id)}


def test_the_kanban_and_form_4_offer_the_risk_notice_too(qtbot, win: MainWindow) -> None:
    risks = len([r for r in register_rows(win.ws, win.initiative_id) if r.kind == "risk"])
    assert win.show_tab("kanban")
    kanban = win.tab("kanban")
    kanban.today = DEMO_TODAY
    kanban.refresh()
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
    assert len([r for r in register_rows(win.ws, win.initiative_id)
                if r.kind == "risk"]) == risks + 2


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
    rows = tab.model.rows()
    overdue = sum(r.overdue for r in rows)
    assert overdue >= 1
    qtbot.waitUntil(lambda: win.tab_widget.tabText(win.tab_widget.indexOf(
        win._hosts["register"])) == f"Register ({overdue})")
    tab.filters.overdue.click()
    shown = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert len(shown) == overdue
    assert tab.model.row_at(tab.model.row_of_id(problem)).number in shown
    tab.filters.overdue.click()
    kind = tab.filters.kind
    kind.setCurrentIndex(kind.findData("meeting"))
    assert tab.proxy.rowCount() == sum(r.kind == "meeting" for r in rows)
    assert all(tab.proxy.index(r, 0).data().startswith("HY-")
               for r in range(tab.proxy.rowCount()))
    # Sorted by due: the overdue and running clocks first, the earliest first.
    kind.setCurrentIndex(0)
    dues = [tab.proxy.index(r, 0).data(ROW_ROLE).due for r in range(tab.proxy.rowCount())
            if tab.proxy.index(r, 0).data(ROW_ROLE).running]
    assert dues == sorted(dues)
    # Going to an item hidden by a filter shows it.
    assert tab.select_row("register", problem)
    assert tab.current_item_id() == problem
    QTest.qWait(0)


def test_a_register_finding_appears_leads_to_its_item_and_clears(qtbot, win: MainWindow) -> None:
    """A problem reported ten days ago as urgent, not escalated: the rule finding is in the
    status bar's list; choosing it shows the problem, at the field that would settle it;
    escalating it clears the finding."""
    from tests.story.test_findings import choose_line, open_findings

    def mine() -> list:
        return [f for f in win.findings if f.rule == "register.problem_not_escalated"
                and f.row_id == problem]

    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Problem").trigger()
    problem = tab.current_item_id()
    type_text("Approval system down")
    press(Qt.Key.Key_Return)
    reported = tab.form.inputs["opened_at"].editor
    reported.day.setFocus()
    reported.day.selectAll()
    type_text((clocks.now().date() - dt.timedelta(days=10)).isoformat())
    press(Qt.Key.Key_Return)
    combo = tab.form.inputs["urgency"].combo
    combo.setCurrentIndex(combo.findData("urgent"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: bool(mine()), timeout=10000)

    tab.view.setCurrentIndex(tab.proxy.index(0, 0))  # elsewhere in the list
    assert win.show_tab("goals")
    view = open_findings(qtbot, win)
    choose_line(view, "Approval system down")
    assert win.tab_widget.currentWidget().key == "register"
    assert tab.current_item_id() == problem
    assert QApplication.focusWidget() is tab.form.inputs[mine()[0].column].widget

    status = tab.form.inputs["status"].combo
    status.setFocus()
    status.setCurrentIndex(status.findData("escalated"))
    status.activated.emit(status.currentIndex())
    qtbot.waitUntil(lambda: not mine(), timeout=10000)


def test_a_new_weekly_meeting_proposes_its_agenda_from_what_is_open(qtbot, win: MainWindow) -> None:
    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Meeting").trigger()
    meeting = tab.current_item_id()
    agenda = item_record(win.ws, meeting).agenda
    assert agenda, "the demo has late tasks and open clocks to talk about"
    agenda_table = tab.form.children["agenda"]
    qtbot.waitUntil(lambda: agenda_table.model.rowCount() == len(agenda))
    # Cleared and proposed again from the agenda table, as one step each.
    agenda_table.view.selectAll()
    agenda_table.delete_action.trigger()
    assert item_record(win.ws, meeting).agenda == []
    tab.form.propose_action.trigger()
    assert [a["title"] for a in item_record(win.ws, meeting).agenda] == \
        [a["title"] for a in agenda]
    agenda_table.view.setFocus()
    undo()
    assert item_record(win.ws, meeting).agenda == []


def test_the_team_is_invited_in_one_step(qtbot, win: MainWindow) -> None:
    from app.org.organisation import team_people

    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Meeting").trigger()
    meeting = tab.current_item_id()
    attendees = tab.form.children["attendee"]
    attendees.toolbar.widgetForAction(tab.form.invite_action).click()
    team = team_people(win.ws, win.initiative_id)
    assert [a["person_id"] for a in item_record(win.ws, meeting).attendees] == team
    qtbot.waitUntil(lambda: attendees.model.rowCount() == len(team))
    attendees.toolbar.widgetForAction(tab.form.invite_action).click()  # nobody left
    assert len(item_record(win.ws, meeting).attendees) == len(team)
    assert "already" in tab.form.message.text()
    attendees.view.setFocus()
    undo()
    assert item_record(win.ws, meeting).attendees == []


def test_ctrl_n_adds_a_row_to_the_table_in_use(qtbot, win: MainWindow) -> None:
    tab = register_tab(win)
    menu_action(tab.new_button.menu(), "Meeting").trigger()
    meeting = tab.current_item_id()
    outcomes = tab.form.children["outcome"]
    outcomes.view.setFocus()
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(item_record(win.ws, meeting).outcomes) == 1)
    tab.view.setFocus()  # in the list, Ctrl+N adds nothing: New says what kind
    press(Qt.Key.Key_N, CTRL)
    assert len(item_record(win.ws, meeting).outcomes) == 1
