"""Texts of the command line: help, progress and results."""

from app.i18n import register

register({
    "cli.description": (
        "CrossDesk command line: create, inspect, import, export and print workspaces.",
        "CrossDesk 命令行：创建、查看、导入、导出和打印工作区。"),
    "cli.usage_error": ("usage error", "用法错误"),
    "cli.error_prefix": ("Error: ", "错误："),
    "cli.interrupted": ("Interrupted; nothing half-written was kept.", "已中断，未保留任何写了一半的内容。"),
    "cli.os_error": ("{reason}", "{reason}"),
    "cli.opt.lang": ("language of the output (en or zh_CN)", "输出语言（en 或 zh_CN）"),
    "cli.opt.workspace": ("the workspace file (.crossdesk)", "工作区文件（.crossdesk）"),
    "cli.opt.initiative": ("id of the initiative (default: the only one)", "协作项目编号（默认：唯一的项目）"),
    "cli.opt.json": ("print JSON instead of text", "以 JSON 格式输出"),
    "cli.new.help": ("create a new workspace", "新建工作区"),
    "cli.new.demo": ("fill it with a realistic demo initiative", "填入一个示例协作项目"),
    "cli.new.created": ("Created {path}.", "已创建 {path}。"),
    "cli.info.help": ("list initiatives and their counts", "列出协作项目及其数量统计"),
    "cli.info.schema": ("Schema version {version}", "结构版本 {version}"),
    "cli.info.none": ("No initiatives yet.", "还没有协作项目。"),
    "cli.info.line": ("[{id}] {name}", "[{id}] {name}"),
    "cli.count.goals": ("goals", "目标"),
    "cli.count.members": ("members", "成员"),
    "cli.count.pain_points": ("pain points", "痛点"),
    "cli.count.measures": ("measures", "措施"),
    "cli.count.tasks": ("tasks", "任务"),
    "cli.count.kpis": ("KPIs", "指标"),
    "cli.count.raci": ("RACI letters", "RACI 分配"),
    "cli.count.signoffs": ("sign-offs", "签字"),
    "cli.count.stale_signoffs": ("stale sign-offs", "过期签字"),
})
