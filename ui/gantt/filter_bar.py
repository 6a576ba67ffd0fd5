"""Filter by department, owner or status — the same bar on the Gantt and kanban tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.forms.choices import TaskStatus
from app.schedule.view_rows import TaskFilter


class FilterBar(QWidget):
    changed = Signal(object)  # TaskFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = QComboBox(self)
        self.owner = QComboBox(self)
        self.status = QComboBox(self)
        status_names = {
            TaskStatus.NOT_STARTED: self.tr("Not started"),
            TaskStatus.IN_PROGRESS: self.tr("In progress"),
            TaskStatus.BLOCKED: self.tr("Blocked"),
            TaskStatus.DONE: self.tr("Done"),
        }
        self.status.addItem(self.tr("All statuses"), None)
        for value, label in status_names.items():
            self.status.addItem(label, value.value)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.tr("Department"), self.department),
                             (self.tr("Owner"), self.owner), (self.tr("Status"), self.status)):
            lab = QLabel(label, self)
            lab.setBuddy(combo)
            box.addWidget(lab)
            box.addWidget(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
        self.set_choices([], [])

    def set_choices(self, departments: list[tuple[int, str]],
                    owners: list[tuple[int, str]]) -> None:
        """Offer what occurs in the plan; a chosen value that still occurs stays chosen."""
        for combo, items, everyone in ((self.department, departments,
                                        self.tr("All departments")),
                                       (self.owner, owners, self.tr("All owners"))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for ident, name in items:
                combo.addItem(name, ident)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def current(self) -> TaskFilter:
        return TaskFilter(self.department.currentData(), self.owner.currentData(),
                          self.status.currentData())

    def _emit(self) -> None:
        self.changed.emit(self.current())
