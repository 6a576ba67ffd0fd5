"""The priority matrix widget: quadrants, markers, hover, click and drag-to-re-rate.

It paints with QPainter from a layout computed once per size or data change
(``app.matrix.geometry``), so a repaint only walks a list of ready rectangles — fast enough
for 500 pain points within a frame. It never writes: a drag asks for a re-rate through a
signal and the tab turns that into an undoable command.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.charts import palette
from app.forms.choices import PainKind, PainStatus, enum_label_key
from app.forms.derived import QUADRANT_ORDER
from app.i18n import tr
from app.matrix.geometry import Box, MatrixGeometry, Slot, matrix_geometry, place_markers
from app.matrix.matrix_data import SCALE, MatrixPoint


@dataclass
class _Marker:
    point: MatrixPoint
    slot: Slot
    label: str  # elided to its box
    hit: QRectF


def _rect(b: Box) -> QRectF:
    return QRectF(b.x, b.y, b.w, b.h)


def _diamond(cx: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                      QPointF(cx - r, cy)])


def draw_marker(p: QPainter, kind: PainKind, cx: float, cy: float, r: float,
                filled: bool) -> None:
    """One marker: shape and colour by kind, solid while open, hollow once addressed."""
    colour = QColor(palette.KIND_COLOUR[kind])
    p.setPen(QPen(colour, 1.8))
    p.setBrush(colour if filled else QColor("white"))
    shape = palette.KIND_SHAPE[kind]
    if shape == "circle":
        p.drawEllipse(QPointF(cx, cy), r * 0.95, r * 0.95)
    elif shape == "square":
        s = r * 1.6
        p.drawRect(QRectF(cx - s / 2, cy - s / 2, s, s))
    else:
        p.drawPolygon(_diamond(cx, cy, r))


class MatrixView(QWidget):
    """Impact against frequency, 1–5 each; one marker per pain point."""

    marker_clicked = Signal(int)  # pain-point id
    rerate_requested = Signal(int, int, int)  # pain-point id, new impact, new frequency
    selection_changed = Signal(int)  # pain-point id, 0 when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 340)
        self._points: list[MatrixPoint] = []
        self._markers: list[_Marker] = []
        self._geo: MatrixGeometry | None = None
        self._selected = 0
        self._press: tuple[int, QPointF] | None = None
        self._drag_pos: QPointF | None = None
        self._empty_text = ""
        self._dirty = True
        self._cache: QPixmap | None = None

    # -- data --------------------------------------------------------------------------------
    def set_points(self, points: list[MatrixPoint], empty_text: str = "") -> None:
        self._points = list(points)
        self._empty_text = empty_text
        if self._selected and not any(p.id == self._selected for p in points):
            self._selected = 0
        self._dirty = True
        self.update()

    def points(self) -> list[MatrixPoint]:
        return list(self._points)

    def selected(self) -> int:
        return self._selected

    def set_selected(self, point_id: int) -> None:
        if point_id != self._selected:
            self._selected = point_id
            self.update()

    def marker_center(self, point_id: int) -> QPoint:
        """Where a marker sits on screen (tests and keyboard users aim here)."""
        self._ensure_layout()
        for m in self._markers:
            if m.point.id == point_id:
                return QPoint(round(m.slot.cx), round(m.slot.cy))
        raise KeyError(point_id)

    def cell_center(self, frequency: int, impact: int) -> QPoint:
        self._ensure_layout()
        assert self._geo is not None
        c = self._geo.cell(frequency, impact)
        return QPoint(round(c.x + c.w / 2), round(c.y + c.h / 2))

    def sizeHint(self) -> QSize:
        return QSize(760, 600)

    # -- layout -----------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        # Bigger on a big window: the matrix is read from the back of a meeting room.
        scale = min(1.6, max(1.0, min(self.width() / 900, self.height() / 560)))
        base.setPointSizeF(base.pointSizeF() * scale)
        label = QFont(base)
        label.setPointSizeF(max(8.0, base.pointSizeF()))
        small = QFont(base)
        small.setPointSizeF(max(6.5, base.pointSizeF() * 0.8))
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.15)
        title.setBold(True)
        return label, small, title

    def _ensure_layout(self) -> None:
        if not self._dirty:
            return
        self._cache = None
        label_font, _, title_font = self._fonts()
        fm = QFontMetricsF(label_font)
        tfm = QFontMetricsF(title_font)
        line = fm.height()
        band = tfm.height() + 8
        self._geo = matrix_geometry(
            self.width(), self.height(), left=line * 2 + fm.horizontalAdvance("5") + 14,
            top=6, right=8, bottom=line * 3 + 16, band=band)
        self._markers = []
        for point, slot in place_markers(
                self._points, self._geo, max_radius=max(9.0, line * 0.75), min_radius=5.0,
                label_height=line, min_label_width=fm.horizontalAdvance("MMM"),
                max_label_width=fm.horizontalAdvance("流程环节名称较长") + 4, gap=3.0):
            text = ""
            hit = _rect(slot.marker)
            if slot.label is not None:
                text = fm.elidedText(point.label, Qt.TextElideMode.ElideRight, slot.label.w)
                used = QRectF(slot.label.x, slot.label.y, fm.horizontalAdvance(text),
                              slot.label.h)
                hit = hit.united(used)
            self._markers.append(_Marker(point, slot, text, hit))
        self._dirty = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._dirty = True
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._dirty = True
            self.update()
        super().changeEvent(event)

    def marker_at(self, pos: QPointF) -> MatrixPoint | None:
        self._ensure_layout()
        for m in reversed(self._markers):
            if m.hit.contains(pos):
                return m.point
        return None

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Blit the cached matrix, then draw what changes often on top of it: the selection
        and a marker being dragged. Only data, size or font changes re-render the cache."""
        self._ensure_layout()
        geo = self._geo
        assert geo is not None
        dpr = self.devicePixelRatioF()
        if self._cache is None or self._cache.devicePixelRatio() != dpr:
            self._cache = self._render(geo, dpr)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        drag_id = self._press[0] if self._press and self._drag_pos is not None else 0
        for m in self._markers:
            if m.point.id == self._selected and m.point.id != drag_id:
                p.setPen(QPen(QColor("#111111"), 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(m.hit.adjusted(-3, -3, 3, 3), 4, 4)
        if drag_id and self._drag_pos is not None:
            self._paint_drag(p, geo, drag_id)
        p.end()

    def _render(self, geo: MatrixGeometry, dpr: float) -> QPixmap:
        label_font, small_font, title_font = self._fonts()
        pix = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(QColor("white"))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_quadrants(p, geo, title_font)
        self._paint_axes(p, geo, label_font)
        self._paint_markers(p, small_font, label_font)
        if not self._points and self._empty_text:
            p.setPen(QColor(palette.MUTED))
            p.drawText(_rect(geo.grid), Qt.AlignmentFlag.AlignCenter, self._empty_text)
        p.end()
        return pix

    def _paint_markers(self, p: QPainter, small: QFont, label_font: QFont) -> None:
        """Shapes grouped by style, then all rank numbers, then all labels: few state
        changes, so 500 markers paint in a few milliseconds."""
        groups: dict[tuple[PainKind, bool], list[_Marker]] = {}
        for m in self._markers:
            groups.setdefault((m.point.kind, m.point.status is PainStatus.OPEN), []).append(m)
        for (kind, filled), members in groups.items():
            colour = QColor(palette.KIND_COLOUR[kind])
            p.setPen(QPen(colour, 1.8))
            p.setBrush(colour if filled else QColor("white"))
            shape = palette.KIND_SHAPE[kind]
            for m in members:
                s = m.slot
                if shape == "circle":
                    p.drawEllipse(QPointF(s.cx, s.cy), s.radius * 0.95, s.radius * 0.95)
                elif shape == "square":
                    a = s.radius * 1.6
                    p.drawRect(QRectF(s.cx - a / 2, s.cy - a / 2, a, a))
                else:
                    p.drawPolygon(_diamond(s.cx, s.cy, s.radius))
        p.setFont(small)
        sfm = QFontMetricsF(small)
        for (kind, filled), members in groups.items():
            p.setPen(QColor("white") if filled else QColor(palette.KIND_COLOUR[kind]))
            for m in members:
                rank = str(m.point.rank)
                # The rank goes inside only where it fits; the tooltip always tells it.
                if m.slot.radius >= 7 and sfm.horizontalAdvance(rank) <= m.slot.radius * 1.8:
                    p.drawText(_rect(m.slot.marker), Qt.AlignmentFlag.AlignCenter, rank)
        p.setFont(label_font)
        p.setPen(QColor(palette.TEXT))
        fm = QFontMetricsF(label_font)
        shift = (fm.ascent() - fm.descent()) / 2
        for m in self._markers:
            box = m.slot.label
            if m.label and box is not None:
                p.drawText(QPointF(box.x, box.y + box.h / 2 + shift), m.label)

    def _paint_quadrants(self, p: QPainter, geo: MatrixGeometry, title_font: QFont) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        for q in QUADRANT_ORDER:
            p.fillRect(_rect(geo.quadrant_box(q)), QColor(palette.QUADRANT_FILL[q]))
            band = _rect(geo.band_box(q)).adjusted(1, 1, -1, -1)
            p.fillRect(band, QColor(palette.QUADRANT_BAND[q]))
        p.setFont(title_font)
        p.setPen(QColor("white"))
        for q in QUADRANT_ORDER:
            p.drawText(_rect(geo.band_box(q)), Qt.AlignmentFlag.AlignCenter,
                       tr(enum_label_key(q)))
        g = geo.grid
        p.setPen(QPen(QColor(palette.GRID_LINE), 1.5))
        for i in range(1, len(SCALE)):
            x = g.x + i * geo.cell_w
            y = g.y + i * geo.cell_h
            p.drawLine(QPointF(x, g.y), QPointF(x, g.bottom))
            p.drawLine(QPointF(g.x, y), QPointF(g.right, y))
        act = geo.quadrant_box(QUADRANT_ORDER[0])
        p.setPen(QPen(QColor(palette.THRESHOLD_LINE), 2))
        p.drawLine(QPointF(act.x, g.y), QPointF(act.x, g.bottom))
        p.drawLine(QPointF(g.x, act.bottom), QPointF(g.right, act.bottom))
        p.setPen(QPen(QColor(palette.THRESHOLD_LINE), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(_rect(g))

    def _paint_axes(self, p: QPainter, geo: MatrixGeometry, font: QFont) -> None:
        fm = QFontMetricsF(font)
        line = fm.height()
        g = geo.grid
        p.setFont(font)
        p.setPen(QColor(palette.TEXT))
        below = g.bottom + geo.band + 2
        for v in SCALE:
            c = geo.cell(v, 1)
            p.drawText(QRectF(c.x, below, c.w, line), Qt.AlignmentFlag.AlignCenter, str(v))
            c = geo.cell(1, v)
            p.drawText(QRectF(g.x - line - 6, c.y, line, c.h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
        p.drawText(QRectF(g.x, below + line, g.w, line), Qt.AlignmentFlag.AlignCenter,
                   tr("matrix.axis.frequency") + " →")
        p.save()
        p.translate(4, g.y + g.h / 2)
        p.rotate(-90)
        p.drawText(QRectF(-g.h / 2, 0, g.h, line), Qt.AlignmentFlag.AlignCenter,
                   tr("matrix.axis.impact") + " →")
        p.restore()
        # Legend: the three kinds, and what a hollow marker means.
        x = g.x
        y = below + 2 * line + 2
        r = line * 0.38
        entries = [(k, True, tr(enum_label_key(k))) for k in PainKind]
        entries.append((PainKind.PAIN_POINT, False, tr("matrix.legend.addressed")))
        for kind, filled, text in entries:
            draw_marker(p, kind, x + r, y + line / 2, r, filled)
            p.setPen(QColor(palette.TEXT))
            w = fm.horizontalAdvance(text)
            p.drawText(QRectF(x + 2 * r + 5, y, w + 2, line), Qt.AlignmentFlag.AlignVCenter,
                       text)
            x += 2 * r + 5 + w + 18

    def _paint_drag(self, p: QPainter, geo: MatrixGeometry, drag_id: int) -> None:
        assert self._drag_pos is not None
        dragged = next(m for m in self._markers if m.point.id == drag_id)
        p.fillRect(dragged.hit.adjusted(-2, -2, 2, 2), QColor(255, 255, 255, 170))
        cell = geo.cell_at(self._drag_pos.x(), self._drag_pos.y())
        if cell is not None:
            p.setPen(QPen(QColor("#111111"), 3, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(_rect(geo.cell(*cell)).adjusted(2, 2, -2, -2))
        point = next(m for m in self._markers if m.point.id == drag_id)
        draw_marker(p, point.point.kind, self._drag_pos.x(), self._drag_pos.y(),
                    point.slot.radius, True)

    # -- interaction ------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            point = self.marker_at(QPointF(e.pos()))
            if point is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), tooltip_html(point), self)
            return True
        return super().event(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(e)
        point = self.marker_at(e.position())
        self._press = (point.id, e.position()) if point else None
        self._drag_pos = None
        if point is None and self._selected:
            self._selected = 0
            self.selection_changed.emit(0)
            self.update()
        e.accept()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._press is not None and e.buttons() & Qt.MouseButton.LeftButton:
            moved = (e.position() - self._press[1]).manhattanLength()
            if self._drag_pos is not None or moved >= QApplication.startDragDistance():
                self._drag_pos = e.position()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        hovering = self.marker_at(e.position()) is not None
        self.setCursor(Qt.CursorShape.OpenHandCursor if hovering else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(e)
        point_id, _ = self._press
        dragged = self._drag_pos is not None
        self._press = None
        self._drag_pos = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._select(point_id)
        if dragged:
            assert self._geo is not None
            cell = self._geo.cell_at(e.position().x(), e.position().y())
            point = next(p for p in self._points if p.id == point_id)
            if cell is not None and cell != point.cell:
                frequency, impact = cell
                self.rerate_requested.emit(point_id, impact, frequency)
        else:
            self.marker_clicked.emit(point_id)
        self.update()

    def _select(self, point_id: int) -> None:
        if point_id != self._selected:
            self._selected = point_id
            self.selection_changed.emit(point_id)


def tooltip_html(p: MatrixPoint) -> str:
    """The whole description, with what else a coordinator asks about a pain point."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    sep = "、"
    rows = [
        f"<b>#{p.rank} {esc(p.step or p.label)}</b> · {esc(tr(enum_label_key(p.kind)))}",
        esc(p.description) if p.description else "",
        f"{esc(tr('field.pain.impact'))}: {p.impact} · {esc(tr('field.pain.frequency'))}: "
        f"{p.frequency} · {esc(tr(enum_label_key(p.quadrant)))}",
    ]
    if p.evidence:
        rows.append(f"{esc(tr('field.pain.evidence'))}: {esc(p.evidence)}")
    if p.departments:
        rows.append(f"{esc(tr('field.pain.departments'))}: {esc(sep.join(p.departments))}")
    status = tr(enum_label_key(p.status))
    if p.measures:
        status += f" — {tr('field.pain.measures')}: {sep.join(p.measures)}"
    rows.append(esc(status))
    return "<p style='white-space:pre-wrap; max-width:28em'>" + "<br>".join(
        r for r in rows if r) + "</p>"
