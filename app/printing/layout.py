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
from app.printing.content import (
    Column,
    PrintJob,
    Progress,
    SheetData,
    SignatureBlock,
)
from app.printing.textcell import LEADING, TextCell, text_width

MARGIN = 12 * mm
HEADER_H = 17 * mm
FOOTER_H = 9 * mm
PADDING = 3
GRID = colors.HexColor("#7A8088")
HEAD_BG = colors.HexColor("#E4E8EE")
STRIPE = colors.HexColor("#F6F7F9")
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
        w, h = page_size(sheet)
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
        # "page X of Y" needs the sheet's page count: drawn when the document is saved.
        canvas._sheet_index = index  # type: ignore[attr-defined]
        canvas._page_label = (tr("print.footer.page", lang), w - MARGIN, foot_y)  # type: ignore[attr-defined]

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


# -- tables -----------------------------------------------------------------------------
def column_widths(columns: list[Column], total: float) -> list[float]:
    weight = sum(c.weight for c in columns) or 1
    return [total * c.weight / weight for c in columns]


def _longest_word(text: str, size: float) -> float:
    # a short Chinese heading stays on one line; a long one may wrap after four characters
    words = text.split() if not fonts.has_cjk(text) else [text if len(text) <= 6 else text[:4]]
    return max((text_width(w, size) for w in words), default=0.0)


def fit_widths(columns: list[Column], rows: list[list[str]], total: float,
               size: float) -> list[float]:
    """Column widths that fill ``total``: dates and figures exactly as wide as their
    longest value, every column at least as wide as the longest word of its heading and
    values, the rest shared by the form's declared widths."""
    pad = 2 * PADDING + 0.5
    cap = total / 10  # a long e-mail address may wrap rather than squeeze every other column
    floor = [max(_longest_word(c.label, size),
                 min(cap, max((_longest_word(r[i], size) for r in rows), default=0.0))) + pad
             for i, c in enumerate(columns)]
    fixed: dict[int, float] = {}
    for i, c in enumerate(columns):
        if c.nowrap:
            longest = max((text_width(r[i], size) for r in rows), default=0.0)
            fixed[i] = max(floor[i], longest + pad)
    if sum(fixed.values()) >= total * 0.7:  # too many figures: share by weight alone
        return column_widths(columns, total)
    while True:
        free = [i for i in range(len(columns)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(columns[i].weight for i in free) or 1
        widths = {i: room * columns[i].weight / weight for i in free}
        short = [i for i in free if widths[i] < floor[i]]
        if not short or len(short) == len(free):
            break
        for i in short:
            fixed[i] = floor[i]
    return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(columns))]


def _cell(text: str, width: float, size: float, align: str) -> Any:
    """A plain string where one line of Latin text fits (cheapest), else wrapped text."""
    if not text:
        return ""
    if "\n" not in text and fonts.is_latin_only(text) and \
            text_width(text, size) <= width - 2 * PADDING:
        return text
    return TextCell(text, size, align)


class _Table(Table):
    """A table that does not draw its empty cells.

    reportlab draws every string cell as a text object of its own, empty ones included: a
    RACI sheet of 500 tasks has some 12,000 cells, most of them blank.
    """

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],
                  size: tuple[float, float]) -> None:
        if cellval == "" and not cellstyle.href and not cellstyle.destination:
            return
        super()._drawCell(cellval, cellstyle, pos, size)


def data_table(columns: list[Column], rows: list[list[str]], width: float, size: float,
               empty_text: str = "", stripes: bool = True) -> Table:
    widths = fit_widths(columns, rows, width, size)
    data: list[list[Any]] = [[TextCell(c.label, size, "CENTER") for c in columns]]
    for row in rows:
        data.append([_cell(text, w, size, c.align)
                     for text, w, c in zip(row, widths, columns, strict=True)])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, c in enumerate(columns):
        commands.append(("ALIGN", (i, 1), (i, -1), c.align))
    if not rows:
        data.append([TextCell(empty_text, size, "CENTER")] + [""] * (len(columns) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    elif stripes:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    # Rows move whole to the next page; only a row taller than a page is cut inside.
    return _Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1,
                 style=TableStyle(commands), hAlign="LEFT")


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
        Spacer(1, 7 * mm),
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
        story = [data_table(sheet.columns, sheet.rows, width, sheet.font_size, sheet.empty_text)]
    if sheet.signature is not None:
        story.extend(signature_flowables(sheet.signature, width, lang))
    return story


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
