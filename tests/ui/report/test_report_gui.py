"""File ▸ Weekly report… driven as a person drives it: the Friday reminder in the status
bar, the preview, the three outputs by their buttons (file dialogs answered at the seam,
the mail program at Qt's own URL handler), the report kept as one undo step, and a past
report reopened as it was."""

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

from app.report import keeping
from tests.story.person import choose, find_action
from ui.report.dialog import WeeklyReportDialog
from ui.window.main_window import MainWindow

FRIDAY_AFTERNOON = dt.datetime(2026, 11, 20, 15, 30)  # the demo's "today" is a Friday


class MailProgram(QObject):
    """Stands where the system's mail program is: Qt hands it the URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def mail_program():
    program = MailProgram()
    QDesktopServices.setUrlHandler("file", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("file")


def open_report(qtbot, window: MainWindow) -> WeeklyReportDialog:
    choose(window, "File", "Weekly report…")
    qtbot.waitUntil(lambda: window.findChild(WeeklyReportDialog) is not None
                    and window.findChild(WeeklyReportDialog).isVisible(), timeout=5000)
    dialog = window.findChild(WeeklyReportDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=5000)
    return dialog


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_friday_reminder_then_the_report_saved_sent_and_kept(
        qtbot, window: MainWindow, file_dialog, mail_program: MailProgram, tmp_path: Path) -> None:
    actions = window.report_actions
    actions.clock = lambda: FRIDAY_AFTERNOON
    actions._timer.setInterval(20)  # the minute's check, sooner
    qtbot.waitUntil(lambda: actions.reminder.isVisible(), timeout=3000)
    assert "17:00" in actions.reminder.text()

    dialog = open_report(qtbot, window)
    assert dialog.as_of == dt.datetime(2026, 11, 20, 17, 0)
    assert dialog.unreachable_label.text() == ""  # everyone in the demo has an address
    assert "kept when you save or send it" in dialog.state_label.text()

    file_dialog.answer(tmp_path / "weekly.pdf", tmp_path / "weekly.xlsx")
    click(dialog.pdf_button)
    text = subprocess.run(["pdftotext", str(tmp_path / "weekly.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Weekly progress report" in text and "电子审批系统配置" in text
    # The register's sections, as the preview shows them: FX-002's notice was due on
    # 18 Nov 09:00 and is still not sent (19, 20 Nov: 2 working days overdue).
    assert "Risk notices open or past their clocks" in text and "FX-002" in text
    assert "Decisions and action items of this week's meetings" in text
    qtbot.waitUntil(lambda: dialog.past.rowCount() == 1, timeout=3000)  # heard from the file
    assert "kept" in dialog.state_label.text()
    click(dialog.xlsx_button)
    assert (tmp_path / "weekly.xlsx").exists()
    qtbot.wait(50)
    assert dialog.past.rowCount() == 1  # the same report: kept once
    assert file_dialog.asked[0].name.endswith(".pdf") and file_dialog.asked[1].name.endswith(".xlsx")

    click(dialog.mail_button)
    (url,) = mail_program.opened
    msg = email.message_from_bytes(Path(url.toLocalFile()).read_bytes(),
                                   policy=email.policy.default)
    assert "lina@example.com" in str(msg["To"]) and "zhangw@example.com" in str(msg["Cc"])
    assert len(list(msg.iter_attachments())) == 2
    assert "ready to send" in dialog.message.label.text()

    dialog.reject()
    qtbot.waitUntil(lambda: not actions.reminder.isVisible(), timeout=3000)
    # Keeping it was one step of the window's undo: taking it back brings the reminder back.
    assert window.undo_stack.undoText().endswith("Keep weekly report")
    window.undo_stack.undo()
    assert keeping.kept_reports(window.ws, window.initiative_id) == []
    qtbot.waitUntil(lambda: actions.reminder.isVisible(), timeout=3000)


def test_a_past_report_reopens_as_it_was_sent(qtbot, window: MainWindow, file_dialog,
                                              tmp_path: Path) -> None:
    window.report_actions.clock = lambda: FRIDAY_AFTERNOON
    dialog = open_report(qtbot, window)
    file_dialog.answer(tmp_path / "first.pdf")
    click(dialog.pdf_button)
    sent = dialog.content
    qtbot.waitUntil(lambda: dialog.past.rowCount() == 1, timeout=3000)
    # A week later: type the next Friday into the as-of field.
    dialog.as_of_edit.setFocus()
    dialog.as_of_edit.setCurrentSection(dialog.as_of_edit.sectionAt(0))
    QTest.keyClicks(dialog.as_of_edit, "2026-11-27 17:00")
    qtbot.waitUntil(lambda: dialog.content is not None
                    and dialog.content.as_of == dt.datetime(2026, 11, 27, 17), timeout=3000)
    assert dialog.content.previous_as_of == sent.as_of
    assert len(dialog.content.late) > len(sent.late)  # a week on, more is late
    # Reopen the kept one from the list, by the keyboard.
    dialog.past_view.setFocus()
    dialog.past_view.setCurrentIndex(dialog.past.index(0))
    QTest.keyClick(dialog.past_view, Qt.Key.Key_Return)
    assert dialog.content == sent and dialog.reopened
    assert dialog.as_of == sent.as_of
    assert "as it was sent" in dialog.state_label.text()
    dialog.reject()


def test_the_menu_item_waits_for_an_initiative(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not find_action(window, "File", "Weekly report…").isEnabled()
    assert not window.report_actions.reminder.isVisible()


def test_a_plan_whose_links_loop_says_why_and_offers_no_output(qtbot, window: MainWindow) -> None:
    from sqlalchemy import select

    from app.store.changes import ChangeArea
    from app.store.models import TaskDependency

    with window.ws.write(ChangeArea.TASKS) as s:  # a link back along an existing one
        link = s.scalars(select(TaskDependency).limit(1)).one()
        s.add(TaskDependency(task_id=link.predecessor_id, predecessor_id=link.task_id))
    dialog = open_report_with_error(qtbot, window)
    assert dialog.message.isVisible() and "→" in dialog.message.label.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.mail_button.isEnabled()
    dialog.reject()


def open_report_with_error(qtbot, window: MainWindow) -> WeeklyReportDialog:
    choose(window, "File", "Weekly report…")
    qtbot.waitUntil(lambda: window.findChild(WeeklyReportDialog) is not None, timeout=5000)
    return window.findChild(WeeklyReportDialog)


def test_a_read_only_workspace_reports_without_keeping(qtbot, demo_path: Path, file_dialog,
                                                       tmp_path: Path) -> None:
    from app.store.workspace import Workspace

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_workspace(Workspace.open(demo_path, read_only=True))
    window.show()
    dialog = open_report(qtbot, window)
    assert "read-only" in dialog.state_label.text()
    file_dialog.answer(tmp_path / "ro.pdf")
    click(dialog.pdf_button)
    assert (tmp_path / "ro.pdf").read_bytes().startswith(b"%PDF")
    assert keeping.kept_reports(window.ws, window.initiative_id) == []
    assert window.undo_stack.count() == 0
    dialog.reject()
    window.set_workspace(None)


def test_cancelling_the_file_dialog_writes_and_keeps_nothing(qtbot, window: MainWindow,
                                                             file_dialog, tmp_path: Path) -> None:
    dialog = open_report(qtbot, window)
    file_dialog.answer(tmp_path / "no such folder" / "r.pdf", None)  # refused, then cancel
    click(dialog.pdf_button)
    assert file_dialog.told  # the refusal was explained
    qtbot.wait(50)
    assert dialog.past.rowCount() == 0 and window.undo_stack.count() == 0
    dialog.reject()
