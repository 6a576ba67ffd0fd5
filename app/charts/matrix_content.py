"""What the priority matrix picture shows, as plain records: the quadrants with their names
and colours, one marker per pain point (shape, colour, filled or hollow, its rank, where the
shared spread puts it and the room left for its label), the legend and the ranked list.

The matplotlib picture (PNG export) and the vector matrix on the printed sheet both draw
from these records, in whatever units they draw in (``pt`` says how many of them make a
typographic point). No drawing library is imported here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.charts import palette
from app.forms.choices import PainKind, PainStatus, Quadrant, enum_label_key
from app.forms.derived import QUADRANT_ORDER
from app.i18n import tr
from app.matrix.geometry import Box, MatrixGeometry, place_markers
from app.matrix.matrix_data import MatrixPoint, display_width

# Marker and label sizes in points, as the screen's PNG export has them.
LABEL_PT = 10.5
MAX_RADIUS_PT = 9.36
MIN_RADIUS_PT = 4.32
MIN_LABEL_PT = 24.5


def approx_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size`` without font metrics: wide (CJK) characters take about
    a full em, narrow ones a little over half."""
    return sum(size * (1.0 if display_width(c) == 2 else 0.56) for c in text)


def elide(text: str, width: float, size: float,
          measure: Callable[[str, float], float] = approx_width) -> str:
    """Cut ``text`` to fit ``width`` at font ``size``, ending in "…"; "" if nothing fits."""
    if measure(text, size) <= width:
        return text
    out = ""
    for c in text:
        if measure(out + c + "…", size) > width:
            break
        out += c
    return out.rstrip() + "…" if out else ""


@dataclass(frozen=True)
class QuadrantArea:
    quadrant: Quadrant
    name: str
    box: Box  # its cells
    band: Box  # where its name goes, above or below the grid
    fill: str
    band_colour: str


def quadrant_areas(geo: MatrixGeometry, lang: str | None = None) -> list[QuadrantArea]:
    return [QuadrantArea(q, tr(enum_label_key(q), lang), geo.quadrant_box(q), geo.band_box(q),
                         palette.QUADRANT_FILL[q], palette.QUADRANT_BAND[q])
            for q in QUADRANT_ORDER]


@dataclass(frozen=True)
class Marker:
    """One pain point on the matrix."""

    point: MatrixPoint
    shape: str  # circle, square or diamond
    colour: str
    filled: bool  # open pain points are filled, addressed ones hollow
    cx: float
    cy: float
    radius: float
    number: str  # its rank, written inside the marker
    number_colour: str
    number_pt: float
    label: str  # its short name, not yet cut to the label box
    label_box: Box | None  # None when the cell is too crowded for words
    label_pt: float


def matrix_markers(points: Sequence[MatrixPoint], geo: MatrixGeometry, pt: float = 1.0,
                   label_pt: float = LABEL_PT, max_radius_pt: float = MAX_RADIUS_PT,
                   min_radius_pt: float = MIN_RADIUS_PT) -> list[Marker]:
    """Every point's marker where ``app.matrix.geometry`` spreads it out in its cell."""
    label_units = label_pt * pt
    markers = []
    for p, slot in place_markers(points, geo, max_radius=max_radius_pt * pt,
                                 min_radius=min_radius_pt * pt,
                                 label_height=label_units * 1.05,
                                 min_label_width=MIN_LABEL_PT * pt,
                                 max_label_width=label_units * 8):
        filled = p.status is PainStatus.OPEN
        colour = palette.KIND_COLOUR[p.kind]
        size = (min(label_pt, slot.label.h / pt / 1.15) if slot.label is not None
                else label_pt)
        markers.append(Marker(p, palette.KIND_SHAPE[p.kind], colour, filled, slot.cx,
                              slot.cy, slot.radius, str(p.rank),
                              "#ffffff" if filled else colour,
                              max(5.0, slot.radius * 0.95 / pt), p.label, slot.label, size))
    return markers


@dataclass(frozen=True)
class LegendItem:
    shape: str
    colour: str
    filled: bool
    text: str


def legend_items(lang: str | None = None) -> list[LegendItem]:
    """Each kind's marker, then a hollow one for pain points that measures address."""
    items = [LegendItem(palette.KIND_SHAPE[k], palette.KIND_COLOUR[k], True,
                        tr(enum_label_key(k), lang)) for k in PainKind]
    pain = PainKind.PAIN_POINT
    items.append(LegendItem(palette.KIND_SHAPE[pain], palette.KIND_COLOUR[pain], False,
                            tr("matrix.legend.addressed", lang)))
    return items


@dataclass(frozen=True)
class ListEntry:
    """One line of the ranked list beside the matrix."""

    point: MatrixPoint
    rank: str
    rank_colour: str  # its quadrant's colour
    shape: str
    colour: str
    filled: bool
    rating: str  # impact × frequency
    label: str


def ranked_list(points: Sequence[MatrixPoint], room: int,
                lang: str | None = None) -> tuple[list[ListEntry], str]:
    """The points in rank order, as many as ``room`` lines hold, and the "… and N more"
    line that takes the last of them when some are left out ("" when all fit)."""
    ranked = sorted(points, key=lambda p: p.rank)
    shown = ranked if len(ranked) <= room else ranked[: max(0, room - 1)]
    entries = [ListEntry(p, str(p.rank), palette.QUADRANT_BAND[p.quadrant],
                         palette.KIND_SHAPE[p.kind], palette.KIND_COLOUR[p.kind],
                         p.status is PainStatus.OPEN, f"{p.impact}×{p.frequency}", p.label)
               for p in shown]
    more = (tr("matrix.list.more", lang, n=len(ranked) - len(shown))
            if len(shown) < len(ranked) else "")
    return entries, more
