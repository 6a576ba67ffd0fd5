"""Asks who signed a sign-off line, on which date, and which printed version."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.signoff.signatures import SignoffLine


class RecordSignatureDialog(QDialog):
    def __init__(self, line: SignoffLine, printed_tag: str, current_tag: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_tag = current_tag
        self.setWindowTitle(self.tr("Record signature"))
        self.signer = QLineEdit(line.signer, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.tag = QComboBox(self)
        self.tag.setEditable(True)
        for tag in dict.fromkeys(t for t in (printed_tag, current_tag, line.version_tag) if t):
            self.tag.addItem(tag)
        self.tag.setToolTip(self.tr("The version printed at the foot of the signed page"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9B1C1C;")
        self.tag.currentTextChanged.connect(self._check_tag)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Department:"), QLabel(line.department, self))
        form.addRow(self.tr("Signed by:"), self.signer)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Version on the page:"), self.tag)
        form.addRow(self.warning)
        form.addRow(buttons)
        self._check_tag(self.tag.currentText())

    def _check_tag(self, text: str) -> None:
        stale = bool(text) and text.strip().upper() != self.current_tag
        self.warning.setText(self.tr(
            "This is not the form's current version (%1): the signature will show as stale.")
            .replace("%1", self.current_tag) if stale else "")

    def values(self) -> tuple[str, dt.date, str]:
        d = self.date.date()
        return self.signer.text(), dt.date(d.year(), d.month(), d.day()), self.tag.currentText()
