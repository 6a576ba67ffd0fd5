"""A date with its time of day, for the clocks that count hours (a problem reported at
23:30 is due 24 hours later, not at the end of the next day): the day typed the way
people write it, as in every date cell (``DateEditor``), and the time beside it.

The value is read when the editor is left or Enter is pressed (``committed``), never on
each key, so that a half-typed day is not stored as one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QTimeEdit, QToolButton, QWidget

from app.forms.typed import NotADate
from ui.common.date_editor import DateEditor


class DateTimeEditor(QWidget):
    """Day and time; an empty day is no value. ``committed`` when the user is done with it
    (Enter, a day picked from the calendar, the focus leaving both parts)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateEditor(self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setKeyboardTracking(False)
        self.time.setToolTip(self.tr("Time of day (24 h)"))
        self.default_time = dt.time(9, 0)  # what a day typed alone means
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.now_button = QToolButton(self)
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Today, at this minute"))
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_button.clicked.connect(self.set_now)
        box.addWidget(self.day, 1)
        box.addWidget(self.time)
        box.addWidget(self.now_button)
        self.setFocusProxy(self.day)
        self.day.committed.connect(self.committed)
        # No day, no time: a time beside an empty day would read as a value.
        self.day.textChanged.connect(lambda text: self.time.setEnabled(bool(text.strip())))
        self._shown: dt.datetime | None = None
        for part in (self.day, self.time):
            part.installEventFilter(self)

    def set_value(self, value: dt.datetime | None) -> None:
        self._shown = value
        self.day.set_date(value.date() if value else None)
        t = value.time() if value else self.default_time
        self.time.setTime(QTime(t.hour, t.minute))

    def set_now(self) -> None:
        """Today at this minute (the minutes went out just now), stored at once."""
        now = dt.datetime.now()
        self.day.set_date(now.date())
        self.time.setTime(QTime(now.hour, now.minute))
        self.committed.emit()

    def value(self) -> dt.datetime | None:
        """The date-time typed; raises ``NotADate`` when the day cannot be read."""
        day = self.day.date()
        if day is None:
            return None
        t = self.time.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute()))

    def changed(self) -> bool:
        try:
            return self.value() != self._shown
        except NotADate:
            return True  # refused with a message when committed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return True
        if event.type() == QEvent.Type.FocusOut and not (
                self.day.hasFocus() or self.time.hasFocus()) and not (
                self.day.calendar is not None and self.day.calendar.isVisible()):
            self.committed.emit()  # the focus left both parts (it is already elsewhere)
        return super().eventFilter(watched, event)
