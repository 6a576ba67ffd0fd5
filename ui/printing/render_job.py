"""Builds a PDF off the GUI thread with a progress dialog, so a long print never freezes
the window and can be cancelled."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app import printing
from app.printing import fonts

# Jobs with fewer rows than this finish before a progress dialog could be read.
PROGRESS_THRESHOLD_ROWS = 150


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: printing.PrintJob) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.stop.is_set():
                raise printing.Cancelled
            self.progressed.emit(done, total)

        try:
            data = printing.render(self.job, progress)
        except printing.Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user, never lost in the thread
            self.failed.emit(str(exc))
        else:
            self.done.emit(data)


class _Relay(QObject):
    """Lives on the GUI thread, so the worker's signals reach it queued: the dialog and
    the event loop are only ever touched from the thread that owns them."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog, self.loop = dialog, loop
        self.result: dict[str, object] = {}

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self.dialog.setValue(int(100 * done / max(1, total)))

    def _finish(self, key: str, value: object = None) -> None:
        self.result[key] = value
        self.loop.quit()

    @Slot(bytes)
    def done(self, data: bytes) -> None:
        self._finish("data", data)

    @Slot(str)
    def failed(self, message: str) -> None:
        self._finish("error", message)

    @Slot()
    def cancelled(self) -> None:
        self._finish("cancelled")


def render_pdf(parent: QWidget | None, job: printing.PrintJob) -> bytes | None:
    """The PDF of ``job``, or None when the user cancelled. Raises RuntimeError on failure."""
    fonts.register()  # once, on the GUI thread, before any worker uses the fonts
    rows = sum(len(s.rows) for s in job.sheets)
    if rows < PROGRESS_THRESHOLD_ROWS:
        return printing.render(job)
    tr = QCoreApplication.translate
    dialog = QProgressDialog(tr("PrintProgress", "Preparing the pages…"),
                             tr("PrintProgress", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(tr("PrintProgress", "Printing"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    thread = QThread()
    worker = _Worker(job)
    worker.moveToThread(thread)
    loop = QEventLoop()
    relay = _Relay(dialog, loop)
    result = relay.result
    worker.progressed.connect(relay.progress)
    worker.done.connect(relay.done)
    worker.failed.connect(relay.failed)
    worker.cancelled.connect(relay.cancelled)
    dialog.canceled.connect(worker.stop.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    if "error" in result:
        raise RuntimeError(str(result["error"]))
    return result.get("data")  # type: ignore[return-value]
