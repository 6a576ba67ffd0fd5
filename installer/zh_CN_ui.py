"""Simplified Chinese for every string of the Qt layer, written by hand.

``ZH`` maps the English text to its Chinese; ``BY_CONTEXT`` overrides it for one class where
the same English needs other words. installer/translations.py fills the .ts from here.
Terms follow the method: 总负责人 overall lead, 接口人 liaison, 执行人 executor, 断点 break
point, 堵点 blockage, 痛点 pain point, 措施 measure, 里程碑 milestone, 工作区 workspace.
"""

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
    "&Close workspace": "关闭工作区(&C)",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "Add &row": "添加行(&R)",
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
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
