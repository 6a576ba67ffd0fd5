"""``crossdesk-cli backup``, ``backups`` and ``restore``: what they do, and how they refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import backups
from app.org import initiatives
from app.store.workspace import Workspace
from tests.data_safety import damage, digest, run_cli_process


def test_backup_list_and_restore_by_number(cli, demo_path: Path) -> None:
    result = cli("backup", demo_path)
    assert result.code == 0, result.err
    [made] = backups.backup_files(demo_path)
    assert str(made) in result.out

    with Workspace.open(demo_path) as ws:
        initiatives.create_initiative(ws, "after the backup")

    listed = cli("backups", demo_path, "--json")
    data = json.loads(listed.out)
    assert data["backups"][0]["path"] == str(made)
    assert data["backups"][0]["counts"]["initiatives"] == 1 and data["backups"][0]["good"]

    restored = cli("restore", demo_path, "1")
    assert restored.code == 0, restored.err
    assert "before the restore" in restored.out
    with Workspace.open(demo_path, read_only=True) as ws:
        assert len(initiatives.list_initiatives(ws)) == 1

    text = cli("backups", demo_path, "--lang", "zh_CN")
    assert "恢复前" in text.out and "手动" in text.out


def test_backup_to_a_destination_of_ones_choice(cli, demo_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "for the boss.crossdesk"
    assert cli("backup", demo_path, dest).code == 0
    assert backups.read_info(dest).good
    again = cli("backup", demo_path, dest)
    assert again.code == 1 and "exists" in again.err
    assert cli("backup", demo_path, dest, "--force").code == 0


def test_restore_a_damaged_workspace_from_the_command_line(cli, demo_path: Path) -> None:
    assert cli("backup", demo_path).code == 0
    damage(demo_path)
    refused = cli("info", demo_path)
    assert refused.code == 1 and "damaged" in refused.err
    restored = cli("restore", demo_path, "1")
    assert restored.code == 0, restored.err
    assert "damaged file was kept" in restored.out
    assert cli("info", demo_path).code == 0


@pytest.mark.parametrize("case", [
    "missing_workspace", "workspace_is_folder", "workspace_not_sqlite", "dest_folder_missing",
    "dest_is_workspace", "restore_junk_backup", "restore_number_out_of_range",
    "restore_missing_backup", "restore_into_spreadsheet",
])
def test_bad_input_gets_a_message_exit_1_and_changes_nothing(cli, demo_path: Path,
                                                              tmp_path: Path, case: str) -> None:
    junk = tmp_path / "junk.crossdesk"
    junk.write_bytes(b"not a database at all\n" * 50)
    good = backups.take_backup(demo_path)
    argv: tuple[str | Path, ...] = {
        "missing_workspace": ("backup", tmp_path / "nowhere.crossdesk"),
        "workspace_is_folder": ("backup", tmp_path),
        "workspace_not_sqlite": ("backup", junk),
        "dest_folder_missing": ("backup", demo_path, tmp_path / "no" / "such" / "x.crossdesk"),
        "dest_is_workspace": ("backup", demo_path, demo_path),
        "restore_junk_backup": ("restore", demo_path, junk),
        "restore_number_out_of_range": ("restore", demo_path, "7"),
        "restore_missing_backup": ("restore", demo_path, tmp_path / "gone.crossdesk"),
        "restore_into_spreadsheet": ("restore", junk, good),
    }[case]
    before = digest(demo_path), digest(junk), sorted(backups.backup_files(demo_path))
    result = cli(*argv)
    assert result.code == 1
    assert result.err.startswith("Error: ") and "Traceback" not in result.err
    assert result.out == ""
    assert (digest(demo_path), digest(junk), sorted(backups.backup_files(demo_path))) == before


def test_the_real_command_never_prints_a_traceback(demo_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.crossdesk"
    junk.write_bytes(b"\x00" * 4096)
    for argv in (("restore", demo_path, junk), ("backup", junk), ("backups", tmp_path / "x")):
        done = run_cli_process(*argv)
        assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    assert run_cli_process("restore", demo_path, junk).returncode == 1
    assert run_cli_process("restore", demo_path).returncode == 2  # usage: BACKUP missing
