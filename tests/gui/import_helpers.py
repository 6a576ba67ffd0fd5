"""Starting an import in the real window and working in its modal preview as a person does.

The preview is reached by dropping the workbook on the window (``drop``): File ▸ Import Excel
workbook (Ctrl+I) passes its checked flag as the path (issue 13 item 1), which is fixed
elsewhere; once it is, ``start_import`` is the one place to switch to the menu item.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.gui.test_file_menu import drop
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.window.main_window import MainWindow


def start_import(window: MainWindow, path: Path) -> None:
    """Start importing ``path`` the way a person can; returns when the import is over."""
    drop(window, path)


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


def import_with_preview(window: MainWindow, path: Path,
                        act: Callable[[ImportPreviewDialog], None]) -> None:
    """Import ``path`` and work in its preview with ``act`` (which accepts or leaves it)."""
    errors = in_modal(ImportPreviewDialog, act)  # type: ignore[arg-type]
    start_import(window, path)
    if errors:
        raise errors[0]


def answer_message(texts: list[str]) -> list[BaseException]:
    """Close the next message box with its default button, keeping its text."""
    def close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()
    return in_modal(QMessageBox, close)
