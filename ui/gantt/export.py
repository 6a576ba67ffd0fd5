"""The chart as a PNG image or a PDF of as many pages as the plan needs, with the task
names printed beside the bars so a page can be read on paper alone."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.schedule.plan_view import Snapshot
from ui.gantt import palette
from ui.gantt.bar_geometry import GanttLayout
from ui.gantt.painter import HEADER_H, ROW_H, ChartPainter
from ui.gantt.timescale import TimeScale, Zoom

NAMES_W = 240
MAX_IMAGE_SIDE = 30_000  # beyond this many image readers refuse the file
PDF_DPI = 96  # one chart pixel per printer dot keeps the 24-px rows at a readable 6 mm


class ExportTooLarge(Exception):
    """The plan does not fit one image; the PDF splits it into pages instead."""


def _names(p: QPainter, layout: GanttLayout, first: int, last: int, y: float,
           font: QFont, bold: QFont, no_measure: str) -> None:
    p.fillRect(QRectF(0, 0, NAMES_W, HEADER_H), palette.HEADER_BG)
    for i in range(first, last):
        row = layout.rows[i]
        top = y + (i - first) * ROW_H
        if row.task is None:
            p.fillRect(QRectF(0, top, NAMES_W, ROW_H), palette.GROUP_ROW)
            p.setFont(bold)
            text = row.group_name or no_measure
        else:
            p.setFont(font)
            text = ("◆ " if row.task.milestone else "") + row.task.name
        p.setPen(palette.TEXT)
        elided = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, NAMES_W - 12)
        p.drawText(QRectF(6, top, NAMES_W - 8, ROW_H),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
    p.setPen(palette.GRID)
    p.drawLine(NAMES_W - 1, 0, NAMES_W - 1, int(y + (last - first) * ROW_H))


def export_png(*args: object, **kw: object) -> None:
    _export_png(*args, **kw)  # type: ignore[arg-type]


def export_pdf(*args: object, **kw: object) -> int:
    return _export_pdf(*args, **kw)  # type: ignore[arg-type]


def _export_png(path: str, painter: ChartPainter, layout: GanttLayout, snap: Snapshot,
               zoom: Zoom, no_measure: str) -> None:
    scale = TimeScale(layout.origin, zoom.value)
    width = NAMES_W + int(layout.days * zoom.value)
    height = HEADER_H + len(layout.rows) * ROW_H
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ExportTooLarge
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _names(p, layout, 0, len(layout.rows), HEADER_H, painter.font, painter.bold, no_measure)
    p.translate(NAMES_W, 0)
    painter.paint(p, layout, snap.calendar, snap.today, scale, 0, 0, width - NAMES_W, height)
    p.end()
    if not image.save(path, "PNG"):
        raise OSError(path)


def pdf_zoom(layout: GanttLayout, page_width: float, wanted: Zoom) -> Zoom:
    """The finest zoom, no finer than ``wanted``, at which the dates fit across a page."""
    levels = list(Zoom)
    for zoom in levels[levels.index(wanted):]:
        if NAMES_W + layout.days * zoom.value <= page_width:
            return zoom
    return Zoom.QUARTER


def _export_pdf(path: str, painter: ChartPainter, layout: GanttLayout, snap: Snapshot,
               zoom: Zoom, title: str, page_label: str, no_measure: str) -> int:
    """Write the chart on A3 landscape pages; returns the number of pages.
    ``page_label`` has ``%1`` and ``%2`` for the page number and count."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A3),
                                     QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    page = writer.pageLayout().paintRectPixels(PDF_DPI)
    page_size = QSizeF(page.width(), page.height())
    zoom = pdf_zoom(layout, page_size.width(), zoom)
    full_width = NAMES_W + layout.days * zoom.value
    fit = min(1.0, page_size.width() / full_width)
    title_h = 30
    rows_per_page = max(1, int((page_size.height() / fit - title_h - HEADER_H) // ROW_H))
    total = len(layout.rows)
    pages = max(1, -(-total // rows_per_page))
    scale = TimeScale(layout.origin, zoom.value)
    p = QPainter(writer)
    title_font = QFont(painter.bold)
    title_font.setPointSizeF(painter.font.pointSizeF() * 1.3)
    for n in range(pages):
        if n:
            writer.newPage()
        first = n * rows_per_page
        last = min(total, first + rows_per_page)
        p.save()
        p.scale(fit, fit)
        p.setFont(title_font)
        p.setPen(palette.TEXT)
        width = page_size.width() / fit
        p.drawText(QRectF(0, 0, width, title_h),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        label = page_label.replace("%1", str(n + 1)).replace("%2", str(pages))
        p.drawText(QRectF(0, 0, width, title_h),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        p.translate(0, title_h)
        _names(p, layout, first, last, HEADER_H, painter.font, painter.bold, no_measure)
        p.translate(NAMES_W, 0)
        h = HEADER_H + (last - first) * ROW_H
        painter.paint(p, layout, snap.calendar, snap.today, scale, 0, first * ROW_H,
                      int(layout.days * zoom.value), h)
        p.restore()
    p.end()
    return pages
