"""The priority matrix drawn straight onto the PDF page, with the ranked list beside it.

It draws the records of ``app.charts.matrix_content`` — the same quadrants, markers,
legend and ranked list as the matplotlib picture the matrix tab exports — as vectors in
the embedded fonts: sharp at any zoom, pain-point names searchable, and a hundredth of
the time that building a figure and a PNG took. Sizes are real points on the page, so
the labels print at a readable size instead of a scaled-down screen picture's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from app.charts import palette
from app.charts.matrix_content import (
    legend_items,
    matrix_markers,
    quadrant_areas,
    ranked_list,
)
from app.i18n import tr
from app.matrix.geometry import Box, matrix_geometry
from app.matrix.matrix_data import SCALE, MatrixPoint
from app.printing import fonts
from app.printing.drawing import colour, diamond, draw_middle, elide
from app.printing.textcell import text_width

LIST_W = 190.0  # the ranked list beside the matrix
BAND = 15.0  # quadrant name bands above and below the grid
LEFT, RIGHT, BOTTOM = 40.0, 8.0, 46.0  # room for the axes' numbers, titles and the legend
LABEL_PT = 7.0
MAX_RADIUS_PT, MIN_RADIUS_PT = 6.8, 3.4
BAND_PT, AXIS_PT, LEGEND_PT = 8.5, 8.0, 7.0
LIST_TITLE_PT, LIST_PT, LIST_LINE = 9.5, 7.5, 11.0
MARKER_LINE = 0.9


def draw_marker(canv: Any, shape: str, tint: str, cx: float, cy: float, r: float,
                filled: bool) -> None:
    """A marker in page coordinates (y up): shape and colour tell the kind, a hollow one
    an addressed pain point — as on screen."""
    canv.setStrokeColor(colour(tint))
    canv.setFillColor(colour(tint if filled else "#ffffff"))
    canv.setLineWidth(MARKER_LINE)
    if shape == "circle":
        canv.circle(cx, cy, r * 0.95, stroke=1, fill=1)
    elif shape == "square":
        s = r * 1.6
        canv.rect(cx - s / 2, cy - s / 2, s, s, stroke=1, fill=1)
    else:
        canv.drawPath(diamond(canv, cx, cy, r), stroke=1, fill=1)


class MatrixChart(Flowable):
    """The whole matrix sheet's body: it takes the frame it is given, on one page."""

    def __init__(self, points: Sequence[MatrixPoint], lang: str) -> None:
        super().__init__()
        self.points = list(points)
        self.lang = lang

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        # Shared geometry has y growing downwards; flip once here, and back for text.
        self._grid(canv, Box(0, 0, self.width - LIST_W, self.height))
        self._list(canv, Box(self.width - LIST_W + 10, 0, LIST_W - 10, self.height))
        canv.restoreState()

    def _y(self, y: float) -> float:
        return self.height - y

    def _grid(self, canv: Any, area: Box) -> None:
        y, lang = self._y, self.lang
        geo = matrix_geometry(area.right, area.bottom, left=area.x + LEFT, top=area.y,
                              right=RIGHT, bottom=BOTTOM, band=BAND)
        quadrants = quadrant_areas(geo, lang)
        for q in quadrants:
            canv.setFillColor(colour(q.fill))
            canv.rect(q.box.x, y(q.box.bottom), q.box.w, q.box.h, stroke=0, fill=1)
        canv.setStrokeColor(colour("#ffffff"))
        canv.setLineWidth(1.2)
        for q in quadrants:
            b = q.band
            canv.setFillColor(colour(q.band_colour))
            canv.rect(b.x, y(b.bottom), b.w, b.h, stroke=1, fill=1)
        g = geo.grid
        canv.setLineWidth(1.0)
        canv.lines([(g.x + i * geo.cell_w, y(g.y), g.x + i * geo.cell_w, y(g.bottom))
                    for i in range(1, len(SCALE))]
                   + [(g.x, y(g.y + i * geo.cell_h), g.right, y(g.y + i * geo.cell_h))
                      for i in range(1, len(SCALE))])
        # The threshold lines between low and high, where the quadrants meet.
        act = quadrants[0].box
        canv.setStrokeColor(colour(palette.THRESHOLD_LINE))
        canv.setLineWidth(1.3)
        canv.lines([(act.x, y(g.y), act.x, y(g.bottom)),
                    (g.x, y(act.bottom), g.right, y(act.bottom))])
        canv.setLineWidth(0.7)
        canv.rect(g.x, y(g.bottom), g.w, g.h, stroke=1, fill=0)
        canv.setFillColor(colour("#ffffff"))
        for q in quadrants:
            b = q.band
            draw_middle(canv, b.x + b.w / 2, y(b.y + b.h / 2), q.name, BAND_PT, "centre")
        canv.setFillColor(colour(palette.TEXT))
        for v in SCALE:
            c = geo.cell(v, 1)
            fonts.draw_string(canv, c.x + c.w / 2, y(g.bottom + BAND + 3) - AXIS_PT * 0.75,
                              str(v), AXIS_PT, "centre")
            c = geo.cell(1, v)
            draw_middle(canv, g.x - 6, y(c.y + c.h / 2), str(v), AXIS_PT, "right")
        fonts.draw_string(canv, g.x + g.w / 2, y(g.bottom + BAND + 15) - AXIS_PT * 0.75,
                          tr("matrix.axis.frequency", lang) + " →", AXIS_PT, "centre")
        canv.saveState()
        canv.translate(g.x - 24, y(g.y + g.h / 2))
        canv.rotate(90)
        draw_middle(canv, 0, 0, tr("matrix.axis.impact", lang) + " →", AXIS_PT, "centre")
        canv.restoreState()
        self._legend(canv, g.x, y(g.bottom + BAND + 36))
        self._markers(canv, geo)
        if not self.points:  # on a white plate: it sits where the threshold lines cross
            message = tr("matrix.empty", lang)
            w = text_width(message, 11) + 16
            canv.setFillColor(colour("#ffffff"))
            canv.roundRect(g.x + g.w / 2 - w / 2, y(g.y + g.h / 2) - 10, w, 20, 3, stroke=0,
                           fill=1)
            canv.setFillColor(colour(palette.MUTED))
            draw_middle(canv, g.x + g.w / 2, y(g.y + g.h / 2), message, 11, "centre")

    def _markers(self, canv: Any, geo: Any) -> None:
        y = self._y
        markers = matrix_markers(self.points, geo, 1.0, LABEL_PT, MAX_RADIUS_PT,
                                 MIN_RADIUS_PT)
        for m in markers:
            draw_marker(canv, m.shape, m.colour, m.cx, y(m.cy), m.radius, m.filled)
            canv.setFillColor(colour(m.number_colour))
            size = min(m.number_pt, 2 * m.radius * 0.9 / max(1, len(m.number)) / 0.55)
            draw_middle(canv, m.cx, y(m.cy), m.number, size, "centre")
        canv.setFillColor(colour(palette.TEXT))
        for m in markers:
            box = m.label_box
            if box is None:
                continue
            text = elide(m.label, box.w, m.label_pt)
            if text:
                draw_middle(canv, box.x, y(box.y + box.h / 2), text, m.label_pt)

    def _legend(self, canv: Any, x: float, y: float) -> None:
        for item in legend_items(self.lang):
            draw_marker(canv, item.shape, item.colour, x + 4, y, 3.6, item.filled)
            canv.setFillColor(colour(palette.TEXT))
            x += 11 + draw_middle(canv, x + 11, y, item.text, LEGEND_PT) + 12

    def _list(self, canv: Any, area: Box) -> None:
        y = self._y
        canv.setFillColor(colour(palette.TEXT))
        fonts.draw_string(canv, area.x, y(area.y + LIST_TITLE_PT), tr("matrix.list.title",
                                                                     self.lang),
                          LIST_TITLE_PT)
        top = area.y + LIST_TITLE_PT + 12
        entries, more = ranked_list(self.points, int((area.bottom - top) // LIST_LINE),
                                    self.lang)
        rank_w = max((text_width(e.rank, LIST_PT) for e in entries), default=0.0)
        rating_w = max((text_width(e.rating, LIST_PT - 0.5) for e in entries), default=0.0)
        x_marker = area.x + rank_w + 7
        x_rating = x_marker + 7
        x_label = x_rating + rating_w + 5
        line = top
        for e in entries:
            canv.setFillColor(colour(e.rank_colour))
            draw_middle(canv, area.x + rank_w, y(line), e.rank, LIST_PT, "right")
            draw_marker(canv, e.shape, e.colour, x_marker, y(line), 3.3, e.filled)
            canv.setFillColor(colour(palette.MUTED))
            draw_middle(canv, x_rating, y(line), e.rating, LIST_PT - 0.5)
            canv.setFillColor(colour(palette.TEXT))
            draw_middle(canv, x_label, y(line),
                        elide(e.label, area.right - x_label, LIST_PT), LIST_PT)
            line += LIST_LINE
        if more:
            canv.setFillColor(colour(palette.MUTED))
            draw_middle(canv, x_rating, y(line), more, LIST_PT - 0.5)
