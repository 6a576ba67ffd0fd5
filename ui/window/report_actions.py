"""File ▸ Weekly report…, and the status bar's Friday reminder: from 15:00 on Fridays,
while no report as of this week was kept for the initiative in view, the status bar says
the report is due at 17:00.

``clock`` gives "now"; tests set it to a Friday afternoon instead of waiting for one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from app.report import week

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

REMINDER_CHECK_MS = 60_000


class ReportActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.clock: Callable[[], dt.datetime] = dt.datetime.now
        self.action = QAction(self.tr("&Weekly report…"), window)
        self.action.triggered.connect(lambda _checked=False: self.show_dialog())
        menu.insertAction(before, self.action)
        menu.insertSeparator(before)
        self.reminder = QLabel(window)
        self.reminder.setObjectName("reportReminder")
        self.reminder.setStyleSheet("QLabel { color: #7a4b00; font-weight: bold; }")
        self.reminder.hide()
        window.statusBar().addPermanentWidget(self.reminder)
        self._timer = QTimer(self)
        self._timer.setInterval(REMINDER_CHECK_MS)
        self._timer.timeout.connect(self.update_reminder)
        self._timer.start()
        window.initiative_box.currentIndexChanged.connect(lambda *_: self.update_reminder())

    def update_state(self) -> None:
        """Enabled with an initiative in view (a read-only workspace reports too)."""
        w = self.window
        self.action.setEnabled(w.ws is not None and w.initiative_id is not None)
        self.update_reminder()

    def update_reminder(self) -> None:
        w = self.window
        due = False
        if w.ws is not None and w.initiative_id is not None:
            now = self.clock()
            # The file is read only on Friday afternoons: the rule is asked first.
            due = week.reminder_due(now, False) and not week.made_this_week(
                w.ws, w.initiative_id, now)
        self.reminder.setText(self.tr("This week's report is due at 17:00 (File ▸ Weekly "
                                      "report…)") if due else "")
        self.reminder.setVisible(due)

    def show_dialog(self) -> None:
        from ui.report.dialog import WeeklyReportDialog  # QtPdf and reportlab: on first use

        w = self.window
        if w.ws is None or w.initiative_id is None:
            return
        dialog = WeeklyReportDialog(w.ws, w.initiative_id, self.clock(), w.undo_stack, w)
        dialog.finished.connect(lambda *_: self.update_reminder())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
