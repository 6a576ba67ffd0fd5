"""The import preview in the real window, used with the keyboard and the mouse: the columns
the import does not know are listed and mapped (remembered for the next file, one undo step),
and a file corrected in Excel is read again (重新读取) without starting over."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from app.excel.column_choices import load
from app.forms import editing
from tests.ui.excel.import_helpers import answer_message, import_with_preview
from ui.excel.columns_model import ForeignColumnsModel
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.excel.preview_model import PlanModel
from ui.window.main_window import MainWindow

HEAD = ["姓名", "部门", "角色", "手机号", "工位", "备注"]


def _sheet(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "销售部"
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _member(window: MainWindow, name: str) -> dict[str, object] | None:
    return next((r.values for r in editing.rows(window.ws, "team", 1)
                 if r.values["name"] == name), None)


def _settle(qtbot, dialog: ImportPreviewDialog) -> None:
    """Let a choice made in the combo reach the workspace and the preview."""
    qtbot.waitUntil(lambda: not dialog.choice_timer.isActive(), timeout=3000)


def _pick_with_arrows(combo: QComboBox, key: str) -> None:
    """Walk the closed combo with the Down key until ``key`` is shown, as a person would."""
    for _ in range(combo.count()):
        if combo.currentData() == key:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{key} is not in the combo")


def test_unknown_columns_are_listed_and_mapped_with_the_keyboard(
        qtbot, window: MainWindow, file_dialog, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "销售部.xlsx", [
        ["孙小美", "销售部", "执行人", "139 1234 5678", "sunxm_wx", "新入职"],
        ["钱多多", "销售部", "接口人", "13900002222", "qdd_wx", ""],
    ])
    seen: dict[str, object] = {}

    def act(dialog: ImportPreviewDialog) -> None:
        model = dialog.columns_model
        cols = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
        seen["listed"] = cols
        seen["focus"] = QApplication.focusWidget() is dialog.columns_view
        assert dialog.selected_column() is not None
        assert dialog.selected_column().header == "工位"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        combo = QApplication.focusWidget()
        assert combo is dialog.use_combo
        # Fields another column fills are shown but cannot be picked.
        assert not combo.model().item(combo.findData("phone")).isEnabled()
        _pick_with_arrows(combo, "chat")
        _settle(qtbot, dialog)
        seen["used"] = [(c.header, c.used) for c in dialog.plan.foreign]
        seen["use_text"] = model.data(model.index(0, ForeignColumnsModel.USE))
        # Down in the column list to 备注, Tab to the combo, "Leave out on purpose".
        dialog.columns_view.setFocus()
        QTest.keyClick(dialog.columns_view, Qt.Key.Key_Down)
        assert dialog.selected_column().header == "备注"
        QTest.keyClick(dialog.columns_view, Qt.Key.Key_Tab)
        QTest.keyClick(dialog.use_combo, Qt.Key.Key_Down)  # below "decide later"
        _settle(qtbot, dialog)
        seen["left_out"] = [(c.header, c.left_out) for c in dialog.plan.foreign]
        assert dialog.apply_button.isEnabled()
        QTest.keyClick(dialog.use_combo, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)  # a mnemonic clicks late

    import_with_preview(window, path, file_dialog, act)
    assert seen["listed"] == [["销售部", "E", "工位"], ["销售部", "F", "备注"]]
    assert seen["focus"]
    assert seen["used"] == [("工位", True), ("备注", False)]
    assert seen["use_text"] == "Chat handle"
    assert seen["left_out"] == [("工位", False), ("备注", True)]
    member = _member(window, "孙小美")
    assert member is not None and member["chat"] == "sunxm_wx"
    assert member["phone"] == "139 1234 5678"
    assert load(window.ws) == {"team": {"工位": "chat", "备注": ""}}
    # Two choices and the import: three undo steps; undoing the import keeps the choices.
    assert window.undo_stack.count() == 3
    window.undo_stack.undo()
    assert _member(window, "孙小美") is None
    assert load(window.ws)["team"]["工位"] == "chat"


def test_the_next_file_maps_itself_and_a_column_is_mapped_with_the_mouse(
        qtbot, window: MainWindow, file_dialog, tmp_path: Path) -> None:
    first = _sheet(tmp_path / "一月.xlsx", [["孙小美", "销售部", "执行人", "", "A-301", ""]])
    seen: dict[str, object] = {}

    def act_first(dialog: ImportPreviewDialog) -> None:
        view = dialog.columns_view
        rect = view.visualRect(dialog.columns_model.index(0, ForeignColumnsModel.HEADER))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        combo = dialog.use_combo
        QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
        popup = combo.view()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        # A person reads the list before clicking (a release right after the press that
        # opened the popup is taken as part of that press).
        qtbot.wait(QApplication.doubleClickInterval() + 100)
        row = combo.findData("chat")
        item = popup.visualRect(popup.model().index(row, 0))
        QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
        _settle(qtbot, dialog)
        seen["used"] = dialog.plan.foreign[0].used
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    import_with_preview(window, first, file_dialog, act_first)
    assert seen["used"]
    assert _member(window, "孙小美")["chat"] == "A-301"

    second = _sheet(tmp_path / "二月.xlsx", [["钱多多", "销售部", "执行人", "", "B-101", "x"]])

    def act_second(dialog: ImportPreviewDialog) -> None:
        seen["second"] = [(c.header, c.used) for c in dialog.plan.foreign]
        seen["text"] = dialog.columns_model.data(
            dialog.columns_model.index(0, ForeignColumnsModel.USE))
        dialog.accept()

    import_with_preview(window, second, file_dialog, act_second)
    assert seen["second"] == [("工位", True), ("备注", False)]
    assert seen["text"] == "Chat handle"
    assert _member(window, "钱多多")["chat"] == "B-101"


def test_read_again_after_the_file_was_corrected(
        qtbot, window: MainWindow, file_dialog, tmp_path: Path) -> None:
    bad = [["孙小美", "销售部", "组员", "1391234abc", "", ""],
           ["钱多多", "销售部", "执行人", "13900002222", "", ""]]
    path = _sheet(tmp_path / "销售部.xlsx", bad)
    seen: dict[str, object] = {}

    def act(dialog: ImportPreviewDialog) -> None:
        seen["errors"] = [e.reason for r in dialog.plan.error_rows for e in r.errors]
        seen["blocked"] = not dialog.apply_button.isEnabled()
        # The whole reason of the current line is shown under the table, for the keyboard.
        dialog.table.setFocus()
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)
        seen["detail_line"] = dialog.detail.text()
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter does not import a bad file
        assert dialog.isVisible()
        # Corrected in Excel and saved under the same name.
        _sheet(path, [["孙小美", "销售部", "执行人", "139 1234 5678", "", ""], bad[1]])
        QTest.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.plan.has_errors, timeout=3000)
        seen["after"] = dialog.model.rowCount(), dialog.plan.has_errors
        seen["unchecked"] = not dialog.errors_only.isChecked()
        seen["detail"] = dialog.model.data(dialog.model.index(0, PlanModel.DETAIL))
        assert dialog.apply_button.isEnabled()
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    import_with_preview(window, path, file_dialog, act)
    assert seen["blocked"]
    assert str(seen["detail_line"]).startswith("销售部 · row 2 · D · 手机号 · 孙小美\n")
    assert "1391234abc" in str(seen["detail_line"]) and "7–20" in str(seen["detail_line"])
    assert any("Overall lead" in e and "Executor" in e for e in seen["errors"])  # type: ignore[union-attr]
    assert any("1391234abc" in e for e in seen["errors"])  # type: ignore[union-attr]
    assert seen["after"] == (2, False) and seen["unchecked"]
    assert "Phone: 139 1234 5678" in str(seen["detail"])  # what a new row brings is shown
    assert window.statusBar().currentMessage().startswith("销售部.xlsx — Imported")
    assert _member(window, "孙小美")["phone"] == "139 1234 5678"


def test_read_again_of_a_file_that_broke_says_so_and_blocks_the_import(
        qtbot, window: MainWindow, file_dialog, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "销售部.xlsx", [["孙小美", "销售部", "执行人", "", "", ""]])
    texts: list[str] = []
    seen: dict[str, object] = {}

    def act(dialog: ImportPreviewDialog) -> None:
        assert dialog.apply_button.isEnabled()
        path.write_text("name,department\n")  # saved as CSV by mistake
        errors = answer_message(texts)
        QTest.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
        assert not errors, errors
        seen["blocked"] = not dialog.apply_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        dialog.accept()  # Enter or a stray accept imports nothing
        seen["open"] = dialog.isVisible()

    import_with_preview(window, path, file_dialog, act)
    assert texts and "text file" in texts[0]
    assert seen["blocked"] and seen["open"]
    assert "could not be read again" in str(seen["summary"])
    assert _member(window, "孙小美") is None


def test_preview_tab_order_reaches_every_part(
        qtbot, window: MainWindow, file_dialog, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "销售部.xlsx", [["孙小美", "销售部", "执行人", "", "A-301", ""]])
    order: list[str] = []

    def act(dialog: ImportPreviewDialog) -> None:
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        names = {id(dialog.columns_view): "columns", id(dialog.use_combo): "use",
                 id(dialog.errors_only): "errors_only", id(dialog.table): "rows",
                 id(dialog.reread_button): "read_again", id(dialog.apply_button): "import",
                 id(cancel): "cancel"}
        for _ in range(8):
            widget = QApplication.focusWidget()
            order.append(names.get(id(widget), type(widget).__name__))
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    import_with_preview(window, path, file_dialog, act)
    assert order[:5] == ["columns", "use", "errors_only", "rows", "read_again"]
    assert sorted(order[5:7]) == ["cancel", "import"] and order[7] == "columns"
    assert _member(window, "孙小美") is None  # Escape cancelled


def test_a_loop_and_dates_out_of_order_are_row_errors_of_the_preview(
        qtbot, window: MainWindow, tmp_path: Path, file_dialog) -> None:
    """The preview refuses what the table and the Gantt refuse: two tasks of the file that
    wait for each other (named in the reason) and a finish before the start."""
    path = _sheet(tmp_path / "市场部计划.xlsx", [
        ["需求确认", "2027-01-04", "2027-01-08", "物料制作"],
        ["物料制作", "2027-01-11", "2027-01-22", "需求确认"],
        ["首批订单", "2027-02-10", "2027-02-02", ""],
        ["渠道铺货", "2027-02-11", "2027-02-20", "首批订单"],
    ], head=["任务名称", "计划开始", "计划完成", "前置任务"])
    before = editing.rows(window.ws, "tracking", 1)
    seen: dict[str, object] = {}

    def act(dialog: ImportPreviewDialog) -> None:
        model = dialog.model
        for r in range(model.rowCount()):
            item, column, detail = (model.data(model.index(r, c)) for c in
                                    (PlanModel.ITEM, PlanModel.COLUMN, PlanModel.DETAIL))
            seen[item] = f"{seen.get(item, '')} {column} {detail}"
        seen["status"] = {r.label: r.status.value for r in dialog.plan.rows}
        seen["blocked"] = not dialog.apply_button.isEnabled()
        dialog.table.setFocus()
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter imports nothing
        assert dialog.isVisible()

    import_with_preview(window, path, file_dialog, act)
    assert seen["blocked"]
    assert seen["status"] == {"需求确认": "error", "物料制作": "error", "首批订单": "error",
                              "渠道铺货": "new"}
    assert "前置任务" in str(seen["需求确认"])
    assert "需求确认 → 物料制作 → 需求确认" in str(seen["需求确认"])
    assert "物料制作 → 需求确认 → 物料制作" in str(seen["物料制作"])
    assert "计划完成" in str(seen["首批订单"])
    assert "2027-02-02 is before the planned start 2027-02-10" in str(seen["首批订单"])
    assert editing.rows(window.ws, "tracking", 1) == before
