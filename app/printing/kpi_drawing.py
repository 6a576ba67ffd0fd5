"""Form 5's before/after chart drawn straight onto the PDF page.

Each KPI gets a small panel with its own scale (KPIs have different units), drawn from
``app.charts.kpi_content.kpi_panel`` — the same values, labels, colours and verdicts as
the matplotlib chart on the evaluation tab. Vectors in the embedded fonts instead of a
PNG: sharp, searchable, and a hundredth of the time.

``KpiChart`` is one platypus flowable for all panels; a row of panels that does not fit
under the table goes over to the next page, the headline repeated above it. When the
sheet's sign-off block comes next (``keep_room``), the panels grow shorter, down to
``MIN_PANEL_H``, where that keeps the block on the chart's page instead of one of its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from app.charts import palette
from app.charts.kpi_content import KpiPanel, wrap_name
from app.printing.drawing import colour, draw_middle
from app.printing.textcell import text_width

HEAD_H = 20.0
PANEL_H = 130.0
MIN_PANEL_H = 86.0  # how far the panels give way to the sign-off block after them
MIN_PANEL_W, MAX_PANEL_W = 150.0, 240.0
NAME_PT, SMALL_PT, VALUE_PT, VERDICT_PT = 9.0, 6.5, 7.0, 8.0
GRID = "#e6e6e6"
AXIS = "#9e9e9e"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values between ``low`` and ``high`` for the value axis, about ``count``."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(low / step - 1e-9) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step + 1e-9) + 1)]


def tick_text(value: float) -> str:
    return f"{value:g}"


class KpiChart(Flowable):
    """Panels ``first``…``end - 1`` under the chart's headline, in rows across the width."""

    def __init__(self, panels: Sequence[KpiPanel], headline: str, headline_colour: str,
                 first: int = 0, end: int | None = None, keep_room: float = 0.0) -> None:
        super().__init__()
        self.panels = list(panels)
        self.headline = headline
        self.headline_colour = headline_colour
        self.first = first
        self.end = len(self.panels) if end is None else end
        self.keep_room = keep_room  # height of what should follow on the same page
        self.panel_h = PANEL_H

    def _columns(self, width: float) -> int:
        """Panels per row: as many as fit, then evened out (5 KPIs: one row of 5; 6:
        two rows of 3, not 5 and 1)."""
        n = len(self.panels)
        most = max(1, int(width // MIN_PANEL_W))
        rows = math.ceil(n / most)
        return max(1, math.ceil(n / rows))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.cols = self._columns(avail_width)
        self.panel_w = min(MAX_PANEL_W, avail_width / self.cols)
        rows = math.ceil((self.end - self.first) / self.cols)
        self.panel_h = PANEL_H
        if self.keep_room and rows and HEAD_H + rows * PANEL_H + self.keep_room > avail_height:
            fits = (avail_height - self.keep_room - HEAD_H) / rows
            if fits >= MIN_PANEL_H:
                self.panel_h = fits
        self.height = HEAD_H + rows * self.panel_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        rows = int((avail_height - HEAD_H) // PANEL_H)
        total = math.ceil((self.end - self.first) / self.cols)
        if rows < 1 or rows >= total:
            return []  # nothing fits here (platypus goes on a page), or all of it does
        cut = self.first + rows * self.cols
        return [KpiChart(self.panels, self.headline, self.headline_colour, self.first, cut),
                KpiChart(self.panels, self.headline, self.headline_colour, cut, self.end,
                         self.keep_room)]

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(colour(self.headline_colour))
        draw_middle(canv, self.width / 2, self.height - HEAD_H / 2, self.headline, 10,
                    "centre")
        shown = self.panels[self.first:self.end]
        row_w = self.panel_w * min(self.cols, len(shown))
        left = (self.width - row_w) / 2
        for i, panel in enumerate(shown):
            row, col = divmod(i, self.cols)
            canv.saveState()
            canv.translate(left + col * self.panel_w,
                           self.height - HEAD_H - (row + 1) * self.panel_h)
            _draw_panel(canv, panel, self.panel_w - 12, self.panel_h)
            canv.restoreState()


def _draw_panel(canv: Any, panel: KpiPanel, w: float, h: float) -> None:
    """One KPI in a ``w`` × ``h`` box whose lower left corner is the origin."""
    x0 = 6.0
    canv.setFillColor(colour(palette.TEXT))
    columns = max(8, int((w - 8) / (NAME_PT / 2)))
    lines = wrap_name(panel.name, columns).split("\n")
    line_h = NAME_PT * 1.2
    for n, line in enumerate(lines):
        draw_middle(canv, x0 + w / 2, h - 7 - n * line_h, line, NAME_PT, "centre")
    canv.setFillColor(colour(palette.MUTED))
    draw_middle(canv, x0 + w / 2, h - 7 - len(lines) * line_h - 0.5, panel.direction,
                SMALL_PT, "centre")
    # The plot: value axis on the left, three bars, labels under it, the verdict last.
    plot_top, plot_bottom = h - (42 if h >= 120 else 34), 30.0  # short: less air on top
    ticks = nice_ticks(panel.low, panel.high, max(2, min(5, int((plot_top - plot_bottom) // 11))))
    tick_w = max(text_width(tick_text(t), SMALL_PT - 0.5) for t in ticks)
    px, pw = x0 + tick_w + 4, w - tick_w - 4
    scale = (plot_top - plot_bottom) / (panel.high - panel.low)

    def vy(value: float) -> float:
        return plot_bottom + (value - panel.low) * scale

    canv.setStrokeColor(colour(GRID))
    canv.setLineWidth(0.5)
    canv.lines([(px, vy(t), px + pw, vy(t)) for t in ticks])
    canv.setFillColor(colour(palette.MUTED))
    for t in ticks:
        draw_middle(canv, px - 3, vy(t), tick_text(t), SMALL_PT - 0.5, "right")
    slot = pw / 3
    bar_w = slot * 0.62
    zero = vy(max(panel.low, 0.0))
    for i, c in enumerate(panel.columns):
        bx = px + i * slot + (slot - bar_w) / 2
        y1, y2 = sorted((zero, vy(c.height)))
        if c.value is not None and y2 - y1 > 0:
            canv.setFillColor(colour(c.face))
            canv.setStrokeColor(colour(c.edge))
            canv.setLineWidth(0.9)
            canv.rect(bx, y1, bar_w, y2 - y1, stroke=1, fill=1)
            if c.hatched:
                _hatch(canv, bx, y1, bar_w, y2 - y1, c.edge)
    canv.setStrokeColor(colour(AXIS))
    canv.setLineWidth(0.7)
    canv.line(px, vy(panel.low), px + pw, vy(panel.low))
    if panel.target is not None:
        canv.setStrokeColor(colour(palette.TARGET_EDGE))
        canv.setLineWidth(0.7)
        canv.setDash(3, 2)
        canv.line(px, vy(panel.target), px + pw, vy(panel.target))
        canv.setDash()
    for i, c in enumerate(panel.columns):
        cx = px + (i + 0.5) * slot
        top = vy(c.value if c.value is not None and c.value >= 0 else 0.0) + 2
        tw = text_width(c.text, VALUE_PT)
        canv.setFillColor(colour("#ffffff"))
        canv.rect(cx - tw / 2 - 1.5, top, tw + 3, VALUE_PT + 1.5, stroke=0, fill=1)
        canv.setFillColor(colour(palette.TEXT))
        draw_middle(canv, cx, top + (VALUE_PT + 1.5) / 2, c.text, VALUE_PT, "centre")
        draw_middle(canv, cx, plot_bottom - 8, c.label, VALUE_PT, "centre")
    canv.setFillColor(colour(panel.verdict_colour))
    draw_middle(canv, x0 + w / 2, 8, panel.verdict, VERDICT_PT, "centre")


def _hatch(canv: Any, x: float, y: float, w: float, h: float, edge: str) -> None:
    """Diagonal hatching inside a bar, as the target's bar is drawn on screen."""
    canv.saveState()
    clip = canv.beginPath()
    clip.rect(x, y, w, h)
    canv.clipPath(clip, stroke=0, fill=0)
    canv.setStrokeColor(colour(edge))
    canv.setLineWidth(0.4)
    step = 3.5
    canv.lines([(x + d, y, x + d + h, y + h) for d in _frange(-h, w, step)])
    canv.restoreState()


def _frange(start: float, stop: float, step: float) -> list[float]:
    return [start + i * step for i in range(int((stop - start) / step) + 1)]
