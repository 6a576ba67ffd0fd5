"""Where printed bytes go: a printer through the system print dialog, or a PDF file. Both
remember which version of each form went out, for recording signatures later."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import printing, signatures
from app.errors import UserError
from app.workspace import Workspace
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
    stem = job.initiative if len(job.sheets) != 1 else \
        f"{job.initiative} {job.sheets[0].key} {job.sheets[0].version}"
    return re.sub(r'[\\/:*?"<>|]+', "_", stem).strip() + ".pdf"


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
    if path is None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            parent, _tr("Save as PDF"), str(Path(folder) / default_file_name(job)),
            _tr("PDF files (*.pdf)"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
    try:
        printing.write_atomically(data, path)
    except UserError as exc:
        QMessageBox.warning(parent, _tr("Save as PDF"), exc.message())
        return False
    remember(ws, initiative_id, job)
    return True
