"""The archive of a round holds the register (its list and every item's sheet in the one
PDF) and the weekly reports as they were sent, each as its PDF: on the hand-made plan and
register of tests/app/report/."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.report import keeping
from app.report.build import build_content
from app.rounds import closing
from tests.app.printing.conftest import pdftotext, squash
from tests.app.report.weekly_plan import AS_OF, D, first_report, make_plan, week_of_work
from tests.app.report.weekly_register import make_register


def test_the_archive_holds_the_register_sheets_and_the_reports_sent(tmp_path: Path, cli) -> None:
    path = tmp_path / "weekly.crossdesk"
    ws, ini, ids = make_plan(path)
    make_register(ws, ini, ids)
    first_report(ws, ini)  # as of Fri 7 Mar
    ids = week_of_work(ws, ini, ids)
    keeping.keep(ws, build_content(ws, ini, AS_OF))  # as of Fri 14 Mar
    closing.close_round(ws, ini, D(2025, 3, 21))
    ws.close()

    dest = tmp_path / "round.zip"
    result = cli("archive", path, dest, "--initiative", str(ini))
    assert result.code == 0, result.err
    out = tmp_path / "out"
    with zipfile.ZipFile(dest) as zf:
        zf.extractall(out)
    (folder,) = out.iterdir()
    names = sorted(p.name for p in folder.iterdir())
    stem = folder.name
    assert stem.startswith("Faster approvals ") and stem.endswith("–2025-03-21")
    assert names == sorted([f"{stem}.pdf", f"{stem}.xlsx",
                            "Weekly report Faster approvals 2025-03-07.pdf",
                            "Weekly report Faster approvals 2025-03-14.pdf"])

    record = squash(pdftotext(folder / f"{stem}.pdf"))
    # The register's list, then one sheet per item (14 items: 4 meetings, 4 problems, 3 risk
    # notices, a resource, a collaboration and a change request).
    assert "Coordinationregister" in record
    for title, number in (("Cross-departmentmeetingrecord", "HY-004"),
                          ("Problemreportandassessment", "WT-002"), ("Risknotice", "FX-003"),
                          ("Resourcerequest", "ZY-001"), ("Collaborationrequest", "XZ-001"),
                          ("Changerequestrecord", "BG-001")):
        assert f"{title}{number}" in record, (title, number)
    # Each report as it was sent: the first as of 7 March (A still open), the second with
    # its register sections.
    first = squash(pdftotext(folder / "Weekly report Faster approvals 2025-03-07.pdf"))
    second = squash(pdftotext(folder / "Weekly report Faster approvals 2025-03-14.pdf"))
    assert "2025-03-0717:00" in first and "Thisisthefirstreport" in first
    assert "2025-03-1417:00" in second and "Risknoticesopenorpasttheirclocks" in second
