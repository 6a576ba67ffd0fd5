"""A signature is given to one initiative's form: starting the next round from an export
brings the sign-off lines (departments and signers), never the signatures."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from app.cli.main import main
from app.excel.apply import apply_plan
from app.excel.plan import build_plan
from app.org.initiatives import create_initiative
from app.signoff.signatures import signoff_lines
from app.store.models import Signoff
from app.store.workspace import Workspace


def _lines(ws: Workspace, initiative_id: int):
    with ws.read() as s:
        lines, _tag = signoff_lines(s, initiative_id)
    return lines


def test_round_2_by_excel_starts_unsigned(demo_path, tmp_path, capsys):
    out = tmp_path / "round1.xlsx"
    assert main(["export", str(demo_path), str(out), "--lang", "en"]) == 0
    sheet = load_workbook(out)["1 Sign-off"]
    assert [c.value for c in sheet[3]][3] == "Signed"
    assert sum(1 for r in sheet.iter_rows(min_row=4, values_only=True) if r[3] == "Yes") == 2
    capsys.readouterr()
    assert main(["import", str(demo_path), str(out), "--new-initiative", "Round 2",
                 "--lang", "en"]) == 0
    assert "2 signed sign-off lines come in unsigned" in capsys.readouterr().out
    with Workspace.open(demo_path) as ws:
        round1, round2 = _lines(ws, 1), _lines(ws, 2)
    assert sum(line.signed for line in round1) == 2
    assert [(x.department, x.signer) for x in round2] == [(x.department, x.signer) for x in round1]
    assert [(x.signed, x.signed_on, x.version_tag) for x in round2] == [(False, None, "")] * 4
    assert main(["info", str(demo_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    counts = {i["name"]: i["counts"] for i in info["initiatives"]}
    assert counts["Round 2"]["signoffs"] == 4 and counts["Round 2"]["stale_signoffs"] == 0


def test_nor_into_another_initiative_that_exists(demo_ws, demo_xlsx):
    other = create_initiative(demo_ws, "第二轮")
    plan = build_plan(demo_ws, demo_xlsx, other)
    assert not plan.has_errors
    apply_plan(demo_ws, plan)
    assert len(_lines(demo_ws, other)) == 4
    assert not any(x.signed or x.signed_on for x in _lines(demo_ws, other))


def test_signatures_of_the_same_initiative_come_back(demo_ws, demo_xlsx, tmp_path):
    """Recording on the returned sheet that a third head has signed is an update."""
    wb = load_workbook(demo_xlsx)
    sheet = wb["1 确认签字"]
    headers = [c.value for c in sheet[3]]
    row = 4 + 2
    sheet.cell(row, headers.index("已签字") + 1).value = "是"
    path = tmp_path / "signed.xlsx"
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    (update,) = [r for r in plan.rows if r.form == "signoffs" and r.changes]
    assert update.changes == ["signed"]
    apply_plan(demo_ws, plan)
    with demo_ws.read() as s:
        assert s.get(Signoff, update.target_id).signed
