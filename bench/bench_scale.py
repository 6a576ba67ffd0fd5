"""How CrossDesk grows with the plan: 1,000 / 5,000 / 20,000 / 50,000 tasks (links for 80 %
of them, RACI letters, a team), each figure beside a floor measured in the same run.

Per size:
* the program started on the Gantt tab (``crossdesk FILE --tab gantt`` in a fresh
  process, see probe.py): time to the painted chart, time to interactive (every answer
  within 50 ms until the rule check's findings are in), the longest freeze after the
  first paint (target ≤ 100 ms), the CPU spent until the program settles against the
  time to the painted chart (target ≤ 2×), and the peak memory. Floor: a bare PySide6
  window started and painted the same way.
* at the largest size, the CPU the open program costs while left alone (target < 1 % of
  a core over a minute; ``--idle`` sets the seconds).
* ``crossdesk-cli schedule`` and ``check`` run in this process (interpreter start-up not
  counted); target: 4× the tasks within 6× the time (printed for each pair of sizes 4×
  apart, e.g. 5,000 → 20,000).
* print all forms, against plain reportlab tables of the same rows (bench_print's floor).
* Excel export and import, against openpyxl's own write-only write and read-only read
  (bench_excel's floors).

Run: .venv/bin/python bench/bench_scale.py [--sizes 1000,5000] [--runs 3] [--idle 60]
     [--skip start,commands,print,excel] [--files-up-to 50000]
Timings are never tests; the machine may be busy, so compare ratios from the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from children import child_env

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from plans import build  # noqa: E402

TODAY = dt.date(2025, 6, 2)

CHILD = r"""
import sys, time
T0 = float(sys.argv.pop(1))
IDLE = float(sys.argv.pop(1))
sys.path.insert(0, sys.argv.pop(1))
import probe
probe.install(T0, "GanttChart", findings=True, settle=True, idle=IDLE)
import runpy
runpy.run_module("ui.launch", run_name="__main__", alter_sys=True)
"""

FLOOR = r"""
import sys, time
T0 = float(sys.argv.pop(1))
sys.path.insert(0, sys.argv.pop(1))
import probe
probe.install(T0, "Bare")
from PySide6.QtWidgets import QApplication, QWidget
class Bare(QWidget):
    pass
