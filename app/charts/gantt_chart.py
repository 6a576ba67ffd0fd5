"""The Gantt chart for paper: the same schedule the Gantt tab paints (planned bars with
progress, actual dates, milestones, the critical path, late and early-warning colours,
today), drawn with matplotlib a page of rows at a time so a long plan prints on several
pages with the same time axis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.charts import palette
from app.charts.figures import new_figure, style
from app.i18n import tr
from app.schedule.snapshot import Snapshot
from app.schedule.warnings import TaskWarning

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ROWS_PER_PAGE = 22
PLANNED = "#90caf9"
PROGRESS = "#1565c0"
ACTUAL = "#37474f"
CRITICAL = "#c62828"
LATE = "#c62828"
SOON = "#ef6c00"


@dataclass(frozen=True)
class GanttRow:
    label: str
    group: bool  # a measure's heading, not a task
    task_id: int | None = None


def rows_of(snap: Snapshot, lang: str | None) -> list[GanttRow]:
    """Tasks grouped under their measures, in the coordinator's order."""
    rows: list[GanttRow] = []
    current: object = object()
    tasks = sorted(snap.plan.tasks, key=lambda t: (t.measure_position if t.measure_id else 1 << 30,
                                                   t.position, t.id))
    for task in tasks:
        if task.measure_id != current:
            current = task.measure_id
            rows.append(GanttRow(task.measure_name or tr("gantt.print.no_measure", lang), True))
        rows.append(GanttRow(task.name, False, task.id))
    return rows


def _span(snap: Snapshot) -> tuple[dt.date, dt.date]:
    days: list[dt.date] = [snap.today]
    for t in snap.plan.tasks:
        days += [d for d in (t.planned_start, t.planned_finish, t.actual_start, t.actual_finish)
                 if d is not None]
        timing = snap.timing(t.id)
        if timing is not None:
            days += [timing.early_start, timing.late_finish]
    return min(days) - dt.timedelta(days=2), max(days) + dt.timedelta(days=3)


def gantt_pages(snap: Snapshot, lang: str | None = None,
                rows_per_page: int = ROWS_PER_PAGE) -> list[Figure]:
    rows = rows_of(snap, lang)
    if not rows:
        return []
    start, end = _span(snap)
    return [_page(snap, rows[i:i + rows_per_page], start, end, lang)
            for i in range(0, len(rows), rows_per_page)]


def _page(snap: Snapshot, rows: Sequence[GanttRow], start: dt.date, end: dt.date,
          lang: str | None) -> Figure:
    from matplotlib import dates as mdates
    from matplotlib import rc_context

    figure = new_figure(13.0, 0.28 * ROWS_PER_PAGE + 1.2)
    with rc_context(style()):
        ax = figure.add_axes((0.2, 0.1, 0.785, 0.85))
        ax.set_xlim(start, end)
        ax.set_ylim(ROWS_PER_PAGE - 0.5, -0.5)
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([r.label for r in rows], fontsize=8)
        for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
            if row.group:
                tick.set_color(palette.MUTED)
        ax.tick_params(axis="y", length=0)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=6, maxticks=14))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d"))
        ax.tick_params(axis="x", labelsize=7.5)
        ax.grid(axis="x", color="#e0e0e0", linewidth=0.6)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        for y, row in enumerate(rows):
            if row.group:
                ax.axhspan(y - 0.5, y + 0.5, color="#eceff1", zorder=0)
            elif row.task_id is not None:
                _task(ax, snap, row.task_id, y)
        ax.axvline(snap.today, color=SOON, linestyle="--", linewidth=1.0, zorder=5)
        ax.text(snap.today, -0.45, " " + tr("gantt.print.today", lang), color=SOON, fontsize=7,
                va="top")
        _legend(figure, lang)
    return figure


def _task(ax: object, snap: Snapshot, task_id: int, y: float) -> None:
    task = snap.plan.by_id[task_id]
    warnings = snap.warnings.get(task_id, ())
    critical = snap.is_critical(task_id)
    edge = CRITICAL if critical else PROGRESS
    colour = LATE if TaskWarning.OVERDUE in warnings else (
        SOON if TaskWarning.DUE_SOON in warnings else PLANNED)
    begin, finish = task.planned_start, task.planned_finish or task.planned_start
    if task.milestone and finish is not None:
        ax.scatter([finish], [y], marker="D", s=46, color=edge, zorder=4)  # type: ignore[attr-defined]
    elif begin is not None and finish is not None:
        width = (finish - begin).days + 1
        ax.barh(y, width, left=begin, height=0.56, color=colour, edgecolor=edge,  # type: ignore[attr-defined]
                linewidth=1.4 if critical else 0.6, zorder=2)
        if task.percent:
            ax.barh(y, width * task.percent / 100, left=begin, height=0.2,  # type: ignore[attr-defined]
                    color=PROGRESS, zorder=3)
    if task.actual_start is not None:
        actual_end = task.actual_finish or snap.today
        ax.plot([task.actual_start, actual_end + dt.timedelta(days=1)], [y + 0.36, y + 0.36],  # type: ignore[attr-defined]
                color=ACTUAL, linewidth=1.6, zorder=3)


def _legend(figure: Figure, lang: str | None) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=PLANNED, edgecolor=PROGRESS, label=tr("gantt.print.planned", lang)),
        Line2D([], [], color=ACTUAL, linewidth=1.6, label=tr("gantt.print.actual", lang)),
        Patch(facecolor=PLANNED, edgecolor=CRITICAL, linewidth=1.4,
              label=tr("gantt.print.critical", lang)),
        Patch(facecolor=LATE, label=tr("gantt.print.late", lang)),
        Patch(facecolor=SOON, label=tr("gantt.print.soon", lang)),
        Line2D([], [], marker="D", color=PROGRESS, linestyle="", label=tr("gantt.print.milestone", lang)),
    ]
    figure.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=7.5,
                  frameon=False, bbox_to_anchor=(0.6, 0.0))
