"""The report's register sections on a hand-made register (tests/app/report/
weekly_register.py): which items each section lists as of the report's moment, their
clocks, both languages, and the same rows in the PDF, the workbook and a kept report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.report import keeping
from app.report.build import build_content
from app.report.outputs import Rendered, write
from app.report.sections import sections
from tests.app.report.weekly_plan import AS_OF, make_plan
from tests.app.report.weekly_register import make_register


@pytest.fixture
def content(tmp_path: Path):
    ws, ini, ids = make_plan(tmp_path / "weekly.crossdesk")
    make_register(ws, ini, ids)
    yield ws, build_content(ws, ini, AS_OF)
    ws.close()


def by_key(content, lang: str) -> dict[str, list[list[str]]]:  # type: ignore[no-untyped-def]
    return {part.key: part.rows for part in sections(content, lang)}


def test_the_register_sections_as_of_friday_against_the_figures_worked_out_by_hand(
        content) -> None:
    _, c = content
    rows = by_key(c, "en")
    # number, kind, title, status, urgency, owner, department, opened, due, overdue (wd)
    assert rows["report.section.risks"] == [
        ["FX-001", "Risk notice", "B late", "Open", "", "Li Liaison", "",
         "2025-03-11 09:00", "2025-03-12 09:00", "2"],
        ["FX-002", "Risk notice", "C late", "Sent", "", "", "",
         "2025-03-13 10:00", "2025-03-14 10:00", ""],
    ]
    assert rows["report.section.problems"] == [
        ["WT-001", "Problem", "Approvals stuck", "Being handled", "Urgent", "Li Liaison", "",
         "2025-03-13 10:00", "2025-03-14 10:00", "<1"],
        ["WT-003", "Problem", "Slow printer", "Open", "Routine", "", "",
         "2025-03-10 09:00", "2025-03-18 23:59", ""],
    ]
    assert [r[:3] + r[-2:] for r in rows["report.section.requests"]] == [
        ["ZY-001", "Resource request", "Two testers", "2025-03-13 23:59", "1"],
        ["BG-001", "Change request", "Add a signature", "2025-03-20 17:00", ""],
    ]
    assert rows["report.section.meetings"] == [
        ["HY-001 Weekly", "Decision", "Use the second supplier", "", "", "No"],
        ["HY-001 Weekly", "Action item", "Call the supplier", "Zhao Exec", "2025-03-13", "No"],
    ]
    zh = by_key(c, "zh_CN")
    assert zh["report.section.risks"][0][1:4] == ["风险预警通知", "B late", "待处理"]
    assert zh["report.section.meetings"][1][1] == "行动项"


def test_the_register_sections_print_and_export_and_keep(content, tmp_path: Path) -> None:
    ws, c = content
    for lang, words in (("en", ["Risk notices open or past their clocks", "FX-001",
                                "Problems open or past their clocks", "WT-001",
                                "Decisions and action items of this week's meetings",
                                "Call the supplier"]),
                        ("zh_CN", ["未关闭或已超时的风险预警通知", "未关闭或已超时的问题",
                                   "本周会议的决议与行动项", "行动项", "ZY-001"])):
        pdf, xlsx = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.xlsx"
        write(Rendered.of(c, lang), pdf, xlsx)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        for word in words:
            assert word in text, (lang, word)
        cells = [v for row in load_workbook(xlsx).active.iter_rows(values_only=True)
                 for v in row if v is not None]
        for word in words:
            assert word in cells, (lang, word)
    # A kept report keeps the rows it showed and lays them out in either language.
    kept = keeping.load(ws, keeping.keep(ws, c))
    assert kept.blocks == c.blocks
    assert by_key(kept, "zh_CN") == by_key(c, "zh_CN")
