"""Data tables on paper: column widths that fit the page, column groups where the columns
do not fit, and rows handed to reportlab a page at a time.

A table wider than the page prints as Excel prints it with print titles: in column groups,
one after the other, each repeating the row numbers and the name column, so a printed
RACI grid of sixty people stays readable instead of squeezing every column (or failing).
Each group starts on a page of its own and says which part it is.

reportlab splits a ``Table`` at a page break by building a new table of all the rows that
are left, so a table of n rows costs n² / rows-per-page: 20,000 tasks took minutes. A
``PagedTable`` gives reportlab only the rows that can fit on the page at hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from app.i18n import tr
from app.printing import fonts
from app.printing.content import Column
from app.printing.textcell import LEADING, TextCell, text_width

PADDING = 3
TOP_PAD, BOTTOM_PAD = 2.5, 3.0
GRID = colors.HexColor("#7A8088")
HEAD_BG = colors.HexColor("#E4E8EE")
CAPTION_BG = colors.HexColor("#F1F3F6")
STRIPE = colors.HexColor("#F6F7F9")
TITLE_COLUMNS = 2  # the row number and the name: repeated in every column group
TITLE_EM = 10  # in column groups the name column keeps room for this many characters


# -- widths -----------------------------------------------------------------------------
def column_widths(columns: Sequence[Column], total: float) -> list[float]:
    weight = sum(c.weight for c in columns) or 1
    return [total * c.weight / weight for c in columns]


def _longest_word(text: str, size: float) -> float:
    """The widest piece of ``text`` a line must hold: a Latin word, or (Chinese breaks
    anywhere) a short Chinese line whole and a long one four characters at a time."""
    widest = 0.0
    for line in text.split("\n"):
        if fonts.has_cjk(line):
            words = [line if len(line) <= 6 else line[:4]]
        else:
            words = line.split()
        for w in words:
            widest = max(widest, text_width(w, size))
    return widest


def column_floors(columns: Sequence[Column], rows: Sequence[Sequence[str]], total: float,
                  size: float) -> list[float]:
    """The narrowest each column may be: as wide as the longest word of its heading and
    its values (a long value may wrap once it takes a tenth of the page), at least its
    declared minimum; dates and figures as wide as their longest value."""
    pad = 2 * PADDING + 0.5
    cap = total / 10
    floors = []
    for i, c in enumerate(columns):
        seen: dict[str, None] = dict.fromkeys(r[i] for r in rows)  # values repeat a lot
        words = max((_longest_word(t, size) for t in seen), default=0.0)
        floor = max(_longest_word(c.label, size), min(cap, words), c.min_em * size)
        if c.nowrap:
            floor = max(floor, max((text_width(t, size) for t in seen), default=0.0))
        floors.append(floor + pad)
    return floors


def fit_widths(columns: Sequence[Column], floors: Sequence[float], total: float) -> list[float]:
    """Column widths that fill ``total``: dates and figures exactly their floor, every
    other column at least its floor, the rest of the room shared by declared weight."""
    if sum(floors) > total:  # only when the name columns and one other fill the page
        return [f * total / sum(floors) for f in floors]
    fixed = {i: floors[i] for i, c in enumerate(columns) if c.nowrap}
    while True:
        free = [i for i in range(len(columns)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(columns[i].weight for i in free) or 1
        widths = {i: room * columns[i].weight / weight for i in free}
        short = [i for i in free if widths[i] < floors[i]]
        if not short:
            break
        for i in short:
            fixed[i] = floors[i]
    return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(columns))]


def column_groups(floors: Sequence[float], total: float,
                  titles: int = TITLE_COLUMNS) -> list[list[int]]:
    """Indices of the columns of each printed group: one group when every column fits at
    its floor, else the title columns and as few groups of the others as fit, evened out
    (60 people: three groups of 20, not 25, 25 and 10)."""
    count = len(floors)
    if sum(floors) <= total or count <= titles + 1:
        return [list(range(count))]
    head = list(range(titles))
    body = list(range(titles, count))
    room = max(total - sum(floors[i] for i in head), max(floors[i] for i in body))

    def pack(capacity: float) -> list[list[int]]:
        groups: list[list[int]] = [[]]
        used = 0.0
        for i in body:
            if groups[-1] and used + floors[i] > capacity:
                groups.append([])
                used = 0.0
            groups[-1].append(i)
            used += floors[i]
        return groups

    fewest = len(pack(room))
    lo, hi = max(floors[i] for i in body), room
    for _ in range(30):  # the narrowest capacity that still needs no more groups
        mid = (lo + hi) / 2
        if len(pack(mid)) <= fewest:
            hi = mid
        else:
            lo = mid
    return [head + g for g in pack(hi)]


# -- cells and header -------------------------------------------------------------------
def _cell(text: str, width: float, size: float, align: str) -> Any:
    """A plain string where one line of Latin text fits (cheapest), else wrapped text."""
    if not text:
        return ""
    if "\n" not in text and fonts.is_latin_only(text) and \
            text_width(text, size) <= width - 2 * PADDING:
        return text
    return TextCell(text, size, align)


def _name(column: Column) -> str:
    """A column as a caption names it: its group's name, then its own first line."""
    label = column.label.split("\n", 1)[0]
    return f"{column.group} {label}" if column.group else label


