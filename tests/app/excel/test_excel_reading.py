"""The reader reads what the file holds, not what its header claims: every row whatever the
``<dimension>`` says, only the columns with header text (so a cell far to the right costs
nothing), cells under no header counted for the preview, and a clear refusal beyond the
stated limit."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.cli.main import main
from app.errors import UserError
from app.excel import safety
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.excel.preview import describe
from app.excel.reader import read_workbook
from tests.app.excel.raw_xlsx import (
    SHARED_STRINGS_TYPE,
    STYLES_TYPE,
    add_part,
    many_styles,
    many_texts,
    set_dimension,
    write_xlsx,
)

TASKS = "4 计划跟踪"
XFD = 16384  # the last column Excel has


def _new_tasks(plan) -> list[str]:
    return [r.label for r in plan.rows if r.form == "tracking" and r.status is Status.NEW]


def test_rows_past_an_understated_dimension_are_read(demo_ws, demo_xlsx, tmp_path, capsys):
    wb = load_workbook(demo_xlsx)
    sheet = wb[TASKS]
    last, width = sheet.max_row, sheet.max_column
    headers = [c.value for c in sheet[3]]
    names = [f"追加任务 {i}" for i in range(1, 6)]
    for name in names:
        row = {"任务": name, "计划开始": dt.datetime(2027, 1, 4), "计划完成": dt.datetime(2027, 1, 8)}
        sheet.append([row.get(h) for h in headers])
    path = tmp_path / "appended.xlsx"
    wb.save(path)
    # The header still says the sheet ends where it ended before the five rows were added.
    set_dimension(path, TASKS, f"A1:{get_column_letter(width)}{last}")

    assert _new_tasks(build_plan(demo_ws, path, 1)) == names
    capsys.readouterr()
    assert main(["import", str(demo_ws.path), str(path), "--dry-run", "--lang", "en"]) == 0
    assert "5 new" in capsys.readouterr().out


def _tasks_with_far_cells(path: Path, n: int, far: dict[int, int] | None = None) -> Path:
    """A tasks sheet of ``n`` rows, each with one more cell in column XFD (no header there)
    and ``far``: column → how many rows get a cell there too."""
    far = far or {}

    def rows():
        yield 1, [(1, "序号"), (2, "任务"), (3, "计划开始"), (4, "计划完成")]
        for i in range(1, n + 1):
            cells = [(1, i), (2, f"任务 {i}"), (3, "2027-01-04"), (4, "2027-01-08")]
            cells += [(col, "x") for col, count in sorted(far.items()) if i <= count]
            cells.append((XFD, "."))
            yield i + 1, cells

    return write_xlsx(path, {TASKS: rows()})


def test_cells_under_no_header_are_counted_and_named(demo_ws, tmp_path):
    path = _tasks_with_far_cells(tmp_path / "far.xlsx", 5, far={8: 2})
    book = read_workbook(path)
    (sheet,) = book.sheets
    assert [len(cells) for _, cells in sheet.rows] == [4] * 5  # nothing kept past the headers
    assert sheet.unheaded == {7: 2, XFD - 1: 5}
    assert sheet.unheaded_columns() == [("H", 2), ("XFD", 5)]
    plan = build_plan(demo_ws, path, 1)
    assert len(_new_tasks(plan)) == 5
    text = "\n".join(describe(plan, "en"))
    assert "column H, no header, 2 cells" in text
    assert "column XFD, no header, 5 cells" in text


def test_a_column_with_header_text_is_kept_with_its_cells(tmp_path):
    """Unrecognised headers stay readable (the preview lists them as unused columns)."""
    path = write_xlsx(
        tmp_path / "extra.xlsx",
        {
            TASKS: [
                (1, [(1, "任务"), (2, "计划开始"), (30, "工作职责")]),
                (2, [(1, "任务一"), (2, "2027-01-04"), (30, "联络")]),
                (3, [(1, "任务二"), (2, "2027-01-05")]),
            ]
        },
    )
    (sheet,) = read_workbook(path).sheets
    assert sheet.header.headers[29] == "工作职责"
    assert [cells[29] if len(cells) > 29 else None for _, cells in sheet.rows] == ["联络", None]
    assert sheet.unheaded == {}


_MEASURE = textwrap.dedent(
    """
    import json, resource, sys
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from app.excel.plan import build_plan
    from app.store.workspace import Workspace
    ws = Workspace.create(sys.argv[1])
    try:
        plan = build_plan(ws, sys.argv[2], None, new_initiative="memory")
        result = {"new": plan.counts()["new"]}
    except MemoryError:
        result = {"error": "MemoryError"}
    finally:
        ws.close()
    # VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across exec, so
    # a child of a large pytest process would report the parent's size.
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    result["peak_mb"] = int(hwm.split()[1]) / 1024
    print(json.dumps(result))
    """
)


def _import_peak(tmp_path: Path, xlsx: Path, cap_mb: int) -> dict:
    """Plan the import of ``xlsx`` in a fresh process whose address space is capped at
    ``cap_mb`` (so a memory bomb fails there, not on this machine); its peak RSS in MB."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(tmp_path / "m.crossdesk"), str(xlsx),
         str(cap_mb * 1024 * 1024)],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_cell_in_xfd_on_every_row_costs_no_memory(tmp_path):
    """20,000 rows each reaching column XFD were 20,000 × 16,384 cells in memory (2.6 GB)."""
    path = _tasks_with_far_cells(tmp_path / "wide.xlsx", 20_000)
    assert path.stat().st_size < 1_000_000
    found = _import_peak(tmp_path, path, cap_mb=1536)
    assert found.get("new") == 20_000, found
    assert found["peak_mb"] < 400, found


