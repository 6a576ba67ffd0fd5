"""A full disk is a message, never a traceback, and leaves the workspace whole: an import
onto a workspace whose disk is full, a restore whose backups folder is on a full disk."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from app import backups
from tests.data_safety import Mount, assert_whole, digest


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` but for ``leave`` bytes; returns the filler file."""
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\0" * 4096)
    if leave:
        with filler.open("rb+") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))
    return filler


@pytest.fixture
def demo_xlsx_with_new_rows(demo_path: Path, tmp_path: Path) -> Path:
    from openpyxl import load_workbook

    from app.excel.export import export_workbook
    from app.store.workspace import Workspace

    out = tmp_path / "more.xlsx"
    with Workspace.open(demo_path) as ws:
        export_workbook(ws, 1, out, "en")
    wb = load_workbook(out)
    sheet = wb["3 Pain points"]
    for i in range(300):
        sheet.append([None, f"环节 {i}", "Break point", "说明" * 200, 3, 3])
    wb.save(out)
    return out


def test_an_import_onto_a_full_disk_says_so_and_changes_nothing(cli, mount: Mount,
                                                                 demo_path: Path,
                                                                 demo_xlsx_with_new_rows: Path
                                                                 ) -> None:
    target = mount.path / "w.crossdesk"
    shutil.copyfile(demo_path, target)
    assert cli("import", target, demo_xlsx_with_new_rows, "--dry-run").code == 0
    filler = fill(mount.path, leave=64 * 1024)  # room for the lock, not for the rows
    before = digest(target)
    result = cli("import", target, demo_xlsx_with_new_rows)
    assert result.code == 1, result.out
    assert "Traceback" not in result.err and "sqlalchemy" not in result.err.lower()
    assert result.err.startswith("Error: ") and "full" in result.err
    assert digest(target) == before
    filler.unlink()
    assert_whole(target)
    assert cli("import", target, demo_xlsx_with_new_rows).code == 0  # room again: it goes in


def test_a_restore_with_a_full_backups_folder_says_so_and_changes_nothing(
        cli, mount: Mount, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_HOME", str(mount.path))
    backups.take_backup(demo_path)
    filler = fill(mount.path)
    before = digest(demo_path)
    result = cli("restore", demo_path, "1")
    assert result.code == 1, result.out
    assert "Traceback" not in result.err and result.err.startswith("Error: ")
    assert digest(demo_path) == before
    folder = backups.folder_for(demo_path)
    assert not [p for p in folder.iterdir() if p.suffix in (".staging", ".partial")]
    filler.unlink()
    assert cli("restore", demo_path, "1").code == 0
