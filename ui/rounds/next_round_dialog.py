"""Initiative ▸ Start next round…: the new round's name and start date, and a preview of
exactly what is carried over and what is left behind, read from ``app.rounds.carry``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.forms.display import format_number
from app.rounds.carry import NextRoundPreview

Previewer = Callable[[dt.date], NextRoundPreview]


class NextRoundDialog(QDialog):
    def __init__(self, previewer: Previewer, start: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previewer = previewer
        self.setWindowTitle(self.tr("Start next round"))
        self.name = QLineEdit(self)
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("Name of the new round:"), self.name)
        form.addRow(self.tr("Tasks re-planned from:"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(self.tr("Start next round"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.preview: NextRoundPreview | None = None
        self.refresh()
        if self.preview is not None:
            self.name.setText(self.preview.name)
        self.resize(640, 560)

    def day(self) -> dt.date:
        d = self.start.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        self.preview = p = self.previewer(self.day())
        self.model.clear()
        carried = self._section(self.tr("Carried over"))
        # Copied as they are: shown folded, the groups that change come open.
        folded = [self._group(carried, self.tr("Goals, to be signed again ({0})"), p.goals),
                  self._group(carried, self.tr("Team ({0})"), p.members),
                  self._group(carried, self.tr("Departments ({0})"), p.departments)]
        self._group(carried, self.tr("Pain points not yet solved ({0})"), p.pain_points)
        self._group(carried, self.tr("Measures marked “adjust” or “next round” ({0})"),
                    p.measures)
        self._group(carried, self.tr("Their tasks, re-planned: not started, 0 %, no actual "
                                     "dates ({0})"),
                    [f"{t.name} — {t.measure}: {_day(t.planned_start)} → "
                     f"{_day(t.planned_finish)}" for t in p.tasks])
        self._group(carried, self.tr("KPIs, last round's “after” as the new “before” ({0})"),
                    [f"{k.name}: {format_number(k.before) if k.before is not None else '—'}"
                     f" → {format_number(k.target) if k.target is not None else '—'} {k.unit}"
                     for k in p.kpis])
        left = self._section(self.tr("Left behind"))
        self._group(left, self.tr("Measures kept as standard practice ({0})"), p.measures_kept)
        self._group(left, self.tr("Pain points solved ({0})"), p.solved_pain_points)
        left.appendRow(QStandardItem(self.tr("{0} task(s) of those measures; every sign-off, "
                                             "actual date and feedback").format(p.tasks_left)))
        left.appendRow(QStandardItem(self.tr(
            "{0} register item(s), {1} baseline(s) and {2} weekly report(s): they stay with "
            "this round and its archive").format(p.register_items_left, p.baselines_left,
                                                 p.reports_left)))
        self.tree.expandAll()
        for item in folded:
            self.tree.collapse(item.index())

    def _section(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.model.appendRow(item)
        return item

    @staticmethod
    def _group(parent: QStandardItem, title: str, lines: list[str]) -> QStandardItem:
        group = QStandardItem(title.format(len(lines)))
        for line in lines:
            group.appendRow(QStandardItem(line))
        parent.appendRow(group)
        return group


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"
