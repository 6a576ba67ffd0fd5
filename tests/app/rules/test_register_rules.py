"""Each rule of the register: the finding appears when the rule is broken and clears when
what was owed is done."""

from __future__ import annotations

import datetime as dt

import pytest

from app import rules
from app.register import service
from app.rules import register as register_rules
from app.schedule import plan_view
from app.schedule.warnings import TaskWarning
from app.store.workspace import Workspace
from tests.app.register.helpers import first_initiative

# Friday 2026-11-20 14:00 (the demo's today).
NOW = dt.datetime(2026, 11, 20, 14, 0)


@pytest.fixture
def empty_register(empty_ws: Workspace) -> tuple[Workspace, int]:
    """A workspace with one initiative and no tasks, so only the register's items count."""
    from app.org.initiatives import create_initiative

    return empty_ws, create_initiative(empty_ws, "测试项目")


def _found(ws: Workspace, ini: int, now: dt.datetime, rule: str) -> list[rules.Finding]:
    with ws.read() as s:
        return [f for f in register_rules.check(s, ini, now) if f.rule == f"register.{rule}"]


def _ini(ws: Workspace) -> int:
    return first_initiative(ws)


def test_minutes_not_sent_within_24_hours(empty_register: tuple[Workspace, int]) -> None:
    ws, ini = empty_register
    meeting = service.create_item(ws, ini, "meeting", {"ends_at": "2026-11-20T15:00"}, now=NOW)
    assert _found(ws, ini, dt.datetime(2026, 11, 21, 15, 0), "minutes_late") == []
    found = _found(ws, ini, dt.datetime(2026, 11, 21, 15, 1), "minutes_late")
    assert [(f.row_id, f.form, f.item) for f in found] == [(meeting, "register",
                                                            "HY-001 New meeting")]
    assert "2026-11-21 15:00" in found[0].message
    service.set_field(ws, meeting, "sent_at", "2026-11-21T16:00")
    assert _found(ws, ini, dt.datetime(2026, 11, 22, 9, 0), "minutes_late") == []


def test_problem_past_its_clock_and_not_escalated(empty_register: tuple[Workspace, int]) -> None:
    ws, ini = empty_register
    problem = service.create_item(ws, ini, "problem", {"urgency": "important"}, now=NOW)
    # Important, reported Friday 14:00: due at the end of Wednesday.
    assert _found(ws, ini, dt.datetime(2026, 11, 25, 23, 59), "problem_not_escalated") == []
    assert [f.row_id for f in _found(ws, ini, dt.datetime(2026, 11, 26, 8, 0),
                                     "problem_not_escalated")] == [problem]
    service.set_field(ws, problem, "status", "escalated")
    assert _found(ws, ini, dt.datetime(2026, 11, 26, 8, 0), "problem_not_escalated") == []


def test_request_past_its_answer_date(empty_register: tuple[Workspace, int]) -> None:
    ws, ini = empty_register
    request = service.create_item(ws, ini, "resource", now=NOW)
    # Friday → Monday (1), Tuesday (2).
    assert _found(ws, ini, dt.datetime(2026, 11, 24, 23, 0), "request_unanswered") == []
    assert [f.row_id for f in _found(ws, ini, dt.datetime(2026, 11, 25, 9, 0),
                                     "request_unanswered")] == [request]
    service.set_field(ws, request, "answer", "granted")
    assert _found(ws, ini, dt.datetime(2026, 11, 25, 9, 0), "request_unanswered") == []
    change = service.create_item(ws, ini, "change", {"due_at": "2026-11-23T12:00"}, now=NOW)
    assert [f.row_id for f in _found(ws, ini, dt.datetime(2026, 11, 23, 13, 0),
                                     "request_unanswered")] == [change]


def test_refusal_without_an_alternative(empty_register: tuple[Workspace, int]) -> None:
    ws, ini = empty_register
    request = service.create_item(ws, ini, "resource", {"answer": "refused"}, now=NOW)
    assert [f.row_id for f in _found(ws, ini, NOW, "refusal_without_alternative")] == [request]
    service.set_field(ws, request, "alternative", "下月再借调两人")
    assert _found(ws, ini, NOW, "refusal_without_alternative") == []
    service.set_field(ws, request, "alternative", "")
    service.set_field(ws, request, "answer", "granted")
    assert _found(ws, ini, NOW, "refusal_without_alternative") == []


def test_a_late_task_without_a_risk_notice(demo_ws: Workspace) -> None:
    from app.register.read import find_item

    ini = _ini(demo_ws)
    snap = plan_view.take(demo_ws, ini, NOW.date())
    late = sorted(t for t, w in snap.warnings.items() if TaskWarning.RISK_NOTICE in w)
    # Forecast from the demo's day, more tasks than the three the demo writes up by hand
    # run over 2 working days late; the demo's register has a notice for each.
    assert len(late) > 3
    # The demo has a notice for each of its late tasks; without one, the task is found.
    assert _found(demo_ws, ini, NOW, "risk_notice_missing") == []
    notice = find_item(demo_ws, "FX-001")
    task = service.get_value(demo_ws, notice, "task")
    snaps = service.delete_items(demo_ws, [notice])
    found = _found(demo_ws, ini, NOW, "risk_notice_missing")
    assert [(f.row_id, f.form, f.item) for f in found] == [(task, "tracking", "电子审批系统配置")]
    risk = service.create_risk_from_task(demo_ws, task, NOW)
    assert _found(demo_ws, ini, NOW, "risk_notice_missing") == []
    service.delete_items(demo_ws, [risk])
    service.restore_items(demo_ws, snaps)
    assert _found(demo_ws, ini, NOW, "risk_notice_missing") == []


def test_an_action_item_past_its_due_date(empty_register: tuple[Workspace, int]) -> None:
    ws, ini = empty_register
    meeting = service.create_item(ws, ini, "meeting", {"sent_at": "2026-11-20T16:00"}, now=NOW)
    action = service.add_child(ws, meeting, "outcome", {"text": "更新物料", "due": "2026-11-23"})
    service.add_child(ws, meeting, "outcome", {"kind": "decision", "text": "推迟",
                                               "due": "2026-11-01"})
    assert _found(ws, ini, dt.datetime(2026, 11, 23, 23, 59), "action_overdue") == []
    found = _found(ws, ini, dt.datetime(2026, 11, 24, 0, 0), "action_overdue")
    assert [f.row_id for f in found] == [meeting] and "更新物料" in found[0].message
    service.set_child_field(ws, "outcome", action, "done", True)
    assert _found(ws, ini, dt.datetime(2026, 11, 24, 0, 0), "action_overdue") == []


def test_the_register_rules_run_with_the_others(demo_ws: Workspace) -> None:
    ini = _ini(demo_ws)
    service.create_item(demo_ws, ini, "resource", {"answer": "refused"}, now=NOW)
    with demo_ws.read() as s:
        assert "register.refusal_without_alternative" in {f.rule for f in
                                                          rules.check_initiative(s, ini)}
