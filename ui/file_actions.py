"""The File menu's ways out of and into the workspace besides opening it: print preview,
printing and PDF of the current form or of all forms. The main window hands over its
state through small callables, so this module holds no window of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.printing.registry import sheet_keys
from app.workspace import Workspace
from ui.printing import print_preview, print_to_printer, save_pdf

Current = Callable[[], tuple[Workspace | None, int | None, str | None]]


class FileActions:
    """Print actions that follow the current tab: its own form, or every form."""

    def __init__(self, window: QWidget, menu: QMenu, before: QAction, current: Current) -> None:
        self.window = window
        self.current = current
        self.actions: list[QAction] = []
        specs = [
            (window.tr("Print pre&view…"), QKeySequence("Ctrl+Shift+P"), print_preview, False),
            (window.tr("&Print this form…"), QKeySequence.StandardKey.Print, print_to_printer, False),
            (window.tr("Print &all forms…"), None, print_to_printer, True),
            (window.tr("Save form as P&DF…"), None, save_pdf, False),
            (window.tr("Save all forms as PDF…"), None, save_pdf, True),
        ]
        for text, shortcut, fn, every in specs:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, f=fn, e=every: self._run(f, e))
            menu.insertAction(before, action)
            self.actions.append(action)
        menu.insertSeparator(before)

    def _run(self, fn: Callable[..., object], every: bool) -> None:
        ws, initiative_id, tab_key = self.current()
        if ws is None or initiative_id is None:
            return
        form = None if every or tab_key not in sheet_keys() else tab_key
        fn(self.window, ws, initiative_id, form)

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
