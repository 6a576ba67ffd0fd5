"""The preview shown before an import writes anything: every row with its status, and
for each error the sheet, row, column and reason. Apply stays disabled while any row
has an error, because an import is all or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.excel.plan_types import ImportPlan
from ui.excel.preview_model import PlanModel


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(980, 560)
        self.model = PlanModel(plan, self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.errors_only = QCheckBox(self.tr("Show only rows with errors"))
        self.errors_only.toggled.connect(self.model.set_errors_only)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(PlanModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(not plan.has_errors)
        if plan.has_errors:
            self.apply_button.setToolTip(
                self.tr("Correct the rows with errors in the file, then import it again.")
            )
            self.errors_only.setChecked(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_only)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        c = self.plan.counts()
        lines = [
            self.tr("%1 new, %2 to update, %3 unchanged, %4 with errors")
            .replace("%1", str(c["new"]))
            .replace("%2", str(c["update"]))
            .replace("%3", str(c["unchanged"]))
            .replace("%4", str(c["error"]))
        ]
        if self.plan.new_departments:
            lines.append(
                self.tr("New departments: %1").replace("%1", ", ".join(self.plan.new_departments))
            )
        if self.plan.new_people:
            lines.append(self.tr("New people: %1").replace("%1", ", ".join(self.plan.new_people)))
        if self.plan.new_measures:
            lines.append(
                self.tr("New measures: %1").replace("%1", ", ".join(self.plan.new_measures))
            )
        if self.plan.ignored:
            lines.append(
                self.tr("Ignored sheets (not a form): %1").replace(
                    "%1", ", ".join(self.plan.ignored)
                )
            )
        lines.extend(note.text() for note in self.plan.notes)  # worded by the core, as ever
        if self.plan.has_errors:
            lines.append(self.tr("Nothing can be imported until every error is corrected."))
        return "\n".join(lines)
