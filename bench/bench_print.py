"""Printing all forms of an initiative with 500 tasks and 100 pain points.

Target (issue 4): under 3 s. The floor is the time reportlab itself needs, in the same
run, for plain tables of the same size (the same cell texts as unwrapped strings in the
same embedded font, no header, footer or signature block): the ratio says how much our
layout adds to what any reportlab print of that much text costs.

Run from the repository root: ``python bench/bench_print.py``
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from app import printing
from app.printing import fonts
from app.workspace import Workspace
from tests.printing.large import fill_large

TARGET_S = 3.0
ROUNDS = 3


def plain_tables(job: printing.PrintJob) -> None:
    """The floor: every sheet's rows as one plain reportlab table each."""
    story = []
    for sheet in job.sheets:
        if not sheet.columns:  # a drawing (a chart, the matrix): no table to compare with
            continue
        data = [[c.label for c in sheet.columns], *sheet.rows]
        story.append(Table(data, repeatRows=1, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.CJK),
            ("FONTSIZE", (0, 0), (-1, -1), sheet.font_size),
            ("GRID", (0, 0), (-1, -1), 0.5, "grey")])))
    SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4), initialFontName=fonts.LATIN,
                      leftMargin=20, rightMargin=20).build(story)


def timed(fn) -> float:
    """Median wall time of a few rounds; the CPU time of the same rounds is kept in
    ``cpu_times`` because a busy machine stretches wall time but hardly CPU time."""
    times, cpu = [], []
    for _ in range(ROUNDS):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    cpu_times.append(statistics.median(cpu))
    return statistics.median(times)


cpu_times: list[float] = []


def main() -> int:
    fonts.register()  # once per program; not part of a print
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "bench.crossdesk")
        ini = fill_large(ws, tasks=500, pain_points=100)
        out = Path(tmp) / "all.pdf"
        today = dt.date(2026, 11, 20)
        ours = timed(lambda: printing.print_pdf(ws, ini, out, lang="zh_CN", today=today))
        job = printing.collect_job(ws, ini, lang="zh_CN", today=today)
        collect = timed(lambda: printing.collect_job(ws, ini, lang="zh_CN", today=today))
        floor = timed(lambda: plain_tables(job))
        pages = out.read_bytes().count(b"/Type /Page\n")
        ws.close()
    verdict = "OK" if ours < TARGET_S else "SLOW"
    print(f"print all forms, 500 tasks + 100 pain points: {ours:.2f} s, CPU {cpu_times[0]:.2f} s "
          f"(reading the workspace {collect:.2f} s; {pages or '?'} pages)")
    print(f"plain reportlab tables of the same size:        {floor:.2f} s, CPU {cpu_times[2]:.2f} s")
    print(f"ratio: {ours / floor:.2f}x the plain-table floor; target < {TARGET_S:.0f} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
