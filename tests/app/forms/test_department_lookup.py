"""Departments found by name are remembered for a session, never stale."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.forms.rows.base import department_by_name
from app.store.changes import ChangeArea
from app.store.models import Department
from app.store.workspace import Workspace


def test_lookup_follows_renames_and_new_departments(empty_ws: Workspace) -> None:
    with empty_ws.write(ChangeArea.ORG) as s:
        s.add(Department(name="质量部", position=1))
        s.flush()
        dep = department_by_name(s, "质量部")
        assert department_by_name(s, " 质量部 ") is dep  # remembered, same object
        dep.name = "品质部"
        s.flush()
        with pytest.raises(ValidationError):
            department_by_name(s, "质量部")  # the old name is gone
        assert department_by_name(s, "品质部") is dep
        s.add(Department(name="采购部", position=2))
        s.flush()
        assert department_by_name(s, "采购部").name == "采购部"
        assert department_by_name(s, "") is None
