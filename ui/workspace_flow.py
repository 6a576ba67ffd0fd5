"""Opening, creating and copying workspace files from the GUI, with the questions a
refusal raises (someone else holds it: open read-only?)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import recent
from app.errors import LockedError, WorkspaceError
from app.workspace import EXTENSION, Workspace
from ui.backups import offer_backup_for_damaged


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceFlow", text)


def file_filter(widget: QWidget) -> str:
    return widget.tr("CrossDesk workspaces (*{0});;All files (*)").format(EXTENSION)


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
    name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Open workspace"), "",
                                          file_filter(parent))
    return Path(name) if name else None


def ask_new(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("New workspace"),
                                          "workspace" + EXTENSION, file_filter(parent))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(EXTENSION)


def create_path(parent: QWidget, path: Path) -> Workspace | None:
    try:
        ws = Workspace.create(path, overwrite=path.exists())
    except WorkspaceError as exc:
        QMessageBox.warning(parent, parent.tr("Cannot create workspace"), exc.message())
        return None
    recent.remember(path)
    return ws


def save_copy(parent: QWidget, ws: Workspace) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save a copy as"),
                                          str(ws.path.with_name(ws.path.stem + "-copy" + EXTENSION)),
                                          file_filter(parent))
    if not name:
        return None
    try:
        return ws.save_copy(name)
    except (WorkspaceError, OSError) as exc:
        text = exc.message() if isinstance(exc, WorkspaceError) else str(exc)
        QMessageBox.warning(parent, parent.tr("Cannot save copy"), text)
        return None
