"""RACI fixtures: the demo's grid in a real tab, on its own undo stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE
from ui.common.fonts import install_cjk_font
from ui.raci import RaciTab


@pytest.fixture
def undo_stack(qapp: QApplication) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def raci_tab(qtbot, demo_ws: Workspace, undo_stack: QUndoStack) -> Iterator[RaciTab]:
    install_cjk_font(QApplication.instance())  # type: ignore[arg-type]
    tab = RaciTab(demo_ws, undo_stack)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.set_initiative(DEMO_INITIATIVE)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
