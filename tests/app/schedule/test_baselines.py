"""Baselines on a real workspace file: saving, the reference, renaming, deleting and their
undo through the service; the variance, the late count and the on-time rate measured
against the reference; the initiative's forecast and its slip; the command line."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.errors import UserError
from app.forms import editing
from app.schedule import baselines
from app.schedule.forecast import initiative_forecast, slip_line
from app.schedule.metrics import tracking_metrics
from app.store.models import Goal, Task
from tests.conftest import D

MON = D(2025, 3, 10)


def _move(ws, task_id, start, finish):
    with ws.write() as s:
        t = s.get(Task, task_id)
        t.planned_start, t.planned_finish = start, finish


def test_the_first_baseline_saved_is_the_reference_and_copies_every_task(workspace, small_plan):
    ini, _ids = small_plan
    first = baselines.save_baseline(workspace, ini, "方案评审通过", D(2025, 3, 1))
    second = baselines.save_baseline(workspace, ini, "", D(2025, 3, 5))
    found = baselines.list_baselines(workspace, ini)
    assert [(b.id, b.name, b.reference, b.tasks) for b in found] == [
        (first, "方案评审通过", True, 4), (second, "Baseline 2025-03-05", False, 4)]
    old = baselines.set_reference(workspace, second)
    assert old == first
    assert [b.reference for b in baselines.list_baselines(workspace, ini)] == [False, True]
    assert baselines.rename_baseline(workspace, second, "re-plan") == "Baseline 2025-03-05"
    with pytest.raises(UserError):
        baselines.rename_baseline(workspace, second, "  ")


def test_deleting_the_reference_hands_it_on_and_restoring_puts_everything_back(
        workspace, small_plan):
    ini, _ids = small_plan
    a = baselines.save_baseline(workspace, ini, "a", D(2025, 3, 1))
    b = baselines.save_baseline(workspace, ini, "b", D(2025, 3, 2))
    gone = baselines.delete_baseline(workspace, a)
    assert gone.promoted == b
    assert [(x.id, x.reference) for x in baselines.list_baselines(workspace, ini)] == [(b, True)]
    baselines.restore_baseline(workspace, gone)
    assert [(x.id, x.reference, x.tasks) for x in baselines.list_baselines(workspace, ini)] == [
        (a, True, 4), (b, False, 4)]


def test_a_baseline_of_a_deleted_task_comes_back_with_the_task(workspace, small_plan):
    ini, ids = small_plan
    baselines.save_baseline(workspace, ini, "a", D(2025, 3, 1))
    snaps = editing.delete_rows(workspace, "tracking", [ids["B"]])
    assert baselines.list_baselines(workspace, ini)[0].tasks == 3
    editing.restore_rows(workspace, "tracking", snaps)
    assert baselines.list_baselines(workspace, ini)[0].tasks == 4


def test_moving_a_task_keeps_its_delay_against_the_baseline(workspace, small_plan):
    ini, ids = small_plan
    with workspace.write() as s:
        a = s.get(Task, ids["A"])
        a.actual_start, a.actual_finish, a.status, a.percent = (
            D(2025, 3, 3), D(2025, 3, 5), "done", 100)
    today = D(2025, 3, 13)
    # On the plan B (due 3-7), C and milestone D (due 3-11) are late on 3-13.
    assert tracking_metrics(workspace, ini, today).late_tasks == 3
    baselines.save_baseline(workspace, ini, "agreed", D(2025, 3, 1))
    # The coordinator moves C a week later: against the plan it would no longer be late.
    _move(workspace, ids["C"], D(2025, 3, 13), D(2025, 3, 18))
    rows = {r.id: r for r in editing.rows(workspace, "tracking", ini, today=today)}
    c = rows[ids["C"]]
    assert (c.values["baseline_start"], c.values["baseline_finish"]) == (
        D(2025, 3, 6), D(2025, 3, 11))
    # Forecast finish Tue 3-18 against the baseline's Tue 3-11: five working days late.
    assert c.values["variance"] == 5
    after = tracking_metrics(workspace, ini, today)
    assert after.late_tasks == 3
    # The milestone D (baseline 3-11) is due and not reached: not on time.
    assert after.milestones_due == 1 and after.milestones_on_time == 0
    # Without the baseline the move would have hidden C's delay.
    baselines.delete_baseline(workspace, baselines.list_baselines(workspace, ini)[0].id)
    assert tracking_metrics(workspace, ini, today).late_tasks == 2


def test_without_a_baseline_the_variance_is_the_plans(workspace, small_plan):
    ini, ids = small_plan
    rows = {r.id: r for r in editing.rows(workspace, "tracking", ini, today=D(2025, 3, 13))}
    assert rows[ids["C"]].values["variance"] == 2  # calendar days past 3-11, as always
    assert rows[ids["C"]].values["baseline_finish"] is None


def test_the_forecast_states_the_slip_against_the_baseline_then_the_target(
        workspace, small_plan):
    ini, _ids = small_plan
    with workspace.write() as s:
        s.add(Goal(initiative_id=ini, name="launch", due_date=D(2025, 3, 12)))
    fc = initiative_forecast(workspace, ini, MON)
    # Nothing started by Monday 3-10: A 3-10..3-12, C 3-13..3-18, milestone D on 3-18.
    assert (fc.forecast_finish, fc.target_finish, fc.baseline_finish) == (
        D(2025, 3, 18), D(2025, 3, 12), None)
    assert fc.slip_days == 4 and fc.finish_task == "D"
    assert slip_line(fc, "zh_CN") == "D 预计 2025-03-18，比目标晚 4 个工作日"
    baselines.save_baseline(workspace, ini, "agreed", D(2025, 3, 1))
    fc = initiative_forecast(workspace, ini, MON)
    assert fc.baseline_finish == D(2025, 3, 11) and fc.slip_days == 5
    assert slip_line(fc, "zh_CN") == "D 预计 2025-03-18，比基准晚 5 个工作日"
    assert fc.as_json() == {"status_date": "2025-03-10", "forecast_finish": "2025-03-18",
                            "baseline_finish": "2025-03-11", "target_finish": "2025-03-12",
                            "slip_days": 5}
    early = initiative_forecast(workspace, ini, D(2025, 2, 1))
    assert early.slip_days == 0 and slip_line(early) == ""


def test_cli_baseline_saves_lists_and_schedule_json_carries_it(workspace, small_plan, capsys):
    ini, _ids = small_plan
    path = str(workspace.path)
    workspace.close()
    assert main(["baseline", path, "--name", "agreed", "--today", "2025-03-01", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["baselines"][0]["name"] == "agreed" and saved["baselines"][0]["reference"]
    assert main(["baseline", path, "--initiative", str(ini)]) == 0
    assert "Baseline 20" in capsys.readouterr().out
    assert main(["baseline", path, "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["baselines"]
    assert (listed[0]["name"], listed[0]["reference"], listed[0]["tasks"]) == ("agreed", True, 4)
    assert len(listed) == 2
    assert main(["schedule", path, "--today", "2025-03-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    c = next(r for r in out["tasks"] if r["name"] == "C")
    assert (c["baseline_start"], c["baseline_finish"], c["forecast_finish"],
            c["finish_variance_days"]) == ("2025-03-06", "2025-03-11", "2025-03-18", 5)
    assert out["initiative"]["slip_days"] == 5
    assert out["initiative"]["baseline_finish"] == "2025-03-11"
    assert main(["schedule", path, "--today", "2025-03-10", "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    assert "D 预计 2025-03-18，比基准晚 5 个工作日" in text and "+5" in text


def test_cli_baseline_bad_input_is_a_message(workspace, small_plan, capsys):
    path = str(workspace.path)
    workspace.close()
    assert main(["baseline", path, "--initiative", "999"]) != 0
    assert main(["baseline", path, "--today", "31/31/2025"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err
