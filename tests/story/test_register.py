"""The weeks after the kick-off: the weekly meeting is registered with its agenda proposed
from what is open, the attendees and an action item typed in, the action item made a task
of Form 4, the minutes sent and printed for the attendees to sign, the invitation saved for
Outlook; then a late task on the Gantt gets its risk notice in one step."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from app.forms import editing
from app.register.read import item_record
from app.schedule.warnings import TaskWarning
from tests.app.printing.conftest import pdftotext, squash
from tests.conftest import DEMO_TODAY
from tests.file_dialog_seam import ScriptedFileDialogs
from ui.register.tab import RegisterTab
from ui.window.main_window import MainWindow

from .person import LEFT, NO_MOD, back_to, choose, click_tab, focus, press, type_text, when_dialog


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, LEFT, NO_MOD, widget.rect().center())


def click_text(parent: QWidget, text: str) -> None:
    """Click the visible button (or tool button) of ``parent`` that says ``text``."""
    buttons = [b for b in parent.findChildren(QWidget) if hasattr(b, "text") and b.isVisible()
               and isinstance(b.text(), str) and b.text().replace("&", "") == text]
    assert buttons, text
    click(buttons[0])


def test_the_weekly_meeting_and_a_risk_notice(qtbot, demo_window: MainWindow,
                                              file_dialog: ScriptedFileDialogs,
                                              tmp_path: Path) -> None:
    win = demo_window
    choose(win, "协调", "新建", "会议")
    tab = win.current_tab()
    assert isinstance(tab, RegisterTab)
    assert isinstance(focus(), QLineEdit)  # the title, ready to be typed over
    type_text("第 7 周周例会")
    press(Qt.Key.Key_Return)
    meeting = tab.current_item_id()
    qtbot.waitUntil(lambda: item_record(win.ws, meeting).row.title == "第 7 周周例会")
    record = item_record(win.ws, meeting)
    assert record.row.number.startswith("HY-")
    assert record.agenda  # proposed from the late tasks and open clocks

    # An attendee, picked from the people of Form 2.
    attendees = tab.form.children["attendee"]
    click_text(attendees, "添加")
    qtbot.waitUntil(lambda: attendees.model.rowCount() == 1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item_record(win.ws, meeting).attendees[0]["person_id"] is not None)

    # An action item, made a task of Form 4.
    outcomes = tab.form.children["outcome"]
    click_text(outcomes, "添加")
    qtbot.waitUntil(lambda: outcomes.model.rowCount() == 1)
    press(Qt.Key.Key_Right)
    type_text("周五前提交价格表")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item_record(win.ws, meeting).outcomes[0]["text"] == "周五前提交价格表")
    outcomes.view.setCurrentIndex(outcomes.model.index(0, 1))
    click_text(outcomes, "转为表 4 任务")
    names = [r.text["name"] for r in editing.rows(win.ws, "tracking", win.initiative_id)]
    assert "周五前提交价格表" in names
    assert item_record(win.ws, meeting).outcomes[0]["task_id"] is not None

    # The minutes went out just now.
    sent = tab.form.inputs["sent_at"].editor
    click(sent.now_button)
    qtbot.waitUntil(lambda: item_record(win.ws, meeting).values["sent_at"] is not None)

    # Printed for the attendees to sign, as a PDF.
    minutes = tmp_path / "纪要.pdf"
    file_dialog.answer(minutes)

    def save_and_close(dialog: QWidget) -> None:
        click_text(dialog, "另存为 PDF…")
        assert file_dialog.saved and minutes.name in file_dialog.saved[-1]
        click_text(dialog, "关闭")

    when_dialog(save_and_close)
    click_text(tab.form, "打印…")
    back_to(qtbot, win)
    text = squash(pdftotext(minutes))
    assert "跨部门沟通记录表" in text and "第7周周例会" in text and "周五前提交价格表" in text

    # The invitation for Outlook.
    invitation = tmp_path / "周例会.ics"
    file_dialog.answer(invitation)
    click_text(tab.form, "日历邀请…")
    event = next(c for c in Calendar.from_ical(invitation.read_bytes()).walk()
                 if c.name == "VEVENT")
    assert str(event["SUMMARY"]).endswith("第 7 周周例会")
    back_to(qtbot, win)

    # On the Gantt chart a task is more than 2 working days late: its risk notice.
    click_tab(win, "甘特图")
    gantt = win.tab("gantt")
    gantt.today = DEMO_TODAY  # the day the demo is dated, as the register's clock is
    gantt.refresh()
    qtbot.waitUntil(lambda: bool(gantt.snapshot.plan.tasks))
    late = next(tid for tid, w in gantt.snapshot.warnings.items() if TaskWarning.RISK_NOTICE in w)
    row = gantt.task_list.row_of_task(late)
    gantt.task_list.scroll_to_row(row)
    from tests.ui.register.conftest import click_in_popup, right_click

    right_click(gantt.task_list.viewport(), gantt.task_list.cell_point(row))
    click_in_popup("填写风险预警通知…")
    back_to(qtbot, win)
    assert win.current_tab() is tab
    notice = tab.current_item_id()
    assert item_record(win.ws, notice).values["task"] == late
    type_text("供应商延迟交付样机")
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: item_record(win.ws, notice).values["cause"] == "供应商延迟交付样机")
