"""Texts of the rule checker: what each finding says, and the ``check`` command."""

from app.i18n import register

register({
    # RACI
    "rule.raci.no_accountable": (
        "Nobody is accountable (A) for this task; give it exactly one A.",
        "此任务没有批准人（A），须指定且只指定一个 A。"),
    "rule.raci.many_accountable": (
        "{count} are accountable (A): {names}; keep exactly one A.",
        "有 {count} 个批准人（A）：{names}，只能保留一个 A。"),
    "rule.raci.no_responsible": (
        "Nobody is responsible (R) for doing this task; give it at least one R.",
        "此任务没有执行人（R），至少须指定一个 R。"),
    # Team
    "rule.team.no_lead": (
        "The team has no overall lead; name exactly one.",
        "协作小组没有总负责人，须指定且只指定一人。"),
    "rule.team.many_leads": (
        "{count} members are overall lead: {names}; keep exactly one.",
        "有 {count} 名成员为总负责人：{names}，只能保留一人。"),
    "rule.team.no_liaison": (
        "{department} takes part in the goals but has no liaison in the team.",
        "{department}参与了协作目标，但小组中没有该部门的接口人。"),
    # Goals
    "rule.goals.no_measure": (
        "The goal has no measure of success.", "该目标没有填写衡量标准。"),
    "rule.goals.no_due_date": (
        "The goal has no planned completion date.", "该目标没有填写计划完成时间。"),
    "rule.goals.no_lead_department": (
        "The goal has no lead department.", "该目标没有指定责任牵头部门。"),
    "rule.goals.unnamed": ("Goal {number}", "目标 {number}"),
    # Tasks
    "rule.tasks.planned_backwards": (
        "Planned finish {finish} is before planned start {start}.",
        "计划完成 {finish} 早于计划开始 {start}。"),
    "rule.tasks.actual_backwards": (
        "Actual finish {finish} is before actual start {start}.",
        "实际完成 {finish} 早于实际开始 {start}。"),
    "rule.tasks.predecessor_missing": (
        "One of its predecessors (task id {id}) is not a task of this initiative.",
        "其前置任务之一（任务编号 {id}）不属于本协作项目。"),
    "rule.tasks.cycle": (
        "These tasks wait for each other in a circle, so none can start: {chain}.",
        "这些任务互为前置、形成循环，都无法开始：{chain}。"),
    "rule.tasks.unnamed": ("Task {number}", "任务 {number}"),
    # The file
    "rule.file.item": ("Workspace file", "工作区文件"),
    "rule.file.integrity": (
        "SQLite's integrity check reports damage; restore a backup. It found: {reason}",
        "SQLite 完整性检查发现损坏，请恢复备份。检查结果：{reason}"),
    "rule.file.damaged": (
        "The file is damaged and cannot be opened; restore a backup. SQLite says: {reason}",
        "文件已损坏，无法打开，请恢复备份。SQLite 提示：{reason}"),
    # The check command
    "cli.check.help": (
        "check every rule of the forms; exit 1 when one is broken",
        "检查各表的全部规则；有规则未满足时退出码为 1"),
    "cli.check.clean": ("No rule is broken.", "所有规则均已满足。"),
    "cli.check.summary": ("{count} finding(s).", "共 {count} 项问题。"),
    "cli.check.line": ("{rule}  [{initiative}]  {item}: {message}",
                       "{rule}  [{initiative}]  {item}：{message}"),
})
