"""The register list's filters (kind, status, department, owner, overdue only, words) and
the proxy that applies them and sorts by due."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.register.kinds import Kind
from app.register.read import RegisterRow, label
from ui.register.list_model import KEYS, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ItemFilter:
    kind: str | None = None
    status: str | None = None
    department_id: int | None = None
    owner_id: int | None = None
    overdue_only: bool = False
    words: str = ""

    def accepts(self, row: RegisterRow) -> bool:
        if self.kind is not None and row.kind != self.kind:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.department_id is not None and row.department_id != self.department_id:
            return False
        if self.owner_id is not None and row.owner_id != self.owner_id:
            return False
        if self.overdue_only and not row.overdue:
            return False
        if self.words:
            text = " ".join((row.number, row.title, row.owner, row.department)).casefold()
            return all(word in text for word in self.words.casefold().split())
        return True


class RegisterProxy(QSortFilterProxyModel):
    """The list as filtered, sorted by due (overdue and running clocks first) unless a
    column header says otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = ItemFilter()
        self.setSortRole(SORT_ROLE)

    def set_filter(self, flt: ItemFilter) -> None:
        self.beginFilterChange()
        self.filter = flt
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self.filter.accepts(row)

    def sort_by_due(self) -> None:
        self.sort(KEYS.index("due_text"), Qt.SortOrder.AscendingOrder)


class FilterBar(QWidget):
    """Drop-downs offer what occurs in the list; a choice that still occurs stays chosen."""

    changed = Signal(object)  # ItemFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        self.department = QComboBox(self)
        self.owner = QComboBox(self)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Search…"))
        self.words.setClearButtonEnabled(True)
        self.words.setMaximumWidth(180)
        self.kind.setToolTip(self.tr("Kind"))
        self.status.setToolTip(self.tr("Status"))
        self.department.setToolTip(self.tr("Lead department"))
        self.owner.setToolTip(self.tr("Owner"))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for combo in (self.kind, self.status, self.department, self.owner):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
            box.addWidget(combo)
        box.addWidget(self.overdue)
        box.addWidget(self.words)
        self.overdue.toggled.connect(self._emit)
        self.words.textChanged.connect(self._emit)
        self.set_rows([])

    def set_rows(self, rows: list[RegisterRow]) -> None:
        kinds = [(kd.value, label("kind", kd.value)) for kd in Kind
                 if any(r.kind == kd.value for r in rows)]
        statuses: dict[str, str] = {}
        departments: dict[int, str] = {}
        owners: dict[int, str] = {}
        for r in rows:
            statuses.setdefault(r.status, label("status", r.status))
            if r.department_id is not None:
                departments.setdefault(r.department_id, r.department)
            if r.owner_id is not None:
                owners.setdefault(r.owner_id, r.owner)
        self._fill(self.kind, self.tr("All kinds"), kinds)
        self._fill(self.status, self.tr("All statuses"), list(statuses.items()))
        self._fill(self.department, self.tr("All departments"),
                   sorted(departments.items(), key=lambda p: p[1]))
        self._fill(self.owner, self.tr("All owners"), sorted(owners.items(), key=lambda p: p[1]))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def current(self) -> ItemFilter:
        return ItemFilter(self.kind.currentData(), self.status.currentData(),
                          self.department.currentData(), self.owner.currentData(),
                          self.overdue.isChecked(), self.words.text().strip())

    def clear(self) -> None:
        """Show every item again (an item to select is hidden by a filter)."""
        for combo in (self.kind, self.status, self.department, self.owner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.words.blockSignals(True)
        self.words.clear()
        self.words.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
