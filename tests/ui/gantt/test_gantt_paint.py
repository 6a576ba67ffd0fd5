"""What the Gantt chart shows on screen after scrolling and editing: it moves the pixels it
already painted and paints only what came into view, and it keeps shapes per row and zoom,
so these tests compare the window's real pixels with a fresh paint of the whole chart."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from tests.ui.gantt.test_views import drag
from ui.gantt import GanttTab, palette
from ui.gantt.painter import HEADER_H, ROW_H
from ui.gantt.task_list import START
from ui.gantt.timescale import Zoom

D = dt.date


def shown(tab, widget) -> QImage:
    """The pixels of ``widget`` as the window holds them now (not a fresh paint)."""
    QApplication.processEvents()
    at = widget.mapTo(tab.window(), QPoint(0, 0))
    pixmap = QApplication.primaryScreen().grabWindow(
        tab.window().winId(), at.x(), at.y(), widget.width(), widget.height())
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def fresh(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def long_gantt(qtbot, workspace, long_plan):
    ini, ids = long_plan
    tab = GanttTab(workspace, QUndoStack())
    tab.today = D(2025, 3, 1)  # before every task: none late, bars blue
    qtbot.addWidget(tab)
    tab.resize(1240, 420)  # a chart of about 730 px beside the task list
    tab.set_initiative(ini)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_zoom(Zoom.DAY)
    tab.chart.scroll_to_date(D(2025, 3, 1))
    QApplication.processEvents()
    return tab, ids


@pytest.mark.parametrize("zoom", [Zoom.DAY, Zoom.QUARTER])
def test_scrolled_chart_shows_what_a_full_paint_shows(long_gantt, zoom):
    tab, _ = long_gantt
    tab.set_zoom(zoom)
    vbar, hbar = tab.task_list.verticalScrollBar(), tab.chart.horizontalScrollBar()
    vp = tab.chart.viewport()
    assert vbar.maximum() > 20 * ROW_H
    for step in (3 * ROW_H, 3 * ROW_H, 7, -2 * ROW_H, 40 * ROW_H, -5):
        vbar.setValue(vbar.value() + step)
        QApplication.processEvents()
    for step in (37, 37, -90, 400):
        hbar.setValue(hbar.value() + step)
        QApplication.processEvents()
    assert shown(tab, vp) == fresh(vp)


def test_sideways_scroll_keeps_measure_names_in_view(long_gantt):
    tab, _ = long_gantt
    hbar = tab.chart.horizontalScrollBar()
    before = shown(tab, tab.chart.viewport())
    hbar.setValue(hbar.value() + 45)
    after = shown(tab, tab.chart.viewport())
    assert after == fresh(tab.chart.viewport())
    # The first row is the heading "Measure 0", written at the chart's left edge both times.
    def ink(image: QImage) -> int:
        return sum(image.pixelColor(x, y).lightness() < 128
                   for x in range(4, 14) for y in range(HEADER_H, HEADER_H + ROW_H))

    assert ink(before) > 5
    assert ink(after) == ink(before)


def _bar_colour(image: QImage, point: QPoint) -> QColor:
    return image.pixelColor(point.x(), point.y())


def test_a_dragged_bar_is_painted_where_it_went(long_gantt, workspace):
    tab, ids = long_gantt
    chart, vp = tab.chart, tab.chart.viewport()
    task = ids[5]  # not late, not done, not a milestone: a plain blue bar
    old = chart.bar_point(task)
    assert _bar_colour(shown(tab, vp), old) in (palette.BAR, palette.BAR_PROGRESS)
    row = chart.layout_.row_of[task]
    start_before = tab.task_list.row_style(row).texts[START]
    drag(vp, old, old + QPoint(10 * int(Zoom.DAY.value), 0))
    QApplication.processEvents()
    new = chart.bar_point(task)
    assert new.x() - old.x() >= 10 * int(Zoom.DAY.value)
    image = shown(tab, vp)
    assert image == fresh(vp)
    assert _bar_colour(image, new) in (palette.BAR, palette.BAR_PROGRESS)
    assert _bar_colour(image, old) not in (palette.BAR, palette.BAR_PROGRESS)
    # the list's cached text follows too
    assert tab.task_list.row_style(row).texts[START] != start_before
    tab.undo_stack.undo()
    QApplication.processEvents()
    assert chart.bar_point(task) == old
    assert _bar_colour(shown(tab, vp), old) in (palette.BAR, palette.BAR_PROGRESS)
    assert tab.task_list.row_style(row).texts[START] == start_before


def test_hover_and_drag_ghost_leave_no_trace(long_gantt):
    tab, ids = long_gantt
    chart, vp = tab.chart, tab.chart.viewport()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    clean = shown(tab, vp)
    point = chart.bar_point(ids[6])
    QTest.mouseMove(vp, point)  # shows the link handle
    assert shown(tab, vp) != clean
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    for dx in (30, 60, 90, 120):
        QTest.mouseMove(vp, point + QPoint(dx, 0))
    assert shown(tab, vp) == fresh(vp)  # the ghost bar, painted alone, matches
    QTest.keyClick(chart, Qt.Key.Key_Escape)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point + QPoint(120, 0))
    QTest.mouseMove(vp, QPoint(5, HEADER_H + 5))
    assert tab.undo_stack.count() == 0
    assert shown(tab, vp) == fresh(vp)
