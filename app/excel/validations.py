"""Drop-down lists for every closed choice, read from a hidden "Lists" sheet.

Closed choices (role, kind, status, next step, yes/no, R/A/C/I) refuse anything else;
departments, people and measures only warn, because the importer creates a department
or person it does not know yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.excel.cells import text_cell
from app.excel.sheet_specs import LISTS_SHEET
from app.forms.choices import RaciLetter
from app.forms.specs import FieldSpec, Kind
from app.i18n import tr


@dataclass
class Lists:
    """Name → values of each list, in the column order of the hidden sheet."""

    columns: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, values: list[str]) -> None:
        self.columns[name] = values

    def ref(self, name: str) -> str | None:
        values = self.columns.get(name)
        if not values:
            return None
        col = get_column_letter(list(self.columns).index(name) + 1)
        return f"{LISTS_SHEET}!${col}$2:${col}${len(values) + 1}"


def choice_labels(choices: type[StrEnum], lang: str | None) -> list[str]:
    return [tr(f"enum.{choices.__name__}.{c.value}", lang) for c in choices]


def build_lists(
    lang: str | None,
    departments: list[str],
    people: list[str],
    measures: list[str],
    choice_types: list[type[StrEnum]],
) -> Lists:
    lists = Lists()
    lists.add("departments", departments)
    lists.add("people", people)
    lists.add("measures", measures)
    lists.add("bool", [tr("value.yes", lang), tr("value.no", lang)])
    lists.add("raci", [c.value for c in RaciLetter])
    for choices in choice_types:
        lists.add(choices.__name__, choice_labels(choices, lang))
    return lists


def write_lists_sheet(wb: Workbook, lists: Lists, lang: str | None) -> None:
    """The hidden sheet the drop-downs read. Its values are names people typed (a
    department called "=1+1"), so each is written as a text cell, never as a formula."""
    sheet = wb.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    sheet.append(
        [
            text_cell(sheet, tr(f"excel.list.{name}", lang) if not name[0].isupper() else name)
            for name in lists.columns
        ]
    )
    longest = max((len(v) for v in lists.columns.values()), default=0)
    for i in range(longest):
        sheet.append(
            [text_cell(sheet, vals[i]) if i < len(vals) else None for vals in lists.columns.values()]
        )


def _list_validation(ref: str, strict: bool, lang: str | None) -> DataValidation:
    dv = DataValidation(type="list", formula1=ref, allow_blank=True)
    dv.showErrorMessage = True
    dv.errorStyle = "stop" if strict else "warning"
    dv.errorTitle = tr("excel.dv.title", lang)
    dv.error = tr("excel.dv.strict" if strict else "excel.dv.loose", lang)
    return dv


def validation_for(spec: FieldSpec, lists: Lists, lang: str | None) -> DataValidation | None:
    """The drop-down (or range check) of a column of ``spec``; None when it has none."""
    if spec.derived:
        return None
    kind = spec.kind
    if kind is Kind.CHOICE and spec.choices is not None:
        ref = lists.ref(spec.choices.__name__)
        return _list_validation(ref, True, lang) if ref else None
    if kind is Kind.BOOL:
        return _list_validation(lists.ref("bool") or "", True, lang)
    if kind is Kind.DEPARTMENT:
        ref = lists.ref("departments")
        return _list_validation(ref, False, lang) if ref else None
    if kind is Kind.PERSON:
        ref = lists.ref("people")
        return _list_validation(ref, False, lang) if ref else None
    if kind is Kind.MEASURE:
        ref = lists.ref("measures")
        return _list_validation(ref, False, lang) if ref else None
    if kind is Kind.RATING:
        dv = DataValidation(
            type="whole", operator="between", formula1="1", formula2="5", allow_blank=True
        )
        dv.showErrorMessage = True
        dv.errorTitle = tr("excel.dv.title", lang)
        dv.error = tr("excel.dv.rating", lang)
        return dv
    if kind is Kind.PERCENT:
        dv = DataValidation(
            type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True
        )
        dv.showErrorMessage = True
        dv.errorTitle = tr("excel.dv.title", lang)
        dv.error = tr("excel.dv.percent", lang)
        return dv
    return None


def raci_validation(lists: Lists, lang: str | None) -> DataValidation:
    return _list_validation(lists.ref("raci") or "", True, lang)
