"""The File menu's Excel and print entries and dropping a workbook on the window."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from app.excel.export import export_workbook
from app.forms import editing
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.window.main_window import MainWindow


def drop(window: MainWindow, path: Path) -> None:
    """Hand the window the events of a drop. Qt routes a real drop only during a drag the
    window system started, so the window's handlers get the events directly."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(200, 200)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(point, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_dropping_a_workbook_imports_it_as_one_undo_step(qtbot, monkeypatch, window: MainWindow,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "back.xlsx"
    export_workbook(window.ws, 1, path, "zh_CN")
    wb = load_workbook(path)
    sheet = wb["1 目标"]
    sheet.cell(4, 2).value = "新品 X1 按期上市（修订）"
    wb.save(path)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    before = [r.values["name"] for r in editing.rows(window.ws, "goals", 1)]
    drop(window, path)
    after = [r.values["name"] for r in editing.rows(window.ws, "goals", 1)]
    assert after[0] == "新品 X1 按期上市（修订）" and after[1:] == before[1:]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [r.values["name"] for r in editing.rows(window.ws, "goals", 1)] == before


def test_file_menu_offers_excel_and_print(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for wanted in ("Import Excel workbook…", "Export to Excel…", "Print preview…",
                   "Save all forms as PDF…"):
        assert wanted in texts
    assert all(a.isEnabled() for a in window.file_actions.actions)
