"""The sign-off panel as one dock below the tabs: it shows the sign-off lines of the form
in view (Form 4's tab: Form 4; the Gantt chart: the plan review …), and any signed form
can be picked in it. Its content is built once the window is on screen: the panel reads
the ORM and the sheets' version tags, which the start must not wait for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.store.workspace import Workspace
    from ui.printing.signoff_panel import SignoffPanel

# The signed form each tab shows by default (Form 1 …, the plan review for the plan's views).
FORM_OF_TAB = {
    "goals": "goals", "team": "team", "pain_points": "pain_points", "matrix": "pain_points",
    "tracking": "tracking", "raci": "raci", "gantt": "plan", "kanban": "tracking",
    "evaluation": "evaluation",
}


class SignoffDock(QDockWidget):
    form_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffDock")
        self.setWindowTitle(self.tr("Sign-off"))
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.form = "goals"
        self.panel: SignoffPanel | None = None
        self.ws: Workspace | None = None
        self.undo_stack: QUndoStack | None = None
        self.initiative_id: int | None = None
        self.chooser = QComboBox(self)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.body = QWidget(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Form:"), self.body))
        top.addWidget(self.chooser)
        top.addStretch(1)
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(6, 2, 6, 4)
        self.box.addLayout(top)
        self.setWidget(self.body)

    # -- what it shows -------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, undo_stack: QUndoStack) -> None:
        """Drop the panel of the previous workspace; the next one is built by ``build``."""
        if self.panel is not None:
            self.panel.deleteLater()
            self.panel = None
        self.ws, self.undo_stack, self.initiative_id = ws, undo_stack, None

    def build(self) -> None:
        """Make the panel (once the window is on screen and a workspace is open)."""
        if self.panel is not None or self.ws is None or self.undo_stack is None:
            return
        from app.i18n import tr
        from app.signoff.forms import signed_forms, title_key
        from ui.printing.signoff_panel import SignoffPanel

        if self.chooser.count() == 0:
            self.chooser.blockSignals(True)
            for form in signed_forms():
                self.chooser.addItem(tr(title_key(form)), form)
            self.chooser.blockSignals(False)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(self.form)))
        self.panel = SignoffPanel(self.ws, self.undo_stack, self.body, self.form)
        self.box.addWidget(self.panel, 1)
        self.panel.set_initiative(self.initiative_id)

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        if self.panel is not None:
            self.panel.set_initiative(initiative_id)

    def follow_tab(self, tab_key: str) -> None:
        self.show_form(FORM_OF_TAB.get(tab_key, self.form))

    def show_form(self, form: str) -> None:
        self.form = form
        index = self.chooser.findData(form)
        if index >= 0 and index != self.chooser.currentIndex():
            self.chooser.setCurrentIndex(index)  # _chosen passes it on
        elif self.panel is not None:
            self.panel.set_form(form)

    def _chosen(self, index: int) -> None:
        form = self.chooser.itemData(index)
        if form:
            self.form = form
            if self.panel is not None:
                self.panel.set_form(form)
            self.form_changed.emit(form)
