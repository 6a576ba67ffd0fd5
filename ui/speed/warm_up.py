"""Loading what editing needs while the user already looks at the window.

The start path avoids SQLAlchemy (about 0.7 s to import and map the models) so that the
tab in view is painted within a second. Once it is on screen, a background thread imports
the ORM and the services behind editing and checking; the window stays responsive, since
Qt's event loop releases Python's lock while it waits. Work that needs those modules on
the GUI thread earlier simply waits for the import to finish (Python's import lock).
"""

from __future__ import annotations

import importlib
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from ui.common.threads import worker_name

MODULES = ("app.store.models", "app.rules", "app.forms.editing", "app.forms.rows", "app.org.initiatives",
           "app.schedule.edit")


class WarmUp(QObject):
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.done = all(name in sys.modules for name in MODULES)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Begin loading (once); ``finished`` is emitted on the GUI thread when all is in."""
        if self.done:
            QTimer.singleShot(0, self.finished.emit)
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name=worker_name("warm-up"),
                                            daemon=True)
            self._thread.start()

    def _load(self) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
        finally:
            # A signal emitted from another thread is delivered in the receiver's thread.
            self.done = True
            self.finished.emit()


_instance: WarmUp | None = None


def warm_up() -> WarmUp:
    """The process's one warm-up: modules are imported once, whatever window asks."""
    global _instance
    if _instance is None:
        _instance = WarmUp()
    return _instance
