"""Workspace-wide settings kept inside the workspace file (e.g. the organisation name).

They travel with the file, so a sheet printed on another laptop carries the same name. The
program's own preferences (language, window state) are per user and live in the Qt layer.
"""

from __future__ import annotations

from sqlalchemy import select

from app.forms import validation as v
from app.forms.specs import FieldSpec, Kind
from app.store import migrations
from app.store.changes import ChangeArea
from app.store.models import Setting
from app.store.workspace import Workspace

ORGANISATION = "organisation"
_ORGANISATION = FieldSpec(ORGANISATION, "field.settings.organisation", Kind.TEXT, max_len=200)


def get(ws: Workspace, key: str, default: str = "") -> str:
    with ws.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def workspace_id(ws: Workspace) -> str:
    """The file ID of the workspace ("" in a file of schema 1 or 2 opened read-only)."""
    return get(ws, migrations.WORKSPACE_ID)


def organisation(ws: Workspace) -> str:
    """The organisation name printed in the head of every sheet ("" when not set)."""
    return get(ws, ORGANISATION)


def clean_organisation(name: str) -> str:
    """The name as it would be stored; raises ``ValidationError`` for a name the sheets refuse."""
    return v.clean_text(_ORGANISATION, name)


def set_organisation(ws: Workspace, name: str) -> str:
    """Store the cleaned name (one transaction, area ``settings``) and return the old one."""
    name = clean_organisation(name)
    with ws.write(ChangeArea.SETTINGS) as s:
        row = s.get(Setting, ORGANISATION)
        old = row.value if row is not None else ""
        if row is None:
            s.add(Setting(key=ORGANISATION, value=name))
        else:
            row.value = name
    return old
