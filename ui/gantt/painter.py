"""Drawing the timeline: header, shading, rows, bars, arrows, today line.

One painter serves the widget and the PNG/PDF export; it only ever walks the rows and
days inside the rectangle it is asked to fill, which keeps a repaint within a few
milliseconds however long the plan is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from app.schedule.calendar import WorkCalendar
from ui.gantt import palette
from ui.gantt.layout import GanttLayout, RowGeometry
from ui.gantt.timescale import (
    TimeScale,
    Zoom,
    month_start,
    next_month,
    next_quarter,
    quarter_start,
    week_start,
)

ROW_H = 24
TIER_H = 20
HEADER_H = 2 * TIER_H
BAR_TOP = 5
BAR_H = 12
HANDLE_GAP = 8
HANDLE_R = 4

# Pens and brushes made once: PySide6 6.x mishandles reference counts when QPainter.setPen
# or setBrush is given a bare enum thousands of times, and shared objects are faster anyway.
NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
WHITE = QBrush(Qt.GlobalColor.white)


@dataclass(frozen=True)
class HeaderText:
    """How the header names periods, in the user's language."""

    month: Callable[[dt.date], str]  # "March 2025" / "2025年3月"
    month_short: Callable[[dt.date], str]  # "Mar" / "3月"
    quarter: Callable[[dt.date], str]  # "Q1 2025"
    year: Callable[[dt.date], str]


@dataclass
class DragPreview:
    """What the pointer is doing: a moved or resized bar, or a link being drawn."""

    row: int
    start: int | None = None  # day offsets of the ghost bar
    end: int | None = None
    link_to: QPointF | None = None  # in target coordinates
    target_row: int | None = None


def bar_x(g: RowGeometry, scale: TimeScale) -> tuple[float, float]:
    """Left and right x of a row's bar (the diamond's extent for a milestone)."""
    ppd = scale.px_per_day
    if g.milestone:
        c = (g.start + 0.5) * ppd
        return c - BAR_H / 2 - 1, c + BAR_H / 2 + 1
    return g.start * ppd, g.end * ppd


