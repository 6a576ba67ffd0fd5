"""The Plan menu: save a baseline of the initiative in view, and manage its baselines.
Each change is one undo step through ``ui.baselines.commands``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMenuBar, QMessageBox

from app.errors import UserError
from app.i18n import current_language
from ui.common.undo import perform

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class PlanActions(QObject):
    """Builds the Plan menu on the window's menu bar and does what its items say."""

    def __init__(self, window: MainWindow, bar: QMenuBar, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Plan"), window)
        bar.insertMenu(before, self.menu)
        self.save_action = self.menu.addAction(self.tr("&Save baseline…"))
        self.save_action.triggered.connect(lambda _c=False: self.save())
        self.manage_action = self.menu.addAction(self.tr("&Baselines…"))
        self.manage_action.triggered.connect(lambda _c=False: self.manage())
        self.menu.aboutToShow.connect(self._update)

    def _update(self) -> None:
        w = self.window
        has = w.ws is not None and w.initiative_id is not None
        self.save_action.setEnabled(has and not w.ws.read_only)  # type: ignore[union-attr]
        self.manage_action.setEnabled(has)

    def save(self) -> None:
        from app.schedule.baselines import default_name
        from ui.baselines.commands import SaveBaseline

        w = self.window
        if w.ws is None or w.initiative_id is None or w.ws.read_only:
            return
        if w.rounds.closed_on is not None:  # say it before asking for a name (the file refuses it too)
            QMessageBox.warning(w, self.tr("Save baseline"), UserError("error.round.closed").message())
            return
        today = dt.date.today()
        name, ok = QInputDialog.getText(
            w, self.tr("Save baseline"),
            self.tr("A copy of every task's planned dates, to measure delays against. Name:"),
            text=default_name(today, current_language()))
        if not ok:
            return
        refusal = perform(w.undo_stack, SaveBaseline(w.ws, w.initiative_id, name,
                                                     self.tr("Save baseline"), today))
        if refusal is not None:
            QMessageBox.warning(w, self.tr("Save baseline"), refusal.message())

    def manage(self) -> None:
        from ui.baselines.dialog import BaselineDialog

        w = self.window
        if w.ws is None or w.initiative_id is None:
            return
        BaselineDialog(w.ws, w.undo_stack, w.initiative_id, w).exec()
