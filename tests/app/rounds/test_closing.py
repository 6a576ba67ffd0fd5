"""A closed round is read-only whoever writes: every service of the write path is refused
with one clear message and changes nothing; reopening makes it editable again."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.forms import editing
from app.org import initiatives
from app.org import organisation as org
from app.raci import raci_grid
from app.rounds import closing
from app.rounds.state import round_state
from app.schedule import edit as schedule_edit
from app.signoff import signatures
from app.store.models import Department, Task
from app.store.workspace import Workspace

INI = 1
DAY = dt.date(2026, 12, 18)
DATA = Path(__file__).resolve().parents[2] / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(action) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    assert caught.value.key == "error.round.closed"
    assert "closed" in caught.value.message("en") and "本轮已结束" in caught.value.message("zh_CN")
    return caught.value


def test_closing_records_the_date_and_refuses_every_kind_of_edit(demo_ws: Workspace) -> None:
    task = editing.rows(demo_ws, "tracking", INI)[0]
    goal = editing.rows(demo_ws, "goals", INI)[0]
    assert closing.close_round(demo_ws, INI, DAY) == DAY
    assert round_state(demo_ws, INI).closed_on == DAY
    before = _digest(demo_ws.path)

    _refused(lambda: editing.set_value(demo_ws, "tracking", task.id, "percent", 50))
    _refused(lambda: editing.set_value(demo_ws, "goals", goal.id, "name", "改名"))
    _refused(lambda: editing.add_row(demo_ws, "pain_points", INI, {"step": "新环节"}))
    _refused(lambda: editing.delete_rows(demo_ws, "evaluation",
                                         [editing.rows(demo_ws, "evaluation", INI)[0].id]))
    _refused(lambda: schedule_edit.set_dates(demo_ws, task.id, dt.date(2027, 1, 4),
                                             dt.date(2027, 1, 8)))
    _refused(lambda: raci_grid.set_cells(demo_ws, INI, {(task.id, "m1"): "C"}))
    with demo_ws.read() as s:
        line = signatures.signoff_lines(s, INI)[0][2]
    _refused(lambda: signatures.record_signature(demo_ws, line.id, "赵磊", DAY, "V-000000"))
    _refused(lambda: initiatives.rename_initiative(demo_ws, INI, "新名字"))
    _refused(lambda: initiatives.delete_initiative(demo_ws, INI))
    # Removing a department would re-point the closed round's tasks: refused as well.
    with demo_ws.read() as s:
        dep = s.scalars(select(Department).join(Task, Task.department_id == Department.id)
                        .where(Task.initiative_id == INI)).first()
    assert dep is not None
    _refused(lambda: org.delete_department(demo_ws, dep.id))
    assert _digest(demo_ws.path) == before  # nothing was written

    # Reopened, it is a round like any other again.
    assert closing.reopen_round(demo_ws, INI) == DAY
    assert not round_state(demo_ws, INI).closed
    editing.set_value(demo_ws, "tracking", task.id, "percent", 50)
    assert editing.get_value(demo_ws, "tracking", task.id, "percent") == 50


def test_closing_twice_or_reopening_an_open_round_is_refused(demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match="not closed"):
        closing.reopen_round(demo_ws, INI)
    closing.close_round(demo_ws, INI, DAY)
    with pytest.raises(UserError, match="closed on 2026-12-18"):
        closing.close_round(demo_ws, INI, DAY)
    with pytest.raises(UserError, match="no initiative with id 999"):
        closing.close_round(demo_ws, 999, DAY)


def test_other_initiatives_stay_editable(demo_ws: Workspace) -> None:
    other = initiatives.create_initiative(demo_ws, "另一个项目")
    closing.close_round(demo_ws, INI, DAY)
    goal = editing.add_row(demo_ws, "goals", other, {"name": "目标"})
    editing.set_value(demo_ws, "goals", goal, "name", "目标二")
    assert [r.values["name"] for r in editing.rows(demo_ws, "goals", other)] == ["目标二"]
    initiatives.delete_initiative(demo_ws, other)


def test_what_is_still_open_is_listed_before_closing(demo_ws: Workspace) -> None:
    with demo_ws.read() as s:
        items = closing.open_items(s, INI)
        said = closing.verdict(s, INI, "en")
    tasks = [i.text for i in items if i.kind == "task"]
    unfinished = [t for t in editing.rows(demo_ws, "tracking", INI)
                  if t.values["status"] != "done"]
    assert len(tasks) == len(unfinished) and len(tasks) > 0
    assert tasks[0].startswith("Task not finished: ")
    forms = [i.text for i in items if i.kind == "signoff"]
    # Form 1 has two heads still to sign; every other form has no sign-off yet.
    assert "Goal confirmation: 2 sign-off line(s) not signed" in forms
    assert "Team members and responsibilities: no sign-off recorded" in forms
    assert "Plan review (measures, tasks and RACI): no sign-off recorded" in forms
    assert said == "2 of 4 KPIs met (1 not measured yet)"


def test_an_upgraded_old_workspace_keeps_closed_rounds_read_only(tmp_path: Path) -> None:
    path = tmp_path / "schema1.crossdesk"
    shutil.copyfile(DATA / path.name, path)
    with Workspace.open(path) as ws:
        ini = initiatives.list_initiatives(ws)[0].id
        assert not round_state(ws, ini).closed
        closing.close_round(ws, ini, DAY)
        goal = editing.rows(ws, "goals", ini)[0]
        _refused(lambda: editing.set_value(ws, "goals", goal.id, "name", "改名"))


def test_an_old_file_opened_read_only_without_its_upgrade_reads_as_open(
        tmp_path: Path) -> None:
    path = tmp_path / "schema2.crossdesk"
    shutil.copyfile(DATA / path.name, path)
    before = _digest(path)
    with Workspace.open(path, read_only=True) as ws:
        ini = initiatives.list_initiatives(ws)[0].id
        assert not round_state(ws, ini).closed
        kpis = editing.rows(ws, "evaluation", ini)  # Form 5 without its measure column
        assert kpis and all(k.values["measure"] is None for k in kpis)
    assert _digest(path) == before
