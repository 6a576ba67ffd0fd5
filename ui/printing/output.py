"""Where printed bytes go: a printer through the system print dialog, or a PDF file. Both
remember which version of each form went out, for recording signatures later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from app import printing
from app.errors import UserError
from app.signoff import signatures
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.printing.printer import print_document


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintOutput", text)


def remember(ws: Workspace, initiative_id: int, job: printing.PrintJob) -> None:
    try:
        signatures.note_printed(ws, initiative_id, {s.key: s.version for s in job.sheets},
                                job.printed_on)
    except UserError:
        pass  # a workspace opened read-only cannot remember; the print itself went fine


def default_file_name(job: printing.PrintJob) -> str:
    """The initiative's name, and for one form its title in the job's language and its
    version tag: "新品上市 跨部门协作目标确认表 V-3F9A2C.pdf"."""
    stem = job.initiative if len(job.sheets) != 1 else \
        f"{job.initiative} {job.sheets[0].title} {job.sheets[0].version}"
    return file_dialogs.safe_file_name(stem) + ".pdf"


def print_with_dialog(parent: QWidget | None, ws: Workspace, initiative_id: int,
                      job: printing.PrintJob, document: QPdfDocument,
                      printer: QPrinter | None = None) -> bool:
    """Ask for a printer (unless one is given) and print ``document``."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(default_file_name(job)[:-4])
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    if not print_document(document, printer):
        QMessageBox.warning(parent, _tr("Print"), _tr("The printer could not be started."))
        return False
    remember(ws, initiative_id, job)
    return True


def save_with_dialog(parent: QWidget | None, ws: Workspace, initiative_id: int,
                     job: printing.PrintJob, data: bytes, path: str | None = None) -> bool:
    """Ask for a file name (unless given) and write ``data`` there, all or nothing."""
    asked = path is None
    if path is None:
        chosen = file_dialogs.save_path(parent, _tr("Save as PDF"), default_file_name(job),
                                        [file_dialogs.Filter(_tr("PDF files"), ".pdf")],
                                        file_dialogs.PDF, near=ws.path)
        if chosen is None:
            return False
        path = str(chosen)
    try:
        written = printing.write_atomically(data, path)
    except UserError as exc:
        QMessageBox.warning(parent, _tr("Save as PDF"), exc.message())
        return False
    remember(ws, initiative_id, job)
    if asked:
        file_dialogs.tell_saved(parent, _tr("Save as PDF"), Path(written))
    return True