@pytest.mark.slow
def test_a_sheet_at_the_row_limit_reaching_xfd_stays_under_one_gib(tmp_path):
    path = _tasks_with_far_cells(tmp_path / "wide.xlsx", safety.MAX_ROWS - 1)
    found = _import_peak(tmp_path, path, cap_mb=2048)
    assert found.get("new") == safety.MAX_ROWS - 1, found
    assert found["peak_mb"] < 1024, found


def test_headers_across_every_column_over_many_rows_are_refused(demo_ws, tmp_path, capsys):
    """Header text in all 16,384 columns makes each row as wide: beyond the stated limit of
    cells the file is refused with a message, not read."""
    rows_n = safety.MAX_CELLS // XFD + 10

    def rows():
        yield 1, [(1, "任务"), (2, "计划开始"), *[(c, f"列{c}") for c in range(3, XFD + 1)]]
        for i in range(2, rows_n + 2):
            yield i, [(1, f"任务 {i}"), (2, "2027-01-04")]

    path = write_xlsx(tmp_path / "wide-headers.xlsx", {TASKS: rows()})
    with pytest.raises(UserError) as refused:
        read_workbook(path)
    message = refused.value.message("en")
    assert TASKS in message and "XFD" in message and f"{safety.MAX_CELLS:,}" in message
    capsys.readouterr()
    assert main(["import", str(demo_ws.path), str(path), "--dry-run", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "XFD" in err and "Traceback" not in err


def test_more_texts_or_styles_than_the_limits_are_refused(demo_ws, tmp_path, capsys):
    """openpyxl holds every shared text and every style before the first row is read: a
    table of millions of short texts, or a bloated style sheet, is refused beforehand."""
    texts = _tasks_with_far_cells(tmp_path / "texts.xlsx", 2)
    add_part(texts, "xl/sharedStrings.xml", SHARED_STRINGS_TYPE, many_texts(safety.MAX_STRINGS + 1))
    styles = _tasks_with_far_cells(tmp_path / "styles.xlsx", 2)
    row = len('<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0"/>')
    add_part(styles, "xl/styles.xml", STYLES_TYPE,
             many_styles(safety.MAX_STYLES_MB * 1024 * 1024 // row + 1000))
    for path, words in ((texts, f"at most {safety.MAX_STRINGS:,}"), (styles, "cell styles")):
        with pytest.raises(UserError) as refused:
            read_workbook(path)
        assert words in refused.value.message("en")
        capsys.readouterr()
        assert main(["import", str(demo_ws.path), str(path), "--dry-run", "--lang", "en"]) == 1
        assert words in capsys.readouterr().err
    # just within the limits, both are read
    fine = _tasks_with_far_cells(tmp_path / "fine.xlsx", 2)
    add_part(fine, "xl/sharedStrings.xml", SHARED_STRINGS_TYPE, many_texts(1000))
    add_part(fine, "xl/styles.xml", STYLES_TYPE, many_styles(1000))
    assert len(read_workbook(fine).sheets[0].rows) == 2


@pytest.mark.slow
def test_a_workbook_at_every_limit_at_once_stays_under_one_gib(tmp_path):
    """The most a workbook may hold, all at once: the most rows (100,000 tasks, their RACI
    grid with a letter for each of 60 people, and more goals), the most different texts
    and the largest style sheet."""
    people = [f"成员{i:02d}" for i in range(60)]
    tasks = safety.MAX_ROWS - 1
    goals = safety.MAX_ROWS_IN_WORKBOOK - 2 * tasks - len(people)

    def team():
        yield 1, [(1, "姓名"), (2, "部门"), (3, "角色")]
        for i, name in enumerate(people):
            yield i + 2, [(1, name), (2, "研发部"), (3, "执行人")]

    def tracking():
        yield 1, [(1, "序号"), (2, "任务"), (3, "计划开始"), (4, "计划完成"), (5, "问题")]
        for i in range(1, tasks + 1):
            yield i + 1, [(1, i), (2, f"任务 {i}"), (3, "2027-01-04"), (4, "2027-01-08"),
                          (5, f"问题 {i} 的描述")]

    def raci():
        yield 1, [(1, "序号"), (2, "任务"), *[(c + 3, n) for c, n in enumerate(people)]]
        for i in range(1, tasks + 1):
            yield i + 1, [(1, i), (2, f"任务 {i}"),
                          *[(c + 3, "RACI"[(i + c) % 4]) for c in range(len(people))]]

    def goal_rows():
        yield 1, [(1, "目标"), (2, "衡量标准"), (3, "完成时间")]
        for i in range(1, goals + 1):
            yield i + 1, [(1, f"目标 {i}"), (2, f"标准 {i}"), (3, "2027-03-31")]

    sheets = {"2 团队": team(), "4 计划跟踪": tracking(), "RACI 矩阵": raci(), "1 目标": goal_rows()}
    path = write_xlsx(tmp_path / "limits.xlsx", sheets)
    add_part(path, "xl/sharedStrings.xml", SHARED_STRINGS_TYPE, many_texts(safety.MAX_STRINGS))
    row = len('<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/>')
    add_part(path, "xl/styles.xml", STYLES_TYPE,
             many_styles(safety.MAX_STYLES_MB * 1024 * 1024 // row - 5000))
    found = _import_peak(tmp_path, path, cap_mb=2048)
    assert found.get("new") == safety.MAX_ROWS_IN_WORKBOOK, found
    assert found["peak_mb"] < 1024, found
