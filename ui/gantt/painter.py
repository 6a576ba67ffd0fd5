"""Drawing the timeline: header, shading, rows, bars, arrows, today line.

One painter serves the widget and the PNG/PDF export; it only ever walks the rows and
days inside the rectangle it is asked to fill, which keeps a repaint within a few
milliseconds however long the plan is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from app.schedule.calendar import HOLIDAY, MAKEUP, WEEKEND, WorkCalendar
from app.schedule.data import TaskData
from ui.gantt import palette
from ui.gantt.bar_geometry import GanttLayout, RowGeometry
from ui.gantt.paint_cache import (
    BAR_H,
    BAR_TOP,
    ROW_H,
    SHADE_COLOURS,
    LayoutIndex,
    RowPaint,
    ZoomCache,
    dash_brush,
)
from ui.gantt.paint_cache import bar_x as _bar_x
from ui.gantt.timescale import (
    TimeScale,
    Zoom,
    month_start,
    next_month,
    next_quarter,
    quarter_start,
    week_start,
)

TIER_H = 20
HEADER_H = 2 * TIER_H
HANDLE_GAP = 8
HANDLE_R = 4
LABEL_W = 220  # a task's name beside its bar is cut to this width

__all__ = ["BAR_H", "BAR_TOP", "ROW_H", "ChartPainter", "DragPreview", "HeaderText", "bar_x"]

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


def blend(over: QColor, base: QColor) -> QColor:
    """The opaque colour of translucent ``over`` laid on opaque ``base``."""
    a = over.alphaF()
    return QColor.fromRgbF(over.redF() * a + base.redF() * (1 - a),
                           over.greenF() * a + base.greenF() * (1 - a),
                           over.blueF() * a + base.blueF() * (1 - a))


def bar_x(g: RowGeometry, scale: TimeScale) -> tuple[float, float]:
    """Left and right x of a row's bar (the diamond's extent for a milestone)."""
    return _bar_x(g, scale.px_per_day)


class ChartPainter:
    def __init__(self, text: HeaderText, font: QFont) -> None:
        self.text = text
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(font)
        bold_metrics = QFontMetrics(self.bold)
        # Baselines that centre one line of text in a row or a header tier.
        self._row_base = (ROW_H - self.metrics.height()) / 2 + self.metrics.ascent()
        self._group_base = (ROW_H - bold_metrics.height()) / 2 + bold_metrics.ascent()
        self._tier_base = (TIER_H - self.metrics.height()) / 2 + self.metrics.ascent()
        self._brushes: dict[int, QBrush] = {}
        self._dashes = (dash_brush(palette.LATE, False), dash_brush(palette.LATE, True))
        self._pens = {
            "grid": QPen(palette.GRID, 1),
            "arrow": QPen(palette.ARROW, 1),
            "crit_arrow": QPen(palette.CRITICAL, 1.6),
            "critical": QPen(palette.CRITICAL, 2),
            "today": QPen(palette.TODAY, 1.5, Qt.PenStyle.DashLine),
            "text": QPen(palette.TEXT),
            "header": QPen(palette.HEADER_TEXT),
            "preview": QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine),
            "handle": QPen(palette.BAR_PROGRESS, 1.5),
        }
        today = self._pens["today"]
        self._today_period = sum(today.dashPattern()) * today.widthF()
        self._index: LayoutIndex | None = None
        self._zooms: dict[float, ZoomCache] = {}
        self._elided: dict[int, tuple[str, str]] = {}  # task id -> (name, elided name)

    def _brush(self, colour: QColor) -> QBrush:
        brush = self._brushes.get(colour.rgba())
        if brush is None:
            brush = self._brushes[colour.rgba()] = QBrush(colour)
        return brush

    def cache(self, layout: GanttLayout, cal: WorkCalendar, px_per_day: float) -> ZoomCache:
        """The shapes of ``layout`` at one zoom; a new layout or calendar drops the old."""
        index = self._index
        if index is None or index.layout is not layout or index.calendar is not cal:
            index = self._index = LayoutIndex(layout, cal)
            self._zooms = {}
        zc = self._zooms.get(px_per_day)
        if zc is None:
            zc = self._zooms[px_per_day] = ZoomCache(index, px_per_day)
        return zc

    def warm(self, layout: GanttLayout, cal: WorkCalendar, px_per_day: float, first: int,
             last: int) -> None:
        """Work out rows ``first``…``last``'s shapes, links and labels ahead of painting."""
        zc = self.cache(layout, cal, px_per_day)
        for i in range(first, min(last, len(layout.rows) - 1) + 1):
            g = layout.geometry[i]
            if g is not None:
                zc.row(i)
                self._label(g.task)
        for k in zc.index.links_between(first, last):
            zc.link(k)

    def _label(self, task: TaskData) -> str:
        known = self._elided.get(task.id)
        if known is None or known[0] != task.name:
            known = self._elided[task.id] = (task.name, self.metrics.elidedText(
                task.name, Qt.TextElideMode.ElideRight, LABEL_W))
        return known[1]

    # -- the whole picture ------------------------------------------------------------------
    def paint(self, p: QPainter, layout: GanttLayout, cal: WorkCalendar, today: dt.date,
              scale: TimeScale, x0: float, y0: float, width: int, height: int, *,
              top: int = HEADER_H, hover: int | None = None,
              preview: DragPreview | None = None, labels: bool = True,
              area: QRect | None = None) -> None:
        """Fill ``width`` × ``height`` of the target: header on top (``top`` px), rows below.

        ``x0``/``y0`` are the timeline and row coordinates shown at the rows area's top left;
        only ``area`` (target coordinates; default all) is painted, and only the rows and
        days inside it are looked at.
        """
        ax, ay = (0, 0) if area is None else (area.x(), area.y())
        aw, ah = (width, height) if area is None else (area.width(), area.height())
        ax, aw = max(ax, 0), min(ax + aw, width) - max(ax, 0)
        bottom = min(ay + ah, height)
        if bottom > top and aw > 0:
            ry = max(ay, top)
            self._rows_area(p, layout, cal, today, scale, x0, y0, top,
                            QRectF(x0 + ax, y0 + ry - top, aw, bottom - ry), hover, preview,
                            labels)
        if top and ay < top and aw > 0:
            self.header(p, layout, cal, scale, x0, width, top, ax, aw)

    def _rows_area(self, p: QPainter, layout: GanttLayout, cal: WorkCalendar, today: dt.date,
                   scale: TimeScale, x0: float, y0: float, top: int, clip: QRectF,
                   hover: int | None, preview: DragPreview | None, labels: bool) -> None:
        """Paint the rows inside ``clip`` (chart coordinates: x in px, y from the first row)."""
        p.save()
        p.translate(-x0, top - y0)
        p.setClipRect(clip)
        p.setFont(self.font)
        ppd = scale.px_per_day
        zc = self.cache(layout, cal, ppd)
        cy, ch = clip.y(), clip.height()
        first = max(0, int(cy // ROW_H))
        last = min(len(layout.rows) - 1, int((cy + ch - 1) // ROW_H))
        day_lo = max(0, int(clip.x() // ppd))
        day_hi = min(layout.days, int((clip.x() + clip.width()) // ppd) + 1)
        self._background(p, layout, zc, first, last, day_lo, day_hi, clip)
        self._grid(p, layout, scale, day_lo, day_hi, cy, ch)
        self._arrows(p, zc, first, last)
        self._bars(p, zc, layout, first, last, hover, labels, x0)
        t = (today - layout.origin).days
        if 0 <= t < layout.days:
            x = (t + 0.5) * ppd
            # Dashes start on a multiple of their period, so strips painted apart (after a
            # scroll moved the rest) join up.
            ys = cy - cy % self._today_period
            p.setPen(self._pens["today"])
            p.drawLine(QPointF(x, ys), QPointF(x, cy + ch))
        if preview is not None:
            self._preview(p, layout, preview, scale)
        p.restore()

    # -- parts ------------------------------------------------------------------------------
    def _background(self, p: QPainter, layout: GanttLayout, zc: ZoomCache, first: int,
                    last: int, day_lo: int, day_hi: int, clip: QRectF) -> None:
        """Row stripes, measure headings and shaded days, all in opaque colours: blending
        a translucent shade over the rows costs ten times more per pixel."""
        geo = layout.geometry
        x, w, y, h = clip.x(), clip.width(), clip.y(), clip.height()
        ppd = zc.ppd
        p.setPen(NO_PEN)
        p.fillRect(clip, WHITE)
        stripes = [i for i in range(first | 1, last + 1, 2) if geo[i] is not None]
        groups = [i for i in range(first, last + 1) if geo[i] is None]
        runs = zc.index.shading_between(day_lo, day_hi)
        if ppd < 3:  # zoomed out, weekends would blur the chart; holidays still show
            runs = [r for r in runs if r[2] == HOLIDAY]
        for base, rows in ((palette.ALT_ROW, stripes), (palette.GROUP_ROW, groups)):
            if rows:
                p.setBrush(self._brush(base))
                p.drawRects([QRectF(x, i * ROW_H, w, ROW_H) for i in rows])
        for kind in (WEEKEND, HOLIDAY, MAKEUP):
            cols = [(d0 * ppd, max((d1 - d0) * ppd, 1.0)) for d0, d1, k in runs if k == kind]
            if not cols:
                continue
            shade = SHADE_COLOURS[kind]
            p.setBrush(self._brush(blend(shade, palette.WHITE)))
            p.drawRects([QRectF(cx, y, cw, h) for cx, cw in cols])
            for base, rows in ((palette.ALT_ROW, stripes), (palette.GROUP_ROW, groups)):
                if rows:
                    p.setBrush(self._brush(blend(shade, base)))
                    p.drawRects([QRectF(cx, i * ROW_H, cw, ROW_H) for cx, cw in cols
                                 for i in rows])

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
              day_hi: int, y: float, h: float) -> None:
        ppd = scale.px_per_day
        if ppd == Zoom.DAY.value:
            # Mondays: the first Monday on or after day_lo, then every 7 days.
            first = day_lo + (-(layout.origin.weekday() + day_lo)) % 7
            offsets: Iterable[int] = range(first, day_hi + 1, 7)
        else:
            offsets = [o for o, _d in self._ticks(layout, scale, day_lo, day_hi, True)]
        lines = [QLineF(o * ppd, y, o * ppd, y + h) for o in offsets]
        if lines:
            p.setPen(self._pens["grid"])
            p.drawLines(lines)

    def _arrows(self, p: QPainter, zc: ZoomCache, first: int, last: int) -> None:
        found = [zc.link(k) for k in zc.index.links_between(first, last)]
        for critical in (False, True):
            shapes = [lp for lp in found if lp is not None and lp.critical is critical]
            if not shapes:
                continue
            colour = palette.CRITICAL if critical else palette.ARROW
            p.setPen(self._pens["crit_arrow" if critical else "arrow"])
            p.setBrush(NO_BRUSH)
            for lp in shapes:
                p.drawPolyline(lp.line)
            p.setBrush(self._brush(colour))
            for lp in shapes:
                p.drawPolygon(lp.head)
        p.setBrush(NO_BRUSH)

    def _bars(self, p: QPainter, zc: ZoomCache, layout: GanttLayout, first: int, last: int,
              hover: int | None, labels: bool, x0: float) -> None:
        """Bars of the rows in view, drawn a colour at a time."""
        shown: list[tuple[int, RowPaint]] = []
        groups: list[int] = []
        for i in range(first, last + 1):
            rp = zc.row(i)
            if rp is None:
                groups.append(i)
            else:
                shown.append((i, rp))
        forecasts = [rp.forecast for _, rp in shown if rp.forecast]
        p.setPen(NO_PEN)
        if forecasts:
            p.setBrush(self._dashes[0])
            p.drawRects([r for f in forecasts for r in f[:2]])
            p.setBrush(self._dashes[1])
            p.drawRects([r for f in forecasts for r in f[2:]])
        fills: dict[int, tuple[QColor, list[QRectF]]] = {}
        for _, rp in shown:
            if rp.bar is not None:
                fills.setdefault(rp.fill.rgba(), (rp.fill, []))[1].append(rp.bar)
        for _, rp in shown:
            if rp.progress is not None:
                fills.setdefault(rp.progress_fill.rgba(), (rp.progress_fill, []))[1].append(
                    rp.progress)
        for colour, rects in fills.values():
            p.setBrush(self._brush(colour))
            p.drawRects(rects)
        outlines = [rp.outline for _, rp in shown if rp.outline is not None]
        if outlines:
            p.setPen(self._pens["critical"])
            p.setBrush(NO_BRUSH)
            p.drawRects(outlines)
        for _, rp in shown:
            if rp.diamond is not None:
                p.setPen(self._pens["critical"] if rp.critical else NO_PEN)
                p.setBrush(self._brush(rp.fill))
                p.drawPolygon(rp.diamond)
        actual = [rp.actual for _, rp in shown if rp.actual is not None]
        if actual:
            p.setPen(NO_PEN)
            p.setBrush(self._brush(palette.ACTUAL))
            p.drawRects(actual)
        saved = [rp.baseline for _, rp in shown if rp.baseline is not None]
        if saved:
            p.setPen(NO_PEN)
            p.setBrush(self._brush(palette.BASELINE))
            p.drawRects(saved)
        p.setBrush(NO_BRUSH)
        for i, rp in shown:
            if i == hover:
                p.setPen(self._pens["handle"])
                p.setBrush(WHITE)
                p.drawEllipse(QPointF(rp.right + HANDLE_GAP, i * ROW_H + BAR_TOP + BAR_H / 2),
                              HANDLE_R, HANDLE_R)
                p.setBrush(NO_BRUSH)
        if labels and shown:
            p.setPen(self._pens["text"])
            geo = layout.geometry
            for i, rp in shown:
                gap = HANDLE_GAP + HANDLE_R if i == hover else 0
                g = geo[i]
                assert g is not None
                p.drawText(QPointF(rp.right + gap + 12, i * ROW_H + self._row_base),
                           self._label(g.task))
        if groups:
            p.setPen(self._pens["header"])
            p.setFont(self.bold)
            for i in groups:
                # The measure's name stays at the left edge in view.
                p.drawText(QPointF(x0 + 6, i * ROW_H + self._group_base),
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
               x0: float, width: int, top: int = HEADER_H, ax: int = 0,
               aw: int | None = None) -> None:
        """The two tiers of period names; only the columns ``ax``…``ax + aw`` are painted."""
        aw = width if aw is None else aw
        p.save()
        p.setFont(self.font)
        p.setClipRect(QRectF(ax, 0, aw, top))
        p.fillRect(QRectF(ax, 0, aw, top), self._brush(palette.HEADER_BG))
        p.translate(-x0, 0)
        ppd = scale.px_per_day
        cx = x0 + ax
        day_lo = max(0, int(cx // ppd))
        day_hi = min(layout.days, int((cx + aw) // ppd) + 1)
        grid = [QLineF(cx, TIER_H, cx + aw, TIER_H), QLineF(cx, top - 1, cx + aw, top - 1)]
        fine_ticks = self._ticks(layout, scale, day_lo, day_hi, True)
        if ppd == Zoom.DAY.value:
            off_days = [QRectF(o * ppd, TIER_H, ppd, TIER_H) for o, d in fine_ticks
                        if not cal.is_working(d)]
            if off_days:
                p.setPen(NO_PEN)
                p.setBrush(self._brush(palette.WEEKEND))
                p.drawRects(off_days)
                p.setBrush(NO_BRUSH)
        coarse_ticks = self._ticks(layout, scale, day_lo, day_hi, False)
        grid += [QLineF(o * ppd, 0, o * ppd, TIER_H) for o, _d in coarse_ticks]
        grid += [QLineF(o * ppd, TIER_H, o * ppd, 2 * TIER_H) for o, _d in fine_ticks]
        p.setPen(self._pens["grid"])
        p.drawLines(grid)
        p.setPen(self._pens["header"])
        # A long upper period keeps its name in view while scrolling, cut at its end.
        for k, (off, d) in enumerate(coarse_ticks):
            end = coarse_ticks[k + 1][0] if k + 1 < len(coarse_ticks) else day_hi + 40
            lx = max(off * ppd, x0)
            p.drawText(QRectF(lx + 3, 0, max(end * ppd - lx - 4, 0), TIER_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self._period(scale, d, False))
        # A lower period is always wide enough for its name.
        for off, d in fine_ticks:
            p.drawText(QPointF(off * ppd + 3, TIER_H + self._tier_base),
                       self._period(scale, d, True))
        p.restore()

    def _period(self, scale: TimeScale, d: dt.date, fine: bool) -> str:
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
