"""Each kind of bad file gets a clear message, exit 1 in the command line, and no change."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli.main import main
from app.errors import UserError
from app.excel import safety
from app.excel.plan import build_plan


def _text_file(tmp: Path, demo: Path) -> Path:
    p = tmp / "names.xlsx"
    p.write_text("姓名,部门\n张三,研发部\n", encoding="utf-8")
    return p


def _cfb(tmp: Path, demo: Path) -> Path:
    # What Excel writes for a password-protected workbook: an OLE compound file.
    p = tmp / "locked.xlsx"
    p.write_bytes(safety.CFB_MAGIC + b"\x00" * 504 + b"EncryptionInfo" + b"\x00" * 2000)
    return p


def _truncated(tmp: Path, demo: Path) -> Path:
    p = tmp / "cut.xlsx"
    data = demo.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _rewrite(demo: Path, target: Path, member: str, change) -> Path:
    with zipfile.ZipFile(demo) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = change(data)
            dst.writestr(info, data)
    return target


BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)


def _bomb(tmp: Path, demo: Path) -> Path:
    def change(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[-1]
        return BOMB + body.replace(b"<t>", b"<t>&lol9;", 1)

    return _rewrite(demo, tmp / "bomb.xlsx", "xl/worksheets/sheet1.xml", change)


def _too_many_rows(tmp: Path, demo: Path) -> Path:
    """A sheet of 100,010 real rows (no dimension element, as write-only files have)."""

    def change(data: bytes) -> bytes:
        rows = b"".join(
            b'<row r="%d"><c r="B%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
            for i in range(1, safety.MAX_ROWS + 11)
        )
        head, _, rest = data.partition(b"<sheetData>")
        tail = rest.partition(b"</sheetData>")[2]
        return head + b"<sheetData>" + rows + b"</sheetData>" + tail

    return _rewrite(demo, tmp / "huge.xlsx", "xl/worksheets/sheet1.xml", change)


def _claims_many_rows(tmp: Path, demo: Path) -> Path:
    def change(data: bytes) -> bytes:
        return (
            data.replace(b"<sheetPr>", b'<dimension ref="A1:Q1000000"/><sheetPr>', 1)
            if (b"<dimension" not in data)
            else re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:Q1000000"', data)
        )

    return _rewrite(demo, tmp / "claims.xlsx", "xl/worksheets/sheet1.xml", change)


def _zip_not_xlsx(tmp: Path, demo: Path) -> Path:
    p = tmp / "archive.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return p


def _corrupt_member(tmp: Path, demo: Path) -> Path:
    return _rewrite(
        demo, tmp / "broken.xlsx", "xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]
    )


CASES = {
    "text renamed .xlsx": (_text_file, "text file"),
    "password-protected": (_cfb, "password-protected"),
    "truncated zip": (_truncated, "damaged or incomplete"),
    "zip that is no workbook": (_zip_not_xlsx, "not an Excel workbook"),
    "corrupt sheet XML": (_corrupt_member, "damaged or incomplete"),
    "XML bomb": (_bomb, "not allowed in a workbook"),
    "too many rows": (_too_many_rows, "at most 100000 rows"),
    "a million rows by its dimension": (_claims_many_rows, "at most 100000 rows"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_is_refused_and_changes_nothing(
    case, demo_ws, demo_xlsx, tmp_path, fingerprint, capsys
):
    make, words = CASES[case]
    bad = make(tmp_path, demo_xlsx)
    before = fingerprint(demo_ws)
    with pytest.raises(UserError) as err:
        build_plan(demo_ws, bad, 1)
    assert words in err.value.message("en")
    assert "Traceback" not in err.value.message("en")
    assert fingerprint(demo_ws) == before
    demo_ws.close()  # the command line opens the workspace itself
    code = main(["import", str(demo_ws.path), str(bad), "--lang", "en"])
    out = capsys.readouterr()
    assert code == 1
    assert words in out.err and "Traceback" not in out.err


def test_formulas_give_their_cached_values(demo_ws, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "5 效果评估"
    ws.append(["指标", "单位", "优化前", "目标值", "优化后"])
    ws.append(["审批周期", "天", 7, "=B9", 3])
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    # openpyxl stores no computed value; add the one Excel would have cached, and drop the
    # request to recalculate on opening, as Excel does when it saves the file.
    cached = _rewrite(
        path,
        tmp_path / "formula-cached.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"<f>B9</f><v></v>", b"<f>B9</f><v>2</v>").replace(
            b"<f>B9</f><v />", b"<f>B9</f><v>2</v>"
        ),
    )
    fixed = _rewrite(
        cached,
        tmp_path / "formula-saved.xlsx",
        "xl/workbook.xml",
        lambda d: d.replace(b' fullCalcOnLoad="1"', b""),
    )
    assert b"<v>2</v>" in zipfile.ZipFile(fixed).read("xl/worksheets/sheet1.xml")
    plan = build_plan(demo_ws, fixed, 1)
    row = next(r for r in plan.rows if r.form == "evaluation")
    assert row.values["target"] == 2


def test_wrong_type_in_a_cell_is_a_row_error(demo_ws, tmp_path, fingerprint):
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.append(["流程环节", "类型", "问题描述", "影响程度", "发生频率"])
    ws.append(["报销审批", "堵点", "签字多", dt.datetime(2026, 3, 1), 4])
    ws.append(["入库", "断点", "单据丢失", 4, 5])
    path = tmp_path / "types.xlsx"
    wb.save(path)
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    bad = [r for r in plan.rows if r.status == "error"]
    assert [(r.row, e.column) for r in bad for e in r.errors] == [(2, "D")]
    assert "date" in bad[0].errors[0].reason
    assert fingerprint(demo_ws) == before


def test_missing_defusedxml_is_refused(monkeypatch, demo_xlsx):
    import openpyxl

    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UserError) as err:
        safety.check_file(demo_xlsx)
    assert "defusedxml" in err.value.message("en")
