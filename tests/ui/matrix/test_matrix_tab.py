"""The matrix tab driven with real mouse events: click, hover, drag to re-rate, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from app.forms import editing
from app.forms.choices import PainKind
from app.matrix.matrix_data import matrix_points
from app.store.workspace import Workspace
from ui.matrix import MatrixTab
from ui.matrix.ranked_model import ID_ROLE


@pytest.fixture
def tab(qtbot, demo_ws: Workspace) -> MatrixTab:
    stack = QUndoStack()
    tab = MatrixTab(demo_ws, stack)
    tab.undo_stack = stack  # keep it alive as long as the tab
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.set_initiative(1)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _point(ws: Workspace, step: str):
    return next(p for p in matrix_points(ws, 1) if p.step == step)


def test_click_selects_and_emits_the_pain_point(tab: MatrixTab, qtbot, demo_ws) -> None:
    target = _point(demo_ws, "上市审批")
    pos = tab.view.marker_center(target.id)
    with qtbot.waitSignal(tab.pain_point_activated) as sig:
        QTest.mouseClick(tab.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert sig.args == [target.id]
    assert tab.view.selected() == target.id
    assert tab.table.currentIndex().data(ID_ROLE) == target.id
    # clicking empty space clears the selection
    QTest.mouseClick(tab.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(3, 3))
    assert tab.view.selected() == 0


def _drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(widget, mid)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_to_another_cell_rerates_saves_and_undoes(tab: MatrixTab, demo_ws) -> None:
    point = _point(demo_ws, "备件准备")  # impact 2, frequency 2: "watch"
    assert (point.impact, point.frequency) == (2, 2)
    _drag(tab.view, tab.view.marker_center(point.id), tab.view.cell_center(5, 4))

    moved = _point(demo_ws, "备件准备")
    assert (moved.impact, moved.frequency) == (4, 5)
    assert moved.quadrant.value == "act_now"
    stack = tab.undo_stack
    assert stack.count() == 1  # one drag, one undo step
    # the view followed the database: the marker now sits in the new cell
    geo_cell = tab.view._geo.cell_at(*_xy(tab.view.marker_center(point.id)))
    assert geo_cell == (5, 4)
    # and so did Form 3 and the ranked list
    row = next(r for r in editing.rows(demo_ws, "pain_points", 1) if r.id == point.id)
    assert row.values["priority"] == moved.rank
    assert tab.model.row_of(point.id) == moved.rank - 1

    stack.undo()
    back = _point(demo_ws, "备件准备")
    assert (back.impact, back.frequency) == (2, 2)
    stack.redo()
    again = _point(demo_ws, "备件准备")
    assert (again.impact, again.frequency) == (4, 5)


def _xy(p: QPoint) -> tuple[float, float]:
    return (float(p.x()), float(p.y()))


def test_drag_back_into_its_own_cell_or_off_the_grid_changes_nothing(tab, demo_ws) -> None:
    point = _point(demo_ws, "周例会")
    start = tab.view.marker_center(point.id)
    _drag(tab.view, start, tab.view.cell_center(point.frequency, point.impact))
    _drag(tab.view, tab.view.marker_center(point.id), QPoint(2, 2))
    assert tab.undo_stack.count() == 0
    same = _point(demo_ws, "周例会")
    assert (same.impact, same.frequency) == (point.impact, point.frequency)


def test_hover_shows_the_whole_description(tab: MatrixTab, qtbot, demo_ws) -> None:
    point = _point(demo_ws, "需求评审")
    pos = tab.view.marker_center(point.id)
    QTest.mouseMove(tab.view, pos)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(tab.view, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                tab.view.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert point.description in text
    assert "建立需求直通机制" in text  # which measure addresses it


def test_filters_narrow_matrix_and_list_alike(tab: MatrixTab, demo_ws) -> None:
    kind_combo = tab._kind
    kind_combo.setCurrentIndex(kind_combo.findData(PainKind.BLOCKAGE.value))
    shown = tab.shown_points()
    assert shown and all(p.kind is PainKind.BLOCKAGE for p in shown)
    assert [p.id for p in tab.view.points()] == [p.id for p in shown]
    assert [tab.model.point(r).id for r in range(tab.model.rowCount())] == [p.id for p in shown]
    dept = tab._department
    dept.setCurrentIndex(dept.findData("售后服务部"))
    assert [p.step for p in tab.shown_points()] == ["备件准备"]
    kind_combo.setCurrentIndex(0)
    dept.setCurrentIndex(0)
    assert len(tab.shown_points()) == 8


def test_edit_elsewhere_refreshes_the_matrix(tab: MatrixTab, demo_ws) -> None:
    point = _point(demo_ws, "周例会")
    editing.set_value(demo_ws, "pain_points", point.id, "impact", 5)
    refreshed = next(p for p in tab.view.points() if p.id == point.id)
    assert refreshed.impact == 5
    new_id = editing.add_row(demo_ws, "pain_points", 1, {"step": "新痛点", "impact": 1,
                                                           "frequency": 1})
    assert any(p.id == new_id for p in tab.view.points())


def test_export_png_writes_a_picture(tab: MatrixTab, tmp_path: Path) -> None:
    out = tmp_path / "matrix.png"
    assert tab.export_png(out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