app = QApplication([])
w = Bare()
w.resize(1360, 820)
w.show()
app.exec()
"""


def child(code: str, args: list[str], home: Path) -> dict[str, float]:
    env = child_env(CROSSDESK_HOME=str(home))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(start), *args], capture_output=True,
                         text=True, env=env, timeout=900, cwd=ROOT)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def row(label: str, value: str, floor: str = "", ratio: str = "", target: str = "") -> None:
    print(f"  {label:<34} {value:>11}  {floor:>18}  {ratio:>8}  {target}", flush=True)


def program(path: Path, n: int, runs: int, idle: float, home: Path) -> None:
    floors = [child(FLOOR, [str(BENCH)], home)["painted"] for _ in range(runs)]
    found = []
    for k in range(runs):
        # A fresh home each run: the opening backup is taken every time.
        shutil.rmtree(home, ignore_errors=True)
        last = k == runs - 1
        found.append(child(CHILD, [str(idle if last else 0), str(BENCH), str(path), "--tab",
                                   "gantt"], home))
    assert all(r["rows"] >= n for r in found), "the first painted chart lacked rows"
    f = statistics.median(floors)
    painted = median_of(found, "painted")
    row("start → painted Gantt", f"{painted * 1000:.0f} ms", f"bare window {f * 1000:.0f} ms",
        f"{painted / f:.2f}×")
    row("time to interactive", f"{median_of(found, 'interactive') * 1000:.0f} ms",
        f"findings in {median_of(found, 'findings_at') * 1000:.0f} ms")
    worst = max(r["longest_freeze"] for r in found)
    row("longest freeze after the first paint", f"{worst * 1000:.0f} ms",
        f"median {median_of(found, 'longest_freeze') * 1000:.0f} ms", "",
        f"≤ 100 ms: {'met' if worst <= 0.1 else 'MISSED'}")
    cpu_ratio = statistics.median(r["cpu"] / r["painted"] for r in found)
    row("CPU until settled", f"{median_of(found, 'cpu'):.2f} s",
        f"before paint {median_of(found, 'cpu_at_paint'):.2f} s", f"{cpu_ratio:.2f}×",
        f"≤ 2× the painted time: {'met' if cpu_ratio <= 2 else 'MISSED'}")
    row("peak memory", f"{median_of(found, 'peak_mb'):.0f} MB")
    if idle and "idle_core" in found[-1]:
        share = found[-1]["idle_core"] * 100
        row(f"left alone for {found[-1]['idle_seconds']:.0f} s", f"{share:.2f} % core", "", "",
            f"< 1 %: {'met' if share < 1 else 'MISSED'}")


def in_process(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cli(argv: list[str]) -> Callable[[], object]:
    from app.cli.main import main

    def run() -> object:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                return main(argv)
            except SystemExit as exc:
                return exc.code
    return run


def commands(path: Path, runs: int) -> tuple[float, float]:
    schedule_cmd = cli(["schedule", str(path), "--today", TODAY.isoformat()])
    check_cmd = cli(["check", str(path)])
    schedule_cmd(), check_cmd()  # the modules' first import is not the command's work
    schedule = in_process(schedule_cmd, runs)
    check = in_process(check_cmd, runs)
    row("crossdesk-cli schedule", f"{schedule * 1000:.0f} ms")
    row("crossdesk-cli check", f"{check * 1000:.0f} ms")
    return schedule, check


def print_all(path: Path, ini: int, runs: int) -> None:
    from bench_print import plain_tables

    from app import printing
    from app.printing import fonts
    from app.store.workspace import Workspace

    fonts.register()
    ws = Workspace.open(path, read_only=True)
    try:
        out = path.with_suffix(".pdf")
        ours = in_process(lambda: printing.print_pdf(ws, ini, out, lang="zh_CN", today=TODAY),
                          runs)
        job = printing.collect_job(ws, ini, lang="zh_CN", today=TODAY)
        floor = in_process(lambda: plain_tables(job), runs)
    finally:
        ws.close()
    row("print all forms", f"{ours:.2f} s", f"reportlab {floor:.2f} s", f"{ours / floor:.2f}×")


def excel(path: Path, ini: int) -> None:
    from bench_excel import floor_read, floor_write

    from app.excel.apply import apply_plan
    from app.excel.export import export_workbook
    from app.excel.plan import build_plan
    from app.store.workspace import Workspace

    copy = path.with_name(path.stem + "-excel.crossdesk")
    shutil.copy(path, copy)
    ws = Workspace.open(copy)
    try:
        out = copy.with_suffix(".xlsx")
        t = time.perf_counter()
        export_workbook(ws, ini, out, "zh_CN", today=TODAY)
        export_s = time.perf_counter() - t
        write_floor = floor_write(out, copy.with_name("floor.xlsx"))
        read_floor = floor_read(out)
        t = time.perf_counter()
        apply_plan(ws, build_plan(ws, out, None, new_initiative="import"))
        import_s = time.perf_counter() - t
    finally:
        ws.close()
    row("Excel export", f"{export_s:.2f} s", f"openpyxl {write_floor:.2f} s",
        f"{export_s / write_floor:.2f}×")
    row("Excel import", f"{import_s:.2f} s", f"openpyxl {read_floor:.2f} s",
        f"{import_s / read_floor:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,20000,50000",
                        help="numbers of tasks, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="fresh starts and repeats")
    parser.add_argument("--idle", type=float, default=60.0,
                        help="seconds the largest plan is left open alone (0: skip)")
    parser.add_argument("--skip", default="", help="any of: start, commands, print, excel")
    parser.add_argument("--files-up-to", type=int, default=20000,
                        help="print and Excel only up to this many tasks (they take minutes "
                             "at 50,000 on a busy two-core machine)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    skip = set(args.skip.split(","))
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} "
          f"{os.getloadavg()[1]:.2f}; medians of {args.runs} runs\n", flush=True)
    times: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"plan-{n}.crossdesk"
            t = time.perf_counter()
            ini = build(path, n)
            print(f"{n:,} tasks ({path.stat().st_size / 1e6:.1f} MB, built in "
                  f"{time.perf_counter() - t:.1f} s)", flush=True)
            if "start" not in skip:
                program(path, n, args.runs, args.idle if n == max(sizes) else 0,
                        Path(tmp) / "home")
            if "commands" not in skip:
                times[n] = commands(path, args.runs)
            if "print" not in skip and n <= args.files_up_to:
                print_all(path, ini, 1 if n > 5000 else args.runs)
            if "excel" not in skip and n <= args.files_up_to:
                excel(path, ini)
            print(f"  (load average now {os.getloadavg()[0]:.2f})\n", flush=True)
    pairs = [(a, b) for a in times for b in times if b == 4 * a]
    for a, b in pairs:
        for k, name in enumerate(("schedule", "check")):
            growth = times[b][k] / times[a][k]
            print(f"{name}: {a:,} → {b:,} tasks took {growth:.1f}× the time "
                  f"(target ≤ 6×: {'met' if growth <= 6 else 'MISSED'})")


if __name__ == "__main__":
    main()
