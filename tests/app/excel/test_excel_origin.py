"""A workbook says which workspace and initiative it came from; its IDs update rows only
where they name the same rows. A workbook of another workspace never rewrites the rows
that happen to share its IDs, an ID that matches nothing is said in the preview, and an
import never blanks a field because the sheet has no column for it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.cli.main import main
from app.excel.apply import apply_plan
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.excel.preview import describe
from app.forms import editing
from app.store import migrations, settings
from app.store.changes import ChangeArea
from app.store.models import Department, Goal, Initiative, Member, Person, RaciAssignment, Task
from app.store.workspace import SCHEMA_VERSION, Workspace

TODAY = dt.date(2026, 11, 20)
PERSON_FIELDS = ("name", "department_id", "phone", "email", "chat", "title")


def _people(ws: Workspace) -> dict[int, tuple]:
    with ws.read() as s:
        return {
            p.id: tuple(getattr(p, a) for a in PERSON_FIELDS) for p in s.scalars(select(Person))
        }


def _other_workspace(path: Path) -> tuple[Path, int]:
    """Another workspace whose first people, goal and tasks have the demo's IDs (1, 2, 3)
    but are other people and rows: 张伟 there is in 财务部 and has no phone."""
    ws = Workspace.create(path)
    with ws.write(ChangeArea.INITIATIVES) as s:
        finance, rd = Department(name="财务部", position=1), Department(name="研发部", position=2)
        s.add_all([finance, rd])
        people = [
            Person(name="周一", department=finance),
            Person(name="吴二", department=rd),
            Person(name="张伟", department=finance),
        ]
        s.add_all(people)
        ini = Initiative(name="年度预算编制", position=1)
        s.add(ini)
        s.flush()
        members = [
            Member(initiative_id=ini.id, person=p, role=r, position=i)
            for i, (p, r) in enumerate(zip(people, ("lead", "liaison", "executor"), strict=True), 1)
        ]
        s.add_all(members)
        s.add(Goal(initiative_id=ini.id, name="预算按时编制", position=1))
        tasks = [
            Task(initiative_id=ini.id, name="收集预算", position=1, department=finance),
            Task(initiative_id=ini.id, name="审核预算", position=2, department=finance),
        ]
        s.add_all(tasks)
        s.flush()
        for t in tasks:
            s.add(RaciAssignment(task_id=t.id, member_id=members[0].id, letter="A"))
            s.add(RaciAssignment(task_id=t.id, member_id=members[2].id, letter="R"))
        ini_id = ini.id
    ws.close()
    return path, ini_id


@pytest.fixture
def foreign_xlsx(tmp_path: Path) -> Path:
    path, ini = _other_workspace(tmp_path / "other.crossdesk")
    out = tmp_path / "other.xlsx"
    with Workspace.open(path) as other:
        export_workbook(other, ini, out, "zh_CN", today=TODAY)
    return out


def test_every_workspace_has_its_own_file_id_and_the_export_carries_it(demo_ws, tmp_path):
    here = settings.workspace_id(demo_ws)
    assert len(here) == 32
    with Workspace.create(tmp_path / "b.crossdesk") as b:
        assert settings.workspace_id(b) not in ("", here)
    out = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, out, "en", today=TODAY)
    props = {p.name: p.value for p in load_workbook(out, read_only=True).custom_doc_props}
    assert props == {
        "CrossDesk workspace": here,
        "CrossDesk initiative": "1",
        "CrossDesk initiative name": "新品 X1 上市跨部门协作",
    }
    copy = demo_ws.save_copy(tmp_path / "copy.crossdesk")
    with Workspace.open(copy) as c:
        assert settings.workspace_id(c) not in ("", here)  # a copy goes its own way


def _as_version_2(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM settings WHERE key = ?", (migrations.WORKSPACE_ID,))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_a_version_2_workspace_gets_its_file_id_when_upgraded(demo_path, tmp_path):
    _as_version_2(demo_path)
    with Workspace.open(demo_path, read_only=True) as old:  # still readable as it is
        assert settings.workspace_id(old) == ""
        out = tmp_path / "old.xlsx"
        export_workbook(old, 1, out, "en", today=TODAY)
        assert not load_workbook(out, read_only=True).custom_doc_props.names
    assert migrations.READABLE_FROM <= 2
    with Workspace.open(demo_path) as ws:
        assert ws.upgraded_from == 2
        assert len(settings.workspace_id(ws)) == 32
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    conn.close()


def test_a_workbook_of_another_workspace_does_not_rewrite_rows_sharing_its_ids(
    demo_ws, foreign_xlsx
):
    people = _people(demo_ws)
    tasks = [r.text for r in editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)]
    goals = [r.text for r in editing.rows(demo_ws, "goals", 1, "zh_CN", TODAY)]
    plan = build_plan(demo_ws, foreign_xlsx, 1)
    assert not plan.has_errors, [(r.sheet, r.row, r.errors) for r in plan.error_rows]
    text = "\n".join(describe(plan, "en"))
    assert "exported from another workspace" in text
    by_form = {}
    for r in plan.rows:
        by_form.setdefault(r.form, []).append((r.label, r.status))
    assert by_form["tracking"] == [("收集预算", Status.NEW), ("审核预算", Status.NEW)]
    assert by_form["goals"] == [("预算按时编制", Status.NEW)]
    apply_plan(demo_ws, plan)

    after = _people(demo_ws)
    assert {pid: after[pid] for pid in people} == people  # nobody here was touched
    new = sorted(v[0] for k, v in after.items() if k not in people)
    assert new == ["吴二", "周一", "张伟"]  # 张伟 of 财务部 is not 张伟 of 研发部
    rows = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    assert [r.text for r in rows[: len(tasks)]] == tasks
    assert [r.values["name"] for r in rows[len(tasks) :]] == ["收集预算", "审核预算"]
    assert [r.text for r in editing.rows(demo_ws, "goals", 1, "zh_CN", TODAY)][:-1] == goals
    # the RACI letters of the new tasks go to that workspace's people, now on this team
    with demo_ws.read() as s:
        new_tasks = [t.id for t in s.scalars(select(Task).where(Task.name.in_(["收集预算"])))]
        holders = {
            (a.letter, s.get(Member, a.member_id).person_id)
            for a in s.scalars(select(RaciAssignment).where(RaciAssignment.task_id.in_(new_tasks)))
        }
    assert {letter for letter, _ in holders} == {"A", "R"}
    assert all(pid not in people for _, pid in holders)


def test_the_same_into_a_new_initiative_from_the_command_line(demo_path, foreign_xlsx, capsys):
    with Workspace.open(demo_path) as ws:
        people = _people(ws)
    assert main(["import", str(demo_path), str(foreign_xlsx), "--new-initiative", "外来",
                 "--lang", "en"]) == 0
    assert "exported from another workspace" in capsys.readouterr().out
    with Workspace.open(demo_path) as ws:
        after = _people(ws)
    assert {pid: after[pid] for pid in people} == people


def test_an_id_that_matches_nothing_is_said_in_the_preview(demo_ws, demo_xlsx, tmp_path):
    rows = editing.rows(demo_ws, "goals", 1)
    gone = rows[-1]
    editing.delete_rows(demo_ws, "goals", [gone.id])
    plan = build_plan(demo_ws, demo_xlsx, 1)
    (row,) = [r for r in plan.rows if r.form == "goals" and r.status is Status.NEW]
    assert row.label == gone.values["name"]
    text = "\n".join(describe(plan, "en"))
    assert f"ID {gone.id} is not in this initiative" in text

    # a hand-made sheet with an ID of its own
    wb = Workbook()
    sheet = wb.active
    sheet.title = "1 目标"
    sheet.append(["目标", "衡量标准", "ID"])
    sheet.append(["全新目标", "上线", 99999])
    path = tmp_path / "ids.xlsx"
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    assert [r.status for r in plan.rows] == [Status.NEW]
    assert "ID 99999 is not in this initiative" in "\n".join(describe(plan, "en"))


def test_no_field_is_blanked_because_the_sheet_has_no_column_for_it(demo_ws, tmp_path):
    """A returned sheet with the task names and their progress only: owners, departments
    and everything else stay as they were."""
    before = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    wb = Workbook()
    sheet = wb.active
    sheet.title = "4 计划跟踪"
    sheet.append(["任务", "完成率"])
    for r in before[:5]:
        sheet.append([r.values["name"], 1.0])
    path = tmp_path / "progress.xlsx"
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    assert {tuple(r.changes) for r in plan.rows if r.status is Status.UPDATE} <= {("percent",)}
    apply_plan(demo_ws, plan)
    after = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    for old, new in zip(before, after, strict=True):
        keep = {k: v for k, v in old.text.items() if k not in ("percent", "status", "warnings")}
        assert {k: new.text[k] for k in keep} == keep


def test_a_new_team_row_for_someone_known_does_not_erase_their_contact(demo_ws, tmp_path):
    """The next round's team typed by hand: names, departments, roles; contact cells left
    empty. The people's phone, e-mail and chat stay as they were."""
    people = _people(demo_ws)
    wb = Workbook()
    sheet = wb.active
    sheet.title = "2 团队"
    sheet.append(["姓名", "部门", "角色", "电话", "邮箱", "微信"])
    sheet.append(["李娜", "研发部", "接口人", None, None, None])
    sheet.append(["张伟", "研发部", "执行人", "", "", ""])
    path = tmp_path / "team.xlsx"
    wb.save(path)
    plan = build_plan(demo_ws, path, None, new_initiative="第二轮")
    assert not plan.has_errors
    apply_plan(demo_ws, plan)
    assert _people(demo_ws) == people
