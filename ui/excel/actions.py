"""What the main window calls: File ▸ Export (or a tab's own export), File ▸ Import and a
dropped .xlsx. Each import is one undo step (``ImportCommand``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from app.errors import Cancelled, UserError
from app.excel.apply import ImportResult, apply_plan, undo_import
from app.excel.export import export_workbook as write_export
from app.excel.plan_types import ImportPlan
from app.i18n import current_language, tr
from app.org.initiatives import list_initiatives
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.undo import EditCommand, perform
from ui.excel import progress
from ui.excel.import_session import ImportSession
from ui.excel.preview_dialog import ImportPreviewDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExcelActions", text)


EXCEL_FILTERS = [file_dialogs.Filter("Excel", ".xlsx")]
# A tab's own export: the sheets that belong to it.
TAB_SHEETS = {"goals": ["goals", "signoffs"], "tracking": ["measures", "tracking", "raci"]}


class ImportCommand(EditCommand):
    """One whole import. The first run shows its progress over ``parent`` and can be
    cancelled there; undo removes what it created and restores what it changed."""

    def __init__(self, ws: Workspace, plan: ImportPlan, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, text)
        self.plan = plan
        self.result: ImportResult | None = None
        self._parent = parent

    def apply(self) -> None:
        if self.done_once:
            self.result = apply_plan(self.ws, self.plan)
            return
        parent, self._parent = self._parent, None
        self.result = progress.run(parent, _tr("Importing…"),
                                   lambda p: apply_plan(self.ws, self.plan, p))

    def revert(self) -> None:
        assert self.result is not None
        undo_import(self.ws, self.result.undo)


def _warn(parent: QWidget | None, title: str, exc: UserError) -> None:
    QMessageBox.warning(parent, title, exc.message(current_language()))


def _initiative_name(ws: Workspace, initiative_id: int) -> str:
    return next((i.name for i in list_initiatives(ws) if i.id == initiative_id), "CrossDesk")


def export_workbook(
    parent: QWidget | None,
    workspace: Workspace,
    initiative_id: int,
    form: str | None = None,
    path: str | Path | None = None,
) -> Path | None:
    """Ask where to save (unless ``path`` is given) and write the workbook; None if the user
    cancelled or the export was refused (a message says why)."""
    title = _tr("Export to Excel")
    asked = path is None
    if path is None:
        name = _initiative_name(workspace, initiative_id)
        path = file_dialogs.save_path(parent, title, f"{name}.xlsx", EXCEL_FILTERS,
                                      file_dialogs.EXCEL, near=workspace.path)
        if path is None:
            return None
    sheets = TAB_SHEETS.get(form, [form]) if form else None
    label = _tr("Writing the workbook…")
    try:
        written = progress.run(
            parent,
            label,
            lambda p: write_export(workspace, initiative_id, path, current_language(), sheets, p),
        )
        if asked:
            file_dialogs.tell_saved(parent, title, Path(written))
        return written
    except Cancelled:
        return None
    except UserError as exc:
        _warn(parent, title, exc)
    except OSError as exc:
        QMessageBox.warning(parent, title, str(exc))
    return None


def import_workbook(
    parent: QWidget | None,
    workspace: Workspace,
    initiative_id: int,
    path: str | Path | None = None,
    undo_stack: QUndoStack | None = None,
) -> ImportResult | None:
    """Read the file, show the preview, and import it all in one transaction when the
    user agrees. Returns the result, or None when nothing was imported."""
    title = _tr("Import from Excel")
    if path is None:
        path = file_dialogs.open_path(parent, title, EXCEL_FILTERS, file_dialogs.EXCEL,
                                      near=workspace.path)
        if path is None:
            return None
    session = ImportSession(parent, workspace, initiative_id, path, undo_stack)
    try:
        plan = session.read()
    except Cancelled:
        return None
    except UserError as exc:
        _warn(parent, title, exc)
        return None
    dialog = ImportPreviewDialog(plan, parent, session)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    plan = dialog.plan  # read again or with columns mapped since it opened
    dialog.deleteLater()
    if not accepted or plan.has_errors:
        return None
    text = (_tr("Import %1")).replace("%1", Path(path).name)
    command = ImportCommand(workspace, plan, text, parent)
    refusal = perform(undo_stack, command)
    if isinstance(refusal, Cancelled):
        return None
    if refusal is not None:
        _warn(parent, title, refusal)
        return None
    result = command.result
    assert result is not None
    if isinstance(parent, QMainWindow):  # say it happened; the preview is gone
        lang = current_language()
        done = tr("excel.done.import", lang, summary=plan.summary(lang))
        parent.statusBar().showMessage(f"{Path(path).name} — {done}", 15000)
    return result
