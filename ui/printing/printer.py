"""Sends the rendered PDF pages to a printer: each page drawn as an image at the printer's
resolution (at most 300 dpi), turned when a landscape sheet meets portrait paper."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def print_document(doc: QPdfDocument, printer: QPrinter,
                   progress: Callable[[int, int], bool] | None = None) -> bool:
    """Print every page of ``doc``; ``progress(done, total)`` returning False stops.
    Returns False when nothing could be printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        total = doc.pageCount()
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(total):
            if index:
                printer.newPage()
            _draw_page(painter, printer, doc, index, dpi)
            if progress is not None and not progress(index + 1, total):
                break
    finally:
        painter.end()
    return True


def _draw_page(painter: QPainter, printer: QPrinter, doc: QPdfDocument, index: int,
               dpi: int) -> None:
    page_pt = doc.pagePointSize(index)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    page_landscape = page_pt.width() > page_pt.height()
    paper_landscape = area.width() > area.height()
    turn = page_landscape != paper_landscape
    image = doc.render(index, QSize(round(page_pt.width() / 72 * dpi),
                                    round(page_pt.height() / 72 * dpi)))
    target_w, target_h = (area.height(), area.width()) if turn else (area.width(), area.height())
    scale = min(target_w / image.width(), target_h / image.height())
    w, h = image.width() * scale, image.height() * scale
    painter.save()
    if turn:
        painter.setTransform(QTransform().translate(area.width(), 0).rotate(90))
    painter.drawImage(QRectF((target_w - w) / 2, (target_h - h) / 2, w, h), image)
    painter.restore()
