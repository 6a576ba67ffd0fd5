"""The import preview dialog and the GUI import as one undo step, on real widgets."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from app.excel.plan import build_plan
from app.org.initiatives import counts
from ui.excel import export_workbook, import_workbook
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.excel.preview_model import PlanModel


def _errors_file(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["流程环节", "类型", "问题描述", "影响程度", "发生频率"])
    ws.append(["报销", "堵点", "签字多", 4, 5])
    ws.append(["入库", "不知道", "单据丢失", 7, 5])
    wb.save(path)


def test_preview_lists_every_error_and_blocks_import(qtbot, qtmodeltester, demo_ws, tmp_path):
    path = tmp_path / "bad.xlsx"
    _errors_file(path)
    plan = build_plan(demo_ws, path, 1)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors_only.isChecked()
    model = dialog.model
    lines = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert [line[2:4] for line in lines] == [[3, "B · 类型"], [3, "D · 影响程度"]]
    assert all(line[0] == "error" for line in lines)
    box = dialog.errors_only
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert model.rowCount() == 3  # the good row appears too, as new
    assert model.data(model.index(0, PlanModel.STATUS)) == "new"


def test_preview_of_clean_file_imports_on_click(qtbot, demo_ws, demo_xlsx):
    plan = build_plan(demo_ws, demo_xlsx, None, new_initiative="副本")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def test_gui_import_is_one_undo_step(qtbot, monkeypatch, demo_ws, demo_xlsx, tmp_path, fingerprint):
    wb = load_workbook(demo_xlsx)
    sheet = wb["1 目标"]
    sheet.cell(sheet.max_row + 1, 2).value = "新目标"
    sheet.cell(4, 2).value = "新品 X1 按期上市（修订）"
    path = tmp_path / "back.xlsx"
    wb.save(path)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    stack = QUndoStack()
    before = fingerprint(demo_ws)
    goals_before = counts(demo_ws, 1)["goals"]
    result = import_workbook(None, demo_ws, 1, path, stack)
    assert result is not None and result.counts["new"] == 1 and result.counts["update"] == 1
    assert stack.count() == 1 and counts(demo_ws, 1)["goals"] == goals_before + 1
    stack.undo()
    assert fingerprint(demo_ws) == before
    stack.redo()
    assert counts(demo_ws, 1)["goals"] == goals_before + 1


def test_gui_refuses_bad_file_with_a_message(qtbot, monkeypatch, demo_ws, tmp_path, fingerprint):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    shown = []
    monkeypatch.setattr(
        "ui.excel.actions.QMessageBox.warning", lambda parent, title, text: shown.append(text)
    )
    before = fingerprint(demo_ws)
    assert import_workbook(None, demo_ws, 1, bad) is None
    assert (shown and "text file" in shown[0]) or "文本文件" in shown[0]
    assert fingerprint(demo_ws) == before


def test_gui_export_of_one_tab(qtbot, demo_ws, tmp_path):
    out = export_workbook(None, demo_ws, 1, "tracking", tmp_path / "t.xlsx")
    assert out is not None
    assert len(load_workbook(out, read_only=True).sheetnames) == 4  # measures, tasks, RACI, lists


def test_preview_says_where_a_workbook_came_from_and_what_its_ids_do(
    qtbot, demo_ws, demo_xlsx
):
    """Goal 1 was deleted since the export: its row comes in as new, and the preview says
    why; into another initiative the signatures stay behind, and the summary says so."""
    from app.forms import editing
    from app.i18n import set_language

    gone = editing.rows(demo_ws, "goals", 1)[0]
    editing.delete_rows(demo_ws, "goals", [gone.id])
    set_language("en")
    plan = build_plan(demo_ws, demo_xlsx, None, new_initiative="Round 2")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.summary.text()
    assert "exported from initiative “新品 X1 上市跨部门协作”" in summary
    assert "2 signed sign-off lines come in unsigned" in summary
    plan = build_plan(demo_ws, demo_xlsx, 1)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    model = dialog.model
    details = [
        model.data(model.index(r, PlanModel.DETAIL))
        for r in range(model.rowCount())
        if model.data(model.index(r, PlanModel.ITEM)) == gone.values["name"]
    ]
    # What the new row brings, then the note on its ID.
    assert len(details) == 1
    assert details[0].endswith(f"; ID {gone.id} is not in this initiative (deleted since the "
                               "export?): the row comes in as new")
