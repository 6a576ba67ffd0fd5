"""crossdesk-cli new and info, and the exit codes promised for bad input and bad usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.store.workspace import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[3]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_new_demo_then_info_json(tmp_path: Path) -> None:
    path = tmp_path / "demo.crossdesk"
    assert cli("new", str(path), "--demo").returncode == 0
    out = cli("info", str(path), "--json")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert data["schema_version"] == SCHEMA_VERSION
    (ini,) = data["initiatives"]
    assert ini["id"] == 1 and ini["name"]
    counts = ini["counts"]
    assert counts["goals"] >= 4 and counts["members"] >= 10 and counts["pain_points"] >= 8
    assert counts["measures"] >= 4 and counts["tasks"] >= 20 and counts["raci"] >= 50
    assert counts["kpis"] >= 5 and counts["signoffs"] >= 1


def test_info_text_in_chinese(demo_path: Path) -> None:
    out = cli("info", str(demo_path), "--lang", "zh_CN")
    assert out.returncode == 0
    assert "任务" in out.stdout


def test_bad_input_exits_1_without_traceback(tmp_path: Path) -> None:
    text = tmp_path / "x.crossdesk"
    text.write_text("hello")
    for args in (("info", str(text)), ("info", str(tmp_path / "missing.crossdesk"))):
        out = cli(*args)
        assert out.returncode == 1
        assert "Traceback" not in out.stderr
        assert out.stderr.startswith("Error: ")


def test_new_refuses_existing_file(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    out = cli("new", str(demo_path))
    assert out.returncode == 1 and "exists already" in out.stderr
    assert demo_path.read_bytes() == before


def test_bad_usage_exits_2() -> None:
    assert cli().returncode == 2
    assert cli("info").returncode == 2
    assert cli("frobnicate").returncode == 2
