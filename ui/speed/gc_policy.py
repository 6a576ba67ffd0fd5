"""When Python's cyclic garbage collector may run, so that it never costs a frame.

A loaded 5,000-task plan and its paint caches are some 150,000 objects. Each time the
collector examined them all (every few hundred frames of scrolling) it stopped the program
for 60–140 ms: the worst scroll frames. So, after a view has loaded or prepared what it
shows, ``settle()`` freezes what is alive (``gc.freeze``): the collector no longer looks at
it, and frozen objects are still freed as soon as their last reference goes.

What freezing gives up is the collection of *cycles* among frozen objects that later
become garbage (an ORM row and its relationship, say). ``GarbageSweeper`` therefore thaws
everything and runs one full collection now and then, only when the user has left mouse
and keyboard alone for a moment. Whether anything is frozen is kept as a flag: on
Python 3.11 ``gc.get_freeze_count()`` walks every frozen object, which on a 50,000-task
plan cost 40–60 ms every time the sweeper looked.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

SWEEP_EVERY = 300.0  # seconds between full collections at most
IDLE_FOR = 2.0  # seconds without input before one may run
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate})


_frozen = False  # whether settle() has frozen anything since the last sweep


def settle() -> None:
    """Collect the young generation, then freeze everything alive (see the module)."""
    global _frozen
    gc.collect(1)
    gc.freeze()
    _frozen = True


def has_frozen() -> bool:
    """Whether objects may be frozen, without counting them."""
    return _frozen


def sweep() -> int:
    """Thaw, collect everything, freeze again; returns the objects collected."""
    global _frozen
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    _frozen = True
    return found


class GarbageSweeper(QObject):
    """Runs ``sweep()`` at most every SWEEP_EVERY seconds, once input has paused."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.last_input = time.monotonic()
        self.last_sweep = time.monotonic()
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(int(IDLE_FOR * 1000))
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self) -> bool:
        now = time.monotonic()
        if not _frozen or now - self.last_sweep < SWEEP_EVERY \
                or now - self.last_input < IDLE_FOR:
            return False
        sweep()
        self.last_sweep = time.monotonic()
        return True
