"""Simplified Chinese for every string of the Qt layer, written by hand.

``ZH`` maps the English text to its Chinese; ``BY_CONTEXT`` overrides it for one class where
the same English needs other words. installer/translations.py fills the .ts from here; the
strings of baselines, the register, the weekly report and rounds are in
zh_CN_ui_coordination.py.
Terms follow the method: 总负责人 overall lead, 接口人 liaison, 执行人 executor, 断点 break
point, 堵点 blockage, 痛点 pain point, 措施 measure, 里程碑 milestone, 工作区 workspace.
"""

from zh_CN_ui_coordination import COORDINATION

ZH: dict[str, str] = {
    # Preferences
    "Preferences": "首选项",
    "Same as the system": "跟随系统",
    "The new language is used the next time CrossDesk starts. Printed sheets and exported "
    "workbooks follow it too.":
        "新语言将在下次启动 CrossDesk 时生效，打印的表单和导出的工作簿也随之使用该语言。",
    "Program": "程序",
    "&Language:": "语言(&L)：",
    "e.g. East China Precision Ltd.": "例如：华东精密制造有限公司",
    "Open a workspace to set the name printed on its sheets.":
        "请先打开一个工作区，再设置打印在表单上的单位名称。",
    "This workspace is open read-only; its name cannot be changed.":
        "此工作区以只读方式打开，无法修改单位名称。",
    "Printed at the top of every sheet from this workspace.": "打印在此工作区每张表单的抬头。",
    "This workspace": "当前工作区",
    "&Organisation:": "单位名称(&O)：",
    "Organisation": "单位名称",
    "Change organisation name": "修改单位名称",
    # Main window
    "Open or create a workspace to begin (File menu).": "请先打开或新建一个工作区（“文件”菜单）。",
    "Initiative:": "协作项目：",
    "New…": "新建…",
    "&File": "文件(&F)",
    "&New workspace…": "新建工作区(&N)…",
    "&Open…": "打开(&O)…",
    "Open &recent": "最近打开(&R)",
    "Save a &copy as…": "另存副本(&C)…",
    "C&lose workspace": "关闭工作区(&L)",
    "&Quit": "退出(&Q)",
    "Pre&ferences…": "首选项(&F)…",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Add row": "添加行(&A)",
    "&Delete rows": "删除行(&D)",
    "Departments and &people…": "部门和人员(&P)…",
    "&Initiative": "协作项目(&I)",
    "&New initiative…": "新建协作项目(&N)…",
    "&Rename…": "重命名(&R)…",
    "&Delete…": "删除(&D)…",
    "&Help": "帮助(&H)",
    "&About CrossDesk": "关于 CrossDesk(&A)",
    "(none)": "（无）",
    "Copy saved to {0}": "副本已保存到 {0}",
    "New initiative": "新建协作项目",
    "Name:": "名称：",
    "Rename initiative": "重命名协作项目",
    "Delete initiative": "删除协作项目",
    "Delete “{0}” with all its forms? You can undo this with Ctrl+Z.":
        "删除“{0}”及其全部表单吗？可以用 Ctrl+Z 撤销。",
    "All rules kept": "所有规则均已满足",
    "{0} rule finding(s)": "{0} 条规则提示",
    "[read-only]": "［只读］",
    "(read-only: changes are not possible)": "（只读：不能修改）",
    "About CrossDesk": "关于 CrossDesk",
    "CrossDesk {0}\nA workbench for cross-department collaboration initiatives.":
        "CrossDesk（跨部门协作台）{0}\n跨部门协作项目的工作台。",
    "Close": "关闭",
    # Form tables
    "Filter rows…": "筛选行…",
    "Add row": "添加行",
    "Add a row (Ctrl+N)": "添加一行（Ctrl+N）",
    "Delete": "删除",
    "Delete the selected rows (Delete)": "删除选中的行（Delete 键）",
    "Move up": "上移",
    "Move down": "下移",
    "Form order": "表单顺序",
    "Show rows in the form's own order again": "恢复按表单本身的顺序显示各行",
    "… and {0} more": "……另有 {0} 行",
    "Add row to {0}": "向“{0}”添加行",
    "(new)": "（新）",
    "Delete {0} row(s) from {1}": "从“{1}”删除 {0} 行",
    "Rows can be moved in the form's own order only; click “Form order” first.":
        "只有按表单本身的顺序显示时才能移动行，请先点击“表单顺序”。",
    "Move row": "移动行",
    "computed, not typed": "自动计算，无需填写",
    "Edit {0}": "修改“{0}”",
    # Team members, departments and people
    "Add team member": "添加小组成员",
    "Type a new name or pick a person": "输入新姓名或选择已有人员",
    "The department is used for a new person only.": "部门仅用于新添加的人员。",
    "Person": "人员",
    "Department": "部门",
    "Rename department": "重命名部门",
    "Departments and people": "部门和人员",
    "Departments": "部门",
    "Add…": "添加…",
    "Up": "上移",
    "Down": "下移",
    "People": "人员",
    "New department": "新建部门",
    "Add department": "添加部门",
    "Delete department": "删除部门",
    "Move department": "移动部门",
    "New person": "新建人员",
    "Add person": "添加人员",
    "Delete person": "删除人员",
    "Edit person": "修改人员",
    # Workspace files
    "CrossDesk workspaces (*{0});;All files (*)": "CrossDesk 工作区 (*{0});;所有文件 (*)",
    "Workspace in use": "工作区正在使用中",
    "{0}\n\nOpen it read-only? You can look and print, but not change it.":
        "{0}\n\n以只读方式打开吗？可以查看和打印，但不能修改。",
    "Cannot open workspace": "无法打开工作区",
    "Open workspace": "打开工作区",
    "New workspace": "新建工作区",
    "Cannot create workspace": "无法创建工作区",
    "Save a copy as": "另存副本",
    "Cannot save copy": "无法保存副本",
    # Task status, filters
    "Not started": "未开始",
    "In progress": "进行中",
    "Blocked": "受阻",
    "Done": "已完成",
    "All statuses": "全部状态",
    "Owner": "责任人",
    "Status": "状态",
    "All departments": "全部部门",
    "All owners": "全部责任人",
    # Gantt chart
    "Group by measure": "按措施分组",
    "Days": "日",
    "Weeks": "周",
    "Months": "月",
    "Quarters": "季度",
    "Today": "今天",
    "Export PNG…": "导出 PNG…",
    "Export PDF…": "导出 PDF…",
    "Zoom": "缩放",
    "Move “%1” to %2": "将“%1”移到 %2",
    "Let “%1” finish on %2": "将“%1”的完成日期改为 %2",
    "Let “%1” wait for “%2”": "让“%1”等待“%2”完成",
    "(no measure)": "（无所属措施）",
    "Gantt chart": "甘特图",
    "Page %1 of %2": "第 %1 页，共 %2 页",
    "Export the chart as PNG": "将图表导出为 PNG",
    "PNG image (*.png)": "PNG 图片 (*.png)",
    "The plan is too long for one image; export a PDF, which spreads it over several pages.":
        "计划太长，无法放进一张图片；请导出 PDF，它会分多页排布。",
    "Could not write %1": "无法写入 %1",
    "Export the chart as PDF": "将图表导出为 PDF",
    "PDF document (*.pdf)": "PDF 文档 (*.pdf)",
    "Task": "任务",
    "Task list": "任务列表",
    "Start": "开始",
    "Finish": "完成",
    "Slack": "时差",
    "Early %1 – %2, late %3 – %4, slack %5 working days":
        "最早 %1 – %2，最迟 %3 – %4，时差 %5 个工作日",
    "On the critical path": "在关键路径上",
    "Overdue": "已逾期",
    "Due within 72 hours": "72 小时内到期",
    "More than 2 working days late: a risk notice is due":
        "已延误超过 2 个工作日：需要发出风险通报",
    # Kanban
    "Due %1": "%1 到期",
    "critical": "关键",
    "overdue": "已逾期",
    "due within 72 h": "72 小时内到期",
    "risk notice": "需风险通报",
    "no owner": "无责任人",
    "Set “%1” to %2": "将“%1”设为%2",
    # Form 5 chart
    "Save as PNG…": "保存为 PNG…",
    "Save the chart as a picture for a report": "将图表保存为图片，用于汇报",
    "Save chart as PNG": "将图表保存为 PNG",
    "kpi-chart.png": "KPI对比图.png",
    "PNG images (*.png)": "PNG 图片 (*.png)",
    "Save as PNG": "保存为 PNG",
    "The picture could not be saved: %1": "图片无法保存：%1",
    # Priority matrix
    "Save the matrix and its ranked list as a picture": "将矩阵及其排序列表保存为图片",
    "Department:": "部门：",
    "Kind:": "类型：",
    "Status:": "状态：",
    "All kinds": "全部类型",
    "Open and addressed": "全部状态",
    "%n of %1 shown": "显示 %n 项，共 %1 项",
    "Re-rate": "重新评分",
    "priority-matrix.png": "优先级矩阵.png",
    "Export matrix as PNG": "将矩阵导出为 PNG",
    "Export PNG": "导出 PNG",
    "Re-rate “{0}”": "重新评分“{0}”",
    # RACI
    "Its members:": "其成员：",
    "Carries R or A on {0} of {1} tasks: far more than the others.":
        "在 {1} 项任务中有 {0} 项承担 R 或 A，远多于其他人。",
    "One column per team member, under their department": "每位小组成员一列，归在其部门下",
    "One column per department; small grey letters show what its members hold":
        "每个部门一列；灰色小字母表示其成员承担的角色",
    "Columns:": "列：",
    "Broken rules": "违反的规则",
    "Click a finding to go to its task": "点击一条提示即可跳到对应任务",
    "No initiative is open.": "没有打开的协作项目。",
    "No tasks yet: add them in Form 4 (tracking).": "还没有任务：请在表 4（执行跟踪）中添加。",
    "No team members yet: add them in Form 2.": "还没有小组成员：请在表 2 中添加。",
    "No departments take part yet.": "还没有参与部门。",
    "%n task(s) break a RACI rule": "%n 项任务违反 RACI 规则",
    "Every task has one A and at least one R": "每项任务都有一个 A 和至少一个 R",
    "Broken rules (%n)": "违反的规则（%n）",
    "Set %1 on %2": "将 %2 设为 %1",
    "Clear %n RACI cell(s)": "清除 %n 个 RACI 单元格",
    "Set %n RACI cell(s) to ": "将 %n 个 RACI 单元格设为 ",
    "Paste %n RACI cell(s)": "粘贴 %n 个 RACI 单元格",
    "%n pasted cell(s) fell outside the grid and were left out.":
        "有 %n 个粘贴的单元格超出表格范围，已略去。",
    # Tracking summary
    "A milestone is on time when it finished on or before its planned finish; milestones not "
    "yet due are not counted.":
        "里程碑在计划完成日当天或之前完成即为按时；尚未到期的里程碑不计入。",
    "Tasks finished after their planned finish, or unfinished past it.":
        "晚于计划完成日完成的任务，或已过计划完成日仍未完成的任务。",
    # Excel import preview
    "Import preview": "导入预览",
    "Show only rows with errors": "只显示有错误的行",
    "&Import": "导入(&I)",
    "Correct the rows with errors in the file, then import it again.":
        "请在文件中改正有错误的行，然后重新导入。",
    "%1 new, %2 to update, %3 unchanged, %4 with errors": "新增 %1 行，更新 %2 行，未变 %3 行，有错误 %4 行",
    "New departments: %1": "新部门：%1",
    "New people: %1": "新人员：%1",
    "New measures: %1": "新措施：%1",
    "Ignored sheets (not a form): %1": "已忽略的工作表（不是表单）：%1",
    "Nothing can be imported until every error is corrected.": "所有错误改正之前，不能导入任何内容。",
    "Sheet": "工作表",
    "Row": "行",
    "Column": "列",
    "Item": "条目",
    "Reason / changes": "原因 / 改动",
    "new": "新增",
    "update": "更新",
    "unchanged": "未变",
    "error": "错误",
    "Cancel": "取消",
    # Excel import preview: unknown columns, reading again, keyboard
    "Show only rows with &errors": "只显示有错误的行(&E)",
    "Rows of the file": "文件中的行",
    "Ro&ws of the file:": "文件中的行(&W)：",
    "&Read again": "重新读取(&R)",
    "Read the same file again, after correcting it in Excel": "在 Excel 中改正并保存后，重新读取同一文件",
    "Columns the import does not know": "导入程序不认识的列",
    "Import the selected column as": "所选列导入为",
    "Import the selected column &as:": "所选列导入为(&A)：",
    "Correct the rows with errors in the file, then read it again.":
        "请在文件中改正有错误的行，然后点击“重新读取”。",
    "&Columns the import does not know: %1.": "不认识的列(&C)：%1 列。",
    "%1 of them will not be imported unless you choose a field.":
        "其中 %1 列不会导入，除非为其选择对应字段。",
    "Your choice is remembered for the next file.": "所作选择会保存在工作区中，下次导入时自动沿用。",
    "Sheet “%1”: %2 cells with data under no header are not imported.":
        "工作表“%1”：%2 个没有表头的单元格有内容，不会导入。",
    "The file could not be read again; this preview is out of date.":
        "无法重新读取该文件，此预览已过时。",
    "Not imported (decide later)": "不导入（稍后决定）",
    "Leave out on purpose": "有意不导入",
    "Header": "表头",
    "Cells with data": "有内容的单元格",
    "For example": "示例",
    "Import as": "导入为",
    "Left out on purpose": "有意不导入",
    "Not imported: “%1” is filled by another column": "不导入：“%1”已由另一列填写",
    "Not imported — choose a field or leave it out": "未导入——请选择字段，或设为不导入",
    "Import column “%1” as chosen": "设定列“%1”的导入方式",
    "Checking the rows…": "正在检查各行…",
    "filled by another column": "已由另一列填写",
    "Details": "详情",
    "row %1": "第 %1 行",
    "Correct the file in Excel, save it, then click Read again.":
        "请在 Excel 中改正并保存文件，然后点击“重新读取”。",
    # Printing and sign-off
    "Print preview": "打印预览",
    "All forms": "全部表单",
    "Whole page": "整页",
    "Page width": "页宽",
    "Print…": "打印…",
    "Save as PDF…": "另存为 PDF…",
    "Print:": "打印：",
    "Print pre&view…": "打印预览(&V)…",
    "&Print this form…": "打印本表单(&P)…",
    "Print &all forms…": "打印全部表单(&A)…",
    "Save form as P&DF…": "将本表单存为 PDF(&D)…",
    "Save all forms a&s PDF…": "将全部表单存为 PDF(&S)…",
    "Record signature": "登记签字",
    "Record signature…": "登记签字…",
    "The version printed at the foot of the signed page": "签字页页脚印的版本号",
    "Signed by:": "签字人：",
    "Date:": "日期：",
    "Version on the page:": "页面上的版本：",
    "This is not the form's current version (%1): the signature will show as stale.":
        "这不是表单的当前版本（%1）：该签字将显示为已过时。",
    "Department head": "部门负责人",
    "Signed on": "签字日期",
    "Version signed": "签字版本",
    "State": "状态",
    "Not signed": "未签字",
    "Stale: signed without a recorded version (now %1)": "已过时：签字时未登记版本（现为 %1）",
    "Stale: the form changed since (now %1)": "已过时：签字后表单已修改（现为 %1）",
    "Signed, current": "已签字，为当前版本",
    "Clear signature": "清除签字",
    "Add missing departments": "补齐缺少的部门",
    "Add a sign-off line for each department taking part in a goal that has none":
        "为参与目标但还没有签字行的每个部门添加一行签字",
    "Form 1 now prints as version %1.": "表 1 现在打印为版本 %1。",
    "Last printed: %1 %2.": "上次打印：版本 %1（%2）。",
    "Stale signatures: %1 signed another version of Form 1 than it now holds (now %2). Print "
    "the form again and collect new signatures.":
        "签字已过时：%1 签字的不是表 1 的当前版本（现为 %2）。请重新打印表单并再次收集签字。",
    "Record signature of %1": "登记 %1 的签字",
    "Clear signature of %1": "清除 %1 的签字",
    "Add sign-off lines": "添加签字行",
    "&Import Excel workbook…": "导入 Excel 工作簿(&I)…",
    "&Export to Excel…": "导出到 Excel(&E)…",
    "Export this &form to Excel…": "将本表单导出到 Excel(&F)…",
    # Backups
    "&Backups…": "备份(&B)…",
    "Taken": "备份时间",
    "Why": "原因",
    "What it holds": "内容",
    "Size": "大小",
    "Not usable: {0}": "无法使用：{0}",
    "{0} initiative(s), {1} task(s), {2} goal(s), {3} member(s)":
        "{0} 个协作项目，{1} 项任务，{2} 个目标，{3} 名成员",
    "Backups of {0}": "{0} 的备份",
    "CrossDesk backs this workspace up when it is opened and every 30 minutes while you edit, "
    "and before an import or a restore. It keeps every backup of today, one a day for a week "
    "and one a week for two months.\nFolder: {0}":
        "CrossDesk 会在打开工作区时、编辑期间每 30 分钟以及导入或恢复之前自动备份。"
        "当天的备份全部保留，一周内每天保留一份，两个月内每周保留一份。\n文件夹：{0}",
    "&Restore selected…": "恢复所选备份(&R)…",
    "&Back up now": "立即备份(&B)",
    "Show &folder": "打开文件夹(&F)",
    "A read-only workspace cannot be restored.": "只读的工作区不能恢复。",
    "There are no backups of this workspace yet.": "此工作区还没有备份。",
    "Restore backup": "恢复备份",
    "Replace the whole workspace with the backup taken {0} ({1})?\n\nThe present state is "
    "backed up first, so you can come back to it by restoring that backup.":
        "用 {0} 的备份（{1}）替换整个工作区吗？\n\n当前状态会先备份，"
        "需要时可以恢复那份备份回到现在的状态。",
    "Restored the backup taken {0}.": "已恢复 {0} 的备份。",
    "Back up now": "立即备份",
    "Backed up to {0}.": "已备份到 {0}。",
    # Read-only notice
    "“{0}” is on a disk or folder that cannot be written, so it is open read-only: you can "
    "look and print, but not change it. To edit it, save a copy to a writable folder "
    "(File ▸ Save a copy as…) and open that.":
        "“{0}”所在的磁盘或文件夹不可写入，因此以只读方式打开：可以查看和打印，但不能修改。"
        "如需编辑，请将副本保存到可写入的文件夹（文件 ▸ 另存副本…），然后打开该副本。",
    "Opened read-only": "已以只读方式打开",
    # Working calendar
    "Working &calendar…": "工作日历(&C)…",
    "Working calendar": "工作日历",
    "Working calendar…": "工作日历…",
    "Holidays and make-up working days, which every working-day count of the schedule follows":
        "节假日和调休上班日，进度计划中的所有工作日计算都以此为准",
    "Date": "日期",
    "Kind": "类型",
    "Name": "名称",
    "Make-up working day": "调休上班",
    "Holiday": "节假日",
    "e.g. National Day": "例如：国庆节",
    "&Name:": "名称(&N)：",
    "Mark as &holiday": "设为节假日(&H)",
    "Mark as &working day": "设为上班日(&W)",
    "&Normal day": "恢复正常(&N)",
    "Weekends are off and weekdays are working days unless marked here. Every working-day "
    "count of the schedule follows.":
        "除在此标记的日期外，周末休息、工作日上班。进度计划中的所有工作日计算都以此为准。",
    "&Import from file…": "从文件导入(&I)…",
    "A text or CSV file with one day per line: date, kind (holiday / workday, 休 / 班), name":
        "每行一天的文本或 CSV 文件：日期、类型（holiday / workday，休 / 班）、名称",
    "Mark %1 as a working day": "将 %1 设为上班日",
    "Mark %1 as a holiday": "将 %1 设为节假日",
    "Let %1 follow the week": "%1 恢复按周作息",
    "Import %n calendar day(s)": "导入 %n 个日历日",
    "%n day(s) imported.": "已导入 %n 天。",
    "Import holidays and make-up days": "导入节假日和调休上班日",
    "Text or CSV files (*.csv *.txt);;All files (*)": "文本或 CSV 文件 (*.csv *.txt);;所有文件 (*)",
    # Sign-off lines
    "Remove line": "删除此行",
    "Remove the selected sign-off line, e.g. of a department that no longer takes part":
        "删除选中的签字行，例如已不再参与的部门",
    "Remove the sign-off line of %1": "删除 %1 的签字行",
    # Typing in the forms, dates, departments from the pick lists (issue 13)
    "e.g. 2027-03-31 or 3/31": "如 2027-03-31 或 3/31",
    "Pick from a calendar (F4)": "从日历中选择（F4）",
    "Add department…": "添加部门…",
    "Add department “{0}”": "添加部门“{0}”",
    "Add {0} departments": "添加 {0} 个部门",
    "Add departments": "添加部门",
    "Paste or type the departments, one per line or separated by 、 ， , or ;":
        "粘贴或输入部门名称：每行一个，或用顿号、逗号、分号分隔",
    "Name of the department (several may be separated by 、 ， , or ;):":
        "部门名称（多个部门可用顿号、逗号或分号分隔）：",
    "Paste a list of departments here with Ctrl+V: one per line, or separated by 、 ， , or ;":
        "可在此用 Ctrl+V 粘贴部门列表：每行一个，或用顿号、逗号、分号分隔",
    "Paste departments": "粘贴部门",
    "Paste a list…": "粘贴列表…",
    "All rules of this form are kept": "本表规则均已满足",
    "Show every finding; choose one to go to its row": "列出全部规则提示；选择一条即可转到所在行",
    "Choose a finding to go to its row": "选择一条提示，转到它所在的行",
    # Help ▸ guide
    "&Guide to the six steps and the keys": "六步法与快捷键指南(&G)",
    "CrossDesk guide": "CrossDesk 使用指南",
    "Align goals": "对齐目标",
    "Form the team": "组建团队",
    "Map today's process": "梳理现有流程",
    "Design the plan": "设计方案",
    "Execute and monitor": "执行与监控",
    "Evaluate and improve": "评估与改进",
    "Type the goals (Form 1), print it with File ▸ Print this form, and record each department "
    "head's signature in the sign-off lines below the goals.":
        "填写协作目标（表 1），用“文件 ▸ 打印此表单”打印，并在目标下方的签字行中记录各部门负责人的签字。",
    "Form 2: one overall lead, a liaison for each department taking part, the executors. "
    "Edit ▸ Departments and people holds the lists every form picks from; a pasted list of "
    "departments is taken whole.":
        "表 2：一名总负责人、每个参与部门一名接口人，以及执行人。“编辑 ▸ 部门和人员”维护各表单选用的"
        "部门和人员名单，可整段粘贴部门列表。",
    "Form 3: break points, blockages and pain points, rated for impact and frequency; the %1 "
    "tab shows which to tackle first.":
        "表 3：断点、堵点和痛点，按影响程度和发生频率评分；%1页签显示应优先解决哪些。",
    "The measures (above) and the tasks that carry them out (Form 4); who does, approves, is "
    "consulted or informed goes in the %1 tab.":
        "优化措施（上方）和落实措施的任务（表 4）；谁执行、谁批准、咨询谁、告知谁，在%1页签中填写。",
    "Drag a bar to move a task, its end to change its length, its dot to another bar to link "
    "them; late and critical tasks are red. Actual dates and progress go in Form 4.":
        "拖动横条可移动任务，拖动其末端可改变工期，把横条上的圆点拖到另一横条上可建立前后关系；"
        "延误和关键任务显示为红色。实际日期和完成率在表 4 中填写。",
    "Form 5: each KPI before, its target and after; the change and whether it was met are "
    "computed.":
        "表 5：每项指标的优化前、目标值和优化后数值；改善幅度和是否达标自动计算。",
    "Add a row below the current one": "在当前行下方添加一行",
    "Typing, Enter or F2": "直接输入、Enter 或 F2",
    "Edit the current cell (typing replaces it)": "编辑当前单元格（直接输入会替换原内容）",
    "Store the cell and go down, as in a spreadsheet": "保存单元格并下移一行，与电子表格相同",
    "Store the cell and edit the next / previous one": "保存单元格并编辑下一个 / 上一个单元格",
    "Leave the cell as it was": "放弃修改，保留单元格原内容",
    "A new line in a long text": "在长文本中换行",
    "Open the calendar of a date, the list of a choice": "打开日期的日历或选项的下拉列表",
    "Dates": "日期",
    "2027-03-31, 2027/3/31, 20270331, 2027年3月31日; 3/31 or 3月31日 takes the year nearest "
    "the row's other date":
        "2027-03-31、2027/3/31、20270331、2027年3月31日；只写 3/31 或 3月31日时，取最接近该行另一日期的年份",
    "Delete the selected rows": "删除选中的行",
    "Move the row up / down": "上移 / 下移当前行",
    "Undo / redo, also after switching tabs": "撤销 / 重做，切换页签后同样有效",
    "Import an Excel workbook / export to Excel": "导入 Excel 工作簿 / 导出到 Excel",
    "Print this form": "打印此表单",
    "This guide": "本指南",
    "The six steps, and where each form lives": "六个步骤及各表单所在的页签",
    "Keys in the forms": "表格中的按键",
    "Rules": "规则",
    "Broken rules (a task without an A, a team without an overall lead, a goal without a date, "
    "a signature for an older version of a form) are shown, never forbidden: each tab counts "
    "its own in its title, and the count in the status bar opens the list of all of them; "
    "choose one to go to its row.":
        "未满足的规则（任务没有 A、小组没有总负责人、目标没有日期、签字对应的是表单旧版本）只作提示，"
        "不会阻止操作：每个页签在标题中显示本页的提示数，点击状态栏中的提示数可打开全部提示的列表，"
        "选择一条即可转到它所在的行。",
    "Every change is saved the moment it is made; there is no Save button.":
        "每次修改都会立即保存，因此没有“保存”按钮。",
    # Files: file dialogs, saving and refusing outputs, damaged workspaces, Excel and PDF
    # titles (strings of module-level _tr() helpers, now extracted too)
    "Text or CSV files": "文本或 CSV 文件",
    "All files": "所有文件",
    "PNG image": "PNG 图片",
    "PNG images": "PNG 图片",
    "PDF document": "PDF 文档",
    "PDF files": "PDF 文件",
    "Workspace damaged": "工作区已损坏",
    "&Restore this backup": "恢复此备份(&R)",
    "&Choose another backup…": "选择其他备份(&C)…",
    "There is no good backup of this workspace. Keep the file: a copy may still be rescued "
    "by your IT support.":
        "此工作区没有完好的备份。请保留该文件：IT 支持人员或许仍能从中挽救数据。",
    "Part of “{0}” cannot be read: the file is damaged. This happens when a disk or USB stick "
    "fails or is pulled out while saving. The file was not changed.":
        "“{0}”有一部分无法读取：文件已损坏。磁盘或 U 盘故障、或在保存时被拔出，都会造成这种情况。"
        "文件未作任何改动。",
    "The newest good backup was taken {0} ({1}).\n\nRestore it? Changes made after that "
    "moment are lost. The damaged file is kept in the backups folder.":
        "最新的完好备份创建于 {0}（{1}）。\n\n要恢复它吗？此后所做的修改将会丢失。"
        "损坏的文件会保留在备份文件夹中。",
    "Export to Excel": "导出到 Excel",
    "Writing the workbook…": "正在写入工作簿…",
    "Import from Excel": "从 Excel 导入",
    "Reading the workbook…": "正在读取工作簿…",
    "Importing…": "正在导入…",
    "Import %1": "导入 %1",
    "&Replace": "替换(&R)",
    "Open &folder": "打开文件夹(&F)",
    "“{0}” exists already in {1}.\n\nReplace it?": "{1} 中已有“{0}”。\n\n要替换它吗？",
    "Saved as “{0}” in the folder:": "已保存为“{0}”，所在文件夹：",
    "Print": "打印",
    "The printer could not be started.": "无法启动打印机。",
    "Save as PDF": "另存为 PDF",
    "No such workspace": "没有此工作区",
    "&Create workspace": "新建工作区(&C)",
    "CrossDesk workspaces": "CrossDesk 工作区",
    "workspace": "工作区",
    "There is no workspace “{0}” in {1} yet.\n\nCreate a new, empty workspace there?":
        "{1} 中还没有工作区“{0}”。\n\n要在那里新建一个空白工作区吗？",
    "-copy": "-副本",
    **COORDINATION,  # the weeks after the kick-off: zh_CN_ui_coordination.py
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
