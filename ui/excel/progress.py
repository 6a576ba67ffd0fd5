"""A cancellable progress dialog for long imports and exports.

The work runs in the GUI thread and calls back with (done, total); the callback keeps the
window responsive and answers whether to go on. Cancelling makes the work raise
``Cancelled``: an export then removes its temporary file, an import rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class Progress:
    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Progress", "Cancel"), 0, 100, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work shows no dialog at all
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.dialog.wasCanceled()

    def stop(self) -> bool:
        """For work that only asks whether to stop."""
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def run(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    progress = Progress(parent, label)
    try:
        return work(progress)
    finally:
        progress.close()
