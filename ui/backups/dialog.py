"""File ▸ Backups: the backups of the open workspace, newest first, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import backups
from app.backups import BackupInfo, RestoreResult
from app.errors import UserError
from app.store.workspace import Workspace
from ui.backups.model import BackupTableModel


class BackupsDialog(QDialog):
    """Lists the backups of ``workspace`` and restores the one chosen.

    ``ws`` is the open workspace (restored in place, so open views refresh), or None for a
    workspace that is not open (e.g. damaged). ``restored`` is emitted after a restore; the
    main window should clear its undo history then, since the rows it names are replaced.
    """

    restored = Signal(object)  # RestoreResult

    def __init__(self, workspace: Path, ws: Workspace | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = Path(workspace)
        self.ws = ws
        self.setWindowTitle(self.tr("Backups of {0}").format(self.workspace.name))
        self.resize(860, 420)

        intro = QLabel(self.tr(
            "CrossDesk backs this workspace up when it is opened and every 30 minutes while "
            "you edit, and before an import or a restore. It keeps every backup of today, one a "
            "day for a week and one a week for two months.\nFolder: {0}")
            .format(backups.folder_for(self.workspace)), self)
        intro.setWordWrap(True)

        self.model = BackupTableModel(parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())

        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self.show_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # -- state ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_backups(backups.list_backups(self.workspace))
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        read_only = self.ws is not None and self.ws.read_only
        self.restore_button.setEnabled(info is not None and info.good and not read_only)
        self.restore_button.setToolTip(
            self.tr("A read-only workspace cannot be restored.") if read_only else "")
        self.backup_button.setEnabled(self.ws is not None)
        if not self.model.rowCount():
            self.status.setText(self.tr("There are no backups of this workspace yet."))

    # -- actions ----------------------------------------------------------------------------
    def confirm_restore(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the whole workspace with the backup taken {0} ({1})?\n\n"
                    "The present state is backed up first, so you can come back to it by "
                    "restoring that backup.")
            .format(info.taken_at.strftime("%Y-%m-%d %H:%M"), self.model.describe(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> RestoreResult | None:
        info = self.selected()
        if info is None or not info.good or not self.confirm_restore(info):
            return None
        try:
            result = backups.restore(self.ws if self.ws is not None else self.workspace,
                                     info.path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), exc.message())
            return None
        self.reload()
        self.status.setText(self.tr("Restored the backup taken {0}.").format(
            info.taken_at.strftime("%Y-%m-%d %H:%M")))
        self.restored.emit(result)
        return result

    def back_up_now(self) -> Path | None:
        if self.ws is None:
            return None
        try:
            path = backups.take_backup(self.ws, "manual")
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Back up now"), exc.message())
            return None
        self.reload()
        self.status.setText(self.tr("Backed up to {0}.").format(path.name))
        return path

    def show_folder(self) -> None:
        folder = backups.folder_for(self.workspace)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
