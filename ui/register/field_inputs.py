"""One editor per type of register field (``app.register.fields.Field.type``), each with
the same small face: ``set_value``, ``value`` and ``edited`` when the user is done with it
(Enter, a choice made, the focus leaving), so the form turns each into one undo step.

Pick lists are those of the forms: people as "name（department）", departments by name
ending in "Add department…", dates typed the way people write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.forms.typed import NotADate
from app.i18n import tr
from app.register.fields import Field
from app.register.kinds import label_key
from ui.common.date_editor import DateEditor
from ui.common.datetime_editor import DateTimeEditor
from ui.common.editors import ACTION, PickListCombo
from ui.org.new_departments import add_department_text

Choices = list[tuple[str, Any]]  # (label, value)


class Paragraph(QPlainTextEdit):
    """Several lines of text in a form: Tab moves on, the text is stored when it is left."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class FieldInput(QObject):
    """The editor of one field; ``widget`` goes into the form."""

    edited = Signal(str)  # the field's key
    add_department = Signal(str)  # the field's key: "Add department…" was chosen

    def __init__(self, field: Field, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = widget
        self.shown: Any = None

    def pass_undo(self, editor: QWidget) -> None:
        """Ctrl+Z in ``editor`` undoes the last stored edit, as everywhere else in the
        window, once what it shows is stored; while it holds unstored typing, the typing."""
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)) and not self.changed():
            event.ignore()  # not the editor's: the window's Undo / Redo takes it
            return True
        return False

    @property
    def key(self) -> str:
        return self.field.key

    def _done(self) -> None:
        if self.changed():
            self.edited.emit(self.field.key)

    def changed(self) -> bool:
        try:
            return self.value() != self.shown
        except NotADate:
            return True  # stored as typed, refused by the core with a message

    def set_value(self, value: Any) -> None:
        self.shown = value
        self._show(value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: Choices) -> None:
        """What a pick list offers (only pick lists have any)."""

    def value(self) -> Any:
        raise NotImplementedError

    def typed(self) -> Any:
        """What to hand the core: the value, or the text it could not read (which the core
        refuses with a message naming the field)."""
        try:
            return self.value()
        except NotADate:
            return self._raw_text()

    def _raw_text(self) -> str:
        return ""

    def busy(self) -> bool:
        """The user is in the middle of typing here: a reload must not overwrite it."""
        return self.widget.hasFocus() and self.changed()


class TextInput(FieldInput):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, QLineEdit(parent), parent)
        self.line: QLineEdit = self.widget  # type: ignore[assignment]
        self.line.editingFinished.connect(self._done)
        self.pass_undo(self.line)

    def _show(self, value: Any) -> None:
        self.line.setText(value or "")

    def value(self) -> Any:
        return self.line.text()


class NumberInput(TextInput):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.line.setValidator(QIntValidator(0, 100_000, self.line))
        self.line.setMaximumWidth(120)

    def _show(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def value(self) -> Any:
        text = self.line.text().strip()
        return int(text) if text else None


class ParagraphInput(FieldInput):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, Paragraph(parent), parent)
        self.text: Paragraph = self.widget  # type: ignore[assignment]
        self.text.left.connect(self._done)
        self.pass_undo(self.text)

    def _show(self, value: Any) -> None:
        self.text.setPlainText(value or "")

    def value(self) -> Any:
        return self.text.toPlainText()


class DateInput(FieldInput):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, DateEditor(parent), parent)
        self.date: DateEditor = self.widget  # type: ignore[assignment]
        self.date.setMaximumWidth(220)
        self.date.editingFinished.connect(self._done)
        self.date.committed.connect(self._done)
        self.pass_undo(self.date)

    def _show(self, value: Any) -> None:
        self.date.set_date(value if isinstance(value, dt.date) else None)

    def value(self) -> Any:
        return self.date.date()

    def _raw_text(self) -> str:
        return self.date.text()


class DateTimeInput(FieldInput):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, DateTimeEditor(parent), parent)
        self.editor: DateTimeEditor = self.widget  # type: ignore[assignment]
        self.editor.setMaximumWidth(300)
        self.editor.committed.connect(self._done)
        self.pass_undo(self.editor.day)
        self.pass_undo(self.editor.time)

    def _show(self, value: Any) -> None:
        self.editor.set_value(value if isinstance(value, dt.datetime) else None)

    def value(self) -> Any:
        return self.editor.value()

    def _raw_text(self) -> str:
        return self.editor.day.text()

    def busy(self) -> bool:
        return (self.editor.day.hasFocus() or self.editor.time.hasFocus()) and self.changed()


