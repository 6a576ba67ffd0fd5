"""Reading what people actually type into cells into the values the forms store.

Dates come as Excel dates or as typed text (read by ``app.forms.typed``: ``2026-03-31``,
``2026/3/31``, ``2026年3月31日``, ``20260331``, ``3/31``);
percentages as 80%, 0.8 or 80; department lists separated by 、 , ， ; or new lines.
The result then goes through ``app.forms.validation`` (via ``clean_scalar``), the one place
that decides what a form accepts.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from openpyxl.utils.datetime import from_excel

from app.errors import ValidationError
from app.forms.rows.base import clean_scalar
from app.forms.specs import FieldSpec, Kind
from app.forms.typed import split_names
from app.forms.validation import check_characters
from app.i18n import tr

_NUMBER = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$")
# Serial numbers Excel uses for the years 1900–2200.
_SERIAL_MIN, _SERIAL_MAX = 1, 109_574


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("value.yes" if value else "value.no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _wrong_type(spec: FieldSpec, value: object) -> ValidationError:
    kind = (
        "date"
        if isinstance(value, dt.date | dt.datetime | dt.time)
        else ("bool" if isinstance(value, bool) else "number")
    )
    return ValidationError(
        "excel.reason.wrong_type", field=tr(spec.label_key), found=tr(f"excel.type.{kind}")
    )


def parse_date(spec: FieldSpec, value: object) -> dt.date | None:
    if is_empty(value):
        return clean_scalar(spec, None)
    if isinstance(value, dt.datetime):
        return clean_scalar(spec, value.date())
    if isinstance(value, dt.date):
        return clean_scalar(spec, value)
    if isinstance(value, bool):
        raise _wrong_type(spec, value)
    if isinstance(value, int | float):
        if math.isfinite(value) and float(value).is_integer() and len(str(int(value))) == 8:
            return clean_scalar(spec, str(int(value)))  # 20260331 typed into a number cell
        if not math.isfinite(value) or not _SERIAL_MIN <= value <= _SERIAL_MAX:
            raise ValidationError("error.value.not_date", field=tr(spec.label_key), value=value)
        return clean_scalar(spec, from_excel(value).date())
    # Text as people type it (2026/3/31, 2026年3月31日, 20260331, 3/31): app.forms.typed reads it.
    return clean_scalar(spec, str(value))


def parse_percent(spec: FieldSpec, value: object) -> int:
    """80%, "80%", 0.8 and 80 all mean 80 %. A number up to 1 is a fraction (Excel's
    percent cells hold 0.8); above 1 it is already in percent."""
    if is_empty(value):
        return 0
    if isinstance(value, bool) or isinstance(value, dt.date | dt.datetime | dt.time):
        raise _wrong_type(spec, value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("％", "%")
        had_sign = text.endswith("%")
        text = text.rstrip("%").strip()
        if not _NUMBER.match(text):
            return clean_scalar(spec, value)  # refused with the field's message
        number = float(text)
        if had_sign:
            return clean_scalar(spec, number)
    if math.isfinite(number) and 0 <= number <= 1:
        number = round(number * 100, 6)
    return clean_scalar(spec, number)


def parse_number(spec: FieldSpec, value: object) -> float | None:
    if isinstance(value, bool) or isinstance(value, dt.date | dt.datetime | dt.time):
        raise _wrong_type(spec, value)
    if isinstance(value, str):
        value = value.strip().replace("％", "%").rstrip("%").strip()
    return clean_scalar(spec, value)


def parse_rating(spec: FieldSpec, value: object) -> int:
    if isinstance(value, bool) or isinstance(value, dt.date | dt.datetime | dt.time):
        raise _wrong_type(spec, value)
    if isinstance(value, str):
        value = value.strip().rstrip("分").strip()
    return clean_scalar(spec, value)


def split_list(value: object) -> list[str]:
    if is_empty(value):
        return []
    return split_names(as_text(value))


def parse_cell(spec: FieldSpec, value: object) -> Any:
    """The value of one cell for ``spec``; raises ``ValidationError`` with the reason.

    References (department, person, measure, predecessors, pain points) come back as
    text or lists of text: the import plan resolves them against the file and workspace.
    """
    kind = spec.kind
    if kind is Kind.DATE:
        return parse_date(spec, value)
    if kind is Kind.PERCENT:
        return parse_percent(spec, value)
    if kind is Kind.NUMBER:
        return parse_number(spec, value)
    if kind is Kind.RATING:
        return parse_rating(spec, value)
    if kind in (Kind.BOOL, Kind.CHOICE):
        if isinstance(value, dt.date | dt.datetime | dt.time) or (
            kind is Kind.CHOICE and isinstance(value, int | float) and not isinstance(value, bool)
        ):
            raise _wrong_type(spec, value)
        return clean_scalar(spec, False if kind is Kind.BOOL and is_empty(value) else value)
    if kind is Kind.DEPARTMENTS:
        check_characters(spec, as_text(value))
        return split_list(value)
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        if isinstance(value, dt.time):
            raise _wrong_type(spec, value)
        return clean_scalar(spec, as_text(value))
    # DEPARTMENT, PERSON, MEASURE, PREDECESSORS, PAIN_POINTS: text resolved later
    text = as_text(value).replace("\r\n", "\n").strip()
    check_characters(spec, text)  # a name with invisible characters must not match or be made
    if kind in (Kind.DEPARTMENT, Kind.PERSON, Kind.MEASURE):
        text = " ".join(text.split())
    return text
