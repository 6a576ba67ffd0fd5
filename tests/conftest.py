"""Shared test set-up: headless Qt, and the program's own folders redirected to a
temporary place so no test touches the user's real files."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo import create_demo
from app.store.workspace import Workspace

DEMO_TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _crossdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo workspace file, dated as if today were ``DEMO_TODAY``."""
    path = tmp_path / "demo.crossdesk"
    create_demo(str(path), today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch):
    """Answers the program's file dialogs: ``file_dialog.answer(path, …)`` gives the paths
    the next dialogs return (none left: cancel), ``file_dialog.replace`` the answer to
    "Replace it?". Records what each dialog asked (``asked``), refusals (``told``) and the
    "saved as" notices (``saved``). The only thing GUI tests put in the program's place."""
    from tests.file_dialog_seam import ScriptedFileDialogs
    from ui.common import file_dialogs

    scripted = ScriptedFileDialogs()
    monkeypatch.setattr(file_dialogs, "_answerer", scripted)
    yield scripted
    for box in scripted.notices:
        with contextlib.suppress(RuntimeError):  # already gone with its window
            box.close()


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "empty.crossdesk")
    yield ws
    ws.close()
