"""Export and import of an initiative with 10,000 tasks, each beside the floor openpyxl
itself needs for the same file in the same run: a write-only write of the same cells
(with a named style each) and a read-only read of all of them. Target: ≤ 1.5× the floor.

    python bench/bench_excel.py [--tasks 10000]

The import and its floor are each the best of two runs, taken in turn.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from app.excel import styles
from app.excel.apply import apply_plan, undo_import
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Initiative,
    Measure,
    Member,
    Person,
    RaciAssignment,
    Task,
    TaskDependency,
)
from app.store.workspace import Workspace

TARGET = 1.5
ROUNDS = 2


def build(path: Path, n_tasks: int) -> int:
    ws = Workspace.create(path)
    start = dt.date(2026, 1, 5)
    with ws.write(ChangeArea.INITIATIVES) as s:
        deps = [Department(name=f"部门{i}", position=i) for i in range(1, 9)]
        s.add_all(deps)
        ini = Initiative(name="万项任务", position=1)
        s.add(ini)
        people = [Person(name=f"人员{i}", department=deps[i % 8]) for i in range(40)]
        s.add_all(people)
        s.flush()
        members = [
            Member(initiative_id=ini.id, person=p, role="executor", position=i)
            for i, p in enumerate(people[:12])
        ]
        s.add_all(members)
        measures = [Measure(initiative_id=ini.id, name=f"措施{i}", position=i) for i in range(20)]
        s.add_all(measures)
        s.flush()
        tasks = []
        for i in range(n_tasks):
            ps = start + dt.timedelta(days=i % 300)
            tasks.append(
                Task(
                    initiative_id=ini.id,
                    position=i + 1,
                    name=f"任务 {i + 1} 的名称",
                    measure=measures[i % 20],
                    department=deps[i % 8],
                    owner=people[i % 40],
                    planned_start=ps,
                    planned_finish=ps + dt.timedelta(days=7),
                    percent=(i * 7) % 101,
                    status=("not_started", "in_progress", "blocked", "done")[i % 4],
                    milestone=i % 50 == 0,
                    issue="偶发问题" if i % 9 == 0 else "",
                )
            )
        s.add_all(tasks)
        s.flush()
        for i in range(1, n_tasks, 3):
            s.add(TaskDependency(task_id=tasks[i].id, predecessor_id=tasks[i - 1].id))
        for i, t in enumerate(tasks):
            s.add(RaciAssignment(task_id=t.id, member_id=members[i % 12].id, letter="R"))
            s.add(RaciAssignment(task_id=t.id, member_id=members[(i + 1) % 12].id, letter="A"))
        ini_id = ini.id
    ws.close()
    return ini_id


def floor_write(source: Path, target: Path) -> float:
    """openpyxl's own write-only write of every cell of ``source``, each with a style."""
    rb = load_workbook(source, read_only=True)
    sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in rb.worksheets]
    rb.close()
    t = time.perf_counter()
    wb = Workbook(write_only=True)
    styles.register(wb)
    for title, rows in sheets:
        sheet = wb.create_sheet(title)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value)
                cell.style = styles.TEXT
                cells.append(cell)
            sheet.append(cells)
    wb.save(target)
    return time.perf_counter() - t


def floor_read(source: Path) -> float:
    t = time.perf_counter()
    wb = load_workbook(source, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ini = build(root / "bench.crossdesk", args.tasks)
        ws = Workspace.open(root / "bench.crossdesk")
        try:
            out = root / "export.xlsx"
            t = time.perf_counter()
            export_workbook(ws, ini, out, "zh_CN", today=dt.date(2026, 6, 1))
            export_s = time.perf_counter() - t
            write_floor = floor_write(out, root / "floor.xlsx")
            # Read floor and import in turn, ROUNDS times, best of each: on a busy machine a
            # single pair of runs can land in different minutes of load.
            read_floor = plan_s = apply_s = undo_s = float("inf")
            for _ in range(ROUNDS):
                read_floor = min(read_floor, floor_read(out))
                t = time.perf_counter()
                plan = build_plan(ws, out, None, new_initiative="导入副本")
                p_s = time.perf_counter() - t
                t = time.perf_counter()
                result = apply_plan(ws, plan)
                a_s = time.perf_counter() - t
                if p_s + a_s < plan_s + apply_s:
                    plan_s, apply_s = p_s, a_s
                t = time.perf_counter()
                undo_import(ws, result.undo)  # Ctrl+Z after the import: no target of its own
                undo_s = min(undo_s, time.perf_counter() - t)
        finally:
            ws.close()
    import_s = plan_s + apply_s
    print(f"{args.tasks} tasks")
    print(
        f"export  {export_s:6.2f} s   floor (write-only write) {write_floor:6.2f} s   "
        f"ratio {export_s / write_floor:4.2f}×   target ≤ {TARGET}×"
    )
    print(
        f"import  {import_s:6.2f} s   floor (read-only read)   {read_floor:6.2f} s   "
        f"ratio {import_s / read_floor:4.2f}×   target ≤ {TARGET}×"
    )
    print(
        f"        (plan {plan_s:.2f} s: read, check and classify; "
        f"apply {apply_s:.2f} s: one transaction)"
    )
    print(f"undo    {undo_s:6.2f} s   ratio to the read floor {undo_s / read_floor:4.2f}×")


if __name__ == "__main__":
    main()