def _header(columns: Sequence[Column], size: float, caption: str
            ) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The heading rows and their spans: the group's caption across the table, the
    column groups' names over their columns (Excel's merged heading cells), the labels."""
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    n = len(columns)
    if caption:
        rows.append([TextCell(caption, size, "LEFT")] + [""] * (n - 1))
        commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), CAPTION_BG)]
    if any(c.group for c in columns):
        top, low = len(rows), len(rows) + 1
        group_row: list[Any] = []
        label_row: list[Any] = []
        i = 0
        while i < n:
            c = columns[i]
            if not c.group:  # a column of its own: its label fills both heading rows
                group_row.append(TextCell(c.label, size, "CENTER"))
                label_row.append("")
                commands.append(("SPAN", (i, top), (i, low)))
                i += 1
                continue
            end = i
            while end + 1 < n and columns[end + 1].group == c.group:
                end += 1
            group_row += [TextCell(c.group, size, "CENTER")] + [""] * (end - i)
            label_row += [TextCell(columns[j].label, size, "CENTER") for j in range(i, end + 1)]
            if end > i:
                commands.append(("SPAN", (i, top), (end, top)))
            i = end + 1
        rows += [group_row, label_row]
    else:
        rows.append([TextCell(c.label, size, "CENTER") for c in columns])
    return rows, commands


def _cell_styles(columns: Sequence[Column], size: float) -> tuple[list[Any], list[Any]]:
    """One style per column for the heading rows and one for the data rows, shared by
    every cell of the column: reportlab would otherwise make and set up a style object per
    cell for each command, on every page."""

    def style(name: str, align: str, valign: str) -> CellStyle:
        st = CellStyle(name)
        st.fontname, st.fontsize, st.leading = fonts.LATIN, size, size * LEADING
        st.leftPadding = st.rightPadding = PADDING
        st.topPadding, st.bottomPadding = TOP_PAD, BOTTOM_PAD
        st.alignment, st.valign = align, valign
        return st

    return ([style(f"h{i}", "CENTER", "MIDDLE") for i in range(len(columns))],
            [style(f"b{i}", c.align, "TOP") for i, c in enumerate(columns)])


def _style(heads: int, spans: list[tuple[Any, ...]], stripes: bool, parity: int) -> TableStyle:
    """Lines and backgrounds only (the cells' fonts and paddings are in ``_cell_styles``)."""
    last = heads - 1
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEBELOW", (0, last), (-1, last), 0.9, colors.black),
        ("BACKGROUND", (0, 0), (-1, last), HEAD_BG),
        *spans,
    ]
    if stripes:
        shades = [None, STRIPE]  # every other row shaded; the paper is white already
        commands.append(("ROWBACKGROUNDS", (0, heads), (-1, -1),
                         shades[parity % 2:] + shades[:parity % 2]))
    return TableStyle(commands)


