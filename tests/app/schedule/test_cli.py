"""``crossdesk-cli schedule`` and ``calendar`` on a real workspace file."""

import json
import subprocess
import sys

from app.cli.main import main
from tests.conftest import D, add_plan


def test_schedule_json(workspace, small_plan, capsys):
    _, ids = small_plan
    path = str(workspace.path)
    workspace.close()
    assert main(["schedule", path, "--today", "2025-03-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = {r["name"]: r for r in out["tasks"]}
    assert list(rows) == ["A", "B", "C", "D"]
    # Nothing has started by the status date (Monday 3-10): A starts then, three working
    # days to Wednesday 3-12; B follows for two days, C for four (to Tuesday 3-18).
    assert rows["B"] == {
        "id": ids["B"], "name": "B",
        "planned_start": "2025-03-06", "planned_finish": "2025-03-07",
        "early_start": "2025-03-13", "early_finish": "2025-03-14",
        "late_start": "2025-03-17", "late_finish": "2025-03-18",
        "forecast_start": "2025-03-13", "forecast_finish": "2025-03-14",
        "baseline_start": None, "baseline_finish": None, "finish_variance_days": None,
        "slack_days": 2, "critical": False, "warnings": ["overdue", "risk_notice"],
    }
    assert rows["A"]["forecast_start"] == "2025-03-10"
    assert rows["A"]["warnings"] == ["overdue", "risk_notice"]
    # Warnings still compare with the planned finish: C is due 3-11, critical.
    assert rows["C"]["critical"] is True
    assert rows["C"]["warnings"] == ["due_soon", "risk_notice"]
    assert out["initiative"] == {"status_date": "2025-03-10", "forecast_finish": "2025-03-18",
                                 "baseline_finish": None, "target_finish": None,
                                 "slip_days": None}


def test_schedule_text_in_chinese(workspace, small_plan, capsys):
    path = str(workspace.path)
    workspace.close()
    assert main(["schedule", path, "--today", "2025-03-10", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "关键" in out and "需提交风险通报" in out and "2025-03-06 – 2025-03-11" in out


def test_cycle_exits_1_naming_the_tasks(tmp_path):
    from app.store.workspace import Workspace

    ws = Workspace.create(tmp_path / "loop.crossdesk")
    add_plan(ws, [dict(name="起草", planned_start=D(2025, 3, 3)),
                  dict(name="会签", planned_start=D(2025, 3, 4))],
             [("起草", "会签", 0), ("会签", "起草", 0)])
    ws.close()
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "schedule", str(tmp_path / "loop.crossdesk")],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert proc.returncode == 1
    assert "起草" in proc.stderr and "会签" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_today_is_a_message(workspace, small_plan, capsys):
    path = str(workspace.path)
    workspace.close()
    assert main(["schedule", path, "--today", "10/03/2025"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_calendar_command(workspace, small_plan, tmp_path, capsys):
    path = str(workspace.path)
    workspace.close()
    assert main(["calendar", path, "--holiday", "2025-03-07", "--name", "Plant shutdown"]) == 0
    assert "2025-03-07" in capsys.readouterr().out
    assert main(["schedule", path, "--today", "2025-03-01", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)["tasks"]}
    # Lengths follow the planned dates: with Friday off, B (Thu 6 – Fri 7) is one working
    # day long, and may start as late as Tue 11.
    assert rows["B"]["early_finish"] == "2025-03-06"
    assert rows["B"]["late_start"] == "2025-03-11"
    f = tmp_path / "days.txt"
    f.write_text("2025-03-08\tworkday\tmake-up\n")
    assert main(["calendar", path, "--import", str(f), "--json"]) == 0
    days = json.loads(capsys.readouterr().out)["days"]
    assert {"date": "2025-03-08", "working": True, "name": "make-up"} in days
