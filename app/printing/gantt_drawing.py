"""The Gantt chart drawn straight onto the PDF page: vector bars, text in the embedded
fonts, and a page of rows at a time on one time axis.

It replaced matplotlib figures saved as PNG, which took 20 s for 500 tasks; drawing the
same chart with canvas operators takes a few hundredths of a second, stays sharp at any
zoom, and its task names can be searched and copied out of the PDF.

``GanttChart`` is one platypus flowable for all rows: when it does not fit in the space
left on a page, it splits into the rows that fit and the rest, so the chart fills every
page and a note above it (a dependency loop) simply pushes it down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from app.charts import palette
from app.i18n import tr
from app.printing import fonts
from app.printing.drawing import colour, diamond, elide
from app.printing.gantt_plan import (
    Bar,
    ChartRow,
    GanttPlan,
    Period,
    choose_units,
    periods,
)
from app.printing.textcell import text_width
from app.schedule.calendar import HOLIDAY, MAKEUP, WEEKEND

ROW_H = 12.5
TIER_H = 11.0
HEADER_H = 2 * TIER_H
LEGEND_H = 24.0
NAME_SIZE = 7.5
SMALL = 6.5
BAR_H = 6.8
BASELINE_H = 1.0  # the reference baseline's thin grey bar, at the foot of each row
PAD = 3.0
INDENT = 7.0  # tasks sit under their measure's heading
OUTER = HexColor("#5f6b77")
ROW_LINE = HexColor("#eef1f4")
SHADES = {WEEKEND: palette.GANTT_WEEKEND, HOLIDAY: palette.GANTT_HOLIDAY,
          MAKEUP: palette.GANTT_MAKEUP}


@dataclass(frozen=True)
class Axis:
    """Where things go across the page, worked out once per frame width so that every page
    of the chart shares one time axis."""

    width: float
    name_w: float
    dates_w: float
    chart_x: float
    px_per_day: float
    upper: list[Period]
    lower: list[Period]
    lower_unit: str

    @classmethod
    def fit(cls, plan: GanttPlan, width: float) -> Axis:
        dates_w = max((text_width(r.dates, SMALL) for r in plan.rows), default=0.0)
        dates_w = max(dates_w, text_width(tr("gantt.print.dates", plan.lang), SMALL)) + 2 * PAD
        longest = max((text_width(r.label, NAME_SIZE) for r in plan.rows if r.bar), default=0.0)
        name_w = min(max(longest + INDENT + 2 * PAD, 90.0), width * 0.24)
        chart_x = name_w + dates_w
        ppd = (width - chart_x) / plan.days
        upper, lower = choose_units(plan, ppd, lambda s: text_width(s, SMALL))
        return cls(width, name_w, dates_w, chart_x, ppd, periods(plan, upper, True),
                   periods(plan, lower, False), lower)

    def x(self, offset: float) -> float:
        return self.chart_x + offset * self.px_per_day

    def bar_x(self, bar: Bar) -> tuple[float, float]:
        if bar.milestone:
            c = self.x(bar.start + 0.5)
            return c - BAR_H / 2 - 0.6, c + BAR_H / 2 + 0.6
        x1, x2 = self.x(bar.start), self.x(bar.end)
        return x1, max(x2, x1 + 1.5)


class GanttChart(Flowable):
    """Rows ``first``…``end - 1`` of the chart under the time header, the legend below.

    ``carried`` is the heading of the measure a page starts inside of, repeated on top.
    """

    def __init__(self, plan: GanttPlan, axis: Axis, first: int = 0, end: int | None = None,
                 carried: str = "") -> None:
        super().__init__()
        self.plan = plan
        self.axis = axis
        self.first = first
        self.end = len(plan.rows) if end is None else end
        self.carried = carried

    def _lines(self) -> list[ChartRow | str]:
        rows: list[ChartRow | str] = [self.carried] if self.carried else []
        return rows + self.plan.rows[self.first:self.end]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.axis.width
        lines = self.end - self.first + bool(self.carried)  # not _lines(): once a page
        self.height = HEADER_H + lines * ROW_H + LEGEND_H
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        room = int((avail_height - HEADER_H - LEGEND_H) // ROW_H) - bool(self.carried)
        count = self.end - self.first
        if room < 1 or room >= count:
            return []  # nothing fits here (or all of it does): no split
        rows = self.plan.rows
        if rows[self.first + room - 1].bar is None and room > 1:
            room -= 1  # a heading goes over to the page with its tasks
        cut = self.first + room
        nxt = rows[cut]
        carried = ""
        if nxt.bar is not None and nxt.group:
            carried = tr("gantt.print.continued", self.plan.lang, name=nxt.group)
        return [GanttChart(self.plan, self.axis, self.first, cut, self.carried),
                GanttChart(self.plan, self.axis, cut, self.end, carried)]

    # -- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        axis = self.axis
        lines = self._lines()
        top = self.height - HEADER_H
        bottom = top - len(lines) * ROW_H
        local = {self.first + i: i + bool(self.carried) for i in range(self.end - self.first)}
        self._days_off(canv, top, bottom)
        self._backgrounds(canv, lines, top)
        self._grid(canv, top, bottom)
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(axis.chart_x, bottom, axis.width - axis.chart_x, top - bottom)
        canv.clipPath(clip, stroke=0, fill=0)
        self._today(canv, top, bottom)
        self._links(canv, local, top)
        self._bars(canv, lines, top)
        canv.restoreState()
        self._texts(canv, lines, top)
        # Header and legend are the same on every page: drawn once as form XObjects,
        # which halves the text a page costs to lay out and the size of the file.
        name = f"gantt{id(axis)}"
        if not canv.hasForm(name + "h"):
            canv.beginForm(name + "h")
            self._header(canv, 0.0)
            canv.endForm()
            canv.beginForm(name + "l")
            draw_legend(canv, self.plan, axis.width, LEGEND_H)
            canv.endForm()
        canv.saveState()
        canv.translate(0, top)
        canv.doForm(name + "h")
        canv.restoreState()
        canv.doForm(name + "l")
        self._outline(canv, top, bottom)

    def _days_off(self, canv: Any, top: float, bottom: float) -> None:
        axis = self.axis
        # Weekends blur into grey when a day is thinner than a hairline; holidays still show.
        weekends = axis.px_per_day >= 1.5
        for kind in (WEEKEND, HOLIDAY, MAKEUP):
            runs = [(d0, d1) for d0, d1, k in self.plan.shading if k == kind]
            if not runs or (kind != HOLIDAY and not weekends):
                continue
            canv.setFillColor(colour(SHADES[kind]))
            for d0, d1 in runs:
                canv.rect(axis.x(d0), bottom, max((d1 - d0) * axis.px_per_day, 0.6),
                          top - bottom, stroke=0, fill=1)

    def _backgrounds(self, canv: Any, lines: list[ChartRow | str], top: float) -> None:
        canv.setFillColor(colour(palette.GANTT_GROUP_ROW))
        for i, line in enumerate(lines):
            if isinstance(line, str) or line.bar is None:
                canv.rect(0, top - (i + 1) * ROW_H, self.axis.width, ROW_H, stroke=0, fill=1)

    def _grid(self, canv: Any, top: float, bottom: float) -> None:
        axis = self.axis
        canv.setLineWidth(0.3)
        canv.setStrokeColor(ROW_LINE)
        canv.lines([(0, top - i * ROW_H, axis.width, top - i * ROW_H)
                    for i in range(1, round((top - bottom) / ROW_H))])
        canv.setStrokeColor(colour(palette.GANTT_GRID))
        if axis.lower_unit == "day":  # a line a week is enough to count days by
            starts = [p.start for p in axis.lower
                      if self.plan.date(p.start).weekday() == 0 and p.start > 0]
        else:
            starts = [p.start for p in axis.lower if p.start > 0]
        canv.lines([(axis.x(s), bottom, axis.x(s), top) for s in starts])
        canv.setLineWidth(0.6)
        canv.lines([(axis.x(p.start), bottom, axis.x(p.start), top)
                    for p in axis.upper if p.start > 0])

    def _today(self, canv: Any, top: float, bottom: float) -> None:
        if not 0 <= self.plan.today < self.plan.days:
            return
        x = self.axis.x(self.plan.today + 0.5)
        canv.setStrokeColor(colour(palette.GANTT_TODAY))
        canv.setLineWidth(0.9)
        canv.setDash(3, 2)
        canv.line(x, bottom, x, top)
        canv.setDash()

    def _links(self, canv: Any, local: dict[int, int], top: float) -> None:
        """Finish-to-start arrows between rows on this page, drawn as the tab draws them."""
        axis, rows = self.axis, self.plan.rows
        on_page = self.plan.links_within(self.first, self.end)
        for critical in (False, True):
            shown = [ln for ln in on_page if ln.critical is critical]
            if not shown:
                continue
            tint = colour(palette.GANTT_CRITICAL if critical else palette.GANTT_ARROW)
            canv.setStrokeColor(tint)
            canv.setFillColor(tint)
            canv.setLineWidth(0.8 if critical else 0.5)
            for ln in shown:
                a, b = local[ln.pred_row], local[ln.task_row]
                pred, task = rows[ln.pred_row].bar, rows[ln.task_row].bar
                assert pred is not None and task is not None
                xs, xe = axis.bar_x(pred)[1], axis.bar_x(task)[0]
                ys, ye = top - (a + 0.5) * ROW_H, top - (b + 0.5) * ROW_H
                path = canv.beginPath()
                path.moveTo(xs, ys)
                path.lineTo(xs + 3, ys)
                if xe - 7 >= xs:
                    path.lineTo(xs + 3, ye)
                else:  # back round the start of the successor, between the two rows
                    mid = top - b * ROW_H if b > a else top - (b + 1) * ROW_H
                    path.lineTo(xs + 3, mid)
                    path.lineTo(xe - 5, mid)
                    path.lineTo(xe - 5, ye)
                path.lineTo(xe - 3, ye)
                canv.drawPath(path, stroke=1, fill=0)
                head = canv.beginPath()
                head.moveTo(xe, ye)
                head.lineTo(xe - 3.4, ye + 2)
                head.lineTo(xe - 3.4, ye - 2)
                head.close()
                canv.drawPath(head, stroke=0, fill=1)

    def _bars(self, canv: Any, lines: list[ChartRow | str], top: float) -> None:
        axis = self.axis
        placed = [(top - (i + 0.5) * ROW_H, line.bar) for i, line in enumerate(lines)
                  if not isinstance(line, str) and line.bar is not None]
        # Slack: dotted along the bar's top edge, off the arrows' line, ending in a tick.
        slack = [(axis.x(b.slack[0]), axis.x(b.slack[1]), y + BAR_H / 2 - 0.4)
                 for y, b in placed if b.slack is not None]
        canv.setLineWidth(0.7)
        canv.setStrokeColor(colour(palette.GANTT_SLACK))
        canv.lines([(x2, y - 2.2, x2, y + 0.6) for _x1, x2, y in slack])
        canv.setDash(0.8, 1.2)
        canv.lines([(x1, y, x2, y) for x1, x2, y in slack])
        canv.setDash()
        canv.setStrokeColor(colour(palette.GANTT_LATE))
        canv.setDash(1.6, 1.2)
        for y, b in placed:
            if b.forecast is not None:
                f1, f2 = axis.x(b.forecast[0]), axis.x(b.forecast[1])
                canv.rect(f1, y - BAR_H / 2 - 1.3, max(f2 - f1, 2.0), BAR_H + 2.6,
                          stroke=1, fill=0)
        canv.setDash()
        for y, b in placed:
            x1, x2 = axis.bar_x(b)
            if b.milestone:
                self._diamond(canv, (x1 + x2) / 2, y, b)
                continue
            canv.setFillColor(colour(b.fill))
            if b.critical:
                canv.setStrokeColor(colour(palette.GANTT_CRITICAL))
                canv.setLineWidth(1.1)
            canv.rect(x1, y - BAR_H / 2, x2 - x1, BAR_H, stroke=int(b.critical), fill=1)
            if b.percent > 0:
                canv.setFillColor(colour(b.progress_fill))
                canv.rect(x1, y - 1.3, (x2 - x1) * b.percent / 100, 2.6, stroke=0, fill=1)
        canv.setFillColor(colour(palette.GANTT_ACTUAL))
        for y, b in placed:
            if b.actual is not None:
                a1, a2 = axis.x(b.actual[0]), axis.x(b.actual[1])
                canv.rect(a1, y - ROW_H / 2 + 0.8, max(a2 - a1, 1.0), 1.5, stroke=0, fill=1)
        # The reference baseline at the foot of the row, under the actual line.
        canv.setFillColor(colour(palette.GANTT_BASELINE))
        for y, b in placed:
            if b.baseline is not None:
                b1, b2 = axis.x(b.baseline[0]), axis.x(b.baseline[1])
                if b.milestone:
                    b1, b2 = (b1 + b2) / 2 - BAR_H / 2, (b1 + b2) / 2 + BAR_H / 2
                canv.rect(b1, y - ROW_H / 2 + 0.2, max(b2 - b1, 1.0), BASELINE_H, stroke=0,
                          fill=1)

    @staticmethod
    def _diamond(canv: Any, cx: float, cy: float, bar: Bar) -> None:
        r = BAR_H / 2 + 0.6
        path = diamond(canv, cx, cy, r)
        canv.setFillColor(colour(bar.fill))
        if bar.critical:
            canv.setStrokeColor(colour(palette.GANTT_CRITICAL))
            canv.setLineWidth(1.0)
        canv.drawPath(path, stroke=int(bar.critical), fill=1)

    def _texts(self, canv: Any, lines: list[ChartRow | str], top: float) -> None:
        """Names and dates in one text object: a font switch only where the font changes."""
        axis = self.axis
        text = canv.beginText()
        text.setFillColor(colour(palette.GANTT_TEXT))
        state = ["", 0.0]
        for i, line in enumerate(lines):
            y = top - (i + 0.5) * ROW_H - NAME_SIZE * 0.36
            if isinstance(line, str) or line.bar is None:
                label = line if isinstance(line, str) else line.label
                text.setFillColor(colour(palette.GANTT_HEADER_TEXT))
                _text_out(text, state, PAD, y,
                          elide(label, axis.chart_x - 2 * PAD, NAME_SIZE), NAME_SIZE)
                text.setFillColor(colour(palette.GANTT_TEXT))
                continue
            indent = INDENT if line.group else 0.0
            _text_out(text, state, PAD + indent, y,
                      elide(line.label, axis.name_w - 2 * PAD - indent, NAME_SIZE), NAME_SIZE)
            if line.dates:
                _text_out(text, state, axis.name_w + PAD, y + 0.5, line.dates, SMALL)
        canv.drawText(text)

    def _header(self, canv: Any, top: float) -> None:
        axis, lang = self.axis, self.plan.lang
        canv.setFillColor(colour(palette.GANTT_HEADER_BG))
        canv.rect(0, top, axis.width, HEADER_H, stroke=0, fill=1)
        if axis.lower_unit == "day":
            canv.setFillColor(colour(palette.GANTT_WEEKEND))
            for p in axis.lower:
                if p.off_day:
                    canv.rect(axis.x(p.start), top, (p.end - p.start) * axis.px_per_day,
                              TIER_H, stroke=0, fill=1)
        canv.setStrokeColor(colour(palette.GANTT_GRID))
        canv.setLineWidth(0.5)
        canv.line(axis.chart_x, top + TIER_H, axis.width, top + TIER_H)
        canv.lines([(axis.x(p.start), top, axis.x(p.start), top + TIER_H)
                    for p in axis.lower if p.start > 0])
        canv.setLineWidth(0.6)
        canv.lines([(axis.x(p.start), top, axis.x(p.start), top + HEADER_H)
                    for p in axis.upper if p.start > 0])
        canv.setFillColor(colour(palette.GANTT_HEADER_TEXT))
        base = top + (TIER_H - SMALL) / 2 + 0.8
        self._period_names(canv, axis.lower, base, centre=axis.lower_unit == "day")
        self._period_names(canv, axis.upper, base + TIER_H, centre=False)
        mid = top + (HEADER_H - NAME_SIZE) / 2 + 0.6
        fonts.draw_string(canv, PAD, mid, tr("gantt.print.task", lang), NAME_SIZE)
        fonts.draw_string(canv, axis.name_w + PAD, mid, tr("gantt.print.dates", lang), SMALL)
        if 0 <= self.plan.today < self.plan.days:  # a pointer to today's column
            x = axis.x(self.plan.today + 0.5)
            canv.setFillColor(colour(palette.GANTT_TODAY))
            path = canv.beginPath()
            path.moveTo(x, top)
            path.lineTo(x - 2.6, top + 3.6)
            path.lineTo(x + 2.6, top + 3.6)
            path.close()
            canv.drawPath(path, stroke=0, fill=1)

    def _period_names(self, canv: Any, cells: list[Period], y: float, centre: bool) -> None:
        axis = self.axis
        for p in cells:
            x1, x2 = axis.x(p.start), axis.x(p.end)
            room = x2 - x1 - 2 * 1.5
            label = next((s for s in p.labels if text_width(s, SMALL) <= room), None)
            if label is None:
                continue
            if centre:
                fonts.draw_string(canv, (x1 + x2) / 2, y, label, SMALL, anchor="centre")
            else:
                fonts.draw_string(canv, x1 + 2, y, label, SMALL)

    def _outline(self, canv: Any, top: float, bottom: float) -> None:
        axis = self.axis
        canv.setStrokeColor(OUTER)
        canv.setLineWidth(0.6)
        # Column rules stop at a measure's heading: its name runs across the columns.
        lines = self._lines()
        spans: list[tuple[float, float]] = [(top, top + HEADER_H)]
        for i, line in enumerate(lines):
            y1, y2 = top - (i + 1) * ROW_H, top - i * ROW_H
            if isinstance(line, str) or line.bar is None:
                continue
            if spans[-1][0] == y2:
                spans[-1] = (y1, spans[-1][1])
            else:
                spans.append((y1, y2))
        canv.lines([(x, y1, x, y2) for y1, y2 in spans for x in (axis.name_w, axis.chart_x)])
        canv.line(0, top, axis.width, top)
        canv.setLineWidth(0.9)
        canv.rect(0, bottom, axis.width, top + HEADER_H - bottom, stroke=1, fill=0)


def _text_out(text: Any, state: list[Any], x: float, y: float, line: str,
              size: float) -> None:
    """``line`` at (x, y) in a text object; ``state`` holds its current font and size."""
    text.setTextOrigin(x, y)
    for face, run in fonts.runs(line):
        if state[0] != face or state[1] != size:
            text.setFont(face, size)
            state[0], state[1] = face, size
        text._textOut(run)  # each line is placed on its own: no advance to measure


# -- the legend -----------------------------------------------------------------------------
Sample = Callable[[Any, float, float], None]


def _bar_sample(fill: str, progress: str | None = None, edge: str | None = None) -> Sample:
    def draw(canv: Any, x: float, y: float) -> None:
        canv.setFillColor(colour(fill))
        if edge:
            canv.setStrokeColor(colour(edge))
            canv.setLineWidth(1.1)
        canv.rect(x, y - BAR_H / 2, 14, BAR_H, stroke=int(bool(edge)), fill=1)
        if progress:
            canv.setFillColor(colour(progress))
            canv.rect(x, y - 1.3, 8, 2.6, stroke=0, fill=1)
    return draw


def _line_sample(tint: str, width: float, dash: tuple[float, float] | None = None,
                 vertical: bool = False) -> Sample:
    def draw(canv: Any, x: float, y: float) -> None:
        canv.setStrokeColor(colour(tint))
        canv.setLineWidth(width)
        if dash:
            canv.setDash(*dash)
        if vertical:
            canv.line(x + 7, y - 5, x + 7, y + 5)
        else:
            canv.line(x, y, x + 14, y)
        canv.setDash()
    return draw


def _forecast_sample(canv: Any, x: float, y: float) -> None:
    canv.setStrokeColor(colour(palette.GANTT_LATE))
    canv.setLineWidth(0.6)
    canv.setDash(1.6, 1.2)
    canv.rect(x, y - BAR_H / 2 - 1.3, 14, BAR_H + 2.6, stroke=1, fill=0)
    canv.setDash()


def _milestone_sample(canv: Any, x: float, y: float) -> None:
    GanttChart._diamond(canv, x + 7, y, Bar(0, 1, True, False, palette.GANTT_MILESTONE,
                                            "", 0, None, None, None))


def _days_off_sample(canv: Any, x: float, y: float) -> None:
    for i, kind in enumerate((WEEKEND, HOLIDAY)):
        canv.setFillColor(colour(SHADES[kind]))
        canv.rect(x + i * 7.5, y - 5, 6.5, 10, stroke=0, fill=1)


def _slack_sample(canv: Any, x: float, y: float) -> None:
    canv.setStrokeColor(colour(palette.GANTT_SLACK))
    canv.setLineWidth(0.7)
    canv.line(x + 14, y - 2.2, x + 14, y + 0.6)
    canv.setDash(0.8, 1.2)
    canv.line(x, y, x + 14, y)
    canv.setDash()


def _link_sample(canv: Any, x: float, y: float) -> None:
    _line_sample(palette.GANTT_ARROW, 0.5)(canv, x, y)
    canv.setFillColor(colour(palette.GANTT_ARROW))
    head = canv.beginPath()
    head.moveTo(x + 14, y)
    head.lineTo(x + 10.6, y + 2)
    head.lineTo(x + 10.6, y - 2)
    head.close()
    canv.drawPath(head, stroke=0, fill=1)


def legend_items(plan: GanttPlan) -> list[tuple[Sample, str]]:
    lang = plan.lang
    t = lambda key, **fmt: tr(f"gantt.print.{key}", lang, **fmt)  # noqa: E731
    return [
        (_bar_sample(palette.GANTT_BAR, palette.GANTT_BAR_PROGRESS), t("planned")),
        (_bar_sample(palette.GANTT_DONE, palette.GANTT_DONE_PROGRESS), t("done")),
        (_bar_sample(palette.GANTT_LATE), t("late")),
        (_bar_sample(palette.GANTT_WARN), t("soon")),
        (_bar_sample(palette.GANTT_BAR, edge=palette.GANTT_CRITICAL), t("critical")),
        (_milestone_sample, t("milestone")),
        (_line_sample(palette.GANTT_ACTUAL, 1.5), t("actual")),
        *([(_line_sample(palette.GANTT_BASELINE, BASELINE_H),
            tr("gantt.legend.baseline", lang, name=plan.baseline_name))]
          if plan.baseline_name else []),
        (_forecast_sample, t("forecast")),
        (_slack_sample, t("slack")),
        (_link_sample, t("link")),
        (_days_off_sample, t("days_off")),
        (_line_sample(palette.GANTT_TODAY, 0.9, (3, 2), vertical=True),
         t("today_on", date=plan.date(plan.today).isoformat())),
    ]


def draw_legend(canv: Any, plan: GanttPlan, width: float, height: float) -> None:
    """The legend under the chart in one line, or two when the words are long."""
    items = legend_items(plan)
    gap, sample_w = 9.0, 17.0
    widths = [sample_w + text_width(label, SMALL) + gap for _s, label in items]
    lines = [list(range(len(items)))]
    if sum(widths) > width:  # two lines of about equal length
        half, used, cut = sum(widths) / 2, 0.0, 0
        while used + widths[cut] / 2 < half:
            used += widths[cut]
            cut += 1
        lines = [lines[0][:cut], lines[0][cut:]]
    y = (height - 4) / 2 + (len(lines) - 1) * 5
    canv.setFillColor(colour(palette.GANTT_TEXT))
    for n, line in enumerate(lines):
        x = (width - sum(widths[i] for i in line) + gap) / 2
        yy = y - n * 10
        for i in line:
            sample, label = items[i]
            canv.saveState()
            sample(canv, x, yy)
            canv.restoreState()
            fonts.draw_string(canv, x + sample_w, yy - SMALL * 0.36, label, SMALL)
            x += widths[i]
