"""How a field's value reads on screen, in Excel text cells and on paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.forms.specs import FieldSpec, Kind
from app.i18n import current_language, normalise_language, tr


@dataclass
class Names:
    """Id → name lookups an initiative's rows need to show references."""

    people: dict[int, str] = field(default_factory=dict)
    measures: dict[int, str] = field(default_factory=dict)
    task_numbers: dict[int, int] = field(default_factory=dict)
    pain_numbers: dict[int, int] = field(default_factory=dict)


def list_separator(lang: str | None = None) -> str:
    return "、" if normalise_language(lang or current_language()) == "zh_CN" else ", "


def item_separator(lang: str | None = None) -> str:
    """Between items that may hold commas themselves (descriptions)."""
    return "；" if normalise_language(lang or current_language()) == "zh_CN" else "; "


def yes_no(value: bool | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    return tr("value.yes" if value else "value.no", lang)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):d}"
    return f"{value:.6g}"


def pain_point_label(number: int, description: str | None, step: str | None = None) -> str:
    """A pain point as a person recognises it in a list: its number and what it is (its
    description, else its process step)."""
    return f"#{number} {(description or step or '').strip()}".rstrip()


def format_predecessors(links: list[tuple[int, int]], names: Names) -> str:
    parts = []
    for task_id, lag in links:
        number = names.task_numbers.get(task_id)
        if number is None:
            continue
        parts.append(f"{number}{lag:+d}" if lag else str(number))
    return ", ".join(parts)


def format_value(spec: FieldSpec, value: Any, names: Names, lang: str | None = None) -> str:
    if value is None or value == "" or value == []:
        return ""
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT, Kind.DEPARTMENT):
        return str(value)
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if kind in (Kind.RATING, Kind.INTEGER):
        return str(value)
    if kind is Kind.PERCENT:
        return f"{value}%"
    if kind is Kind.RATIO:
        return f"{value:+.1%}"
    if kind is Kind.NUMBER:
        return format_number(value)
    if kind is Kind.BOOL:
        return yes_no(value, lang)
    if kind is Kind.CHOICE and spec.choices is not None:
        return tr(f"enum.{spec.choices.__name__}.{value}", lang)
    if kind is Kind.DEPARTMENTS:
        return list_separator(lang).join(value)
    if kind is Kind.PERSON:
        return names.people.get(value, "")
    if kind is Kind.MEASURE:
        return names.measures.get(value, "")
    if kind is Kind.PREDECESSORS:
        return format_predecessors(value, names)
    if kind is Kind.PAIN_POINTS:
        return ", ".join(f"#{names.pain_numbers[i]}" for i in value if i in names.pain_numbers)
    return str(value)
