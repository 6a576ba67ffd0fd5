"""Checks of a single value against its field, shared by the editors and the importer.

Each function returns the clean value or raises ``ValidationError`` naming the field in
the user's language; nothing is stored until a value has passed here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from enum import StrEnum

from app.errors import Label, Labels, ValidationError
from app.forms.specs import FieldSpec, Kind
from app.forms.typed import NotADate, parse_date, whole_number
from app.i18n import tr

MAX_TEXT = 500
MAX_LONGTEXT = 10_000
MIN_YEAR, MAX_YEAR = 1900, 2200

# Control characters other than tab and newline (ESC included, and the C1 range) would
# corrupt printed sheets, Excel XML and a terminal's output.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible characters that make text look like something it is not: zero-width spaces
# and the word joiner and BOM (two "研发部" that do not match), and the bidi embeddings,
# overrides and isolates that reorder what is shown ("Trojan source"). The left-to-right
# and right-to-left marks stay: they only nudge mixed-direction text.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u180e\u202a-\u202e\u2066-\u2069]")
# Zero-width (non-)joiners belong inside emoji sequences and Arabic, Persian or Indic
# words; after a Han character, a space or at an edge they are only a trap.
_JOINERS = "\u200c\u200d"


def _label(spec: FieldSpec) -> Label:
    return Label(spec.label_key)


def clean_text(spec: FieldSpec, value: object) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if spec.kind is not Kind.LONGTEXT:
        text = text.replace("\n", " ")
    text = text.strip()
    check_characters(spec, text)
    limit = spec.max_len or (MAX_LONGTEXT if spec.kind is Kind.LONGTEXT else MAX_TEXT)
    if len(text) > limit:
        raise ValidationError("error.value.too_long", field=_label(spec), max=limit)
    if spec.required and not text:
        raise ValidationError("error.value.required", field=_label(spec))
    return text


def check_characters(spec: FieldSpec, text: str) -> None:
    """Refuse control characters and invisible ones in ``text``: the check every text
    field passes, and the names a sheet refers to (departments, people, tasks) as well."""
    if _CONTROL.search(text):
        raise ValidationError("error.value.control_chars", field=_label(spec))
    if _INVISIBLE.search(text) or any(_stray_joiner(text, i) for i, ch in enumerate(text)
                                      if ch in _JOINERS):
        raise ValidationError("error.value.invisible_chars", field=_label(spec))


def _stray_joiner(text: str, i: int) -> bool:
    if i == 0 or i == len(text) - 1:
        return True
    before, after = text[i - 1], text[i + 1]
    if before.isspace() or after.isspace() or before in _JOINERS:
        return True
    # A joiner after a Han, kana or Hangul letter joins nothing in those scripts.
    return unicodedata.category(before) == "Lo" and unicodedata.east_asian_width(before) in "WF"


def clean_date(spec: FieldSpec, value: object) -> dt.date | None:
    if value is None or value == "":
        if spec.required:
            raise ValidationError("error.value.required", field=_label(spec))
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = parse_date(str(value))
        except NotADate:
            raise ValidationError("error.value.not_date", field=_label(spec), value=value) from None
        if value is None:
            return clean_date(spec, None)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError("error.value.date_range", field=_label(spec), value=value.isoformat())
    return value


def clean_rating(spec: FieldSpec, value: object) -> int:
    n = whole_number(value)
    if n is None or not 1 <= n <= 5:
        raise ValidationError("error.value.rating", field=_label(spec), value=value)
    return n


def clean_percent(spec: FieldSpec, value: object) -> int:
    try:
        number = float(str(value).strip().rstrip("%")) if not isinstance(value, int | float) else float(value)
    except ValueError:
        raise ValidationError("error.value.percent", field=_label(spec), value=value) from None
    if isinstance(value, bool) or not math.isfinite(number) or not 0 <= number <= 100:
        raise ValidationError("error.value.percent", field=_label(spec), value=value)
    return round(number)


def clean_number(spec: FieldSpec, value: object) -> float | None:
    if value is None or value == "":
        if spec.required:
            raise ValidationError("error.value.required", field=_label(spec))
        return None
    if isinstance(value, bool):
        raise ValidationError("error.value.number", field=_label(spec), value=value)
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError("error.value.number", field=_label(spec), value=value) from None
    if not math.isfinite(number) or abs(number) > 1e15:
        raise ValidationError("error.value.number", field=_label(spec), value=value)
    return number


def clean_bool(spec: FieldSpec, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "y", "是", "√", "✓", "x"}:
        return True
    if text in {"", "0", "false", "no", "n", "否"}:
        return False
    raise ValidationError("error.value.choice", field=_label(spec), value=value,
                          choices=Labels(("value.yes", "value.no")))


def clean_choice(spec: FieldSpec, value: object) -> str | None:
    assert spec.choices is not None
    if value is None or value == "":
        if spec.required:
            raise ValidationError("error.value.required", field=_label(spec))
        return None
    text = value.value if isinstance(value, StrEnum) else str(value).strip()
    for choice in spec.choices:
        label_en = tr(f"enum.{spec.choices.__name__}.{choice.value}", "en")
        label_zh = tr(f"enum.{spec.choices.__name__}.{choice.value}", "zh_CN")
        if text.lower() in {choice.value, label_en.lower(), label_zh}:
            return choice.value
    keys = tuple(f"enum.{spec.choices.__name__}.{c.value}" for c in spec.choices)
    raise ValidationError("error.value.choice", field=_label(spec), value=value,
                          choices=Labels(keys))