class ChartPainter:
    def __init__(self, text: HeaderText, font: QFont) -> None:
        self.text = text
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(font)
        self._brushes: dict[int, QBrush] = {}
        self._pens = {
            "grid": QPen(palette.GRID, 1),
            "arrow": QPen(palette.ARROW, 1),
            "crit_arrow": QPen(palette.CRITICAL, 1.6),
            "critical": QPen(palette.CRITICAL, 2),
            "today": QPen(palette.TODAY, 1.5, Qt.PenStyle.DashLine),
            "forecast": QPen(palette.LATE, 1, Qt.PenStyle.DashLine),
            "text": QPen(palette.TEXT),
            "header": QPen(palette.HEADER_TEXT),
            "preview": QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine),
        }

    def _brush(self, colour: QColor) -> QBrush:
        brush = self._brushes.get(colour.rgba())
        if brush is None:
            brush = self._brushes[colour.rgba()] = QBrush(colour)
        return brush

    # -- the whole picture ------------------------------------------------------------------
    def paint(self, p: QPainter, layout: GanttLayout, cal: WorkCalendar, today: dt.date,
              scale: TimeScale, x0: float, y0: float, width: int, height: int, *,
              top: int = HEADER_H, hover: int | None = None,
              preview: DragPreview | None = None, labels: bool = True) -> None:
        """Fill ``width`` × ``height`` of the target: header on top (``top`` px), rows below.

        ``x0``/``y0`` are the timeline and row coordinates shown at the rows area's top left.
        """
        p.save()
        p.setFont(self.font)
        rows_h = height - top
        p.fillRect(QRectF(0, top, width, rows_h), Qt.GlobalColor.white)
        p.translate(-x0, top - y0)
        clip = QRectF(x0, y0, width, rows_h)
        p.setClipRect(clip)
        first = max(0, int(y0 // ROW_H))
        last = min(len(layout.rows) - 1, int((y0 + rows_h) // ROW_H))
        day_lo = max(0, int(x0 // scale.px_per_day))
        day_hi = min(layout.days, int((x0 + width) // scale.px_per_day) + 1)
        self._rows_background(p, layout, first, last, x0, width)
        self._shading(p, layout, cal, scale, day_lo, day_hi, y0, rows_h)
        self._grid(p, layout, scale, day_lo, day_hi, y0, rows_h)
        self._arrows(p, layout, scale, first, last)
        for i in range(first, last + 1):
            g = layout.geometry[i]
            if g is not None:
                self._task(p, g, i * ROW_H, scale, hover == i, labels)
            else:
                self._group(p, layout, i, x0)
        t = (today - layout.origin).days
        if 0 <= t < layout.days:
            x = (t + 0.5) * scale.px_per_day
            p.setPen(self._pens["today"])
            p.drawLine(QPointF(x, y0), QPointF(x, y0 + rows_h))
        if preview is not None:
            self._preview(p, layout, preview, scale)
        p.restore()
        if top:
            self.header(p, layout, cal, scale, x0, width, top)

    # -- parts ------------------------------------------------------------------------------
    def _rows_background(self, p: QPainter, layout: GanttLayout, first: int, last: int,
                         x0: float, width: int) -> None:
        for i in range(first, last + 1):
            if layout.geometry[i] is None:
                p.fillRect(QRectF(x0, i * ROW_H, width, ROW_H), palette.GROUP_ROW)
            elif i % 2:
                p.fillRect(QRectF(x0, i * ROW_H, width, ROW_H), palette.ALT_ROW)

    def _shading(self, p: QPainter, layout: GanttLayout, cal: WorkCalendar, scale: TimeScale,
                 day_lo: int, day_hi: int, y0: float, h: int) -> None:
        ppd = scale.px_per_day
        origin = layout.origin
        if ppd >= 3:
            for d in range(day_lo, day_hi):
                day = origin + dt.timedelta(days=d)
                working = cal.is_working(day)
                if day.weekday() >= 5 and not working:
                    colour = palette.WEEKEND
                elif not working:
                    colour = palette.HOLIDAY
                elif day.weekday() >= 5:
                    colour = palette.MAKEUP
                else:
                    continue
                p.fillRect(QRectF(d * ppd, y0, ppd, h), colour)
            return
        # Zoomed out, weekends would blur the chart; holidays still show.
        for e in cal.exceptions.values():
            d = (e.day - origin).days
            if day_lo <= d < day_hi and not e.working and e.day.weekday() < 5:
                p.fillRect(QRectF(d * ppd, y0, max(ppd, 1.0), h), palette.HOLIDAY)

    def _ticks(self, layout: GanttLayout, scale: TimeScale, day_lo: int, day_hi: int,
               fine: bool) -> list[tuple[int, dt.date]]:
        """Period starts (day offset, date) in view: the lower tier when ``fine``."""
        zoom_fine = {Zoom.DAY.value: "day", Zoom.WEEK.value: "week",
                     Zoom.MONTH.value: "month", Zoom.QUARTER.value: "quarter"}
        zoom_coarse = {Zoom.DAY.value: "month", Zoom.WEEK.value: "month",
                       Zoom.MONTH.value: "year", Zoom.QUARTER.value: "year"}
        unit = (zoom_fine if fine else zoom_coarse).get(scale.px_per_day, "month")
        origin = layout.origin
        lo = origin + dt.timedelta(days=day_lo)
        hi = origin + dt.timedelta(days=day_hi)
        step: Callable[[dt.date], dt.date]
        if unit == "day":
            first, step = lo, lambda d: d + dt.timedelta(days=1)
        elif unit == "week":
            first, step = week_start(lo), lambda d: d + dt.timedelta(days=7)
        elif unit == "month":
            first, step = month_start(lo), next_month
        elif unit == "quarter":
            first, step = quarter_start(lo), next_quarter
        else:
            first, step = dt.date(lo.year, 1, 1), lambda d: dt.date(d.year + 1, 1, 1)
        out = []
        d = first
        while d <= hi:
            out.append(((d - origin).days, d))
            d = step(d)
        return out

    def _grid(self, p: QPainter, layout: GanttLayout, scale: TimeScale, day_lo: int,
              day_hi: int, y0: float, h: int) -> None:
        if scale.px_per_day == Zoom.DAY.value:
            ticks = [(o, d) for o, d in self._ticks(layout, scale, day_lo, day_hi, True)
                     if d.weekday() == 0]
        else:
            ticks = self._ticks(layout, scale, day_lo, day_hi, True)
        p.setPen(self._pens["grid"])
        for off, _d in ticks:
            x = off * scale.px_per_day
            p.drawLine(QPointF(x, y0), QPointF(x, y0 + h))

    def _arrows(self, p: QPainter, layout: GanttLayout, scale: TimeScale, first: int,
                last: int) -> None:
        geo = layout.geometry
        half = ROW_H / 2
        for ln in layout.links:
            a, b = ln.pred_row, ln.task_row
            if (a < first and b < first) or (a > last and b > last):
                continue
            pg, tg = geo[a], geo[b]
            if pg is None or tg is None:
                continue
            xs = bar_x(pg, scale)[1]
            xe = bar_x(tg, scale)[0]
            ys, ye = a * ROW_H + half, b * ROW_H + half
            p.setPen(self._pens["crit_arrow" if ln.critical else "arrow"])
            if xe - 12 >= xs:
                pts = [QPointF(xs, ys), QPointF(xs + 6, ys), QPointF(xs + 6, ye), QPointF(xe, ye)]
            else:
                mid = (b * ROW_H if b > a else (b + 1) * ROW_H)
                pts = [QPointF(xs, ys), QPointF(xs + 6, ys), QPointF(xs + 6, mid),
                       QPointF(xe - 8, mid), QPointF(xe - 8, ye), QPointF(xe, ye)]
            p.drawPolyline(pts)
            p.setBrush(self._brush(palette.CRITICAL if ln.critical else palette.ARROW))
            p.drawPolygon(QPolygonF([QPointF(xe, ye), QPointF(xe - 5, ye - 3.5),
                                     QPointF(xe - 5, ye + 3.5)]))
            p.setBrush(NO_BRUSH)

    def _colours(self, g: RowGeometry) -> tuple[QColor, QColor]:
        if g.task.done:
            return palette.BAR_DONE, palette.BAR_DONE_PROGRESS
        warn = palette.warning_colour(g.warnings)
        if warn is palette.LATE:
            return palette.LATE, palette.LATE_PROGRESS
        if warn is palette.WARN:
            return palette.WARN, palette.WARN_PROGRESS
        return palette.BAR, palette.BAR_PROGRESS

    def _task(self, p: QPainter, g: RowGeometry, y: float, scale: TimeScale, hover: bool,
              labels: bool) -> None:
        ppd = scale.px_per_day
        fill, progress = self._colours(g)
        if g.forecast is not None:
            p.setPen(self._pens["forecast"])
            p.drawRect(QRectF(g.forecast[0] * ppd, y + BAR_TOP - 2,
                              max((g.forecast[1] - g.forecast[0]) * ppd, 3), BAR_H + 4))
        x1, x2 = bar_x(g, scale)
        if g.milestone:
            cx, cy = (x1 + x2) / 2, y + BAR_TOP + BAR_H / 2
            r = BAR_H / 2 + 1
            diamond = QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy),
                                 QPointF(cx, cy + r), QPointF(cx - r, cy)])
            p.setPen(self._pens["critical"] if g.critical else NO_PEN)
            p.setBrush(self._brush(palette.MILESTONE if fill is palette.BAR else fill))
            p.drawPolygon(diamond)
        else:
            rect = QRectF(x1, y + BAR_TOP, max(x2 - x1, 2), BAR_H)
            p.setPen(NO_PEN)
            p.setBrush(self._brush(fill))
            p.drawRect(rect)
            pct = 100 if g.task.done else g.task.percent
            if pct > 0:
                p.setBrush(self._brush(progress))
                p.drawRect(QRectF(x1, rect.y() + BAR_H / 2 - 2,
                                  rect.width() * pct / 100, 4))
            if g.critical:
                p.setPen(self._pens["critical"])
                p.setBrush(NO_BRUSH)
                p.drawRect(rect.adjusted(-1, -1, 1, 1))
        if g.actual is not None:
            p.setPen(NO_PEN)
            p.setBrush(self._brush(palette.ACTUAL))
            a1, a2 = g.actual
            p.drawRect(QRectF(a1 * ppd, y + ROW_H - 5, max((a2 - a1) * ppd, 2), 3))
        p.setBrush(NO_BRUSH)
        right = x2
        if hover:
            p.setPen(QPen(palette.BAR_PROGRESS, 1.5))
            p.setBrush(WHITE)
            p.drawEllipse(QPointF(x2 + HANDLE_GAP, y + BAR_TOP + BAR_H / 2), HANDLE_R, HANDLE_R)
            p.setBrush(NO_BRUSH)
            right += HANDLE_GAP + HANDLE_R
        if labels:
            p.setPen(self._pens["text"])
            text = self.metrics.elidedText(g.task.name, Qt.TextElideMode.ElideRight, 220)
            p.drawText(QRectF(right + 12, y, 240, ROW_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _group(self, p: QPainter, layout: GanttLayout, i: int, x0: float) -> None:
        p.setPen(self._pens["header"])
        p.setFont(self.bold)
        p.drawText(QRectF(x0 + 6, i * ROW_H, 600, ROW_H),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   layout.rows[i].group_name)
        p.setFont(self.font)

    def _preview(self, p: QPainter, layout: GanttLayout, pv: DragPreview,
                 scale: TimeScale) -> None:
        y = pv.row * ROW_H
        p.setPen(self._pens["preview"])
        p.setBrush(self._brush(palette.SELECTION))
        if pv.start is not None and pv.end is not None:
            p.drawRect(QRectF(pv.start * scale.px_per_day, y + BAR_TOP - 1,
                              max((pv.end - pv.start) * scale.px_per_day, 4), BAR_H + 2))
        g = layout.geometry[pv.row]
        if pv.link_to is not None and g is not None:
            x2 = bar_x(g, scale)[1]
            if pv.target_row is not None:
                p.fillRect(QRectF(0, pv.target_row * ROW_H, layout.days * scale.px_per_day,
                                  ROW_H), palette.SELECTION)
            p.drawLine(QPointF(x2 + HANDLE_GAP, y + BAR_TOP + BAR_H / 2), pv.link_to)
        p.setBrush(NO_BRUSH)

    def header(self, p: QPainter, layout: GanttLayout, cal: WorkCalendar, scale: TimeScale,
               x0: float, width: int, top: int = HEADER_H) -> None:
        p.save()
        p.setClipRect(QRectF(0, 0, width, top))
        p.fillRect(QRectF(0, 0, width, top), palette.HEADER_BG)
        p.translate(-x0, 0)
        ppd = scale.px_per_day
        day_lo = max(0, int(x0 // ppd))
        day_hi = min(layout.days, int((x0 + width) // ppd) + 1)
        p.setPen(self._pens["grid"])
        p.drawLine(QPointF(x0, TIER_H), QPointF(x0 + width, TIER_H))
        p.drawLine(QPointF(x0, top - 1), QPointF(x0 + width, top - 1))
        for tier, fine in ((0, False), (1, True)):
            ticks = self._ticks(layout, scale, day_lo, day_hi, fine)
            for k, (off, d) in enumerate(ticks):
                end = ticks[k + 1][0] if k + 1 < len(ticks) else day_hi + 40
                x, xe = off * ppd, end * ppd
                p.setPen(self._pens["grid"])
                p.drawLine(QPointF(x, tier * TIER_H), QPointF(x, (tier + 1) * TIER_H))
                label = self._label(scale, d, fine)
                if fine and ppd == Zoom.DAY.value and not cal.is_working(d):
                    p.fillRect(QRectF(x, TIER_H, ppd, TIER_H), palette.WEEKEND)
                p.setPen(self._pens["header"])
                # A long upper period keeps its label in view while scrolling.
                lx = max(x, x0) if not fine else x
                p.drawText(QRectF(lx + 3, tier * TIER_H, max(xe - lx - 4, 0), TIER_H),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        p.restore()

    def _label(self, scale: TimeScale, d: dt.date, fine: bool) -> str:
        ppd = scale.px_per_day
        if not fine:
            return self.text.month(d) if ppd >= Zoom.WEEK.value else self.text.year(d)
        if ppd == Zoom.DAY.value:
            return str(d.day)
        if ppd == Zoom.WEEK.value:
            return f"{d.month}/{d.day}"
        if ppd == Zoom.MONTH.value:
            return self.text.month_short(d)
        return self.text.quarter(d)
