"""The Register menu (New ▸ meeting, problem, risk notice, …) and the register tab's
count of overdue items in its title, kept out of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from app.i18n import tr

if TYPE_CHECKING:
    from ui.register.tab import RegisterTab
    from ui.window.main_window import MainWindow

# The kinds in the menu's order, with the key of their name in the core's catalogue. Named
# here rather than imported: the register's modules load the ORM, which the window's start
# does without.
KINDS = ("meeting", "problem", "risk", "resource", "collaboration", "change")


class RegisterActions(QObject):
    def __init__(self, window: MainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.menu = bar.addMenu(self.tr("&Register"))
        self.new_menu = self.menu.addMenu(self.tr("&New"))
        self.new_actions: list[QAction] = []
        for kind in KINDS:
            action = self.new_menu.addAction(tr(f"register.kind.{kind}"))
            action.triggered.connect(lambda _c=False, k=kind: self.new_item(k))
            self.new_actions.append(action)
        self.show_action = self.menu.addAction(self.tr("&Show the register"))
        self.show_action.triggered.connect(lambda: self.window.show_tab("register"))
        self._overdue: tuple[object, int | None, int] = (None, None, 0)

    def _tab(self) -> RegisterTab | None:
        w = self.window
        if not w.show_tab("register"):
            return None
        return w.tab("register")  # type: ignore[return-value]

    def new_item(self, kind: str) -> None:
        tab = self._tab()
        if tab is not None:
            tab.new_item(kind)

    def set_enabled(self, has_initiative: bool, writable: bool) -> None:
        for action in self.new_actions:
            action.setEnabled(has_initiative and writable)
        self.show_action.setEnabled(has_initiative)

    # -- the overdue count in the tab's title -------------------------------------------------
    def count_overdue(self) -> None:
        """Count the initiative's overdue items (after each rule check, when the window is
        up and the ORM loaded)."""
        w = self.window
        count = 0
        if w.ws is not None and w.initiative_id is not None:
            from app.register.read import overdue_count

            tab = w.tabs.get("register")
            count = overdue_count(w.ws, w.initiative_id, getattr(tab, "now", None))
        self._overdue = (w.ws, w.initiative_id, count)

    def counts(self) -> dict[str, int]:
        """The tab's count, if it was made for the workspace and initiative in view."""
        w = self.window
        ws, initiative_id, count = self._overdue
        return {"register": count if ws is w.ws and initiative_id == w.initiative_id else 0}
