"""Friday afternoon: the status bar reminds the coordinator that the weekly report is due,
the report is previewed, saved as PDF and handed to the mail program addressed to every
liaison and the overall lead; a week later the next report says what changed since."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.report.dialog import WeeklyReportDialog
from ui.window.main_window import MainWindow

from .person import LEFT, back_to, choose, press


class MailProgram(QObject):
    """Where the system's mail program would be: Qt hands it the file to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def mail_program():
    program = MailProgram()
    QDesktopServices.setUrlHandler("file", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("file")


def the_report(qtbot, win: MainWindow) -> WeeklyReportDialog:
    choose(win, "文件", "协作进度周报")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WeeklyReportDialog),
                    timeout=5000)
    dialog: WeeklyReportDialog = QApplication.activeModalWidget()  # type: ignore[assignment]
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=5000)
    return dialog


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_friday_report_goes_out_and_the_next_one_says_what_changed(
        qtbot, demo_window: MainWindow, file_dialog, mail_program: MailProgram,
        tmp_path: Path) -> None:
    win = demo_window
    reports = win.report_actions
    reports.clock = lambda: dt.datetime(2026, 11, 20, 15, 10)  # the demo's Friday
    reports._timer.setInterval(20)  # the minute's check, sooner
    qtbot.waitUntil(reports.reminder.isVisible, timeout=3000)
    assert "本周周报须在 17:00 前发出" in reports.reminder.text()

    dialog = the_report(qtbot, win)
    assert dialog.as_of_edit.text() == "2026-11-20 17:00"
    file_dialog.answer(tmp_path / "周报.pdf")
    QTest.mouseClick(dialog.pdf_button, LEFT)
    text = pdf_text(tmp_path / "周报.pdf")
    for words in ("协作进度周报", "已逾期", "电子审批系统配置", "下一步计划", "里程碑按时率",
                  "这是第一份周报"):
        assert words in text, words

    QTest.mouseClick(dialog.mail_button, LEFT)
    (draft,) = mail_program.opened
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "协作进度周报：新品 X1 上市跨部门协作（截至 2026-11-20）"
    to = [a.addr_spec for a in msg["To"].addresses]
    assert to == ["wangjg@example.com", "lina@example.com", "chenj@example.com",
                  "zhaol@example.com", "zhouq@example.com"]  # the overall lead and the liaisons
    assert "zhengk@example.com" in [a.addr_spec for a in msg["Cc"].addresses]
    assert [p.get_filename().rsplit(".", 1)[1] for p in msg.iter_attachments()] == ["pdf", "xlsx"]
    assert "各位同事" in msg.get_body(("plain",)).get_content()

    press(Qt.Key.Key_Escape)
    back_to(qtbot, win)
    qtbot.waitUntil(lambda: not reports.reminder.isVisible(), timeout=3000)

    # A week later the reminder is back, and the report compares with the one sent.
    reports.clock = lambda: dt.datetime(2026, 11, 27, 15, 5)
    qtbot.waitUntil(reports.reminder.isVisible, timeout=3000)
    dialog = the_report(qtbot, win)
    assert dialog.content is not None
    assert dialog.content.previous_as_of == dt.datetime(2026, 11, 20, 17, 0)
    file_dialog.answer(tmp_path / "周报2.pdf")
    QTest.mouseClick(dialog.pdf_button, LEFT)
    text = pdf_text(tmp_path / "周报2.pdf")
    assert "上次周报" in text and "2026-11-20 17:00" in text
    qtbot.waitUntil(lambda: dialog.past.rowCount() == 2, timeout=3000)
    press(Qt.Key.Key_Escape)
