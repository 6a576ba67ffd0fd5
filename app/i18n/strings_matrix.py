"""Words of the priority matrix, the KPI chart and the tracking summary."""

from app.i18n import register

register({
    "matrix.title": ("Pain-point priority matrix", "痛点优先级矩阵"),
    "matrix.axis.impact": ("Impact", "影响程度"),
    "matrix.axis.frequency": ("Frequency", "发生频率"),
    "matrix.legend.open": ("open", "待解决"),
    "matrix.legend.addressed": ("addressed (hollow)", "已有措施（空心）"),
    "matrix.list.title": ("Ranked list", "优先级排序"),
    "matrix.list.more": ("… and {n} more", "……另有 {n} 项"),
    "matrix.empty": ("No pain points to show.", "没有可显示的痛点。"),
    "matrix.filtered": ("Filtered: {what}", "筛选：{what}"),
    "chart.kpi.before": ("Before", "优化前"),
    "chart.kpi.target": ("Target", "目标"),
    "chart.kpi.after": ("After", "优化后"),
    "chart.kpi.lower_better": ("↓ lower is better", "↓ 越低越好"),
    "chart.kpi.higher_better": ("↑ higher is better", "↑ 越高越好"),
    "chart.kpi.met": ("✔ met", "✔ 达标"),
    "chart.kpi.not_met": ("✘ not met", "✘ 未达标"),
    "chart.kpi.pending": ("not measured yet", "尚未测量"),
    "chart.kpi.no_value": ("—", "—"),
    "chart.kpi.summary": ("{met} of {measured} KPIs met", "{measured} 项指标中 {met} 项达标"),
    "chart.kpi.summary_pending": (
        "{met} of {measured} KPIs met ({pending} not measured yet)",
        "{measured} 项指标中 {met} 项达标（{pending} 项尚未测量）"),
    "chart.kpi.none": ("No KPIs yet.", "尚无评估指标。"),
    "chart.kpi.title": ("KPIs before and after", "指标优化前后对比"),
    "tracking.on_time": ("Milestones on time: {on_time} of {due} ({rate})",
                         "里程碑按时率：{on_time}/{due}（{rate}）"),
    "tracking.on_time_none": ("Milestones on time: none due yet ({total} planned)",
                              "里程碑按时率：尚无到期里程碑（共 {total} 个）"),
    "tracking.late": ("Late tasks: {late} ({open} still open)",
                      "延误任务：{late} 项（{open} 项未完成）"),
    "tracking.late_none": ("Late tasks: none", "延误任务：无"),
})
