"""Preferences: the program's language (per user) and the organisation printed on sheets
(per workspace, stored in the file so every copy prints the same name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.store import settings as ws_settings
from app.store.workspace import Workspace
from ui.common.undo import EditCommand, perform
from ui.preferences.store import LANGUAGE_NAMES, Preferences


class SetOrganisationCommand(EditCommand):
    """Changes the organisation name in the workspace; undo puts the old name back."""

    def __init__(self, ws: Workspace, name: str) -> None:
        super().__init__(
            ws, QCoreApplication.translate("PreferencesDialog", "Change organisation name")
        )
        self._new = ws_settings.clean_organisation(name)
        self._old = ws_settings.organisation(ws)

    def apply(self) -> None:
        ws_settings.set_organisation(self.ws, self._new)

    def revert(self) -> None:
        ws_settings.set_organisation(self.ws, self._old)


class PreferencesDialog(QDialog):
    """Edits the preferences; ``languageChanged`` is emitted with the new language code
    ("" = system) when OK is pressed after a change, so the window can offer a restart."""

    languageChanged = Signal(str)

    def __init__(
        self,
        prefs: Preferences,
        ws: Workspace | None = None,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._ws = ws
        self._undo_stack = undo_stack
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(prefs.language)))
        language_note = QLabel(self.tr(
            "The new language is used the next time CrossDesk starts. Printed sheets and "
            "exported workbooks follow it too."))
        language_note.setWordWrap(True)
        program = QGroupBox(self.tr("Program"))
        program_form = QFormLayout(program)
        program_form.addRow(self.tr("&Language:"), self.language_box)
        program_form.addRow(language_note)

        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(200)
        self.organisation_edit.setPlaceholderText(self.tr("e.g. East China Precision Ltd."))
        if ws is not None:
            self.organisation_edit.setText(ws_settings.organisation(ws))
        writable = ws is not None and not ws.read_only
        self.organisation_edit.setEnabled(writable)
        if ws is None:
            org_text = self.tr("Open a workspace to set the name printed on its sheets.")
        elif ws.read_only:
            org_text = self.tr("This workspace is open read-only; its name cannot be changed.")
        else:
            org_text = self.tr("Printed at the top of every sheet from this workspace.")
        org_note = QLabel(org_text)
        org_note.setWordWrap(True)
        workspace = QGroupBox(self.tr("This workspace"))
        workspace_form = QFormLayout(workspace)
        workspace_form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        workspace_form.addRow(org_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(program)
        layout.addWidget(workspace)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for note in (language_note, org_note):
            note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def accept(self) -> None:
        if not self._save_organisation():
            return
        language = str(self.language_box.currentData())
        if language != self._prefs.language:
            self._prefs.language = language
            self.languageChanged.emit(language)
        super().accept()

    def _save_organisation(self) -> bool:
        ws = self._ws
        if ws is None or ws.read_only:
            return True
        try:
            name = ws_settings.clean_organisation(self.organisation_edit.text())
            if name == ws_settings.organisation(ws):
                return True
            refusal = perform(self._undo_stack, SetOrganisationCommand(ws, name))
        except UserError as exc:
            refusal = exc
        if refusal is not None:
            QMessageBox.warning(self, self.tr("Organisation"), refusal.message())
            self.organisation_edit.setFocus()
            return False
        return True
