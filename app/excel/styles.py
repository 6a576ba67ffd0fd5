"""The look of an exported sheet: a paper form's title, a styled header, bordered cells.

Styles are registered once per workbook as named styles, so each cell only carries a
style name: that keeps a 10,000-row export close to openpyxl's own speed.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from app.forms.specs import FieldSpec, Kind

_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP_LEFT = Alignment(vertical="top", horizontal="left", wrap_text=True)
_TOP_CENTER = Alignment(vertical="top", horizontal="center", wrap_text=True)
_DERIVED_FILL = PatternFill("solid", fgColor="F2F2F2")
_FONT = "Microsoft YaHei"  # present wherever Excel is used in China; falls back elsewhere

TITLE = "cd_title"
SUBTITLE = "cd_subtitle"
SECTION = "cd_section"  # a heading between the tables of one sheet (the weekly report)
HEADER = "cd_header"
HEADER_DERIVED = "cd_header_derived"
TEXT = "cd_text"
CENTER = "cd_center"
DATE = "cd_date"
PERCENT = "cd_percent"
NUMBER = "cd_number"
RATIO = "cd_ratio"
ID = "cd_id"
DERIVED = "cd_derived"
DERIVED_RATIO = "cd_derived_ratio"
DERIVED_DATE = "cd_derived_date"

DATE_FORMAT = "yyyy-mm-dd"


def _style(
    name: str,
    *,
    bold: bool = False,
    size: float = 10,
    color: str = "000000",
    italic: bool = False,
    fill: PatternFill | None = None,
    border: bool = True,
    align: Alignment = _TOP_LEFT,
    number_format: str = "General",
) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = Font(name=_FONT, bold=bold, size=size, color=color, italic=italic)
    if fill is not None:
        style.fill = fill
    if border:
        style.border = _BORDER
    style.alignment = align
    style.number_format = number_format
    return style


def register(wb: Workbook) -> None:
    """Add the named styles to ``wb``; cells then refer to them by name."""
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    center_header = Alignment(vertical="center", horizontal="center", wrap_text=True)
    for style in (
        _style(
            TITLE,
            bold=True,
            size=14,
            border=False,
            align=Alignment(vertical="center", horizontal="left"),
        ),
        _style(
            SUBTITLE,
            size=9,
            color="595959",
            border=False,
            align=Alignment(vertical="center", horizontal="left", wrap_text=True),
        ),
        _style(SECTION, bold=True, size=11, border=False,
               align=Alignment(vertical="bottom", horizontal="left")),
        _style(HEADER, bold=True, fill=header_fill, align=center_header),
        _style(HEADER_DERIVED, bold=True, color="595959", fill=_DERIVED_FILL, align=center_header),
        _style(TEXT),
        _style(CENTER, align=_TOP_CENTER),
        _style(DATE, align=_TOP_CENTER, number_format=DATE_FORMAT),
        _style(PERCENT, align=_TOP_CENTER, number_format="0%"),
        _style(
            NUMBER,
            align=Alignment(vertical="top", horizontal="right"),
            number_format="#,##0.######",
        ),
        _style(RATIO, align=_TOP_CENTER, number_format="+0.0%;-0.0%;0.0%"),
        _style(ID, size=8, color="808080", align=_TOP_CENTER),
        _style(DERIVED, color="404040", fill=_DERIVED_FILL),
        _style(DERIVED_DATE, color="404040", fill=_DERIVED_FILL, align=_TOP_CENTER,
               number_format=DATE_FORMAT),
        _style(
            DERIVED_RATIO,
            color="404040",
            fill=_DERIVED_FILL,
            align=_TOP_CENTER,
            number_format="+0.0%;-0.0%;0.0%",
        ),
    ):
        wb.add_named_style(style)


def cell_style(spec: FieldSpec) -> str:
    """The named style of a data cell of ``spec``."""
    kind = spec.kind
    if spec.derived:
        if kind is Kind.DATE:
            return DERIVED_DATE
        return DERIVED_RATIO if kind is Kind.RATIO else DERIVED
    if kind is Kind.DATE:
        return DATE
    if kind is Kind.PERCENT:
        return PERCENT
    if kind is Kind.NUMBER:
        return NUMBER
    if kind is Kind.RATIO:
        return RATIO
    if kind in (Kind.RATING, Kind.BOOL, Kind.CHOICE, Kind.INTEGER, Kind.PREDECESSORS):
        return CENTER
    return TEXT


def column_width(spec: FieldSpec) -> float:
    """Excel width in characters; Chinese glyphs are about two wide, hence the margin."""
    return max(6.0, spec.width * 1.15 + 1)
