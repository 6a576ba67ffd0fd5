"""The RACI sheet, the priority-matrix sheet and Form 5's charts on paper (the Gantt chart:
test_gantt_sheet.py)."""

from __future__ import annotations

from pypdf import PdfReader

from app import printing
from app.raci import raci_grid
from tests.app.printing.conftest import pdffonts, pdftotext


def images_on(pdf, page: int) -> int:
    resources = PdfReader(str(pdf)).pages[page - 1]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_raci_sheet_lists_every_task_with_letters_legend_and_rule_check(demo_ws, tmp_path):
    out = tmp_path / "raci.pdf"
    job = printing.print_pdf(demo_ws, 1, out, forms=["raci"], lang="en")
    assert job.sheets[0].landscape
    text = pdftotext(out, "-layout")
    assert "RACI matrix" in text
    assert "R = Responsible" in text and "A = Accountable" in text
    grid = raci_grid.load_grid(demo_ws, 1)
    for row in grid.rows:
        assert row.name in text
    assert "OK" in text
    assert all(f["emb"] == "yes" for f in pdffonts(out))


def test_raci_sheet_names_a_broken_rule(demo_ws, tmp_path):
    grid = raci_grid.load_grid(demo_ws, 1)
    first = grid.rows[0].task_id
    raci_grid.set_cells(demo_ws, 1, {(first, k): None for k, v in grid.task_letters(first) if v == "A"})
    out = tmp_path / "raci.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["raci"], lang="zh_CN")
    assert "没有批准人" in pdftotext(out)


def test_raci_tag_changes_with_a_letter(demo_ws):
    grid = raci_grid.load_grid(demo_ws, 1)
    with demo_ws.read() as s:
        before = printing.current_tag(s, 1, "raci")
    task = grid.rows[1].task_id
    key = grid.columns[-1].key
    raci_grid.set_cells(demo_ws, 1, {(task, key): "C" if grid.letter(task, key) != "C" else "I"})
    with demo_ws.read() as s:
        assert printing.current_tag(s, 1, "raci") != before


def test_matrix_and_evaluation_sheets_carry_their_charts(demo_ws, tmp_path):
    out = tmp_path / "charts.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["matrix", "evaluation"], lang="zh_CN")
    text = pdftotext(out)
    assert "效果评估反馈表" in text and "痛点优先级矩阵" in text
    # both charts are vectors now (test_chart_sheets.py): no picture on any page
    assert all(images_on(out, n) == 0 for n in range(1, len(PdfReader(str(out)).pages) + 1))
