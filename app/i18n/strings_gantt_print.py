"""Words of the printed Gantt chart."""

from app.i18n import register

register({
    "gantt.print.title": ("Gantt chart", "甘特图"),
    "form.gantt.short": ("Gantt chart", "甘特图"),
    "gantt.print.no_measure": ("(no measure)", "（未归入措施）"),
    "gantt.print.today": ("today", "今天"),
    "gantt.print.planned": ("planned, with progress", "计划（含进度）"),
    "gantt.print.actual": ("actual", "实际"),
    "gantt.print.critical": ("critical path", "关键路径"),
    "gantt.print.late": ("overdue", "已逾期"),
    "gantt.print.soon": ("due within 72 h", "72 小时内到期"),
    "gantt.print.milestone": ("milestone", "里程碑"),
    "gantt.print.done": ("done", "已完成"),
    "gantt.print.forecast": ("forecast from the status date", "预计（按状态日期推算）"),
    "gantt.print.slack": ("slack", "时差"),
    "gantt.print.link": ("dependency", "前置关系"),
    "gantt.print.days_off": ("weekend / holiday", "周末 / 节假日"),
    "gantt.print.today_on": ("today {date}", "今天 {date}"),
    "gantt.print.task": ("Task", "任务"),
    "gantt.print.dates": ("Planned", "计划日期"),
    "gantt.print.continued": ("{name} (continued)", "{name}（续）"),
    "gantt.print.cycle": (
        "The links of these tasks form a loop, so no dates can be worked out: {names}",
        "以下任务的前置关系构成循环，无法推算日期：{names}"),
})
