"""The main window: wires the initiative selector, the tabs, the menus, undo and the
status bar together. Each tab lives in its own
package (ui/forms/ for the five forms, ui/gantt/, ui/raci/, …)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.backups import BackupPolicy
from app.i18n import tr
from app.org import initiative_names
from app.store import changes, recent
from app.store.changes import Change, ChangeArea
from app.store.workspace import EXTENSION, Workspace
from ui.backups import BackupsDialog, read_only_notice
from ui.common.undo import UndoStack
from ui.common.workspace_watch import deliver_through_event_loop, watch
from ui.findings.findings_list import FindingsButton, counted_titles, in_tab_order, tab_of
from ui.findings.rule_check import RuleCheck
from ui.preferences.store import Preferences
from ui.speed.warm_up import warm_up
from ui.window import workspace_flow
from ui.window.file_actions import FileActions
from ui.window.initiative_actions import InitiativeActions
from ui.window.message_bar import MessageBar
from ui.window.placement import place
from ui.window.plan_actions import PlanActions
from ui.window.register_actions import RegisterActions
from ui.window.report_actions import ReportActions
from ui.window.round_actions import RoundActions
from ui.window.tab_host import TabHost
from ui.window.tab_registry import TABS, TabSpec

if TYPE_CHECKING:
    from app.rules import Finding


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.backup_policy: BackupPolicy | None = None
        self.initiative_id: int | None = None
        self.undo_stack = UndoStack(self)
        self.initiatives = InitiativeActions(self)
        self.tabs: dict[str, QWidget] = {}  # the tabs built so far (see TabHost), by key
        self._hosts: dict[str, TabHost] = {}
        self._tab_key = TABS[0].key  # the tab in view, kept when another workspace opens
        self.findings: list[Finding] = []
        self._checked = False  # whether ``findings`` are the current initiative's
        self._last_index = 0

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.currentChanged.connect(self._bring_tab_up_to_date)
        self._stale_tabs: set[str] = set()
        self.initiative_box = QComboBox(self)
        self.initiative_box.setMinimumWidth(320)
        self.initiative_box.currentIndexChanged.connect(self._initiative_chosen)
        self.empty_label = QLabel(self.tr("Open or create a workspace to begin (File menu)."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(QLabel(self.tr("Initiative:"), self))
        top.addWidget(self.initiative_box)
        self.new_initiative_button = QToolButton(self)
        self.new_initiative_button.setText(self.tr("New…"))
        self.new_initiative_button.clicked.connect(self.initiatives.new)
        top.addWidget(self.new_initiative_button)
        top.addStretch(1)
        self.notice = MessageBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tab_widget, 1)
        layout.addWidget(self.empty_label, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel(self)
        self.findings_button = FindingsButton(parent=self)
        self.findings_button.chosen.connect(self.go_to_finding)
        self.findings_label = self.findings_button  # its text is the status bar's summary
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.findings_button)

        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(150)
        self._rules_timer.timeout.connect(self._check_rules)
        self._rule_check = RuleCheck(self.show_findings, self)  # off the GUI thread
        # Rules and backups wait until the window is on screen and the ORM is loaded.
        self._painted = False
        self._ready = False
        warm_up().finished.connect(self._warmed_up)

        self._build_menus()
        self.rounds = RoundActions(self)  # the round actions, the sign-off panel
        self.setAcceptDrops(True)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        # An undo or redo the service refused (say, the file turned read-only): say why.
        self.undo_stack.refused.connect(lambda text: self.notice.show_message(text, "error"))
        self.remember_geometry = True  # False for the --screenshot run's fixed size
        self._update_state()
        place(self, Preferences().window_geometry)

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: object,
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # The checked flag of triggered(bool) is dropped, so it never lands in an optional
        # argument of the slot.
        action.triggered.connect(lambda _checked=False, f=slot: f())  # type: ignore[operator]
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.file_menu, self.tr("&New workspace…"), self.new_workspace,
                     "Ctrl+Shift+N")  # Ctrl+N adds a row, the commoner act
        self._action(self.file_menu, self.tr("&Open…"), self.open_workspace, QKeySequence.StandardKey.Open)
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_copy_action = self._action(self.file_menu, self.tr("Save a &copy as…"),
                                             self.save_copy)
        self.backups_action = self._action(self.file_menu, self.tr("&Backups…"), self.show_backups)
        self.file_menu.addSeparator()
        self.close_action = self._action(self.file_menu, self.tr("C&lose workspace"),
                                         self.close_workspace)
        self.file_actions = FileActions(self, self.file_menu, self.close_action, self._current,
                                        self.undo_stack)
        self.report_actions = ReportActions(self, self.file_menu, self.close_action)
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addSeparator()
        self.add_row_action = self._action(self.edit_menu, self.tr("&Add row"), self.add_row, "Ctrl+N")
        self.delete_row_action = self._action(self.edit_menu, self.tr("&Delete rows"),
                                              self.delete_rows)
        self.edit_menu.addSeparator()
        self.org_action = self._action(self.edit_menu, self.tr("Departments and &people…"),
                                       self.edit_org)
        self.calendar_action = self._action(self.edit_menu, self.tr("Working &calendar…"),
                                            self.edit_calendar)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Pre&ferences…"), self.edit_preferences,
                     QKeySequence.StandardKey.Preferences)

        self.initiative_menu = bar.addMenu(self.tr("&Initiative"))
        self.new_initiative_action = self._action(self.initiative_menu, self.tr("&New initiative…"),
                                                  self.initiatives.new)
        self.rename_initiative_action = self._action(self.initiative_menu, self.tr("&Rename…"),
                                                     self.initiatives.rename)
        self.delete_initiative_action = self._action(self.initiative_menu, self.tr("&Delete…"),
                                                     self.initiatives.delete)
        self.register_actions = RegisterActions(self, bar)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.plan_actions = PlanActions(self, bar, self.help_menu.menuAction())
        self._action(self.help_menu, self.tr("&Guide to the six steps and the keys"),
                     self.show_guide, "F1")
        self._action(self.help_menu, self.tr("&About CrossDesk"), self.about)

    def _current(self) -> tuple[Workspace | None, int | None, str | None]:
        """Workspace, initiative and tab key the File menu's actions work on."""
        host = self.tab_widget.currentWidget()
        key = host.key if isinstance(host, TabHost) else None
        return self.ws, self.initiative_id, key

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = [p for p in recent.recent_files() if p.exists()]
        if not files:
            action = self.recent_menu.addAction(self.tr("(none)"))
            action.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    # -- workspace --------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        """Show ``ws`` (or nothing); the previous workspace is closed and its undo cleared."""
        if self.backup_policy is not None:
            self.backup_policy.stop()
            self.backup_policy = None
        self.notice.hide()
        if self.ws is not None:
            self.ws.close()  # every view's subscription to it ends with it
        self.undo_stack.clear()
        self._last_index = 0
        keep = self._tab_key
        self.tab_widget.clear()
        for host in self._hosts.values():
            host.deleteLater()
        self.tabs, self._hosts = {}, {}
        self._stale_tabs = set()
        self.ws = ws
        self.initiative_id = None
        self._rule_check.cancel()
        self.rounds.set_workspace(ws)
        if ws is not None:
            deliver_through_event_loop(ws)
            watch(self, ws, changes.ALL, self._on_change, while_hidden=True)
            for spec in TABS:
                self._add_tab(spec)
            self.show_tab(keep)  # before any rows are read, so only this tab reads them
            self.reload_initiatives()
            notice = read_only_notice(ws)
            if notice:
                self.notice.show_message(notice, "info")
            self.backup_policy = BackupPolicy(
                ws, on_error=lambda text: self.notice.show_message(text, "warning"))
            if self._ready:  # else the opening backup runs once the window is on screen
                QTimer.singleShot(0, self._start_backups)
        self._update_state()

    def _start_backups(self) -> None:
        if self.backup_policy is not None:
            self.backup_policy.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, warm_up().start)  # after this first frame is complete

    def _warmed_up(self) -> None:
        if self._ready or not self._painted:
            return
        self._ready = True
        self._start_backups()
        self._check_rules_soon()

    def _check_rules_soon(self) -> None:
        if self._ready:
            self._rules_timer.start()

    def _add_tab(self, spec: TabSpec) -> None:
        host = TabHost(spec.key, lambda parent: self._build_tab(spec, parent), self)
        self._hosts[spec.key] = host
        self.tab_widget.addTab(host, tr(spec.title_key).replace("&", "&&"))

    def _build_tab(self, spec: TabSpec, parent: QWidget) -> QWidget:
        assert self.ws is not None
        tab = spec.factory()(self.ws, self.undo_stack, parent)
        self.tabs[spec.key] = tab
        activated = getattr(tab, "pain_point_activated", None)
        if activated is not None:
            activated.connect(lambda row_id: self.show_row("pain_points", "pain_points", row_id))
        return tab

    def tab(self, key: str) -> QWidget | None:
        """The tab named ``key``, built now if it has not been shown yet."""
        host = self._hosts.get(key)
        return None if host is None else host.content()

    def open_path(self, path: Path) -> bool:
        existed = path.exists()
        ws = workspace_flow.open_path(self, path)
        if ws is None:
            return False
        self.set_workspace(ws)
        if not existed:  # created on the spot (``crossdesk NEW-FILE``): name its initiative
            self.initiatives.new()
        return True

    def open_workspace(self) -> None:
        path = workspace_flow.ask_open(self)
        if path is not None:
            self.open_path(path)

    def new_workspace(self) -> None:
        path = workspace_flow.ask_new(self)
        if path is None:
            return
        ws = workspace_flow.create_path(self, path)
        if ws is not None:
            self.set_workspace(ws)
            self.initiatives.new()

    def save_copy(self) -> None:
        if self.ws is not None:
            copy = workspace_flow.save_copy(self, self.ws)
            if copy is not None:
                self.statusBar().showMessage(self.tr("Copy saved to {0}").format(copy), 6000)

    def show_backups(self) -> None:
        if self.ws is None:
            return
        dialog = BackupsDialog(self.ws.path, self.ws, self)
        # A restore replaces the rows the undo steps refer to.
        dialog.restored.connect(self.undo_stack.clear)
        dialog.restored.connect(self._reload_after_restore)
        dialog.exec()

    def _reload_after_restore(self, *_: object) -> None:
        self.initiative_id = None
        self.reload_initiatives()

    def close_workspace(self) -> None:
        self.set_workspace(None)

    # -- drag and drop: an .xlsx is imported, a workspace is opened -------------------------
    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".xlsx", ".xlsm", EXTENSION) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        if path.suffix.lower() == EXTENSION:
            self.open_path(path)
        else:
            self.file_actions.import_excel(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs = Preferences()
        if self.ws is not None:
            prefs.last_tab = self._tab_key
        if self.remember_geometry:
            prefs.window_geometry = self.saveGeometry()
        self._rule_check.cancel()
        self._rule_check.wait(10)  # not closed under a reader that is still at work
        self.set_workspace(None)
        super().closeEvent(event)

    def _on_change(self, change: Change) -> None:
        if ChangeArea.INITIATIVES in change:
            self.reload_initiatives()
        self._check_rules_soon()

    # -- initiatives ------------------------------------------------------------------------
    def reload_initiatives(self) -> None:
        assert self.ws is not None
        items = initiative_names.list_initiatives(self.ws)
        keep = self.initiative_id
        self.initiative_box.blockSignals(True)
        self.initiative_box.clear()
        for ini in items:
            self.initiative_box.addItem(ini.name, ini.id)
        index = self.initiative_box.findData(keep) if keep is not None else -1
        if index < 0 and items:
            index = 0
        self.initiative_box.setCurrentIndex(index)
        self.initiative_box.blockSignals(False)
        self.select_initiative(self.initiative_box.currentData())

    def _initiative_chosen(self, index: int) -> None:
        self.select_initiative(self.initiative_box.itemData(index) if index >= 0 else None)

    def select_initiative(self, initiative_id: int | None) -> None:
        if initiative_id == self.initiative_id and initiative_id is not None:
            return
        self.initiative_id = initiative_id
        index = self.initiative_box.findData(initiative_id)
        if index >= 0 and index != self.initiative_box.currentIndex():
            self.initiative_box.blockSignals(True)
            self.initiative_box.setCurrentIndex(index)
            self.initiative_box.blockSignals(False)
        # Only the tab in view reads its rows now; the others when they are first shown, so
        # a large plan does not delay the window behind tabs nobody is looking at.
        self._stale_tabs = set(self._hosts)
        self.findings = []  # until the check that follows
        self._checked = False
        self._rule_check.cancel()  # findings of the previous initiative are not shown
        self._show_counts_on_tabs()
        self._bring_tab_up_to_date()
        self.rounds.set_initiative(initiative_id)
        self._check_rules_soon()  # checked right after the window shows the rows
        self._update_state()

    def _bring_tab_up_to_date(self, *_: object) -> None:
        host = self.tab_widget.currentWidget()
        if not isinstance(host, TabHost):
            return
        self._tab_key = host.key
        if host.key in self._stale_tabs:
            self._stale_tabs.discard(host.key)
            tab = host.content()
            tab.set_initiative(self.initiative_id)  # type: ignore[attr-defined]
            show = getattr(tab, "show_findings", None)
            if show is not None and self._checked:  # else the check's answer shows them
                show(self.findings)

    # -- editing ----------------------------------------------------------------------------
    def current_tab(self) -> QWidget | None:
        host = self.tab_widget.currentWidget()
        return host.content() if isinstance(host, TabHost) else None

    def add_row(self) -> None:
        table = getattr(self.current_tab(), "focused_table", lambda: None)()
        if table is not None:
            table.add_row()

    def delete_rows(self) -> None:
        table = getattr(self.current_tab(), "focused_table", lambda: None)()
        if table is not None:
            table.delete_selected()

    def edit_org(self) -> None:
        from ui.org.org_dialog import OrgDialog

        if self.ws is not None:
            OrgDialog(self.ws, self.undo_stack, self).exec()

    def edit_calendar(self) -> None:
        from ui.calendar.calendar_dialog import CalendarDialog

        if self.ws is not None:
            CalendarDialog(self.ws, self.undo_stack, self).exec()

    def edit_preferences(self) -> None:
        from ui.preferences.dialog import PreferencesDialog

        PreferencesDialog(Preferences(), self.ws, self.undo_stack, self).exec()

    def _undo_index_changed(self, index: int) -> None:
        """After an undo or redo, show the cell it changed, even on another tab. A new step
        moves nothing: it was made where the cursor is, and Tab or Enter has moved it on."""
        undone = index < self._last_index
        self._last_index = index
        if self.undo_stack.pushing:
            return
        command = self.undo_stack.command(index if undone else index - 1)
        if command is not None and not getattr(command, "form", "") and command.childCount():
            command = command.child(command.childCount() - 1)  # a step made of several
        form = getattr(command, "form", "")
        row_id = getattr(command, "row_id", None)
        key = getattr(command, "key", None)  # the field a one-cell edit changed
        if form == "signoffs":  # a line of the sign-off panel
            return self.rounds.show_signoff_line(row_id) if row_id is not None else None
        if not form:
            return
        for spec in TABS:
            if form in spec.forms and spec.key in self._hosts:
                self.show_tab(spec.key)
                tab = self.tab(spec.key)
                if row_id is not None and hasattr(tab, "select_row"):
                    QTimer.singleShot(0, lambda t=tab: t.select_row(form, row_id, key))
                break

    # -- rules ------------------------------------------------------------------------------
    def _check_rules(self) -> None:
        """Start the rule check on its own thread; ``show_findings`` receives its result."""
        if self.ws is None or self.initiative_id is None:
            self._rule_check.cancel()
            self.show_findings([])
        else:
            self._rule_check.start(self.ws, self.initiative_id)

    def refresh_findings(self) -> None:
        """Check the rules now, on this thread (screenshots want the findings at once)."""
        from app import rules

        self._rule_check.cancel()
        if self.ws is None or self.initiative_id is None:
            self.show_findings([])
            return
        with self.ws.read() as s:
            found = rules.check_initiative(s, self.initiative_id)
        self.show_findings(found)  # outside the read: the tabs read what they show

    def show_findings(self, findings: list[Finding]) -> None:
        """The one way findings reach the window, however and whenever they were checked:
        each tab's marks, the status bar's button and its list, the tabs' counts."""
        self.findings = list(findings)
        self._checked = True
        for tab in self.tabs.values():
            show = getattr(tab, "show_findings", None)
            if show is not None:
                show(self.findings)
        n = len(self.findings)
        self.findings_button.set_findings(
            in_tab_order(self.findings), self.tr("All rules kept") if n == 0 else
            self.tr("{0} rule finding(s)").format(n))
        self.register_actions.count_overdue()
        self._show_counts_on_tabs()

    def _show_counts_on_tabs(self) -> None:
        for key, title in counted_titles(self.findings, self.register_actions.counts()).items():
            host = self._hosts.get(key)
            if host is not None:
                self.tab_widget.setTabText(self.tab_widget.indexOf(host), title)

    def go_to_finding(self, finding: Finding) -> None:
        """Show a finding's tab and its row (its cell, when the finding names the field)."""
        spec = tab_of(finding)
        if finding.form.startswith("signoffs") and finding.row_id is not None:
            return self.rounds.show_signoff_line(finding.row_id)
        if spec is None or not self.show_tab(spec.key):
            return
        tab = self.tab(spec.key)
        if finding.row_id is not None and hasattr(tab, "select_row"):
            tab.select_row(finding.form, finding.row_id, finding.column or None)
        else:
            table = getattr(tab, "table_for", lambda _form: None)(finding.form)
            (table.view if table is not None else tab).setFocus()  # type: ignore[union-attr]

    # -- state ------------------------------------------------------------------------------
    def _update_state(self) -> None:
        has_ws = self.ws is not None
        writable = has_ws and not self.ws.read_only  # type: ignore[union-attr]
        self.tab_widget.setVisible(has_ws)
        self.empty_label.setVisible(not has_ws)
        self.initiative_box.setEnabled(has_ws)
        self.new_initiative_button.setEnabled(writable)
        for action in (self.save_copy_action, self.close_action, self.org_action,
                       self.calendar_action, self.backups_action):
            action.setEnabled(has_ws)
        self.file_actions.set_enabled(has_ws and self.initiative_id is not None, writable)
        self.register_actions.set_enabled(has_ws and self.initiative_id is not None, writable)
        self.report_actions.update_state()
        for action in (self.add_row_action, self.delete_row_action, self.new_initiative_action,
                       self.rename_initiative_action, self.delete_initiative_action):
            action.setEnabled(writable)
        title = "CrossDesk"
        if self.ws is not None:
            title = f"{self.ws.path.name} — CrossDesk"
            if self.ws.read_only:
                title += " " + self.tr("[read-only]")
            self.path_label.setText(str(self.ws.path) + (
                "  " + self.tr("(read-only: changes are not possible)") if self.ws.read_only else ""))
        else:
            self.path_label.setText("")
        self.setWindowTitle(title)

    def show_row(self, tab_key: str, form: str, row_id: int) -> None:
        """Switch to a tab and select one row of one of its forms."""
        if self.show_tab(tab_key):
            self.tab(tab_key).select_row(form, row_id)  # type: ignore[union-attr]

    def show_tab(self, key: str) -> bool:
        """Bring tab ``key`` into view; without a workspace, the tab to show when one opens."""
        host = self._hosts.get(key)
        if host is None:
            if key in (s.key for s in TABS) and self.ws is None:
                self._tab_key = key
            return False
        self.tab_widget.setCurrentWidget(host)
        return True

    def show_guide(self) -> None:
        from ui.window.guide import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About CrossDesk"), self.tr(
            "CrossDesk {0}\nA workbench for cross-department collaboration initiatives.")
            .format(__version__))
