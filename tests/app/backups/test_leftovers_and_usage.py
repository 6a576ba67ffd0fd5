"""The smaller promises: a restore killed half-way leaves nothing in the backups folder
after the next start; ``print --form nope`` is bad usage (exit 2); ``backups`` of a file
that is not there and never had a backup says so and fails; ``crossdesk NEW-FILE`` offers
to create the workspace instead of saying the file cannot be found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import backups
from app.org import initiatives
from app.store.workspace import Workspace
from tests.data_safety import ROOT, run_cli_process
from tests.ui.backups.test_backups_gui import answer_box, by_text

KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path
import importlib
r = importlib.import_module("app.backups.restoring")
from app.backups.folder import ensure_folder
with r._staged(Path(sys.argv[2]), ensure_folder(Path(sys.argv[1]))):
    os.kill(os.getpid(), signal.SIGKILL)  # killed with the backup copied aside
"""


def _kill_a_restore(workspace: Path) -> list[Path]:
    backup = backups.take_backup(workspace)
    done = subprocess.run([sys.executable, "-c", KILLED_RESTORE, str(workspace), str(backup)],
                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False,
                   capture_output=True, text=True)
    left = [p for p in backups.folder_for(workspace).iterdir() if ".staging" in p.name]
    assert left, f"the killed restore left no staging file: {done.stderr}"
    return left


def test_the_next_restore_cleans_what_a_killed_one_left(cli, demo_path: Path) -> None:
    left = _kill_a_restore(demo_path)
    assert cli("restore", demo_path, "1").code == 0
    assert not any(p.exists() for p in left)


def test_the_next_start_of_the_program_cleans_it(qtbot, demo_path: Path, tmp_path: Path) -> None:
    from ui.launch import main

    left = _kill_a_restore(demo_path)
    assert main(["--screenshot", str(tmp_path / "shots"), "--tab", "goals",
                 str(demo_path)]) == 0
    assert not any(p.exists() for p in left)


def test_a_live_restore_keeps_its_staging_file(demo_path: Path) -> None:
    folder = backups.folder_for(demo_path)
    folder.mkdir(parents=True, exist_ok=True)
    mine = folder / f"restore-{os.getpid()}-abc.staging"
    mine.write_bytes(b"in use")
    backups.clean_leftovers()
    assert mine.exists()


def test_print_with_an_unknown_form_is_bad_usage(demo_path: Path, tmp_path: Path) -> None:
    done = run_cli_process("print", demo_path, tmp_path / "o.pdf", "--form", "nope")
    assert done.returncode == 2, done.stderr
    assert "nope" in done.stderr and "goals" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o.pdf").exists()


def test_backups_of_a_missing_file_fails(cli, tmp_path: Path) -> None:
    result = cli("backups", tmp_path / "never.crossdesk")
    assert result.code == 1 and "There is no file" in result.err


def test_backups_of_a_deleted_workspace_still_lists_them(cli, demo_path: Path) -> None:
    backups.take_backup(demo_path)
    demo_path.unlink()
    result = cli("backups", demo_path)
    assert result.code == 0 and "There is no file" in result.err
    assert "manual" in result.out or "by hand" in result.out or "1 " in result.out


@pytest.mark.parametrize("answer", ["create", "cancel"])
def test_the_program_offers_to_create_a_workspace_that_is_not_there(qtbot, tmp_path: Path,
                                                                    monkeypatch, answer: str
                                                                    ) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.window.main_window import MainWindow

    path = tmp_path / "新项目.crossdesk"
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []
    if answer == "create":
        answer_box(qtbot, by_text("Create workspace"), seen)
        # The name of its first initiative is asked next, in the usual input dialog.
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("第一期", True))
    else:
        answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel), seen)
    opened = window.open_path(path)
    assert "新项目.crossdesk" in seen[0] and "cannot be found" not in seen[0]
    if answer == "cancel":
        assert not opened and not path.exists()
        return
    assert opened and path.exists()
    assert [i.name for i in initiatives.list_initiatives(window.ws)] == ["第一期"]
    window.set_workspace(None)
    with Workspace.open(path) as ws:
        assert len(initiatives.list_initiatives(ws)) == 1
