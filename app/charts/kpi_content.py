"""What Form 5's before/after chart shows, as plain records: which KPIs, their before,
target and after values and labels, the colours, the verdict and the headline.

The matplotlib chart (screen, PNG) and the vector chart on the printed sheet both draw
from these records, so the two cannot disagree about a value, a colour or a verdict. No
drawing library is imported here.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.charts import palette
from app.forms import derived
from app.forms.display import format_number
from app.i18n import tr
from app.matrix.matrix_data import display_width
from app.store.models import Kpi
from app.store.workspace import Workspace

NAME_COLUMNS = 22  # display columns of a panel title line


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


def headline(bars: Sequence[KpiBar], lang: str | None = None) -> tuple[str, str]:
    """The chart's title and its colour: green once every measured KPI met its target."""
    s = summary(bars)
    colour = palette.MET if s.measured and s.met == s.measured else palette.TEXT
    return f"{tr('chart.kpi.title', lang)} — {summary_text(s, lang)}", colour


def wrap_name(text: str, columns: int = NAME_COLUMNS) -> str:
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


def value_text(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    number = format_number(round(value, 2))
    return f"{number} {unit}".strip() if unit not in ("%",) else f"{number}%"


@dataclass(frozen=True)
class KpiColumn:
    """One of a panel's three bars: before, target or after."""

    label: str
    value: float | None
    text: str  # the value with its unit, or a dash when there is none
    face: str
    edge: str
    hatched: bool  # the target: an outline with hatching, not a solid bar

    @property
    def height(self) -> float:
        return self.value if self.value is not None else 0.0


@dataclass(frozen=True)
class KpiPanel:
    """One KPI's small chart, with its own scale: KPIs have different units."""

    name: str
    direction: str
    columns: tuple[KpiColumn, KpiColumn, KpiColumn]
    target: float | None  # where the dashed target line goes
    low: float  # the value axis runs from low to high
    high: float
    verdict: str
    verdict_colour: str


def kpi_panel(bar: KpiBar, lang: str | None = None) -> KpiPanel:
    met = bar.result.met
    after = palette.PENDING if met is None else (palette.MET if met else palette.NOT_MET)
    specs = (("chart.kpi.before", bar.before, palette.BEFORE, palette.BEFORE, False),
             ("chart.kpi.target", bar.target, palette.TARGET, palette.TARGET_EDGE, True),
             ("chart.kpi.after", bar.after, after, after, False))
    columns = tuple(KpiColumn(tr(key, lang), value,
                              value_text(value, bar.unit) or tr("chart.kpi.no_value", lang),
                              face, edge, hatched)
                    for key, value, face, edge, hatched in specs)
    known = [v for v in (bar.before, bar.target, bar.after) if v is not None]
    top = max([*known, 0.0])
    bottom = min([*known, 0.0])
    span = (top - bottom) or 1.0
    if met is None:
        verdict, colour = tr("chart.kpi.pending", lang), palette.MUTED
    else:
        verdict = tr("chart.kpi.met" if met else "chart.kpi.not_met", lang)
        colour = palette.MET if met else palette.NOT_MET
        if bar.result.improvement is not None:
            verdict += f"  ({bar.result.improvement:+.0%})"
    direction = tr("chart.kpi.lower_better" if bar.lower_is_better else
                   "chart.kpi.higher_better", lang)
    return KpiPanel(bar.name, direction, columns, bar.target,  # type: ignore[arg-type]
                    bottom - (0.08 * span if bottom < 0 else 0), top + 0.30 * span,
                    verdict, colour)
