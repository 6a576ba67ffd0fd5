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
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
