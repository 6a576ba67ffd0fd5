"""Change notices: one enumeration of areas, merged notices, delivered after the edit."""

from __future__ import annotations

import pytest

from app.forms import editing
from app.store import changes
from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace

INI = 1


def test_a_misspelt_area_fails_where_it_is_written() -> None:
    with pytest.raises(AttributeError):
        _ = ChangeArea.TASK  # type: ignore[attr-defined]


def test_an_area_as_a_string_is_refused_before_anything_is_written(demo_ws: Workspace) -> None:
    heard: list[Change] = []
    demo_ws.subscribe(heard.append)
    with pytest.raises(TypeError), demo_ws.write("tasks"):  # type: ignore[arg-type]
        pytest.fail("the write block ran")
    assert heard == [] and demo_ws.serial == 0


def test_groupings_are_made_of_the_areas() -> None:
    assert ChangeArea.TASKS in changes.SCHEDULE and ChangeArea.RACI not in changes.SCHEDULE
    assert all(area in changes.ALL for area in ChangeArea)
    for shows in changes.FORM_VIEWS.values():
        assert ChangeArea.INITIATIVES in shows
    assert ChangeArea.TASKS not in changes.FORM_VIEWS["measures"]  # it shows no task


def test_a_cell_edit_names_its_row(demo_ws: Workspace) -> None:
    heard: list[Change] = []
    demo_ws.subscribe(heard.append)
    row = editing.rows(demo_ws, "tracking", INI)[2]
    editing.set_value(demo_ws, "tracking", row.id, "name", "Prototype batch one")
    assert [c.areas for c in heard] == [ChangeArea.TASKS]
    assert heard[0].rows_of(ChangeArea.TASKS) == {row.id}
    # Deleting rows renumbers the others: no row list, the whole form is read again.
    editing.delete_rows(demo_ws, "tracking", [row.id])
    assert heard[1].rows_of(ChangeArea.TASKS) is None


def test_notices_wait_for_the_scheduler_and_arrive_merged(demo_ws: Workspace) -> None:
    scheduled: list[object] = []
    heard: list[Change] = []
    demo_ws.deliver_later(scheduled.append)
    demo_ws.subscribe(heard.append)
    rows = editing.rows(demo_ws, "tracking", INI)
    editing.set_value(demo_ws, "tracking", rows[0].id, "percent", 10)
    editing.set_value(demo_ws, "tracking", rows[1].id, "percent", 20)
    editing.set_value(demo_ws, "goals", editing.rows(demo_ws, "goals", INI)[0].id, "name", "x")
    assert heard == [] and len(scheduled) == 1  # nothing heard while the edits run
    demo_ws.deliver()
    assert len(heard) == 1
    change = heard[0]
    assert change.areas == ChangeArea.TASKS | ChangeArea.GOALS
    assert change.rows_of(ChangeArea.TASKS) == {rows[0].id, rows[1].id}
    assert change.serial == demo_ws.serial == 3
    demo_ws.deliver()  # nothing more waits
    assert len(heard) == 1


def test_a_row_list_is_dropped_when_a_merged_notice_changed_the_area_anywhere() -> None:
    one = Change.of(ChangeArea.TASKS, {ChangeArea.TASKS: [1]})
    anywhere = Change.of(ChangeArea.TASKS | ChangeArea.RACI)
    assert one.merged(anywhere).rows_of(ChangeArea.TASKS) is None
    assert one.merged(Change.of(ChangeArea.RACI)).rows_of(ChangeArea.TASKS) == {1}
    with pytest.raises(ValueError):
        Change.of(ChangeArea.TASKS, {ChangeArea.GOALS: [1]})


def test_closing_the_workspace_ends_every_subscription(demo_path) -> None:
    ws = Workspace.open(demo_path)
    heard: list[Change] = []
    ws.subscribe(heard.append)
    ws.subscribe(heard.append)
    assert ws.listener_count() == 2
    ws.close()
    assert ws.listener_count() == 0
