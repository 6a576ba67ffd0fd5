"""The priority matrix as a picture, drawn off-screen for PNG export and the printed sheet.

It uses the same geometry as the Qt widget (``app.matrix_layout``), so the printed matrix
looks like the one on screen: quadrants shaded and named, one marker per pain point whose
shape and colour tell its kind, its rank inside and its short name beside it. Beside the
matrix, optionally, the ranked list in the one order of ``app.derived``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts import palette
from app.charts.figures import new_figure, style
from app.derived import QUADRANT_ORDER
from app.enums import PainKind, PainStatus, enum_label_key
from app.i18n import tr
from app.matrix import SCALE, MatrixPoint, display_width
from app.matrix_layout import Box, matrix_geometry, place_markers

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

PT = 100 / 72  # drawing units (1/100 inch) per typographic point
WIDTH_IN, HEIGHT_IN = 14.0, 8.6
LIST_IN = 4.6  # width of the ranked list beside the matrix
LABEL_PT = 10.5


def elide(text: str, width: float, font_units: float) -> str:
    """Cut ``text`` to fit ``width`` units at a font ``font_units`` high, ending in "…".
    Wide (CJK) characters take about a full em, narrow ones a little over half."""
    def w(s: str) -> float:
        return sum(font_units * (1.0 if display_width(c) == 2 else 0.56) for c in s)

    if w(text) <= width:
        return text
    out = ""
    for c in text:
        if w(out + c + "…") > width:
            break
        out += c
    return out + "…" if out else ""


def _marker(ax: Axes, kind: PainKind, cx: float, cy: float, r: float, filled: bool) -> None:
    from matplotlib.patches import Circle, Rectangle, RegularPolygon

    colour = palette.KIND_COLOUR[kind]
    face = colour if filled else "white"
    shape = palette.KIND_SHAPE[kind]
    lw = 1.6
    if shape == "circle":
        patch = Circle((cx, cy), r * 0.95, fc=face, ec=colour, lw=lw)
    elif shape == "square":
        s = r * 1.6
        patch = Rectangle((cx - s / 2, cy - s / 2), s, s, fc=face, ec=colour, lw=lw)
    else:
        patch = RegularPolygon((cx, cy), 4, radius=r, fc=face, ec=colour, lw=lw)
    ax.add_patch(patch)


def _draw_grid(ax: Axes, points: Sequence[MatrixPoint], area: Box, lang: str | None) -> None:
    from matplotlib.patches import Rectangle

    band = 26.0
    geo = matrix_geometry(area.right, area.bottom, left=area.x + 62, top=area.y, right=10,
                          bottom=84, band=band)
    # Quadrant shading under the cells, strong name bands above and below the grid.
    for q in QUADRANT_ORDER:
        box = geo.quadrant_box(q)
        ax.add_patch(Rectangle((box.x, box.y), box.w, box.h, fc=palette.QUADRANT_FILL[q],
                               ec="none", zorder=0))
        b = geo.band_box(q)
        ax.add_patch(Rectangle((b.x, b.y), b.w, b.h, fc=palette.QUADRANT_BAND[q], ec="white",
                               lw=2, zorder=1))
        ax.text(b.x + b.w / 2, b.y + b.h / 2, tr(enum_label_key(q), lang), ha="center",
                va="center", fontsize=12, color="white", zorder=2)
    g = geo.grid
    for i in range(1, len(SCALE)):
        x = g.x + i * geo.cell_w
        y = g.y + i * geo.cell_h
        ax.plot([x, x], [g.y, g.bottom], color=palette.GRID_LINE, lw=1.5, zorder=1)
        ax.plot([g.x, g.right], [y, y], color=palette.GRID_LINE, lw=1.5, zorder=1)
    # The threshold lines between low and high, where the quadrants meet.
    act = geo.quadrant_box(QUADRANT_ORDER[0])
    ax.plot([act.x, act.x], [g.y, g.bottom], color=palette.THRESHOLD_LINE, lw=2, zorder=2)
    ax.plot([g.x, g.right], [act.bottom, act.bottom], color=palette.THRESHOLD_LINE, lw=2,
            zorder=2)
    ax.add_patch(Rectangle((g.x, g.y), g.w, g.h, fc="none", ec=palette.THRESHOLD_LINE, lw=1,
                           zorder=2))
    for v in SCALE:
        c = geo.cell(v, 1)
        ax.text(c.x + c.w / 2, g.bottom + band + 6, str(v), ha="center", va="top",
                fontsize=11, color=palette.TEXT)
        c = geo.cell(1, v)
        ax.text(g.x - 8, c.y + c.h / 2, str(v), ha="right", va="center", fontsize=11,
                color=palette.TEXT)
    ax.text(g.x + g.w / 2, g.bottom + band + 26, tr("matrix.axis.frequency", lang) + " →",
            ha="center", va="top", fontsize=12, color=palette.TEXT)
    ax.text(g.x - 36, g.y + g.h / 2, tr("matrix.axis.impact", lang) + " →", ha="center",
            va="center", rotation=90, fontsize=12, color=palette.TEXT)
    _legend(ax, g.x, g.bottom + band + 52, lang)
    label_units = LABEL_PT * PT
    for p, slot in place_markers(points, geo, max_radius=13, min_radius=6,
                                 label_height=label_units * 1.05, min_label_width=34,
                                 max_label_width=label_units * 8):
        filled = p.status is PainStatus.OPEN
        _marker(ax, p.kind, slot.cx, slot.cy, slot.radius, filled)
        ax.text(slot.cx, slot.cy, str(p.rank), ha="center", va="center",
                fontsize=max(5.0, slot.radius * 0.95 / PT),
                color="white" if filled else palette.KIND_COLOUR[p.kind], zorder=5)
        if slot.label is not None:
            size = min(LABEL_PT, slot.label.h / PT / 1.15)
            text = elide(p.label, slot.label.w, size * PT)
            ax.text(slot.label.x, slot.label.y + slot.label.h / 2, text, ha="left",
                    va="center", fontsize=size, color=palette.TEXT, zorder=5)


def _legend(ax: Axes, x: float, y: float, lang: str | None) -> None:
    for kind in PainKind:
        _marker(ax, kind, x + 8, y + 8, 7, True)
        text = tr(enum_label_key(kind), lang)
        ax.text(x + 20, y + 8, text, va="center", fontsize=10, color=palette.TEXT)
        x += 34 + display_width(text) * 7.5
    _marker(ax, PainKind.PAIN_POINT, x + 8, y + 8, 7, False)
    ax.text(x + 20, y + 8, tr("matrix.legend.addressed", lang), va="center", fontsize=10,
            color=palette.TEXT)


def _ranked_list(ax: Axes, points: Sequence[MatrixPoint], area: Box, lang: str | None) -> None:
    ax.text(area.x, area.y + 4, tr("matrix.list.title", lang), fontsize=13, va="top",
            color=palette.TEXT)
    line = 23.0
    y = area.y + 40
    rows = int((area.bottom - y) // line)
    shown = list(points) if len(points) <= rows else list(points)[: max(0, rows - 1)]
    for p in shown:
        colour = palette.QUADRANT_BAND[p.quadrant]
        ax.text(area.x + 22, y, str(p.rank), ha="right", va="center", fontsize=11,
                color=colour)
        _marker(ax, p.kind, area.x + 36, y, 6.5, p.status is PainStatus.OPEN)
        ax.text(area.x + 50, y, f"{p.impact}×{p.frequency}", va="center", fontsize=10,
                color=palette.MUTED)
        text = elide(p.label, area.w - 92, 11 * PT)
        ax.text(area.x + 88, y, text, va="center", fontsize=11, color=palette.TEXT)
        y += line
    if len(shown) < len(points):
        ax.text(area.x + 46, y, tr("matrix.list.more", lang, n=len(points) - len(shown)),
                va="center", fontsize=9.5, color=palette.MUTED)


def draw_matrix(figure: Figure, points: Sequence[MatrixPoint], lang: str | None = None,
                title: str | None = None, with_list: bool = True) -> Figure:
    """Draw the matrix of ``points`` (already filtered) into ``figure``, cleared first."""
    from matplotlib import rc_context

    figure.clear()
    width = figure.get_figwidth() * 100
    height = figure.get_figheight() * 100
    with rc_context(style()):
        ax = figure.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width)
        ax.set_ylim(height, 0)  # y grows downwards, as in the shared geometry
        ax.axis("off")
        top = 16.0
        if title:
            ax.text(24, 14, title, fontsize=15, va="top", color=palette.TEXT)
            top = 56.0
        list_w = LIST_IN * 100 if with_list else 0.0
        grid_area = Box(0, top, width - list_w, height - top)
        _draw_grid(ax, points, grid_area, lang)
        if not points:
            ax.text(grid_area.x + grid_area.w / 2, top + (height - top) / 2,
                    tr("matrix.empty", lang), ha="center", va="center", fontsize=13,
                    color=palette.MUTED, zorder=6)
        if with_list:
            ranked = sorted(points, key=lambda p: p.rank)
            _ranked_list(ax, ranked, Box(width - list_w + 10, top, list_w - 24,
                                         height - top - 16), lang)
    return figure


def matrix_figure(points: Sequence[MatrixPoint], lang: str | None = None,
                  title: str | None = None, with_list: bool = True) -> Figure:
    width = WIDTH_IN if with_list else WIDTH_IN - LIST_IN
    return draw_matrix(new_figure(width, HEIGHT_IN), points, lang, title, with_list)
