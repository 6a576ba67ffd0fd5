"""Which sheets a CrossDesk workbook holds, in which order, and which columns each has.

Export, template and import all read this one list, so a sheet written by the export is
the sheet the import expects. The form sheets take their columns from ``app.forms.specs``;
the RACI grid and the departments-and-people sheet are laid out here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.forms import specs
from app.forms.specs import FieldSpec, FormSpec, Kind
from app.i18n import tr

# Columns every data sheet carries besides the form's fields.
NUMBER_KEY = "_number"  # the row's number in its form; predecessors and "#3" refer to it
ID_KEY = "_id"  # the stable id, so a returned sheet updates instead of duplicating

ORG = FormSpec(
    "org",
    None,
    "excel.sheet.org.title",
    (
        FieldSpec("department", "field.department.name", Kind.DEPARTMENT, width=16),
        FieldSpec("name", "field.person.name", Kind.TEXT, width=12),
        FieldSpec("title", "excel.field.person.title", Kind.TEXT, width=14),
        FieldSpec("phone", "field.member.phone", Kind.TEXT, width=16),
        FieldSpec("email", "field.member.email", Kind.TEXT, width=24),
        FieldSpec("chat", "field.member.chat", Kind.TEXT, width=14),
    ),
)

DEPARTMENT_NAME = FieldSpec("name", "field.department.name", Kind.TEXT, required=True, max_len=200)

# The RACI sheet's fixed columns; one column per member or department follows.
RACI_TASK = FieldSpec("task", "field.task.name", Kind.TEXT, required=True, width=26)


@dataclass(frozen=True)
class SheetLayout:
    key: str  # a form key, or "raci" / "org"
    name_key: str  # catalogue key of the sheet tab's name
    spec: FormSpec | None  # None for the RACI grid

    def title(self, lang: str | None) -> str:
        if self.spec is None:
            return tr("excel.sheet.raci.title", lang)
        text = tr(self.spec.title_key, lang)
        if self.spec.number is not None:
            text = f"{tr('form.number', lang, n=self.spec.number)}  {text}"
        return text

    def sheet_name(self, lang: str | None) -> str:
        return safe_sheet_name(tr(self.name_key, lang))


SHEETS: tuple[SheetLayout, ...] = (
    SheetLayout("goals", "form.goals.short", specs.GOALS),
    SheetLayout("signoffs", "excel.sheet.signoffs", specs.SIGNOFFS),
    SheetLayout("team", "form.team.short", specs.TEAM),
    SheetLayout("pain_points", "form.pain_points.short", specs.PAIN_POINTS),
    SheetLayout("measures", "excel.sheet.measures", specs.MEASURES),
    SheetLayout("tracking", "form.tracking.short", specs.TRACKING),
    SheetLayout("evaluation", "form.evaluation.short", specs.EVALUATION),
    SheetLayout("raci", "excel.sheet.raci", None),
    SheetLayout("org", "excel.sheet.org", ORG),
)
BY_KEY = {s.key: s for s in SHEETS}

# Rows above the data: title, subtitle (initiative, legend), then the header.
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
LISTS_SHEET = "Lists"

_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def safe_sheet_name(text: str) -> str:
    """Excel refuses some characters and more than 31 characters in a tab name."""
    return text.translate(_BAD_SHEET_CHARS).strip()[:31] or "Sheet"


def fields_of(layout: SheetLayout) -> tuple[FieldSpec, ...]:
    return layout.spec.fields if layout.spec is not None else (RACI_TASK,)
