"""Editing the forms through app.forms.editing: one transaction per act, refusals store nothing,
deletes come back whole."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.forms import editing
from app.store.workspace import Workspace

INI = 1


def first(ws: Workspace, form: str) -> editing.Row:  # type: ignore[name-defined]
    return editing.rows(ws, form, INI)[0]


@pytest.mark.parametrize(("form", "key", "value", "message"), [
    ("goals", "name", "", "must not be empty"),
    ("goals", "name", "   ", "must not be empty"),
    ("goals", "due_date", "2026-02-30", "is not a date"),
    ("goals", "due_date", "next week", "is not a date"),
    ("goals", "due_date", dt.date(1800, 1, 1), "outside the years"),
    ("pain_points", "impact", 7, "from 1 to 5"),
    ("pain_points", "frequency", 0, "from 1 to 5"),
    ("pain_points", "impact", "high", "from 1 to 5"),
    ("tracking", "percent", 120, "from 0 to 100"),
    ("tracking", "status", "finished-ish", "not one of the choices"),
    ("goals", "lead_department", "不存在的部门", "no department named"),
    ("goals", "name", "bad\x07bell", "control characters"),
    ("goals", "name", "x" * 501, "too long"),
    ("evaluation", "before", "abc", "not a number"),
    ("evaluation", "after", float("inf"), "not a number"),
])
def test_bad_values_are_refused_and_nothing_stored(demo_ws: Workspace, form: str, key: str,
                                                   value: object, message: str) -> None:
    row = first(demo_ws, form)
    before = editing.rows(demo_ws, form, INI)
    with pytest.raises(ValidationError, match=message):
        editing.set_value(demo_ws, form, row.id, key, value)
    assert editing.rows(demo_ws, form, INI) == before


def test_refused_message_speaks_chinese(demo_ws: Workspace) -> None:
    row = first(demo_ws, "pain_points")
    with pytest.raises(ValidationError) as info:
        editing.set_value(demo_ws, "pain_points", row.id, "impact", 7)
    assert "影响程度" in info.value.message("zh_CN")


def test_set_value_returns_old_for_undo(demo_ws: Workspace) -> None:
    row = first(demo_ws, "pain_points")
    old = editing.set_value(demo_ws, "pain_points", row.id, "impact", 1)
    assert old == row.values["impact"]
    assert first(demo_ws, "pain_points").values["impact"] == 1


def test_choice_accepts_chinese_label(demo_ws: Workspace) -> None:
    row = first(demo_ws, "team")
    editing.set_value(demo_ws, "team", row.id, "role", "接口人")
    assert first(demo_ws, "team").values["role"] == "liaison"


def test_add_delete_restore_keeps_ids_and_links(demo_ws: Workspace) -> None:
    tasks = editing.rows(demo_ws, "tracking", INI)
    linked = next(t for t in tasks if t.values["predecessors"])
    pred_id = linked.values["predecessors"][0][0]
    snaps = editing.delete_rows(demo_ws, "tracking", [pred_id])
    after = editing.rows(demo_ws, "tracking", INI)
    assert pred_id not in [t.id for t in after]
    assert all(p[0] != pred_id for t in after for p in t.values["predecessors"])
    editing.restore_rows(demo_ws, "tracking", snaps)
    assert editing.rows(demo_ws, "tracking", INI) == tasks


def test_add_row_at_index_and_move(demo_ws: Workspace) -> None:
    new_id = editing.add_row(demo_ws, "goals", INI, {"name": "新目标"}, index=1)
    ids = [r.id for r in editing.rows(demo_ws, "goals", INI)]
    assert ids[1] == new_id
    old = editing.move_row(demo_ws, "goals", new_id, 3)
    assert old == 1
    assert [r.id for r in editing.rows(demo_ws, "goals", INI)][3] == new_id


def test_predecessors_typed_as_row_numbers(demo_ws: Workspace) -> None:
    tasks = editing.rows(demo_ws, "tracking", INI)
    editing.set_value(demo_ws, "tracking", tasks[5].id, "predecessors", "1, 3+2")
    row = editing.rows(demo_ws, "tracking", INI)[5]
    assert row.values["predecessors"] == sorted([(tasks[0].id, 0), (tasks[2].id, 2)])
    assert row.text["predecessors"] == "1, 3+2"
    with pytest.raises(ValidationError):
        editing.set_value(demo_ws, "tracking", tasks[5].id, "predecessors", "6")
    with pytest.raises(ValidationError):
        editing.set_value(demo_ws, "tracking", tasks[5].id, "predecessors", "99")


def test_emoji_and_rtl_text_are_kept_exactly(demo_ws: Workspace) -> None:
    row = first(demo_ws, "goals")
    text = "上线 🚀 مرحبا"
    editing.set_value(demo_ws, "goals", row.id, "name", text)
    assert first(demo_ws, "goals").values["name"] == text
