"""Form 5's chart: for each KPI, before, target and after side by side.

KPIs have different units (days, %, points), so each KPI gets a small panel of its own
with its own scale instead of one shared axis that would flatten the small ones. A KPI
where lower is better says so under its name, and whether it met its target is the one
verdict of ``app.derived.kpi_result``; the headline counts them with ``kpis_met``.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import derived
from app.charts import palette
from app.charts.figures import new_figure, style
from app.display import format_number
from app.i18n import tr
from app.matrix import display_width
from app.models import Kpi
from app.workspace import Workspace

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_COLUMNS = 3


@dataclass(frozen=True)
class KpiBar:
    name: str
    unit: str
    before: float | None
    target: float | None
    after: float | None
    lower_is_better: bool
    result: derived.KpiResult


def kpi_bars_in(session: Session, initiative_id: int) -> list[KpiBar]:
    """The initiative's KPIs in Form 5's order, each with its derived result."""
    stmt = (select(Kpi).where(Kpi.initiative_id == initiative_id)
            .order_by(Kpi.position, Kpi.id))
    return [KpiBar(k.name, k.unit, k.before, k.target, k.after, k.lower_is_better,
                   derived.kpi_result(k.before, k.target, k.after, k.lower_is_better))
            for k in session.scalars(stmt)]


def kpi_bars(ws: Workspace, initiative_id: int) -> list[KpiBar]:
    with ws.read() as s:
        return kpi_bars_in(s, initiative_id)


@dataclass(frozen=True)
class KpiSummary:
    met: int
    measured: int
    total: int

    @property
    def pending(self) -> int:
        return self.total - self.measured


def summary(bars: Sequence[KpiBar]) -> KpiSummary:
    met, measured = derived.kpis_met([b.result for b in bars])
    return KpiSummary(met, measured, len(bars))


def summary_text(s: KpiSummary, lang: str | None = None) -> str:
    if s.total == 0:
        return tr("chart.kpi.none", lang)
    if s.pending:
        return tr("chart.kpi.summary_pending", lang, met=s.met, measured=s.measured,
                  pending=s.pending)
    return tr("chart.kpi.summary", lang, met=s.met, measured=s.measured)


def _wrap(text: str, columns: int) -> str:
    """Wrap a KPI name for a panel title; Chinese has no spaces, so wrap by width."""
    if display_width(text) <= columns:
        return text
    if " " in text.strip() and display_width(text) == len(text):
        return "\n".join(textwrap.wrap(text, columns)[:2])
    lines, line = [], ""
    for c in text:
        if display_width(line + c) > columns:
            lines.append(line)
            line = ""
        line += c
    lines.append(line)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def _value_text(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    number = format_number(round(value, 2))
    return f"{number} {unit}".strip() if unit not in ("%",) else f"{number}%"


def _draw_panel(ax: Axes, bar: KpiBar, lang: str | None) -> None:
    labels = [tr("chart.kpi.before", lang), tr("chart.kpi.target", lang),
              tr("chart.kpi.after", lang)]
    values = [bar.before, bar.target, bar.after]
    met = bar.result.met
    after_colour = palette.PENDING if met is None else (palette.MET if met else palette.NOT_MET)
    faces = [palette.BEFORE, palette.TARGET, after_colour]
    heights = [v if v is not None else 0.0 for v in values]
    bars = ax.bar(range(3), heights, width=0.62, color=faces, edgecolor=[
        palette.BEFORE, palette.TARGET_EDGE, after_colour], linewidth=1.4, zorder=3)
    bars[1].set_hatch("///")
    known = [v for v in values if v is not None]
    top = max([*known, 0.0])
    bottom = min([*known, 0.0])
    span = (top - bottom) or 1.0
    ax.set_ylim(bottom - (0.08 * span if bottom < 0 else 0), top + 0.30 * span)
    if bar.target is not None:
        ax.axhline(bar.target, color=palette.TARGET_EDGE, linestyle="--", linewidth=1, zorder=2)
    for x, v in enumerate(values):
        text = _value_text(v, bar.unit) or tr("chart.kpi.no_value", lang)
        y = v if v is not None and v >= 0 else 0.0
        ax.annotate(text, (x, y), xytext=(0, 3), textcoords="offset points", ha="center",
                    va="bottom", fontsize=9.5, color=palette.TEXT, zorder=4,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.85})
    ax.set_xticks(range(3), labels, fontsize=9.5)
    ax.tick_params(axis="y", labelsize=8, colors=palette.MUTED, length=0)
    ax.tick_params(axis="x", length=0)
    ax.grid(axis="y", color="#e6e6e6", zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    direction = tr("chart.kpi.lower_better" if bar.lower_is_better else
                   "chart.kpi.higher_better", lang)
    ax.set_title(_wrap(bar.name, 22), fontsize=12, color=palette.TEXT, pad=16)
    ax.text(0.5, 1.0, direction, transform=ax.transAxes, ha="center", va="bottom",
            fontsize=9, color=palette.MUTED)
    if met is None:
        verdict, colour = tr("chart.kpi.pending", lang), palette.MUTED
    else:
        verdict = tr("chart.kpi.met" if met else "chart.kpi.not_met", lang)
        colour = palette.MET if met else palette.NOT_MET
        if bar.result.improvement is not None:
            verdict += f"  ({bar.result.improvement:+.0%})"
    ax.set_xlabel(verdict, fontsize=10.5, color=colour, labelpad=6)


def draw_kpis(figure: Figure, bars: Sequence[KpiBar], lang: str | None = None,
              title: bool = True) -> Figure:
    """Draw the chart into ``figure`` (cleared first), so an embedded canvas keeps its
    figure across refreshes."""
    from matplotlib import rc_context

    figure.clear()
    with rc_context(style()):
        # The bundled CJK font has no bold face, so emphasis is size and colour, not weight.
        figure.set_layout_engine("constrained", h_pad=0.12, hspace=0.08)
        s = summary(bars)
        if not bars:
            figure.text(0.5, 0.5, tr("chart.kpi.none", lang), ha="center", va="center",
                        fontsize=13, color=palette.MUTED)
            return figure
        if title:
            colour = palette.MET if s.measured and s.met == s.measured else palette.TEXT
            figure.suptitle(f"{tr('chart.kpi.title', lang)} — {summary_text(s, lang)}",
                            fontsize=14, color=colour)
        cols = min(len(bars), MAX_COLUMNS)
        rows = math.ceil(len(bars) / cols)
        axes = figure.subplots(rows, cols, squeeze=False)
        for i, ax in enumerate(axes.flat):
            if i < len(bars):
                _draw_panel(ax, bars[i], lang)
            else:
                ax.set_visible(False)
    return figure


def kpi_figure(bars: Sequence[KpiBar], lang: str | None = None) -> Figure:
    """A stand-alone figure sized for a landscape A4 sheet or a PNG file."""
    cols = min(max(len(bars), 1), MAX_COLUMNS)
    rows = max(1, math.ceil(len(bars) / cols))
    figure = new_figure(3.4 * cols + 0.4, 3.0 * rows + 0.6)
    return draw_kpis(figure, bars, lang)
