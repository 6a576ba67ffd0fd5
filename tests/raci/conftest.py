"""RACI fixtures: the demo's grid in a real tab, on its own undo stack."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from raci_helpers import DEMO_INITIATIVE

from app.i18n import set_language
from app.workspace import Workspace
from ui.fonts import install_cjk_font
from ui.raci import RaciTab


@pytest.fixture(autouse=True, scope="session")
def _none_refcount_guard() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call of a void Qt
    method (painter.save(), fillRect, setPen …), so a few repaints of a large grid bring
    None's count to zero and the interpreter aborts. Python 3.12 makes None immortal and
    needs nothing; on 3.11 its count is raised far beyond what a session can use up."""
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Findings speak the current language; each test starts in English and leaves it so."""
    set_language("en")
    yield
    set_language("en")


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
    tab.detach()
