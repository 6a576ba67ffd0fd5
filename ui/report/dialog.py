"""File ▸ Weekly report…: the report as of a moment, previewed as the very PDF it sends,
saved as PDF or workbook or handed to the mail program as a draft; and the reports kept
before, each reopened exactly as it was sent.

The first output made from a new report keeps it (one undo step): from then on "changed
since the previous report" compares with it. A reopened report is shown and sent again as
it was, never kept a second time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QIODevice,
    Qt,
    QTime,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import current_language
from app.paths import user_data_dir
from app.report import keeping, week
from app.report.build import build_content
from app.report.content import ReportContent
from app.report.outputs import Rendered, file_stem, write
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.dialog_frame import frame
from ui.common.undo import perform
from ui.report.commands import KeepReport
from ui.report.past_model import ID_ROLE, PastReportsModel
from ui.window.message_bar import MessageBar

MAIL_FOLDER = "mail"  # under the program's data folder: the drafts handed to the mail program


class WeeklyReportDialog(QDialog):
    def __init__(self, ws: Workspace, initiative_id: int, now: dt.datetime,
                 undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.initiative_id = initiative_id
        self.undo_stack = undo_stack
        self.lang = current_language()
        self.content: ReportContent | None = None
        self.rendered: Rendered | None = None
        self.kept_id: int | None = None  # the kept report shown, or the one this made
        self.reopened = False
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Weekly report"))
        self.resize(1000, 680)  # fits a 1024×768 screen

        self.message = MessageBar(self)
        self.as_of_edit = QDateTimeEdit(self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.as_of_edit.setDateTime(_qt(week.default_as_of(now)))
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(400)  # typing a date: build once it stands still
        self._rebuild.timeout.connect(self.refresh)
        self.as_of_edit.dateTimeChanged.connect(lambda *_: self._rebuild.start())
        as_of_label = QLabel(self.tr("&As of:"), self)
        as_of_label.setBuddy(self.as_of_edit)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.past = PastReportsModel(ws, initiative_id, self)
        self.past_view = QListView(self)
        self.past_view.setModel(self.past)
        self.past_view.activated.connect(self.reopen)
        past_label = QLabel(self.tr("&Past reports:"), self)
        past_label.setBuddy(self.past_view)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.clicked.connect(lambda: self.reopen(self.past_view.currentIndex()))
        self.unreachable_label = QLabel(self)
        self.unreachable_label.setWordWrap(True)
        self.unreachable_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button = QPushButton(self.tr("Save E&xcel…"), self)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.mail_button = QPushButton(self.tr("Create &e-mail"), self)
        self.mail_button.clicked.connect(self.create_email)

        top = QHBoxLayout()
        top.addWidget(as_of_label)
        top.addWidget(self.as_of_edit)
        top.addWidget(self.state_label, 1)
        side = QWidget(self)
        side_layout = QGridLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(past_label, 0, 0)
        side_layout.addWidget(self.reopen_button, 0, 1)
        side_layout.addWidget(self.past_view, 1, 0, 1, 2)
        side_layout.addWidget(self.unreachable_label, 2, 0, 1, 2)
        split = QSplitter(self)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 320])
        outputs = QHBoxLayout()
        outputs.addWidget(self.pdf_button)
        outputs.addWidget(self.xlsx_button)
        outputs.addWidget(self.mail_button)
        outputs.addStretch(1)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(split, 1)
        body.addLayout(outputs)
        frame(self, self.message, body)
        self.refresh()
        self.as_of_edit.setFocus()

    # -- the content shown -------------------------------------------------------------------
    @property
    def as_of(self) -> dt.datetime:
        return self.as_of_edit.dateTime().toPython().replace(second=0, microsecond=0)

    def refresh(self) -> bool:
        """Build a new report as of the moment in the editor and show it."""
        self._rebuild.stop()
        self.reopened, self.kept_id = False, None
        try:
            content = build_content(self.ws, self.initiative_id, self.as_of)
        except UserError as err:
            self._show(None, err.message())
            return False
        self._show(content)
        return True

    def reopen(self, index: object) -> bool:
        """Show a kept report exactly as it was made."""
        report_id = index.data(ID_ROLE) if hasattr(index, "data") else None
        if report_id is None:
            return False
        try:
            content = keeping.load(self.ws, int(report_id))
        except UserError as err:
            self.message.show_message(err.message(), "error")
            return False
        self._rebuild.stop()
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDateTime(_qt(content.as_of))
        self.as_of_edit.blockSignals(False)
        self.reopened, self.kept_id = True, int(report_id)
        self._show(content)
        return True

    def _show(self, content: ReportContent | None, problem: str = "") -> None:
        self.content = content
        self.rendered = Rendered.of(content, self.lang) if content is not None else None
        for button in (self.pdf_button, self.xlsx_button, self.mail_button):
            button.setEnabled(content is not None)
        if content is None:
            self.document.close()
            self.state_label.setText("")
            self.message.show_message(problem, "error")
            return
        self.message.hide()
        self._load_pdf(self.rendered.pdf)  # type: ignore[union-attr]
        self._show_state()
        missing = content.recipients.unreachable
        self.unreachable_label.setText(
            self.tr("No e-mail address (reach them another way): {0}").format(
                ", ".join(f"{r.name} ({r.department})" if r.department else r.name
                          for r in missing)) if missing else "")

    def _show_state(self) -> None:
        if self.reopened:
            text = self.tr("The report kept as of {0}, as it was sent.")
        elif self.kept_id is not None:
            text = self.tr("Report as of {0}: kept.")
        elif self.ws.read_only:
            text = self.tr("Report as of {0}: the workspace is read-only, so it is not kept.")
        else:
            text = self.tr("Report as of {0}: kept when you save or send it.")
        self.state_label.setText(text.format(self.as_of.strftime("%Y-%m-%d %H:%M")))

    def _load_pdf(self, data: bytes) -> None:
        self.document.close()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- outputs -----------------------------------------------------------------------------
    def _keep(self) -> None:
        """Keep a new report the first time it goes out (a reopened one is kept already)."""
        if self.content is None or self.kept_id is not None or self.ws.read_only:
            return
        command = KeepReport(self.ws, self.content, self.tr("Keep weekly report"))
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")
            return
        self.kept_id = command.report_id
        self._show_state()

    def _write(self, title: str, **paths: Path) -> bool:
        assert self.rendered is not None
        try:
            write(self.rendered, **paths)
        except (UserError, OSError) as err:
            text = err.message() if isinstance(err, UserError) else str(err)
            self.message.show_message(text, "error")
            return False
        self._keep()
        return True

    def _save(self, title: str, label: str, suffix: str, purpose: str, key: str) -> Path | None:
        if self.content is None:
            return None
        path = file_dialogs.save_path(self, title, file_stem(self.content, self.lang) + suffix,
                                      [file_dialogs.Filter(label, suffix)], purpose)
        if path is None or not self._write(title, **{key: path}):
            return None
        file_dialogs.tell_saved(self, title, path)
        return path

    def save_pdf(self) -> Path | None:
        return self._save(self.tr("Save weekly report as PDF"), "PDF", ".pdf",
                          file_dialogs.PDF, "pdf_path")

    def save_xlsx(self) -> Path | None:
        return self._save(self.tr("Save weekly report as Excel"), self.tr("Excel workbook"),
                          ".xlsx", file_dialogs.EXCEL, "xlsx_path")

    def create_email(self) -> Path | None:
        """Write the draft (.eml) among the program's files and open it in the system's
        mail program, which shows it ready to send."""
        if self.content is None:
            return None
        folder = user_data_dir() / MAIL_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (file_stem(self.content, self.lang) + ".eml")
        if not self._write(self.tr("Create e-mail"), eml_path=path):
            return None
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.show_message(
                self.tr("The e-mail is open in your mail program, ready to send."), "info")
        else:
            self.message.show_message(
                self.tr("No mail program opened the e-mail. The draft is saved as {0}: "
                        "open it with your mail program.").format(path), "warning")
        return path


def _qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))
