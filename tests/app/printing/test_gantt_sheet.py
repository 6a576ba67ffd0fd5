"""The printed Gantt chart: drawn as vectors and text on the page, read back from the PDF."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from app import printing
from app.org.initiatives import create_initiative
from app.printing.gantt_drawing import Axis, elide
from app.printing.gantt_plan import build_plan
from app.printing.textcell import text_width
from app.schedule import plan_view
from app.schedule.calendar import HOLIDAY, MAKEUP, CalendarException, WorkCalendar
from app.schedule.data import Plan, TaskData
from app.store.changes import ChangeArea
from app.store.models import TaskDependency
from tests.app.printing.conftest import pdffonts, pdftotext, squash
from tests.conftest import DEMO_TODAY

LANDSCAPE_WIDTH = 773.0  # the frame of a landscape A4 sheet, in points


def _images(pdf) -> int:
    count = 0
    for page in PdfReader(str(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        count += sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")
    return count


def test_demo_prints_every_task_name_under_a_month_header_in_chinese(demo_ws, tmp_path):
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    text = squash(pdftotext(out))
    snap = plan_view.take(demo_ws, 1, DEMO_TODAY)
    for task in snap.plan.tasks:
        assert squash(task.name) in text
    for measure in {t.measure_name for t in snap.plan.tasks if t.measure_name}:
        assert squash(measure) in text  # the measures' headings
    assert "甘特图" in text and "2026年11月" in text and "2026年10月" in text
    assert "今天2026-11-20" in text and "关键路径" in text  # the legend
    assert _images(out) == 0  # vectors and text, no picture of a chart
    fonts = pdffonts(out)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts)


def test_demo_in_english_names_months_in_english(demo_ws, tmp_path):
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["gantt"], lang="en", today=DEMO_TODAY)
    text = pdftotext(out)
    assert "Gantt chart" in text and "Nov 2026" in text and "Oct 2026" in text
    assert "critical path" in text and "today 2026-11-20" in text
    assert "Page 1 of 1" in text


def test_a_long_plan_spreads_over_pages_with_every_task_on_exactly_one(large_ws, tmp_path):
    out = tmp_path / "gantt.pdf"
    job = printing.print_pdf(large_ws, 1, out, forms=["gantt"], lang="en", today=DEMO_TODAY)
    assert job.sheets[0].version.startswith("V-")
    pages = pdftotext(out).split("\f")[:-1]  # poppler ends every page with a form feed
    assert len(pages) >= 5
    names = [t.name for t in plan_view.take(large_ws, 1, DEMO_TODAY).plan.tasks]
    assert len(names) == 200
    for name in names:
        assert sum(name in page for page in pages) == 1, name
    for n, page in enumerate(pages, 1):
        assert "Gantt chart" in page and "Task" in page and f"Page {n} of {len(pages)}" in page
        assert "Sep 2026" in page or "Oct 2026" in page  # the header on every page
    # A page that starts inside a measure repeats its heading.
    assert any("(continued)" in page for page in pages[1:])


def test_a_plan_without_tasks_prints_its_empty_line(empty_ws, tmp_path):
    ini = create_initiative(empty_ws, "空项目")
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(empty_ws, ini, out, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    text = pdftotext(out)
    assert "甘特图" in text and "暂无内容" in text
    assert "任务" not in text  # no empty chart frame


def test_a_dependency_loop_is_named_above_the_chart(demo_ws, tmp_path):
    snap = plan_view.take(demo_ws, 1, DEMO_TODAY)
    pred, task, _lag = snap.plan.links[0]
    with demo_ws.write(ChangeArea.TASKS) as s:
        s.add(TaskDependency(task_id=pred, predecessor_id=task))
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    text = squash(pdftotext(out))
    assert "循环" in text
    names = snap.plan.by_id
    assert squash(f"{names[pred].name}→{names[task].name}") in text \
        or squash(f"{names[task].name}→{names[pred].name}") in text
    for t in snap.plan.tasks:  # the chart still prints, without early and late dates
        assert squash(t.name) in text


def _plan(tasks: list[TaskData], today: dt.date, holidays=(), makeups=()) -> object:
    cal = WorkCalendar([CalendarException(d, False, "假") for d in holidays]
                       + [CalendarException(d, True, "调休") for d in makeups])
    return build_plan(plan_view.from_plan(Plan(1, tuple(tasks), ()), cal, today), "zh_CN")


def test_the_header_fits_the_span_days_for_a_week_quarters_for_years():
    day = dt.date(2026, 10, 5)
    week = _plan([TaskData(1, "短", 0, day, day + dt.timedelta(days=6))], day)
    assert Axis.fit(week, LANDSCAPE_WIDTH).lower_unit == "day"
    season = _plan([TaskData(1, "季", 0, day, day + dt.timedelta(days=100))], day)
    assert Axis.fit(season, LANDSCAPE_WIDTH).lower_unit == "week"
    years = _plan([TaskData(1, "年", 0, day, day + dt.timedelta(days=700))], day)
    assert Axis.fit(years, LANDSCAPE_WIDTH).lower_unit == "month"
    decade = _plan([TaskData(1, "十年", 0, day, day + dt.timedelta(days=3650))], day)
    axis = Axis.fit(decade, LANDSCAPE_WIDTH)
    assert axis.lower_unit == "quarter"
    assert axis.x(decade.days) <= LANDSCAPE_WIDTH + 0.01  # the whole span on the page


def test_holidays_and_make_up_days_come_from_the_working_calendar():
    day = dt.date(2026, 9, 28)  # a Monday
    holiday, makeup = dt.date(2026, 10, 1), dt.date(2026, 10, 10)  # a Thursday, a Saturday
    plan = _plan([TaskData(1, "国庆前后", 0, day, day + dt.timedelta(days=20))], day,
                 [holiday], [makeup])
    shaded = {(plan.date(d), kind) for d0, d1, kind in plan.shading for d in range(d0, d1)}
    assert (holiday, HOLIDAY) in shaded and (makeup, MAKEUP) in shaded
    assert not any(d == dt.date(2026, 10, 2) for d, _k in shaded)  # a working Friday


def test_a_long_name_is_cut_to_its_column():
    name = "完成跨部门审批流程的现状梳理、问题诊断与改进方案评审并形成会议纪要 and minutes"
    short = elide(name, 120, 7.5)
    assert short.endswith("…") and name.startswith(short[:-1])
    assert text_width(short, 7.5) <= 120
    assert elide("短名", 120, 7.5) == "短名"


def test_a_long_task_name_is_cut_on_the_sheet_not_run_into_the_dates(demo_ws, tmp_path):
    from app.store.models import Task

    long_name = "完成跨部门审批流程的现状梳理问题诊断与改进方案评审并形成会议纪要分发各部门"
    task_id = plan_view.take(demo_ws, 1, DEMO_TODAY).plan.tasks[0].id
    with demo_ws.write(ChangeArea.TASKS) as s:
        s.get(Task, task_id).name = long_name
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    line = next(ln for ln in pdftotext(out, "-layout").splitlines() if long_name[:8] in ln)
    shown = line.split()[0]
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert len(line.split()) >= 2  # its planned dates still stand apart in their column


def test_the_reference_baseline_prints_under_the_bars_and_by_name_in_the_legend(
        demo_ws, tmp_path):
    from app.schedule import baselines

    baselines.save_baseline(demo_ws, 1, "方案评审通过", dt.date(2026, 10, 26))
    snap = plan_view.take(demo_ws, 1, DEMO_TODAY)
    plan = build_plan(snap, "zh_CN")
    bars = [r.bar for r in plan.rows if r.bar is not None]
    assert bars and all(b.baseline is not None for b in bars)
    assert plan.baseline_name == "方案评审通过"
    out = tmp_path / "gantt.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    assert "基准：方案评审通过" in squash(pdftotext(out))
    # Without a baseline the legend does not mention one.
    plain = tmp_path / "plain.pdf"
    baselines.delete_baseline(demo_ws, baselines.list_baselines(demo_ws, 1)[0].id)
    printing.print_pdf(demo_ws, 1, plain, forms=["gantt"], lang="zh_CN", today=DEMO_TODAY)
    assert "基准" not in pdftotext(plain)
