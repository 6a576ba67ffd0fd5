"""The File menu's ways out of and into the workspace besides opening it: Excel import and
export, print preview, printing and PDF of the current form or of all forms. The main
window hands over its state through small callables, so this module holds no window of
its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from app.store.workspace import Workspace

# Tabs whose own form has a sheet of its own in the exported workbook.
EXCEL_FORMS = ("goals", "team", "pain_points", "tracking", "evaluation", "raci")

Current = Callable[[], tuple[Workspace | None, int | None, str | None]]


class FileActions:
    """Print actions that follow the current tab: its own form, or every form."""

    def __init__(self, window: QWidget, menu: QMenu, before: QAction, current: Current,
                 undo_stack: QUndoStack) -> None:
        self.window = window
        self.current = current
        self.undo_stack = undo_stack
        self.actions: list[QAction] = []
        self.write_actions: list[QAction] = []
        excel = [
            (window.tr("&Import Excel workbook…"), QKeySequence("Ctrl+I"),
             lambda: self.import_excel()),
            (window.tr("&Export to Excel…"), QKeySequence("Ctrl+E"), lambda: self.export_excel(True)),
            (window.tr("Export this &form to Excel…"), None, lambda: self.export_excel(False)),
        ]
        for text, shortcut, slot in excel:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            # triggered(bool) must not reach a slot's optional argument (import_excel's
            # path=False was a TypeError): every slot here is called with none.
            action.triggered.connect(lambda _checked=False, f=slot: f())
            menu.insertAction(before, action)
            self.actions.append(action)
        self.write_actions.append(self.actions[0])
        menu.insertSeparator(before)
        # Handlers are named, not imported: reportlab, QtPdf and openpyxl load on first use.
        specs = [
            (window.tr("Print pre&view…"), QKeySequence("Ctrl+Shift+P"), "print_preview", False),
            (window.tr("&Print this form…"), QKeySequence.StandardKey.Print, "print_to_printer",
             False),
            (window.tr("Print &all forms…"), None, "print_to_printer", True),
            (window.tr("Save form as P&DF…"), None, "save_pdf", False),
            (window.tr("Save all forms a&s PDF…"), None, "save_pdf", True),
        ]
        for text, shortcut, fn, every in specs:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, f=fn, e=every: self._run(f, e))
            menu.insertAction(before, action)
            self.actions.append(action)
        menu.insertSeparator(before)

    def _run(self, name: str, every: bool) -> None:
        import ui.printing
        from app.printing.registry import sheet_keys

        ws, initiative_id, tab_key = self.current()
        if ws is None or initiative_id is None:
            return
        form = None if every or tab_key not in sheet_keys() else tab_key
        getattr(ui.printing, name)(self.window, ws, initiative_id, form)

    def export_excel(self, every: bool) -> None:
        ws, initiative_id, tab_key = self.current()
        if ws is None or initiative_id is None:
            return
        from ui.excel import export_workbook

        form = None if every or tab_key not in EXCEL_FORMS else tab_key
        export_workbook(self.window, ws, initiative_id, form=form)

    def import_excel(self, path: Path | None = None) -> None:
        ws, initiative_id, _tab = self.current()
        if ws is None or initiative_id is None or ws.read_only:
            return
        from ui.excel import import_workbook

        import_workbook(self.window, ws, initiative_id, path=path, undo_stack=self.undo_stack)

    def set_enabled(self, enabled: bool, writable: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled and (writable or action not in self.write_actions))
