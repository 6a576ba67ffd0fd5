"""The frame the program's editing dialogs share: a message bar on top for refusals, the
dialog's own body, and a Close button (every change is already saved and undoable, so there
is nothing to confirm or cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout

from ui.window.message_bar import MessageBar


def frame(dialog: QDialog, message: MessageBar, body: QLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(message)
    layout.addLayout(body, 1)
    layout.addWidget(buttons)
