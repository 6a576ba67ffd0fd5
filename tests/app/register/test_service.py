"""The register's write service: one transaction per action, the field rules, undo data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import UserError, ValidationError
from app.register import read, service
from app.store.changes import Change, ChangeArea
from app.store.models import Task
from app.store.workspace import Workspace
from tests.app.register.helpers import first_initiative, person_id, task_count

NOW = dt.datetime(2026, 11, 20, 14, 0)


def fresh(ws: Workspace) -> int:
    """A new initiative of the demo workspace (its people, no register items yet)."""
    from app.org.initiatives import create_initiative

    return create_initiative(ws, "测试项目")


def _heard(ws: Workspace) -> list[Change]:
    heard: list[Change] = []
    ws.subscribe(heard.append)
    return heard


def test_new_items_are_numbered_per_kind_with_the_kinds_defaults(demo_ws: Workspace) -> None:
    ini = fresh(demo_ws)
    heard = _heard(demo_ws)
    m1 = service.create_item(demo_ws, ini, "meeting", now=NOW)
    p1 = service.create_item(demo_ws, ini, "problem", now=NOW)
    m2 = service.create_item(demo_ws, ini, "meeting", {"title": "周例会"}, now=NOW)
    assert all(c.areas == ChangeArea.REGISTER for c in heard) and len(heard) == 3
    rows = {r.id: r for r in read.register_rows(demo_ws, ini, NOW)}
    assert [rows[i].number for i in (m1, p1, m2)] == ["HY-001", "WT-001", "HY-002"]
    assert rows[m2].title == "周例会" and rows[m1].title == "New meeting"
    assert rows[m1].status == "planned" and rows[p1].status == "open"
    assert rows[p1].urgency == "routine" and rows[m1].urgency is None
    rec = read.item_record(demo_ws, m1, NOW)
    assert rec.values["meeting_type"] == "weekly"
    assert rec.values["ends_at"] == NOW + dt.timedelta(hours=1)


def test_a_number_in_use_is_refused(demo_ws: Workspace) -> None:
    ini = fresh(demo_ws)
    service.create_item(demo_ws, ini, "problem", number=7, now=NOW)
    with pytest.raises(ValidationError, match="WT-007"):
        service.create_item(demo_ws, ini, "problem", number=7, now=NOW)
    second = service.create_item(demo_ws, ini, "problem", now=NOW)
    assert read.item_record(demo_ws, second, NOW).row.number == "WT-008"
    with pytest.raises(ValidationError):
        service.set_number(demo_ws, second, 7)
    assert service.set_number(demo_ws, second, 9) == 8


def test_unknown_kind_and_field_are_refused(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    with pytest.raises(UserError, match="not a kind"):
        service.create_item(demo_ws, ini, "memo", now=NOW)
    item = service.create_item(demo_ws, ini, "meeting", now=NOW)
    with pytest.raises(ValidationError, match="urgency"):
        service.set_field(demo_ws, item, "urgency", "urgent")


@pytest.mark.parametrize(("key", "value"), [
    ("status", "resolved"),  # a problem's status, not a meeting's
    ("meeting_type", "party"),
    ("opened_at", "next tuesday"),
    ("ends_at", "2026-11-19 09:00"),  # before the start
    ("chair", "无此人"),
    ("title", ""),
    ("department", "财务部"),
])
def test_refused_values_store_nothing(demo_ws: Workspace, key: str, value: str) -> None:
    ini = first_initiative(demo_ws)
    item = service.create_item(demo_ws, ini, "meeting", now=NOW)
    before = read.item_record(demo_ws, item, NOW).values
    with pytest.raises(ValidationError):
        service.set_field(demo_ws, item, key, value)
    assert read.item_record(demo_ws, item, NOW).values == before


def test_choices_take_labels_in_both_languages_and_undo_puts_back(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    item = service.create_item(demo_ws, ini, "problem", now=NOW)
    assert service.set_field(demo_ws, item, "urgency", "紧急") == "routine"
    assert service.set_field(demo_ws, item, "urgency", "Important") == "urgent"
    old = service.set_field(demo_ws, item, "involved", "研发部、销售部")
    assert old == []
    ids = service.get_value(demo_ws, item, "involved")
    assert len(ids) == 2
    service.restore_field(demo_ws, item, "involved", old)
    assert service.get_value(demo_ws, item, "involved") == []


def test_change_needs_two_different_approvers(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    item = service.create_item(demo_ws, ini, "change", now=NOW)
    service.set_field(demo_ws, item, "approved_by", "王建国")
    with pytest.raises(ValidationError, match="two different"):
        service.set_field(demo_ws, item, "second_approver", "王建国")
    service.set_field(demo_ws, item, "second_approver", "陈静")


def test_a_risk_notice_links_a_meeting_of_its_initiative_by_number(demo_ws: Workspace) -> None:
    ini = fresh(demo_ws)
    meeting = service.create_item(demo_ws, ini, "meeting", now=NOW)
    problem = service.create_item(demo_ws, ini, "problem", now=NOW)
    risk = service.create_item(demo_ws, ini, "risk", now=NOW)
    service.set_field(demo_ws, risk, "meeting", "HY-001")
    assert service.get_value(demo_ws, risk, "meeting") == meeting
    with pytest.raises(ValidationError):
        service.set_field(demo_ws, risk, "meeting", problem)


def test_delete_and_restore_an_item_with_its_rows_and_links(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    meeting = service.create_item(demo_ws, ini, "meeting", now=NOW)
    risk = service.create_item(demo_ws, ini, "risk", {"meeting": meeting}, now=NOW)
    service.add_child(demo_ws, meeting, "attendee", {"person": person_id(demo_ws, "李娜")})
    agenda = service.add_child(demo_ws, meeting, "agenda", {"title": "样机延误"})
    service.add_child(demo_ws, meeting, "outcome", {"text": "加班", "agenda": agenda})
    service.link_items(demo_ws, meeting, risk)
    with demo_ws.read() as s:
        task = s.scalars(select(Task.id)).first()
    service.link_task(demo_ws, meeting, task)
    before = read.item_record(demo_ws, meeting, NOW)
    snaps = service.delete_items(demo_ws, [meeting])
    assert service.get_value(demo_ws, risk, "meeting") is None
    assert meeting not in {r.id for r in read.register_rows(demo_ws, ini, NOW)}
    service.restore_items(demo_ws, snaps)
    after = read.item_record(demo_ws, meeting, NOW)
    assert (after.values, after.attendees, after.agenda, after.outcomes, after.tasks,
            after.items) == (before.values, before.attendees, before.agenda, before.outcomes,
                             before.tasks, before.items)
    assert service.get_value(demo_ws, risk, "meeting") == meeting


def test_children_add_move_remove_restore(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    meeting = service.create_item(demo_ws, ini, "meeting", now=NOW)
    a = service.add_child(demo_ws, meeting, "agenda", {"title": "A"})
    b = service.add_child(demo_ws, meeting, "agenda", {"title": "B"})
    c = service.add_child(demo_ws, meeting, "agenda", {"title": "C"}, index=0)
    titles = [x["title"] for x in read.item_record(demo_ws, meeting, NOW).agenda]
    assert titles == ["C", "A", "B"]
    assert service.move_child(demo_ws, "agenda", c, 2) == 0
    assert service.set_child_field(demo_ws, "agenda", b, "title", "B2") == "B"
    snap = service.remove_child(demo_ws, "agenda", a)
    assert [x["title"] for x in read.item_record(demo_ws, meeting, NOW).agenda] == ["B2", "C"]
    service.restore_child(demo_ws, snap)
    assert [x["title"] for x in read.item_record(demo_ws, meeting, NOW).agenda] == ["A", "B2", "C"]
    problem = service.create_item(demo_ws, ini, "problem", now=NOW)
    with pytest.raises(UserError):
        service.add_child(demo_ws, problem, "agenda")
    collab = service.create_item(demo_ws, ini, "collaboration", now=NOW)
    service.add_child(demo_ws, collab, "ask", {"department": "研发部", "need": "样机 2 台",
                                               "by_date": "2026-11-30"})
    assert read.item_record(demo_ws, collab, NOW).asks[0]["by_date"] == dt.date(2026, 11, 30)


def test_an_action_item_becomes_a_task_and_the_step_undoes(demo_ws: Workspace) -> None:
    ini = first_initiative(demo_ws)
    meeting = service.create_item(demo_ws, ini, "meeting", now=NOW)
    owner = person_id(demo_ws, "张伟")
    action = service.add_child(demo_ws, meeting, "outcome", {
        "kind": "action", "text": "补做跌落测试", "owner": owner, "due": "2026-11-27"})
    decision = service.add_child(demo_ws, meeting, "outcome", {"kind": "decision",
                                                               "text": "推迟发布会"})
    count = task_count(demo_ws)
    heard = _heard(demo_ws)
    task_id = service.action_to_task(demo_ws, action)
    assert heard[-1].areas == ChangeArea.REGISTER | ChangeArea.TASKS
    with demo_ws.read() as s:
        task = s.get(Task, task_id)
        assert (task.name, task.owner_id, task.planned_finish, task.planned_start) == (
            "补做跌落测试", owner, dt.date(2026, 11, 27), dt.date(2026, 11, 20))
        assert task.department.name == "研发部"
    rec = read.item_record(demo_ws, meeting, NOW)
    assert rec.outcomes[0]["task_id"] == task_id and (task_id, "补做跌落测试") in rec.tasks
    with pytest.raises(UserError, match="already"):
        service.action_to_task(demo_ws, action)
    with pytest.raises(UserError, match="Only an action"):
        service.action_to_task(demo_ws, decision)
    snap = service.remove_action_task(demo_ws, action)
    assert task_count(demo_ws) == count
    assert read.item_record(demo_ws, meeting, NOW).outcomes[0]["task_id"] is None
    service.restore_action_task(demo_ws, snap)
    assert task_count(demo_ws) == count + 1
    rec = read.item_record(demo_ws, meeting, NOW)
    assert rec.outcomes[0]["task_id"] == task_id and rec.tasks == [(task_id, "补做跌落测试")]


def test_a_risk_notice_from_a_late_task_is_filled_from_the_schedule(demo_ws: Workspace) -> None:
    from app.schedule import plan_view
    from app.schedule.warnings import TaskWarning

    ini = first_initiative(demo_ws)
    snap = plan_view.take(demo_ws, ini, NOW.date())
    late = next(tid for tid, w in snap.warnings.items() if TaskWarning.RISK_NOTICE in w)
    data = snap.plan.by_id[late]
    item = service.create_risk_from_task(demo_ws, late, NOW)
    rec = read.item_record(demo_ws, item, NOW)
    v = rec.values
    assert v["task"] == late and v["owner"] == data.owner_id
    assert v["department"] == data.department_id and v["planned_finish"] == data.due
    assert v["days_late"] > 2 and v["forecast_finish"] > data.due
    assert rec.row.due == NOW + dt.timedelta(hours=24) and rec.row.tasks == (late,)
    assert data.name in rec.row.title


def test_links_between_items_are_symmetric_and_one_initiative(demo_ws: Workspace) -> None:
    from app.org.initiatives import create_initiative

    ini = fresh(demo_ws)
    a = service.create_item(demo_ws, ini, "problem", now=NOW)
    b = service.create_item(demo_ws, ini, "change", now=NOW)
    assert service.link_items(demo_ws, b, a) is True
    assert service.link_items(demo_ws, a, b) is False
    assert [x[1] for x in read.item_record(demo_ws, a, NOW).items] == ["BG-001"]
    assert [x[1] for x in read.item_record(demo_ws, b, NOW).items] == ["WT-001"]
    other = create_initiative(demo_ws, "另一个项目")
    c = service.create_item(demo_ws, other, "problem", now=NOW)
    with pytest.raises(UserError):
        service.link_items(demo_ws, a, c)
    with pytest.raises(UserError):
        service.link_items(demo_ws, a, a)
    assert service.unlink_items(demo_ws, a, b) is True
    assert read.item_record(demo_ws, a, NOW).items == []


def test_find_item_by_number_needs_the_initiative_when_two_have_it(demo_ws: Workspace) -> None:
    from app.errors import UsageError

    ini = first_initiative(demo_ws)
    other = fresh(demo_ws)
    c = service.create_item(demo_ws, other, "change", {"title": "另一个变更"}, now=NOW)
    assert read.find_item(demo_ws, "FX-003") == read.find_item(demo_ws, "fx3", ini)
    with pytest.raises(UsageError, match="--initiative"):
        read.find_item(demo_ws, "BG-001")
    assert read.find_item(demo_ws, "BG-001", other) == c
    with pytest.raises(UsageError, match="BG-002"):
        read.find_item(demo_ws, "BG-002", other)
    with pytest.raises(UsageError):
        read.find_item(demo_ws, "XX-1")


def test_a_read_only_workspace_refuses_every_write(demo_path) -> None:
    ws = Workspace.open(demo_path, read_only=True)
    try:
        with pytest.raises(UserError):
            service.create_item(ws, first_initiative(ws), "problem", now=NOW)
    finally:
        ws.close()


def test_a_weekly_meetings_agenda_is_proposed_from_what_is_open(demo_ws: Workspace) -> None:
    from app.register import agenda

    ini = first_initiative(demo_ws)
    meeting = service.create_item(demo_ws, ini, "meeting", {"title": "第 6 周周例会（补）"},
                                  now=NOW)
    ids = agenda.propose_agenda(demo_ws, meeting, NOW)
    titles = [a["title"] for a in read.item_record(demo_ws, meeting, NOW).agenda]
    assert len(ids) == len(titles) > 0
    # The schedule's late tasks, the clocks ending within a day, the last meeting's actions.
    assert "Late task: 电子审批系统配置" in titles
    assert any(t.startswith("WT-002 ") for t in titles)
    assert not any(t.startswith(("BG-002 ", "ZY-002 ")) for t in titles)  # days away
    assert "Open action item: 开通电子审批系统权限 (郑凯)" in titles
    snaps = service.remove_children(demo_ws, "agenda", ids)
    assert read.item_record(demo_ws, meeting, NOW).agenda == []
    service.restore_children(demo_ws, snaps)
    assert [a["title"] for a in read.item_record(demo_ws, meeting, NOW).agenda] == titles


def _register(ws: Workspace, ini: int) -> dict[str, object]:
    out = {}
    for row in read.register_rows(ws, ini, NOW):
        rec = read.item_record(ws, row.id, NOW)
        out[row.number] = (rec.values, rec.attendees, rec.agenda, rec.outcomes, rec.asks,
                           rec.tasks, rec.items)
    return out


def test_deleting_the_initiative_and_undoing_it_keeps_the_register(demo_ws: Workspace) -> None:
    """The rows come back in an order where a risk notice may precede its meeting (and a
    measure its pain points): the restore checks references when it commits."""
    from app.org.initiatives import delete_initiative, restore_initiative

    ini = first_initiative(demo_ws)
    before = _register(demo_ws, ini)
    assert before
    snap = delete_initiative(demo_ws, ini)
    assert read.register_rows(demo_ws, None, NOW) == []
    restore_initiative(demo_ws, snap)
    assert _register(demo_ws, ini) == before


def test_deleting_a_task_and_undoing_it_keeps_its_risk_notice(demo_ws: Workspace) -> None:
    from app.forms import editing

    ini = first_initiative(demo_ws)
    risk = read.find_item(demo_ws, "FX-001")
    task = service.get_value(demo_ws, risk, "task")
    before = _register(demo_ws, ini)
    snaps = editing.delete_rows(demo_ws, "tracking", [task])
    assert service.get_value(demo_ws, risk, "task") is None
    editing.restore_rows(demo_ws, "tracking", snaps)
    assert _register(demo_ws, ini) == before


def test_a_new_meeting_given_only_its_start_lasts_an_hour_from_it(demo_ws: Workspace) -> None:
    """It used to end an hour after "now", which is before a start given days later."""
    ini = first_initiative(demo_ws)
    later = service.create_item(demo_ws, ini, "meeting", {"opened_at": "2026-11-23 10:00"},
                                now=NOW)
    assert service.get_value(demo_ws, later, "ends_at") == dt.datetime(2026, 11, 23, 11, 0)
