"""The priority matrix as a picture, drawn off-screen for PNG export and the printed sheet.

It uses the same geometry as the Qt widget (``app.matrix.geometry``), so the printed matrix
looks like the one on screen: quadrants shaded and named, one marker per pain point whose
shape and colour tell its kind, its rank inside and its short name beside it. Beside the
matrix, optionally, the ranked list in the one order of ``app.forms.derived``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts import palette
from app.charts.figures import new_figure, style
from app.charts.matrix_content import (
    elide,
    legend_items,
    matrix_markers,
    quadrant_areas,
    ranked_list,
)
from app.i18n import tr
from app.matrix.geometry import Box, matrix_geometry
from app.matrix.matrix_data import SCALE, MatrixPoint, display_width

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

PT = 100 / 72  # drawing units (1/100 inch) per typographic point
WIDTH_IN, HEIGHT_IN = 14.0, 8.6
LIST_IN = 4.6  # width of the ranked list beside the matrix

__all__ = ["draw_matrix", "elide", "matrix_figure"]


def _marker(ax: Axes, shape: str, colour: str, cx: float, cy: float, r: float,
            filled: bool) -> None:
    from matplotlib.patches import Circle, Rectangle, RegularPolygon

    face = colour if filled else "white"
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
    quadrants = quadrant_areas(geo, lang)
    for q in quadrants:
        box = q.box
        ax.add_patch(Rectangle((box.x, box.y), box.w, box.h, fc=q.fill, ec="none", zorder=0))
        b = q.band
        ax.add_patch(Rectangle((b.x, b.y), b.w, b.h, fc=q.band_colour, ec="white", lw=2,
                               zorder=1))
        ax.text(b.x + b.w / 2, b.y + b.h / 2, q.name, ha="center", va="center", fontsize=12,
                color="white", zorder=2)
    g = geo.grid
    for i in range(1, len(SCALE)):
        x = g.x + i * geo.cell_w
        y = g.y + i * geo.cell_h
        ax.plot([x, x], [g.y, g.bottom], color=palette.GRID_LINE, lw=1.5, zorder=1)
        ax.plot([g.x, g.right], [y, y], color=palette.GRID_LINE, lw=1.5, zorder=1)
    # The threshold lines between low and high, where the quadrants meet.
    act = quadrants[0].box
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
    for m in matrix_markers(points, geo, PT):
        _marker(ax, m.shape, m.colour, m.cx, m.cy, m.radius, m.filled)
        ax.text(m.cx, m.cy, m.number, ha="center", va="center", fontsize=m.number_pt,
                color=m.number_colour, zorder=5)
        if m.label_box is not None:
            text = elide(m.label, m.label_box.w, m.label_pt * PT)
            ax.text(m.label_box.x, m.label_box.y + m.label_box.h / 2, text, ha="left",
                    va="center", fontsize=m.label_pt, color=palette.TEXT, zorder=5)


def _legend(ax: Axes, x: float, y: float, lang: str | None) -> None:
    for item in legend_items(lang):
        _marker(ax, item.shape, item.colour, x + 8, y + 8, 7, item.filled)
        ax.text(x + 20, y + 8, item.text, va="center", fontsize=10, color=palette.TEXT)
        x += 34 + display_width(item.text) * 7.5


def _ranked_list(ax: Axes, points: Sequence[MatrixPoint], area: Box, lang: str | None) -> None:
    ax.text(area.x, area.y + 4, tr("matrix.list.title", lang), fontsize=13, va="top",
            color=palette.TEXT)
    line = 23.0
    y = area.y + 40
    entries, more = ranked_list(points, int((area.bottom - y) // line), lang)
    for e in entries:
        ax.text(area.x + 22, y, e.rank, ha="right", va="center", fontsize=11,
                color=e.rank_colour)
        _marker(ax, e.shape, e.colour, area.x + 36, y, 6.5, e.filled)
        ax.text(area.x + 50, y, e.rating, va="center", fontsize=10, color=palette.MUTED)
        text = elide(e.label, area.w - 92, 11 * PT)
        ax.text(area.x + 88, y, text, va="center", fontsize=11, color=palette.TEXT)
        y += line
    if more:
        ax.text(area.x + 46, y, more, va="center", fontsize=9.5, color=palette.MUTED)


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
            _ranked_list(ax, points, Box(width - list_w + 10, top, list_w - 24,
                                         height - top - 16), lang)
    return figure


def matrix_figure(points: Sequence[MatrixPoint], lang: str | None = None,
                  title: str | None = None, with_list: bool = True) -> Figure:
    width = WIDTH_IN if with_list else WIDTH_IN - LIST_IN
    return draw_matrix(new_figure(width, HEIGHT_IN), points, lang, title, with_list)
