"""The Gantt and kanban tabs driven with real mouse events: drags reach the database, the
views refresh, and the undo stack puts everything back."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from app.store.changes import ChangeArea
from app.store.models import Task, TaskDependency
from ui.gantt import GanttTab
from ui.gantt.timescale import Zoom
from ui.kanban import KanbanTab

D = dt.date
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def drag(widget, start: QPoint, end: QPoint, steps: int = 6):
    QTest.mousePress(widget, LEFT, NO_MOD, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * i / steps)
    QTest.mouseRelease(widget, LEFT, NO_MOD, end)


def dates(ws, task_id):
    with ws.read() as s:
        t = s.get(Task, task_id)
        return t.planned_start, t.planned_finish


@pytest.fixture
def gantt(qtbot, workspace, small_plan):
    ini, ids = small_plan
    stack = QUndoStack()
    tab = GanttTab(workspace, stack)
    tab.today = D(2025, 3, 4)
    qtbot.addWidget(tab)
    tab.resize(1300, 500)
    tab.set_initiative(ini)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_zoom(Zoom.DAY)
    tab.chart.scroll_to_date(D(2025, 2, 28))
    return tab, stack, ids


def test_drag_bar_moves_task_and_undo(qtbot, gantt, workspace):
    tab, stack, ids = gantt
    chart = tab.chart
    start = chart.bar_point(ids["C"])
    drag(chart.viewport(), start, start + QPoint(7 * int(Zoom.DAY.value), 0))
    assert dates(workspace, ids["C"]) == (D(2025, 3, 13), D(2025, 3, 18))
    assert stack.count() == 1
    qtbot.waitUntil(lambda: tab.snapshot.plan.by_id[ids["C"]].planned_start == D(2025, 3, 13))
    # the schedule updated at once: D now follows C
    assert tab.snapshot.timing(ids["D"]).early_start == D(2025, 3, 18)
    stack.undo()
    assert dates(workspace, ids["C"]) == (D(2025, 3, 6), D(2025, 3, 11))
    # A, not started on the status date (today, 3-4), starts then: C and D a day later.
    qtbot.waitUntil(lambda: tab.snapshot.timing(ids["D"]).early_start == D(2025, 3, 12))
    stack.redo()
    assert dates(workspace, ids["C"]) == (D(2025, 3, 13), D(2025, 3, 18))


def test_drag_end_resizes(qtbot, gantt, workspace):
    tab, stack, ids = gantt
    start = tab.chart.bar_point(ids["B"], "end")
    drag(tab.chart.viewport(), start, start + QPoint(3 * int(Zoom.DAY.value), 0))
    assert dates(workspace, ids["B"]) == (D(2025, 3, 6), D(2025, 3, 10))
    stack.undo()
    assert dates(workspace, ids["B"]) == (D(2025, 3, 6), D(2025, 3, 7))


def test_drag_bar_to_bar_links_and_refuses_a_loop(qtbot, gantt, workspace):
    tab, stack, ids = gantt
    vp = tab.chart.viewport()
    QTest.mouseMove(vp, tab.chart.bar_point(ids["B"]))  # hover shows the link handle
    drag(vp, tab.chart.bar_point(ids["B"], "handle"), tab.chart.bar_point(ids["C"]))
    with workspace.read() as s:
        assert s.get(TaskDependency, (ids["C"], ids["B"])) is not None
    stack.undo()
    with workspace.read() as s:
        assert s.get(TaskDependency, (ids["C"], ids["B"])) is None
    qtbot.waitUntil(lambda: len(tab.snapshot.plan.links) == 4)
    # D waits for A already (through B and C): linking D → A would loop
    QTest.mouseMove(vp, tab.chart.bar_point(ids["D"]))
    drag(vp, tab.chart.bar_point(ids["D"], "handle"), tab.chart.bar_point(ids["A"]))
    assert stack.count() == 1 and stack.index() == 0  # the refused link never entered
    assert tab.banner.isVisibleTo(tab) and "A" in tab.banner.text()


def test_filter_and_grouping(gantt):
    tab, _, ids = gantt
    rows = tab.task_list
    assert [rows.row(i).group_name for i in range(rows.row_count())
            if rows.row(i).is_group] == ["Faster approval", ""]
    tab.group_box.setChecked(False)
    assert rows.row_count() == 4
    tab.filters.department.setCurrentIndex(tab.filters.department.findText("R&D"))
    assert [rows.row(i).task.name for i in range(rows.row_count())] == ["A", "C"]
    assert set(tab.chart.layout_.row_of) == {ids["A"], ids["C"]}


def test_exports(gantt, tmp_path):
    tab, _, _ = gantt
    tab.export_png(str(tmp_path / "chart.png"))
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert tab.export_pdf(str(tmp_path / "chart.pdf"), "Launch") == 1
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")


def test_drag_card_changes_status_and_undo(qtbot, workspace, small_plan):
    ini, ids = small_plan
    stack = QUndoStack()
    tab = KanbanTab(workspace, stack)
    tab.today = D(2025, 3, 6)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.set_initiative(ini)
    tab.show()
    qtbot.waitExposed(tab)
    board = tab.board
    drag(board.viewport(), board.card_point(ids["A"]), board.column_point("done"))
    with workspace.read() as s:
        t = s.get(Task, ids["A"])
        assert (t.status, t.percent, t.actual_finish) == ("done", 100, D(2025, 3, 6))
    qtbot.waitUntil(lambda: [c.id for c in board.columns["done"]] == [ids["A"]])
    stack.undo()
    with workspace.read() as s:
        t = s.get(Task, ids["A"])
        assert (t.status, t.percent, t.actual_finish) == ("not_started", 0, None)
    qtbot.waitUntil(lambda: not board.columns["done"])
    # a click without a drag changes nothing
    QTest.mouseClick(board.viewport(), LEFT, NO_MOD, board.card_point(ids["B"]))
    assert stack.count() == 1


@pytest.mark.parametrize("kind", [GanttTab, KanbanTab])
def test_a_hidden_tab_reads_the_plan_when_shown(qtbot, workspace, small_plan, kind):
    ini, ids = small_plan
    tab = kind(workspace, QUndoStack())
    qtbot.addWidget(tab)
    tab.set_initiative(ini)
    assert not tab.snapshot.plan.tasks  # nobody looks at it yet: nothing read
    tab.show()
    qtbot.waitExposed(tab)
    assert len(tab.snapshot.plan.tasks) == 4
    tab.hide()
    with workspace.write(ChangeArea.TASKS) as s:
        s.get(Task, ids["B"]).name = "B renamed"
    QTest.qWait(10)
    assert tab.snapshot.plan.by_id[ids["B"]].name == "B"  # still hidden: not read again
    tab.show()
    assert tab.snapshot.plan.by_id[ids["B"]].name == "B renamed"


def test_export_of_a_never_shown_gantt_has_the_plan(workspace, small_plan, tmp_path, qtbot):
    ini, _ = small_plan
    tab = GanttTab(workspace, QUndoStack())
    qtbot.addWidget(tab)
    tab.set_initiative(ini)
    assert tab.export_pdf(str(tmp_path / "chart.pdf"), "Launch") == 1
    assert len(tab.chart.layout_.rows) == 6  # two measure headings and four tasks
