"""Strings of baselines, the forecast from the status date and China's public holidays."""

from app.i18n import register

register({
    "field.baseline.name": ("Baseline name", "基准名称"),
    "baseline.default_name": ("Baseline {date}", "基准 {date}"),
    "error.baseline.missing": ("There is no baseline with id {id}.", "不存在编号为 {id} 的基准。"),
    "error.baseline.no_initiative": (
        "There is no initiative with id {id}.", "不存在编号为 {id} 的协作项目。"),
    "error.baseline.empty_name": ("A baseline needs a name.", "基准需要一个名称。"),
    "baseline.none": ("No baseline saved yet.", "尚未保存基准。"),
    "baseline.saved": ("Saved baseline {id} “{name}” ({tasks} tasks){reference}.",
                       "已保存基准 {id}“{name}”（{tasks} 项任务）{reference}。"),
    "baseline.is_reference": (", the reference", "，为参照基准"),
    "baseline.col.reference": ("Reference", "参照"),
    "baseline.col.name": ("Name", "名称"),
    "baseline.col.saved_on": ("Saved on", "保存日期"),
    "baseline.col.tasks": ("Tasks", "任务数"),
    # The forecast's one line, on the Gantt tab, Form 4 and the command line.
    "forecast.slip.baseline": (
        "{name} forecast {date}, {days} working days later than the baseline",
        "{name} 预计 {date}，比基准晚 {days} 个工作日"),
    "forecast.slip.target": (
        "{name} forecast {date}, {days} working days later than the target",
        "{name} 预计 {date}，比目标晚 {days} 个工作日"),
    "forecast.status_date": ("Status date {date}", "状态日期 {date}"),
    "forecast.summary": (
        "Status date {status}; forecast finish {forecast}; baseline finish {baseline}; "
        "target {target}; slip {slip} working days",
        "状态日期 {status}；预计完成 {forecast}；基准完成 {baseline}；目标 {target}；"
        "延误 {slip} 个工作日"),
    "field.task.baseline_start": ("Baseline start", "基准开始"),
    "field.task.baseline_finish": ("Baseline finish", "基准完成"),
    "gantt.legend.baseline": ("Baseline: {name}", "基准：{name}"),
    # China's public holidays
    "error.holidays.unknown_year": (
        "The holiday package does not know China's public holidays for {year} yet. Import "
        "HR's holiday file instead (Working calendar ▸ Import from file…).",
        "节假日数据包尚无 {year} 年的中国法定节假日安排。请改为导入人事部门提供的节假日文件"
        "（工作日历 ▸ 从文件导入…）。"),
    "holidays.added": ("Added {added} days of {year} ({kept} set by hand kept as they were).",
                       "已添加 {year} 年的 {added} 天（保留手动设置的 {kept} 天不变）。"),
})

register({
    "cli.baseline.help": (
        "save a baseline of an initiative's planned dates, or list the baselines",
        "保存协作项目计划日期的基准，或列出已有基准"),
    "cli.baseline.name": ("name of the new baseline (default: Baseline DATE)",
                          "新基准的名称（默认：基准 日期）"),
    "cli.baseline.list": ("list the baselines instead of saving one", "列出基准，不保存新基准"),
    "cli.baseline.today": ("the date the baseline is saved on (default: today)",
                           "基准的保存日期（默认：今天）"),
    "cli.calendar.public_holidays": (
        "add China's public holidays and make-up working days of YEAR",
        "添加 YEAR 年的中国法定节假日与调休上班日"),
})

register({
    "holidays.name.new_years_day": ("New Year's Day", "元旦"),
    "holidays.name.spring_festival": ("Spring Festival", "春节"),
    "holidays.name.tomb-sweeping_day": ("Tomb-sweeping Day", "清明节"),
    "holidays.name.labour_day": ("Labour Day", "劳动节"),
    "holidays.name.dragon_boat_festival": ("Dragon Boat Festival", "端午节"),
    "holidays.name.national_day": ("National Day", "国庆节"),
    "holidays.name.mid-autumn_festival": ("Mid-autumn Festival", "中秋节"),
    "holidays.name.anti-fascist_70th_day": ("Anti-Fascist 70th Day", "抗战胜利70周年纪念日"),
    "holidays.makeup": ("{name} make-up working day", "{name}调休上班"),
})
