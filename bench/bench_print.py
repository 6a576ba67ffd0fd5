"""Printing all forms of an initiative of 500, 5,000 and 20,000 tasks.

Target (issue 16): printing grows linearly: at each size within 1.5x a plain reportlab
table of the same number of pages. The floor, measured in the same run: the same cell
texts (every table sheet's rows, the Gantt sheet's names and dates) as plain reportlab
tables in the same embedded font, one table per page, with as many pages as our print has
(no wrapping, header, footer, stripes, signature block or chart). One table per page
keeps the floor itself linear: a single long reportlab table is quadratic in its rows.

Each size: the median of ``ROUNDS`` runs of each, taken in turns, wall and CPU time (a
busy machine stretches wall time more than CPU time), and the load average.

Run from the repository root: ``python bench/bench_print.py [SIZES...]``
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from app import printing
from app.printing import fonts
from app.store.workspace import Workspace
from tests.app.printing.large import fill_large

SIZES = (500, 5_000, 20_000)
TARGET = 1.5
ROUNDS = 3
TODAY = dt.date(2026, 11, 20)


def floor_pdf(rows: list[list[str]], pages: int) -> bytes:
    """``rows`` as plain reportlab tables, one per page, over ``pages`` pages."""
    per_page = max(1, math.ceil(len(rows) / pages))
    story: list[object] = []
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.CJK),
                        ("FONTSIZE", (0, 0), (-1, -1), 7),
                        ("GRID", (0, 0), (-1, -1), 0.5, "grey")])
    width = landscape(A4)[0] - 40
    for n in range(pages):
        chunk = rows[n * per_page:(n + 1) * per_page] or [[""]]
        cols = max(len(r) for r in chunk)
        data = [r + [""] * (cols - len(r)) for r in chunk]
        story += [Table(data, colWidths=[width / cols] * cols, style=style), PageBreak()]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(A4), initialFontName=fonts.LATIN,
                      leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20).build(story)
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n")


@dataclass
class Runs:
    """Seconds of each run: ours and the floor's, wall and CPU; and both page counts."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    floor_wall: list[float] = field(default_factory=list)
    floor_cpu: list[float] = field(default_factory=list)
    pages: int = 0
    floor_pages: int = 0


def timed(runs: Runs, ours: Callable[[], bytes], floor: Callable[[], bytes]) -> None:
    """``ROUNDS`` runs of each, taken in turns so that both see the same load on a
    shared machine."""
    for _ in range(ROUNDS):
        for fn, wall, cpu in ((ours, runs.wall, runs.cpu),
                              (floor, runs.floor_wall, runs.floor_cpu)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)


def gantt_rows(ws: Workspace, ini: int) -> list[list[str]]:
    """The Gantt sheet's text: a name and its dates per row, as the chart prints them."""
    from app.printing.extra_sheets import GanttSheet
    from app.printing.gantt_plan import build_plan

    with ws.read() as s:
        plan = build_plan(GanttSheet._snapshot(s, ini, TODAY), "zh_CN")
    return [[r.label, r.dates] for r in plan.rows]


def measure(size: int, tmp: Path) -> Runs:
    ws = Workspace.create(tmp / f"bench-{size}.crossdesk")
    ini = fill_large(ws, tasks=size, pain_points=100, letters=True, links=True)
    runs = Runs()
    try:
        def ours() -> bytes:
            return printing.pdf_bytes(ws, ini, lang="zh_CN", today=TODAY)

        runs.pages = page_count(ours())
        job = printing.collect_job(ws, ini, lang="zh_CN", today=TODAY)
        rows = [r for s in job.sheets for r in s.rows] + gantt_rows(ws, ini)
        runs.floor_pages = page_count(floor_pdf(rows, runs.pages))
        timed(runs, ours, lambda: floor_pdf(rows, runs.pages))
    finally:
        ws.close()
    return runs


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    fonts.register()  # once per program; not part of a print
    print(f"print all forms ({ROUNDS} runs each, medians); {os.cpu_count()} CPUs; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(f"{'tasks':>7} {'pages':>6} {'ours s':>8} {'CPU':>7} {'floor s':>8} {'CPU':>7} "
          f"{'ratio':>6} {'CPU':>6}  target <= {TARGET}x", flush=True)
    verdicts = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            runs = measure(size, Path(tmp))
            ours, ours_cpu, floor, floor_cpu = (
                statistics.median(t) for t in (runs.wall, runs.cpu, runs.floor_wall,
                                               runs.floor_cpu))
            pages, plain_pages = runs.pages, runs.floor_pages
            ratio, cpu_ratio = ours / floor, ours_cpu / floor_cpu
            verdicts.append(cpu_ratio <= TARGET)
            print(f"{size:>7,} {pages:>6,} {ours:>8.2f} {ours_cpu:>7.2f} {floor:>8.2f} "
                  f"{floor_cpu:>7.2f} {ratio:>5.2f}x {cpu_ratio:>5.2f}x"
                  f"{'' if plain_pages == pages else f'  (floor {plain_pages} pages)'}",
                  flush=True)
    print(f"load average now {os.getloadavg()[0]:.1f}; "
          f"{'OK' if all(verdicts) else 'SLOW'} against the target (CPU ratio)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
