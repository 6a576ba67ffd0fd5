"""Rounds and the sign-off of every form: closing, reopening, the next round, the archive."""

from app.i18n import register

register({
    "field.kpi.measure": ("Measure", "所属措施"),
    "signoff.plan.title": ("Plan review (measures, tasks and RACI)",
                           "优化方案评审（措施、任务与 RACI）"),
    "print.sign.plan_note": (
        "By signing, each participating department head confirms the plan as reviewed: the "
        "measures above, Form 4 and the RACI matrix as printed (version {tag}).",
        "各参与部门负责人签字，确认评审通过的优化方案：以上措施、表 4 及 RACI 矩阵"
        "（版本 {tag}）。"),
    "print.plan.covers": (
        "The plan reviewed: these measures, Form 4 version {tracking} and the RACI matrix "
        "version {raci}.",
        "评审的方案：以下措施、{tracking} 版的表 4 及 {raci} 版的 RACI 矩阵。"),
    "signoff.error.unknown_form": ("“{form}” is not a form that is signed.",
                                   "“{form}”不是需要签字的表单。"),
    "error.round.closed": (
        "This round is closed, so it can be viewed, printed and exported but not changed; "
        "nothing was changed. Reopen it first (Initiative ▸ Reopen round…).",
        "本轮已结束，只能查看、打印和导出，不能修改；未作任何改动。"
        "如需修改，请先重新打开本轮（协作项目 ▸ 重新打开本轮…）。"),
    "error.round.already_closed": ("The round was closed on {day} already.",
                                   "本轮已于 {day} 结束。"),
    "error.round.not_closed": ("The round is not closed.", "本轮尚未结束。"),
    "error.round.next_needs_closed": (
        "A next round starts from a closed round: close this one first.",
        "下一轮须从已结束的一轮开始：请先结束本轮。"),
    "round.open.task": ("Task not finished: {name} ({percent} %, {status})",
                        "任务未完成：{name}（{percent}%，{status}）"),
    "round.open.unsigned": ("{form}: {count} sign-off line(s) not signed",
                            "{form}：{count} 行尚未签字"),
    "round.open.no_lines": ("{form}: no sign-off recorded", "{form}：尚无签字记录"),
    "round.open.stale": ("{form}: {count} signature(s) stale", "{form}：{count} 个签字已过期"),
    "round.open.register": ("{kind} {number} still open: {title} ({status})",
                            "{kind} {number} 尚未关闭：{title}（{status}）"),
    "round.open.register_overdue": ("{item}, {clock}", "{item}，{clock}"),
    "round.open.action": ("Action item of {number} not done: {text} ({owner}, due {due})",
                          "{number} 的行动项未完成：{text}（{owner}，期限 {due}）"),
    "round.next_name": ("{name} — round {number}", "{name}（第 {number} 轮）"),
    "round.closed_on": ("Closed on {day}. Form 5: {verdict}",
                        "已于 {day} 结束。效果评估：{verdict}"),
    "round.verdict": ("Form 5: {text}.", "效果评估：{text}。"),
    "round.continues": ("Continues “{name}”.", "延续自“{name}”。"),
    "cli.reopen.help": ("Reopen a closed round so that it can be changed again.",
                        "重新打开已结束的一轮，使其可再次修改。"),
    "cli.reopen.done": ("Reopened “{name}” (closed on {day}).",
                        "已重新打开“{name}”（原于 {day} 结束）。"),
    "cli.close.help": ("Close a round: it becomes read-only, with its closing date.",
                       "结束一轮：该轮变为只读，并记录结束日期。"),
    "cli.close.done": ("Closed “{name}” on {day}. Form 5: {verdict}",
                       "已于 {day} 结束“{name}”。效果评估：{verdict}"),
    "cli.close.open_items": ("Still open when it was closed:", "结束时仍未完成的事项："),
    "cli.close.bad_date": ("“{value}” is not a date (YYYY-MM-DD).",
                           "“{value}”不是日期（YYYY-MM-DD）。"),
    "cli.close.on": ("the closing date (default: today)", "结束日期（默认今天）"),
    "cli.archive.help": (
        "Write a round's whole record (all forms as one PDF, the workbook, the reports "
        "sent) into a folder, or a .zip file when DEST ends in .zip.",
        "将一轮的完整记录（所有表单合为一个 PDF、Excel 工作簿、已发送的周报）写入文件夹；"
        "DEST 以 .zip 结尾时写入压缩文件。"),
    "cli.archive.dest": ("the folder to create, or a .zip file", "要创建的文件夹或 .zip 文件"),
    "cli.archive.done": ("Archived “{name}” to {path}: {files}.",
                         "已将“{name}”归档到 {path}：{files}。"),
    "archive.error.folder_not_empty": (
        "The folder {path} exists and is not empty; choose another or replace with --force.",
        "文件夹 {path} 已存在且不为空；请另选位置，或用 --force 替换。"),
    "archive.error.no_folder": ("The folder {path} does not exist; nothing was written.",
                                "文件夹 {path} 不存在，未写入任何内容。"),
    "archive.forms": ("forms", "表单"),
    "archive.workbook": ("workbook", "工作簿"),
})
