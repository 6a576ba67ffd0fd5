"""What the main window's File menu calls: print preview, Print…, Save as PDF…, for the
current form (``form_key``) or all forms (``None`` or ``"all"``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.store.workspace import Workspace
from ui.printing.preview import ALL, PrintPreviewDialog


def _dialog(parent: QWidget | None, ws: Workspace, initiative_id: int,
            form_key: str | None) -> PrintPreviewDialog | None:
    dialog = PrintPreviewDialog(ws, initiative_id, form_key or ALL, parent)
    if not dialog.refresh():
        dialog.deleteLater()
        return None
    return dialog


def print_preview(parent: QWidget | None, ws: Workspace, initiative_id: int,
                  form_key: str | None = None) -> PrintPreviewDialog | None:
    """Open the preview (modal); returns the dialog after it closed, or None if cancelled."""
    dialog = _dialog(parent, ws, initiative_id, form_key)
    if dialog is not None:
        dialog.exec()
    return dialog


def print_to_printer(parent: QWidget | None, ws: Workspace, initiative_id: int,
                     form_key: str | None = None) -> bool:
    """Render, then the system print dialog, then the printer."""
    dialog = _dialog(parent, ws, initiative_id, form_key)
    try:
        return dialog is not None and dialog.print_()
    finally:
        if dialog is not None:
            dialog.deleteLater()


def save_pdf(parent: QWidget | None, ws: Workspace, initiative_id: int,
             form_key: str | None = None) -> bool:
    dialog = _dialog(parent, ws, initiative_id, form_key)
    try:
        return dialog is not None and dialog.save()
    finally:
        if dialog is not None:
            dialog.deleteLater()
