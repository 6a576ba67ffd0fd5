"""The print preview: the very PDF that prints or is saved, shown page by page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import printing
from app.errors import UserError
from app.i18n import current_language, tr
from app.store.workspace import Workspace
from ui.printing import output
from ui.printing.render_job import render_pdf

ALL = "all"


class PrintPreviewDialog(QDialog):
    """Preview of one form or all forms of an initiative, with Print… and Save as PDF…"""

    def __init__(self, ws: Workspace, initiative_id: int, form_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.initiative_id = initiative_id
        self.job: printing.PrintJob | None = None
        self.pdf: bytes = b""
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Print preview"))
        self.resize(1000, 760)

        self.form_box = QComboBox(self)
        lang = current_language()
        for key in printing.sheet_keys():
            self.form_box.addItem(self._sheet_label(key, lang), key)
        self.form_box.addItem(self.tr("All forms"), ALL)
        index = self.form_box.findData(form_key or ALL)
        self.form_box.setCurrentIndex(max(0, index))
        self.form_box.currentIndexChanged.connect(self.refresh)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.page_label = QLabel(self)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        fit = QToolButton(self)
        fit.setText(self.tr("Whole page"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        width = QToolButton(self)
        width.setText(self.tr("Page width"))
        width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        self.form_label = QLabel(self.tr("Print:"), self)
        bar.addWidget(self.form_label)
        bar.addWidget(self.form_box)
        bar.addSpacing(12)
        bar.addWidget(fit)
        bar.addWidget(width)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addSpacing(12)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    @staticmethod
    def _sheet_label(key: str, lang: str) -> str:
        label = tr(f"form.{key}.short", lang)
        return label if label != f"form.{key}.short" else key

    def form_key(self) -> str:
        return str(self.form_box.currentData())

    def forms(self) -> list[str] | None:
        key = self.form_key()
        return None if key == ALL else [key]

    def collect(self) -> printing.PrintJob:
        """What the preview shows (the chosen forms; a subclass may show something else)."""
        return printing.collect_job(self.ws, self.initiative_id, self.forms())

    def refresh(self) -> bool:
        """Render the chosen forms and show them; False if cancelled or refused."""
        try:
            job = self.collect()
            data = render_pdf(self, job)
        except (UserError, RuntimeError) as exc:
            text = exc.message() if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(self, self.tr("Print preview"), text)
            return False
        if data is None:
            return False
        self.job, self.pdf = job, data
        self._load(data)
        return True

    def _load(self, data: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it for as long as it is shown
        self._show_page_number(0)

    def _show_page_number(self, page: int) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(self.document.pageCount())))

    def print_(self) -> bool:
        if self.job is None:
            return False
        return output.print_with_dialog(self, self.ws, self.initiative_id, self.job,
                                        self.document)

    def save(self) -> bool:
        if self.job is None:
            return False
        return output.save_with_dialog(self, self.ws, self.initiative_id, self.job, self.pdf)
