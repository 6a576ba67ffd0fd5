"""The rule check of the initiative in view, run on a thread of its own.

On a plan of 50,000 tasks the check reads every task, link and RACI letter: run on the
GUI thread it froze the window for seconds right after it opened, and again after each
edit. Here it runs on a worker thread with a read-only connection of its own
(``Workspace.read_apart``); SQLite serves both readers side by side, and the window keeps
answering (the worker gives up Python's lock every few milliseconds, and SQLite's own
work runs without it). The findings are handed to one callback on the GUI thread when
they are in.

At most one check runs at a time. Asking again while one runs queues one more check
(the newest request wins); the results of a check overtaken by a newer request, or by
``cancel()``, are dropped, so findings never belong to another initiative or workspace.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.store.workspace import Workspace
from ui.common.threads import worker_name

if TYPE_CHECKING:
    from app.rules import Finding

Request = tuple[int, Workspace, int]  # (ticket, workspace, initiative id)


class _Relay(QObject):
    """Carries a finished check from its worker thread to the GUI thread. One for the
    process, never deleted: a window (and its RuleCheck) may be closed and deleted while a
    check is still running, and a signal emitted on a deleted object crashes the program."""

    done = Signal(object, int, object)  # (weak reference to the RuleCheck, ticket, result)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:  # made on the GUI thread, by the first RuleCheck
        _relay = _Relay()
        _relay.done.connect(_deliver)
    return _relay


def _deliver(ref: weakref.ReferenceType[RuleCheck], ticket: int, result: object) -> None:
    checker = ref()
    if checker is not None and shiboken6.isValid(checker):
        checker._arrived(ticket, result)


def _run(ref: weakref.ReferenceType[RuleCheck], relay: _Relay, ticket: int, ws: Workspace,
         initiative_id: int) -> None:
    """The worker thread: holds the workspace and a weak reference to its RuleCheck only."""
    from app import rules
    from app.schedule.bulk import gc_paused

    result: object
    try:
        # Without the collector's pauses: a full collection in the middle of reading a
        # large plan held Python's lock, and so the window, for up to a second.
        with gc_paused(), ws.read_apart() as session:
            result = rules.check_initiative(session, initiative_id)
    except Exception as exc:  # handed to the GUI thread, see RuleCheck._arrived
        result = exc
    relay.done.emit(ref, ticket, result)


class RuleCheck(QObject):
    """Checks one initiative at a time off the GUI thread; see the module."""

    def __init__(self, on_findings: Callable[[list[Finding]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_findings = on_findings
        self._ticket = 0
        self._thread: threading.Thread | None = None
        self._queued: Request | None = None
        self._relay = _the_relay()

    def start(self, ws: Workspace, initiative_id: int) -> None:
        """Check ``initiative_id`` of ``ws``; earlier requests' findings are dropped."""
        self._ticket += 1
        request = (self._ticket, ws, initiative_id)
        if self.running():
            self._queued = request
        else:
            self._launch(request)

    def cancel(self) -> None:
        """Drop the findings of every check asked for so far."""
        self._ticket += 1
        self._queued = None

    def running(self) -> bool:
        return self._thread is not None

    def wait(self, timeout: float | None = None) -> None:
        """Block until the check under way has finished (its findings are delivered later,
        by the event loop). For closing: a workspace is not closed under a reader."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _launch(self, request: Request) -> None:
        self._thread = threading.Thread(target=_run, args=(weakref.ref(self), self._relay,
                                                           *request),
                                        name=worker_name("rule-check"), daemon=True)
        self._thread.start()

    def _arrived(self, ticket: int, result: object) -> None:
        self._thread = None
        queued, self._queued = self._queued, None
        if queued is not None:
            self._launch(queued)
        if ticket != self._ticket:
            return  # overtaken: a newer check is coming, or nobody wants these any more
        if isinstance(result, Exception):
            raise result  # a fault of the check itself: reported like one on the GUI thread
        self._on_findings(result)  # type: ignore[arg-type]
