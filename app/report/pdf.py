"""The report as an A4 PDF, laid out by the printing package like every printed form:
its header and footer, its tables, its two embedded fonts (Chinese and Latin)."""

from __future__ import annotations

from typing import Any

from app import printing
from app.i18n import tr
from app.printing import version
from app.printing.content import PrintJob, SheetData
from app.report.content import ReportContent
from app.report.sections import moment, sections

SIZE = 8.5  # the report's tables: Form 4's own fields, on landscape A4
HEADING = 11.0
KEEP_WHOLE = 12  # rows of a section that never splits across pages


def print_job(content: ReportContent, lang: str) -> PrintJob:
    """The report as a print job of one sheet (see ``app.printing``)."""
    parts = sections(content, lang)

    def body(sheet: SheetData, width: float, height: float) -> list[Any]:
        from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

        from app.printing.table import data_table
        from app.printing.textcell import TextCell

        story: list[Any] = [TextCell(tr("report.subtitle", lang, initiative=content.initiative,
                                        as_of=moment(content.as_of)), 9)]
        for part in parts:
            head = [TextCell(part.title, HEADING), Spacer(1, 4)]
            table = data_table(part.columns, part.rows, width, SIZE, part.empty, lang, titles=1)
            story += [Spacer(1, 8), CondPageBreak(60)]
            # A short section moves to the next page whole, its heading with it (an empty
            # table split at the foot of a page left its header alone on the next).
            story += [KeepTogether(head + table)] if len(part.rows) <= KEEP_WHOLE \
                else head + table
        return story

    sheet = SheetData(key="report", number=None, title=tr("report.title", lang), landscape=True,
                      version=version.tag_for("report", content.as_json()), body=body)
    return PrintJob(organisation=content.organisation, initiative=content.initiative,
                    printed_on=content.as_of_date, lang=lang, sheets=[sheet])


def pdf_bytes(content: ReportContent, lang: str) -> bytes:
    return printing.render(print_job(content, lang))
