"""The KPI chart and the matrix picture: PNGs written, summaries counted right, and the
evaluation widgets showing them in Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.charts import kpi_chart, matrix_chart
from app.charts.figures import png_bytes, save_png
from app.forms import derived
from app.matrix.matrix_data import matrix_points
from app.org.initiatives import create_initiative
from app.store.changes import ChangeArea
from app.store.models import Kpi, Task
from app.store.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n"


def _kpis(ws: Workspace, rows: list[tuple[str, float | None, float | None, float | None, bool]]
          ) -> int:
    ini = create_initiative(ws, "评估")
    with ws.write(ChangeArea.KPIS) as s:
        for i, (name, before, target, after, lower) in enumerate(rows, start=1):
            s.add(Kpi(initiative_id=ini, position=i, name=name, unit="天", before=before,
                      target=target, after=after, lower_is_better=lower))
    return ini


def test_summary_honours_lower_is_better(empty_ws: Workspace) -> None:
    ini = _kpis(empty_ws, [
        ("审批周期", 7, 2, 2, True),     # lower is better, reached exactly: met
        ("交接延误", 3, 1, 1.5, True),   # lower is better, still above target: not met
        ("满意度", 3.6, 4.5, 4.6, False),  # higher is better, above target: met
        ("按时率", 70, 95, 90, False),    # higher is better, below: not met
        ("预测准确率", 68, 85, None, False),  # not measured yet
    ])
    bars = kpi_chart.kpi_bars(empty_ws, ini)
    assert [b.result.met for b in bars] == [True, False, True, False, None]
    s = kpi_chart.summary(bars)
    assert (s.met, s.measured, s.total, s.pending) == (2, 4, 5, 1)
    assert (s.met, s.measured) == derived.kpis_met([b.result for b in bars])
    assert kpi_chart.summary_text(s, "en") == "2 of 4 KPIs met (1 not measured yet)"
    assert kpi_chart.summary_text(s, "zh_CN") == "4 项指标中 2 项达标（1 项尚未测量）"


def test_kpi_chart_png_is_written(empty_ws: Workspace, tmp_path: Path) -> None:
    ini = _kpis(empty_ws, [("审批周期", 7, 2, 3, True), ("满意度", 3.6, 4.5, 4.6, False)])
    fig = kpi_chart.kpi_figure(kpi_chart.kpi_bars(empty_ws, ini), "zh_CN")
    out = save_png(fig, tmp_path / "kpi.png")
    data = out.read_bytes()
    assert data.startswith(PNG) and len(data) > 20_000
    # one panel per KPI, each naming its KPI and the direction that counts as better
    texts = [t.get_text() for ax in fig.axes for t in (*ax.texts, ax.title)]
    assert "审批周期" in texts and "↓ 越低越好" in texts and "↑ 越高越好" in texts
    assert len([ax for ax in fig.axes if ax.get_visible()]) == 2


def test_kpi_chart_without_kpis_says_so(empty_ws: Workspace) -> None:
    fig = kpi_chart.kpi_figure([], "en")
    assert [t.get_text() for t in fig.texts] == ["No KPIs yet."]
    assert png_bytes(fig).startswith(PNG)


def test_matrix_png_of_the_demo(demo_ws: Workspace, tmp_path: Path) -> None:
    points = matrix_points(demo_ws, 1)
    fig = matrix_chart.matrix_figure(points, "zh_CN", title="痛点优先级矩阵")
    out = save_png(fig, tmp_path / "m.png")
    assert out.read_bytes().startswith(PNG)
    texts = [t.get_text() for t in fig.axes[0].texts]
    for name in ("立即处理", "计划处理", "快速改进", "持续观察", "需求评审", "优先级排序"):
        assert name in texts


def test_elide_keeps_text_inside_its_width() -> None:
    assert matrix_chart.elide("上市审批", 200, 10) == "上市审批"
    cut = matrix_chart.elide("跨部门联合需求评审协调会", 60, 10)
    assert cut.endswith("…") and len(cut) <= 6


# -- the Qt widgets -------------------------------------------------------------------------

def test_kpi_panel_embeds_the_chart_when_shown(qtbot, demo_ws: Workspace, tmp_path) -> None:
    from ui.evaluation import KpiChartPanel

    panel = KpiChartPanel(demo_ws)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    assert panel.canvas() is None  # matplotlib waits until the panel is shown
    assert panel.summary_label.text() in (
        "2 of 4 KPIs met (1 not measured yet)", "4 项指标中 2 项达标（1 项尚未测量）")
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.canvas() is not None
    assert len([ax for ax in panel.canvas().figure.axes if ax.get_visible()]) == 5
    # a KPI edited elsewhere: the summary and the chart follow
    with demo_ws.write(ChangeArea.KPIS) as s:
        kpi = s.query(Kpi).filter_by(name="上市审批周期").one()
        kpi.after = 2
    assert (panel.summary().met, panel.summary().measured) == (3, 4)
    out = tmp_path / "kpi.png"
    assert panel.save_png(out) and out.read_bytes().startswith(PNG)


def test_tracking_summary_shows_rate_and_late_tasks(qtbot, demo_ws: Workspace) -> None:
    from ui.evaluation import TrackingSummary

    bar = TrackingSummary(demo_ws, today=dt.date(2026, 11, 20))
    qtbot.addWidget(bar)
    bar.show()  # a bar out of sight reads a change when it is shown again
    bar.set_initiative(1)
    assert bar.metrics is not None and bar.metrics.on_time_rate is None
    late = bar.metrics.late_tasks
    assert str(late) in bar.late_label.text()
    # a milestone finished late two days ago: the rate appears and the bar follows "tasks"
    with demo_ws.write(ChangeArea.TASKS) as s:
        t = s.query(Task).filter_by(milestone=True).first()
        t.planned_finish = dt.date(2026, 11, 10)
        t.actual_finish = dt.date(2026, 11, 12)
    assert bar.metrics.milestones_due == 1 and bar.metrics.on_time_rate == pytest.approx(0.0)
    assert "0%" in bar.on_time_label.text()
