"""Sheets wider than the page: the RACI grid with dozens of people, and any table with more
columns than fit. They print in column groups, one after the other, each repeating the row
numbers and the name column (as Excel's print titles do)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import printing
from app.i18n import tr
from app.printing.content import Column, PrintJob, SheetData
from app.printing.extra_sheets import RaciSheet
from app.store.workspace import Workspace
from tests.app.printing.conftest import page_count, pdffonts, pdftotext, squash
from tests.app.printing.large import fill_large, person_name, task_name

ROOT = Path(__file__).resolve().parents[3]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT)


def wide_workspace(path: Path, people: int, tasks: int) -> Path:
    ws = Workspace.create(path)
    fill_large(ws, tasks=tasks, pain_points=5, people=people, letters=True)
    ws.close()
    return path


def page_texts(pdf: Path, *options: str) -> list[str]:
    return [pdftotext(pdf, *options, first=p, last=p) for p in range(1, page_count(pdf) + 1)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_raci_with_30_people_prints_through_the_command_line(tmp_path, lang):
    ws = wide_workspace(tmp_path / "wide.crossdesk", people=30, tasks=40)
    out = tmp_path / "raci.pdf"
    done = cli("print", str(ws), str(out), "--form", "raci", "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    text = squash(pdftotext(out))
    for i in range(30):
        assert person_name(i) in text, i
    for i in range(40):
        assert squash(task_name(i)) in text, i
    assert all(f["emb"] == "yes" for f in pdffonts(out))


def test_raci_column_groups_each_repeat_the_number_and_task_columns(tmp_path):
    ws = wide_workspace(tmp_path / "wide.crossdesk", people=60, tasks=12)
    out = tmp_path / "raci.pdf"
    assert cli("print", str(ws), str(out), "--form", "raci", "--lang", "zh_CN").returncode == 0
    pages = page_texts(out, "-layout")
    sign = tr("field.signoff.title", "zh_CN")
    pages = [t for t in pages if sign not in t or "员工" in t.split(sign)[0]]
    assert len(pages) >= 3  # 60 people do not fit on one landscape page at a readable size
    heading = tr("field.task.name", "zh_CN")
    seen: list[int] = []
    for text in pages:
        # every page carries the task column with every task of this short plan, whole
        assert heading in text
        for i in range(12):
            assert task_name(i) in text, (i, text)
        people = [i for i in range(60) if person_name(i) in text]
        assert people, "a page without any person's column"
        seen += people
    # each person is in exactly one group, the groups in the grid's order
    assert sorted(seen) == list(range(60))
    # the rule check comes once, after the last person
    check = tr("print.raci.check", "zh_CN")
    assert [check in t for t in pages] == [False] * (len(pages) - 1) + [True]
    # a page says which part of the sheet it is
    for n, text in enumerate(pages, 1):
        assert squash(tr("print.columns.of", "zh_CN", part=n, parts=len(pages))) in squash(text)


def test_raci_with_25_people_keeps_the_task_names_readable(tmp_path):
    ws = wide_workspace(tmp_path / "wide.crossdesk", people=25, tasks=20)
    out = tmp_path / "raci.pdf"
    with Workspace.open(ws) as opened:
        job = printing.print_pdf(opened, 1, out, forms=["raci"], lang="zh_CN")
    assert job.sheets[0].font_size >= 7
    text = pdftotext(out, "-layout")
    for i in range(20):  # each name on one line, not broken every few characters
        assert task_name(i) in text, i


def _wide_sheet(columns: int, rows: int) -> SheetData:
    cols = [Column("#", 4, "RIGHT", nowrap=True), Column("Name", 20)]
    cols += [Column(f"Quarter-{c:02d} figure", 6, "RIGHT", nowrap=True)
             for c in range(columns)]
    data = [[str(r + 1), f"Row name {r + 1}",
             *(f"{(r + 1) * 1000 + c:,}" for c in range(columns))] for r in range(rows)]
    return SheetData(key="wide", number=None, title="Wide table", landscape=False,
                     version="V-000000", columns=cols, rows=data, font_size=8)


def test_any_table_wider_than_the_page_splits_into_column_groups(tmp_path):
    job = PrintJob(organisation="Org", initiative="Wide", printed_on=dt.date(2026, 11, 20),
                   lang="en", sheets=[_wide_sheet(columns=40, rows=30)])
    out = tmp_path / "wide.pdf"
    out.write_bytes(printing.render(job))
    pages = page_texts(out, "-layout")
    parts = int(re.search(r"Part 1 of (\d+)", pages[0]).group(1))
    assert parts >= 3
    found: set[int] = set()
    for text in pages:
        assert "Name" in text  # every page repeats the name column's heading
        found |= {c for c in range(40) if f"Quarter-{c:02d}" in squash(text)}
    assert found == set(range(40))
    whole = "".join(pages)
    for r in range(30):  # each row once in each group, its name on one line
        assert whole.count(f"Row name {r + 1}\n") + whole.count(f"Row name {r + 1} ") == parts
    whole = pdftotext(out)
    for c in (0, 17, 39):  # figures print whole, never cut
        assert f"{30 * 1000 + c:,}" in whole


def test_raci_sheet_content_is_built_once_and_reads_each_letter_a_few_times(
        tmp_path, monkeypatch):
    """Printing was quadratic: the RACI sheet scanned every letter once per task."""
    from app.raci import raci_grid

    ws = Workspace.create(tmp_path / "w.crossdesk")
    fill_large(ws, tasks=300, pain_points=3, people=8, letters=True)
    scans = {"letters": 0, "grids": 0}

    class CountingLetters(dict):
        def items(self):  # type: ignore[override]
            scans["letters"] += 1
            return super().items()

        def __iter__(self):
            scans["letters"] += 1
            return super().__iter__()

    real = raci_grid.read_grid

    def counted(*args, **kwargs):
        scans["grids"] += 1
        grid = real(*args, **kwargs)
        grid.letters = CountingLetters(grid.letters)
        return grid

    built = {"content": 0}
    content = RaciSheet._content

    def counted_content(self, *args, **kwargs):
        built["content"] += 1
        return content(self, *args, **kwargs)

    monkeypatch.setattr(raci_grid, "read_grid", counted)
    monkeypatch.setattr(RaciSheet, "_content", counted_content)
    job = printing.print_pdf(ws, 1, tmp_path / "all.pdf", lang="en")
    ws.close()
    assert built["content"] == 1  # the tag comes from the content printed, not a second build
    assert scans["grids"] <= 2  # the members' and the departments' view, once each
    assert scans["letters"] <= 6  # not once per task (300)
    assert "raci" in [s.key for s in job.sheets]
