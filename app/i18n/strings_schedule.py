"""Strings of the schedule engine, its warnings and its command-line commands."""

from app.i18n import register

register({
    "error.schedule.cycle": (
        "These tasks wait for each other in a loop: {tasks}. Remove one of the links.",
        "以下任务相互等待，形成了循环：{tasks}。请删除其中一个前置关系。"),
    "error.schedule.no_task": ("There is no task with id {id}.", "不存在编号为 {id} 的任务。"),
    "error.schedule.self_link": (
        "A task cannot wait for itself.", "任务不能以自身为前置任务。"),
    "error.schedule.other_initiative": (
        "Tasks of different initiatives cannot be linked.", "不同协作项目的任务不能关联。"),
    "error.schedule.finish_before_start": (
        "The planned finish {finish} is before the planned start {start}.",
        "计划完成日期 {finish} 早于计划开始日期 {start}。"),
    "error.schedule.bad_date": (
        "{value} is not a date; write it as YYYY-MM-DD.",
        "{value} 不是有效日期，请写成 YYYY-MM-DD。"),
    "error.calendar.bad_date": (
        "Line {line}: {value} is not a date (YYYY-MM-DD). Nothing was imported.",
        "第 {line} 行：{value} 不是有效日期（YYYY-MM-DD），未导入任何内容。"),
    "error.calendar.bad_kind": (
        "Line {line}: {value} is neither holiday nor workday. Nothing was imported.",
        "第 {line} 行：{value} 既不是假日也不是工作日，未导入任何内容。"),
    "error.calendar.bad_line": (
        "Line {line}: {reason} Nothing was imported.", "第 {line} 行：{reason}未导入任何内容。"),
    "error.calendar.unreadable": (
        "{path} cannot be read: {reason}", "无法读取 {path}：{reason}"),
    "warning.overdue": ("overdue", "已逾期"),
    "warning.due_soon": ("due within 72 h", "72 小时内到期"),
    "warning.risk_notice": ("risk notice needed", "需提交风险通报"),
    "schedule.critical": ("critical", "关键"),
    "schedule.col.id": ("ID", "编号"),
    "schedule.col.task": ("Task", "任务"),
    "schedule.col.planned": ("Planned", "计划"),
    "schedule.col.early": ("Early start–finish", "最早开始–完成"),
    "schedule.col.late": ("Late start–finish", "最迟开始–完成"),
    "schedule.col.slack": ("Slack (wd)", "时差(工作日)"),
    "schedule.col.critical": ("Critical", "关键"),
    "schedule.col.warnings": ("Warnings", "预警"),
    "schedule.col.baseline": ("Baseline", "基准"),
    "schedule.col.variance": ("Var (wd)", "偏差(工作日)"),
    "schedule.summary": (
        "{count} tasks, {start} – {finish}; {critical} critical; {warned} with warnings "
        "(as of {today}).",
        "共 {count} 项任务，{start} 至 {finish}；关键任务 {critical} 项；有预警 {warned} 项"
        "（截至 {today}）。"),
    "schedule.empty": ("This initiative has no tasks yet.", "该协作项目还没有任务。"),
    "cli.schedule.help": (
        "critical path, slack and warnings of an initiative's tasks",
        "任务的关键路径、时差与预警"),
    "cli.schedule.today": (
        "the status date: the day to forecast from and judge warnings on (default: today)",
        "状态日期：据此预测并判断预警的日期（默认：今天）"),
    "cli.calendar.help": (
        "list or edit the working calendar (holidays, make-up working days)",
        "查看或编辑工作日历（节假日、调休上班日）"),
    "cli.calendar.holiday": ("mark a day as a holiday", "将某天设为假日"),
    "cli.calendar.workday": ("mark a day as a make-up working day", "将某天设为调休上班日"),
    "cli.calendar.name": ("name of the day, e.g. National Day", "日期名称，例如“国庆节”"),
    "cli.calendar.clear": (
        "let a day follow the weekly rhythm again", "恢复某天为常规（周一至周五上班）"),
    "cli.calendar.import": (
        "import days from a file of 'date, holiday|workday, name' lines",
        "从文件导入，每行“日期, 假日|上班, 名称”"),
    "cli.calendar.imported": ("Imported {count} days.", "已导入 {count} 天。"),
    "cli.calendar.none": (
        "No holidays or make-up days; Monday to Friday are working days.",
        "没有节假日或调休，周一至周五为工作日。"),
    "calendar.holiday": ("holiday", "假日"),
    "calendar.workday": ("make-up working day", "调休上班"),
})