class _Table(Table):
    """A table whose text is one PDF text object per page.

    reportlab draws every string cell as a text object of its own (empty ones included)
    and every wrapped cell inside a saved and restored graphics state of its own; a page
    of a long form has hundreds of cells. Here each line of each cell is placed into one
    text object, the font switched only where it changes.
    """

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text.setFillColor(colors.black)
        self._face: tuple[str, float] = ("", 0.0)
        self._at: tuple[float, float] | None = None
        super().draw()
        self.canv.drawText(self._text)

    def _line(self, x: float, y: float, line: str, size: float, leading: float) -> None:
        text = self._text
        if self._at is None:
            text.setTextOrigin(x, y)
        else:  # relative to the line before: two numbers instead of a matrix of six
            text.moveCursor(x - self._at[0], self._at[1] - y)
        self._at = (x, y)
        for face, run in fonts.runs(line):
            if self._face != (face, size):
                text.setFont(face, size, leading)
                self._face = (face, size)
            # Lines are placed from their start (moveCursor), so the advance that textOut
            # measures for every run is never used: the text alone.
            text._textOut(run)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],
                  size: tuple[float, float]) -> None:
        if cellval == "":
            return
        (left, bottom), (width, height) = pos, size
        st = cellstyle
        if isinstance(cellval, str) and "\n" not in cellval:  # one line of Latin text
            if st.valign == "TOP":
                y = bottom + height - st.topPadding - st.fontsize
            else:
                y = bottom + (st.bottomPadding + height - st.topPadding + st.leading) / 2 \
                    - st.fontsize
            x = left + st.leftPadding
            if st.alignment != "LEFT":
                room = width - st.leftPadding - st.rightPadding - text_width(cellval, st.fontsize)
                x += room if st.alignment == "RIGHT" else room / 2
            self._line(x, y, cellval, st.fontsize, st.leading)
            return
        if isinstance(cellval, (tuple, list)) and len(cellval) == 1:
            cellval = cellval[0]  # reportlab keeps a cell's flowables in a tuple
        if not isinstance(cellval, TextCell) or cellval.color is not None:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        room = width - st.leftPadding - st.rightPadding
        w, h = cellval.wrap(room, height)
        if st.valign == "TOP":
            top = bottom + height - st.topPadding
        else:
            top = bottom + (height + st.bottomPadding - st.topPadding + h) / 2
        x0, y = left + st.leftPadding, top - cellval.size * 1.02
        for line in cellval.lines:
            x = x0
            if cellval.align != "LEFT":
                spare = w - text_width(line, cellval.size)
                x += spare if cellval.align == "RIGHT" else spare / 2
            self._line(x, y, line, cellval.size, cellval.leading)
            y -= cellval.leading


@dataclass
class _Layout:
    """What every page of one table (one column group) shares."""

    columns: list[Column]
    widths: list[float]
    size: float
    head: list[list[Any]]
    spans: list[tuple[Any, ...]]
    texts: Sequence[Sequence[str]]
    columns_of: list[int]  # where each shown column's text is in a row of ``texts``
    stripes: bool = True
    styles: tuple[list[Any], list[Any]] = field(init=False)

    def __post_init__(self) -> None:
        self.styles = _cell_styles(self.columns, self.size)

    def table(self, rows: list[list[Any]], parity: int) -> Table:
        heads = len(self.head)
        head_styles, body_styles = self.styles
        # longTableOptimize: the part placed on the page keeps the row heights measured
        # for the split instead of measuring them again.
        return _Table(self.head + rows, colWidths=self.widths, repeatRows=heads,
                      splitByRow=1, splitInRow=1, hAlign="LEFT", longTableOptimize=1,
                      cellStyles=[head_styles] * heads + [body_styles] * len(rows),
                      style=_style(heads, self.spans, self.stripes, parity))

    def cells(self, first: int, end: int) -> list[list[Any]]:
        cols = list(zip(self.columns_of, self.widths, self.columns, strict=True))
        return [[_cell(text[i], w, self.size, c.align) for i, w, c in cols]
                for text in self.texts[first:end]]


