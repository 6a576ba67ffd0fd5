"""A task's menu on the plan's views (the Gantt's list and bars, the kanban's cards, Form
4's rows): a risk notice written in one step, filled in from the schedule, and opened on
the register tab; or the notice the task already has."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from app.store.workspace import Workspace
from ui.common.undo import perform


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskMenu", text)


def open_task_menu(view: QWidget, ws: Workspace, undo_stack: QUndoStack, task_id: int,
                   pos: QPoint, late: bool | None = None,
                   on_refused: object = None) -> QMenu:
    """Show the task's menu at ``pos`` (global); ``late`` says whether the schedule marks
    the task as owing a risk notice or due soon (None: not known here). Returned open (not
    run modally), so the caller and tests can go on."""
    from app.register.read import register_rows

    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    notices = [r for r in register_rows(ws, None, kind="risk") if task_id in r.tasks]
    write = menu.addAction(_tr("Write a risk notice…"))
    write.setEnabled(not ws.read_only)
    if late is False:
        write.setToolTip(_tr("The task is not late; a notice can be written all the same"))
    write.triggered.connect(lambda: write_risk_notice(view, ws, undo_stack, task_id,
                                                      on_refused))
    for row in notices:
        shown = menu.addAction(_tr("Open risk notice {0}").format(row.number))
        shown.triggered.connect(lambda _c=False, i=row.id: go_to_item(view, i))
    menu.popup(pos)
    return menu


def write_risk_notice(view: QWidget, ws: Workspace, undo_stack: QUndoStack, task_id: int,
                      on_refused: object = None, now: dt.datetime | None = None) -> int | None:
    """A risk notice for the task, as one undo step, then shown on the register tab with
    its cause ready to be typed."""
    from ui.register.commands import RiskFromTaskCommand

    command = RiskFromTaskCommand(ws, task_id, _tr("Write a risk notice"), now)
    refusal = perform(undo_stack, command)
    if refusal is not None:
        if callable(on_refused):
            on_refused(refusal.message())
        return None
    ws.deliver()
    if command.row_id is not None:
        go_to_item(view, command.row_id, "cause")
    return command.row_id


def go_to_item(view: QWidget, item_id: int, key: str | None = None) -> None:
    """Show item ``item_id`` on the register tab of ``view``'s window."""
    window = view.window()
    show_tab, tab_of = getattr(window, "show_tab", None), getattr(window, "tab", None)
    if show_tab is None or tab_of is None or not show_tab("register"):
        return
    tab_of("register").select_row("register", item_id, key)
