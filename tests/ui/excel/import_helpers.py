"""Starting an import in the real window and working in its modal preview as a person does.

The preview is reached through File ▸ Import Excel workbook…, the menu item found by its
text in the window's language and triggered as a click triggers it; its open dialog is
answered at the one seam (the ``file_dialog`` fixture). Dropping a file on the window is
tested on its own in test_file_menu.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.i18n import current_language
from tests.file_dialog_seam import ScriptedFileDialogs
from tests.story.person import choose
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.window.main_window import MainWindow

# File ▸ Import Excel workbook… as the menu bar shows it in each language.
IMPORT_ITEM = {"en": ("&File", "&Import Excel workbook…"),
               "zh_CN": ("文件(&F)", "导入 Excel 工作簿(&I)…")}


def start_import(window: MainWindow, path: Path, file_dialog: ScriptedFileDialogs) -> None:
    """Choose File ▸ Import Excel workbook… and pick ``path`` in its open dialog; returns
    when the import is over (imported, cancelled or refused)."""
    file_dialog.answer(path)
    asked = len(file_dialog.asked)
    choose(window, *IMPORT_ITEM[current_language()])
    assert len(file_dialog.asked) == asked + 1, "the menu item showed no open dialog"
    assert not file_dialog.asked[-1].save


def in_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``act`` on the next modal dialog of ``kind`` once it shows (the caller then opens
    it, which blocks); failures are returned, since Qt swallows them inside its loop. A
    dialog ``act`` leaves open is rejected so the test never hangs."""
    errors: list[BaseException] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        if not dialog.isActiveWindow():  # keys go to the active window, as on a desktop
            dialog.activateWindow()
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed to the test, which raises it
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def import_with_preview(window: MainWindow, path: Path, file_dialog: ScriptedFileDialogs,
                        act: Callable[[ImportPreviewDialog], None]) -> None:
    """Import ``path`` and work in its preview with ``act`` (which accepts or leaves it)."""
    errors = in_modal(ImportPreviewDialog, act)  # type: ignore[arg-type]
    start_import(window, path, file_dialog)
    if errors:
        raise errors[0]


def answer_message(texts: list[str]) -> list[BaseException]:
    """Close the next message box with its default button, keeping its text."""
    def close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()
    return in_modal(QMessageBox, close)
