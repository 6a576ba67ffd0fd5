"""The painted task list on the Gantt tab's left, driven with real mouse, key and wheel
events: selection, its rows beside the chart's, the header, tooltips, colours, and the
pixels it keeps when it scrolls."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QUndoStack, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.gantt.test_gantt_paint import fresh, shown
from tests.ui.gantt.test_views import drag
from ui.gantt import GanttTab, palette
from ui.gantt.painter import HEADER_H, ROW_H
from ui.gantt.task_list import FINISH, NAME, OWNER, SLACK, START
from ui.gantt.timescale import Zoom

D = dt.date
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def open_tab(qtbot, workspace, ini, today, size=(1300, 500)) -> GanttTab:
    tab = GanttTab(workspace, QUndoStack())
    tab.today = today
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.set_initiative(ini)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_zoom(Zoom.DAY)
    QApplication.processEvents()
    return tab


@pytest.fixture
def small(qtbot, workspace, small_plan):
    ini, ids = small_plan
    # A finishes on the 5th: due within 72 hours on the 4th, an early warning.
    return open_tab(qtbot, workspace, ini, D(2025, 3, 4)), ids


@pytest.fixture
def long(qtbot, workspace, long_plan):
    ini, ids = long_plan
    tab = open_tab(qtbot, workspace, ini, D(2025, 3, 1), (1000, 420))
    tab.chart.scroll_to_date(D(2025, 3, 1))
    QApplication.processEvents()
    return tab, ids


def texts(tab) -> list[tuple[str, ...]]:
    lst = tab.task_list
    return [lst.row_style(i).texts for i in range(lst.row_count())]


def wheel(widget, steps: int) -> None:
    """``steps`` notches of a mouse wheel (negative: towards the user, down the list)."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, NO_MOD, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def test_rows_show_what_the_table_showed(small):
    tab, ids = small
    assert [t[:1] for t in texts(tab)] == [
        ("Faster approval",), ("A",), ("B",), ("(no measure)",), ("C",), ("◆ D",)]
    lst = tab.task_list
    a = lst.row_of_task(ids["A"])
    assert lst.row_style(a).texts == ("A", "Li Wei", "2025-03-03", "2025-03-05", "0")
    c = lst.row_of_task(ids["C"])
    assert lst.row_style(c).texts[OWNER] == "R&D"  # no owner: the department
    headings = [i for i in range(lst.row_count()) if lst.row_style(i).group]
    assert headings == [0, 3]
    assert all(lst.row_style(i).bold for i in headings)
    # the critical path A–C–D is bold, B (2 days of slack) is not
    assert [lst.row_style(lst.row_of_task(ids[k])).bold for k in "ABCD"] == [
        True, False, True, True]
    assert lst.row_style(lst.row_of_task(ids["B"])).texts[SLACK] == "2"


def _pixels(image: QImage, x0: int, x1: int, y0: int, y1: int) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]


def _near(c: QColor, target: QColor, tol: int = 40) -> bool:
    return (abs(c.red() - target.red()) + abs(c.green() - target.green())
            + abs(c.blue() - target.blue())) <= tol


def test_group_rows_and_warning_colours_are_painted(small):
    tab, ids = small
    lst = tab.task_list
    image = fresh(lst.viewport())
    head = lst.header
    # A heading's row is the group colour from edge to edge.
    heading = lst.row_rect(0)
    edge = image.pixelColor(heading.right() - 2, heading.center().y())
    assert edge == palette.GROUP_ROW
    # A is due within 72 hours: its name and finish are written in the early-warning colour.
    warn = palette.WARN.darker(115)
    a = lst.row_of_task(ids["A"])
    assert lst.row_style(a).warning == warn
    assert lst.row_style(lst.row_of_task(ids["C"])).warning is None
    rect = lst.row_rect(a)

    def cell(row_rect, col):
        x = head.sectionViewportPosition(col)
        return _pixels(image, x, x + head.sectionSize(col), row_rect.top(), row_rect.bottom())

    assert any(_near(c, warn) for c in cell(rect, NAME))
    assert any(_near(c, warn) for c in cell(rect, FINISH))
    assert not any(_near(c, warn) for c in cell(rect, START))
    c_rect = lst.row_rect(lst.row_of_task(ids["C"]))
    assert not any(_near(c, warn) for c in cell(c_rect, NAME))
    # Stripes fall on the chart's: odd task rows are the chart's alternate colour.
    b = lst.row_of_task(ids["B"])
    assert b % 2 == 0
    c = lst.row_of_task(ids["C"])
    assert c % 2 == 0 and image.pixelColor(2, lst.row_rect(c).center().y()) == palette.WHITE
    assert image.pixelColor(2, lst.row_rect(a).center().y()) == palette.ALT_ROW


