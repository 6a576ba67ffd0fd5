"""Where the main window opens: where it was left (size, place, maximised), else a size
that fits the screen it is on, centred. A laptop's 1366×768 or a projector's 1024×768 is
smaller than the window's preferred size, and a window taller than the screen hides its
status bar and the buttons at the bottom of a form."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1360, 820)
# Room for the title bar and borders the window manager adds around the window.
FRAME = QSize(16, 48)


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Before the window is first shown: restore ``saved`` (Qt's saveGeometry, which also
    keeps the window on a screen that is still there), else fit and centre it."""
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    size = PREFERRED.boundedTo(available.size() - FRAME).expandedTo(window.minimumSizeHint())
    window.resize(size)
    left = available.left() + max(0, (available.width() - size.width() - FRAME.width()) // 2)
    top = available.top() + max(0, (available.height() - size.height() - FRAME.height()) // 2)
    window.move(left, top)
