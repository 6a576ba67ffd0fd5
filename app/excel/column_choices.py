"""What the coordinator chose for a column the import does not know: the field it goes to,
or left out on purpose. Kept in the workspace (one settings row) by form and header text,
so the next file from the same department maps itself."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.errors import UserError
from app.excel.headers import CONTACT_FORMS, CONTACT_KEY, normalise
from app.excel.sheet_specs import BY_KEY, fields_of
from app.i18n import tr
from app.store.changes import ChangeArea
from app.store.models import Setting
from app.store.workspace import Workspace

SETTING_KEY = "excel.column_choices"
LEAVE_OUT = ""  # the choice "do not import this column", made on purpose

Choices = dict[str, dict[str, str]]  # form → normalised header → field key or LEAVE_OUT


def choices(form: str, lang: str | None = None) -> list[tuple[str, str]]:
    """The fields a column of ``form`` may be mapped to: (key, label), in the form's order."""
    result = [(f.key, tr(f.label_key, lang)) for f in fields_of(BY_KEY[form]) if not f.derived]
    if form in CONTACT_FORMS:
        result.append((CONTACT_KEY, tr("excel.col.contact", lang)))
    return result


def field_label(form: str, key: str, lang: str | None = None) -> str:
    return dict(choices(form, lang)).get(key, key)


def load(ws: Workspace) -> Choices:
    with ws.read() as s:
        text = s.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}  # a damaged value only loses the remembered choices
    if not isinstance(data, dict):
        return {}
    return {
        str(form): {str(h): str(k) for h, k in table.items()}
        for form, table in data.items()
        if isinstance(table, dict) and form in BY_KEY
    }


def chosen(table: Choices, form: str, header: str) -> str | None:
    """The remembered choice for ``header`` in ``form``: a field key, LEAVE_OUT, or None."""
    key = normalise(header)
    return table.get(form, {}).get(key) if key else None  # "*" or "（必填）" name nothing


def remember_column(ws: Workspace, form: str, header: str, choice: str | None) -> str | None:
    """Remember ``choice`` (a field key, LEAVE_OUT, or None to forget) for ``header`` of
    ``form`` in one transaction; returns the choice it replaces, for undo."""
    if form not in BY_KEY or (
        choice not in (None, LEAVE_OUT) and choice not in dict(choices(form))
    ):
        raise UserError("excel.error.bad_column_choice", header=header, choice=choice)
    key = normalise(header)
    with ws.write(ChangeArea.SETTINGS) as s:
        row = s.get(Setting, SETTING_KEY)
        try:
            data = json.loads(row.value) if row is not None and row.value else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        table = data.setdefault(form, {})
        old = table.get(key)
        if choice is None:
            table.pop(key, None)
        else:
            table[key] = choice
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=text))
        else:
            row.value = text
    return old
