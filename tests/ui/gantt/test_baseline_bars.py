"""The Gantt tab with a baseline and a status date: the grey baseline bar painted under a
task's bar (off with the tool-bar toggle), the status date picked in the tool bar moving
the forecast, and the one line saying the initiative will finish late."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.schedule import baselines
from app.store.models import Task
from tests.ui.gantt.test_gantt_paint import fresh
from ui.baselines.commands import SaveBaseline
from ui.gantt import GanttTab, palette
from ui.gantt.paint_cache import BAR_H, BAR_TOP, BASELINE_TOP
from ui.gantt.timescale import Zoom

D = dt.date


def _tab(qtbot, workspace, ini) -> tuple[GanttTab, QUndoStack]:
    stack = QUndoStack()
    tab = GanttTab(workspace, stack)
    tab.today = D(2025, 3, 3)
    qtbot.addWidget(tab)
    tab.resize(1300, 500)
    tab.set_initiative(ini)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_zoom(Zoom.DAY)
    tab.chart.scroll_to_date(D(2025, 2, 28))
    QApplication.processEvents()
    return tab, stack


def _grey_under(tab: GanttTab, task_id: int) -> bool:
    """Whether the chart shows the baseline grey just under the task's bar."""
    chart = tab.chart
    row = tab.task_list.row_of_task(task_id)
    g = chart.layout_.geometry[row]
    image = fresh(chart.viewport())
    point = chart.bar_point(task_id)
    y = point.y() - (BAR_TOP + BAR_H // 2) + BASELINE_TOP
    assert g is not None and 0 <= y < image.height()
    return QColor(image.pixel(point.x(), y)) == palette.BASELINE


def test_the_baseline_bar_shows_under_the_bar_and_the_toggle_hides_it(
        qtbot, workspace, small_plan):
    ini, ids = small_plan
    tab, stack = _tab(qtbot, workspace, ini)
    assert not tab.baseline_box.isEnabled() and not _grey_under(tab, ids["C"])
    stack.push(SaveBaseline(workspace, ini, "agreed", "Save baseline", D(2025, 3, 1)))
    qtbot.waitUntil(lambda: tab.snapshot.baseline is not None, timeout=3000)
    assert tab.baseline_box.isEnabled() and tab.baseline_box.isChecked()
    assert _grey_under(tab, ids["C"])
    QTest.mouseClick(tab.baseline_box, Qt.MouseButton.LeftButton)
    assert not tab.baseline_box.isChecked()
    assert tab.chart.layout_.geometry[tab.task_list.row_of_task(ids["C"])].baseline is None
    assert not _grey_under(tab, ids["C"])
    QTest.mouseClick(tab.baseline_box, Qt.MouseButton.LeftButton)
    assert _grey_under(tab, ids["C"])
    # Undo of the save takes the baseline and its bars away again.
    stack.undo()
    qtbot.waitUntil(lambda: tab.snapshot.baseline is None, timeout=3000)
    assert not tab.baseline_box.isEnabled() and not _grey_under(tab, ids["C"])
    stack.redo()
    qtbot.waitUntil(lambda: tab.snapshot.baseline is not None, timeout=3000)
    assert baselines.list_baselines(workspace, ini)[0].name == "agreed"


def test_the_status_date_field_moves_the_forecast_and_the_slip_line_says_so(
        qtbot, workspace, small_plan):
    ini, ids = small_plan
    baselines.save_baseline(workspace, ini, "agreed", D(2025, 3, 1))
    tab, _stack = _tab(qtbot, workspace, ini)
    assert tab.status_edit.date() == QDate(2025, 3, 3)
    assert tab.slip.isHidden()  # on the plan's own first day nothing has slipped
    # The coordinator types another status date: a week later, nothing started.
    tab.status_edit.setFocus()
    tab.status_edit.setDate(QDate(2025, 3, 10))
    qtbot.waitUntil(lambda: tab.snapshot.status == D(2025, 3, 10), timeout=3000)
    assert tab.snapshot.timing(ids["A"]).early_start == D(2025, 3, 10)
    assert tab.slip.isVisible()
    assert tab.slip.text() == ("D forecast 2025-03-18, 5 working days later than the "
                               "baseline")
    # The warnings still compare with the planned finish and with today (3-3): none late.
    assert not any("overdue" in w for ws in tab.snapshot.warnings.values() for w in ws)
    # Back to today: the field follows today again.
    tab.status_edit.setDate(QDate(2025, 3, 3))
    qtbot.waitUntil(lambda: tab.status_date is None, timeout=3000)


def test_form_4_summary_says_the_slip_too(qtbot, workspace, small_plan):
    from ui.evaluation import TrackingSummary

    ini, _ids = small_plan
    baselines.save_baseline(workspace, ini, "agreed", D(2025, 3, 1))
    summary = TrackingSummary(workspace, today=D(2025, 3, 10))
    qtbot.addWidget(summary)
    summary.set_initiative(ini)
    assert summary.slip_label.text() == (
        "D forecast 2025-03-18, 5 working days later than the baseline")
    with workspace.write() as s:  # everything done on plan: no slip left
        for t in s.query(Task):
            t.actual_start, t.actual_finish = t.planned_start, t.planned_finish
            t.status, t.percent = "done", 100
    summary.refresh()
    assert summary.slip_label.text() == ""