def test_click_and_keys_move_the_selection(qtbot, long):
    tab, _ = long
    lst = tab.task_list
    vp = lst.viewport()
    changes: list[int] = []
    lst.currentRowChanged.connect(changes.append)
    QTest.mouseClick(vp, LEFT, NO_MOD, lst.cell_point(3, OWNER))
    assert lst.current_row() == 3 and changes == [3]
    assert lst.hasFocus()
    image = fresh(vp)
    highlight = lst.palette().color(lst.palette().ColorGroup.Active,
                                    lst.palette().ColorRole.Highlight)
    assert image.pixelColor(2, lst.row_rect(3).center().y()) == highlight
    assert image.pixelColor(2, lst.row_rect(4).center().y()) != highlight
    QTest.keyClick(lst, Qt.Key.Key_Down)
    QTest.keyClick(lst, Qt.Key.Key_Down)
    QTest.keyClick(lst, Qt.Key.Key_Up)
    assert lst.current_row() == 4
    page = lst.viewport().height() // ROW_H - 1
    QTest.keyClick(lst, Qt.Key.Key_PageDown)
    assert lst.current_row() == 4 + page
    QTest.keyClick(lst, Qt.Key.Key_End)
    last = lst.row_count() - 1
    assert lst.current_row() == last
    bar = lst.verticalScrollBar()
    assert bar.value() == bar.maximum()  # scrolled into view
    assert lst.row_rect(last).bottom() < vp.height()
    QTest.keyClick(lst, Qt.Key.Key_PageUp)
    assert lst.current_row() == last - page
    QTest.keyClick(lst, Qt.Key.Key_Home)
    assert lst.current_row() == 0 and bar.value() == 0
    QTest.keyClick(lst, Qt.Key.Key_Up)  # at the top already
    assert lst.current_row() == 0


def test_a_clicked_bar_selects_its_row_which_stays_through_a_refresh(qtbot, long, workspace):
    tab, ids = long
    lst, chart = tab.task_list, tab.chart
    task = ids[5]
    QTest.mouseClick(chart.viewport(), LEFT, NO_MOD, chart.bar_point(task))
    assert lst.current_row() == lst.row_of_task(task)
    # a drag refreshes the plan; the same task stays selected
    start = chart.bar_point(task)
    drag(chart.viewport(), start, start + QPoint(2 * int(Zoom.DAY.value), 0))
    qtbot.waitUntil(lambda: tab.undo_stack.count() == 1)
    assert lst.current_task_id() == task
    # a task far down the list, selected from the chart, is scrolled into view
    far = ids[110]
    chart.taskClicked.emit(far)
    row = lst.row_of_task(far)
    assert lst.current_row() == row
    assert 0 <= lst.row_rect(row).top() and lst.row_rect(row).bottom() < lst.viewport().height()


