"""The report as an Excel workbook: one sheet holding the same tables as the PDF, in the
look of every exported form (``app.excel.styles``)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from app.excel import styles
from app.excel.cells import text_cell
from app.i18n import tr
from app.report.content import ReportContent
from app.report.sections import moment, sections

_UNITS = 0.9  # characters of column width per unit of a column's weight
_MIN_WIDTH = 10


def workbook_bytes(content: ReportContent, lang: str) -> bytes:
    """The .xlsx file's bytes (written to disk by the caller, or attached to the e-mail)."""
    parts = sections(content, lang)
    wb = Workbook(write_only=True)
    styles.register(wb)
    sheet = wb.create_sheet(tr("report.sheet", lang))
    widest = max(len(p.columns) for p in parts)
    widths = [float(_MIN_WIDTH)] * widest
    for part in parts:
        for i, column in enumerate(part.columns):
            widths[i] = max(widths[i], column.weight * _UNITS)
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width

    def cell(text: str, style: str) -> WriteOnlyCell:
        return text_cell(sheet, text, style)

    sheet.append([cell(tr("report.title", lang), styles.TITLE)])
    sheet.append([cell(tr("report.subtitle", lang, initiative=content.initiative,
                          as_of=moment(content.as_of)), styles.SUBTITLE)])
    for part in parts:
        sheet.append([])
        sheet.append([cell(part.title, styles.SECTION)])
        sheet.append([cell(c.label, styles.HEADER) for c in part.columns])
        if not part.rows:
            sheet.append([cell(part.empty, styles.TEXT)])
        for row in part.rows:
            cells = []
            for text, column in zip(row, part.columns, strict=True):
                if column.align == "RIGHT" and text.isdigit():  # days late: a number
                    number = WriteOnlyCell(sheet, int(text))
                    number.style = styles.NUMBER
                    cells.append(number)
                else:
                    cells.append(cell(text, styles.CENTER if column.align == "CENTER"
                                      else styles.TEXT))
            sheet.append(cells)
    wb.properties.creator = "CrossDesk"
    wb.properties.title = f"{tr('report.title', lang)} {content.initiative}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
