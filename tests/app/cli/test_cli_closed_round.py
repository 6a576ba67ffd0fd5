"""On a closed round the command line refuses what would change it — a new baseline, a
kept weekly report — with the forms' own message and exit 1, and writes nothing; listing
baselines still works."""

from __future__ import annotations

import hashlib
from pathlib import Path

CLOSED = "This round is closed, so it can be viewed, printed and exported but not changed"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_baseline_on_a_closed_round_is_refused(demo_path: Path, cli) -> None:
    assert cli("close", demo_path, "--on", "2026-12-18").code == 0
    before = _digest(demo_path)
    result = cli("baseline", demo_path, "--name", "方案评审通过")
    assert result.code == 1
    assert result.err.strip().endswith(
        "Reopen it first (Initiative ▸ Reopen round…).") and CLOSED in result.err
    assert "Traceback" not in result.err and result.out == ""
    zh = cli("baseline", demo_path, "--lang", "zh_CN")
    assert zh.code == 1 and "本轮已结束，只能查看、打印和导出，不能修改" in zh.err
    assert _digest(demo_path) == before
    listed = cli("baseline", demo_path, "--list")
    assert listed.code == 0 and "No baseline saved yet." in listed.out


def test_a_report_on_a_closed_round_is_refused_and_writes_no_file(
        demo_path: Path, cli, tmp_path: Path) -> None:
    assert cli("close", demo_path, "--on", "2026-12-18").code == 0
    before = _digest(demo_path)
    out, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    result = cli("report", demo_path, out, "--xlsx", xlsx)
    assert result.code == 1 and CLOSED in result.err and "Traceback" not in result.err
    assert not out.exists() and not xlsx.exists()
    assert _digest(demo_path) == before
