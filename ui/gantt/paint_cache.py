"""What the chart paints, worked out once per layout and zoom and then only looked up.

A repaint must cost the same for 50 rows as for 5,000, so nothing here is built for the
whole plan up front: a row's rectangles are made the first time the row comes into view
and kept until the layout or the zoom changes (a new layout is a new ``ZoomCache``). The
links are indexed by blocks of rows, so a frame looks at the links near the rows in view
instead of walking all of them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPolygonF

from app.schedule.calendar import HOLIDAY, WorkCalendar
from ui.gantt import palette
from ui.gantt.bar_geometry import GanttLayout, RowGeometry

ROW_H = 24
BAR_TOP = 5
BAR_H = 12
LINK_BLOCK = 32  # rows per block of the link index
DASH, GAP = 4, 2  # the forecast outline's dashes, in pixels
BASELINE_TOP = ROW_H - 3  # the reference baseline's 2-pixel bar, under the actual line

# Kinds of shaded day: the colour, laid over the row backgrounds.
SHADE_COLOURS = (palette.WEEKEND, palette.HOLIDAY, palette.MAKEUP)


def bar_x(g: RowGeometry, px_per_day: float) -> tuple[float, float]:
    """Left and right x of a row's bar (the diamond's extent for a milestone)."""
    if g.milestone:
        c = (g.start + 0.5) * px_per_day
        return c - BAR_H / 2 - 1, c + BAR_H / 2 + 1
    return g.start * px_per_day, g.end * px_per_day


def colours(g: RowGeometry) -> tuple[QColor, QColor]:
    """Fill and progress colours of a bar: done green, late red, early warning orange."""
    if g.task.done:
        return palette.BAR_DONE, palette.BAR_DONE_PROGRESS
    warn = palette.warning_colour(g.warnings)
    if warn is palette.LATE:
        return palette.LATE, palette.LATE_PROGRESS
    if warn is palette.WARN:
        return palette.WARN, palette.WARN_PROGRESS
    return palette.BAR, palette.BAR_PROGRESS


def dashed_outline(x: int, y: int, w: int, h: int) -> tuple[QRectF, ...]:
    """A 1-pixel frame of whole pixels as four filled strips: top and bottom, then left and
    right. The painter fills them with ``dash_brush``, whose pattern is anchored at the
    chart's origin, so every strip of a repaint cuts the same dashes. A dashed pen cannot
    do this (Qt restarts its pattern where a clipped line enters the painted strip, so
    after a scroll the blitted and the newly painted parts disagreed), and one rectangle
    per dash cost half a millisecond per late task to make."""
    right, bottom = x + w - 1, y + h - 1
    return (QRectF(x, y, w, 1), QRectF(x, bottom, w, 1),
            QRectF(x, y + 1, 1, bottom - y - 1), QRectF(right, y + 1, 1, bottom - y - 1))


def dash_brush(colour: QColor, vertical: bool) -> QBrush:
    """DASH pixels of ``colour``, GAP clear, repeating along x (or y when ``vertical``)
    from the chart's origin."""
    period = DASH + GAP
    image = QImage(1 if vertical else period, period if vertical else 1,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    for k in range(DASH):
        image.setPixelColor(0 if vertical else k, k if vertical else 0, colour)
    return QBrush(image)


@dataclass(frozen=True)
class RowPaint:
    """One task row's shapes in chart coordinates at one zoom."""

    fill: QColor
    bar: QRectF | None  # None for a milestone
    progress: QRectF | None
    progress_fill: QColor
    outline: QRectF | None  # the critical path's frame
    diamond: QPolygonF | None
    forecast: tuple[QRectF, ...]  # the late task's forecast outline: see dashed_outline
    actual: QRectF | None
    baseline: QRectF | None  # the thin grey bar of the reference baseline, under the bar
    right: float  # x of the bar's end: the link handle and the label go after it
    critical: bool


@dataclass(frozen=True)
class LinkPaint:
    line: QPolygonF
    head: QPolygonF
    critical: bool


def row_paint(g: RowGeometry, i: int, ppd: float) -> RowPaint:
    y = i * ROW_H
    fill, progress = colours(g)
    x1, x2 = bar_x(g, ppd)
    forecast: tuple[QRectF, ...] = ()
    if g.forecast is not None:
        f1, f2 = round(g.forecast[0] * ppd), round(g.forecast[1] * ppd)
        forecast = dashed_outline(f1, y + BAR_TOP - 2, max(f2 - f1, 3) + 1, BAR_H + 5)
    actual = None
    if g.actual is not None:
        a1, a2 = g.actual
        actual = QRectF(a1 * ppd, y + ROW_H - 5, max((a2 - a1) * ppd, 2), 3)
    baseline = None
    if g.baseline is not None:  # at the foot of the row, below the actual line
        b1, b2 = g.baseline
        if g.milestone:  # a short mark centred on the saved day
            baseline = QRectF((b1 + 0.5) * ppd - BAR_H / 2, y + BASELINE_TOP, BAR_H, 2)
        else:
            baseline = QRectF(b1 * ppd, y + BASELINE_TOP, max((b2 - b1) * ppd, 2), 2)
    if g.milestone:
        cx, cy, r = (x1 + x2) / 2, y + BAR_TOP + BAR_H / 2, BAR_H / 2 + 1
        diamond = QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                             QPointF(cx - r, cy)])
        return RowPaint(palette.MILESTONE if fill is palette.BAR else fill, None, None,
                        progress, None, diamond, forecast, actual, baseline, x2, g.critical)
    bar = QRectF(x1, y + BAR_TOP, max(x2 - x1, 2), BAR_H)
    pct = 100 if g.task.done else g.task.percent
    bar_progress = None
    if pct > 0:
        bar_progress = QRectF(x1, y + BAR_TOP + BAR_H / 2 - 2, bar.width() * pct / 100, 4)
    outline = bar.adjusted(-1, -1, 1, 1) if g.critical else None
    return RowPaint(fill, bar, bar_progress, progress, outline, None, forecast, actual,
                    baseline, x2, g.critical)