def test_rows_line_up_with_the_chart_rows(long):
    tab, ids = long
    lst, chart = tab.task_list, tab.chart
    assert lst.header.height() == HEADER_H
    assert (lst.header.mapToGlobal(QPoint(0, HEADER_H)).y()
            == chart.viewport().mapToGlobal(QPoint(0, HEADER_H)).y())
    for scroll in (0, 7 * ROW_H + 5, 40 * ROW_H):
        lst.verticalScrollBar().setValue(scroll)
        QApplication.processEvents()
        for k in (0, 5, 33, 60, 61, 100):
            row = lst.row_of_task(ids[k])
            assert chart.layout_.row_of[ids[k]] == row
            top = lst.row_rect(row).top()
            if not 0 <= top < lst.viewport().height():
                continue
            list_y = lst.viewport().mapToGlobal(QPoint(0, top)).y()
            bar = chart.bar_point(ids[k])
            chart_y = chart.viewport().mapToGlobal(bar).y()
            assert chart_y - list_y == chart.bar_point(ids[k]).y() - (
                row * ROW_H - scroll + HEADER_H)
            assert chart.row_at(chart.viewport().mapFromGlobal(
                QPoint(0, list_y + ROW_H // 2))) == row


def test_wheel_on_the_list_scrolls_the_chart_and_the_pixels_stay_right(long):
    tab, _ = long
    lst, chart = tab.task_list, tab.chart
    bar = lst.verticalScrollBar()
    wheel(lst.viewport(), -2)
    assert bar.value() == 6 * ROW_H  # three rows a notch, as on the chart
    assert chart._y0() == bar.value()
    top = lst.row_at(0)
    assert top == 6 and chart.row_at(QPoint(10, HEADER_H + 1)) == top
    for steps in (-1, -5, 2, -30):
        wheel(lst.viewport(), steps)
    bar.setValue(bar.value() + 7)  # not a whole row
    QApplication.processEvents()
    assert shown(tab, lst.viewport()) == fresh(lst.viewport())
    assert shown(tab, chart.viewport()) == fresh(chart.viewport())
    # the wheel on the chart moves the list just as much
    before = bar.value()
    wheel(chart.viewport(), 1)
    assert bar.value() == before - 3 * ROW_H and lst.row_at(0) == chart.row_at(
        QPoint(10, HEADER_H + 1))


def test_header_resizes_with_the_mouse_and_cut_text_has_a_tooltip(qtbot, long):
    tab, ids = long
    lst = tab.task_list
    head = lst.header
    hv = head.viewport()
    owner_before, name_before = head.sectionSize(OWNER), head.sectionSize(NAME)
    # drag the border between Start and Finish: Start widens, the name column gives way
    edge = head.sectionViewportPosition(START) + head.sectionSize(START) - 1
    y = HEADER_H // 2
    QTest.mousePress(hv, LEFT, NO_MOD, QPoint(edge, y))
    for dx in (10, 20, 30):
        QTest.mouseMove(hv, QPoint(edge + dx, y))
    QTest.mouseRelease(hv, LEFT, NO_MOD, QPoint(edge + 30, y))
    assert head.sectionSize(START) >= 84 + 25
    assert head.sectionSize(NAME) <= name_before - 25
    assert head.sectionSize(OWNER) == owner_before
    # the texts follow the new columns, painted where the header says
    assert shown(tab, lst.viewport()) == fresh(lst.viewport())
    # narrow the start column so its dates are cut: the tooltip gives the whole date
    head.resizeSection(START, 40)
    QApplication.processEvents()
    row = lst.row_of_task(ids[3])
    assert lst.tooltip(row, START) == lst.row_style(row).texts[START]
    assert lst.tooltip(row, OWNER) == ""  # fits: nothing to add


def test_tooltip_over_a_name_tells_dates_slack_and_warnings(small):
    tab, ids = small
    lst = tab.task_list
    a = lst.row_of_task(ids["A"])
    at = lst.cell_point(a, NAME)
    vp = lst.viewport()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, at, vp.mapToGlobal(at)))
    text = QToolTip.text()
    assert text == lst.tooltip(a)
    assert text.splitlines() == [
        # Not started on the status date (today, 3-4): forecast from it, a day after its plan.
        "A", "Early 2025-03-04 – 2025-03-06, late 2025-03-04 – 2025-03-06, "
        "slack 0 working days", "On the critical path", "Due within 72 hours"]
    QToolTip.hideText()
    assert lst.tooltip(0) == ""  # a heading that fits needs none


def test_double_click_brings_the_bar_into_view(long):
    tab, ids = long
    lst, chart = tab.task_list, tab.chart
    chart.scroll_to_date(D(2025, 6, 1))
    row = lst.row_of_task(ids[10])
    QTest.mouseDClick(lst.viewport(), LEFT, NO_MOD, lst.cell_point(row))
    point = chart.bar_point(ids[10])
    assert 0 < point.x() < chart.viewport().width()


def test_tab_reaches_the_list_then_the_chart(qtbot, long):
    tab, _ = long
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.zoom_box.setFocus()
    seen = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert tab.task_list in seen and tab.chart in seen
    assert seen.index(tab.chart) == seen.index(tab.task_list) + 1
    assert tab.task_list.accessibleName() == "Task list"


def test_refresh_lays_the_rows_out_once(long, monkeypatch):
    tab, _ = long
    calls = []
    original = tab.chart.set_content
    monkeypatch.setattr(tab.chart, "set_content", lambda *a: (calls.append(1), original(*a)))
    tab.filters.department.addItem("someone", 999)  # a filter choice about to disappear
    tab.filters.department.setCurrentIndex(tab.filters.department.count() - 1)
    calls.clear()
    tab.refresh()
    assert len(calls) == 1
    assert tab.filters.current().department_id is None
    assert tab.task_list.row_count() == 126


def test_rows_are_prepared_while_idle_then_frozen(qtbot, long):
    import gc

    tab, _ = long
    qtbot.waitUntil(lambda: not tab.preparing())
    lst = tab.task_list
    assert len(lst._items) == lst.row_count()  # every row's texts laid out
    zc = tab.chart.painter.cache(tab.chart.layout_, tab.chart.calendar, Zoom.DAY.value)
    assert all(zc.row(i) is not None for i in range(lst.row_count())
               if not lst.row(i).is_group)
    assert gc.get_freeze_count() > 0
    # prepared rows paint what fresh ones would
    lst.verticalScrollBar().setValue(50 * ROW_H)
    QApplication.processEvents()
    assert shown(tab, lst.viewport()) == fresh(lst.viewport())


def test_only_the_rows_around_the_view_are_prepared(qtbot, long, monkeypatch):
    """Preparing every row of a 50,000-task plan kept a core busy for seconds after it
    opened: only the rows around the view are prepared, and a jump prepares the rows
    around the new place."""
    from ui.gantt import tab as gantt_tab

    tab, _ = long
    monkeypatch.setattr(gantt_tab, "WARM_AROUND", 40, raising=False)
    lst = tab.task_list
    lst.verticalScrollBar().setValue(0)
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.preparing())
    assert 0 in lst._items and 30 in lst._items
    assert 100 not in lst._items and len(lst._items) <= 40
    lst.verticalScrollBar().setValue(100 * ROW_H - 5 * ROW_H)  # a jump down the plan
    assert tab.preparing()
    qtbot.waitUntil(lambda: not tab.preparing())
    assert 120 in lst._items
    zc = tab.chart.painter.cache(tab.chart.layout_, tab.chart.calendar, Zoom.DAY.value)
    assert 120 in zc._rows or lst.row(120).is_group


