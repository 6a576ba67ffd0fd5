"""``crossdesk-cli print`` and the sign-off counts of ``info --json``."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.forms import editing
from app.signoff import signatures
from app.store.workspace import Workspace
from tests.app.printing.conftest import page_count, pdftotext


def test_print_all_forms(demo_path, tmp_path, capsys):
    out = tmp_path / "all.pdf"
    assert main(["print", str(demo_path), str(out), "--lang", "zh_CN"]) == 0
    assert "V-" in capsys.readouterr().out
    assert page_count(out) >= 7  # the five forms, the RACI matrix and the priority matrix
    assert "跨部门协作目标确认表" in pdftotext(out, first=1, last=1)
    text = pdftotext(out)
    assert "RACI 责任分配矩阵" in text and "痛点优先级矩阵" in text


def test_print_one_form_in_english(demo_path, tmp_path):
    out = tmp_path / "team.pdf"
    assert main(["print", str(demo_path), str(out), "--form", "team", "--lang", "en"]) == 0
    text = pdftotext(out)
    assert "Team members and responsibilities" in text
    assert "Goal confirmation" not in text


@pytest.mark.parametrize(("extra", "message", "code"), [
    (["--form", "budget"], "There is no form “budget” to print", 2),  # bad usage
    (["--initiative", "42"], "There is no initiative with id 42", 1),
])
def test_bad_input_exits_1_and_writes_nothing(demo_path, tmp_path, capsys, extra, message, code):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")  # --force: the old file may go, but only for a good print
    assert main(["print", str(demo_path), str(out), "--lang", "en", "--force", *extra]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.crossdesk", "out.pdf"]


@pytest.mark.parametrize("target", ["missing/out.pdf", "."])
def test_unwritable_output_exits_1_and_writes_nothing(demo_path, tmp_path, capsys, target):
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["print", str(demo_path), str(tmp_path / target), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert (err.startswith("Error: ") and "nothing was written" in err) or "folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_print_refuses_a_file_that_is_not_a_workspace(tmp_path, capsys):
    bad = tmp_path / "x.crossdesk"
    bad.write_text("hello")
    assert main(["print", str(bad), str(tmp_path / "o.pdf")]) == 1
    assert not (tmp_path / "o.pdf").exists()


def test_info_json_counts_signoffs_and_stale_ones(demo_path, capsys):
    assert main(["info", str(demo_path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["initiatives"][0]["counts"]
    assert counts["signoffs"] == 4
    assert counts["stale_signoffs"] == 0  # the demo's heads signed the form as it stands

    with Workspace.open(demo_path) as ws:
        with ws.read() as s:
            lines, tag = signatures.signoff_lines(s, 1)
        for line in lines:
            signatures.record_signature(ws, line.id, line.signer, "2026-11-21", tag)
    assert main(["info", str(demo_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["initiatives"][0]["counts"]["stale_signoffs"] == 0

    with Workspace.open(demo_path) as ws:
        goal = editing.rows(ws, "goals", 1)[0]
        editing.set_value(ws, "goals", goal.id, "name", "新品 X1 提前上市")
    assert main(["info", str(demo_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["initiatives"][0]["counts"]["stale_signoffs"] == 4
