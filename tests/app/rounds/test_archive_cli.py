"""``crossdesk-cli close``, ``reopen`` and ``archive``: a round's whole record into a folder
or a .zip, named after the initiative and its dates; bad input is a message and exit 1."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from app.rounds.state import round_state
from app.store.workspace import Workspace
from tests.app.printing.conftest import pdftotext, squash

INI = 1
STEM_START = "新品 X1 上市跨部门协作 "


def test_close_then_reopen_from_the_command_line(demo_path: Path, cli) -> None:
    result = cli("close", demo_path, "--on", "2026-12-18")
    assert result.code == 0, result.err
    assert "Still open when it was closed:" in result.out
    assert "Task not finished: 重点客户试用" in result.out
    assert "Closed “新品 X1 上市跨部门协作” on 2026-12-18. Form 5: 2 of 4 KPIs met" in result.out
    with Workspace.open(demo_path, read_only=True) as ws:
        assert round_state(ws, INI).closed_on == dt.date(2026, 12, 18)

    again = cli("close", demo_path)
    assert again.code == 1 and "closed on 2026-12-18 already" in again.err

    result = cli("reopen", demo_path, "--initiative", "1", "--lang", "zh_CN")
    assert result.code == 0 and "已重新打开“新品 X1 上市跨部门协作”（原于 2026-12-18 结束）" in result.out
    with Workspace.open(demo_path, read_only=True) as ws:
        assert not round_state(ws, INI).closed
    twice = cli("reopen", demo_path, "--initiative", "1")
    assert twice.code == 1 and "not closed" in twice.err


def test_reopen_bad_input(demo_path: Path, cli, tmp_path: Path) -> None:
    assert cli("reopen", demo_path).code == 2  # --initiative is required
    missing = cli("reopen", demo_path, "--initiative", "99")
    assert missing.code == 1 and "Traceback" not in missing.err
    nothing = cli("reopen", tmp_path / "none.crossdesk", "--initiative", "1")
    assert nothing.code == 1 and "There is no file" in nothing.err
    assert cli("close", demo_path, "--on", "18/12/2026").code == 2


def test_archive_into_a_folder(demo_path: Path, cli, tmp_path: Path) -> None:
    cli("close", demo_path, "--on", "2026-12-18")
    dest = tmp_path / "归档"
    result = cli("archive", demo_path, dest)
    assert result.code == 0, result.err
    files = sorted(p.name for p in dest.iterdir())
    assert len(files) == 2 and all(f.startswith(STEM_START) for f in files)
    assert files[0].endswith("–2026-12-18.pdf") and files[1].endswith("–2026-12-18.xlsx")
    text = squash(pdftotext(dest / files[0]))
    for title in ("Goalconfirmation", "Teammembersandresponsibilities",
                  "Optimisationplanexecutiontracking", "RACImatrix", "Effectevaluation"):
        assert title in text, title
    assert len(load_workbook(dest / files[1], read_only=True).sheetnames) > 4
    # A folder with files in it is not written into without --force.
    again = cli("archive", demo_path, dest)
    assert again.code == 1 and "not empty" in again.err
    assert cli("archive", demo_path, dest, "--force").code == 0
    assert sorted(p.name for p in dest.iterdir()) == files


def test_archive_into_a_zip_of_an_open_round_in_chinese(demo_path: Path, cli,
                                                         tmp_path: Path) -> None:
    dest = tmp_path / "round.zip"
    result = cli("archive", demo_path, dest, "--lang", "zh_CN")
    assert result.code == 0, result.err
    with zipfile.ZipFile(dest) as zf:
        names = zf.namelist()
        assert len(names) == 2 and all(n.split("/")[0].startswith(STEM_START) for n in names)
        pdf = next(n for n in names if n.endswith(".pdf"))
        (tmp_path / "x.pdf").write_bytes(zf.read(pdf))
    assert "跨部门协作目标确认表" in squash(pdftotext(tmp_path / "x.pdf"))
    assert cli("archive", demo_path, dest).code == 1  # exists: --force to replace
    bad = cli("archive", demo_path, tmp_path / "no" / "such" / "folder")
    assert bad.code == 1 and "does not exist" in bad.err
    onto = cli("archive", demo_path, demo_path.with_suffix(".zip"), "--initiative", "7")
    assert onto.code == 1 and "Traceback" not in onto.err
