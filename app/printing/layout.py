"""Where a PDF page is laid out: A4 pages per sheet, header, footer with "page X of Y",
tables whose header row repeats on every page, and the signature block."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import tr
from app.printing import fonts
from app.printing.content import PrintJob, Progress, SheetData, SignatureBlock
from app.printing.table import GRID, HEAD_BG, column_widths, data_table
from app.printing.textcell import TextCell

MARGIN = 12 * mm
HEADER_H = 17 * mm
FOOTER_H = 9 * mm
MUTED = colors.HexColor("#4A4F57")
SIGN_ROW_H = 11 * mm  # tall enough to sign by hand


def page_size(sheet: SheetData) -> tuple[float, float]:
    return landscape(A4) if sheet.landscape else A4


def frame_size(sheet: SheetData) -> tuple[float, float]:
    w, h = page_size(sheet)
    return w - 2 * MARGIN, h - 2 * MARGIN - HEADER_H - FOOTER_H


# -- page decoration --------------------------------------------------------------------
def _fake_bold(canvas: Canvas, x: float, y: float, text: str, size: float,
               anchor: str = "left") -> None:
    """Title text drawn filled and stroked: the CJK font has no bold face."""
    canvas.saveState()
    canvas.setLineWidth(size * 0.03)
    canvas._code.append("2 Tr")  # fill then stroke
    fonts.draw_string(canvas, x, y, text, size, anchor)
    canvas._code.append("0 Tr")
    canvas.restoreState()


def sheet_title(sheet: SheetData, lang: str) -> str:
    if sheet.number is None:
        return sheet.title
    return f"{tr('form.number', lang, n=sheet.number)}  {sheet.title}"


def _on_page(job: PrintJob, index: int, sheet: SheetData) -> Callable[[Canvas, Any], None]:
    lang = job.lang

    def draw(canvas: Canvas, doc: Any) -> None:
        # The same on every page of the sheet: drawn once, then placed as a form XObject.
        w, h = page_size(sheet)
        name = f"sheet{index}"
        if not canvas.hasForm(name):
            canvas.beginForm(name)
            decorate(canvas, w, h)
            canvas.endForm()
        canvas.doForm(name)
        # "page X of Y" needs the sheet's page count: drawn when the document is saved.
        canvas._sheet_index = index  # type: ignore[attr-defined]
        canvas._page_label = (tr("print.footer.page", lang), w - MARGIN, MARGIN + 2)  # type: ignore[attr-defined]

    def decorate(canvas: Canvas, w: float, h: float) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top = h - MARGIN - 9
        fonts.draw_string(canvas, MARGIN, top, job.organisation, 9)
        fonts.draw_string(canvas, w - MARGIN, top, job.initiative, 9, anchor="right")
        canvas.setFillColor(colors.black)
        _fake_bold(canvas, w / 2, top - 22, sheet_title(sheet, lang), 15, anchor="centre")
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.8)
        rule_y = h - MARGIN - HEADER_H + 9
        canvas.line(MARGIN, rule_y, w - MARGIN, rule_y)
        foot_y = MARGIN + 2
        canvas.line(MARGIN, MARGIN + FOOTER_H - 4, w - MARGIN, MARGIN + FOOTER_H - 4)
        canvas.setFillColor(MUTED)
        fonts.draw_string(canvas, MARGIN, foot_y,
                          tr("print.footer.printed", lang, date=job.printed_on.isoformat()), 8)
        fonts.draw_string(canvas, w / 2, foot_y,
                          tr("print.footer.version", lang, tag=sheet.version), 8, anchor="centre")
        canvas.restoreState()

    return draw


class NumberedCanvas(Canvas):
    """Keeps each page until the end so that every page can say "page X of Y", counted
    within its own sheet: a form passed round for signing is numbered on its own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # reportlab opens every page in Helvetica, which would leave an unembedded font.
        kwargs["initialFontName"] = fonts.LATIN
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(p.get("_sheet_index", 0) for p in self._pages)
        seen: Counter[int] = Counter()
        for state in self._pages:
            self.__dict__.update(state)
            index = state.get("_sheet_index", 0)
            seen[index] += 1
            label = state.get("_page_label")
            if label is not None:
                template, x, y = label
                self.saveState()
                self.setFillColor(MUTED)
                fonts.draw_string(self, x, y, template.format(page=seen[index],
                                                              pages=totals[index]), 8,
                                  anchor="right")
                self.restoreState()
            super().showPage()
        super().save()


# -- the signature block ---------------------------------------------------------------
def signature_flowables(block: SignatureBlock, width: float, lang: str) -> list[Any]:
    size = 10
    widths = column_widths(block.columns, width)
    data: list[list[Any]] = [[TextCell(c.label, 9, "CENTER") for c in block.columns]]
    for line in block.lines:
        data.append([TextCell(t, size) if t else "" for t in line])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                  rowHeights=[None] + [SIGN_ROW_H] * len(block.lines),
                  style=TableStyle([
                      ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                      ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                      ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                      ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 5),
                      ("TOPPADDING", (0, 0), (-1, 0), 3),
                      ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                  ]))
    return [KeepTogether([
        Spacer(1, 5 * mm),
        TextCell(block.heading, 11),
        Spacer(1, 3),
        TextCell(block.note, 8.5, color=MUTED),
        Spacer(1, 5),
        table,
    ])]


def sheet_flowables(sheet: SheetData, lang: str) -> list[Any]:
    width, height = frame_size(sheet)
    if sheet.body is not None:
        story = list(sheet.body(sheet, width, height))
    else:
        story = data_table(sheet.columns, sheet.rows, width, sheet.font_size, sheet.empty_text,
                           lang)
    if sheet.signature is not None:
        block = signature_flowables(sheet.signature, width, lang)
        if story and hasattr(story[-1], "keep_room"):  # a chart that can make room for it
            story[-1].keep_room = _height(block[0]._content, width, height) + 1
        story.extend(block)
    return story


def _height(flowables: list[Any], width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] for f in flowables)


# -- the document -----------------------------------------------------------------------
def build(job: PrintJob, out: str | BinaryIO, progress: Progress | None = None) -> None:
    """Lay out every sheet of ``job`` into one PDF written to ``out``.

    Each sheet starts on a new page with its own orientation, header and page count.
    ``progress(done, total)`` may raise ``Cancelled`` to stop.
    """
    fonts.register()
    templates = []
    story: list[Any] = []
    for i, sheet in enumerate(job.sheets):
        w, h = page_size(sheet)
        fw, fh = frame_size(sheet)
        frame = Frame(MARGIN, MARGIN + FOOTER_H, fw, fh, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=f"f{i}")
        templates.append(PageTemplate(id=f"sheet{i}", frames=[frame],
                                      onPage=_on_page(job, i, sheet), pagesize=(w, h)))
        if i:
            story.extend([NextPageTemplate(f"sheet{i}"), PageBreak()])
        story.extend(sheet_flowables(sheet, job.lang))
    doc = BaseDocTemplate(out, pagesize=page_size(job.sheets[0]), pageTemplates=templates,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=_doc_title(job), author=job.organisation,
                          creator="CrossDesk", lang="zh-CN" if job.lang == "zh_CN" else "en")
    if progress is not None:
        total = {"n": max(1, len(story))}

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total["n"] = max(1, value)
            elif kind == "PROGRESS":
                progress(value, total["n"])

        doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=NumberedCanvas)


def _doc_title(job: PrintJob) -> str:
    if len(job.sheets) == 1:
        return f"{job.initiative} — {sheet_title(job.sheets[0], job.lang)}"
    return job.initiative