class ChoiceInput(FieldInput):
    """A drop-down: closed choices, people, a department, a task, a meeting."""

    def __init__(self, field: Field, parent: QWidget, choices: Choices,
                 add_department: bool = False) -> None:
        combo = PickListCombo(parent)
        super().__init__(field, combo, parent)
        self.combo = combo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_choices(choices)
        if add_department:
            combo.add_action(add_department_text())
            combo.action_chosen.connect(lambda: self.add_department.emit(self.key))
        combo.activated.connect(lambda _i: self._done())

    def set_choices(self, choices: Choices) -> None:
        self.combo.blockSignals(True)
        keep_action = self.combo.count() and self.combo.itemData(self.combo.count() - 1) == ACTION
        action_text = self.combo.itemText(self.combo.count() - 1) if keep_action else ""
        self.combo.clear()
        for text, value in choices:
            self.combo.addItem(text, value)
        if keep_action:
            self.combo.add_action(action_text)
        self.combo.blockSignals(False)
        self._show(self.shown)

    def _show(self, value: Any) -> None:
        self.combo.blockSignals(True)
        found = self.combo.findData(value)
        if found < 0 and value is not None:  # a value no longer offered (a person gone)
            self.combo.insertItem(0, str(value), value)
            found = 0
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)

    def value(self) -> Any:
        value = self.combo.currentData()
        return None if value == ACTION else value

    def busy(self) -> bool:
        return self.combo.view().isVisible()


class DepartmentsInput(FieldInput):
    """Several departments: a button naming them, whose menu ticks each on or off (each
    tick one undo step)."""

    def __init__(self, field: Field, parent: QWidget, choices: Choices,
                 add_department: bool = True) -> None:
        button = QPushButton(parent)
        super().__init__(field, button, parent)
        self.button = button
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("QPushButton { text-align: left; padding: 4px 8px; }")
        self.menu = QMenu(button)
        button.setMenu(self.menu)
        self._choices: Choices = []
        self._ids: list[Any] = []
        self._with_add = add_department
        self.set_choices(choices)

    def set_choices(self, choices: Choices) -> None:
        self._choices = list(choices)
        self.menu.clear()
        for text, value in self._choices:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setData(value)
            action.triggered.connect(lambda _c=False, v=value: self._toggle(v))
            self.menu.addAction(action)
        if self._with_add:
            self.menu.addSeparator()
            add = self.menu.addAction(add_department_text())
            add.triggered.connect(lambda: self.add_department.emit(self.key))
        self._show(self.shown)

    def _toggle(self, value: Any) -> None:
        self._ids = [v for v in self._ids if v != value] if value in self._ids \
            else [*self._ids, value]
        self._done()

    def _show(self, value: Any) -> None:
        self._ids = list(value or [])
        names = dict((v, t) for t, v in self._choices)
        for action in self.menu.actions():
            if action.isCheckable():
                action.setChecked(action.data() in self._ids)
        text = "、".join(names.get(v, str(v)) for v in self._ids)
        self.button.setText(text or self.tr("(none)"))

    def value(self) -> Any:
        return list(self._ids)


def make_input(field: Field, kind: str, parent: QWidget,
               choices: Callable[[str], Choices]) -> FieldInput:
    """The editor of ``field`` on an item of ``kind``; ``choices(type)`` gives the people,
    departments, tasks or meetings to pick from."""
    t = field.type
    if t == "longtext":
        return ParagraphInput(field, parent)
    if t == "date":
        return DateInput(field, parent)
    if t == "datetime":
        return DateTimeInput(field, parent)
    if t == "int":
        return NumberInput(field, parent)
    if t == "choice":
        items = [] if field.key == "status" else [("", None)]
        items += [(tr(label_key(field.choice, c)), c) for c in field.choices_for(kind)]
        return ChoiceInput(field, parent, items)
    if t in ("person", "task", "meeting"):
        return ChoiceInput(field, parent, choices(t))
    if t == "department":
        return ChoiceInput(field, parent, choices(t), add_department=True)
    if t == "departments":
        return DepartmentsInput(field, parent, choices("department")[1:])
    return TextInput(field, parent)
