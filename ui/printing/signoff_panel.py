"""A form's sign-off lines: who signed which printed version, and loudly, whose signature
no longer matches what the form says. One panel serves every signed form (``set_form``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.rounds.state import round_state
from app.signoff import signatures
from app.signoff.forms import SIGNED, Signers, title_key
from app.signoff.signatures import SignoffLine
from app.store import changes
from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace
from ui.common.undo import EditCommand, perform
from ui.common.workspace_watch import watch
from ui.printing.signature_dialog import RecordSignatureDialog
from ui.printing.signoff_commands import AddSignoffLines, ClearSignature, RecordSignature

_LINES_OR_STATE = ChangeArea.SIGNOFFS | ChangeArea.SETTINGS | ChangeArea.ROUNDS \
    | ChangeArea.INITIATIVES
STALE_BG = QColor("#FDE2E1")
STALE_FG = QColor("#9B1C1C")
Index = QModelIndex | QPersistentModelIndex


class SignoffModel(QAbstractTableModel):
    COLUMNS = ("department", "signer", "signed_on", "version", "state")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[SignoffLine] = []
        self.heads = True  # signed by department heads (else by the lead and liaisons)

    def set_lines(self, lines: list[SignoffLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            signer = self.tr("Department head") if self.heads else self.tr("Signer")
            return (self.tr("Department"), signer, self.tr("Signed on"),
                    self.tr("Version signed"), self.tr("State"))[section]
        return None

    def state_text(self, line: SignoffLine) -> str:
        if not line.signed:
            return self.tr("Not signed")
        if line.stale and not line.version_tag:
            return self.tr("Stale: signed without a recorded version (now %1)").replace(
                "%1", line.current_tag)
        if line.stale:
            return self.tr("Stale: the form changed since (now %1)").replace(
                "%1", line.current_tag)
        return self.tr("Signed, current")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "department":
                return line.department
            if key == "signer":
                return line.signer
            if key == "signed_on":
                return line.signed_on.isoformat() if line.signed and line.signed_on else ""
            if key == "version":
                return line.version_tag if line.signed else ""
            return self.state_text(line)
        if role == Qt.ItemDataRole.BackgroundRole and line.stale:
            return QBrush(STALE_BG)
        if role == Qt.ItemDataRole.ForegroundRole and line.stale:
            return QBrush(STALE_FG)
        return None


class SignoffPanel(QWidget):
    """Sign-off lines of one form with Record signature… (undoable) and a stale warning."""

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None, form: str = "goals") -> None:
        super().__init__(parent)
        self.ws = workspace
        self.undo_stack = undo_stack
        self.initiative_id: int | None = None
        self.form = form
        self.closed = False  # a closed round's signatures stand as they are
        self.current_tag = ""
        self.model = SignoffModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.record_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "QLabel { background: #FDE2E1; color: #9B1C1C; border: 1px solid #E02424;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }")
        self.banner.hide()
        self.version_label = QLabel(self)
        self.version_label.setWordWrap(True)  # a long form title never widens the window
        self.record_button = QPushButton(self.tr("Record signature…"), self)
        self.record_button.clicked.connect(self.record_selected)
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.clicked.connect(self.clear_selected)
        self.add_button = QPushButton(self.tr("Add missing signers"), self)
        self.add_button.setToolTip(self.tr(
            "Add a sign-off line for each expected signer who has none: the heads of the "
            "departments taking part (Form 1, plan review), else the overall lead and the "
            "liaisons"))
        self.add_button.clicked.connect(self.add_missing)
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.setToolTip(self.tr(
            "Remove the selected sign-off line, e.g. of a department that no longer takes part"))
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.version_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        watch(self, workspace, changes.SIGNOFF_PANEL, self._on_change)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.refresh()

    def _on_change(self, change: Change) -> None:
        # A form nobody signs yet cannot go stale: its content's edits need no reading here.
        if self.model.lines or change.touches(_LINES_OR_STATE):
            self.refresh()

    def set_form(self, form: str) -> None:
        if form != self.form:
            self.form = form
            self.refresh()

    def form_title(self) -> str:
        return tr(title_key(self.form))

    def refresh(self) -> None:
        if self.initiative_id is None:
            self.model.set_lines([])
            self.banner.hide()
            self.version_label.clear()
            self._update_buttons()
            return
        with self.ws.read() as s:
            # Without lines nothing can be stale: the form's tag (a read of the whole form)
            # waits until someone is to sign it.
            lines, self.current_tag = signatures.signoff_lines(
                s, self.initiative_id, self.form, with_tag=signatures.has_lines(
                    s, self.initiative_id, self.form))
            printed = signatures.last_printed(s, self.initiative_id, self.form)
        self.closed = round_state(self.ws, self.initiative_id).closed
        self.model.heads = SIGNED.get(self.form) is Signers.HEADS
        self.model.set_lines(lines)
        self._show_stale([line for line in lines if line.stale])
        if self.current_tag:
            text = self.tr("%2 is now version %1.").replace("%1", self.current_tag) \
                .replace("%2", self.form_title())
        else:
            text = self.tr("Nobody signs %1 yet: Add missing signers.").replace(
                "%1", self.form_title())
        if printed is not None:
            day = printed[1].isoformat() if printed[1] else ""
            text += " " + self.tr("Last printed: %1 %2.").replace("%1", printed[0]) \
                .replace("%2", day)
        self.version_label.setText(text)
        self._update_buttons()

    def _show_stale(self, stale: list[SignoffLine]) -> None:
        if not stale:
            self.banner.hide()
            return
        who = ", ".join(f"{s.signer or '?'} ({s.department})" for s in stale)
        self.banner.setText(self.tr(
            "Stale signatures: %1 signed another version of %3 than it now holds "
            "(now %2). Print the form again and collect new signatures.")
            .replace("%1", who).replace("%2", self.current_tag).replace("%3", self.form_title()))
        self.banner.show()

    def select_line(self, line_id: int) -> bool:
        row = next((i for i, line in enumerate(self.model.lines) if line.id == line_id), None)
        if row is None:
            return False
        self.view.setFocus()
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _selected(self) -> SignoffLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.lines[rows[0].row()] if rows else None

    def _update_buttons(self, *_: object) -> None:
        line = self._selected()
        writable = not self.ws.read_only and self.initiative_id is not None and not self.closed
        self.record_button.setEnabled(writable and line is not None)
        self.clear_button.setEnabled(writable and line is not None and line.signed)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and line is not None)

    # -- editing -------------------------------------------------------------------------
    def default_tag(self) -> str:
        """The tag of the last print, which is what people signed; else the current one."""
        if self.initiative_id is None:
            return self.current_tag
        with self.ws.read() as s:
            printed = signatures.last_printed(s, self.initiative_id, self.form)
        return printed[0] if printed else self.current_tag

    def record_selected(self) -> bool:
        line = self._selected()
        if line is None:
            return False
        dialog = RecordSignatureDialog(line, self.default_tag(), self.current_tag, self)
        if dialog.exec() != RecordSignatureDialog.DialogCode.Accepted:
            return False
        signer, day, tag = dialog.values()
        return self.record(line.id, signer, day, tag)

    def record(self, line_id: int, signer: str, day: dt.date, tag: str) -> bool:
        """Record a signature as one undoable step; a refused value shows why."""
        text = self.tr("Record signature of %1").replace("%1", signer)
        return self._perform(RecordSignature(self.ws, line_id, signer, day, tag, text),
                             self.tr("Record signature"))

    def clear_selected(self) -> bool:
        line = self._selected()
        if line is None or not line.signed:
            return False
        text = self.tr("Clear signature of %1").replace("%1", line.signer)
        return self._perform(ClearSignature(self.ws, line.id, text), text)

    def remove_selected(self) -> bool:
        """Remove a wrong or obsolete line (one undo step), signature and all."""
        line = self._selected()
        if line is None:
            return False
        from ui.forms.row_commands import DeleteRowsCommand

        text = self.tr("Remove the sign-off line of %1").replace("%1", line.department)
        return self._perform(DeleteRowsCommand(self.ws, "signoffs", [line.id], text), text)

    def add_missing(self) -> int:
        if self.initiative_id is None:
            return 0
        text = self.tr("Add sign-off lines")
        command = AddSignoffLines(self.ws, self.initiative_id, text, self.form)
        return len(command.ids) if self._perform(command, text) else 0

    def _perform(self, command: EditCommand, title: str) -> bool:
        """Make an edit as one undo step; a refusal is shown and changes nothing."""
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            QMessageBox.warning(self, title, refusal.message())
        return refusal is None
