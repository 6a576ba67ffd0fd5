"""A date cell's editor: a line where the date is typed the way people write it (read by
``app.forms.typed``), with a calendar to pick one instead.

A spin-box date editor cannot take "2027/3/31" or "3/31" (typing into it shifts digits
through its sections), and with no date it opens its calendar at its minimum, December
1899. Here the text is read only when the cell is committed, and the calendar opens at
the cell's date, else at the row's other date, else at today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from app.forms.typed import NotADate, parse_date


def _calendar_icon() -> QIcon:
    """A small calendar sheet, drawn: no icon theme can be relied on in every install."""
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#4a5563"))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    p.setBrush(QColor("#c0392b"))
    p.drawRect(QRectF(4, 6, 24, 6))
    p.setBrush(QColor("#4a5563"))
    for row in range(2):
        for col in range(4):
            p.drawRect(QRectF(7.5 + col * 5, 15.5 + row * 5, 2, 2))
    p.end()
    return QIcon(pix)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateEditor(QLineEdit):
    """Typed dates; F4, Alt+Down or the calendar button opens the calendar, and a day
    picked there commits at once (``committed``)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.near: dt.date | None = None  # the row's other date, for a day without a year
        self.setPlaceholderText(self.tr("e.g. 2027-03-31 or 3/31"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Pick from a calendar (F4)"),
                                       self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    # -- value ----------------------------------------------------------------------------
    def set_date(self, day: dt.date | None) -> None:
        self.setText(day.isoformat() if day else "")

    def date(self) -> dt.date | None:
        """The day typed, or None if the text is empty; raises ``NotADate`` otherwise."""
        return parse_date(self.text(), near=self.near)

    def start_date(self) -> dt.date:
        """Where the calendar opens: the typed day, else the row's other date, else today."""
        try:
            typed = self.date()
        except NotADate:
            typed = None
        return typed or self.near or dt.date.today()

    # -- calendar -------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.calendar is None:
            # A child of the editor, so the cell editor does not close when it takes focus.
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setGridVisible(True)
            cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            cal.activated.connect(self._picked)
            cal.clicked.connect(self._picked)
            self.calendar = cal
        cal = self.calendar
        start = to_qdate(self.start_date())
        cal.setSelectedDate(start)
        cal.setCurrentPage(start.year(), start.month())
        cal.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - cal.width())
        y = below.y() if below.y() + cal.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - cal.height()
        cal.move(max(screen.left(), x), max(screen.top(), y))
        cal.show()
        cal.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()
        self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)
