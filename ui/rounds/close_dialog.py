"""Initiative ▸ Close round…: what is still open is listed first, then the closing date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)


class CloseRoundDialog(QDialog):
    """Shows the open items and Form 5's verdict; ``day()`` is the closing date chosen."""

    def __init__(self, name: str, open_items: list[str], verdict: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close round"))
        intro = QLabel(self.tr(
            "Closing “{0}” makes it read-only: it can still be viewed, printed and exported, "
            "and reopened from the Initiative menu.").format(name), self)
        intro.setWordWrap(True)
        if open_items:
            heading = QLabel(self.tr("Still open ({0}):").format(len(open_items)), self)
        else:
            heading = QLabel(self.tr("Nothing is left open."), self)
        self.items = QStringListModel(open_items, self)
        self.list = QListView(self)
        self.list.setModel(self.items)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setVisible(bool(open_items))
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Form 5:"), QLabel(verdict, self))
        form.addRow(self.tr("Closing date:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = buttons.addButton(self.tr("Close round"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 420 if open_items else 200)

    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())
