"""The working calendar: public holidays and make-up working days (调休), which decide every
working-day count of the schedule. Kept per workspace; each change is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.forms.validation import MAX_YEAR, MIN_YEAR
from app.schedule import calendar_edit
from app.schedule.calendar import CalendarException
from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace
from ui.calendar.commands import SetCalendarDays
from ui.common import file_dialogs
from ui.common.dialog_frame import frame
from ui.common.undo import perform
from ui.common.workspace_watch import watch
from ui.window.message_bar import MessageBar

_Index = QModelIndex | QPersistentModelIndex
HOLIDAY_COLOUR = QColor("#c62828")
WORKDAY_COLOUR = QColor("#1565c0")


class CalendarDaysModel(QAbstractTableModel):
    """The days that break the weekly rhythm, in date order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[CalendarException] = []

    def set_days(self, days: list[CalendarException]) -> None:
        self.beginResetModel()
        self.days = days
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Kind"), self.tr("Name"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.days[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{day.day.isoformat()} {QLocale().toString(QDate(day.day), 'ddd')}"
            if col == 1:
                return self.tr("Make-up working day") if day.working else self.tr("Holiday")
            return day.name
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(WORKDAY_COLOUR if day.working else HOLIDAY_COLOUR)
        return None


class CalendarDialog(QDialog):
    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self.setWindowTitle(self.tr("Working calendar"))
        # Gone once closed, and with it its subscription to the workspace.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 520)
        self.message = MessageBar(self)
        self.model = CalendarDaysModel(self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        # The years every date field accepts; the calendar cannot wander to the year 9999.
        self.calendar.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        # Weekends grey, so red means a holiday and blue a make-up working day, nothing else.
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#757575")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. National Day"))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):
            self.view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        self._marked: list[QDate] = []

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.name_edit.setMaxLength(100)
        marks = QHBoxLayout()
        self.holiday_button = QPushButton(self.tr("Mark as &holiday"), self)
        self.workday_button = QPushButton(self.tr("Mark as &working day"), self)
        self.clear_button = QPushButton(self.tr("&Normal day"), self)
        self.holiday_button.clicked.connect(lambda: self.mark(False))
        self.workday_button.clicked.connect(lambda: self.mark(True))
        self.clear_button.clicked.connect(self.clear_selected)
        for b in (self.holiday_button, self.workday_button, self.clear_button):
            marks.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addLayout(form)
        left.addLayout(marks)
        hint = QLabel(self.tr("Weekends are off and weekdays are working days unless marked "
                              "here. Every working-day count of the schedule follows."), self)
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addStretch(1)

        self.import_button = QPushButton(self.tr("&Import from file…"), self)
        self.import_button.setToolTip(self.tr(
            "A text or CSV file with one day per line: date, kind (holiday / workday, 休 / 班), "
            "name"))
        self.import_button.clicked.connect(self.ask_import)
        self.holidays_button = QPushButton(self)
        self.holidays_button.setToolTip(self.tr(
            "China's statutory holidays and make-up working days (调休) of the year shown; "
            "days already in the calendar stay as they are"))
        self.holidays_button.clicked.connect(lambda _c=False: self.add_public_holidays())
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._name_holidays_button())
        self._name_holidays_button()
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right_buttons = QHBoxLayout()
        right_buttons.addStretch(1)
        right_buttons.addWidget(self.holidays_button)
        right_buttons.addWidget(self.import_button)
        right.addLayout(right_buttons)

        row = QHBoxLayout()
        row.addLayout(left, 0)
        row.addLayout(right, 1)
        frame(self, self.message, row)

        for w in (self.holiday_button, self.workday_button, self.clear_button,
                  self.import_button, self.holidays_button, self.name_edit):
            w.setEnabled(not ws.read_only)
        self.calendar.selectionChanged.connect(self._date_chosen)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        watch(self, ws, ChangeArea.CALENDAR, self._changed)
        self.reload()
        self._date_chosen()

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_days(calendar_edit.list_days(self.ws))
        for d in self._marked:
            self.calendar.setDateTextFormat(d, QTextCharFormat())
        self._marked = []
        for e in self.model.days:
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor("#e3f2fd" if e.working else "#ffebee")))
            fmt.setForeground(QBrush(WORKDAY_COLOUR if e.working else HOLIDAY_COLOUR))
            fmt.setFontWeight(700)
            fmt.setToolTip(e.name)
            date = QDate(e.day)
            self.calendar.setDateTextFormat(date, fmt)
            self._marked.append(date)

    def _changed(self, _change: Change) -> None:
        self.reload()
        self._date_chosen()

    def selected_day(self) -> dt.date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]

    def _date_chosen(self) -> None:
        day = self.selected_day()
        found = next((e for e in self.model.days if e.day == day), None)
        self.name_edit.setText(found.name if found else "")
        row = self.model.days.index(found) if found else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectRow(row)
        self.clear_button.setEnabled(found is not None and not self.ws.read_only)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.calendar.setSelectedDate(QDate(self.model.days[current.row()].day))

    # -- changing ---------------------------------------------------------------------------
    def mark(self, working: bool) -> None:
        day = self.selected_day()
        state = CalendarException(day, working, self.name_edit.text().strip())
        text = (self.tr("Mark %1 as a working day") if working
                else self.tr("Mark %1 as a holiday")).replace("%1", day.isoformat())
        self._apply([(day, state)], text)

    def clear_selected(self) -> None:
        day = self.selected_day()
        self._apply([(day, None)], self.tr("Let %1 follow the week").replace("%1", day.isoformat()))

    def _apply(self, states: list[calendar_edit.DayState], text: str) -> None:
        refusal = perform(self.undo_stack, SetCalendarDays(self.ws, states, text))
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")
        else:
            self.message.hide()

    def import_file(self, path: str) -> int:
        try:
            days = calendar_edit.read_days_file(path)
        except UserError as exc:
            self.message.show_message(exc.message(), "error")
            return 0
        if days:
            self._apply([(e.day, e) for e in days],
                        self.tr("Import %n calendar day(s)", "", len(days)))
            self.message.show_message(
                self.tr("%n day(s) imported.", "", len(days)), "info")
        return len(days)

    def _name_holidays_button(self) -> None:
        self.holidays_button.setText(self.tr("Add China's public holidays for %1…").replace(
            "%1", str(self.calendar.yearShown())))

    def add_public_holidays(self, year: int | None = None) -> int:
        """Add China's holidays and make-up days of ``year`` (the year shown) as one undo
        step; a day already in the calendar is left as it is. Returns the days added."""
        from app.i18n import current_language
        from app.schedule import public_holidays

        year = year or self.calendar.yearShown()
        try:
            states, kept = public_holidays.states_to_add(self.ws, year, current_language())
        except UserError as exc:
            self.message.show_message(exc.message(), "error")
            return 0
        if states:
            self._apply(states, self.tr("Add China's public holidays for %1").replace(
                "%1", str(year)))
        self.message.show_message(
            self.tr("%1 day(s) of %2 added; %3 already set kept as they were.")
            .replace("%1", str(len(states))).replace("%2", str(year)).replace("%3", str(kept)),
            "info")
        return len(states)

    def ask_import(self) -> None:
        path = file_dialogs.open_path(
            self, self.tr("Import holidays and make-up days"),
            [file_dialogs.Filter(self.tr("Text or CSV files"), ".csv", ".txt"),
             file_dialogs.Filter(self.tr("All files"))],
            file_dialogs.CALENDAR, near=self.ws.path)
        if path is not None:
            self.import_file(str(path))
