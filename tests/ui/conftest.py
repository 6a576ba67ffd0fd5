"""The real main window on a real demo workspace file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.workspace import Workspace
from ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_workspace(None)