# -- a page at a time -------------------------------------------------------------------
class PagedTable(Flowable):
    """The rows ``texts[start:]`` (after the ``pending`` rows, already made into cells)
    under the heading rows; rows move whole to the next page, and only a row taller than a
    page is cut inside. ``hint``: how many rows the page before held."""

    def __init__(self, layout: _Layout, start: int = 0, pending: list[list[Any]] | None = None,
                 parity: int = 0, hint: int = 0) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        self.pending = pending or []
        self.parity = parity
        self.hint = hint
        self.hAlign = "LEFT"
        self.width = sum(layout.widths)
        self._whole: Table | None = None

    def _line_h(self) -> float:
        return self.layout.size * LEADING + TOP_PAD + BOTTOM_PAD

    def _most_rows(self, height: float) -> int:
        """Rows are at least one line tall: no more than this many fit in ``height``."""
        return int(height / self._line_h()) + 1

    def _no_room(self, height: float) -> bool:
        """Not even the heading and one row fit (the foot of a page after a table)."""
        return height < (len(self.layout.head) + 1) * self._line_h()

    def _left(self) -> int:
        return len(self.pending) + len(self.layout.texts) - self.start

    def _cells(self, count: int) -> list[list[Any]]:
        """The next ``count`` rows as table cells."""
        rows = self.pending[:count]
        take = count - len(rows)
        if take > 0:
            rows += self.layout.cells(self.start, self.start + take)
        return rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        left = self._left()
        if left > self._most_rows(avail_height) or self._no_room(avail_height):
            self._whole = None
            return self.width, avail_height + 1  # more than fits: platypus will split
        if self._whole is None or len(self._whole._cellvalues) != len(self.layout.head) + left:
            self._whole = self.layout.table(self._cells(left), self.parity)
        return self._whole.wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        if self._no_room(avail_height):
            return []
        left = self._left()
        most = min(left, self._most_rows(avail_height))
        # As many rows as the last page held and a few more, so that most of what is
        # laid out here is used; more when they all fit.
        count = min(most, self.hint + self.hint // 8 + 2) if self.hint else most
        while True:
            rows = self._cells(count)
            table = self.layout.table(rows, self.parity)
            parts = table.split(avail_width, avail_height)
            if len(parts) != 1 or count >= most:
                break
            count = min(most, 2 * count)
        if len(parts) != 2:
            return parts  # [] nothing fits here; [table] all that is left fits
        first, second = parts
        heads = len(self.layout.head)
        rest = second._cellvalues[heads:]
        placed = len(first._cellvalues) - heads
        cut_inside = placed + len(rest) > len(rows)  # a row taller than the page
        used = max(0, count - len(self.pending))
        return [first, PagedTable(self.layout, self.start + used, rest + self.pending[count:],
                                  self.parity + placed - cut_inside, placed)]

    def draw(self) -> None:
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)


# -- the table of a sheet ---------------------------------------------------------------
def data_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: float,
               size: float, empty_text: str = "", lang: str | None = None,
               titles: int = TITLE_COLUMNS, stripes: bool = True) -> list[Any]:
    """Flowables printing ``rows`` under ``columns`` across ``width``: one table, or one
    per column group, each group from a new page."""
    floors = column_floors(columns, rows, width, size)
    if sum(floors) > width:  # in groups: the name column repeated in each keeps some room
        floors = [max(f, TITLE_EM * size) if i < titles and not c.nowrap else f
                  for i, (f, c) in enumerate(zip(floors, columns, strict=True))]
    if not rows:
        head, spans = _header(columns, size, "")
        layout = _Layout(list(columns), fit_widths(columns, floors, width), size, head,
                         [*spans, ("SPAN", (0, len(head)), (-1, len(head)))], [],
                         list(range(len(columns))), stripes=False)
        empty = [TextCell(empty_text, size, "CENTER")] + [""] * (len(columns) - 1)
        return [layout.table([empty], 0)]
    groups = column_groups(floors, width, titles)
    story: list[Any] = []
    for n, index in enumerate(groups, 1):
        shown = [columns[i] for i in index]
        widths = fit_widths(shown, [floors[i] for i in index], width)
        caption = ""
        if len(groups) > 1:
            body = shown[titles:] or shown
            caption = (tr("print.columns.of", lang, part=n, parts=len(groups)) + " · "
                       + tr("print.columns.range", lang, first=_name(body[0]),
                            last=_name(body[-1])))
            if n > 1:
                story.append(PageBreak())
        head, spans = _header(shown, size, caption)
        story.append(PagedTable(_Layout(shown, widths, size, head, spans, rows, index,
                                        stripes)))
    return story
