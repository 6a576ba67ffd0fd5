"""The Gantt tab: toolbar, task list and timeline, wired to the undo stack.

It reads a fresh ``Snapshot`` whenever the workspace says tasks or the calendar changed,
so a drag, an undo, an Excel import or an edit in another tab all show up the same way.
"""

from __future__ import annotations

import datetime as dt
import time
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.forms import field_rules
from app.i18n import current_language
from app.schedule import plan_view as snapshots
from app.schedule.data import Link
from app.schedule.forecast import slip_line
from app.schedule.view_rows import TaskFilter, build_rows, choices
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.lazy_view import LazyView
from ui.common.threads import background_work
from ui.common.undo import EditCommand, perform
from ui.gantt import export
from ui.gantt.bar_geometry import build_layout
from ui.gantt.chart import GanttChart
from ui.gantt.commands import LinkTasksCommand, MoveTaskCommand, ResizeTaskCommand
from ui.gantt.filter_bar import FilterBar
from ui.gantt.painter import ROW_H, HeaderText
from ui.gantt.task_list import GanttTaskList
from ui.gantt.timescale import Zoom
from ui.speed import gc_policy


def header_text() -> HeaderText:
    locale = QLocale()
    tr = QCoreApplication.translate
    return HeaderText(
        month=lambda d: tr("GanttHeader", "%1 %2").replace(
            "%1", locale.monthName(d.month, QLocale.FormatType.LongFormat)).replace(
            "%2", str(d.year)) if locale.language() != QLocale.Language.Chinese
        else f"{d.year}年{d.month}月",
        month_short=lambda d: locale.monthName(d.month, QLocale.FormatType.ShortFormat),
        quarter=lambda d: tr("GanttHeader", "Q%1 %2").replace(
            "%1", str((d.month - 1) // 3 + 1)).replace("%2", str(d.year)),
        year=lambda d: str(d.year),
    )


WARM_BUDGET = 0.002  # seconds of each idle turn spent preparing rows
WARM_ROWS = 4
# Rows prepared around the view, a quarter of them above it: all of a plan of 5,000
# tasks, whose scroll-bar drags then paint only prepared rows. A row costs ~0.12 ms, so
# all 50,000 rows of a large plan kept a core busy for seconds after it opened; a jump
# further away prepares the rows around the new place, and a row not yet prepared is
# made when first painted.
WARM_AROUND = 6000
WARM_PAUSE = 0.1  # seconds after a scroll before preparing goes on


class GanttTab(LazyView, QWidget):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attach(workspace, undo_stack)
        self._filter = TaskFilter()

        self.task_list = GanttTaskList(self)
        self.chart = GanttChart(header_text(), self)
        self.filters = FilterBar(self)
        self.zoom_box = QComboBox(self)
        self.group_box = QCheckBox(self.tr("Group by measure"), self)
        # The status date the forecast starts from; None follows today.
        self.status_date: dt.date | None = None
        self.status_edit = QDateEdit(self)
        self.status_edit.setCalendarPopup(True)
        self.status_edit.setDisplayFormat("yyyy-MM-dd")
        self.status_edit.setToolTip(self.tr(
            "Status date: work not done by this day is forecast from it on"))
        # No taller than the tool bar's combo boxes, so the bar keeps its height.
        self.status_edit.setMaximumHeight(self.zoom_box.sizeHint().height())
        self.baseline_box = QCheckBox(self.tr("Baseline"), self)
        self.baseline_box.setToolTip(self.tr(
            "Show the reference baseline as a thin grey bar under each task"))
        self.baseline_box.setChecked(True)
        self.baseline_box.setEnabled(False)
        self.slip = QLabel(self)
        self.slip.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; padding: 2px 4px; }")
        self.slip.hide()
        self.banner = QLabel(self)
        # Rows not yet painted are prepared while the program is idle, a few ms at a time.
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_step)
        self._warm_from = self._warm_done = 0
        self._warm_window = (0, 0)  # rows [lo, hi) being or last prepared
        self._warm_pause_until = 0.0  # perf_counter time; see _follow_view
        self._build()
        self._connect()

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        for zoom, label in ((Zoom.DAY, self.tr("Days")), (Zoom.WEEK, self.tr("Weeks")),
                            (Zoom.MONTH, self.tr("Months")), (Zoom.QUARTER, self.tr("Quarters"))):
            self.zoom_box.addItem(label, zoom)
        today = QPushButton(self.tr("Today"), self)
        today.clicked.connect(lambda: self.chart.scroll_to_date(
            self.snapshot.today - dt.timedelta(days=7)))
        calendar = QPushButton(self.tr("Working calendar…"), self)
        calendar.setToolTip(self.tr("Holidays and make-up working days, which every "
                                    "working-day count of the schedule follows"))
        calendar.clicked.connect(self.edit_calendar)
        png = QPushButton(self.tr("Export PNG…"), self)
        png.clicked.connect(self._ask_png)
        pdf = QPushButton(self.tr("Export PDF…"), self)
        pdf.clicked.connect(self._ask_pdf)
        self.group_box.setChecked(True)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: #b71c1c; padding: 2px 4px; }")
        self.banner.hide()

        # A tool bar rather than a row of widgets: in a narrow window (half a screen) what
        # does not fit moves behind its » button instead of widening the whole window.
        bar = QToolBar(self)
        bar.setStyleSheet("QToolBar { border: none; background: transparent; spacing: 4px; }")
        zoom_label = QLabel(self.tr("Zoom"), self)
        zoom_label.setBuddy(self.zoom_box)
        status_label = QLabel(self.tr("Status date"), self)
        status_label.setBuddy(self.status_edit)
        for w in (zoom_label, self.zoom_box, today, status_label, self.status_edit,
                  self.baseline_box, self.group_box, self.filters):
            bar.addWidget(w)
        gap = QWidget(bar)
        gap.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(gap)
        for w in (calendar, png, pdf):
            bar.addWidget(w)
        self.toolbar = bar

        self.chart.set_vertical_bar(self.task_list.verticalScrollBar())

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.task_list)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 900])
        self.splitter = split

        # Tab goes left to right along the toolbar, then the list, then the chart.
        chain = [self.zoom_box, today, self.status_edit, self.baseline_box, self.group_box,
                 self.filters.department,
                 self.filters.owner, self.filters.status, png, pdf, self.task_list,
                 self.chart]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

        box = QVBoxLayout(self)
        box.addWidget(bar)
        box.addWidget(self.slip)
        box.addWidget(self.banner)
        box.addWidget(split, 1)

    def _connect(self) -> None:
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.chart.set_zoom(self.zoom_box.currentData()))
        self.group_box.toggled.connect(lambda _on: self._relayout())
        self.baseline_box.toggled.connect(lambda _on: self._relayout())
        self.status_edit.dateChanged.connect(self._on_status_date)
        self.filters.changed.connect(self._on_filter)
        self.chart.moveRequested.connect(self._move)
        self.chart.resizeRequested.connect(self._resize)
        self.chart.linkRequested.connect(self._link)
        self.chart.taskClicked.connect(self.task_list.select_task)
        self.chart.taskMenuRequested.connect(self._task_menu)
        self.task_list.taskMenuRequested.connect(self._task_menu)
        self.task_list.activated.connect(self._show_bar)
        self.task_list.verticalScrollBar().valueChanged.connect(self._follow_view)

    # -- public API (set_initiative and ensure_current come from LazyView) -----------------
    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(zoom))

    def refresh(self) -> None:
        """Read the plan again and recompute the schedule."""
        self._stale = False
        self.snapshot = snapshots.take(self.workspace, self.initiative_id, self.today,
                                       self.status_date)
        status = self.snapshot.status
        with QSignalBlocker(self.status_edit):
            self.status_edit.setDate(QDate(status.year, status.month, status.day))
        self.baseline_box.setEnabled(self.snapshot.baseline is not None)
        self._show_slip()
        deps, owners = choices(self.snapshot.plan)
        with QSignalBlocker(self.filters):  # the rows are laid out once, below
            self.filters.set_choices(deps, owners)
        self._filter = self.filters.current()
        if self.snapshot.cycle is not None:
            self._show_error(self.snapshot.cycle.message())
        else:
            self.banner.hide()
        self._relayout()
        gc_policy.settle()

    def set_status_date(self, day: dt.date | None) -> None:
        """Forecast from ``day`` (None: today) and show the plan again."""
        self.status_date = day
        self.refresh()

    def _show_slip(self) -> None:
        """The one line that says the initiative is forecast to finish late."""
        line = slip_line(self.snapshot.forecast(), current_language()) \
            if self.snapshot.schedule is not None else ""
        self.slip.setText(line)
        self.slip.setVisible(bool(line))

    def shows_baseline(self) -> bool:
        return self.baseline_box.isChecked() and self.snapshot.baseline is not None

    # -- reacting -------------------------------------------------------------------------
    def _on_status_date(self, day: QDate) -> None:
        picked = dt.date(day.year(), day.month(), day.day())
        self.set_status_date(None if picked == (self.today or dt.date.today()) else picked)

    def _on_filter(self, flt: TaskFilter) -> None:
        self._filter = flt
        self._relayout()

    def _relayout(self) -> None:
        rows = build_rows(self.snapshot.plan, self._filter, self.group_box.isChecked())
        self.task_list.set_rows(self.snapshot, rows)
        self.chart.set_content(self.snapshot, build_layout(self.snapshot, rows,
                                                           self.baseline_box.isChecked()))
        self._warm_around(self.task_list.verticalScrollBar().value() // ROW_H)

    def _warm_around(self, row: int) -> None:
        """Prepare up to WARM_AROUND rows around ``row`` in idle time: from it downwards,
        then the ones above, where the user is likely to scroll first."""
        n = self.task_list.row_count()
        lo = max(0, min(row - WARM_AROUND // 4, n - WARM_AROUND))
        self._warm_window = (lo, min(n, lo + WARM_AROUND))
        self._warm_from = min(max(row, lo), self._warm_window[1])
        self._warm_done = 0
        self._warm_timer.start(0)

    def _follow_view(self, value: int) -> None:
        """A jump beyond the prepared rows prepares the rows around the new place; while the
        user scrolls, preparing waits (a frame carrying a preparation step took twice as
        long, and the rows coming into view are prepared by painting them anyway)."""
        self._warm_pause_until = time.perf_counter() + WARM_PAUSE
        lo, hi = self._warm_window
        first = value // ROW_H
        last = first + self.task_list.viewport().height() // ROW_H
        if first < lo or (last >= hi and hi < self.task_list.row_count()):
            self._warm_around(first)

    def preparing(self) -> bool:
        """True while rows not yet painted are still being prepared in idle time."""
        return self._warm_timer.isActive()

    def _warm_step(self) -> None:
        """Prepare the next rows of the list and chart for WARM_BUDGET seconds.

        A row's texts and shapes cost ~0.1 ms the first time it comes into view, so a
        scroll-bar drag across a 5,000-row plan (every frame showing new rows) took 12 ms a
        frame instead of 4. Once the rows are ready, what the caches hold is frozen out of
        the garbage collector's sight too. Preparing waits while the program's own threads
        work (the rule check, loading modules): each Qt call of a step then waited for
        Python's lock, and a step of 2 ms kept the window from answering for 50–200 ms.
        """
        now = time.perf_counter()
        if background_work():
            self._warm_pause_until = max(self._warm_pause_until, now + WARM_PAUSE)
        if now < self._warm_pause_until:  # sleep out the pause rather than spin through it
            self._warm_timer.start(int((self._warm_pause_until - now) * 1000) + 1)
            return
        if self._warm_timer.interval():
            self._warm_timer.setInterval(0)
        end = now + WARM_BUDGET
        lo, hi = self._warm_window
        start, count = self._warm_from, hi - lo
        done = self._warm_done
        while done < count and time.perf_counter() < end:
            i = lo + (start - lo + done) % count
            stop = min(i + WARM_ROWS, hi if i >= start else start)
            self.task_list.warm(i, stop - 1)
            self.chart.warm(i, stop - 1)
            done += stop - i
        self._warm_done = done
        if done >= count:
            self._warm_timer.stop()
            gc_policy.settle()

    def _show_bar(self, row: int) -> None:
        """Bring a task's bar into view, a week of lead-in on its left (double-click or
        Enter on the task in the list)."""
        layout = self.chart.layout_
        g = layout.geometry[row] if 0 <= row < len(layout.geometry) else None
        if g is not None:
            self.chart.scroll_to_date(layout.origin + dt.timedelta(days=g.start - 7))

    def _push(self, command: EditCommand) -> None:
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self._show_error(refusal.message())
        elif self.snapshot.cycle is None:
            self.banner.hide()
        self.workspace.deliver()  # the edit's result is shown before the next paint

    def _show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _name(self, task_id: int) -> str:
        task = self.snapshot.plan.by_id.get(task_id)
        return task.name if task else str(task_id)

    def _move(self, task_id: int, start: dt.date) -> None:
        text = self.tr("Move “%1” to %2").replace("%1", self._name(task_id)).replace(
            "%2", start.isoformat())
        self._push(MoveTaskCommand(self.workspace, task_id, start, text))
        self._keep_in_view(task_id)

    def _resize(self, task_id: int, finish: dt.date) -> None:
        text = self.tr("Let “%1” finish on %2").replace("%1", self._name(task_id)).replace(
            "%2", finish.isoformat())
        self._push(ResizeTaskCommand(self.workspace, task_id, finish, text))
        self._keep_in_view(task_id)

    def _keep_in_view(self, task_id: int) -> None:
        """The bar just dragged stays in sight, its row too."""
        self.chart.ensure_visible(task_id)
        row = self.task_list.row_of_task(task_id)
        if row is not None:
            self.task_list.scroll_to_row(row)

    def _link(self, predecessor_id: int, task_id: int) -> None:
        # Checked here first as well, so a refused link does not wipe the redo history.
        plan = self.snapshot.plan
        graph: dict[int, list[int]] = {}
        for link in [*plan.links, Link(predecessor_id, task_id)]:
            graph.setdefault(link.task_id, []).append(link.predecessor_id)
        loop = field_rules.predecessor_loops(graph, [task_id]).get(task_id)
        if loop:
            self._show_error(field_rules.loop_error(loop, self._name).message())
            return
        text = self.tr("Let “%1” wait for “%2”").replace("%1", self._name(task_id)).replace(
            "%2", self._name(predecessor_id))
        self._push(LinkTasksCommand(self.workspace, predecessor_id, task_id, text))

    def _task_menu(self, task_id: int, pos: QPoint) -> None:
        from ui.register.task_menu import open_task_menu

        self.task_menu = open_task_menu(self, self.workspace, self.undo_stack, task_id, pos,
                                   late=bool(self.snapshot.warnings.get(task_id)),
                                   on_refused=self._show_error)

    # -- export ---------------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        self.ensure_current()
        export.export_png(path, self.chart.painter, self.chart.layout_, self.snapshot,
                          self.chart.zoom(), self.tr("(no measure)"))

    def export_pdf(self, path: str, title: str = "") -> int:
        self.ensure_current()
        return export.export_pdf(path, self.chart.painter, self.chart.layout_, self.snapshot,
                                 self.chart.zoom(), title or self.tr("Gantt chart"),
                                 self.tr("Page %1 of %2"), self.tr("(no measure)"))

    def edit_calendar(self) -> None:
        from ui.calendar.calendar_dialog import CalendarDialog

        CalendarDialog(self.workspace, self.undo_stack, self).exec()

    def _ask_png(self) -> None:
        title = self.tr("Export the chart as PNG")
        path = file_dialogs.save_path(self, title, self.tr("Gantt chart") + ".png",
                                      [file_dialogs.Filter(self.tr("PNG image"), ".png")],
                                      file_dialogs.IMAGE, near=self.workspace.path)
        if path is None:
            return
        try:
            self.export_png(str(path))
        except export.ExportTooLarge:
            self._show_error(self.tr("The plan is too long for one image; export a PDF, "
                                     "which spreads it over several pages."))
            return
        except OSError as exc:
            self._show_error(self.tr("Could not write %1").replace("%1", str(exc)))
            return
        file_dialogs.tell_saved(self, title, path)

    def _ask_pdf(self) -> None:
        title = self.tr("Export the chart as PDF")
        path = file_dialogs.save_path(self, title, self.tr("Gantt chart") + ".pdf",
                                      [file_dialogs.Filter(self.tr("PDF document"), ".pdf")],
                                      file_dialogs.PDF, near=self.workspace.path)
        if path is None:
            return
        try:
            self.export_pdf(str(path))
        except OSError as exc:
            self._show_error(self.tr("Could not write %1").replace("%1", str(exc)))
            return
        file_dialogs.tell_saved(self, title, path)
