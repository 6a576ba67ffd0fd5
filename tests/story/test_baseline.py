"""The weekly meeting with a baseline: the coordinator saves the agreed plan as a baseline
(计划 ▸ 保存基准…), then drags a late task to its new date on the Gantt chart. Form 4's
variance and the late count keep the delay, the grey baseline bar stays where the plan
was agreed, and Ctrl+Z puts the task back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.store.models import Task
from ui.gantt import GanttTab
from ui.window.main_window import MainWindow

from .person import CTRL, LEFT, NO_MOD, back_to, choose, click_tab, drag, press, type_and_enter, when_dialog

LATE_TASK = "宣传物料定稿"


def planned(win: MainWindow, task_id: int) -> tuple[dt.date, dt.date]:
    assert win.ws is not None
    with win.ws.read() as s:
        task = s.get(Task, task_id)
        return task.planned_start, task.planned_finish


def shown_variance(win: MainWindow, task_id: int) -> str:
    """Form 4's variance cell of the task, as the table shows it."""
    table = win.tab("tracking").tasks  # type: ignore[attr-defined]
    model = table.model
    return str(model.index(model.row_of_id(task_id), model.column_of("variance")).data())


def test_a_delay_survives_the_drag_once_a_baseline_is_saved(qtbot, demo_window: MainWindow
                                                          ) -> None:
    win = demo_window
    click_tab(win, "甘特图")
    gantt: GanttTab = win.tab("gantt")  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(gantt.chart.layout_.rows), timeout=5000)
    assert gantt.snapshot.baseline is None and not gantt.baseline_box.isEnabled()
    task = next(t.id for t in gantt.snapshot.plan.tasks if t.name == LATE_TASK)

    # 计划 ▸ 保存基准…, named as the meeting that agreed the plan.
    when_dialog(type_and_enter("方案评审通过"))
    choose(win, "计划", "保存基准")
    back_to(qtbot, win)
    qtbot.waitUntil(lambda: gantt.snapshot.baseline is not None, timeout=3000)
    assert gantt.snapshot.baseline.name == "方案评审通过"
    assert gantt.baseline_box.isEnabled() and gantt.baseline_box.isChecked()
    row = gantt.task_list.row_of_task(task)
    assert row is not None
    saved_bar = gantt.chart.layout_.geometry[row].baseline
    assert saved_bar is not None

    click_tab(win, "4 计划跟踪")
    summary = win.tab("tracking").summary  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: summary.metrics is not None, timeout=3000)
    late_before = summary.metrics.late_tasks
    variance_before = shown_variance(win, task)
    assert int(variance_before) > 0 and late_before > 0

    # The drag in the meeting: two weeks later.
    click_tab(win, "甘特图")
    start, finish = planned(win, task)
    QTest.mouseDClick(gantt.task_list.viewport(), LEFT, NO_MOD,
                      gantt.task_list.cell_point(row))  # brings its bar into view
    chart = gantt.chart
    grab = chart.bar_point(task)
    day = int(chart.zoom().value)
    drag(chart.viewport(), grab, grab + QPoint(14 * day, 0))
    later = start + dt.timedelta(days=14)
    qtbot.waitUntil(lambda: planned(win, task)[0] == later, timeout=3000)
    qtbot.waitUntil(lambda: gantt.snapshot.plan.by_id[task].planned_start == later,
                    timeout=3000)
    # The grey bar stays where the plan was agreed.
    row = gantt.task_list.row_of_task(task)
    assert gantt.chart.layout_.geometry[row].baseline == saved_bar

    click_tab(win, "4 计划跟踪")
    qtbot.waitUntil(lambda: shown_variance(win, task) == variance_before, timeout=3000)
    assert summary.metrics.late_tasks == late_before

    # Ctrl+Z: the task is back on its dates.
    click_tab(win, "甘特图")
    chart.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: planned(win, task) == (start, finish), timeout=3000)
    assert gantt.snapshot.baseline is not None
