"""The one way a view listens to the workspace: ``watch(owner, ws, areas, on_change)``.

The subscription lives as long as ``owner`` (a widget, a dialog, a model): when it is
destroyed, or when the workspace closes, it ends by itself; no view unsubscribes by hand.

Notices reach views after the edit has returned: the workspace hands them to the event
loop (``deliver_through_event_loop``), merged, so one edit that writes twice, or an undo
step made of several, is heard once. A view that is not on screen holds what it hears and
reads it when it is shown, so editing one tab never reloads the tabs behind it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace

Handler = Callable[[Change], None]


def deliver_through_event_loop(ws: Workspace) -> None:
    """Let ``ws`` deliver its notices from the event loop, once the edit has returned."""
    ws.deliver_later(lambda deliver: QTimer.singleShot(0, deliver))


class Watch(QObject):
    """One view's subscription, a child of the view so that it dies with it."""

    def __init__(self, owner: QObject, ws: Workspace, areas: ChangeArea, on_change: Handler,
                 view: QWidget | None) -> None:
        super().__init__(owner)
        self.ws = ws
        self.areas = areas
        self._on_change = on_change
        self._view = view
        self._held: Change | None = None
        if view is not None:
            view.installEventFilter(self)
        # The workspace holds this listener, never the view: once the view is gone the
        # listener removes itself (at the latest when it next hears something).
        ref = _WeakWatch(self)

        def listener(change: Change) -> None:
            alive = ref()
            if alive is None:
                ws.unsubscribe(listener)
            else:
                alive._hear(change)

        ws.subscribe(listener)
        self.destroyed.connect(lambda *_: ws.unsubscribe(listener))

    def _hear(self, change: Change) -> None:
        if not change.touches(self.areas):
            return
        if self._view is not None and not self._view.isVisible():
            self._held = change if self._held is None else self._held.merged(change)
            return
        self._on_change(change)

    def flush(self) -> None:
        """Read what was held while the view was hidden, now (an export, a row to select)."""
        self.ws.deliver()
        held, self._held = self._held, None
        if held is not None:
            self._on_change(held)

    def forget(self) -> None:
        """Drop what was held: the view is about to read everything anyway."""
        self._held = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._held is not None:
            held, self._held = self._held, None
            self._on_change(held)
        return False


class _WeakWatch:
    """A reference to a ``Watch`` that is None once Qt has deleted it (a Python weakref
    would keep answering for a wrapper whose C++ object is gone)."""

    def __init__(self, watch: Watch) -> None:
        self._ref = weakref.ref(watch)

    def __call__(self) -> Watch | None:
        watch = self._ref()
        if watch is None or not shiboken6.isValid(watch):
            return None
        return watch


def watch(owner: QObject, ws: Workspace, areas: ChangeArea, on_change: Handler, *,
          view: QWidget | None = None, while_hidden: bool = False) -> Watch:
    """Call ``on_change(change)`` after each committed change touching ``areas``, for as
    long as ``owner`` lives and ``ws`` is open.

    Notices heard while ``view`` (by default ``owner``, if it is a widget) is hidden are
    held and delivered, merged, when it is shown; ``while_hidden`` delivers them at once
    (the main window, which is never hidden while it matters)."""
    if view is None and not while_hidden and isinstance(owner, QWidget):
        view = owner
    return Watch(owner, ws, areas, on_change, None if while_hidden else view)
