"""One register item's sheet in the print preview (the same preview, printer and PDF as
the forms): the minutes with the attendees' lines, a problem's assessment with the
department head's line, a request with the answering department's line."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app import printing
from app.store.workspace import Workspace
from ui.printing.preview import PrintPreviewDialog


class ItemPrintPreview(PrintPreviewDialog):
    def __init__(self, ws: Workspace, initiative_id: int, item_id: int,
                 parent: QWidget | None = None) -> None:
        self.item_id = item_id
        super().__init__(ws, initiative_id, None, parent)
        self.form_box.hide()  # one item's sheet, nothing to choose
        self.form_label.hide()

    def collect(self) -> printing.PrintJob:
        return printing.collect_item_job(self.ws, self.item_id)


def preview_item(parent: QWidget, ws: Workspace, initiative_id: int,
                 item_id: int) -> ItemPrintPreview | None:
    """The item's sheet in the preview (modal), with Print… and Save as PDF…; None if it
    could not be made (the preview said why)."""
    dialog = ItemPrintPreview(ws, initiative_id, item_id, parent)
    if not dialog.refresh():
        dialog.deleteLater()
        return None
    dialog.exec()
    return dialog