def test_preparing_waits_while_the_user_scrolls(qtbot, long, monkeypatch):
    """A frame that also carried a preparation step took twice as long: while the wheel
    turns, only the rows coming into view are made (by painting them)."""
    from ui.gantt import tab as gantt_tab

    tab, _ = long
    monkeypatch.setattr(gantt_tab, "WARM_PAUSE", 30.0)
    lst = tab.task_list
    lst._items.clear()
    tab.refresh()
    wheel(lst.viewport(), -2)  # down the list: the pause begins
    for _ in range(5):
        QApplication.processEvents()
    painted = set(lst._items)
    assert tab.preparing()
    for _ in range(20):
        QApplication.processEvents()
    assert set(lst._items) == painted  # nothing prepared meanwhile
    assert tab._warm_timer.remainingTime() > 1000  # and the pause is slept out, not spun


def test_preparing_waits_for_the_programs_own_threads(qtbot, long):
    """While the rule check or the module warm-up runs, every Qt call of a preparation step
    waited for Python's lock: preparing waits until they are done."""
    import threading

    from ui.common.threads import worker_name

    tab, _ = long
    lst = tab.task_list
    go_on = threading.Event()
    worker = threading.Thread(target=go_on.wait, args=(30,), name=worker_name("test"))
    worker.start()
    try:
        lst._items.clear()
        tab.refresh()
        for _ in range(20):
            QApplication.processEvents()
        painted = set(lst._items)
        assert tab.preparing() and len(painted) < lst.row_count()
        for _ in range(20):
            QApplication.processEvents()
        assert set(lst._items) == painted
    finally:
        go_on.set()
        worker.join()
    qtbot.waitUntil(lambda: not tab.preparing())
    assert len(lst._items) == lst.row_count()
