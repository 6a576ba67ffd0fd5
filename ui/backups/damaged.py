"""What the program says when a workspace is damaged, and the way back: its newest good
backup, restored after one question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app import backups
from app.backups import BackupInfo
from app.errors import UserError
from ui.backups.dialog import BackupsDialog
from ui.backups.model import BackupTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamagedWorkspace", text)


def damaged_box(parent: QWidget | None, path: Path, found: BackupInfo | None) -> QMessageBox:
    """The question, built apart from showing it so that it can be looked at and tested."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Workspace damaged"))
    box.setText(_tr("Part of “{0}” cannot be read: the file is damaged. This happens when a "
                    "disk or USB stick fails or is pulled out while saving. The file was not "
                    "changed.").format(path.name))
    if found is None:
        box.setInformativeText(_tr("There is no good backup of this workspace. Keep the file: "
                                   "a copy may still be rescued by your IT support."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box
    contents = BackupTableModel().describe(found)
    box.setInformativeText(_tr("The newest good backup was taken {0} ({1}).\n\nRestore it? "
                               "Changes made after that moment are lost. The damaged file is "
                               "kept in the backups folder.")
                           .format(found.taken_at.strftime("%Y-%m-%d %H:%M"), contents))
    restore = box.addButton(_tr("&Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Choose another backup…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    return box


def offer_backup_for_damaged(parent: QWidget | None, path: str | Path) -> Path | None:
    """Tell the user that ``path`` is damaged and offer its newest good backup.

    Returns ``path`` when a backup was restored into it (open it again), else None.
    """
    path = Path(path)
    found = backups.newest_good(path)
    box = damaged_box(parent, path, found)
    box.exec()
    clicked = box.clickedButton()
    if found is None or not isinstance(clicked, QPushButton):
        return None
    role = box.buttonRole(clicked)
    if role == QMessageBox.ButtonRole.AcceptRole:
        try:
            backups.restore(path, found.path)
        except UserError as exc:
            QMessageBox.warning(parent, _tr("Workspace damaged"), exc.message())
            return None
        return path
    if role == QMessageBox.ButtonRole.ActionRole:
        dialog = BackupsDialog(path, None, parent)
        done: list[object] = []
        dialog.restored.connect(done.append)
        dialog.exec()
        return path if done else None
    return None
