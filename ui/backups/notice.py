"""The notice for a workspace that opened read-only because its disk or folder cannot be
written (a write-protected USB stick, a read-only network share)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.store.workspace import Workspace


def read_only_notice(ws: Workspace) -> str | None:
    """The sentence to show (e.g. in the main window's message bar), or None when the
    workspace is writable or read-only because the user asked for it."""
    if ws.read_only_reason != "medium":
        return None
    return QCoreApplication.translate(
        "ReadOnlyNotice",
        "“{0}” is on a disk or folder that cannot be written, so it is open read-only: you can "
        "look and print, but not change it. To edit it, save a copy to a writable folder "
        "(File ▸ Save a copy as…) and open that.").format(ws.path.name)


def show_read_only_notice(parent: QWidget | None, ws: Workspace) -> bool:
    """Show the notice as a message box; returns whether there was one to show."""
    text = read_only_notice(ws)
    if text is None:
        return False
    QMessageBox.information(
        parent, QCoreApplication.translate("ReadOnlyNotice", "Opened read-only"), text)
    return True
