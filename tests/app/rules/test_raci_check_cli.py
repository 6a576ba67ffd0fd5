"""``crossdesk-cli check``: its lines, its JSON and its exit status, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.cli.main import main
from app.raci import raci_grid
from app.store.changes import ChangeArea
from app.store.models import Goal, Member, Person
from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE, damage_index, damage_pages
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[3]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    # The register's clocks read on the demo's own today: the demo owes nothing then.
    code = main(["check", *argv, "--today", DEMO_TODAY.isoformat()])
    out = capsys.readouterr()
    return code, out.out, out.err


def break_rules(path: Path) -> None:
    """No A on the first task, and the first goal without a measure of success."""
    with Workspace.open(path) as ws:
        grid = raci_grid.load_grid(ws, DEMO_INITIATIVE)
        first = grid.rows[0].task_id
        raci_grid.set_cells(ws, DEMO_INITIATIVE, {(first, k): None for k, v in
                                             grid.task_letters(first) if v == "A"})
        with ws.write(ChangeArea.GOALS) as s:
            goal = s.scalars(select(Goal).order_by(Goal.position)).first()
            goal.measure = ""  # type: ignore[union-attr]


def test_clean_demo_exits_0(capsys, demo_path: Path):
    code, out, _err = run(capsys, str(demo_path), "--lang", "en")
    assert code == 0 and out == "No rule is broken.\n"
    code, out, _err = run(capsys, str(demo_path), "--json")
    assert code == 0 and json.loads(out) == {"findings": []}


def test_broken_rules_one_line_each_and_exit_1(capsys, demo_path: Path):
    break_rules(demo_path)
    code, out, err = run(capsys, str(demo_path), "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    assert lines[:2] == [
        "goals.measure  [1]  新品 X1 按期上市: The goal has no measure of success.",
        "raci.one_accountable  [1]  需求直通机制方案: Nobody is accountable (A) for this task; "
        "give it exactly one A.",
    ]
    # Changing Form 1 also made the two heads' signatures stale: they signed the old form.
    assert [line.split("  ")[0] for line in lines[2:]] == ["signoff.stale"] * 2
    assert err.strip() == "4 finding(s)."


def test_broken_rules_as_json_exactly(capsys, demo_path: Path):
    break_rules(demo_path)
    code, out, _err = run(capsys, str(demo_path), "--json", "--lang", "zh_CN")
    assert code == 1
    data = json.loads(out)
    assert list(data) == ["findings"]
    assert [list(f) for f in data["findings"]] == [["rule", "initiative", "item", "message"]] * 4
    assert data["findings"][1] == {
        "rule": "raci.one_accountable", "initiative": 1, "item": "需求直通机制方案",
        "message": "此任务没有批准人（A），须指定且只指定一个 A。"}


def test_one_initiative_only_and_an_unknown_one(capsys, demo_path: Path):
    from app.forms import editing
    from app.org import initiatives

    with Workspace.open(demo_path) as ws:
        other = initiatives.create_initiative(ws, "空项目")
        editing.add_row(ws, "goals", other, {"name": "没有标准的目标"})
    code, out, _ = run(capsys, str(demo_path), "--initiative", "1")
    assert code == 0
    code, out, _ = run(capsys, str(demo_path), "--initiative", str(other), "--json")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert code == 1 and {"goals.measure", "team.one_lead"} <= rules
    assert all(f["initiative"] == other for f in json.loads(out)["findings"])
    code, out, err = run(capsys, str(demo_path), "--initiative", "99", "--lang", "en")
    assert code == 1 and out == "" and "no initiative with id 99" in err


def test_damaged_file_is_a_file_finding_not_a_traceback(capsys, demo_path: Path):
    damage_pages(demo_path)
    before = demo_path.read_bytes()
    code, out, err = run(capsys, str(demo_path), "--json", "--lang", "en")
    assert code == 1 and "Traceback" not in err
    [finding] = json.loads(out)["findings"]
    assert finding["rule"] == "file.damaged" and finding["initiative"] is None
    assert finding["item"] == demo_path.name and "damaged" in finding["message"]
    assert demo_path.read_bytes() == before  # checking never writes


def test_index_damage_is_found_by_the_full_integrity_check(capsys, demo_path: Path):
    damage_index(demo_path)
    code, out, _err = run(capsys, str(demo_path), "--lang", "en")
    assert code == 1
    assert out.startswith("file.integrity  [-]  demo.crossdesk: SQLite's integrity check")


def test_not_a_workspace_is_bad_input(capsys, tmp_path: Path):
    junk = tmp_path / "notes.crossdesk"
    junk.write_text("hello")
    code, out, err = run(capsys, str(junk), "--lang", "en")
    assert code == 1 and out == "" and "not a CrossDesk workspace" in err


def test_the_installed_command_line_runs_it(demo_path: Path):
    """The real entry point in a fresh process (no state shared with the tests)."""
    with Workspace.open(demo_path) as ws, ws.write(ChangeArea.TEAM) as s:
        lead = s.scalar(select(Member).join(Person).where(Person.name == "王建国"))
        lead.role = "executor"  # type: ignore[union-attr]
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "check", str(demo_path),
                           "--json", "--today", DEMO_TODAY.isoformat()],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 1
    assert [f["rule"] for f in json.loads(done.stdout)["findings"]] == ["team.one_lead"]
