"""The timeline half of the Gantt tab: paints the rows in view and turns drags into
requests to move, resize or link tasks. It borrows the task table's vertical scroll bar,
so the two halves can never drift apart."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

from app.schedule.calendar import WorkCalendar
from app.schedule.plan_view import Snapshot
from ui.gantt.bar_geometry import GanttLayout, build_layout
from ui.gantt.painter import (
    BAR_H,
    BAR_TOP,
    HANDLE_GAP,
    HANDLE_R,
    HEADER_H,
    ROW_H,
    TIER_H,
    ChartPainter,
    DragPreview,
    HeaderText,
    bar_x,
)
from ui.gantt.timescale import TimeScale, Zoom
from ui.speed.lean_scroll_bar import LeanScrollBar

RESIZE_GRIP = 6


class Hit(Enum):
    MOVE = "move"
    RESIZE = "resize"
    LINK = "link"


class GanttChart(QAbstractScrollArea):
    moveRequested = Signal(int, object)  # task id, new start (date)
    resizeRequested = Signal(int, object)  # task id, new finish (date)
    linkRequested = Signal(int, int)  # predecessor id, task id
    taskClicked = Signal(int)
    taskMenuRequested = Signal(int, QPoint)  # task id, global position of a right-click

    def __init__(self, text: HeaderText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBar(LeanScrollBar(Qt.Orientation.Horizontal, self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        # Every pixel is painted, so Qt may move the old ones when scrolling (a blit) and
        # ask only for the strip that came into view.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._painter = ChartPainter(text, self.font())
        self._snap = Snapshot.empty()
        self._layout = build_layout(self._snap, [])
        self._zoom = Zoom.DAY
        self._vbar: QScrollBar | None = None
        self._hover: int | None = None
        self._drag: tuple[Hit, int, float] | None = None  # kind, row, press x (content)
        self._preview: DragPreview | None = None
        self._y_shown = 0  # the vertical scroll value the viewport's pixels show

    # -- content --------------------------------------------------------------------------
    def set_vertical_bar(self, bar: QScrollBar) -> None:
        self._vbar = bar
        self._y_shown = bar.value()
        bar.valueChanged.connect(self._scrolled_vertically)

    def set_content(self, snap: Snapshot, layout: GanttLayout) -> None:
        first_time = not self._layout.rows
        # The day at the left edge stays there: moving the earliest task earlier starts the
        # chart on another day, which would otherwise slide everything under the mouse.
        left = None if first_time else self.scale().day_at(self._x0())
        self._snap, self._layout = snap, layout
        self._drag = self._preview = None
        self._update_range()
        if first_time:
            self.scroll_to_date(self._opening_day(snap.today))
        elif left is not None:
            self.horizontalScrollBar().setValue(round(self.scale().x(left)))
        self.viewport().update()

    def _opening_day(self, today: dt.date) -> dt.date:
        """The day at the left edge when the chart first shows: a week before today, unless
        no bar is in sight there; a plan that starts months ahead (or ended months ago) opens
        at its first bar, not on an empty chart."""
        left = today - dt.timedelta(days=7)
        bars = [g for g in self._layout.geometry if g is not None]
        lo = (left - self._layout.origin).days
        hi = lo + max(self.viewport().width(), 600) / self._zoom.value
        if not bars or any(g.start <= hi and g.end >= lo for g in bars):
            return left
        return self._layout.origin + dt.timedelta(days=min(g.start for g in bars) - 7)

    def ensure_visible(self, task_id: int) -> None:
        """Scroll sideways to a task's bar (a week of lead-in on its left) only if next to
        nothing of it is in sight: a bar dropped half over the edge stays under the mouse,
        one that landed out of view is brought back."""
        row = self._layout.row_of.get(task_id)
        g = self._layout.geometry[row] if row is not None else None
        if g is None:
            return
        x1, x2 = bar_x(g, self.scale())
        x0, width = self._x0(), self.viewport().width()
        seen = min(x2, x0 + width) - max(x1, x0)
        if seen < min(24, (x2 - x1) / 2):
            self.scroll_to_date(self._layout.origin + dt.timedelta(days=g.start - 7))

    def warm(self, first: int, last: int) -> None:
        """Prepare rows ``first``…``last`` at the current zoom, so painting them later
        only looks things up."""
        self._painter.warm(self._layout, self._snap.calendar, self._zoom.value, first, last)

    @property
    def painter(self) -> ChartPainter:
        return self._painter

    @property
    def layout_(self) -> GanttLayout:
        return self._layout

    @property
    def calendar(self) -> WorkCalendar:
        return self._snap.calendar

    def scale(self) -> TimeScale:
        return TimeScale(self._layout.origin, self._zoom.value)

    def zoom(self) -> Zoom:
        return self._zoom

    def set_zoom(self, zoom: Zoom) -> None:
        if zoom is self._zoom:
            return
        centre = self.scale().day_at(self._x0() + self.viewport().width() / 2)
        self._zoom = zoom
        self._update_range()
        self.horizontalScrollBar().setValue(
            int(self.scale().x(centre) - self.viewport().width() / 2))
        self.viewport().update()

    def scroll_to_date(self, day: dt.date) -> None:
        self.horizontalScrollBar().setValue(int(self.scale().x(day)))

    def _update_range(self) -> None:
        bar = self.horizontalScrollBar()
        total = int(self._layout.days * self._zoom.value)
        bar.setRange(0, max(0, total - self.viewport().width()))
        bar.setPageStep(self.viewport().width())
        bar.setSingleStep(max(int(self._zoom.value), 10))

    def _x0(self) -> int:
        return self.horizontalScrollBar().value()

    def _y0(self) -> int:
        return self._vbar.value() if self._vbar is not None else 0

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        vp = self.viewport()
        p = QPainter(vp)
        scale, x0, y0 = self.scale(), self._x0(), self._y0()
        for area in event.region():
            self._painter.paint(
                p, self._layout, self._snap.calendar, self._snap.today, scale, x0, y0,
                vp.width(), vp.height(), hover=self._hover, preview=self._preview, area=area,
            )
        p.end()

    # -- scrolling: move the pixels, paint what came into view ------------------------------
    def _scrolled_vertically(self, value: int) -> None:
        dy = self._y_shown - value
        self._y_shown = value
        vp = self.viewport()
        if dy:
            vp.scroll(0, dy, QRect(0, HEADER_H, vp.width(), vp.height() - HEADER_H))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        vp = self.viewport()
        if not dx:
            return
        vp.scroll(dx, 0)
        # What stays put while the timeline moves: the upper header tier's names and the
        # measure headings' names.
        w = vp.width()
        vp.update(0, 0, w, TIER_H)
        y0 = self._y0()
        first = max(0, y0 // ROW_H)
        last = min(len(self._layout.rows), (y0 + vp.height()) // ROW_H + 1)
        for i in range(first, last):
            if self._layout.geometry[i] is None:
                self._update_row(i)

    def _update_row(self, row: int | None) -> None:
        if row is not None:
            vp = self.viewport()
            vp.update(0, row * ROW_H - self._y0() + HEADER_H, vp.width(), ROW_H)

    def _update_preview(self, old: DragPreview | None, new: DragPreview | None) -> None:
        """Repaint the rows a drag changes; a link line may cross any row."""
        if (old is not None and old.link_to is not None) or (
                new is not None and new.link_to is not None):
            self.viewport().update()
            return
        for pv in (old, new):
            if pv is not None:
                self._update_row(pv.row)

    def _set_preview(self, preview: DragPreview | None) -> None:
        old, self._preview = self._preview, preview
        self._update_preview(old, preview)

    def _set_hover(self, row: int | None) -> None:
        if row != self._hover:
            old, self._hover = self._hover, row
            self._update_row(old)
            self._update_row(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_range()

    # -- hit testing ----------------------------------------------------------------------
    def _content(self, pos: QPoint | QPointF) -> tuple[float, float]:
        return pos.x() + self._x0(), pos.y() - HEADER_H + self._y0()

    def row_at(self, pos: QPoint | QPointF) -> int | None:
        if pos.y() < HEADER_H:
            return None
        row = int(self._content(pos)[1] // ROW_H)
        return row if 0 <= row < len(self._layout.rows) else None

    def hit(self, pos: QPoint | QPointF) -> tuple[Hit, int] | None:
        row = self.row_at(pos)
        if row is None or self._layout.geometry[row] is None:
            return None
        g = self._layout.geometry[row]
        assert g is not None
        x, y = self._content(pos)
        x1, x2 = bar_x(g, self.scale())
        cy = row * ROW_H + BAR_TOP + BAR_H / 2
        hx = x2 + HANDLE_GAP
        if (x - hx) ** 2 + (y - cy) ** 2 <= (HANDLE_R + 3) ** 2:
            return Hit.LINK, row
        if not g.milestone and x2 - RESIZE_GRIP <= x <= x2 + 2:
            return Hit.RESIZE, row
        if x1 <= x <= x2:
            return Hit.MOVE, row
        return None

    def bar_point(self, task_id: int, where: str = "middle") -> QPoint:
        """Viewport point of a task's bar: its ``middle``, ``end`` (resize grip) or
        ``handle`` (link dot); for tests and keyboard-free automation."""
        row = self._layout.row_of[task_id]
        g = self._layout.geometry[row]
        assert g is not None
        x1, x2 = bar_x(g, self.scale())
        x = {"middle": (x1 + x2) / 2, "end": x2 - 2, "handle": x2 + HANDLE_GAP}[where]
        y = row * ROW_H + BAR_TOP + BAR_H / 2
        return QPoint(int(x - self._x0()), int(y - self._y0() + HEADER_H))

    # -- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        found = self.hit(event.position())
        if found is None:
            return super().mousePressEvent(event)
        kind, row = found
        self._set_hover(row)
        self._drag = (kind, row, self._content(event.position())[0])
        g = self._layout.geometry[row]
        assert g is not None
        self.taskClicked.emit(g.task.id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            found = self.hit(pos)
            self._set_hover(found[1] if found else None)
            cursor = Qt.CursorShape.ArrowCursor
            if found:
                cursor = {Hit.MOVE: Qt.CursorShape.SizeAllCursor,
                          Hit.RESIZE: Qt.CursorShape.SizeHorCursor,
                          Hit.LINK: Qt.CursorShape.CrossCursor}[found[0]]
            self.viewport().setCursor(cursor)
            return
        kind, row, press_x = self._drag
        g = self._layout.geometry[row]
        assert g is not None
        delta = round((self._content(pos)[0] - press_x) / self._zoom.value)
        if kind is Hit.MOVE:
            preview = DragPreview(row, g.start + delta, g.end + delta)
        elif kind is Hit.RESIZE:
            preview = DragPreview(row, g.start, max(g.start + 1, g.end + delta))
        else:
            target = self.row_at(pos)
            if target == row or target is None or self._layout.geometry[target] is None:
                target = None
            c = self._content(pos)
            preview = DragPreview(row, link_to=QPointF(*c), target_row=target)
        if preview != self._preview:
            self._set_preview(preview)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        kind, row, _ = self._drag
        pv = self._preview
        self._drag = None
        self._set_preview(None)
        g = self._layout.geometry[row]
        if pv is None or g is None:
            return
        origin = self._layout.origin
        if kind is Hit.MOVE and pv.start is not None and pv.start != g.start:
            self.moveRequested.emit(g.task.id, origin + dt.timedelta(days=pv.start))
        elif kind is Hit.RESIZE and pv.end is not None and pv.end != g.end:
            self.resizeRequested.emit(g.task.id, origin + dt.timedelta(days=pv.end - 1))
        elif kind is Hit.LINK and pv.target_row is not None:
            target = self._layout.geometry[pv.target_row]
            if target is not None:
                self.linkRequested.emit(g.task.id, target.task.id)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click on a bar asks for its task's menu (the task becomes current)."""
        row = self.row_at(event.pos())
        g = self._layout.geometry[row] if row is not None else None
        if g is None or self._drag is not None:
            return super().contextMenuEvent(event)
        self.taskClicked.emit(g.task.id)
        self.taskMenuRequested.emit(g.task.id, event.globalPos())
        event.accept()

    def leaveEvent(self, event: object) -> None:
        if self._drag is None:
            self._set_hover(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._set_preview(None)
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                return self.set_zoom(self._zoom.zoomed(-1))
            if event.key() == Qt.Key.Key_Minus:
                return self.set_zoom(self._zoom.zoomed(1))
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom.zoomed(-1 if delta.y() > 0 else 1))
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (delta.x() or delta.y()))
        elif self._vbar is not None:
            self._vbar.setValue(self._vbar.value() - delta.y() // 120 * 3 * ROW_H)
        event.accept()
