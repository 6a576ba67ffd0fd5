"""The Initiative menu's round actions (close, reopen, start the next round, archive), the
sign-off dock that follows the tab in view, and the strip that says a round is closed.

Kept out of main_window.py, which only creates this object and tells it the workspace and
the initiative. Nothing here loads the ORM before the window is on screen: the dialogs and
services are imported when an action is first used.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from app.store.changes import Change, ChangeArea
from ui.common.undo import EditCommand, perform
from ui.common.workspace_watch import watch
from ui.signoff.dock import FORM_OF_TAB, SignoffDock
from ui.speed.warm_up import warm_up
from ui.window.message_bar import MessageBar
from ui.window.tab_host import TabHost

if TYPE_CHECKING:
    from app.store.workspace import Workspace
    from ui.printing.signoff_panel import SignoffPanel
    from ui.window.main_window import MainWindow

DOCK_HEIGHT = 200
_WATCHED = ChangeArea.ROUNDS | ChangeArea.INITIATIVES | ChangeArea.KPIS


class RoundActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.closed_on: dt.date | None = None
        menu = window.initiative_menu
        menu.addSeparator()
        self.close_action = self._add(self.tr("&Close round…"), self.close_round)
        self.reopen_action = self._add(self.tr("Re&open round…"), self.reopen_round)
        self.next_action = self._add(self.tr("Start ne&xt round…"), self.start_next_round)
        self.archive_action = self._add(self.tr("&Archive round…"), self.archive)
        menu.addSeparator()
        self.dock = SignoffDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # A few lines high, so the form above keeps the room (the splitter gives more).
        window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText(self.tr("&Sign-off panel"))
        menu.addAction(self.dock_action)
        self.banner = MessageBar(window)
        central = window.centralWidget().layout()
        assert isinstance(central, QVBoxLayout)
        central.insertWidget(2, self.banner)  # below the window's own notices
        window.tab_widget.currentChanged.connect(self._tab_changed)
        warm_up().finished.connect(self._build_panel)
        self.set_workspace(None)

    def _add(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False, f=slot: f())  # type: ignore[operator]
        self.window.initiative_menu.addAction(action)
        return action

    # -- what the window tells -----------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.dock.set_workspace(ws, self.window.undo_stack)
        self.dock.setVisible(ws is not None)
        if ws is not None:
            watch(self, ws, _WATCHED, self._on_change, while_hidden=True)
            if warm_up().done and self.window.isVisible():
                self._build_panel()
        self.set_initiative(None)

    def set_initiative(self, initiative_id: int | None) -> None:
        self.dock.set_initiative(initiative_id)
        self._show_state()

    def _on_change(self, change: Change) -> None:
        self._show_state()

    def _build_panel(self) -> None:
        if self.window.ws is not None:
            self.dock.build()
            self.dock.follow_tab(self.window._tab_key)
            self._show_state()  # with Form 5's verdict, now that the ORM is in

    def _tab_changed(self, *_: object) -> None:
        host = self.window.tab_widget.currentWidget()
        if isinstance(host, TabHost):
            self.dock.follow_tab(host.key)

    def signoff_panel(self) -> SignoffPanel:
        """The dock's panel, built now if the window has not got to it yet."""
        self.dock.build()
        assert self.dock.panel is not None
        return self.dock.panel

    def show_signoff_line(self, line_id: int) -> None:
        """Show a sign-off line (a finding's, an undone step's): its form in the dock,
        the form's tab in view, the line selected."""
        from app.signoff.signatures import form_of_line

        w = self.window
        if w.ws is None:
            return
        form = form_of_line(w.ws, line_id)
        if form is None:
            return
        tab = next((t for t, f in FORM_OF_TAB.items() if f == form), None)
        if tab is not None and tab != w._tab_key:
            w.show_tab(tab)
        self.dock.show()
        self.dock.show_form(form)
        self.signoff_panel().select_line(line_id)

    def _show_state(self) -> None:
        from app.rounds.state import round_state

        w = self.window
        ws, ini = w.ws, w.initiative_id
        state = round_state(ws, ini) if ws is not None and ini is not None else None
        self.closed_on = state.closed_on if state is not None else None
        writable = ws is not None and not ws.read_only and ini is not None
        self.close_action.setEnabled(writable and self.closed_on is None)
        self.reopen_action.setEnabled(writable and self.closed_on is not None)
        self.next_action.setEnabled(writable and self.closed_on is not None)
        self.archive_action.setEnabled(ws is not None and ini is not None)
        if state is None or not (state.closed or state.previous_id):
            self.banner.hide()
            return
        parts = []
        if state.closed_on is not None:
            parts.append(self.tr("This round was closed on {0} and is read-only: it can be "
                                 "viewed, printed and exported. {1}")
                         .format(state.closed_on.isoformat(), self._verdict(ws, ini)))
        if state.previous_id is not None:
            parts.append(self.tr("It continues the round “{0}”.").format(state.previous_name))
        self.banner.show_message(" ".join(parts), "info")

    @staticmethod
    def _verdict(ws: Workspace | None, initiative_id: int | None) -> str:
        """Form 5's verdict; not before the window is on screen (it needs the ORM)."""
        if ws is None or initiative_id is None or not warm_up().done:
            return ""
        from app.i18n import tr
        from app.rounds.closing import verdict

        with ws.read() as s:
            return tr("round.verdict", text=verdict(s, initiative_id))

    # -- the actions ---------------------------------------------------------------------
    def _perform(self, command: EditCommand, title: str) -> bool:
        refusal = perform(self.window.undo_stack, command)
        if refusal is not None:
            QMessageBox.warning(self.window, title, refusal.message())
        return refusal is None

    def close_round(self) -> None:
        from app.rounds.closing import open_items, verdict
        from ui.rounds.close_dialog import CloseRoundDialog
        from ui.rounds.commands import CloseRound

        w = self.window
        if w.ws is None or w.initiative_id is None or self.closed_on is not None:
            return
        ini = w.initiative_id
        today = dt.date.today()
        with w.ws.read() as s:
            items = [item.text for item in open_items(s, ini, today=today)]
            said = verdict(s, ini)
        dialog = CloseRoundDialog(w.initiative_box.currentText(), items, said, today, w)
        if dialog.exec() != CloseRoundDialog.DialogCode.Accepted:
            return
        title = self.tr("Close round")
        self._perform(CloseRound(w.ws, ini, dialog.day(), title), title)

    def reopen_round(self) -> None:
        from ui.rounds.commands import ReopenRound

        w = self.window
        if w.ws is None or w.initiative_id is None or self.closed_on is None:
            return
        title = self.tr("Reopen round")
        answer = QMessageBox.question(w, title, self.tr(
            "Reopen “{0}”, closed on {1}, so that it can be changed again? You can undo this "
            "with Ctrl+Z.").format(w.initiative_box.currentText(), self.closed_on.isoformat()))
        if answer == QMessageBox.StandardButton.Yes:
            self._perform(ReopenRound(w.ws, w.initiative_id, title), title)

    def start_next_round(self) -> None:
        from app.rounds.carry import preview_next_round
        from ui.rounds.commands import StartNextRound
        from ui.rounds.next_round_dialog import NextRoundDialog

        w = self.window
        ws, source = w.ws, w.initiative_id
        if ws is None or source is None or self.closed_on is None:
            return

        def preview(start: dt.date):  # noqa: ANN202
            with ws.read() as s:
                return preview_next_round(s, source, start)

        dialog = NextRoundDialog(preview, dt.date.today(), w)
        if dialog.exec() != NextRoundDialog.DialogCode.Accepted:
            return
        title = self.tr("Start next round")
        command = StartNextRound(ws, source, dialog.name.text(), dialog.day(), title)
        if self._perform(command, title) and command.initiative_id is not None:
            w.select_initiative(command.initiative_id)

    def archive(self) -> None:
        from app.rounds.archive import archive_stem, write_archive
        from ui.common import file_dialogs

        w = self.window
        if w.ws is None or w.initiative_id is None:
            return
        title = self.tr("Archive round")
        path = file_dialogs.save_path(
            w, title, archive_stem(w.ws, w.initiative_id) + ".zip",
            [file_dialogs.Filter(self.tr("Zip archive"), ".zip")], "archive")
        if path is None:
            return
        from app.errors import UserError

        try:  # the dialog asked before replacing the file
            write_archive(w.ws, w.initiative_id, path, force=True)
        except (UserError, OSError) as exc:
            QMessageBox.warning(w, title, exc.message() if isinstance(exc, UserError)
                                else str(exc))
            return
        file_dialogs.tell_saved(w, title, path)

