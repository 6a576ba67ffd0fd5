"""Every printed sheet of a large, wide initiative: 5,000 rows in each form and 60 people
as RACI columns, printed through ``crossdesk-cli print`` and read back from the PDF."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.store.workspace import Workspace
from tests.app.printing.conftest import page_count, pdffonts, pdftotext, squash
from tests.app.printing.large import fill_large, person_name

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
ROWS = 5_000
PEOPLE = 60


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT)


def numbers(pattern: str, text: str) -> Counter[int]:
    return Counter(int(n) for n in re.findall(pattern, text))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("big")
    ws = Workspace.create(folder / "big.crossdesk")
    fill_large(ws, tasks=ROWS, pain_points=ROWS, people=PEOPLE, letters=True, links=True,
               goals=ROWS, kpis=ROWS)
    ws.close()
    out = folder / "all.pdf"
    done = cli("print", str(folder / "big.crossdesk"), str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return out, squash(pdftotext(out))


def test_every_sheet_prints_all_its_rows_with_embedded_fonts(big):
    out, text = big
    assert page_count(out) > 1000
    found = pdffonts(out)
    assert found and all(f["emb"] == "yes" and f["uni"] == "yes" for f in found)
    goals = numbers(r"目标(\d{4})", text)  # Form 1
    assert set(goals) == set(range(1, ROWS + 1))
    steps = numbers(r"环节(\d{4})", text)  # Form 3 (and the matrix's ranked list)
    assert set(steps) == set(range(1, ROWS + 1))
    kpis = numbers(r"指标(\d{4})", text)  # Form 5: its table row and its chart's panel
    assert set(kpis) == set(range(1, ROWS + 1)) and min(kpis.values()) >= 2
    for title in ("跨部门协作目标确认表", "痛点优先级矩阵", "甘特图", "效果评估反馈表"):
        assert title in text


def test_every_task_prints_in_form4_each_raci_group_and_the_gantt_chart(big):
    _out, text = big
    parts = {int(n) for n in re.findall(r"共(\d+)部分", text)}
    assert len(parts) == 1
    groups = parts.pop()
    assert groups >= 3  # sixty people do not fit across one landscape page
    tasks = numbers(r"任务(\d+)方案", text)
    assert set(tasks) == set(range(1, ROWS + 1))
    assert min(tasks.values()) >= 2 + groups  # Form 4, every RACI group, the Gantt chart
    for i in range(PEOPLE):  # every person's column (names of exactly two digits)
        assert person_name(i) in text, i


def test_team_form_of_5000_members(tmp_path):
    path = tmp_path / "team.crossdesk"
    ws = Workspace.create(path)
    fill_large(ws, tasks=2, pain_points=1, people=ROWS)
    ws.close()
    out = tmp_path / "team.pdf"
    done = cli("print", str(path), str(out), "--form", "team", "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = squash(pdftotext(out))
    assert set(numbers(r"员工(\d+)", text)) == set(range(ROWS))
    assert all(f["emb"] == "yes" for f in pdffonts(out))
