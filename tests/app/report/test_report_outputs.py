"""The report's three outputs from one content: the e-mail parsed back with the standard
library, the PDF read back with pdftotext in both languages, the workbook with openpyxl."""

from __future__ import annotations

import email
import email.policy
import io
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import UserError
from app.report.build import build_content
from app.report.outputs import Rendered, write
from tests.app.report.weekly_plan import AS_OF, first_report, make_plan, week_of_work


@pytest.fixture
def content(tmp_path: Path):
    ws, ini, ids = make_plan(tmp_path / "weekly.crossdesk")
    first_report(ws, ini)
    week_of_work(ws, ini, ids)
    yield build_content(ws, ini, AS_OF)
    ws.close()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_three_files_say_the_same_in_the_users_language(content, tmp_path: Path,
                                                            lang: str) -> None:
    paths = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "r.eml"
    written = write(Rendered.of(content, lang), *paths)
    assert written == list(paths)
    text = pdf_text(paths[0])
    words = {"en": ["Weekly progress report", "Late", "Finished this week", "Supplier late",
                    "Second supplier", "50 % (1 of 2 due milestones)", "below target",
                    "Changed since the previous report", "new task", "removed",
                    "% complete: 40 % → 60 %"],
             "zh_CN": ["协作进度周报", "已逾期", "本周完成", "下一步计划", "里程碑按时率",
                       "50 %", "未达标", "自上次周报以来的变化", "新增任务", "已删除",
                       "完成率: 40 % → 60 %"]}[lang]
    for word in words:
        assert word in text, word
    fonts = subprocess.run(["pdffonts", str(paths[0])], capture_output=True, text=True,
                           check=True).stdout
    assert "DejaVuSansCondensed" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded

    sheet = load_workbook(paths[1]).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Supplier late" in cells and 4 in cells  # B's days late, a number
    assert ("Weekly progress report" if lang == "en" else "协作进度周报") in cells

    msg = email.message_from_bytes(paths[2].read_bytes(), policy=email.policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["wang@example.com", "li@example.com"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["zhao@example.com"]
    assert msg["Subject"] == {
        "en": "Weekly progress report: Faster approvals (as of 2025-03-14)",
        "zh_CN": "协作进度周报：Faster approvals（截至 2025-03-14）"}[lang]
    attached = {p.get_filename(): (p.get_content_type(), p.get_content())
                for p in msg.iter_attachments()}
    assert attached == {
        "r.pdf": ("application/pdf", paths[0].read_bytes()),
        "r.xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   paths[1].read_bytes())}
    body = msg.get_body(("plain",)).get_content()
    assert "B" in body and ("Supplier late" in body)
    assert ("Dear all" if lang == "en" else "各位同事") in body


def test_the_email_alone_attaches_both_files_under_the_reports_name(content, tmp_path: Path) -> None:
    (path,) = write(Rendered.of(content, "zh_CN"), eml_path=tmp_path / "mail.eml")
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["周报 Faster approvals 2025-03-14.pdf", "周报 Faster approvals 2025-03-14.xlsx"]
    assert msg["X-Unsent"] == "1"  # opens as a draft, ready to send
    assert load_workbook(io.BytesIO(list(msg.iter_attachments())[1].get_content())).active


@pytest.mark.parametrize("paths", [
    ("r.pdf", "r.pdf", None),  # one file for two outputs
    ("r.xlsx", None, None),  # the PDF under another ending
    ("r.pdf", "r.csv", None),
    ("r.pdf", None, "r.txt"),
    (".", None, None),  # a folder
])
def test_bad_output_paths_are_refused_before_anything_is_written(content, tmp_path: Path,
                                                                 paths) -> None:
    given = [None if p is None else tmp_path / p for p in paths]
    with pytest.raises(UserError):
        write(Rendered.of(content, "en"), *given)
    assert not any(p.suffix in (".pdf", ".xlsx", ".eml") for p in tmp_path.iterdir())


def test_a_long_plan_reports_on_several_pages_with_every_late_task(long_plan, workspace,
                                                                    tmp_path: Path) -> None:
    """120 tasks, all of them late on the as-of day: every one is listed, the PDF breaks
    across pages with the table's header repeated, the workbook holds every row."""
    import datetime as dt

    from pypdf import PdfReader

    ini, ids = long_plan
    content = build_content(workspace, ini, dt.datetime(2025, 6, 27, 17))
    assert len(content.late) == len(ids) == 120
    assert all(t.days_late > 0 for t in content.late)
    rendered = Rendered.of(content, "zh_CN")
    write(rendered, tmp_path / "long.pdf", tmp_path / "long.xlsx")
    assert len(PdfReader(tmp_path / "long.pdf").pages) >= 3
    text = pdf_text(tmp_path / "long.pdf")
    assert all(re.search(rf"\b{t.name}\b", text) for t in content.late)
    rows = list(load_workbook(tmp_path / "long.xlsx").active.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[0] and str(r[0]).startswith("Task ")) >= len(content.late)
