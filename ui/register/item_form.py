"""The selected item's form beside the register list: its number, kind and clock, the
fields of its kind (``app.register.fields``), and its rows (attendees, agenda items,
outcomes, departments asked). Each field edited is one undo step through the register's
service; what the core refuses is said in the strip at the top and the field shows its
stored value again."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import tr
from app.org import organisation
from app.register import fields as fl
from app.register.read import ItemRecord, item_record
from app.register.read import label as choice_label
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.undo import EditSteps, perform
from ui.common.workspace_watch import watch
from ui.org.new_departments import ask_department_text, departments_step, warn_refused
from ui.register.child_tables import ChildTable
from ui.register.commands import (
    ActionToTaskCommand,
    AddChildCommand,
    ProposeAgendaCommand,
    SetFieldCommand,
)
from ui.register.field_inputs import Choices, DepartmentsInput, FieldInput, make_input
from ui.window.message_bar import MessageBar

# What the form shows: the item, the names it picks from, the tasks it links.
FORM_AREAS = ChangeArea.REGISTER | ChangeArea.ORG | ChangeArea.TASKS | ChangeArea.CALENDAR \
    | ChangeArea.TEAM | ChangeArea.INITIATIVES

CHILDREN_OF = {"meeting": ("attendee", "agenda", "outcome"), "collaboration": ("ask",)}
# Fields a kind's form shows first, in this order (the rest follow in the core's order,
# the notes last): a meeting reads as an invitation, a problem as its report.
FIRST = {
    "meeting": ("title", "meeting_type", "status", "opened_at", "ends_at", "place", "chair",
                "recorder"),
    "problem": ("title", "urgency", "status", "requester", "opened_at", "department"),
    "risk": ("title", "task", "status", "opened_at", "planned_finish", "forecast_finish",
             "days_late"),
    "resource": ("title", "status", "requester", "department", "provider", "opened_at"),
    "collaboration": ("title", "status", "requester", "department", "due_at"),
    "change": ("title", "status", "requester", "opened_at", "due_at"),
}


def ordered_fields(kind: str) -> list[fl.Field]:
    fields = list(fl.fields_of(kind))
    first = [f for key in FIRST.get(kind, ()) for f in fields if f.key == key]
    rest = [f for f in fields if f not in first and f.key != "notes"]
    return first + rest + [f for f in fields if f.key == "notes"]


class ItemForm(QScrollArea):
    """One item at a time (``show_item``); empty with none."""

    deleted_requested = Signal(int)  # the item's id: the tab deletes it
    task_made = Signal(int)  # a task made from an action item
    focus_lost = Signal()  # the field with the focus went with its item (deleted, undone)

    def __init__(self, ws: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self.now: dt.datetime | None = None
        self.initiative_id: int | None = None
        self.item_id: int | None = None
        self.record: ItemRecord | None = None
        self._kind = ""
        self.inputs: dict[str, FieldInput] = {}
        self.children: dict[str, ChildTable] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        page = QWidget(self)
        self.setWidget(page)
        self.title = QLabel(page)
        self.title.setStyleSheet("font-weight:600; font-size:12pt;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock = QLabel(page)
        self.clock.setWordWrap(True)
        self.message = MessageBar(page)
        self.empty = QLabel(self.tr("Choose an item in the list, or make a new one with "
                                    "“New”."), page)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#6b7280; padding:12px;")
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.delete_button = QPushButton(self.tr("Delete item"), page)
        self.delete_button.clicked.connect(
            lambda: self.item_id is not None and self.deleted_requested.emit(self.item_id))
        self.print_button = QPushButton(self.tr("Print…"), page)
        self.print_button.setToolTip(self.tr("This item's sheet, ready to sign: preview, "
                                             "print or save as PDF"))
        self.print_button.clicked.connect(self.print_item)
        self.ics_button = QPushButton(self.tr("Calendar invitation…"), page)
        self.ics_button.setToolTip(self.tr("Save the meeting as an .ics invitation (with the "
                                           "attendees' e-mail addresses from Form 2) for "
                                           "Outlook or Thunderbird"))
        self.ics_button.clicked.connect(self.export_ics)
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.ics_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.delete_button)

        self.fields_box = QWidget(page)
        self.form = QFormLayout(self.fields_box)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.links = QLabel(page)  # the tasks and items it is linked to, each a link
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._follow_link)
        self.children_box = QVBoxLayout()
        self.children_box.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        box = QVBoxLayout(page)
        box.setContentsMargins(8, 6, 8, 8)
        box.addLayout(head)
        box.addWidget(self.clock)
        box.addLayout(self.buttons)
        box.addWidget(self.message)
        box.addWidget(self.empty)
        box.addWidget(self.fields_box)
        box.addWidget(self.links)
        box.addLayout(self.children_box)
        box.addStretch(1)
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.make_task_action = QAction(self.tr("Make a Form 4 task"), self)
        self.make_task_action.setToolTip(self.tr(
            "Turn the selected action item into a task of Form 4 (the task remembers "
            "this meeting)"))
        self.make_task_action.triggered.connect(self.make_task)
        self.invite_action = QAction(self.tr("Invite the team"), self)
        self.invite_action.setToolTip(self.tr("Add everyone of Form 2 who is not yet among "
                                              "the attendees"))
        self.invite_action.triggered.connect(self.invite_team)
        self.propose_action = QAction(self.tr("Propose from what is open"), self)
        self.propose_action.setToolTip(self.tr(
            "Add agenda items for late and at-risk tasks, problems and requests past or near "
            "their clocks, and the last meeting's open action items"))
        self.propose_action.triggered.connect(self.propose_agenda)
        self.watch = watch(self, ws, FORM_AREAS, lambda _c: self.reload())
        self._show_nothing()

    # -- which item -------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.show_item(None)

    def show_item(self, item_id: int | None) -> None:
        if item_id == self.item_id and item_id is not None:
            return
        self.message.hide()
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        record = None
        if self.item_id is not None:
            try:
                record = item_record(self.ws, self.item_id, self.now)
            except UserError:  # deleted (or undone) meanwhile
                record = None
        if record is None:
            self.item_id = None
            self.record = None
            self._show_nothing()
            return
        if record.row.kind != self._kind:
            self._build(record.row.kind)
        self.record = record
        self._fill(record)

    # -- building ---------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.focus_lost.emit()
        self.title.setText("")
        self.clock.hide()
        self.empty.show()
        self.fields_box.hide()
        self.delete_button.hide()
        self.print_button.hide()
        self.ics_button.hide()
        self.links.hide()
        for table in self.children.values():
            table.hide()

    def _build(self, kind: str) -> None:
        """The editors of ``kind``'s fields and rows (made again only when the kind changes)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        for table in self.children.values():
            table.deleteLater()
        self.inputs, self.children = {}, {}
        for field in ordered_fields(kind):
            made = make_input(field, kind, self.fields_box, lambda t: self._choices(t, None))
            made.edited.connect(self._edited)
            made.add_department.connect(self._add_department)
            made.widget.setObjectName(f"register_{field.key}")
            label = QLabel(tr(field.label_key_for(kind)), self.fields_box)
            label.setBuddy(made.widget)
            label.setWordWrap(True)
            self.form.addRow(label, made.widget)
            # Shown now, not on the layout's next turn, so the focus can go to one at once.
            label.show()
            made.widget.show()
            self.inputs[field.key] = made
        for child in CHILDREN_OF.get(kind, ()):
            table = ChildTable(self.ws, child, self.undo_stack, self._child_titles()[child],
                               self.widget())
            table.refused.connect(lambda text: self.message.show_message(text, "error"))
            if child == "attendee":
                table.add_action_button(self.invite_action)
            if child == "agenda":
                table.add_action_button(self.propose_action)
            if child == "outcome":
                table.add_action_button(self.make_task_action)
                table.view.selectionModel().currentChanged.connect(
                    lambda *_: self._update_task_action())
            self.children_box.addWidget(table)
            self.children[child] = table
        self._kind = kind

    def _child_titles(self) -> dict[str, str]:
        return {"attendee": self.tr("Attendees (and who confirmed the minutes)"),
                "agenda": self.tr("Agenda: what was said, the disagreements"),
                "outcome": self.tr("Outcomes: decisions and action items"),
                "ask": self.tr("What each department is asked for")}

    @staticmethod
    def _choices(t: str, record: ItemRecord | None) -> Choices:
        """What a pick list offers, from what the item's record read with it (no read of
        its own, however often the form is filled)."""
        if record is None:
            return [("", None)]
        if t == "person":
            people = sorted(record.people.items(), key=lambda p: (p[1], p[0]))
            return [("", None)] + [
                (f"{name}（{record.people_departments[pid]}）"
                 if record.people_departments.get(pid) else name, pid) for pid, name in people]
        if t == "department":
            return [("", None)] + [(name, did) for did, name in record.departments.items()]
        if t == "task":
            return [("", None)] + [(name, tid) for tid, name in record.task_names.items()]
        if t == "meeting":
            return [("", None)] + [(number, iid) for iid, number in
                                   sorted(record.numbers.items(), key=lambda n: n[1])
                                   if number.startswith("HY-")]
        return [("", None)]

    def _fill(self, record: ItemRecord) -> None:
        row = record.row
        self.empty.hide()
        self.fields_box.show()
        self.delete_button.show()
        self.delete_button.setEnabled(not self.ws.read_only)
        self.print_button.show()
        self.ics_button.setVisible(row.kind == "meeting")
        self.title.setText(f"{row.number} · {choice_label('kind', row.kind)}")
        self._show_clock(record)
        for key, made in self.inputs.items():
            busy = made.busy()
            if not busy and made.field.type in (
                    "person", "department", "departments", "task", "meeting"):
                wanted = "department" if made.field.type == "departments" else made.field.type
                items = self._choices(wanted, record)
                made.set_choices(items[1:] if isinstance(made, DepartmentsInput) else items)
            if not busy:
                made.set_value(record.values.get(key))
            made.widget.setEnabled(not self.ws.read_only)
        self._show_links(record)
        names = dict(record.tasks)
        for table in self.children.values():
            table.show()
            table.set_record(record, names)
        self._update_task_action()

    def _show_links(self, record: ItemRecord) -> None:
        """Linked tasks (to Form 4) and items (to them), each a link to follow."""
        lines = []
        if record.tasks:
            lines.append(tr("register.field.tasks") + "：" + "、".join(
                f'<a href="task:{tid}">{html.escape(name)}</a>' for tid, name in record.tasks))
        if record.items:
            lines.append(tr("register.field.items") + "：" + "、".join(
                f'<a href="item:{iid}">{html.escape(number)} {html.escape(title)}</a>'
                for iid, number, title in record.items))
        self.links.setText("<br>".join(lines))
        self.links.setVisible(bool(lines))

    def _follow_link(self, link: str) -> None:
        what, _, ident = link.partition(":")
        window = self.window()
        if what == "task" and hasattr(window, "show_row"):
            window.show_row("tracking", "tracking", int(ident))
        elif what == "item":
            from ui.register.task_menu import go_to_item

            go_to_item(self, int(ident))

    def _show_clock(self, record: ItemRecord) -> None:
        row = record.row
        parts = []
        if row.running or row.overdue:
            parts.append(row.due_text)
        if row.due is not None:
            parts.append(tr(f"register.due_label.{row.kind}") + " "
                         + row.due.strftime("%Y-%m-%d %H:%M"))
        if not row.running and not row.overdue:
            parts.append(self.tr("nothing more is owed"))
        colour = "#c0392b" if row.overdue else ("#1f2933" if row.running else "#6b7280")
        self.clock.setStyleSheet(f"color:{colour};" + ("font-weight:600;" if row.overdue else ""))
        self.clock.setText(" · ".join(parts))
        self.clock.show()

    # -- editing ----------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        made = self.inputs.get(key)
        if made is None or self.item_id is None:
            return
        text = self.tr("Edit {0}").format(tr(made.field.label_key))
        command = SetFieldCommand(self.ws, self.item_id, key, made.typed(), text)
        if self._push(command, made):
            made.set_value(command.new)  # as the core stored it; nothing left unstored

    def _push(self, command: Any, made: FieldInput | None = None) -> bool:
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")
            if made is not None:
                made.set_value(made.shown)  # the stored value again
            return False
        self.message.hide()
        return True

    def _add_department(self, key: str) -> None:
        """"Add department…": ask for the name, add it and put it in the field, in one step."""
        made = self.inputs.get(key)
        if made is None or self.item_id is None:
            return
        several = made.field.type == "departments"
        text = ask_department_text(self, several=several)
        if text is None:
            made.set_value(made.shown)
            return
        names, step = departments_step(self.ws, text)
        if not names:
            return
        value: Any = list(made.shown or []) + names if several else names[0]
        set_field = SetFieldCommand(self.ws, self.item_id, key, value,
                                    self.tr("Edit {0}").format(tr(made.field.label_key)))
        if step is None:
            self._push(set_field, made)
            return
        both = EditSteps(self.ws, step.text(), [step, set_field])
        refusal = perform(self.undo_stack, both)
        if refusal is not None and both.refused_step is step:
            warn_refused(self, refusal)
        elif refusal is not None:
            self.message.show_message(refusal.message(), "error")

    def focus_field(self, key: str | None) -> bool:
        """Put the keyboard focus on a field (after an undo, or a new item's title)."""
        made = self.inputs.get(key or "title")
        if made is None:
            return False
        self.ensureWidgetVisible(made.widget)
        made.widget.setFocus()
        line = getattr(made.widget, "selectAll", None)
        if line is not None:
            line()
        return True

    def invite_team(self) -> None:
        """Every team member not yet invited becomes an attendee, as one undo step."""
        record = self.record
        if record is None or self.initiative_id is None or self.ws.read_only:
            return
        invited = {a["person_id"] for a in record.attendees}
        missing = [p for p in organisation.team_people(self.ws, self.initiative_id)
                   if p not in invited]
        if not missing:
            self.message.show_message(self.tr("Everyone of Form 2 is invited already."),
                                      "info", 5000)
            return
        text = self.tr("Invite {0} team member(s)").format(len(missing))
        steps = [AddChildCommand(self.ws, record.row.id, "attendee", text, {"person": p})
                 for p in missing]
        self._push(EditSteps(self.ws, text, steps))

    def propose_agenda(self) -> None:
        if self.item_id is None or self.ws.read_only:
            return
        command = ProposeAgendaCommand(self.ws, self.item_id, self.tr("Propose the agenda"),
                                       self.now)
        if self._push(command) and not command.ids:
            self.message.show_message(self.tr("Nothing open to put on the agenda."), "info",
                                      5000)

    # -- an action item becomes a task ------------------------------------------------------
    def _current_outcome(self) -> dict[str, Any] | None:
        table = self.children.get("outcome")
        if table is None:
            return None
        index = table.view.currentIndex()
        return table.model.row_values(index.row()) if index.isValid() else None

    def _update_task_action(self) -> None:
        outcome = self._current_outcome()
        self.make_task_action.setEnabled(
            not self.ws.read_only and outcome is not None and outcome.get("kind") == "action"
            and outcome.get("task_id") is None)

    def make_task(self) -> None:
        outcome = self._current_outcome()
        if outcome is None or self.item_id is None:
            return
        name = (outcome.get("text") or "").strip().splitlines()
        command = ActionToTaskCommand(
            self.ws, self.item_id, int(outcome["id"]),
            self.tr("Make task “{0}”").format(name[0] if name else ""))
        if self._push(command) and command.task_id is not None:
            self.message.show_message(self.tr("The action item is now a task of Form 4."),
                                      "info", 6000)
            self.task_made.emit(command.task_id)
            QTimer.singleShot(0, self._update_task_action)

    # -- the item's sheet and invitation ----------------------------------------------------
    def print_item(self) -> None:
        if self.item_id is None or self.initiative_id is None:
            return
        from ui.register.printing import preview_item

        dialog = preview_item(self, self.ws, self.initiative_id, self.item_id)
        if dialog is not None:
            dialog.deleteLater()

    def export_ics(self) -> None:
        """The meeting as an .ics file that a calendar program opens as an invitation."""
        record = self.record
        if record is None or record.row.kind != "meeting":
            return
        from app.register.ics import export_ics

        title = self.tr("Save the calendar invitation")
        name = file_dialogs.safe_file_name(f"{record.row.number} {record.row.title}") + ".ics"
        path = file_dialogs.save_path(
            self, title, name, [file_dialogs.Filter(self.tr("Calendar invitation"), ".ics")],
            "invitation", near=self.ws.path)
        if path is None:
            return
        try:
            written = export_ics(self.ws, record.row.id, path, force=True)
        except UserError as err:
            self.message.show_message(err.message(), "error")
            return
        file_dialogs.tell_saved(self, title, written)
