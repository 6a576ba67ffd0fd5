"""Simplified Chinese for the Qt layer's strings of the weeks after the kick-off: baselines
and the forecast, the coordination register, the weekly report, rounds and the sign-off of
every form. Part of ``zh_CN_ui.ZH``; the same terms as there."""

COORDINATION: dict[str, str] = {
    # Baselines, the forecast from the status date and China's public holidays
    "&Plan": "计划(&P)",
    "&Save baseline…": "保存基准(&S)…",
    "&Baselines…": "基准管理(&B)…",
    "Save baseline": "保存基准",
    "A copy of every task's planned dates, to measure delays against. Name:":
        "保存每项任务计划日期的副本，用于衡量延误。名称：",
    "Baselines": "基准",
    "Baseline": "基准",
    "Reference": "参照",
    "Saved on": "保存日期",
    "Tasks": "任务数",
    "Use as re&ference": "设为参照(&F)",
    "&Delete": "删除(&D)",
    "Rename baseline": "重命名基准",
    "Use “%1” as reference": "将“%1”设为参照基准",
    "Delete baseline": "删除基准",
    "Delete the baseline “%1”? You can undo this with Ctrl+Z.":
        "删除基准“%1”？可按 Ctrl+Z 撤销。",
    "Form 4's variance, the late count and the Gantt's grey bars measure against the "
    "reference baseline (★).": "表4的偏差、逾期任务数和甘特图的灰色条均以参照基准（★）为准。",
    "Status date": "状态日期",
    "Status date: work not done by this day is forecast from it on":
        "状态日期：到此日尚未完成的工作从这一天起预测",
    "Show the reference baseline as a thin grey bar under each task":
        "在每项任务下方以细灰条显示参照基准",
    "A milestone is on time when it finished on or before its planned finish (its baseline "
    "finish once a baseline is saved); milestones not yet due are not counted.":
        "里程碑在计划完成日期（保存基准后为基准完成日期）当天或之前完成即为按时；尚未到期的里程碑不计入。",
    "Tasks finished after their planned finish, or unfinished past it; once a baseline is "
    "saved, tasks whose actual or forecast finish is after the baseline's.":
        "晚于计划完成日期完成、或已过计划完成日期仍未完成的任务；保存基准后，为实际或预计完成晚于基准完成的任务。",
    "Add China's public holidays for %1…": "添加 %1 年中国法定节假日…",
    "Add China's public holidays for %1": "添加 %1 年中国法定节假日",
    "China's statutory holidays and make-up working days (调休) of the year shown; days "
    "already in the calendar stay as they are":
        "所显示年份的中国法定节假日与调休上班日；日历中已有的日期保持不变",
    "%1 day(s) of %2 added; %3 already set kept as they were.":
        "已添加 %2 年的 %1 天；已设置的 %3 天保持不变。",
    "Year:": "年份：",
    # The coordination register (issue 18): its tab, the item's form, the task's menu
    "Add": "添加",
    "Add {0}": "添加{0}",
    "Delete {0} row(s)": "删除 {0} 行",
    "Time of day (24 h)": "时刻（24 小时制）",
    "Now": "现在",
    "Today, at this minute": "今天，此刻",
    "Overdue only": "只看逾期",
    "Search…": "搜索…",
    "Lead department": "牵头部门",
    "Choose an item in the list, or make a new one with “New”.":
        "在左侧列表中选择一项，或用“新建”登记一项。",
    "Delete item": "删除此项",
    "This item's sheet, ready to sign: preview, print or save as PDF":
        "此项的表单（带签字栏）：预览、打印或另存为 PDF",
    "Calendar invitation…": "日历邀请…",
    "Save the meeting as an .ics invitation (with the attendees' e-mail addresses from "
    "Form 2) for Outlook or Thunderbird":
        "将会议保存为 .ics 邀请（含表 2 中参会人的电子邮箱），可用 Outlook 或 Thunderbird 打开",
    "Make a Form 4 task": "转为表 4 任务",
    "Turn the selected action item into a task of Form 4 (the task remembers this meeting)":
        "把选中的行动项转为表 4 的任务（任务会记住来自本次会议）",
    "Attendees (and who confirmed the minutes)": "参会人（及纪要确认）",
    "Agenda: what was said, the disagreements": "议程：讨论内容与分歧",
    "Outcomes: decisions and action items": "会议结论：决议与行动项",
    "What each department is asked for": "各部门协作事项",
    "nothing more is owed": "已无待办时限",
    "Make task “{0}”": "转为任务“{0}”",
    "The action item is now a task of Form 4.": "该行动项已转为表 4 的任务。",
    "Save the calendar invitation": "保存日历邀请",
    "Calendar invitation": "日历邀请",
    "&Register": "协调(&R)",
    "&New": "新建(&N)",
    "&Show the register": "显示协调登记(&S)",
    "New": "新建",
    "A new meeting, problem, risk notice or request": "登记新的会议、问题、风险预警或申请",
    "New {0}": "新建{0}",
    "Delete {0}": "删除 {0}",
    "Write a risk notice…": "填写风险预警通知…",
    "Write a risk notice": "填写风险预警通知",
    "The task is not late; a notice can be written all the same":
        "该任务并未延误，但仍可填写预警通知",
    "Open risk notice {0}": "打开风险预警 {0}",
    "Propose from what is open": "按未结事项建议议程",
    "Invite the team": "邀请团队成员",
    "Add everyone of Form 2 who is not yet among the attendees": "把表 2 中尚未列为参会人的成员全部加入",
    "Everyone of Form 2 is invited already.": "表 2 的成员均已在参会人中。",
    "Invite {0} team member(s)": "邀请 {0} 名团队成员",
    "Add agenda items for late and at-risk tasks, problems and requests past or near their "
    "clocks, and the last meeting's open action items":
        "为延误和有风险的任务、已到或将到时限的问题与申请、上次会议未完成的行动项添加议题",
    "Propose the agenda": "建议议程",
    "Nothing open to put on the agenda.": "没有需要列入议程的未结事项。",
    # Weekly progress report (File ▸ Weekly report…, the Friday reminder)
    "&Weekly report…": "协作进度周报(&W)…",
    "Weekly report": "协作进度周报",
    "&As of:": "截至(&A)：",
    "&Past reports:": "以往周报(&P)：",
    "&Reopen": "重新打开(&R)",
    "{0} · {1} late, {2} finished": "{0} · 逾期 {1} 项，完成 {2} 项",
    "As of {0}, made {1}": "截至 {0}，生成于 {1}",
    "Create &e-mail": "生成邮件(&E)",
    "Create e-mail": "生成邮件",
    "Excel workbook": "Excel 工作簿",
    "Keep weekly report": "保存周报",
    "No e-mail address (reach them another way): {0}": "没有电子邮件地址（请用其他方式联系）：{0}",
    "No mail program opened the e-mail. The draft is saved as {0}: open it with your mail program.":
        "没有邮件程序打开此邮件。草稿已保存为 {0}，请用邮件程序打开。",
    "Report as of {0}: kept when you save or send it.": "截至 {0} 的周报：保存或发送时将留存。",
    "Report as of {0}: kept.": "截至 {0} 的周报：已留存。",
    "Report as of {0}: the workspace is read-only, so it is not kept.":
        "截至 {0} 的周报：工作区为只读，不会留存。",
    "Save &PDF…": "保存 PDF(&P)…",
    "Save E&xcel…": "保存 Excel(&X)…",
    "Save weekly report as Excel": "将周报保存为 Excel",
    "Save weekly report as PDF": "将周报保存为 PDF",
    "The e-mail is open in your mail program, ready to send.": "邮件已在邮件程序中打开，可以发送。",
    "The report kept as of {0}, as it was sent.": "截至 {0} 留存的周报，与发送时一致。",
    "This week's report is due at 17:00 (File ▸ Weekly report…)":
        "本周周报须在 17:00 前发出（文件 ▸ 协作进度周报…）",
    # Rounds and the sign-off of every form (issue 19): the Initiative menu's round actions,
    # the sign-off panel that follows the tab, the close and next-round dialogs
    "&Close round…": "结束本轮(&C)…",
    "Re&open round…": "重新打开本轮(&O)…",
    "Start ne&xt round…": "开始下一轮(&X)…",
    "&Archive round…": "归档本轮(&A)…",
    "&Sign-off panel": "签字面板(&S)",
    "Sign-off": "确认签字",
    "Form:": "表单：",
    "Signer": "签字人",
    "Add missing signers": "补全签字人",
    "Add a sign-off line for each expected signer who has none: the heads of the departments "
    "taking part (Form 1, plan review), else the overall lead and the liaisons":
        "为每位尚无签字行的应签人添加一行：表 1 和优化方案评审由各参与部门负责人签字，"
        "其他表单由总负责人和各接口人签字",
    "%2 is now version %1.": "%2现为版本 %1。",
    "Stale signatures: %1 signed another version of %3 than it now holds (now %2). Print the "
    "form again and collect new signatures.":
        "签字已过时：%1 签字的不是%3的当前版本（现为 %2）。请重新打印表单并再次收集签字。",
    "This round was closed on {0} and is read-only: it can be viewed, printed and exported. {1}":
        "本轮已于 {0} 结束，为只读：仍可查看、打印和导出。{1}",
    "It continues the round “{0}”.": "本轮延续自“{0}”。",
    "Close round": "结束本轮",
    "Closing “{0}” makes it read-only: it can still be viewed, printed and exported, and "
    "reopened from the Initiative menu.":
        "结束“{0}”后该轮变为只读：仍可查看、打印和导出，也可从“协作项目”菜单重新打开。",
    "Still open ({0}):": "仍未完成（{0} 项）：",
    "Nothing is left open.": "没有未完成的事项。",
    "Form 5:": "效果评估：",
    "Closing date:": "结束日期：",
    "Reopen round": "重新打开本轮",
    "Reopen “{0}”, closed on {1}, so that it can be changed again? You can undo this with "
    "Ctrl+Z.":
        "重新打开于 {1} 结束的“{0}”，使其可再次修改？可用 Ctrl+Z 撤销。",
    "Start next round": "开始下一轮",
    "Name of the new round:": "新一轮名称：",
    "Tasks re-planned from:": "任务重新排期起始日：",
    "Carried over": "带入下一轮",
    "Goals, to be signed again ({0})": "目标，需重新签字（{0}）",
    "Team ({0})": "协作小组（{0}）",
    "Departments ({0})": "部门（{0}）",
    "Pain points not yet solved ({0})": "尚未解决的痛点（{0}）",
    "Measures marked “adjust” or “next round” ({0})": "标为“调整”或“下一轮”的措施（{0}）",
    "Their tasks, re-planned: not started, 0 %, no actual dates ({0})":
        "其任务，重新排期：未开始、0%、无实际日期（{0}）",
    "KPIs, last round's “after” as the new “before” ({0})":
        "指标，以上一轮“优化后”作为新的“优化前”（{0}）",
    "Left behind": "不带入",
    "Measures kept as standard practice ({0})": "固化为标准做法的措施（{0}）",
    "Pain points solved ({0})": "已解决的痛点（{0}）",
    "{0} task(s) of those measures; every sign-off, actual date and feedback":
        "上述措施的 {0} 项任务；全部签字、实际日期与反馈意见",
    "Archive round": "归档本轮",
    "Zip archive": "Zip 压缩文件",
    "Nobody signs %1 yet: Add missing signers.": "%1尚无签字人：请点“补全签字人”。",
    # Rounds with the register, baselines and weekly reports
    "{0} register item(s), {1} baseline(s) and {2} weekly report(s): they stay with this "
    "round and its archive":
        "{0} 项协调事项、{1} 个基准和 {2} 份周报：留在本轮及其归档中",
}
