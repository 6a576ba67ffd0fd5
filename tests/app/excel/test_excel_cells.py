"""Text that looks like a formula stays text; random cell values never crash the import."""

from __future__ import annotations

import datetime as dt
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.cli.main import main
from app.errors import UserError
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.forms import editing

FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+1-2", "@SUM(A1)", "-3+4", "=1+1"]


def test_formula_looking_text_exports_as_text_and_reads_back(demo_ws, tmp_path):
    for text in FORMULAS:
        editing.add_row(demo_ws, "goals", 1, {"name": text, "description": text})
    path = tmp_path / "f.xlsx"
    export_workbook(demo_ws, 1, path, "en")
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml  # no formula anywhere in the goals sheet
    wb = load_workbook(path)  # full mode: shows how Excel will see each cell
    cells = [c for row in wb.worksheets[0].iter_rows() for c in row if c.value in FORMULAS]
    assert len(cells) == 2 * len(FORMULAS)
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells if str(c.value)[0] in "=+-@")
    plan = build_plan(demo_ws, path, 1)
    goals = [r for r in plan.rows if r.form == "goals"]
    assert all(r.status is Status.UNCHANGED for r in goals)
    assert [r.values["name"] for r in goals[-len(FORMULAS) :]] == FORMULAS


CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1890, 1, 1), dt.date(2250, 1, 1)),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.sampled_from(
        [
            "80%",
            "0.8",
            "2026/3/31",
            "2026年3月31日",
            "研发部、市场部",
            "=A1",
            "堵点",
            "Blockage",
            "是",
            "#1, #2",
            "3, 5+2",
        ]
    ),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(CELL, min_size=6, max_size=6), min_size=1, max_size=4))
def test_random_cell_values_give_a_plan_or_a_clear_error(demo_ws, tmp_path, fingerprint, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "3 痛点"
    ws.append(["流程环节", "类型", "问题描述", "影响程度", "发生频率", "涉及部门"])
    for row in rows:
        ws.append([c.isoformat() if isinstance(c, dt.date) and c.year < 1900 else c for c in row])
    path = tmp_path / "random.xlsx"
    wb.save(path)
    before = fingerprint(demo_ws)
    try:
        plan = build_plan(demo_ws, path, 1)
    except UserError:
        return
    for row in plan.rows:
        assert row.status in set(Status)
        assert all(e.reason for e in row.errors)
        if row.status is Status.ERROR:
            assert all(e.column in "ABCDEF" for e in row.errors)
    assert fingerprint(demo_ws) == before


def test_cli_export_template_and_import(demo_path, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert main(["export", str(demo_path), str(out), "--lang", "en"]) == 0
    assert main(["template", str(tmp_path / "blank.xlsx"), "--lang", "zh_CN"]) == 0
    blank = load_workbook(tmp_path / "blank.xlsx")
    assert blank.sheetnames[:3] == ["1 目标", "1 确认签字", "2 团队"]
    assert blank["1 目标"].max_row == 3  # title, subtitle, header: no rows
    capsys.readouterr()
    assert (
        main(
            [
                "import",
                str(demo_path),
                str(out),
                "--new-initiative",
                "副本",
                "--dry-run",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "Into a new initiative: 副本" in text and "with errors" in text
    assert main(["import", str(demo_path), str(out), "--new-initiative", "副本"]) == 0
    assert main(["info", str(demo_path), "--json"]) == 0
    assert '"副本"' in capsys.readouterr().out
    assert main(["export", str(demo_path), str(out), "--initiative", "99"]) == 1
