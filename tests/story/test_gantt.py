"""The weekly meeting: the Gantt chart shows a late task, the coordinator drags it to its
new date, and the chart stays on the bar just moved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from app.store.models import Task
from ui.gantt import GanttTab
from ui.window.main_window import MainWindow

from .person import LEFT, NO_MOD, click_tab, drag

D = dt.date


def planned(win: MainWindow, task_id: int) -> tuple[dt.date, dt.date]:
    assert win.ws is not None
    with win.ws.read() as s:
        task = s.get(Task, task_id)
        return task.planned_start, task.planned_finish


def first_task(tab: GanttTab) -> int:
    plan = tab.snapshot.plan
    return min(plan.by_id.values(), key=lambda t: (t.planned_start, t.id)).id


def test_a_dragged_bar_stays_under_the_mouse(qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    click_tab(win, "甘特图")
    gantt: GanttTab = win.tab("gantt")  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(gantt.chart.layout_.rows), timeout=5000)
    task = first_task(gantt)  # the earliest: moving it moves the chart's first day
    start = planned(win, task)[0]
    row = gantt.task_list.row_of_task(task)
    assert row is not None
    point = gantt.task_list.cell_point(row)
    QTest.mouseDClick(gantt.task_list.viewport(), LEFT, NO_MOD, point)  # shows its bar
    chart = gantt.chart
    vp = chart.viewport()
    grab = chart.bar_point(task)
    assert vp.rect().contains(grab)
    day = int(chart.zoom().value)
    # Two weeks later, the same weekday: the chart now starts with another task.
    drop = grab + QPoint(14 * day, 0)
    drag(vp, grab, drop)
    later = start + dt.timedelta(days=14)
    qtbot.waitUntil(lambda: gantt.snapshot.plan.by_id[task].planned_start == later, timeout=3000)
    assert planned(win, task)[0] == later
    # The bar is where it was dropped, not a week to the side nor out of view.
    after = chart.bar_point(task)
    assert abs(after.x() - drop.x()) <= day, (after, drop)
    assert abs(after.y() - drop.y()) <= 2

    # Dropped at the edge of the chart, half of it out of sight: it stays where dropped.
    grab = after
    drop = QPoint(vp.width() - 3, grab.y())
    drag(vp, grab, drop)
    qtbot.waitUntil(lambda: gantt.snapshot.plan.by_id[task].planned_start > later, timeout=3000)
    after = chart.bar_point(task)
    assert abs(after.x() - drop.x()) <= day, (after, drop)


def test_a_plan_months_ahead_opens_at_its_first_bar(qtbot, zh, tmp_path) -> None:
    """The chart opened at today, and a plan that starts in spring showed nothing but empty
    days: the coordinator had to double-click a task to find its bar."""
    from app.forms import editing
    from app.org.initiatives import create_initiative
    from app.store.workspace import Workspace

    from .conftest import open_window

    path = tmp_path / "春季.crossdesk"
    ws = Workspace.create(path)
    initiative = create_initiative(ws, "春季上市")
    ahead = dt.date.today() + dt.timedelta(days=150)
    task = editing.add_row(ws, "tracking", initiative, {
        "name": "样机交付", "planned_start": ahead, "planned_finish": ahead + dt.timedelta(days=9)})
    ws.close()
    win = open_window(qtbot, path)
    click_tab(win, "甘特图")
    gantt: GanttTab = win.tab("gantt")  # type: ignore[assignment]
    qtbot.waitUntil(lambda: task in gantt.chart.layout_.row_of, timeout=5000)
    assert gantt.chart.viewport().rect().contains(gantt.chart.bar_point(task))
    win.set_workspace(None)