def link_paint(layout: GanttLayout, k: int, ppd: float) -> LinkPaint | None:
    ln = layout.links[k]
    a, b = ln.pred_row, ln.task_row
    pg, tg = layout.geometry[a], layout.geometry[b]
    if pg is None or tg is None:
        return None
    xs = bar_x(pg, ppd)[1]
    xe = bar_x(tg, ppd)[0]
    half = ROW_H / 2
    ys, ye = a * ROW_H + half, b * ROW_H + half
    if xe - 12 >= xs:
        pts = [QPointF(xs, ys), QPointF(xs + 6, ys), QPointF(xs + 6, ye), QPointF(xe, ye)]
    else:
        mid = b * ROW_H if b > a else (b + 1) * ROW_H
        pts = [QPointF(xs, ys), QPointF(xs + 6, ys), QPointF(xs + 6, mid),
               QPointF(xe - 8, mid), QPointF(xe - 8, ye), QPointF(xe, ye)]
    head = QPolygonF([QPointF(xe, ye), QPointF(xe - 5, ye - 3.5), QPointF(xe - 5, ye + 3.5)])
    return LinkPaint(QPolygonF(pts), head, ln.critical)


class LayoutIndex:
    """Zoom-free lookups of one layout: links by row block, shaded days by offset."""

    def __init__(self, layout: GanttLayout, cal: WorkCalendar) -> None:
        self.layout = layout
        self.calendar = cal
        blocks: list[list[int]] = [[] for _ in range(len(layout.rows) // LINK_BLOCK + 1)]
        self._spans: list[tuple[int, int]] = []
        for k, ln in enumerate(layout.links):
            lo, hi = min(ln.pred_row, ln.task_row), max(ln.pred_row, ln.task_row)
            self._spans.append((lo, hi))
            for b in range(lo // LINK_BLOCK, hi // LINK_BLOCK + 1):
                blocks[b].append(k)
        self._blocks = blocks
        runs = cal.off_runs(layout.origin, layout.days)
        self.shade_runs = runs
        self._run_ends = [r[1] for r in runs]
        self.holidays = [r for r in runs if r[2] == HOLIDAY]

    def links_between(self, first: int, last: int) -> list[int]:
        """Indices of the links that touch rows ``first``…``last``, each once."""
        if not self._blocks or last < first:
            return []
        b0 = max(0, first // LINK_BLOCK)
        b1 = min(len(self._blocks) - 1, last // LINK_BLOCK)
        spans = self._spans
        out = []
        for b in range(b0, b1 + 1):
            start = b * LINK_BLOCK
            for k in self._blocks[b]:
                lo, hi = spans[k]
                # A link sits in every block it crosses: take it in the first one in view.
                if (b == b0 or lo >= start) and hi >= first and lo <= last:
                    out.append(k)
        return out

    def shading_between(self, day_lo: int, day_hi: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_right(self._run_ends, day_lo)
        out = []
        runs = self.shade_runs
        while i < len(runs) and runs[i][0] < day_hi:
            out.append(runs[i])
            i += 1
        return out


class ZoomCache:
    """The rows' and links' shapes at one zoom, made as they come into view."""

    def __init__(self, index: LayoutIndex, px_per_day: float) -> None:
        self.index = index
        self.ppd = px_per_day
        self._rows: dict[int, RowPaint] = {}
        self._links: dict[int, LinkPaint | None] = {}

    def row(self, i: int) -> RowPaint | None:
        found = self._rows.get(i)
        if found is None:
            g = self.index.layout.geometry[i]
            if g is None:
                return None
            found = self._rows[i] = row_paint(g, i, self.ppd)
        return found

    def link(self, k: int) -> LinkPaint | None:
        if k in self._links:
            return self._links[k]
        found = self._links[k] = link_paint(self.index.layout, k, self.ppd)
        return found
