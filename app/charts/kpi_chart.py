"""Form 5's chart: for each KPI, before, target and after side by side.

KPIs have different units (days, %, points), so each KPI gets a small panel of its own
with its own scale instead of one shared axis that would flatten the small ones. A KPI
where lower is better says so under its name, and whether it met its target is the one
verdict of ``app.forms.derived.kpi_result``; the headline counts them with ``kpis_met``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts import palette
from app.charts.figures import new_figure, style
from app.charts.kpi_content import (  # noqa: F401  (the panel and tests read them here)
    KpiBar,
    KpiSummary,
    headline,
    kpi_bars,
    kpi_bars_in,
    kpi_panel,
    summary,
    summary_text,
    wrap_name,
)
from app.i18n import tr

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_COLUMNS = 3


def _draw_panel(ax: Axes, bar: KpiBar, lang: str | None) -> None:
    panel = kpi_panel(bar, lang)
    cols = panel.columns
    bars = ax.bar(range(3), [c.height for c in cols], width=0.62,
                  color=[c.face for c in cols], edgecolor=[c.edge for c in cols],
                  linewidth=1.4, zorder=3)
    for b, c in zip(bars, cols, strict=True):
        if c.hatched:
            b.set_hatch("///")
    ax.set_ylim(panel.low, panel.high)
    if panel.target is not None:
        ax.axhline(panel.target, color=palette.TARGET_EDGE, linestyle="--", linewidth=1,
                   zorder=2)
    for x, c in enumerate(cols):
        y = c.value if c.value is not None and c.value >= 0 else 0.0
        ax.annotate(c.text, (x, y), xytext=(0, 3), textcoords="offset points", ha="center",
                    va="bottom", fontsize=9.5, color=palette.TEXT, zorder=4,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.85})
    ax.set_xticks(range(3), [c.label for c in cols], fontsize=9.5)
    ax.tick_params(axis="y", labelsize=8, colors=palette.MUTED, length=0)
    ax.tick_params(axis="x", length=0)
    ax.grid(axis="y", color="#e6e6e6", zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(wrap_name(panel.name), fontsize=12, color=palette.TEXT, pad=16)
    ax.text(0.5, 1.0, panel.direction, transform=ax.transAxes, ha="center", va="bottom",
            fontsize=9, color=palette.MUTED)
    ax.set_xlabel(panel.verdict, fontsize=10.5, color=panel.verdict_colour, labelpad=6)


def draw_kpis(figure: Figure, bars: Sequence[KpiBar], lang: str | None = None,
              title: bool = True) -> Figure:
    """Draw the chart into ``figure`` (cleared first), so an embedded canvas keeps its
    figure across refreshes."""
    from matplotlib import rc_context

    figure.clear()
    with rc_context(style()):
        # The bundled CJK font has no bold face, so emphasis is size and colour, not weight.
        figure.set_layout_engine("constrained", h_pad=0.12, hspace=0.08)
        if not bars:
            figure.text(0.5, 0.5, tr("chart.kpi.none", lang), ha="center", va="center",
                        fontsize=13, color=palette.MUTED)
            return figure
        if title:
            text, colour = headline(bars, lang)
            figure.suptitle(text, fontsize=14, color=colour)
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
