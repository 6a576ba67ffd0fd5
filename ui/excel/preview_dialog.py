"""The preview shown before an import writes anything: every row with its status, and for
each error the sheet, row, column and reason; every column whose header the import does not
know, with what happens to it. Apply stays disabled while any row has an error, because an
import is all or nothing.

With an ``ImportSession`` the preview also reads the file again after it was fixed in Excel
(重新读取), and maps an unknown column to a field or leaves it out on purpose; the choice
is remembered in the workspace and the rows are planned again at once. Everything is
reachable with the keyboard: Tab goes columns → "Import as" → rows → buttons, and each
part has a mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Cancelled, UserError
from app.excel.column_choices import LEAVE_OUT, choices
from app.excel.plan_types import ForeignColumn, ImportPlan
from app.forms.display import list_separator
from app.i18n import current_language
from ui.excel.columns_model import ForeignColumnsModel
from ui.excel.import_session import ImportSession
from ui.excel.preview_model import PlanModel

_FORGET = "\x00forget"  # the combo's "not decided" entry (None cannot be item data)
CHOICE_DELAY_MS = 350  # arrow keys through a closed combo settle before the rows are planned


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view


class ImportPreviewDialog(QDialog):
    def __init__(
        self, plan: ImportPlan, parent: QWidget | None = None, session: ImportSession | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.session = session
        self.stale = False  # the file could not be read again: this plan is not the file's
        self.setWindowTitle(self._title())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_columns()
        self.model = PlanModel(plan, self)
        self.errors_only = QCheckBox(self.tr("Show only rows with &errors"))
        self.errors_only.toggled.connect(self.model.set_errors_only)
        self.table = _table(self.model, self.tr("Rows of the file"))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(PlanModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        # The whole text of the current line: a long reason is cut in the table, and a
        # tooltip is out of the keyboard's reach.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        rows_label = QLabel(self.tr("Ro&ws of the file:"))
        rows_label.setBuddy(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reread_button = QPushButton(self.tr("&Read again"))
        self.reread_button.setToolTip(
            self.tr("Read the same file again, after correcting it in Excel")
        )
        self.reread_button.setAutoDefault(False)
        self.reread_button.clicked.connect(self.read_again)
        self.reread_button.setVisible(session is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reread_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(rows_label)
        top.addStretch(1)
        top.addWidget(self.errors_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)
        self.setTabOrder(self.columns_view, self.use_combo)
        self.setTabOrder(self.use_combo, self.errors_only)
        self.setTabOrder(self.errors_only, self.table)
        self.setTabOrder(self.table, self.reread_button)
        self._fit_screen()
        self.set_plan(plan)

    # -- layout ----------------------------------------------------------------------------
    def _build_columns(self) -> None:
        self.columns_model = ForeignColumnsModel([], self)
        self.columns_view = _table(self.columns_model, self.tr("Columns the import does not know"))
        head = self.columns_view.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ForeignColumnsModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        self.columns_view.selectionModel().currentRowChanged.connect(self._column_selected)
        self.columns_label = QLabel()
        self.columns_label.setBuddy(self.columns_view)
        self.columns_label.setWordWrap(True)
        self.use_combo = QComboBox()
        self.use_combo.setAccessibleName(self.tr("Import the selected column as"))
        self.use_combo.activated.connect(self._choice_made)
        self.use_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        use_label = QLabel(self.tr("Import the selected column &as:"))
        use_label.setBuddy(self.use_combo)
        self.choice_timer = QTimer(self)
        self.choice_timer.setSingleShot(True)
        self.choice_timer.setInterval(CHOICE_DELAY_MS)
        self.choice_timer.timeout.connect(self._apply_choice)
        use_row = QHBoxLayout()
        use_row.addWidget(use_label)
        use_row.addWidget(self.use_combo)
        use_row.addStretch(1)
        self.columns_box = QWidget()
        box = QVBoxLayout(self.columns_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.columns_label)
        box.addWidget(self.columns_view)
        box.addLayout(use_row)

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1000, 640
        if free is not None:
            width, height = min(width, free.width() - 40), min(height, free.height() - 60)
        self.resize(width, height)

    def _title(self) -> str:
        name = self.session.path.name if self.session is not None else ""
        title = self.tr("Import preview")
        return f"{title} — {name}" if name else title

    # -- the plan --------------------------------------------------------------------------
    def set_plan(self, plan: ImportPlan) -> None:
        """Show ``plan``: a new reading of the file, or the same after a column was mapped."""
        current = self.columns_model.column_at(self.columns_view.currentIndex().row())
        self.plan = plan
        self.model.set_plan(plan)
        self.columns_model.set_columns(plan.foreign)
        self.columns_box.setVisible(bool(plan.foreign))
        self.columns_label.setText(self._columns_text())
        rows = min(max(len(plan.foreign), 1), 5)
        self.columns_view.setFixedHeight(
            self.columns_view.horizontalHeader().sizeHint().height()
            + rows * self.columns_view.verticalHeader().defaultSectionSize()
            + 2 * self.columns_view.frameWidth()
        )
        keep = self.columns_model.row_of(current.sheet, current.index) if current else -1
        first = next((r for r, c in enumerate(plan.foreign) if not c.used and not c.left_out), 0)
        self._select_column(keep if keep >= 0 else first)
        self.summary.setText(self._summary_text())
        self.errors_only.setChecked(plan.has_errors)
        self.model.set_errors_only(plan.has_errors)
        ok = not plan.has_errors and not self.stale
        self.apply_button.setEnabled(ok)
        self.apply_button.setDefault(ok)
        self.apply_button.setToolTip(
            "" if ok else self.tr("Correct the rows with errors in the file, then read it again.")
        )

    def _select_column(self, row: int) -> None:
        if not self.plan.foreign:
            self._column_selected()
            return
        index = self.columns_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.columns_view.selectionModel().setCurrentIndex(index, flags)
        self._column_selected()

    def _columns_text(self) -> str:
        undecided = len(self.plan.undecided)
        parts = [
            self.tr("&Columns the import does not know: %1.").replace(
                "%1", str(len(self.plan.foreign))
            )
        ]
        if undecided:
            parts.append(
                self.tr("%1 of them will not be imported unless you choose a field.").replace(
                    "%1", str(undecided)
                )
            )
        parts.append(self.tr("Your choice is remembered for the next file."))
        return ("" if current_language() == "zh_CN" else " ").join(parts)

    def _summary_text(self) -> str:
        c = self.plan.counts()
        sep = list_separator(current_language())
        lines = [
            self.tr("%1 new, %2 to update, %3 unchanged, %4 with errors")
            .replace("%1", str(c["new"]))
            .replace("%2", str(c["update"]))
            .replace("%3", str(c["unchanged"]))
            .replace("%4", str(c["error"]))
        ]
        for text, names in (
            (self.tr("New departments: %1"), self.plan.new_departments),
            (self.tr("New people: %1"), list(self.plan.new_people)),
            (self.tr("New measures: %1"), self.plan.new_measures),
            (self.tr("Ignored sheets (not a form): %1"), self.plan.ignored),
        ):
            if names:
                lines.append(text.replace("%1", sep.join(names)))
        lines.extend(note.text() for note in self.plan.notes)  # worded by the core, as ever
        if self.stale:
            lines.append(self.tr("The file could not be read again; this preview is out of date."))
        elif self.plan.has_errors:
            lines.append(self.tr("Nothing can be imported until every error is corrected."))
            if self.session is not None:
                lines.append(self.tr("Correct the file in Excel, save it, then click Read again."))
        return "\n".join(lines)

    def _show_detail(self, *_: object) -> None:
        row = self.table.currentIndex().row()
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row < 0:
            self.detail.clear()
            return
        def cell(column: int) -> str:
            value = self.model.index(row, column).data()
            return "" if value is None else str(value)

        where = [
            cell(PlanModel.SHEET),
            self.tr("row %1").replace("%1", cell(PlanModel.ROW)),
            cell(PlanModel.COLUMN),
            cell(PlanModel.ITEM),
        ]
        head = " · ".join(t for t in where if t)
        detail = cell(PlanModel.DETAIL)
        self.detail.setText(f"{head}\n{detail}" if detail else head)

    # -- mapping a column ------------------------------------------------------------------
    def selected_column(self) -> ForeignColumn | None:
        return self.columns_model.column_at(self.columns_view.currentIndex().row())

    def _column_selected(self, *_: object) -> None:
        col = self.selected_column()
        combo = self.use_combo
        combo.blockSignals(True)
        combo.clear()
        if col is not None:
            combo.addItem(self.tr("Not imported (decide later)"), _FORGET)
            combo.addItem(self.tr("Leave out on purpose"), LEAVE_OUT)
            combo.insertSeparator(combo.count())
            taken = self.tr("filled by another column")
            for key, label in choices(col.form, current_language()):
                if key in col.taken:
                    combo.addItem(f"{label} ({taken})", key)
                    item = combo.model().item(combo.count() - 1)  # type: ignore[attr-defined]
                    item.setEnabled(False)
                else:
                    combo.addItem(label, key)
            current = _FORGET if col.choice is None else col.choice
            combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(col is not None and self.session is not None)
        combo.blockSignals(False)

    def _choice_made(self, _index: int) -> None:
        self.choice_timer.start()

    def _apply_choice(self) -> None:
        col = self.selected_column()
        if col is None or self.session is None:
            return
        data = self.use_combo.currentData()
        choice = None if data == _FORGET else str(data)
        if choice == col.choice:
            return
        try:
            plan = self.session.remember(col.form, col.header, choice)
        except Cancelled:
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(current_language()))
            return
        self.set_plan(plan)
        self.use_combo.setFocus()

    # -- reading again ---------------------------------------------------------------------
    def read_again(self) -> None:
        """Read the same file again, after it was corrected in Excel."""
        if self.session is None:
            return
        try:
            plan = self.session.read()
        except Cancelled:
            return
        except UserError as exc:
            self.stale = True
            QMessageBox.warning(self, self.windowTitle(), exc.message(current_language()))
            self.set_plan(self.plan)
            return
        self.stale = False
        self.set_plan(plan)

    # -- keyboard --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        start = self.columns_view if self.plan.undecided else self.table
        start.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self.plan.has_errors or self.stale:
            return  # Enter on a disabled Import does nothing
        super().accept()
