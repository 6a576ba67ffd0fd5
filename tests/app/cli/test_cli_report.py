"""``crossdesk-cli report``: the outputs, the JSON the issue promises, the report kept in the
workspace, and bad input refused with a message and exit status 1 (2 for bad usage)."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from app.report import keeping
from app.store.workspace import Workspace
from tests.app.report.weekly_plan import first_report, make_plan, week_of_work


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "weekly.crossdesk"
    ws, ini, ids = make_plan(path)
    first_report(ws, ini)
    week_of_work(ws, ini, ids)
    ws.close()
    return path


def kept(path: Path) -> int:
    with Workspace.open(path, read_only=True) as ws:
        return len(keeping.kept_reports(ws, 1))


def test_report_json_is_exactly_the_promised_figures(cli, plan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = cli("report", plan_path, out, "--as-of", "2025-03-14T17:00", "--xlsx",
                 tmp_path / "r.xlsx", "--eml", tmp_path / "r.eml", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert list(data) == ["as_of", "forecast_finish", "target_finish", "late", "done_this_week",
                          "due_next", "changed", "recipients"]
    assert data["as_of"] == "2025-03-14T17:00"
    assert (data["forecast_finish"], data["target_finish"]) == ("2025-04-10", "2025-04-30")
    assert [(t["name"], t["owner"], t["days_late"]) for t in data["late"]] == [
        ("B", "Li Liaison", 4), ("C", "", 1)]  # C was added without an owner
    assert set(data["late"][0]) == {"id", "name", "owner", "days_late"}
    assert [t["name"] for t in data["done_this_week"]] == ["A", "M2"]
    assert [t["name"] for t in data["due_next"]] == ["D", "E", "G"]
    assert {c["name"]: c["kind"] for c in data["changed"]} == {
        "A": "changed", "B": "changed", "C": "new", "M2": "changed", "X": "removed"}
    assert data["recipients"] == ["wang@example.com", "li@example.com", "zhao@example.com"]
    assert out.read_bytes().startswith(b"%PDF")
    msg = email.message_from_bytes((tmp_path / "r.eml").read_bytes(), policy=email.policy.default)
    assert [p.get_filename() for p in msg.iter_attachments()] == ["r.pdf", "r.xlsx"]
    assert kept(plan_path) == 2  # the first report and this one


def test_report_text_names_who_has_no_address_and_a_date_means_its_five_oclock(
        cli, plan_path: Path, tmp_path: Path) -> None:
    result = cli("report", plan_path, tmp_path / "r.pdf", "--as-of", "2025-03-14",
                 "--lang", "zh_CN")
    assert result.code == 0, result.err
    assert "2025-03-14 17:00" in result.out and "逾期 2 项" in result.out
    assert "Chen Liaison" in result.out and "Sun Exec" in result.out


@pytest.mark.parametrize("args", [
    ["--as-of", "2025-02-30"],
    ["--as-of", "next friday"],
    ["--as-of", "2025-03-14T25:00"],
    ["--as-of", "9999-12-31"],
    ["--initiative", "99"],
    ["--xlsx", "r.csv"],
    ["--eml", "r.pdf"],
])
def test_bad_input_is_refused_with_a_message_and_nothing_written(
        cli, plan_path: Path, tmp_path: Path, args: list[str], fingerprint) -> None:
    ws = Workspace.open(plan_path, read_only=True)
    before = fingerprint(ws)
    ws.close()
    args = [str(tmp_path / a) if a.startswith("r.") else a for a in args]
    result = cli("report", plan_path, tmp_path / "r.pdf", *args)
    assert result.code == 1
    assert result.err.strip() and "Traceback" not in result.err
    assert not (tmp_path / "r.pdf").exists()
    ws = Workspace.open(plan_path, read_only=True)
    assert fingerprint(ws) == before
    ws.close()


def test_an_existing_file_is_replaced_only_with_force(cli, plan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    result = cli("report", plan_path, out, "--as-of", "2025-03-14")
    assert result.code == 1 and out.read_bytes() == b"old"
    assert cli("report", plan_path, out, "--as-of", "2025-03-14", "--force").code == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_missing_workspace_and_a_workspace_as_output_are_refused(cli, plan_path: Path,
                                                                   tmp_path: Path) -> None:
    assert cli("report", tmp_path / "none.crossdesk", tmp_path / "r.pdf").code == 1
    result = cli("report", plan_path, tmp_path / "r.pdf", "--eml", plan_path, "--force")
    assert result.code == 1 and kept(plan_path) == 1


def test_bad_usage_exits_2(cli, plan_path: Path) -> None:
    assert cli("report", plan_path).code == 2
