"""The rule check runs beside the window, not in it: on a large plan it took seconds on
the GUI thread right after the window opened. Its findings arrive when they are ready,
and never for a workspace or initiative that is no longer in view."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import delete, select

from app import rules
from app.store.changes import ChangeArea
from app.store.models import RaciAssignment
from app.store.workspace import Workspace
from ui.window.main_window import MainWindow


def _break_a_rule(path: Path) -> None:
    """Take the A away from one task of the demo: one RACI finding."""
    with Workspace.open(path) as ws, ws.write(ChangeArea.RACI) as s:
        first = s.scalars(select(RaciAssignment).where(RaciAssignment.letter == "A")).first()
        assert first is not None
        s.execute(delete(RaciAssignment).where(RaciAssignment.task_id == first.task_id,
                                               RaciAssignment.letter == "A"))


class HeldCheck:
    """The real rule check, held at its start until the test lets it go on, noting the
    thread it runs on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real: Callable[..., list[rules.Finding]] = rules.check_initiative
        self.threads: list[threading.Thread] = []
        self.go_on = threading.Event()
        monkeypatch.setattr(rules, "check_initiative", self)

    def __call__(self, session: object, initiative_id: int) -> list[rules.Finding]:
        self.threads.append(threading.current_thread())
        if not self.go_on.wait(20):
            raise TimeoutError("the test never let the check go on")
        return self.real(session, initiative_id)


def test_the_rule_check_runs_on_its_own_thread_while_the_window_answers(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_a_rule(demo_path)
    held = HeldCheck(monkeypatch)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitUntil(lambda: bool(held.threads), timeout=15000)  # the check has begun
    assert held.threads[0] is not threading.main_thread()

    # While the check is under way, the window does what it is asked.
    ticks: list[int] = []
    timer = QTimer(win)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    win.show_tab("gantt")
    qtbot.keyClick(win.tab_widget.tabBar(), Qt.Key.Key_Right)
    assert win.current_tab() is win.tab("kanban")
    assert win.findings == []  # not in yet

    held.go_on.set()
    qtbot.waitUntil(lambda: bool(win.findings), timeout=10000)
    with win.ws.read() as s:  # type: ignore[union-attr]
        assert win.findings == held.real(s, win.initiative_id)  # type: ignore[arg-type]
    assert [f.rule for f in win.findings] == ["raci.one_accountable"]
    assert "1" in win.findings_label.text()
    win.set_workspace(None)


def test_findings_of_a_workspace_closed_meanwhile_are_dropped(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_a_rule(demo_path)
    held = HeldCheck(monkeypatch)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitUntil(lambda: bool(held.threads), timeout=15000)
    win.close_action.trigger()  # File ▸ Close workspace while the check is under way
    held.go_on.set()
    qtbot.waitUntil(lambda: not win._rule_check.running(), timeout=10000)
    qtbot.wait(50)
    assert win.findings == []
    assert "1" not in win.findings_label.text()


def test_a_window_deleted_during_a_check_is_left_alone(
        qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's result finds no window to go to: nothing is delivered, nothing fails."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    held = HeldCheck(monkeypatch)
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    win = MainWindow()
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitUntil(lambda: bool(held.threads), timeout=15000)
    checker, ws = win._rule_check, win.ws
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(checker)
    held.go_on.set()
    held.threads[0].join(20)
    qtbot.wait(50)  # the result's delivery finds nobody
    assert errors == []
    ws.close()  # type: ignore[union-attr]
