"""reportlab layout of a register item's sheet: a grid of its fields, then its tables.
Kept apart from what the sheet reads so that reading never loads reportlab."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from app.printing import fonts
from app.printing.content import Column
from app.printing.table import GRID, HEAD_BG, data_table
from app.printing.textcell import TextCell

SIZE = 9.5


def field_grid(fields: list[tuple[str, str, bool]], width: float) -> Table:
    """Label | value, two pairs to a row for short fields, a long text on a row of its
    own across the sheet."""
    label_w = width * 0.17
    value_w = (width - 2 * label_w) / 2
    data: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        if not pending:
            return
        row: list[Any] = []
        for label, text in pending:
            row += [TextCell(label, SIZE - 0.5), TextCell(text, SIZE)]
        r = len(data)
        spans.append(("BACKGROUND", (0, r), (0, r), HEAD_BG))
        if len(pending) == 1:
            row += ["", ""]
            spans.append(("SPAN", (1, r), (3, r)))
        else:
            spans.append(("BACKGROUND", (2, r), (2, r), HEAD_BG))
        data.append(row)
        pending.clear()

    for label, text, long in fields:
        if long:
            flush()
            pending.append((label, text))
            flush()
        else:
            pending.append((label, text))
            if len(pending) == 2:
                flush()
    flush()
    style = [("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
             ("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             *spans]
    return Table(data, colWidths=[label_w, value_w, label_w, value_w], hAlign="LEFT",
                 style=TableStyle(style), splitByRow=1)


def item_body(fields: list[tuple[str, str, bool]],
              tables: list[tuple[str, list[Column], list[list[str]]]], width: float,
              lang: str) -> list[Any]:
    story: list[Any] = [field_grid(fields, width)]
    for heading, columns, rows in tables:
        story += [Spacer(1, 4 * mm), TextCell(heading, 11), Spacer(1, 2 * mm)]
        story += data_table(columns, rows, width, 8.5, "—", lang, titles=1)
    return story
