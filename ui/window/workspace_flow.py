"""Opening, creating and copying workspace files from the GUI, with the questions a
refusal raises (someone else holds it: open read-only?)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import LockedError, UserError, WorkspaceError
from app.store import recent
from app.store.workspace import EXTENSION, Workspace
from app.store.write_target import Output
from ui.backups import offer_backup_for_damaged
from ui.common import file_dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceFlow", text)


def file_filters(widget: QWidget | None = None) -> list[file_dialogs.Filter]:
    return [file_dialogs.Filter(_tr("CrossDesk workspaces"), EXTENSION),
            file_dialogs.Filter(_tr("All files"))]


def open_path(parent: QWidget, path: Path, *, ask: bool = True) -> Workspace | None:
    """Open ``path``; when another program holds it, offer read-only. Errors are shown."""
    try:
        ws = Workspace.open(path)
    except LockedError as exc:
        if not ask:
            raise
        answer = QMessageBox.question(
            parent, parent.tr("Workspace in use"),
            parent.tr("{0}\n\nOpen it read-only? You can look and print, but not change it.")
            .format(exc.message()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Open:
            return None
        try:
            ws = Workspace.open(path, read_only=True)
        except WorkspaceError as exc2:
            QMessageBox.warning(parent, parent.tr("Cannot open workspace"), exc2.message())
            return None
    except WorkspaceError as exc:
        if not ask:
            raise
        if exc.key == "error.workspace.missing" and path.parent.is_dir():
            return offer_to_create(parent, path)
        if exc.key == "error.workspace.damaged":
            # Offer the newest good backup; the damaged file itself stays untouched.
            restored = offer_backup_for_damaged(parent, path)
            return open_path(parent, restored, ask=ask) if restored is not None else None
        QMessageBox.warning(parent, parent.tr("Cannot open workspace"), exc.message())
        return None
    recent.remember(path)
    return ws


def offer_to_create(parent: QWidget | None, path: Path) -> Workspace | None:
    """``crossdesk PATH`` for a file that is not there yet: offer to create it, as a
    coordinator who types a new file name means to."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("No such workspace"),
                      _tr("There is no workspace “{0}” in {1} yet.\n\nCreate a new, empty "
                          "workspace there?").format(path.name, path.parent),
                      QMessageBox.StandardButton.Cancel, parent)
    create = box.addButton(_tr("&Create workspace"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(create)
    box.exec()
    if box.clickedButton() is not create:
        return None
    return create_path(parent, path)


def ask_open(parent: QWidget) -> Path | None:
    return file_dialogs.open_path(parent, _tr("Open workspace"), file_filters(),
                                  file_dialogs.WORKSPACE)


def ask_new(parent: QWidget) -> Path | None:
    return file_dialogs.save_path(parent, _tr("New workspace"), _tr("workspace") + EXTENSION,
                                  file_filters(), file_dialogs.WORKSPACE,
                                  kind=Output.NEW_WORKSPACE)


def create_path(parent: QWidget, path: Path) -> Workspace | None:
    try:
        ws = Workspace.create(path, overwrite=path.exists())
    except WorkspaceError as exc:
        QMessageBox.warning(parent, parent.tr("Cannot create workspace"), exc.message())
        return None
    recent.remember(path)
    return ws


def save_copy(parent: QWidget, ws: Workspace) -> Path | None:
    path = file_dialogs.save_path(parent, _tr("Save a copy as"),
                                  ws.path.stem + _tr("-copy") + EXTENSION, file_filters(),
                                  file_dialogs.WORKSPACE, near=ws.path,
                                  kind=Output.WORKSPACE_COPY)
    if path is None:
        return None
    try:
        return ws.save_copy(path)
    except (UserError, OSError) as exc:
        text = exc.message() if isinstance(exc, UserError) else str(exc)
        QMessageBox.warning(parent, _tr("Cannot save copy"), text)
        return None
