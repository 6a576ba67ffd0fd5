"""An item's values as text in the reader's language: what the printed sheets, the Excel
sheets and the list show, written once. People, departments and tasks print by name,
choices by label, date-times as ``YYYY-MM-DD HH:MM``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.i18n import tr
from app.register import fields as fl
from app.register import kinds as k
from app.register.read import ItemRecord

MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def moment(value: dt.datetime | None) -> str:
    return value.strftime(MINUTE_FORMAT) if value is not None else ""


def day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def yes_no(value: bool, lang: str | None = None) -> str:
    return tr("value.yes" if value else "value.no", lang)


def choice(group: str, value: str | None, lang: str | None = None) -> str:
    return tr(k.label_key(group, value), lang) if value else ""


def field_text(rec: ItemRecord, f: fl.Field, lang: str | None = None) -> str:
    """Field ``f`` of ``rec`` as text; a task by name, a meeting by its number."""
    value: Any = rec.values.get(f.key)
    t = f.type
    if value is None or value == "" or value == []:
        return ""
    if t == "datetime":
        return moment(value)
    if t == "date":
        return day(value)
    if t == "bool":
        return yes_no(value, lang)
    if t == "choice":
        return choice("status" if f.key == "status" else f.choice, value, lang)
    if t == "person":
        return rec.people.get(value, "")
    if t == "department":
        return rec.departments.get(value, "")
    if t == "departments":
        sep = "、" if lang == "zh_CN" else ", "
        return sep.join(rec.departments.get(d, "") for d in value)
    if t == "task":
        return rec.task_names.get(value, f"#{value}")
    if t == "meeting":
        return rec.numbers.get(value, f"#{value}")
    return str(value)
